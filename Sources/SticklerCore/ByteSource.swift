/// Where a document's bytes come from: a file, a decoder, an archive member.
/// `read` fills as much of `buffer` as it can and returns 0 at the end.
public protocol ByteSource {
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

/// An in-memory `ByteSource`.
public struct MemorySource: ByteSource {
    let bytes: [UInt8]
    var position = 0

    public init(bytes: [UInt8]) { self.bytes = bytes }

    public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = min(buffer.count, bytes.count - position)
        guard count > 0 else { return 0 }
        bytes.withUnsafeBytes { source in
            buffer.baseAddress!.copyMemory(from: source.baseAddress! + position, byteCount: count)
        }
        position += count
        return count
    }
}
