import Foundation

/// A small, safe XML tokenizer for the text of Office, OpenDocument and HTML parts.
///
/// It never expands entities other than the five predefined ones and numeric character
/// references, skips any DOCTYPE (internal subset included) without reading it, so
/// external entities and "billion laughs" cannot happen by construction, and stops at
/// `maxDepth` nested elements. It is lenient: malformed markup ends the scan quietly
/// rather than failing, because a partly readable document should still be scanned.
struct XMLScanner {
    /// A start tag: its qualified name and the raw attribute text, parsed on demand.
    struct Tag {
        var name: XMLName
        var attributes: UnsafeRawBufferPointer
        var selfClosing: Bool

        /// The decoded value of an attribute by qualified name (`r`, `r:id`, `table:name`).
        func attribute(_ wanted: StaticString) -> String? {
            guard let raw = rawAttribute(wanted) else { return nil }
            if !raw.contains(38) { return String(decoding: raw, as: UTF8.self) } // no '&': nothing to decode
            var out: [UInt8] = []
            XMLScanner.appendDecoded(raw, to: &out)
            return String(decoding: out, as: UTF8.self)
        }

        /// A non-negative whole-number attribute (`r="12"`, `s="3"`), read without a String.
        func number(_ wanted: StaticString) -> Int? { XMLScanner.number(rawAttribute(wanted)) }

        /// An attribute's value as written in the markup (entities not decoded).
        func rawAttribute(_ wanted: StaticString) -> UnsafeRawBufferPointer? {
            let name = XMLName(stringLiteral: wanted)
            var found: UnsafeRawBufferPointer?
            forEachAttribute { attribute, value in
                if attribute == name { found = value; return false }
                return true
            }
            return found
        }

        /// Each attribute's name and raw value, in order, while `body` returns true.
        func forEachAttribute(_ body: (XMLName, UnsafeRawBufferPointer) -> Bool) {
            let bytes = attributes
            var index = 0
            while index < bytes.count {
                while index < bytes.count && isSpace(bytes[index]) { index += 1 }
                let nameStart = index
                while index < bytes.count && bytes[index] != 61 && !isSpace(bytes[index]) { index += 1 }
                let nameEnd = index
                while index < bytes.count && (isSpace(bytes[index]) || bytes[index] == 61) { index += 1 }
                guard index < bytes.count, bytes[index] == 34 || bytes[index] == 39 else { return }
                let quote = bytes[index]
                index += 1
                let valueStart = index
                while index < bytes.count && bytes[index] != quote { index += 1 }
                let valueEnd = min(index, bytes.count)
                index += 1
                guard body(XMLName(UnsafeRawBufferPointer(rebasing: bytes[nameStart..<nameEnd])),
                           UnsafeRawBufferPointer(rebasing: bytes[valueStart..<valueEnd])) else { return }
            }
        }
    }

