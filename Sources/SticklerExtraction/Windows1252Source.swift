import SticklerCore

/// Text whose lines end with CR alone (an old Mac's) with LF line ends instead, byte for byte.
public struct CarriageReturnLines<Inner: ByteSource>: ByteSource {
    var inner: Inner

    public init(_ inner: Inner) { self.inner = inner }

    public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = try inner.read(into: buffer)
        for index in 0..<count where buffer[index] == 13 { buffer[index] = 10 }
        return count
    }
}

/// Windows-1252 text as UTF-8, as the rules read every text: ASCII passes through, each
/// byte from 0x80 becomes its character's two or three bytes ("Zoë Lefèvre" in a CSV saved
/// by Excel on Windows is the same name as in a UTF-8 file).
public struct Windows1252Source<Inner: ByteSource>: ByteSource {
    var inner: Inner
    var raw = [UInt8](repeating: 0, count: 64 * 1024)
    var output: [UInt8] = []
    var position = 0
    var finished = false

    public init(_ inner: Inner) { self.inner = inner }

    public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while position >= output.count {
            if finished { return 0 }
            let count = try raw.withUnsafeMutableBytes { try inner.read(into: $0) }
            if count == 0 { finished = true; return 0 }
            output.removeAll(keepingCapacity: true)
            position = 0
            Windows1252.appendUTF8(raw[0..<count], to: &output)
        }
        let count = min(buffer.count, output.count - position)
        output.withUnsafeBytes { source in
            buffer.baseAddress!.copyMemory(from: source.baseAddress! + position, byteCount: count)
        }
        position += count
        return count
    }
}
