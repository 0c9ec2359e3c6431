import SticklerCore
import Foundation

/// Bytes held in memory with a stable address (an archive member, a PDF, an XML part).
/// Never backed by a file on disk.
public final class Blob {
    public let buffer: UnsafeMutableRawBufferPointer
    public private(set) var count = 0

    init(capacity: Int) {
        buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(capacity, 1), alignment: 16)
    }

    public convenience init(_ bytes: [UInt8]) {
        self.init(capacity: bytes.count)
        bytes.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        count = bytes.count
    }

    deinit { buffer.deallocate() }

    public var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: buffer[0..<count]) }

    /// Reads everything from `read` (which fills a buffer and returns 0 at the end), up to
    /// `limit` bytes; more than that throws with `tooLarge`.
    static func read(limit: Int, initial: Int = 64 << 10, tooLarge: @autoclosure () -> String,
                     _ read: (UnsafeMutableRawBufferPointer) throws -> Int) throws -> Blob {
        var blob = Blob(capacity: min(max(initial, 4096), limit + 1))
        while true {
            if blob.count == blob.buffer.count {
                guard blob.count <= limit else { throw ExtractionError(tooLarge()) }
                let grown = Blob(capacity: min(blob.buffer.count * 2, limit + 1))
                grown.buffer.baseAddress!.copyMemory(from: blob.buffer.baseAddress!, byteCount: blob.count)
                grown.count = blob.count
                blob = grown
            }
            let got = try read(UnsafeMutableRawBufferPointer(rebasing: blob.buffer[blob.count...]))
            if got == 0 { break }
            blob.count += got
            if blob.count > limit { throw ExtractionError(tooLarge()) }
        }
        return blob
    }
}

/// A `ByteSource` over a `Blob` (or part of one).
public struct BlobSource: ByteSource {
    let blob: Blob
    var position: Int
    let end: Int

    public init(_ blob: Blob, from: Int = 0) {
        self.blob = blob
        position = from
        end = blob.count
    }

    public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = min(buffer.count, end - position)
        guard count > 0 else { return 0 }
        buffer.baseAddress!.copyMemory(from: blob.buffer.baseAddress! + position, byteCount: count)
        position += count
        return count
    }
}