    /// A non-negative whole number written in `raw`, if that is all it holds.
    static func number(_ raw: UnsafeRawBufferPointer?) -> Int? {
        guard let raw, !raw.isEmpty, raw.count <= 18 else { return nil }
        var value = 0
        for byte in raw {
            guard byte >= 48 && byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }

    enum Event {
        case start(Tag)
        case end(XMLName)
        /// Raw character data; `cdata` is already literal, otherwise decode with `appendDecoded`.
        case text(UnsafeRawBufferPointer, cdata: Bool)
    }

    let maxDepth: Int
    let budget: ExtractionBudget?
    /// Whether a comment's words are text (a web page's `<!-- consent: Mrs Llinos Pritchard,
    /// 27 Heol y Parc ... -->`, left by whoever made it): a reader of the source sees them.
    /// Off for documents' XML, whose comments no reader is shown.
    var commentsAreText = false

    /// Scans `bytes`, calling `handle` for each start tag, end tag and run of text.
    /// A self-closing tag produces `.start` (with `selfClosing`) and then `.end`.
    func scan(_ bytes: UnsafeRawBufferPointer, handle: (Event) throws -> Void) throws {
        var index = 0
        var depth = 0
        let count = bytes.count
        var steps = 0
        while index < count {
            steps += 1
            if steps & 0xFFFF == 0 { try budget?.checkTime() }
            if bytes[index] != 60 { // text up to the next '<'
                let start = index
                while index < count && bytes[index] != 60 { index += 1 }
                try handle(.text(UnsafeRawBufferPointer(rebasing: bytes[start..<index]), cdata: false))
                continue
            }
            // Markup.
            guard index + 1 < count else { return }
            let next = bytes[index + 1]
            if next == 33 { // <!
                if matches(bytes, at: index, "<!--") {
                    guard let end = find(bytes, "-->", from: index + 4) else { return }
                    // (Literal, as CDATA is: a comment's "&" is no entity.)
                    if commentsAreText, end > index + 4 { try handle(.text(UnsafeRawBufferPointer(rebasing: bytes[(index + 4)..<end]), cdata: true)) }
                    index = end + 3
                } else if matches(bytes, at: index, "<![CDATA[") {
                    guard let end = find(bytes, "]]>", from: index + 9) else { return }
                    try handle(.text(UnsafeRawBufferPointer(rebasing: bytes[(index + 9)..<end]), cdata: true))
                    index = end + 3
                } else {
                    // DOCTYPE or other declaration: skipped, internal subset and all.
                    var bracket = 0
                    index += 2
                    while index < count {
                        let byte = bytes[index]
                        if byte == 91 { bracket += 1 } else if byte == 93 { bracket -= 1 } else if byte == 62 && bracket <= 0 { break }
                        index += 1
                    }
                    index += 1
                }
                continue
            }
            if next == 63 { // <? ... ?>
                guard let end = find(bytes, "?>", from: index + 2) else { return }
                index = end + 2
                continue
            }
            // Find the end of the tag, honouring quotes.
            var end = index + 1
            var quote: UInt8 = 0
            while end < count {
                let byte = bytes[end]
                if quote != 0 { if byte == quote { quote = 0 } } else if byte == 34 || byte == 39 { quote = byte } else if byte == 62 { break }
                end += 1
            }
            guard end < count else { return }
            if next == 47 { // </name>
                var nameEnd = index + 2
                while nameEnd < end && !isSpace(bytes[nameEnd]) { nameEnd += 1 }
                depth -= 1
                try handle(.end(XMLName(UnsafeRawBufferPointer(rebasing: bytes[(index + 2)..<nameEnd]))))
                index = end + 1
                continue
            }
            let selfClosing = bytes[end - 1] == 47
            let tagEnd = selfClosing ? end - 1 : end
            var nameEnd = index + 1
            while nameEnd < tagEnd && !isSpace(bytes[nameEnd]) { nameEnd += 1 }
            let name = XMLName(UnsafeRawBufferPointer(rebasing: bytes[(index + 1)..<nameEnd]))
            let tag = Tag(name: name, attributes: UnsafeRawBufferPointer(rebasing: bytes[nameEnd..<tagEnd]), selfClosing: selfClosing)
            if !selfClosing {
                depth += 1
                if depth > maxDepth { throw LimitExceeded(reason: "XML nested deeper than \(maxDepth) elements (limit)") }
            }
            try handle(.start(tag))
            if selfClosing { try handle(.end(name)) }
            index = end + 1
        }
    }

    // MARK: Entities

    /// Appends `raw` with the predefined entities and character references decoded; any
    /// other entity is kept literally (it is never looked up).
    static func appendDecoded(_ raw: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        var index = 0
        let count = raw.count
        while index < count {
            // Plain text up to the next '&' in one copy.
            var next = index
            while next < count && raw[next] != 38 { next += 1 }
            if next > index { out.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[index..<next])) }
            if next == count { return }
            index = next
            let byte = raw[index]
            var end = index + 1
            while end < count && end - index < 12 && raw[end] != 59 { end += 1 }
            guard end < count, raw[end] == 59 else { out.append(byte); index += 1; continue }
            let name = Array(raw[(index + 1)..<end])
            if let scalar = entity(name) {
                appendScalar(scalar, to: &out)
                index = end + 1
            } else {
                out.append(byte)
                index += 1
            }
        }
    }

    static let named: [String: UInt32] = [
        "amp": 38, "lt": 60, "gt": 62, "quot": 34, "apos": 39, "nbsp": 0x20, // a plain space, so keywords match
        "pound": 0xA3, "euro": 0x20AC,
        "copy": 0xA9, "reg": 0xAE, "ndash": 0x2013, "mdash": 0x2014, "lsquo": 0x2018, "rsquo": 0x2019,
        "ldquo": 0x201C, "rdquo": 0x201D, "hellip": 0x2026, "eacute": 0xE9, "egrave": 0xE8, "bull": 0x2022,
    ]

    static func entity(_ name: [UInt8]) -> UInt32? {
        guard let first = name.first else { return nil }
        if first == 35 { // #
            var digits = name.dropFirst()
            var radix: UInt32 = 10
            if let x = digits.first, x == 120 || x == 88 { radix = 16; digits = digits.dropFirst() }
            guard !digits.isEmpty, digits.count <= 8 else { return nil }
            var value: UInt32 = 0
            for digit in digits {
                let d: UInt32
                switch digit {
                case 48...57: d = UInt32(digit - 48)
                case 97...102 where radix == 16: d = UInt32(digit - 87)
                case 65...70 where radix == 16: d = UInt32(digit - 55)
                default: return nil
                }
                value = value &* radix &+ d
            }
            guard value > 0, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return 0xFFFD }
            return value
        }
        return named[String(decoding: name, as: UTF8.self)]
    }

    /// UTF-8 for `scalar`; anything that is not a Unicode scalar value (a surrogate, or
    /// above U+10FFFF, as a hostile `&#x7FFFFFFF;` or RTF `\u3333333333` gives) becomes U+FFFD.
    static func appendScalar(_ scalar: UInt32, to out: inout [UInt8]) {
        let scalar = scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) ? 0xFFFD : scalar
        switch scalar {
        case 0..<0x80: out.append(UInt8(scalar))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | scalar >> 6)); out.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | scalar >> 12)); out.append(UInt8(0x80 | (scalar >> 6) & 0x3F))
            out.append(UInt8(0x80 | scalar & 0x3F))
        default:
            out.append(UInt8(0xF0 | scalar >> 18)); out.append(UInt8(0x80 | (scalar >> 12) & 0x3F))
            out.append(UInt8(0x80 | (scalar >> 6) & 0x3F)); out.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}

