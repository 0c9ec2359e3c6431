import Foundation
import SticklerCore

/// Why a file could not be read.
public struct ExtractionError: Error, CustomStringConvertible {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}

/// A file opened read-only (`O_RDONLY|O_NOFOLLOW|O_NOATIME` where allowed). Reads are
/// retried on EINTR; the descriptor closes when the source is released.
public final class FileSource: ByteSource {
    public let fd: Int32
    public let size: Int

    public init(path: String, followSymlinks: Bool = false) throws {
        var flags = O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK
        if !followSymlinks { flags |= O_NOFOLLOW }
        var fd = open(path, flags | 0o1000000) // O_NOATIME (not exported by Glibc module)
        if fd < 0 && errno == EPERM { fd = open(path, flags) } // O_NOATIME needs ownership
        guard fd >= 0 else { throw ExtractionError(String(cString: strerror(errno))) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw ExtractionError(reason)
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw ExtractionError("not a regular file")
        }
        // Back to blocking reads now that opening a FIFO cannot hang us.
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL)
        self.fd = fd
        self.size = Int(info.st_size)
    }

    deinit { close(fd) }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            let count = Glibc.read(fd, buffer.baseAddress, buffer.count)
            if count >= 0 { return count }
            if errno == EINTR { continue }
            throw ExtractionError("read failed: \(String(cString: strerror(errno)))")
        }
    }

    /// Up to `count` bytes from the start, leaving the position at 0 again.
    public func prefix(_ count: Int) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        let read = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, count, 0) }
        guard read >= 0 else { throw ExtractionError("read failed: \(String(cString: strerror(errno)))") }
        return Array(bytes[0..<read])
    }
}

/// Makes a `FileSource` usable where a value-type `ByteSource` is expected.
public struct SharedSource: ByteSource {
    let file: FileSource
    public init(_ file: FileSource) { self.file = file }
    public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int { try file.read(into: buffer) }
}
