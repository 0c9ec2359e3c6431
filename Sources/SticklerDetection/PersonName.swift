/// Which table cells look like a person's name (used only for columns whose header
/// names them: forename, surname, ...).
public enum PersonName {
    static let notNames: Set<String> = [
        "n/a", "na", "none", "unknown", "tbc", "tba", "yes", "no", "male", "female", "other", "test",
        "null", "nil", "not known", "not applicable", "withheld",
    ]

    public static func clean(_ text: String) -> String? {
        let trimmed = CellText.trimmed(text, quotes: true)
        if trimmed.utf8.allSatisfy({ $0 < 0x80 }) { return cleanASCII(trimmed) }
        guard (2...48).contains(trimmed.count), let first = trimmed.first, first.isUppercase else { return nil }
        guard !notNames.contains(trimmed.lowercased()) else { return nil }
        var letters = 0
        for character in trimmed {
            if character.isLetter { letters += 1; continue }
            if " -'’.".contains(character) { continue }
            return nil
        }
        return letters >= 2 ? trimmed : nil
    }

    /// `clean` for an ASCII cell (most are), on its bytes: no Unicode properties to look up.
    static func cleanASCII(_ trimmed: String) -> String? {
        let bytes = trimmed.utf8
        guard (2...48).contains(bytes.count), let first = bytes.first, isUpper(first) else { return nil }
        var letters = 0
        for byte in bytes {
            switch byte {
            case 65...90, 97...122: letters += 1
            case 32, 45, 39, 46: continue // space - ' .
            default: return nil
            }
        }
        guard letters >= 2, !notNames.contains(trimmed.lowercased()) else { return nil }
        return trimmed
    }
}

import Foundation

/// A table cell that can be a line of a home address: 3 to 120 characters with at least
/// two letters, not a placeholder.
public enum AddressCell {
    public static func isValid(_ bytes: [UInt8]) -> Bool {
        let text = CellText.trimmed(String(decoding: bytes, as: UTF8.self))
        guard (3...120).contains(text.count), text.filter(\.isLetter).count >= 2 else { return false }
        return !PersonName.notNames.contains(text.lowercased())
    }
}
