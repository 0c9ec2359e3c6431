/// A volume mounted read-only for scanning.
public struct StagedMount: Sendable, Equatable {
    public var devnode: String
    public var mountPoint: String
    /// `kernel` or the FUSE helper's name (`fusefat`, `mount.exfat-fuse`, `ntfs-3g`).
    public var method: String
    public var options: Set<String>
    /// Whether every file is readable by `owner` (uid/gid mount options, or a FUSE
    /// helper without permission checks mounted with allow_other): the worker may drop to it.
    public var readableByOwner: Bool
}
