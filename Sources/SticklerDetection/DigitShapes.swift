import Vectorscan

/// Phase one's shape triggers that cannot match without an ASCII digit and never match more
/// than `reach` bytes ("[0-9][/.-][0-9]", a run of six digits, a year after a word): scanned
/// with a database of their own, only in windows around a chunk's digits. School text without
/// personal data has a digit every hundred bytes or so (dates, times, page numbers), and
/// those windows are a few per cent of it; in one database with the other triggers, these
/// shapes had doubled what Vectorscan took over the whole chunk.
///
/// Every match holds a digit and lies within `reach` bytes of it, so every match lies inside
/// the window of its digits: the windowed scan finds exactly what a scan of the whole chunk
/// finds. (A window that begins at the chunk's start may add a hit there, a separator taken
/// for the byte before it; a hit only widens phase two's look.)
struct DigitShapes {
    let database: Database
    /// The widest match of any of the shapes, and one more byte (a boundary's look).
    let reach: Int

    /// Whether every match of `expression` holds an ASCII digit: a `[0-9]` outside any group,
    /// not optional, in an expression without anchors, word boundaries or an alternation
    /// outside a group. (A cautious reading: a shape it does not recognise stays with the
    /// other triggers.)
    static func requiresDigit(_ expression: String) -> Bool {
        let bytes = Array(expression.utf8)
        var depth = 0, index = 0, found = false
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"):
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "b") || bytes[index + 1] == UInt8(ascii: "B") { return false }
                index += 2
                continue
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"): depth -= 1
            case UInt8(ascii: "|") where depth == 0: return false
            case UInt8(ascii: "^"), UInt8(ascii: "$"):
                // Only a class's negation ("[^0-9]") is no anchor.
                if index == 0 || bytes[index - 1] != UInt8(ascii: "[") { return false }
            case UInt8(ascii: "["):
                guard let close = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: "]")) else { return false }
                if depth == 0, bytes[index...close].elementsEqual("[0-9]".utf8) {
                    let next = close + 1 < bytes.count ? bytes[close + 1] : 0
                    if next != UInt8(ascii: "?") && next != UInt8(ascii: "*") && !(next == UInt8(ascii: "{") && close + 2 < bytes.count && bytes[close + 2] == UInt8(ascii: "0")) {
                        found = true
                    }
                }
                index = close + 1
                continue
            default: break
            }
            index += 1
        }
        return found
    }

    /// The largest reach this pass takes: a wider shape stays with the other triggers (its
    /// windows would cover most of a text).
    static let widest = 48

    /// Appends every hit in `buffer` to `matches`. `joined` is the caller's scratch.
    func scan(_ buffer: UnsafeRawBufferPointer, scratch: Scratch, joined: inout [UInt8], windows: inout [Range<Int>],
              into matches: inout [Match]) throws {
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
        windows.removeAll(keepingCapacity: true)
        var covered = 0
        Self.forEachDigit(base, buffer.count) { digit in
            let from = max(0, digit - reach), to = min(buffer.count, digit + reach + 1)
            if let last = windows.last, from <= last.upperBound {
                covered += to - last.upperBound
                windows[windows.count - 1] = last.lowerBound..<to
            } else {
                covered += to - from
                windows.append(from..<to)
            }
        }
        if windows.isEmpty { return }
        // Mostly digits (a spreadsheet's figures): the whole chunk at once.
        if covered * 2 > buffer.count {
            try database.scan(buffer, scratch: scratch, into: &matches)
            return
        }
        // The windows one after another, each after a separator wider than any match.
        joined.removeAll(keepingCapacity: true)
        var starts: [Int] = []
        starts.reserveCapacity(windows.count)
        for window in windows {
            joined.append(contentsOf: repeatElement(10, count: reach + 1))
            starts.append(joined.count)
            joined.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[window]))
        }
        let first = matches.count
        try joined.withUnsafeBytes { try database.scan($0, scratch: scratch, into: &matches) }
        for index in first..<matches.count {
            // The window the hit ends in (its last byte, `to - 1`).
            let end = matches[index].to
            var low = 0, high = starts.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if starts[middle] < end { low = middle } else { high = middle - 1 }
            }
            matches[index].to = windows[low].lowerBound + (end - starts[low])
        }
    }

    /// Calls `body` with the offset of each ASCII digit in `base[0..<count]`, in order.
    @inline(__always)
    static func forEachDigit(_ base: UnsafeRawPointer, _ count: Int, _ body: (Int) -> Void) {
        var position = 0
        while position + 16 <= count {
            var digits = ByteMasks.digits(base + position)
            while digits != 0 {
                body(position + digits.trailingZeroBitCount)
                digits &= digits &- 1
            }
            position += 16
        }
        while position < count {
            if (48...57).contains(base.load(fromByteOffset: position, as: UInt8.self)) { body(position) }
            position += 1
        }
    }
}
