import SticklerCore
import SticklerDetection

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
