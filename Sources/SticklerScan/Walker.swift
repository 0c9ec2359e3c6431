import Glibc
import SticklerCore

/// Lists the files under the scan roots in a stable order, reporting what it skips.
struct Walker {
    enum Entry {
        case file(String)
        case skipped(FileResult)
    }

    let configuration: ScanConfiguration

    /// Checks every root before anything is scanned.
    func checkRoots() throws {
        for path in configuration.paths {
            var info = stat()
            guard lstat(path, &info) == 0 else {
                if errno == ENOENT || errno == ENOTDIR { throw ScanError.missingPath(path) }
                throw ScanError.unreadableRoot(path, String(cString: strerror(errno)))
            }
            if (info.st_mode & S_IFMT) == S_IFDIR, access(path, R_OK | X_OK) != 0 {
                throw ScanError.unreadableRoot(path, String(cString: strerror(errno)))
            }
        }
    }

    func walk(_ visit: (Entry) -> Void) {
        for root in configuration.paths {
            var info = stat()
            guard stat(root, &info) == 0 else { continue }
            var visited = Set<[UInt64]>()
            // A root given on the command line is followed even if it is a link.
            visitPath(root, device: UInt64(info.st_dev), isRoot: true, visited: &visited, visit)
        }
    }

    func excluded(_ path: String) -> Bool {
        guard !configuration.excludes.isEmpty else { return false }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return configuration.excludes.contains { glob in
            fnmatch(glob, name, 0) == 0 || fnmatch(glob, path, 0) == 0
        }
    }

    func visitPath(_ path: String, device: UInt64, isRoot: Bool, visited: inout Set<[UInt64]>, _ visit: (Entry) -> Void) {
        if !isRoot && excluded(path) { return }
        var info = stat()
        guard lstat(path, &info) == 0 else {
            visit(.skipped(FileResult(path: path, status: .error, reason: String(cString: strerror(errno)), bytes: 0)))
            return
        }
        if (info.st_mode & S_IFMT) == S_IFLNK {
            guard configuration.followSymlinks || isRoot else {
                visit(.skipped(FileResult(path: path, status: .skipped,
                                          reason: "symbolic link (not followed; use --follow-symlinks)", bytes: 0)))
                return
            }
            guard stat(path, &info) == 0 else {
                visit(.skipped(FileResult(path: path, status: .error, reason: "broken symbolic link", bytes: 0)))
                return
            }
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            visit(.file(path))
        case S_IFDIR:
            if configuration.oneFileSystem && UInt64(info.st_dev) != device {
                visit(.skipped(FileResult(path: path, status: .skipped, reason: "another file system (--one-file-system)", bytes: 0)))
                return
            }
            let key = [UInt64(info.st_dev), UInt64(info.st_ino)]
            guard !visited.contains(key) else {
                visit(.skipped(FileResult(path: path, status: .skipped, reason: "directory loop", bytes: 0)))
                return
            }
            visited.insert(key)
            guard let names = listDirectory(path) else {
                visit(.skipped(FileResult(path: path, status: .error,
                                          reason: "cannot read directory: \(String(cString: strerror(errno)))", bytes: 0)))
                return
            }
            let base = path.hasSuffix("/") ? path : path + "/"
            for entry in names {
                guard entry.valid else {
                    // A name in an 8-bit code page (a FAT short name in cp850): it cannot be
                    // opened through a Unicode path, so it is reported, never passed over.
                    visit(.skipped(FileResult(path: base + entry.name, status: .error,
                                              reason: "file name is not valid UTF-8 (an 8-bit code page); it could not be opened", bytes: 0)))
                    continue
                }
                visitPath(base + entry.name, device: device, isRoot: false, visited: &visited, visit)
            }
        default:
            visit(.skipped(FileResult(path: path, status: .skipped, reason: "special file (device, FIFO or socket)", bytes: 0)))
        }
    }

    /// The entries' names, and whether each is valid UTF-8 (else it is shown with U+FFFD).
    func listDirectory(_ path: String) -> [(name: String, valid: Bool)]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var names: [(name: String, valid: Bool)] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { pointer in
                    String(validatingCString: pointer).map { ($0, true) } ?? (String(cString: pointer), false)
                }
            }
            if name.0 != "." && name.0 != ".." { names.append((name.0, name.1)) }
        }
        return names.sorted { $0.name < $1.name }
    }
}
