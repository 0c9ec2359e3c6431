/// Which table cells look like a person's name (used only for columns whose header
/// names them: forename, surname, ...).
public enum PersonName {
    static let notNames: Set<String> = [
        "n/a", "na", "none", "unknown", "tbc", "tba", "yes", "no", "male", "female", "other", "test",
        "null", "nil", "not known", "not applicable", "withheld",
    ]

    public static func clean(_ text: String) -> String? {
        let trimmed = CellText.trimmed(text, quotes: true)
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
