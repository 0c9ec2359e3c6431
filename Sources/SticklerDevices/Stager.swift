import Foundation

/// Why a volume could not be staged; names the device, the mount point and the step.
public struct StageError: Error, CustomStringConvertible {
    public var devnode: String
    public var message: String
    public var description: String { "\(devnode): \(message)" }
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

    /// Lazily unmounts and removes whatever a crashed run left under `root`, and stops the
    /// FUSE helpers and scan workers it left (processes whose arguments name a staging
    /// mount point, possibly in the crashed run's own mount namespace); returns what it cleaned.
    @discardableResult
    public func cleanStale() -> [String] {
        let prefix = root.path + "/"
        var cleaned: [String] = []
        for pid in Self.processes(mentioning: prefix) where pid != getpid() {
            if Glibc.kill(pid, SIGKILL) == 0 { cleaned.append("process \(pid)") }
        }
        for entry in MountEntry.read().reversed() where entry.mountPoint.hasPrefix(prefix) {
            if umount2(entry.mountPoint, Int32(MNT_DETACH)) == 0 { cleaned.append(entry.mountPoint) }
        }
        if let names = try? FileManager.default.contentsOfDirectory(atPath: root.path) {
            for name in names { rmdir(root.appendingPathComponent(name).path) }
        }
        return cleaned
    }

    /// Mounts `devnode` (probed as `fsType`) at `<root>/<id>`, verified read-only.
    /// With `owner`, the mount is made readable by that uid/gid where the filesystem
    /// allows it (`readableByOwner` says whether it did).
    public func mount(devnode: String, fsType: String, id: String, owner: (uid: UInt32, gid: UInt32)? = nil) throws -> StagedMount {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o711])
        chmod(root.path, 0o711) // traversable (the worker user reaches its mount), not listable
        let point = root.appendingPathComponent(id).path
        _ = umount2(point, Int32(MNT_DETACH))
        rmdir(point)
        guard mkdir(point, 0o700) == 0 else { throw StageError(devnode: devnode, message: "cannot create \(point): \(String(cString: strerror(errno)))") }
        var method = "kernel"
        var mounted = false
        var readable = false
        if Self.kernelTypes.contains(fsType) {
            let ownerOptions = owner.flatMap { Self.ownerTypes.contains(fsType) ? "uid=\($0.uid),gid=\($0.gid),umask=0227" : nil }
            // A journal left dirty (a card pulled out of a Raspberry Pi) is not replayed: the
            // held device is read-only in the kernel, and replaying it would write anyway.
            let options = [ownerOptions, Self.noReplay[fsType]].compactMap { $0 }.joined(separator: ",")
            if Glibc.mount(devnode, point, fsType, Self.flags, options.isEmpty ? nil : options) == 0 {
                mounted = true
                readable = ownerOptions != nil
            } else if errno != ENODEV {
                let reason = String(cString: strerror(errno))
                rmdir(point)
                throw StageError(devnode: devnode, message: "mount -t \(fsType) failed: \(reason)")
            }
        }
        if !mounted {
            guard let helper = Self.helper(for: fsType, owner: owner) else {
                rmdir(point)
                throw StageError(devnode: devnode, message: "no kernel support and no FUSE helper for \(fsType)")
            }
            method = URL(fileURLWithPath: helper[0]).lastPathComponent
            readable = owner != nil
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
        return StagedMount(devnode: devnode, mountPoint: point, method: method, options: entry.options, readableByOwner: readable)
    }

    /// PIDs whose command line has an argument starting with `prefix`.
    public static func processes(mentioning prefix: String) -> [pid_t] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        return entries.compactMap { name -> pid_t? in
            guard let pid = pid_t(name), let data = FileManager.default.contents(atPath: "/proc/\(name)/cmdline") else { return nil }
            let arguments = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            return arguments.contains { $0.hasPrefix(prefix) || $0.contains(" " + prefix) } ? pid : nil
        }
    }

    /// Unmounts (lazily when busy) and removes the mount point.
    public func unmount(_ point: String, lazy: Bool = false) {
        if lazy || umount2(point, 0) != 0 { _ = umount2(point, Int32(MNT_DETACH)) }
        rmdir(point)
    }

    /// Kernel filesystems with uid=/gid=/umask= options.
    /// The option that mounts a journalled filesystem without replaying its journal.
    static let noReplay: [String: String] = ["ext3": "noload", "ext4": "noload", "xfs": "norecovery", "btrfs": "nologreplay"]
    static let ownerTypes: Set<String> = ["vfat", "exfat", "ntfs3", "iso9660", "udf", "hfsplus"]

    /// The FUSE helper for a probed type; only ever for that type. With an owner, other
    /// users may read (allow_other; these helpers do no permission checks of their own
    /// unless told to, and exfat-fuse/ntfs-3g also take uid/gid).
    static func helper(for fsType: String, owner: (uid: UInt32, gid: UInt32)? = nil) -> [String]? {
        var base = "ro,nosuid,nodev,noexec"
        var owned = ""
        if let owner { owned = ",allow_other,uid=\(owner.uid),gid=\(owner.gid),umask=0227" }
        switch fsType {
        case "vfat", "msdos":
            if owner != nil { base += ",allow_other" }
            return find("fusefat").map { [$0, "-o", base] }
        case "exfat": return find("mount.exfat-fuse").map { [$0, "-o", base + ",noatime" + owned] }
        case "ntfs": return find("ntfs-3g").map { [$0, "-o", base + ",noatime" + owned] }
        default: return nil
        }
    }

    static func find(_ name: String) -> String? {
        ["/usr/bin", "/usr/sbin", "/bin", "/sbin"].map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func run(_ arguments: [String]) -> (code: Int32, output: String) { Subprocess.run(arguments) }
}
