/// The records of a BIFF8 stream (the `Workbook` stream of an .xls, [MS-XLS] 2.1.4):
/// a 2-byte type, a 2-byte length, then the body. Every read is bounds-checked: a record
/// that runs past the end of the stream is an `ExtractionError`, never a read beyond it.
struct BIFFStream {
    struct Record {
        var type: UInt16
        var body: Range<Int>
        var end: Int { body.upperBound }
    }

    static let continueType: UInt16 = 0x003C
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The record at `offset`, or nil at the end of the stream.
    func record(at offset: Int) throws -> Record? {
        guard offset >= 0, offset + 4 <= bytes.count else { return nil }
        let type = UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
        let length = Int(bytes[offset + 2]) | Int(bytes[offset + 3]) << 8
        guard offset + 4 + length <= bytes.count else {
            throw ExtractionError("BIFF record 0x\(String(type, radix: 16)) at byte \(offset) runs past the end of the stream")
        }
        return Record(type: type, body: (offset + 4)..<(offset + 4 + length))
    }

    /// The bodies of `record` and of the CONTINUE records right after it, and where the
    /// next record starts.
    func continued(_ record: Record) throws -> (pieces: [Range<Int>], next: Int) {
        var pieces = [record.body]
        var next = record.end
        while let following = try self.record(at: next), following.type == Self.continueType {
            pieces.append(following.body)
            next = following.end
        }
        return (pieces, next)
    }

    /// Little-endian values at an absolute offset; callers check the record is long enough.
    func u16(_ at: Int) -> Int { at + 2 <= bytes.count ? Int(bytes[at]) | Int(bytes[at + 1]) << 8 : 0 }

    func u32(_ at: Int) -> UInt32 {
        guard at + 4 <= bytes.count else { return 0 }
        return UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }

    func f64(_ at: Int) -> Double {
        guard at + 8 <= bytes.count else { return .nan }
        var bits: UInt64 = 0
        for index in (0..<8).reversed() { bits = bits << 8 | UInt64(bytes[at + index]) }
        return Double(bitPattern: bits)
    }
}
