import Foundation

/// Why a file could not be moved or the free space not wiped. The original is never deleted
/// unless its copy was written and read back identical.
public enum RemediationError: Error, CustomStringConvertible, Equatable {
    /// Not a regular file (a symbolic link, a device, a directory): left as it is.
    case notARegularFile(String)
    /// The destination lies inside the volume being remediated.
    case destinationInsideSource(String)
    /// The copy read back differs from the original: the original is kept.
    case copyMismatch(String)
    /// Free space is wiped only on a mount point (a stick), not a folder of a larger disk.
    case notAMountPoint(String)
    /// A system call failed.
    case system(String, path: String, errno: Int32)

    public var description: String {
        switch self {
        case .notARegularFile(let path): return "\(path): not a regular file; left as it is"
        case .destinationInsideSource(let path): return "\(path): the destination must be outside the volume being remediated"
        case .copyMismatch(let path): return "\(path): the copy read back differs from the original; the original is kept"
        case .notAMountPoint(let path): return "\(path): not a mount point; free space is wiped only on a stick's own file system"
        case .system(let call, let path, let code): return "\(path): \(call): \(String(cString: strerror(code)))"
        }
    }
}
