/// Turns a raw value into the form people may see: `AB •• •• •• C`.
public enum Redactor {
    static let dot = "•"

    public static func redact(_ value: String, style: Detector.Redaction) -> String {
        switch style {
        case .standard: return keep(value, first: 2, last: 1)
        case .last4: return keep(value, first: 0, last: 4)
        case .mask: return keep(value, first: 1, last: 0)
        case .email:
            guard let at = value.firstIndex(of: "@") else { return keep(value, first: 1, last: 0) }
            let local = value[..<at]
            return String(local.prefix(1)) + String(repeating: dot, count: max(3, min(local.count - 1, 8))) + value[at...]
        case .name:
            // (A name a line wraps, "Zofia\nWiśniewska", is shown on one line.)
            if value.utf8.contains(10) || value.utf8.contains(13) {
                return redact(value.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }).joined(separator: " "), style: style)
            }
            if value.utf8.allSatisfy({ $0 < 0x80 }) { return nameASCII(value) }
            return value.split(separator: " ").map { word in
                if PersonName.isTitle(word.lowercased()) { return String(word) } // "Mrs" says nothing about who
                return String(word.prefix(1)) + String(repeating: dot, count: max(2, min(word.count - 1, 8)))
            }.joined(separator: " ")
        }
    }

    /// `redact` for an ASCII value given as bytes (the common case: no String to build
    /// for the masking styles).
    static func redact(ascii bytes: [UInt8], style: Detector.Redaction) -> String {
        switch style {
        case .standard: return keepASCII(bytes, first: 2, last: 1)
        case .last4: return keepASCII(bytes, first: 0, last: 4)
        case .mask: return keepASCII(bytes, first: 1, last: 0)
        case .email, .name: return redact(String(decoding: bytes, as: UTF8.self), style: style)
        }
    }

    /// Keeps the first `first` and last `last` letters/digits, masks the others,
    /// keeps separators. Short values keep less, so that at least half is masked.
    static func keep(_ value: String, first: Int, last: Int) -> String {
        if value.utf8.allSatisfy({ $0 < 0x80 }) { return keepASCII(Array(value.utf8), first: first, last: last) }
        let characters = Array(value)
        let alnumCount = characters.filter { $0.isLetter || $0.isNumber }.count
        var first = first, last = last
        while first + last > 0 && (first + last) * 2 > alnumCount {
            if last > 0 && last >= first { last -= 1 } else { first -= 1 }
        }
        var seen = 0
        var out = ""
        for character in characters {
            if character.isLetter || character.isNumber {
                if seen < first || seen >= alnumCount - last { out.append(character) } else { out += dot }
                seen += 1
            } else {
                out.append(character)
            }
        }
        return out
    }

    /// The `.name` style for ASCII values, on bytes: each word keeps its first letter and
    /// shows 2 to 8 dots; titles are kept whole.
    static func nameASCII(_ value: String) -> String {
        var value = value
        return value.withUTF8 { bytes in
            // A word of n letters becomes its first and at most 8 dots of 3 bytes.
            String(unsafeUninitializedCapacity: bytes.count * (1 + 8 * dotBytes.count) + 1) { out in
                var count = 0, start = 0
                while start <= bytes.count {
                    var end = start
                    while end < bytes.count && bytes[end] != 32 { end += 1 }
                    if end > start {
                        if count > 0 { out[count] = 32; count += 1 }
                        let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                        if word.count <= longestTitle + 1,
                           PersonName.isTitle(String(decoding: word.map { (65...90).contains($0) ? $0 + 32 : $0 }, as: UTF8.self)) {
                            for byte in word { out[count] = byte; count += 1 }
                        } else {
                            out[count] = word[0]; count += 1
                            for _ in 0..<max(2, min(word.count - 1, 8)) {
                                for byte in dotBytes { out[count] = byte; count += 1 }
                            }
                        }
                    }
                    start = end + 1
                }
                return count
            }
        }
    }

    static let dotBytes = Array(dot.utf8)
    /// The longest title `PersonName.isTitle` knows (a longer word is none).
    static let longestTitle = PersonName.titles.map(\.utf8.count).max() ?? 0

    /// `keep` for ASCII values, on bytes, written straight into the String.
    static func keepASCII(_ bytes: [UInt8], first: Int, last: Int) -> String {
        var alnumCount = 0
        for byte in bytes where isAlnum(byte) { alnumCount += 1 }
        var first = first, last = last
        while first + last > 0 && (first + last) * 2 > alnumCount {
            if last > 0 && last >= first { last -= 1 } else { first -= 1 }
        }
        return String(unsafeUninitializedCapacity: bytes.count * 3) { out in
            var count = 0, seen = 0
            for byte in bytes {
                var masked = false
                if isAlnum(byte) {
                    masked = seen >= first && seen < alnumCount - last
                    seen += 1
                }
                if masked {
                    out[count] = 0xE2; out[count + 1] = 0x80; out[count + 2] = 0xA2 // •
                    count += 3
                } else {
                    out[count] = byte
                    count += 1
                }
            }
            return count
        }
    }
}
