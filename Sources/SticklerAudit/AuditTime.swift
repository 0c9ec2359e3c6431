import Foundation

/// Times in the store are UTC text `2026-11-23T11:50:43Z`, so that they sort and group
/// (by `substr(time, 1, 7)` for months) as text. Dates on the command line are days.
public enum AuditTime {
    static func formatter(_ format: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = format
        return formatter
    }

    /// `2026-11-23T11:50:43Z`.
    public static func string(_ date: Date) -> String {
        formatter("yyyy-MM-dd'T'HH:mm:ss'Z'").string(from: date)
    }

    /// `2026-11-23`.
    public static func day(_ date: Date) -> String {
        formatter("yyyy-MM-dd").string(from: date)
    }

    /// Midnight UTC at the start of `text` (`YYYY-MM-DD`).
    public static func parseDay(_ text: String) throws -> Date {
        guard text.count == 10, let date = formatter("yyyy-MM-dd").date(from: text) else { throw AuditError.badDate(text) }
        return date
    }

    /// Parses a stored time back.
    public static func parse(_ text: String) -> Date? {
        formatter("yyyy-MM-dd'T'HH:mm:ss'Z'").date(from: text)
    }
}
