/// The boundaries of a phase-two pattern, written into the pattern itself.
///
/// In a run of digits (timetable codes, ISBNs, phone-like references) a pattern such as
/// `[0-9]{9}` matches at nearly every position, and every one of those matches, reported
/// with its start, costs Vectorscan work and a callback before the boundary check drops
/// it. Wrapped as `(?:^|[^A-Za-z0-9])(?:P)`, a match can start only where a value may
/// (after a byte that is not a letter or digit, or at the start of the text), which is
/// exactly the `alnum` boundary's start rule: the wrapped digit-run group scans about
/// 2.4 times as fast over its windows. The reported start is then the byte before the
/// value, unless the match began at the start of the text; when `P` itself can only begin
/// with a letter or digit, which of the two it was is plain from that byte.
///
/// The end is bounded the same way, `(?:P)(?:[^A-Za-z0-9]|$)`: a pattern with a variable
/// tail (`[0-9]{3,4}`, a TLD of two to 24 letters) otherwise reports every end inside a
/// digit run or a longer word. The reported end is then one past the value, unless the
/// match ended at the end of the text; when `P` can only end with a letter or digit, the
/// byte before the reported end tells which.
enum PatternBoundary {
    static let prefix = "(?:^|[^A-Za-z0-9])"
    static let suffix = "(?:[^A-Za-z0-9]|$)"

    /// The expression to compile, and which ends were wrapped. Not in UTF-8 mode, where
    /// `[^A-Za-z0-9]` takes a whole multi-byte character and the value's edge would no
    /// longer be one byte from the reported one.
    static func wrap(_ expression: String, boundary: Detector.Boundary, utf8: Bool = false) -> (expression: String, leading: Bool, trailing: Bool) {
        guard boundary == .alnum || boundary == .number, !utf8, let item = read(expression), item.starts || item.ends else { return (expression, false, false) }
        return ((item.starts ? prefix : "") + "(?:" + expression + ")" + (item.ends ? suffix : ""), item.starts, item.ends)
    }

    /// The value's start for a match of a leading-wrapped pattern reported from `from`.
    @inline(__always) static func valueStart(_ buffer: UnsafeRawBufferPointer, from: Int) -> Int {
        from < buffer.count && !isAlnum(buffer[from]) ? from + 1 : from
    }

    /// The value's end for a match of a trailing-wrapped pattern reported to `to`, in the
    /// text that was scanned.
    @inline(__always) static func valueEnd(_ text: UnsafeRawBufferPointer, to: Int) -> Int {
        to > 0 && !isAlnum(text[to - 1]) ? to - 1 : to
    }

    /// Whether every match of `expression` begins with an ASCII letter or digit. A small,
    /// conservative reading of the pattern (`Item`): a literal letter or digit, `\d`, a
    /// class of letters and digits only, or a group whose every alternative starts so;
    /// never optional (`?`, `*`, `{0,`). Anything else answers false (the pattern is then
    /// left as written: correct, only slower).
    static func startsWithAlnum(_ expression: String) -> Bool { read(expression)?.starts ?? false }

    /// Whether every match of `expression` ends with an ASCII letter or digit: the same
    /// reading, of every alternative's last item.
    static func endsWithAlnum(_ expression: String) -> Bool { read(expression)?.ends ?? false }

    /// What the reading says of one item (a group: of all its alternatives).
    struct Item {
        /// Every match of it begins (ends) with a letter or digit, and it cannot be absent.
        var starts: Bool
        var ends: Bool
    }

    /// The whole expression as a group, so that every top-level alternative is read; nil
    /// where it cannot be read.
    private static func read(_ expression: String) -> Item? {
        let bytes = Array(("(?:" + expression + ")").utf8)
        var index = 0
        guard let item = item(bytes, &index), index == bytes.count else { return nil }
        return item
    }

