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
        guard boundary == .alnum, !utf8 else { return (expression, false, false) }
        let leading = startsWithAlnum(expression), trailing = endsWithAlnum(expression)
        if !leading && !trailing { return (expression, false, false) }
        return ((leading ? prefix : "") + "(?:" + expression + ")" + (trailing ? suffix : ""), leading, trailing)
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
    /// conservative reading of the pattern's first item: a literal letter or digit, `\d`, a
    /// class of letters and digits only, or a group whose every alternative starts so;
    /// never optional (`?`, `*`, `{0,`). Anything else answers false (the pattern is then
    /// left as written: correct, only slower).
    static func startsWithAlnum(_ expression: String) -> Bool {
        // As a group, so that every top-level alternative is read.
        let bytes = Array(("(?:" + expression + ")").utf8)
        var index = 0
        return startsWithAlnum(bytes, &index, until: nil) && index == bytes.count
    }

    /// Whether every match of `expression` ends with an ASCII letter or digit: the same
    /// conservative reading, of every alternative's last item (a quantifier that allows
    /// zero occurrences, an anchor, `\\b` or anything unknown answers false).
    static func endsWithAlnum(_ expression: String) -> Bool {
        let bytes = Array(("(?:" + expression + ")").utf8)
        var index = 0
        return endsWithAlnum(bytes, &index) == true && index == bytes.count
    }

    /// Reads one item and its quantifier at `index`: whether it always ends with a letter
    /// or digit, nil where the expression cannot be read.
    private static func endsWithAlnum(_ bytes: [UInt8], _ index: inout Int) -> Bool? {
        guard index < bytes.count else { return nil }
        let first = bytes[index]
        var ok: Bool
        switch first {
        case UInt8(ascii: "("):
            index += 1
            if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "?") {
                guard bytes[index + 1] == UInt8(ascii: ":") else { return nil }
                index += 2
            }
            // Every alternative's last item must end with alnum (an empty one does not).
            ok = true
            var last = false
            while true {
                guard index < bytes.count else { return nil }
                let byte = bytes[index]
                if byte == UInt8(ascii: "|") || byte == UInt8(ascii: ")") {
                    ok = ok && last
                    last = false
                    index += 1
                    if byte == UInt8(ascii: ")") { break }
                    continue
                }
                guard let item = endsWithAlnum(bytes, &index) else { return nil }
                last = item
            }
        case UInt8(ascii: "["):
            guard let end = classClose(bytes, from: index) else { return nil }
            ok = bytes[index + 1] != UInt8(ascii: "^") && classIsAlnum(bytes, from: index, to: end)
            index = end + 1
        case UInt8(ascii: "\\"):
            guard index + 1 < bytes.count else { return nil }
            let escaped = bytes[index + 1]
            // `\x2E`, `\056`, `\cA`, `\p{L}`, `\Q..\E` span more than two bytes: unread.
            if isDigit(escaped) || "xcpPQEkgNoue".utf8.contains(escaped) { return nil }
            ok = escaped == UInt8(ascii: "d")
            index += 2
        case UInt8(ascii: ")"), UInt8(ascii: "|"):
            return nil
        default:
            ok = isAlnum(first)
            index += 1
        }
        // The quantifier: one that allows zero occurrences leaves the previous item last.
        guard index < bytes.count else { return ok }
        switch bytes[index] {
        case UInt8(ascii: "?"), UInt8(ascii: "*"):
            ok = false
            index += 1
        case UInt8(ascii: "+"):
            index += 1
        case UInt8(ascii: "{"):
            // `{,5}` is no quantifier: unread.
            guard index + 1 < bytes.count, isDigit(bytes[index + 1]),
                  let close = bytes[index...].firstIndex(of: UInt8(ascii: "}")) else { return nil }
            if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "0") { ok = false }
            index = close + 1
        default:
            break
        }
        // A lazy or possessive mark after the quantifier changes nothing here.
        if index < bytes.count, bytes[index] == UInt8(ascii: "?") || bytes[index] == UInt8(ascii: "+") { return nil }
        return ok
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

    private static func startsWithAlnum(_ bytes: [UInt8], _ index: inout Int, until close: UInt8?) -> Bool {
        guard index < bytes.count else { return false }
        let first = bytes[index]
        var ok: Bool
        if first == UInt8(ascii: "(") {
            // A group: skip `?:`, then every top-level alternative must start with alnum.
            index += 1
            if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "?") {
                guard bytes[index + 1] == UInt8(ascii: ":") else { return false } // lookaround, named groups: unsure
                index += 2
            }
            ok = true
            while true {
                if !startsWithAlnum(bytes, &index, until: UInt8(ascii: ")")) { ok = false }
                // Skip to the next top-level `|` or the closing `)`.
                guard let stop = skipAlternative(bytes, &index) else { return false }
                index += 1
                if stop == UInt8(ascii: ")") { break }
            }
        } else if first == UInt8(ascii: "[") {
            guard let end = classEnd(bytes, from: index), end > index + 1, bytes[index + 1] != UInt8(ascii: "^") else { return false }
            ok = classIsAlnum(bytes, from: index, to: end)
            index = end + 1
        } else if first == UInt8(ascii: "\\") {
            guard index + 1 < bytes.count else { return false }
            ok = bytes[index + 1] == UInt8(ascii: "d")
            index += 2
        } else {
            ok = isAlnum(first) && first != close
            index += 1
        }
        // A quantifier that allows zero occurrences makes the next item the first.
        if index < bytes.count {
            let next = bytes[index]
            if next == UInt8(ascii: "?") || next == UInt8(ascii: "*") { return false }
            if next == UInt8(ascii: "{"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "0") { return false }
        }
        return ok
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

    /// The index of the `]` closing the class that opens at `from` (no escapes inside: a
    /// class with one is not all letters and digits anyway).
    private static func classEnd(_ bytes: [UInt8], from: Int) -> Int? {
        var position = from + 1
        while position < bytes.count {
            if bytes[position] == UInt8(ascii: "\\") { return nil }
            if bytes[position] == UInt8(ascii: "]") && position > from + 1 { return position }
            position += 1
        }
        return nil
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

    /// Moves `index` to the `|` or `)` ending the current alternative at this depth and
    /// returns which it was (nil if the expression ends first).
    private static func skipAlternative(_ bytes: [UInt8], _ index: inout Int) -> UInt8? {
        var depth = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") { index += 2; continue }
            if byte == UInt8(ascii: "[") {
                guard let close = classClose(bytes, from: index) else { return nil }
                index = close + 1
                continue
            }
            if byte == UInt8(ascii: "(") { depth += 1 } else if byte == UInt8(ascii: ")") {
                if depth == 0 { return byte }
                depth -= 1
            } else if byte == UInt8(ascii: "|") && depth == 0 { return byte }
            index += 1
        }
        return nil
    }
}
