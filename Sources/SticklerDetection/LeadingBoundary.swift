/// The start boundary of a phase-two pattern, written into the pattern itself.
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
enum LeadingBoundary {
    static let prefix = "(?:^|[^A-Za-z0-9])"

    /// The expression to compile, and whether it was wrapped.
    static func wrap(_ expression: String, boundary: Detector.Boundary) -> (expression: String, wrapped: Bool) {
        guard boundary == .alnum, startsWithAlnum(expression) else { return (expression, false) }
        return (prefix + "(?:" + expression + ")", true)
    }

    /// The value's start for a match of a wrapped pattern reported from `from`.
    @inline(__always) static func valueStart(_ buffer: UnsafeRawBufferPointer, from: Int) -> Int {
        from < buffer.count && !isAlnum(buffer[from]) ? from + 1 : from
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
            ok = true
            var position = index + 1
            while position < end {
                let byte = bytes[position]
                if byte == UInt8(ascii: "-") && position > index + 1 && position + 1 < end {
                    // A range: both ends already or next checked as alnum, and of one kind.
                    let low = bytes[position - 1], high = bytes[position + 1]
                    if !(kind(low) == kind(high) && kind(low) != 0) { ok = false }
                    position += 2
                    continue
                }
                if !isAlnum(byte) { ok = false }
                position += 1
            }
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

    /// Moves `index` to the `|` or `)` ending the current alternative at this depth and
    /// returns which it was (nil if the expression ends first).
    private static func skipAlternative(_ bytes: [UInt8], _ index: inout Int) -> UInt8? {
        var depth = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") { index += 2; continue }
            if byte == UInt8(ascii: "[") {
                // Skip the class (a `]` right after `[` or `[^` is a member).
                var position = index + 1
                if position < bytes.count && bytes[position] == UInt8(ascii: "^") { position += 1 }
                if position < bytes.count && bytes[position] == UInt8(ascii: "]") { position += 1 }
                while position < bytes.count && bytes[position] != UInt8(ascii: "]") {
                    if bytes[position] == UInt8(ascii: "\\") { position += 1 }
                    position += 1
                }
                index = position + 1
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