    /// Reads one item and its quantifier at `index`, nil where the expression cannot be
    /// read (a lookaround, `\x2E`, `{,5}`, a lazy or possessive mark, an unclosed group).
    private static func item(_ bytes: [UInt8], _ index: inout Int) -> Item? {
        guard index < bytes.count else { return nil }
        let first = bytes[index]
        var result: Item
        switch first {
        case UInt8(ascii: "("):
            index += 1
            if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "?") {
                guard bytes[index + 1] == UInt8(ascii: ":") else { return nil }
                index += 2
            }
            // Every alternative's first item must start with alnum, its last end so (an
            // empty alternative does neither).
            result = Item(starts: true, ends: true)
            var alternative: [Item] = []
            while true {
                guard index < bytes.count else { return nil }
                let byte = bytes[index]
                if byte == UInt8(ascii: "|") || byte == UInt8(ascii: ")") {
                    result.starts = result.starts && (alternative.first?.starts ?? false)
                    result.ends = result.ends && (alternative.last?.ends ?? false)
                    alternative.removeAll()
                    index += 1
                    if byte == UInt8(ascii: ")") { break }
                    continue
                }
                guard let next = item(bytes, &index) else { return nil }
                alternative.append(next)
            }
        case UInt8(ascii: "["):
            guard let end = classClose(bytes, from: index) else { return nil }
            let alnum = bytes[index + 1] != UInt8(ascii: "^") && classIsAlnum(bytes, from: index, to: end)
            result = Item(starts: alnum, ends: alnum)
            index = end + 1
        case UInt8(ascii: "\\"):
            guard index + 1 < bytes.count else { return nil }
            let escaped = bytes[index + 1]
            // `\x2E`, `\056`, `\cA`, `\p{L}`, `\Q..\E` span more than two bytes: unread.
            if isDigit(escaped) || "xcpPQEkgNoue".utf8.contains(escaped) { return nil }
            result = Item(starts: escaped == UInt8(ascii: "d"), ends: escaped == UInt8(ascii: "d"))
            index += 2
        case UInt8(ascii: ")"), UInt8(ascii: "|"):
            return nil
        default:
            result = Item(starts: isAlnum(first), ends: isAlnum(first))
            index += 1
        }
        // The quantifier: one that allows zero occurrences makes the item possibly absent.
        guard index < bytes.count else { return result }
        switch bytes[index] {
        case UInt8(ascii: "?"), UInt8(ascii: "*"):
            result = Item(starts: false, ends: false)
            index += 1
        case UInt8(ascii: "+"):
            index += 1
        case UInt8(ascii: "{"):
            guard index + 1 < bytes.count, isDigit(bytes[index + 1]),
                  let close = bytes[index...].firstIndex(of: UInt8(ascii: "}")) else { return nil }
            if bytes[index + 1] == UInt8(ascii: "0") { result = Item(starts: false, ends: false) }
            index = close + 1
        default:
            break
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "?") || bytes[index] == UInt8(ascii: "+") { return nil }
        return result
    }

    /// Whether the class `[...]` spanning `from...to` holds only letters and digits
    /// (ranges within one kind).
    private static func classIsAlnum(_ bytes: [UInt8], from: Int, to end: Int) -> Bool {
        var position = from + 1
        while position < end {
            let byte = bytes[position]
            if byte == UInt8(ascii: "-") && position > from + 1 && position + 1 < end {
                let low = bytes[position - 1], high = bytes[position + 1]
                if !(kind(low) == kind(high) && kind(low) != 0) { return false }
                position += 2
                continue
            }
            if !isAlnum(byte) { return false }
            position += 1
        }
        return true
    }

    /// 1 for digits, 2 for upper case, 3 for lower case, 0 otherwise.
    private static func kind(_ byte: UInt8) -> Int {
        switch byte {
        case 48...57: return 1
        case 65...90: return 2
        case 97...122: return 3
        default: return 0
        }
    }

    /// The index of the `]` closing the class that opens at `from`, escapes and a leading
    /// `]` (a member) read as such.
    private static func classClose(_ bytes: [UInt8], from: Int) -> Int? {
        var position = from + 1
        if position < bytes.count && bytes[position] == UInt8(ascii: "^") { position += 1 }
        if position < bytes.count && bytes[position] == UInt8(ascii: "]") { position += 1 }
        while position < bytes.count && bytes[position] != UInt8(ascii: "]") {
            if bytes[position] == UInt8(ascii: "\\") { position += 1 }
            position += 1
        }
        return position < bytes.count ? position : nil
    }

}
