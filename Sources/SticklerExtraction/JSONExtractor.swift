import SticklerCore

/// Text from JSON: one line per scalar value, `key: value`, with string escapes decoded
/// (`\u00e9`, surrogate pairs) and keys made readable (`nhs_number`, `nhsNumber` ->
/// `nhs number`) so they give context to their value as a label would. A key whose value
/// is an object or an array that is not empty is a heading line of its own (`mother:`,
/// `example:`) before what it holds, and an array's scalars each carry the array's key
/// (`phones: ...`). Lenient: at the first syntax error the rest is appended as it is.
/// Nesting is bounded. Nil when the text is no JSON at all though it begins like JSON (a chat
/// export's "[12/03/2025, 21:40] Sarah Hughes: ..."): a bare word that is no number, true,
/// false or null.
enum JSONExtractor {
    /// The keys of a name's parts in an object of its own, in either case ("given", "Family").
    static let namePartKeys = bothCases(["given", "family", "first", "last", "middle", "preferred", "legal"])

    /// Keys as an export writes them, in small letters or capitalised ("given", "Given").
    static func bothCases(_ keys: [String]) -> Set<[UInt8]> {
        Set(keys.flatMap { [Array($0.utf8), Array($0.prefix(1).uppercased().utf8) + Array($0.dropFirst().utf8)] })
    }

