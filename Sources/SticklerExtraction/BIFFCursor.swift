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

    /// Whether no bytes are left in this piece or any after it.
    var atEnd: Bool {
        guard piece < pieces.count else { return true }
        return position >= pieces[piece].upperBound && pieces[(piece + 1)...].allSatisfy(\.isEmpty)
    }

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
