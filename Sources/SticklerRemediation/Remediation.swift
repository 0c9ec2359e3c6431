import Foundation
import SticklerCrypto

/// Moves files off a mounted volume (or a folder) to school storage and wipes the volume's
/// free space. Paths given to `move` are relative to `root`; the copy keeps them under
/// `destination` (folders created 0700, files 0600; a name already taken gets " (2)").
public struct Remediation {
    public let root: String
    public let destination: String

    /// What became of one file.
    public struct Moved: Sendable, Equatable {
        public var source: String
        public var copy: String
        public var bytes: Int
    }

    static let block = 1 << 20

    /// Creates the destination if needed (0700) and refuses one that is, once every link is
    /// followed, inside `root`, or on the same file system when `root` is a mount point (the
    /// copies would land on the stick they are taken off).
    public init(root: String, destination: String) throws {
        guard let root = Self.realPath(root) else { throw RemediationError.system("realpath", path: root, errno: errno) }
        do {
            try FileManager.default.createDirectory(atPath: destination, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw RemediationError.system("mkdir", path: destination, errno: EACCES)
        }
        guard let resolved = Self.realPath(destination) else { throw RemediationError.system("realpath", path: destination, errno: errno) }
        var rootStatus = stat(), destinationStatus = stat()
        guard stat(root, &rootStatus) == 0, stat(resolved, &destinationStatus) == 0 else {
            throw RemediationError.system("stat", path: resolved, errno: errno)
        }
        if resolved == root || resolved.hasPrefix(root == "/" ? "/" : root + "/")
            || (Self.isMountPoint(root) && rootStatus.st_dev == destinationStatus.st_dev) {
            throw RemediationError.destinationInsideSource(resolved)
        }
        self.root = root
        self.destination = resolved
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether `path` is the root of a mounted file system (its device differs from its parent's).
    public static func isMountPoint(_ path: String) -> Bool {
        var own = stat(), parent = stat()
        guard stat(path, &own) == 0, stat(path + "/..", &parent) == 0 else { return false }
        return own.st_dev != parent.st_dev || own.st_ino == parent.st_ino
    }

    /// Copies the file to the destination, checks the copy, then overwrites the original
    /// with zeros, truncates and unlinks it (and syncs its folder). Throws before touching
    /// the original if anything about the copy is wrong.
    public func move(_ relative: String) throws -> Moved {
        let source = root + "/" + relative
        let input = open(source, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard input >= 0 else {
            throw errno == ELOOP ? RemediationError.notARegularFile(source) : RemediationError.system("open", path: source, errno: errno)
        }
        defer { close(input) }
        var status = stat()
        guard fstat(input, &status) == 0 else { throw RemediationError.system("fstat", path: source, errno: errno) }
        guard status.st_mode & S_IFMT == S_IFREG else { throw RemediationError.notARegularFile(source) }

        let (copy, created) = try Self.createCopy(for: relative, in: destination)
        var kept = false
        // A copy that is not complete and checked holds personal data for nothing: removed.
        defer { if !kept { unlink(copy) } }
        let output = open(copy, O_RDWR | O_CLOEXEC)
        guard output >= 0 else { throw RemediationError.system("open", path: copy, errno: errno) }
        defer { close(output) }
        let read = SHA256Stream()
        var buffer = [UInt8](repeating: 0, count: Self.block)
        var total = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(input, $0.baseAddress, $0.count) }
            if count < 0 { if errno == EINTR { continue }; throw RemediationError.system("read", path: source, errno: errno) }
            if count == 0 { break }
            buffer.withUnsafeBytes { read.update(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
            try Self.writeAll(output, buffer, count: count, path: copy)
            total += count
        }
        guard fsync(output) == 0 else { throw RemediationError.system("fsync", path: copy, errno: errno) }
        // The copy's folder entries synced too (those made for it, then its own folder), so
        // that the copy outlives a power cut that comes after the original is gone.
        for folder in created + [URL(fileURLWithPath: copy).deletingLastPathComponent().path] { Self.syncFolder(folder) }
        // Read the copy back from the storage, not from the page cache: what is there now.
        _ = posix_fadvise(output, 0, 0, POSIX_FADV_DONTNEED)
        guard lseek(output, 0, SEEK_SET) == 0 else { throw RemediationError.system("lseek", path: copy, errno: errno) }
        let written = SHA256Stream()
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(output, $0.baseAddress, $0.count) }
            if count < 0 { if errno == EINTR { continue }; throw RemediationError.system("read", path: copy, errno: errno) }
            if count == 0 { break }
            buffer.withUnsafeBytes { written.update(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
        }
        guard read.finish() == written.finish() else { throw RemediationError.copyMismatch(source) }
        kept = true

        try Self.overwriteAndRemove(source, size: total)
        return Moved(source: relative, copy: copy, bytes: total)
    }

    /// Fills the free space of `root`'s file system with zeros (files of at most 1 GiB, so
    /// FAT's 4 GiB limit is never met), syncs, and deletes them. Returns the bytes written.
    /// Only on a mount point (a stick), never a folder of a larger disk. Filler a run that was
    /// interrupted left behind is removed first.
    public func wipeFreeSpace() throws -> Int {
        guard Self.isMountPoint(root) else { throw RemediationError.notAMountPoint(root) }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [] where name.hasPrefix(".stickler-wipe-") {
            unlink(root + "/" + name)
        }
        var files: [String] = []
        defer { for file in files { unlink(file) } ; Self.syncFolder(root) }
        let zeros = [UInt8](repeating: 0, count: Self.block)
        var total = 0
        filling: while true {
            let path = root + "/.stickler-wipe-\(getpid())-\(files.count)"
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if fd < 0 {
                if errno == ENOSPC || errno == EDQUOT { break }
                throw RemediationError.system("open", path: path, errno: errno)
            }
            files.append(path)
            var inFile = 0
            while inFile < 1 << 30 {
                let count = zeros.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                if count < 0 {
                    if errno == EINTR { continue }
                    let code = errno
                    fsync(fd)
                    close(fd)
                    // Full. (fusefat says EPERM when it is: the free space left tells.)
                    if code == ENOSPC || code == EDQUOT || code == EFBIG || Self.freeBytes(root) < Self.block { break filling }
                    throw RemediationError.system("write", path: path, errno: code)
                }
                if count == 0 { fsync(fd); close(fd); break filling }
                inFile += count
                total += count
            }
            fsync(fd)
            close(fd)
        }
        return total
    }

    // MARK: Helpers

    /// A new file for the copy, its folders made as needed; " (2)", " (3)", ... before the
    /// extension if the name is taken. Returns its path.
    /// Returns the copy's path and the folders made for it (their parents' entries to sync).
    static func createCopy(for relative: String, in destination: String) throws -> (path: String, created: [String]) {
        // `relative` comes from a walk of the volume: no "..", but say so here too.
        guard !relative.split(separator: "/").contains("..") else { throw RemediationError.notARegularFile(relative) }
        let target = URL(fileURLWithPath: destination + "/" + relative)
        let folder = target.deletingLastPathComponent().path
        var missing: [String] = []
        var probe = folder
        while probe.count > destination.count, !FileManager.default.fileExists(atPath: probe) {
            missing.append(probe)
            probe = URL(fileURLWithPath: probe).deletingLastPathComponent().path
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw RemediationError.system("mkdir", path: folder, errno: EACCES)
        }
        let created = missing.reversed().map { URL(fileURLWithPath: $0).deletingLastPathComponent().path }
        let stem = target.deletingPathExtension().lastPathComponent, suffix = target.pathExtension
        for attempt in 1...1000 {
            let name = attempt == 1 ? target.lastPathComponent : "\(stem) (\(attempt))" + (suffix.isEmpty ? "" : "." + suffix)
            let path = folder + "/" + name
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if fd >= 0 { close(fd); return (path, created) }
            if errno != EEXIST { throw RemediationError.system("open", path: path, errno: errno) }
        }
        throw RemediationError.system("open", path: target.path, errno: EEXIST)
    }

    static func writeAll(_ fd: Int32, _ buffer: [UInt8], count: Int, path: String) throws {
        var done = 0
        while done < count {
            let written = buffer.withUnsafeBytes { write(fd, $0.baseAddress! + done, count - done) }
            if written < 0 { if errno == EINTR { continue }; throw RemediationError.system("write", path: path, errno: errno) }
            done += written
        }
    }

    /// Zeros over every byte the file held, synced, then truncated, unlinked and its folder synced.
    static func overwriteAndRemove(_ path: String, size: Int) throws {
        let fd = open(path, O_WRONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw RemediationError.system("open", path: path, errno: errno) }
        let zeros = [UInt8](repeating: 0, count: block)
        var offset = 0
        while offset < size {
            let count = zeros.withUnsafeBytes { pwrite(fd, $0.baseAddress, min($0.count, size - offset), off_t(offset)) }
            if count < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(fd)
                throw RemediationError.system("write", path: path, errno: code)
            }
            offset += count
        }
        guard fsync(fd) == 0, ftruncate(fd, 0) == 0, fsync(fd) == 0 else {
            let code = errno
            close(fd)
            throw RemediationError.system("fsync", path: path, errno: code)
        }
        close(fd)
        guard unlink(path) == 0 else { throw RemediationError.system("unlink", path: path, errno: errno) }
        syncFolder(URL(fileURLWithPath: path).deletingLastPathComponent().path)
    }

    /// Bytes an unprivileged writer may still use on `path`'s file system (0 if unknown).
    static func freeBytes(_ path: String) -> Int {
        var info = statvfs()
        guard statvfs(path, &info) == 0 else { return 0 }
        return Int(info.f_bavail) * Int(info.f_frsize)
    }

    static func syncFolder(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 { fsync(fd); close(fd) }
    }
}
