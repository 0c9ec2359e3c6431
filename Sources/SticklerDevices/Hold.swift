import Foundation

/// The kernel's read-only switch for a block device (`BLKROSET`, as `blockdev --setro`):
/// set while a device is held, cleared when a verdict releases it.
public enum Hold {
    static let BLKROSET: UInt = 0x125D
    static let BLKROGET: UInt = 0x125E

    public static func setReadOnly(_ devnode: String, _ readOnly: Bool) throws {
        let fd = open(devnode, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw ProbeError(path: devnode, message: "cannot open: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var flag: Int32 = readOnly ? 1 : 0
        guard ioctl(fd, BLKROSET, &flag) == 0 else {
            throw ProbeError(path: devnode, message: "BLKROSET: \(String(cString: strerror(errno)))")
        }
    }

    public static func isReadOnly(_ devnode: String) -> Bool? {
        let fd = open(devnode, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var flag: Int32 = 0
        guard ioctl(fd, BLKROGET, &flag) == 0 else { return nil }
        return flag != 0
    }

    /// Whether something holds the device exclusively (a kernel filesystem mounted from
    /// it, device-mapper, md): `open(O_EXCL)` fails with EBUSY. Works across mount
    /// namespaces, unlike mountinfo.
    public static func isClaimed(_ devnode: String) -> Bool {
        let fd = open(devnode, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_EXCL)
        if fd >= 0 {
            close(fd)
            return false
        }
        return errno == EBUSY
    }
}
