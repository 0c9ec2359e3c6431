import SticklerCore

/// Streams UTF-16 (LE or BE, BOM skipped) from an underlying source as UTF-8, so the
/// engine sees one encoding. Surrogate pairs split across reads are carried over;
/// unpaired surrogates become U+FFFD.
public struct UTF16Source<Inner: ByteSource>: ByteSource {
    var inner: Inner
    let littleEndian: Bool
    var skipBOM: Bool
    var raw = [UInt8](repeating: 0, count: 64 * 1024)
    var carry: [UInt8] = []      // odd byte left over
    var pendingHigh: UInt16?     // high surrogate waiting for its pair
    var output: [UInt8] = []
    var outputPosition = 0
    var finished = false

    public init(_ inner: Inner, littleEndian: Bool, bom: Bool) {
        self.inner = inner
        self.littleEndian = littleEndian
        self.skipBOM = bom
    }

    public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while outputPosition >= output.count {
            if finished { return 0 }
            try refill()
        }
        let count = min(buffer.count, output.count - outputPosition)
        output.withUnsafeBytes { source in
            buffer.baseAddress!.copyMemory(from: source.baseAddress! + outputPosition, byteCount: count)
        }
        outputPosition += count
        return count
    }

    mutating func refill() throws {
        output.removeAll(keepingCapacity: true)
        outputPosition = 0
        let read = try raw.withUnsafeMutableBytes { try inner.read(into: $0) }
        if read == 0 {
            finished = true
            if pendingHigh != nil { append(0xFFFD); pendingHigh = nil }
            return
        }
        var bytes = carry + raw[0..<read]
        carry = []
        if bytes.count % 2 == 1 { carry = [bytes.removeLast()] }
        var index = 0
        if skipBOM && bytes.count >= 2 { index = 2; skipBOM = false }
        while index + 1 < bytes.count {
            let unit = littleEndian ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
                                    : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
            index += 2
            if let high = pendingHigh {
                pendingHigh = nil
                if (0xDC00...0xDFFF).contains(unit) {
                    append(0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(unit - 0xDC00))
                    continue
                }
                append(0xFFFD)
            }
            if (0xD800...0xDBFF).contains(unit) { pendingHigh = unit } else if (0xDC00...0xDFFF).contains(unit) {
                append(0xFFFD)
            } else {
                append(UInt32(unit))
            }
        }
    }

    mutating func append(_ scalar: UInt32) {
        XMLScanner.appendScalar(scalar, to: &output)
    }
}
