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

/// Reads across a record and its CONTINUE records as one run of bytes, except inside a
/// string's characters: there each CONTINUE starts with an option byte saying whether
/// the rest of the string is 8-bit ("compressed", Latin-1) or UTF-16 ([MS-XLS] 2.5.293).
struct BIFFCursor {
    let stream: BIFFStream
    let pieces: [Range<Int>]
    var piece = 0
    var position: Int

    init(_ stream: BIFFStream, pieces: [Range<Int>], skipping: Int = 0) {
        self.stream = stream
        self.pieces = pieces
        position = min((pieces.first?.lowerBound ?? 0) + skipping, pieces.first?.upperBound ?? 0)
    }

    var atEnd: Bool { piece >= pieces.count - 1 && position >= (pieces.last?.upperBound ?? 0) }

    static let truncated = ExtractionError("BIFF string runs past the end of its record")

    /// Moves to the next piece if the current one is used up; false at the very end.
    private mutating func available() -> Bool {
        while piece < pieces.count && position >= pieces[piece].upperBound {
            piece += 1
            guard piece < pieces.count else { return false }
            position = pieces[piece].lowerBound
        }
        return piece < pieces.count
    }

    mutating func byte() throws -> UInt8 {
        guard available() else { throw Self.truncated }
        defer { position += 1 }
        return stream.bytes[position]
    }

    mutating func u16() throws -> Int {
        let low = Int(try byte())
        return low | Int(try byte()) << 8
    }

    mutating func u32() throws -> Int {
        let low = try u16()
        return low | (try u16()) << 16
    }

    mutating func skip(_ count: Int) throws {
        var left = count
        while left > 0 {
            guard available() else { throw Self.truncated }
            let step = min(left, pieces[piece].upperBound - position)
            position += step
            left -= step
        }
    }

    /// `count` characters, 16-bit when `wide`; a CONTINUE boundary re-reads the option byte.
    mutating func characters(_ count: Int, wide: Bool) throws -> String {
        var units: [UInt16] = []
        units.reserveCapacity(min(count, 1 << 15))
        var wide = wide
        var left = count
        while left > 0 {
            guard piece < pieces.count else { throw Self.truncated }
            if position >= pieces[piece].upperBound {
                guard piece + 1 < pieces.count, pieces[piece + 1].count > 0 else { throw Self.truncated }
                piece += 1
                position = pieces[piece].lowerBound
                wide = stream.bytes[position] & 1 != 0
                position += 1
                continue
            }
            let room = (pieces[piece].upperBound - position) / (wide ? 2 : 1)
            guard room > 0 else { throw Self.truncated } // one odd byte left for a UTF-16 unit
            let take = min(room, left)
            for index in 0..<take {
                if wide {
                    let at = position + index * 2
                    units.append(UInt16(stream.bytes[at]) | UInt16(stream.bytes[at + 1]) << 8)
                } else {
                    units.append(UInt16(stream.bytes[position + index]))
                }
            }
            position += take * (wide ? 2 : 1)
            left -= take
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// A string with a 1- or 2-byte length and an option byte, as in BOUNDSHEET, LABEL,
    /// FORMAT, STRING and the SST. Rich-text runs and phonetic (extended) data are skipped.
    mutating func string(lengthBytes: Int = 2) throws -> String {
        let count = lengthBytes == 1 ? Int(try byte()) : try u16()
        let options = try byte()
        let runs = options & 0x08 != 0 ? try u16() : 0
        let extended = options & 0x04 != 0 ? try u32() : 0
        let text = try characters(count, wide: options & 0x01 != 0)
        if runs > 0 || extended > 0 {
            guard extended <= 1 << 24 else { throw ExtractionError("BIFF string with \(extended) bytes of phonetic data") }
            try skip(runs * 4 + extended)
        }
        return text
    }
}
