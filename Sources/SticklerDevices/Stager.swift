import Foundation

/// Why a volume could not be staged; names the device, the mount point and the step.
public struct StageError: Error, CustomStringConvertible {
    public var devnode: String
    public var message: String
    public var description: String { "\(devnode): \(message)" }
}

/// A volume mounted read-only for scanning.
public struct StagedMount: Sendable, Equatable {
    public var devnode: String
    public var mountPoint: String
    /// `kernel` or the FUSE helper's name (`fusefat`, `mount.exfat-fuse`, `ntfs-3g`).
    public var method: String
    public var options: Set<String>
}

/// Private read-only staging mounts under `<runtime>/mnt/<id>`.
///
/// The kernel first (`ro,nosuid,nodev,noexec,noatime`); on ENODEV the FUSE helper for the
/// probed type only (fusefat would crash on a non-FAT device). The options in force are
/// checked in mountinfo; a missing flag is fixed with a bind remount (exfat-fuse drops
/// `noexec`) or the mount is refused. Run the daemon in its own mount namespace
/// (systemd `PrivateMounts=yes`, or `unshare -m --propagation slave`) to keep the mounts
/// invisible to the desktop.
public final class Stager: @unchecked Sendable {
    public static let required: Set<String> = ["ro", "nosuid", "nodev", "noexec", "noatime"]
    static let MS_RDONLY: UInt = 1, MS_NOSUID: UInt = 2, MS_NODEV: UInt = 4, MS_NOEXEC: UInt = 8
    static let MS_REMOUNT: UInt = 32, MS_NOATIME: UInt = 1024, MS_BIND: UInt = 4096
    static let flags = MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC | MS_NOATIME
    /// Kernel filesystems worth trying; anything else goes straight to a helper or is refused.
    static let kernelTypes: Set<String> = ["vfat", "exfat", "ntfs3", "ext2", "ext3", "ext4", "xfs", "btrfs", "iso9660", "udf", "hfsplus", "f2fs"]

    public let root: URL

    public init(runtimeDirectory: URL) {
        root = runtimeDirectory.appendingPathComponent("mnt")
    }

    /// Lazily unmounts and removes whatever a crashed run left under `root`; returns what it cleaned.
    @discardableResult
    public func cleanStale() -> [String] {
        let prefix = root.path + "/"
        var cleaned: [String] = []
        for entry in MountEntry.read().reversed() where entry.mountPoint.hasPrefix(prefix) {
            if umount2(entry.mountPoint, Int32(MNT_DETACH)) == 0 { cleaned.append(entry.mountPoint) }
        }
        if let names = try? FileManager.default.contentsOfDirectory(atPath: root.path) {
            for name in names { rmdir(root.appendingPathComponent(name).path) }
        }
        return cleaned
    }

    /// Mounts `devnode` (probed as `fsType`) at `<root>/<id>`, verified read-only.
    public func mount(devnode: String, fsType: String, id: String) throws -> StagedMount {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let point = root.appendingPathComponent(id).path
        _ = umount2(point, Int32(MNT_DETACH))
        rmdir(point)
        guard mkdir(point, 0o700) == 0 else { throw StageError(devnode: devnode, message: "cannot create \(point): \(String(cString: strerror(errno)))") }
        var method = "kernel"
        var mounted = false
        if Self.kernelTypes.contains(fsType) {
            if Glibc.mount(devnode, point, fsType, Self.flags, nil) == 0 {
                mounted = true
            } else if errno != ENODEV {
                let reason = String(cString: strerror(errno))
                rmdir(point)
                throw StageError(devnode: devnode, message: "mount -t \(fsType) failed: \(reason)")
            }
        }
        if !mounted {
            guard let helper = Self.helper(for: fsType) else {
                rmdir(point)
                throw StageError(devnode: devnode, message: "no kernel support and no FUSE helper for \(fsType)")
            }
            method = URL(fileURLWithPath: helper[0]).lastPathComponent
            let status = Self.run(helper + [devnode, point])
            guard status.code == 0 else {
                _ = umount2(point, Int32(MNT_DETACH))
                rmdir(point)
                throw StageError(devnode: devnode, message: "\(method) failed (status \(status.code)): \(status.output.prefix(200))")
            }
        }
        guard var entry = MountEntry.read().last(where: { $0.mountPoint == point }) else {
            rmdir(point)
            throw StageError(devnode: devnode, message: "\(point) is not in mountinfo after \(method)")
        }
        if !Self.required.isSubset(of: entry.options) {
            // exfat-fuse drops noexec; a bind remount sets the per-mount flags.
            _ = Glibc.mount(nil, point, nil, Self.MS_REMOUNT | Self.MS_BIND | Self.flags, nil)
            entry = MountEntry.read().last(where: { $0.mountPoint == point }) ?? entry
        }
        guard Self.required.isSubset(of: entry.options) else {
            unmount(point)
            throw StageError(devnode: devnode, message: "refused: \(method) mount lacks \(Self.required.subtracting(entry.options).sorted().joined(separator: ","))")
        }
        return StagedMount(devnode: devnode, mountPoint: point, method: method, options: entry.options)
    }

    /// Unmounts (lazily when busy) and removes the mount point.
    public func unmount(_ point: String, lazy: Bool = false) {
        if lazy || umount2(point, 0) != 0 { _ = umount2(point, Int32(MNT_DETACH)) }
        rmdir(point)
    }

    /// The FUSE helper for a probed type; only ever for that type.
    static func helper(for fsType: String) -> [String]? {
        let options = ["-o", "ro,nosuid,nodev,noexec"]
        switch fsType {
        case "vfat", "msdos": return find("fusefat").map { [$0] + options }
        case "exfat": return find("mount.exfat-fuse").map { [$0] + ["-o", "ro,nosuid,nodev,noexec,noatime"] }
        case "ntfs": return find("ntfs-3g").map { [$0] + ["-o", "ro,nosuid,nodev,noexec,noatime"] }
        default: return nil
        }
    }

    static func find(_ name: String) -> String? {
        ["/usr/bin", "/usr/sbin", "/bin", "/sbin"].map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func run(_ arguments: [String]) -> (code: Int32, output: String) { Subprocess.run(arguments) }
}
