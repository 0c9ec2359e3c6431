/// Who a device is, as udev and libblkid describe it. No personal data; serials are
/// device data, shown to technicians and kept out of the governors' report.
public struct DeviceIdentity: Codable, Sendable, Equatable {
    public var vendor: String?
    public var model: String?
    public var serial: String?
    /// `usb`, `mmc`, `ata`, ... (from `ID_BUS`).
    public var bus: String?
    public var sizeBytes: Int?
    public var volumeUUIDs: [String]
    public var labels: [String]
    /// Whether the device (or all its volumes) is encrypted, and how (`luks2`, `bitlocker`).
    public var encryption: String?

    public init(vendor: String? = nil, model: String? = nil, serial: String? = nil, bus: String? = nil,
                sizeBytes: Int? = nil, volumeUUIDs: [String] = [], labels: [String] = [], encryption: String? = nil) {
        self.vendor = vendor
        self.model = model
        self.serial = serial
        self.bus = bus
        self.sizeBytes = sizeBytes
        self.volumeUUIDs = volumeUUIDs
        self.labels = labels
        self.encryption = encryption
    }
}
