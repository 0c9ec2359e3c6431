import SticklerCore

/// A calendar's or a contact card's text with its folded lines joined: iCalendar and vCard
/// wrap a long line at 75 bytes, going on after a line break and one space or tab (RFC 5545,
/// 3.1; RFC 6350, 3.2), so that Outlook's "DESCRIPTION:TAC review – Kacper Nowak\, Y4 (DOB 17/"
/// goes on " 10/2014)" (round 804's). The break and that one space are dropped; a line break
/// at the end of a read waits for the next byte. (Offsets and lines are then the unfolded
/// text's, as a decoded UTF-16 file's are its text's.)
public struct FoldedLines<Inner: ByteSource>: ByteSource {
    var inner: Inner
    var raw = [UInt8](repeating: 0, count: 64 * 1024)
    var input: [UInt8] = []
    var output: [UInt8] = []
    var position = 0
    var finished = false

    public init(_ inner: Inner) { self.inner = inner }

    /// Whether a text's first bytes open a calendar or a contact card (after a BOM and spaces).
    public static func folds(_ prefix: [UInt8]) -> Bool {
        var start = prefix.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < prefix.count, [32, 9, 10, 13].contains(prefix[start]) { start += 1 }
        let head = prefix[start...].prefix(15).map { $0 >= 97 && $0 <= 122 ? $0 - 32 : $0 }
        return head.starts(with: Array("BEGIN:VCALENDAR".utf8)) || head.starts(with: Array("BEGIN:VCARD".utf8))
    }

    public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while position >= output.count {
            if finished { return 0 }
            let count = try raw.withUnsafeMutableBytes { try inner.read(into: $0) }
            output.removeAll(keepingCapacity: true)
            position = 0
            input.append(contentsOf: raw[0..<count])
            if count == 0 {
                // The end: a line break kept back is the text's last.
                finished = true
                swap(&output, &input)
                continue
            }
            var index = 0, kept = input.count
            while index < input.count {
                // (The run of text up to the next line break, at once.)
                guard let lineBreak = input[index...].firstIndex(where: { $0 == 13 || $0 == 10 }) else {
                    output.append(contentsOf: input[index...])
                    break
                }
                output.append(contentsOf: input[index..<lineBreak])
                index = lineBreak
                var next = index + 1
                if input[index] == 13, next < input.count, input[next] == 10 { next += 1 }
                // (Undecided until the byte after the break is read.)
                if next >= input.count { kept = index; break }
                if input[next] == 32 || input[next] == 9 { index = next + 1; continue } // a fold
                output.append(contentsOf: input[index..<next])
                index = next
            }
            input.removeFirst(kept)
        }
        let count = min(buffer.count, output.count - position)
        output.withUnsafeBytes { source in
            buffer.baseAddress!.copyMemory(from: source.baseAddress! + position, byteCount: count)
        }
        position += count
        return count
    }
}