    /// The bare words JSON (and some writers) allow besides numbers.
    static let words: Set<[UInt8]> = Set(["true", "false", "null", "NaN", "Infinity", "-Infinity"].map { Array($0.utf8) })
    static let nameKey = Array("name".utf8)
    static let givenOrFamily = bothCases(["given", "family"])
    /// And a record's "first" and "last" ("First", "Last"), but for a day's, a month's, a term's or
    /// a section's word: a forest school's export, `{"id": "C1042", "first": "Anika", "last":
    /// "Raghunathan"}` (round 2084's), not a timetable's `{"first": "Monday", "last": "Friday"}`.
    static let firstOrLast = bothCases(["first", "last"])
    static let notFirstOrLast: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                              "january", "february", "march", "april", "may", "june", "july", "august",
                                              "september", "october", "november", "december", "spring", "summer", "autumn",
                                              "winter", "term", "week", "page", "lesson", "period", "session", "introduction",
                                              "summary", "start", "end", "none", "unknown", "first", "last", "next", "previous",
                                              "name", "surname", "forename", "initial", "title", "chapter", "section", "unit"]

    /// A value a person's name could be: a capital first, then letters (any script), spaces,
    /// hyphens and apostrophes, 2 to 40 bytes.
    static func nameShaped(_ value: [UInt8]) -> Bool {
        guard (2...40).contains(value.count), let first = value.first, (65...90).contains(first) || first >= 0xC0 else { return false }
        return value.allSatisfy { (65...90).contains($0) || (97...122).contains($0) || $0 >= 0x80 || $0 == 32 || $0 == 45 || $0 == 39 }
    }

    /// `embedded`: a value inside a script (a saved web page's `window.__STATE__ = {...};`):
    /// read up to the end of the first value, and at anything that is no JSON (a script's
    /// code, an object's unquoted keys) stop with what was read.
    static func text(_ bytes: UnsafeRawBufferPointer, maxDepth: Int, limit: Int, embedded: Bool = false) throws -> [UInt8]? {
        var lines = LocationMap(.lines)
        return try text(bytes, maxDepth: maxDepth, limit: limit, embedded: embedded, lines: &lines)
    }

    /// As `text`, with `lines` given each output line's line in the file (1-based), so that a
    /// finding is reported where the file holds it, not where the text made of it does.
    static func text(_ bytes: UnsafeRawBufferPointer, maxDepth: Int, limit: Int, embedded: Bool = false,
                     lines: inout LocationMap) throws -> [UInt8]? {
        var out: [UInt8] = []
        // The file's line at `index`, counted on as the reading goes.
        // (A line is recorded only where it changes: a minified file is one entry.)
        var line = 1, counted = 0, recorded = 0
        var index = 0
        var depth = 0
        var key: [UInt8]? = nil
        var labels: [[UInt8]: [UInt8]] = [:] // key -> its readable label (`FieldName.readable`)
        // Per open container: whether it is an object (its strings alternate keys and values),
        // and for an array the key it is the value of, which its scalars carry; and the kind of
        // thing that key names (`ThingNames`), whose `name` an object in it or under it holds
        // (found once per array, not once per record).
        // (And whether an object is a name's parts: `"name": {"given": "Amara", "family": "Okafor"}`,
        // whose keys read "given name" and "family name", as a form's labels do.)
        var containers: [(object: Bool, key: [UInt8]?, thing: [UInt8]?, nameParts: Bool)] = []
        let count = bytes.count
        func skipSpace() { while index < count, isSpace(bytes[index]) || bytes[index] == 44 || bytes[index] == 58 { index += 1 } }
        func string() -> [UInt8] {
            var value: [UInt8] = []
            index += 1
            while index < count && bytes[index] != 34 {
                var byte = bytes[index]
                if byte == 92, index + 1 < count {
                    index += 1
                    byte = bytes[index]
                    switch byte {
                    case 110: value.append(10)
                    case 116: value.append(9)
                    case 114, 98, 102: value.append(32)
                    case 117:
                        var scalar = hex4(index + 1)
                        index += 4
                        if (0xD800...0xDBFF).contains(scalar), index + 6 < count, bytes[index + 1] == 92, bytes[index + 2] == 117 {
                            let low = hex4(index + 3)
                            if (0xDC00...0xDFFF).contains(low) {
                                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                                index += 6
                            }
                        }
                        if (0xD800...0xDFFF).contains(scalar) { scalar = 0xFFFD }
                        XMLScanner.appendScalar(scalar, to: &value)
                    default: value.append(byte)
                    }
                    index += 1
                    continue
                }
                value.append(byte)
                index += 1
            }
            index += 1
            return value
        }
        func hex4(_ at: Int) -> UInt32 {
            guard at + 4 <= count else { return 0xFFFD }
            return UInt32(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[at..<(at + 4)]), as: UTF8.self), radix: 16) ?? 0xFFFD
        }
        func emit(_ value: [UInt8]) {
            guard out.count < limit else { return }
            while counted < min(index, count) {
                if bytes[counted] == 10 { line += 1 }
                counted += 1
            }
            if line != recorded {
                lines.add(offset: out.count, line: line)
                recorded = line
            }
            if key == nil, let container = containers.last, !container.object { key = container.key }
            if let key {
                // "activities": [{"name": "Giant Swing"}]: an activity's name, no person's.
                if key == Self.nameKey, let thing = containers.last?.thing { out += thing + [32] }
                // (Or a record's own "given" and "family" whose value is a name's shape, capitalised
                // letters: a survey export's {"upn": ..., "given": "Léa", "family": "Marchetti-Dubois"},
                // round 2051's; not "given": "2024".)
                if containers.last?.nameParts == true && Self.namePartKeys.contains(key)
                    || Self.givenOrFamily.contains(key) && Self.nameShaped(value)
                    || Self.firstOrLast.contains(key) && Self.nameShaped(value)
                        && !Self.notFirstOrLast.contains(String(decoding: value.prefix { $0 != 32 }, as: UTF8.self).lowercased()) {
                    out += key.map { (65...90).contains($0) ? $0 + 32 : $0 } + Array(" name".utf8)
                } else if let label = labels[key] { // an export repeats a few keys in every record: each label made once
                    out += label
                } else {
                    // (An acronym in capitals stays so: a flag's "CIN", "CLA" or "LAC" is a keyword only
                    // as written, "cin" in small letters being part of other words; round 750's export.)
                    let acronym = (2...5).contains(key.count) && key.allSatisfy { (65...90).contains($0) }
                    let label = acronym ? key : Array(FieldName.readable(String(decoding: key, as: UTF8.self)).lowercased().utf8)
                    if labels.count < 4_096 { labels[key] = label }
                    out += label
                }
                out += [58, 32]
            }
            out += value
            out.append(10)
            key = nil
        }
        while index < count {
            skipSpace()
            guard index < count else { break }
            let byte = bytes[index]
            switch byte {
            case 123, 91: // { [
                depth += 1
                if depth > maxDepth { throw LimitExceeded(reason: "JSON nested deeper than \(maxDepth) levels (limit)") }
                let heading = key
                if heading != nil && !closesAtOnce() { emit([]) } // no heading over an empty `[]`
                // (An array in an array carries the outer one's key.)
                let outer = containers.last.flatMap { $0.object ? nil : $0 }
                let thing = heading.map { heading in
                    ThingNames.kind(ofCollection: FieldName.readable(String(decoding: heading, as: UTF8.self))).map { Array($0.utf8) }
                } ?? outer?.thing
                let nameParts = byte == 123 && heading.map { heading in
                    let readable = FieldName.readable(String(decoding: heading, as: UTF8.self)).lowercased()
                    return readable == "name" || readable.hasSuffix(" name")
                } ?? false
                containers.append((object: byte == 123, key: byte == 91 ? heading ?? outer?.key : nil, thing: thing, nameParts: nameParts))
                key = nil
                index += 1
            case 125, 93:
                depth -= 1
                if !containers.isEmpty { containers.removeLast() }
                index += 1
                if embedded && depth <= 0 { return out }
            case 34:
                let value = string()
                if containers.last?.object == true && key == nil && index < count && nextIsColon() {
                    key = value
                } else {
                    emit(value)
                }
            default:
                let start = index
                while index < count, !isSpace(bytes[index]), ![44, 125, 93, 58].contains(bytes[index]) { index += 1 }
                if index == start { // not JSON after all: keep the rest as text
                    if embedded { return out }
                    out += bytes[start..<min(count, start + max(0, limit - out.count))]
                    return out
                }
                let token = Array(bytes[start..<index])
                guard isLiteral(token) else { return embedded ? out : nil }
                emit(token)
            }
        }
        return out

        /// A number, true, false or null (and the NaN and Infinity some writers emit).
        func isLiteral(_ token: [UInt8]) -> Bool {
            if let first = token.first, first == 45 || (48...57).contains(first) {
                if token.allSatisfy({ (48...57).contains($0) || $0 == 45 || $0 == 43 || $0 == 46 || $0 == 101 || $0 == 69 }) { return true }
            }
            return Self.words.contains(token)
        }

        /// Whether the container opened at `index` is empty.
        func closesAtOnce() -> Bool {
            var look = index + 1
            while look < count && isSpace(bytes[look]) { look += 1 }
            return look < count && (bytes[look] == 93 || bytes[look] == 125)
        }

        func nextIsColon() -> Bool {
            var look = index
            while look < count && isSpace(bytes[look]) { look += 1 }
            return look < count && bytes[look] == 58
        }
    }
}
