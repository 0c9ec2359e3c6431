import Foundation

/// Trimming for table cells and candidate values on the hot path: ASCII whitespace, the
/// no-break space and (optionally) double quotes, on UTF-8 bytes, without building a
/// Foundation `CharacterSet` per call (which cost more than the rest of a cell's work).
enum CellText {
    /// A template's field, not a value: a mail merge's («Surname», <<Forename>>, {{first_name}},
    /// MERGEFIELD) or a placeholder in brackets ([Surname], <generated>, {password}).
    static func isTemplateField(_ text: String) -> Bool {
        if text.contains("\u{AB}") || text.contains("\u{BB}") || text.contains("<<") || text.contains("{{") || text.contains("MERGEFIELD") {
            return true
        }
        guard text.count > 2, let first = text.first, let last = text.last else { return false }
        return (first, last) == ("[", "]") || (first, last) == ("<", ">") || (first, last) == ("{", "}")
    }

    /// Whether a cell is a blank form's placeholder: a template field (`isTemplateField`), a
    /// bracketed field with a note after it ("[Forename Surname] (Year __, tutor ____)",
    /// "<child's name> (DOB)"), or a run of underscores ("____ %").
    static func isFormPlaceholder(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if isTemplateField(trimmed) { return true }
        if let first = trimmed.first, first == "[" || first == "<", trimmed.contains(first == "[" ? "]" : ">") { return true }
        return trimmed.contains("___")
    }

    /// Whether two texts are the same but for case: ASCII on bytes (Foundation's comparison
    /// cost a documents scan 6%, once for every name cell), Foundation's for the rest.
    static func sameIgnoringCase(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        let ascii = a.withUTF8 { x in b.withUTF8 { y -> Bool? in
            if !x.contains(where: { $0 >= 0x80 }) && !y.contains(where: { $0 >= 0x80 }) {
                return x.count == y.count && zip(x, y).allSatisfy { ($0 | 0x20) == ($1 | 0x20) && ($0 | 0x20 >= 97 && $0 | 0x20 <= 122 || $0 == $1) }
            }
            return nil
        } }
        return ascii ?? (a.caseInsensitiveCompare(b) == .orderedSame)
    }

    /// The text before the last `marker`, without the spaces and punctuation (`(`, `,`,
    /// `-`) before it: "Olivia Hughes (Year 7)" before "Y" is "Olivia Hughes". The whole
    /// text if the marker is not in it.
    /// The text before the earliest of `markers`, without the spaces and punctuation before it.
    static func before(firstOf markers: [String], in text: String) -> String {
        guard let cut = markers.compactMap({ ByteSearch.firstOffset(of: $0, in: text) }).min() else { return text }
        var head = Substring(text.utf8.prefix(cut))
        while let last = head.last, " \t,(-".contains(last) { head = head.dropLast() }
        return trimmed(String(head))
    }

    /// Whether `text` is all ASCII and `trimmed(_:quotes: true)` leaves it as it is.
    static func isUntrimmedASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last else { return true }
            if trims(first, quotes: true) || trims(last, quotes: true) { return false }
            var high: UInt8 = 0
            for byte in bytes { high |= byte }
            return high < 0x80
        }
    }

    /// Whether a text holds a byte (searched with memchr, not byte by byte through a view).
    static func holds(_ byte: UInt8, _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }

    static func before(lastOf marker: String, in text: String) -> String {
        guard let cut = ByteSearch.lastOffset(of: marker, in: text) else { return text }
        var head = Substring(text.utf8.prefix(cut))
        while let last = head.last, " \t,(-".contains(last) { head = head.dropLast() }
        return trimmed(String(head))
    }

    /// A name cell without the note in brackets after it, as exports write a pupil with
    /// their form or year: "Olivia Hughes (7HU)", "Hughes, Olivia (Y7)".
    static func withoutTrailingNote(_ text: String) -> String {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex,
              text.distance(from: open, to: text.endIndex) <= 24 else { return text }
        return trimmed(String(text[..<open]))
    }

    /// Whether `trimmed` takes a byte off a text's ends: whitespace (and `"` when `quotes`).
    static func trims(_ byte: UInt8, quotes: Bool) -> Bool {
        // (With quotes, Markdown's emphasis too: "**Candidate:** Shaun McAteer".)
        byte == 0x20 || (0x09...0x0D).contains(byte) || (quotes && (byte == 0x22 || byte == 0x2A || byte == 0x5F))
    }

    /// `text` without leading and trailing whitespace (and `"` when `quotes`).
    static func trimmed(_ text: String, quotes: Bool = false) -> String {
        var utf8 = Substring(text).utf8
        func trims(_ byte: UInt8) -> Bool { CellText.trims(byte, quotes: quotes) }
        while true {
            if let first = utf8.first, trims(first) { utf8 = utf8.dropFirst(); continue }
            // U+00A0 no-break space (C2 A0), common in cells pasted from the web.
            if utf8.count >= 2, utf8.first == 0xC2, utf8[utf8.index(after: utf8.startIndex)] == 0xA0 {
                utf8 = utf8.dropFirst(2); continue
            }
            break
        }
        while true {
            if let last = utf8.last, trims(last) { utf8 = utf8.dropLast(); continue }
            if utf8.count >= 2, utf8.last == 0xA0, utf8[utf8.index(utf8.endIndex, offsetBy: -2)] == 0xC2 {
                utf8 = utf8.dropLast(2); continue
            }
            break
        }
        if utf8.count == text.utf8.count { return text }
        return String(Substring(utf8))
    }
}
