import Foundation

/// A calendar date as written in UK documents: `dd/mm/yyyy`, `dd-mm-yy`, `dd.mm.yyyy`,
/// `yyyy-mm-dd`, `d Month yyyy` (month names in English). Valid when the day exists in
/// that month and the year is 1900-2099 (two-digit years are accepted).
public enum DateValue {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    /// The Welsh months' first three letters (Ionawr, Chwefror, Mawrth, ..., Rhagfyr).
    static let welshMonths = ["ion", "chw", "maw", "ebr", "mai", "meh", "gor", "aws", "med", "hyd", "tac", "rha"]
    /// Scottish Gaelic's (am Faoilleach, an Gearran, am Màrt, ..., an Dùbhlachd), with and
    /// without their accents, as the first three bytes of each in small letters.
    static let gaelicMonths: [[[UInt8]]] = [["fao"], ["gea"], ["m\u{E0}", "mar"], ["gib"], ["c\u{E8}", "cei"], ["\u{F2}g", "ogm"],
                                            ["iuc"], ["l\u{F9}", "lun"], ["sul"], ["d\u{E0}", "dam"], ["sam"], ["d\u{F9}", "dub"]]
        .map { $0.map { Array(Array($0.utf8).prefix(3)) } }
    /// Gaelic's article before a month's name ("an", "am", and "t-" as a separate part).
    static let gaelicArticles: [[UInt8]] = ["an", "am", "t"].map { Array($0.utf8) }

    public static func components(_ value: [UInt8]) -> (day: Int, month: Int, year: Int)? {
        // Three parts between separators, read on bytes (a date is checked for every
        // candidate, so no strings are made).
        var parts: [Range<Int>] = []
        var index = 0
        while index < value.count {
            while index < value.count && isSeparator(value[index]) { index += 1 }
            let start = index
            while index < value.count && !isSeparator(value[index]) { index += 1 }
            if index > start {
                if parts.count == 5 { return nil }
                parts.append(start..<index)
            }
        }
        // A Gaelic month's article ("4 an t-Samhain 2016", "12 am Màrt 2015"): left out.
        if parts.count > 3 {
            parts.removeAll { part in
                gaelicArticles.contains(value[part].map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 })
            }
        }
        guard parts.count == 3 else { return nil }
        if parts[0].count == 4, let year = number(value[parts[0]]), let month = number(value[parts[1]]),
           let day = number(value[parts[2]]) {
            return (day, month, year)
        }
        // "March 14, 2012": the month first.
        let monthFirst = monthNumber(value[parts[0]]) != nil
        let (dayPart, monthPart) = monthFirst ? (parts[1], parts[0]) : (parts[0], parts[1])
        guard let day = number(value[dayPart].filter { $0 >= 48 && $0 <= 57 }[...]) else { return nil }
        let month = number(value[monthPart]) ?? monthNumber(value[monthPart])
        guard let month, var year = number(value[parts[2]]) else { return nil }
        if parts[2].count == 2 { year += year > 30 ? 1900 : 2000 }
        return (day, month, year)
    }

    /// 1-12 for a month's name or its first three letters or more ("Mar", "March", "Sept").
    static func monthNumber(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard bytes.count >= 3 else { return nil }
        let name = bytes.prefix(3).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        let ascii = months.firstIndex(where: { Array($0.utf8) == name }) ?? welshMonths.firstIndex(where: { Array($0.utf8) == name })
        return (ascii ?? gaelicMonths.firstIndex(where: { $0.contains(lowerFirst(bytes)) })).map { $0 + 1 }
    }

    /// The first three bytes in small letters, an accented capital's too ("Ògmhios": "òg").
    static func lowerFirst(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var lower = Array(bytes.prefix(3))
        for index in lower.indices where lower[index] >= 65 && lower[index] <= 90 { lower[index] += 32 }
        if lower.count == 3, lower[0] == 0xC3, (0x80...0x9E).contains(lower[1]) { lower[1] += 0x20 }
        return lower
    }

    @inline(__always) static func isSeparator(_ byte: UInt8) -> Bool {
        byte == 32 || byte == 47 || byte == 45 || byte == 46 || byte == 44 // space / - . ,
    }

    /// The decimal number the bytes spell, or nil unless they are 1-9 ASCII digits.
    static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 9 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= 48 && byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }

    /// The years a pupil's, a parent's or a member of staff's birth falls in: a history
    /// scheme of work's "Roald Dahl (born 13 September 1916)" is no one's personal data.
    static let birthYears = 1930...Calendar(identifier: .gregorian).component(.year, from: Date())

    /// A valid date in `birthYears`.
    public static func isBirthDate(_ value: [UInt8]) -> Bool {
        guard let date = components(value), birthYears.contains(date.year) else { return false }
        // (One separator throughout: "01/09-31" is a census header's range of days, "Born
        // 01/09-31/08".)
        if let first = value.first(where: { $0 == 47 || $0 == 45 || $0 == 46 }),
           value.contains(where: { ($0 == 47 || $0 == 45 || $0 == 46) && $0 != first }), !value.contains(where: isLetter) { return false }
        if exists(day: date.day, month: date.month, year: date.year) { return true }
        // "DOB: 03/14/2013", an American form's month first: only where the day cannot be
        // the month, and in figures ("14 March" reads one way).
        return date.month > 12 && date.day <= 12 && value.allSatisfy { $0 < 65 } && value.prefix(3).contains { !isDigit($0) }
            && exists(day: date.month, month: date.day, year: date.year)
    }

    /// A date of birth written as eight figures, as an MIS export's DOB column may hold it:
    /// "20140312" (year first) or "12032014" (day first), in `birthYears`. Read only under a
    /// date-of-birth column's title: eight figures alone are order numbers and barcodes.
    public static func isCompactBirthDate(_ value: [UInt8]) -> Bool {
        let figures = value.filter { $0 != 32 && $0 != 34 }
        guard figures.count == 8, figures.allSatisfy(isDigit), let whole = number(figures[...]) else { return false }
        let (first, middle, last) = (whole / 10_000, whole / 100 % 100, whole % 100)
        if birthYears.contains(first), exists(day: last, month: middle, year: first) { return true }
        let (day, month, year) = (whole / 1_000_000, whole / 10_000 % 100, whole % 10_000)
        return birthYears.contains(year) && exists(day: day, month: month, year: year)
    }

    public static func isValid(_ value: [UInt8]) -> Bool {
        guard let date = components(value), (1900...2099).contains(date.year) else { return false }
        return exists(day: date.day, month: date.month, year: date.year)
    }

    /// Whether the day is in the calendar (29 February only in leap years).
    static func exists(day: Int, month: Int, year: Int) -> Bool {
        guard (1...12).contains(month) else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }
}
