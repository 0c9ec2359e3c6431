/// A calendar date as written in UK documents: `dd/mm/yyyy`, `dd-mm-yy`, `dd.mm.yyyy`,
/// `yyyy-mm-dd`, `d Month yyyy` (month names in English). Valid when the day exists in
/// that month and the year is 1900-2099 (two-digit years are accepted).
public enum DateValue {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    public static func components(_ value: [UInt8]) -> (day: Int, month: Int, year: Int)? {
        let text = String(decoding: value, as: UTF8.self).lowercased()
        let parts = text.split(whereSeparator: { " /-.,".contains($0) }).map(String.init)
        guard parts.count == 3 else { return nil }
        if let year = Int(parts[0]), parts[0].count == 4, let month = Int(parts[1]), let day = Int(parts[2]) {
            return (day, month, year)
        }
        guard let day = Int(parts[0].filter(\.isNumber)) else { return nil }
        var month = Int(parts[1])
        if month == nil, let index = months.firstIndex(where: { parts[1].hasPrefix($0) }) { month = index + 1 }
        guard let month, var year = Int(parts[2]) else { return nil }
        if parts[2].count == 2 { year += year > 30 ? 1900 : 2000 }
        return (day, month, year)
    }

    public static func isValid(_ value: [UInt8]) -> Bool {
        guard let date = components(value) else { return false }
        guard (1900...2099).contains(date.year), (1...12).contains(date.month) else { return false }
        let leap = date.year % 4 == 0 && (date.year % 100 != 0 || date.year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][date.month - 1]
        return (1...days).contains(date.day)
    }
}
