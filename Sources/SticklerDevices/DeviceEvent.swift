/// One block-device event as udev reports it (after its rules ran).
public struct DeviceEvent: Sendable, Equatable {
    public enum Action: String, Sendable {
        case add, change, remove
        /// Found by enumeration at start (treated like `add`).
        case coldplug
    }

    public var action: Action
    /// Kernel name: `sdb`, `sdb1`, `loop40`, `loop40p1`.
    public var name: String
    /// `/dev/...`, nil when udev gives none.
    public var devnode: String?
    /// `disk` or `partition`.
    public var devtype: String?
    /// The parent disk's kernel name for a partition.
    public var parent: String?
    /// The sysfs `removable` attribute of the device (or of its disk for a partition).
    public var removableAttribute: Bool
    /// udev properties: ID_FS_TYPE, ID_BUS, ID_SERIAL, STICKLER_REMOVABLE, ...
    public var properties: [String: String]

    public init(action: Action, name: String, devnode: String?, devtype: String?, parent: String? = nil,
                removableAttribute: Bool = false, properties: [String: String]) {
        self.action = action
        self.name = name
        self.devnode = devnode
        self.devtype = devtype
        self.parent = parent
        self.removableAttribute = removableAttribute
        self.properties = properties
    }

    public var filesystemType: String? { properties["ID_FS_TYPE"].flatMap { $0.isEmpty ? nil : $0 } }
    public var partitionTable: String? { properties["ID_PART_TABLE_TYPE"] }

    /// Removable media: USB or MMC bus, the sysfs `removable` flag, or `STICKLER_REMOVABLE=1`
    /// (set by an administrator's or a test's udev rule).
    public var isRemovable: Bool {
        let bus = properties["ID_BUS"]
        return bus == "usb" || bus == "mmc" || properties["ID_DRIVE_FLASH_SD"] == "1" || removableAttribute
            || properties["STICKLER_REMOVABLE"] == "1"
    }
}

