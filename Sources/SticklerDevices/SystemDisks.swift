import Foundation

/// Devices that hold the running system and are never touched: the sources of `/`,
/// `/boot`, `/usr`, `/var`, `/home`, active swap, and anything `/etc/fstab` names.
public struct SystemDisks {
    public var devnodes: Set<String>
    public var uuids: Set<String>
    public var labels: Set<String>
    public var majorMinors: Set<String>

    public static func current(mountinfo: String = "/proc/self/mountinfo", fstab: String = "/etc/fstab") -> SystemDisks {
        var disks = SystemDisks(devnodes: [], uuids: [], labels: [], majorMinors: [])
        let systemPoints: Set<String> = ["/", "/boot", "/boot/efi", "/usr", "/var", "/home"]
        for entry in MountEntry.read(mountinfo) where systemPoints.contains(entry.mountPoint) {
            disks.majorMinors.insert(entry.majorMinor)
            if entry.source.hasPrefix("/dev/") { disks.devnodes.insert(entry.source) }
        }
        if let swaps = try? String(contentsOfFile: "/proc/swaps", encoding: .utf8) {
            for line in swaps.split(separator: "\n").dropFirst() {
                if let source = line.split(separator: " ").first { disks.devnodes.insert(String(source)) }
            }
        }
        if let text = try? String(contentsOfFile: fstab, encoding: .utf8) {
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                guard let source = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).first else { continue }
                if source.hasPrefix("UUID=") { disks.uuids.insert(String(source.dropFirst(5))) }
                else if source.hasPrefix("LABEL=") { disks.labels.insert(String(source.dropFirst(6))) }
                else if source.hasPrefix("/dev/") { disks.devnodes.insert(String(source)) }
            }
        }
        return disks
    }

    /// Whether the event's device (or its partition, or its disk) is part of the running system.
    public func contains(_ event: DeviceEvent, siblings: [String] = []) -> Bool {
        if let devnode = event.devnode, devnodes.contains(devnode) { return true }
        let links = (event.properties["DEVLINKS"] ?? "").split(separator: " ").map(String.init)
        if links.contains(where: devnodes.contains) { return true }
        if let major = event.properties["MAJOR"], let minor = event.properties["MINOR"], majorMinors.contains("\(major):\(minor)") { return true }
        if let uuid = event.properties["ID_FS_UUID"], uuids.contains(uuid) { return true }
        if let label = event.properties["ID_FS_LABEL"], labels.contains(label) { return true }
        // A disk whose partition holds the system, or a partition of such a disk.
        let related = siblings + [event.parent].compactMap { $0 }
        return related.contains { name in devnodes.contains { $0 == "/dev/\(name)" || $0.hasPrefix("/dev/\(name)") && $0.last?.isNumber == true } }
    }
}