@inline(__always) func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 }

/// The text of `bytes` (UTF-8) without the white space around it.
func trimmedText(_ bytes: ArraySlice<UInt8>) -> String {
    var value = bytes
    while let first = value.first, isSpace(first) { value.removeFirst() }
    while let last = value.last, isSpace(last) { value.removeLast() }
    return String(decoding: value, as: UTF8.self)
}

func matches(_ bytes: UnsafeRawBufferPointer, at index: Int, _ literal: StaticString) -> Bool {
    let length = literal.utf8CodeUnitCount
    guard index + length <= bytes.count else { return false }
    let pointer = literal.utf8Start
    for offset in 0..<length where bytes[index + offset] != pointer[offset] { return false }
    return true
}

func find(_ bytes: UnsafeRawBufferPointer, _ literal: StaticString, from: Int) -> Int? {
    let length = literal.utf8CodeUnitCount
    guard length > 0, bytes.count >= length else { return nil }
    let first = literal.utf8Start[0]
    var index = from
    while index + length <= bytes.count {
        if bytes[index] == first && matches(bytes, at: index, literal) { return index }
        index += 1
    }
    return nil
}

/// A qualified name in markup (`w:t`) as the part's own bytes, so that comparing it with a
/// literal (`case "w:t":`) makes no String: a String per tag was most of reading a sheet.
/// It points into the scanned bytes and is valid only inside the `scan` callback.
struct XMLName: Equatable, ExpressibleByStringLiteral, CustomStringConvertible {
    let bytes: UnsafeRawBufferPointer

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    init(stringLiteral literal: StaticString) {
        if literal.hasPointerRepresentation {
            bytes = UnsafeRawBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
        } else { // a one-character literal can come as a scalar, with no bytes to point at
            let scalar = literal.unicodeScalar.value
            bytes = scalar < 128 ? UnsafeRawBufferPointer(rebasing: XMLName.ascii[Int(scalar)..<Int(scalar) + 1])
                                 : UnsafeRawBufferPointer(start: nil, count: 0)
        }
    }

    /// One byte for each ASCII character, for one-character literals.
    private static let ascii: UnsafeRawBufferPointer = {
        let table = UnsafeMutableRawBufferPointer.allocate(byteCount: 128, alignment: 1)
        for byte in 0..<128 { table[byte] = UInt8(byte) }
        return UnsafeRawBufferPointer(table)
    }()

    static func == (a: XMLName, b: XMLName) -> Bool {
        guard a.bytes.count == b.bytes.count else { return false }
        guard let left = a.bytes.baseAddress, let right = b.bytes.baseAddress else { return true }
        return memcmp(left, right, a.bytes.count) == 0
    }

    /// The local part: `w:t` -> `t`.
    var local: XMLName {
        guard let colon = bytes.lastIndex(of: 58) else { return self }
        return XMLName(UnsafeRawBufferPointer(rebasing: bytes[(colon + 1)...]))
    }

    var description: String { String(decoding: bytes, as: UTF8.self) }

    func lowercased() -> String { description.lowercased() }
}

/// The local part of a qualified name: `w:t` -> `t`.
func localName(_ name: XMLName) -> XMLName { name.local }
