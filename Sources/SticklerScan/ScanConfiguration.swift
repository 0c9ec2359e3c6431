import SticklerCore
import SticklerDetection
import SticklerExtraction

/// What to scan and how.
public struct ScanConfiguration: Sendable {
    public var paths: [String]
    public var followSymlinks = false
    public var oneFileSystem = false
    /// Globs matched against each entry's name and its full path.
    public var excludes: [String] = []
    public var jobs: Int
    public var options = ScanOptions()
    /// Virus check for every regular file scanned (clamd); nil for none.
    public var malware: MalwareChecking?
    /// Bounds on archives and documents (expansion, nesting, members, XML depth, time).
    public var limits = ExtractionLimits()
    /// FAT or exFAT volumes (block devices or images, `/dev/fd/N` for an inherited open
    /// descriptor) whose deleted files are recovered, read-only, and scanned as
    /// `<volume>!deleted/<path>`: a class list deleted after copying is still on the stick.
    public var deletedFrom: [String] = []

    public init(paths: [String], jobs: Int = ScanConfiguration.defaultJobs) {
        self.paths = paths
        self.jobs = max(1, jobs)
    }

    public static var defaultJobs: Int { max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))) }
}

/// What stops a scan as a whole (exit code 2); per-file problems are `FileResult`s instead.
public enum ScanError: Error, CustomStringConvertible {
    case missingPath(String)
    case unreadableRoot(String, String)

    public var description: String {
        switch self {
        case .missingPath(let path): return "\(path): no such file or directory"
        case .unreadableRoot(let path, let why): return "\(path): cannot read: \(why)"
        }
    }
}

import Glibc
