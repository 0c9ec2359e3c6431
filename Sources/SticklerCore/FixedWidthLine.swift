/// A line of a report printed to text with its columns aligned by spaces:
///
///     Surname          Forename       DOB         UPN
///     Abbott           Harry          14/02/2015  A823201510004
///
/// Its fields are runs of text two spaces or more (or a tab) apart; where the columns are
/// known, a field also begins at a column's place after a single space (a value that fills
/// its column). Places are counted in characters, so that an accented name ("Zoë") does not
/// shift the fields after it.
public enum FixedWidthLine {
    /// The delimiter a table read by its columns' places is given (a space: no delimiter).
    public static let delimiter: UInt8 = 32

    public struct Field: Equatable, Sendable {
        /// Byte offsets in the line.
        public var from: Int
        public var to: Int
        /// The place (in characters) where the field begins.
        public var place: Int
    }

    /// The fields of `line` (no line end in it). `columns`: the places where the header's
    /// titles begin, if known.
    public static func fields(_ line: UnsafeRawBufferPointer, columns: [Int] = []) -> [Field] {
        var fields: [Field] = []
        var place = 0, gap = 0, separated = true
        for index in line.indices {
            let byte = line[index]
            if byte & 0xC0 == 0x80 { continue } // a continuation byte: the same character
            defer { place += 1 }
            if byte == 32 || byte == 9 {
                gap += 1
                if byte == 9 || gap >= 2 { separated = true }
                continue
            }
            // A field begins after a separation, or at a column's place after a space.
            if fields.isEmpty || separated || (gap == 1 && columns.contains(place)) {
                fields.append(Field(from: index, to: index + 1, place: place))
            }
            fields[fields.count - 1].to = index + 1
            gap = 0
            separated = false
        }
        // A field's last character may be a multi-byte one: end it after its continuation bytes.
        for index in fields.indices {
            var to = fields[index].to
            while to < line.count && line[to] & 0xC0 == 0x80 { to += 1 }
            fields[index].to = to
        }
        return fields
    }

    public static func fields(_ line: [UInt8], columns: [Int] = []) -> [Field] {
        line.withUnsafeBytes { fields($0, columns: columns) }
    }

    /// The places where the fields of `line` begin.
    public static func fieldStarts(_ line: [UInt8]) -> [Int] {
        fields(line).map(\.place)
    }

    /// Whether the line reads as a header of titles: every field does (`readsAsTitle`).
    public static func isTitleLine(_ line: [UInt8]) -> Bool {
        line.withUnsafeBytes { bytes in
            fields(bytes).allSatisfy { field in readsAsTitle(bytes[field.from..<field.to]) }
        }
    }

    /// A title holds a letter (or is a sign, "%", "#") and is no long number or date.
    public static func readsAsTitle<Text: Collection>(_ text: Text) -> Bool where Text.Element == UInt8 {
        let digits = text.filter { $0 >= 48 && $0 <= 57 }.count
        if text.count <= 2 && digits == 0 { return true }
        return text.contains { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 || $0 >= 0xC3 } && digits < 4
    }

    public static func readsAsTitle(_ text: String) -> Bool { readsAsTitle(text.utf8) }

    /// Whether a line whose fields begin at `places` lines up under one whose fields begin at
    /// `titles`: two fields at least, and three in five, begin where a title does (give or
    /// take a character).
    public static func aligned(_ places: [Int], under titles: [Int]) -> Bool {
        let matching = places.filter { place in titles.contains { abs($0 - place) <= 1 } }.count
        return matching >= 2 && matching * 5 >= places.count * 3
    }

    /// Whether a line's fields (four at least) all begin where a word of the header does, its
    /// titles one space apart where they fill their columns ("SEX DOB", "SEN PRIMARY SECOND
    /// FSM" over "F   2012-11-09 E   PMLD    PD     Y": a SIMS census extract, round 658's).
    public static func alignedToWords(_ places: [Int], under words: [Int]) -> Bool {
        places.count >= 4 && places.allSatisfy { place in words.contains { abs($0 - place) <= 1 } }
    }

    /// Whether a line's fields begin, four in five of them and three at least, where a title or
    /// a word of the header does: a report whose titles stand one space apart where they fill
    /// their columns ("S POSTCODE CRIT", "DIST_M RESULT CONTACT") over rows whose short values
    /// leave two spaces ("SE6 1QA  C2 SIB     2409 OFFER  07931 226 418": round 671's offer run).
    public static func alignedUnderWords(_ places: [Int], titles: [Int], words: [Int]) -> Bool {
        let matching = places.filter { place in
            titles.contains { abs($0 - place) <= 1 } || words.contains { abs($0 - place) <= 1 }
        }.count
        return matching >= 3 && matching * 5 >= places.count * 4
    }

    /// The places (in characters) where the words of a line begin, after any space.
    public static func wordStarts(_ line: [UInt8]) -> [Int] {
        var starts: [Int] = [], place = 0, previous: UInt8 = 32
        for byte in line where byte & 0xC0 != 0x80 {
            if byte != 32 && byte != 9 && (previous == 32 || previous == 9) { starts.append(place) }
            previous = byte
            place += 1
        }
        return starts
    }

    /// The column of a field beginning at `place`, given the places where the columns begin
    /// (a right-aligned figure may begin a character before its title).
    public static func column(at place: Int, columns: [Int]) -> Int {
        var column = 0
        for (index, start) in columns.enumerated() where start <= place + 1 { column = index }
        return column
    }
}
