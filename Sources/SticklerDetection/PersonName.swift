/// Which table cells look like a person's name (used only for columns whose header
/// names them: forename, surname, ...).
enum PersonName {
    static let notNames: Set<String> = [
        "n/a", "na", "none", "unknown", "tbc", "tba", "yes", "no", "male", "female", "other", "test",
        "null", "nil", "not known", "not applicable", "withheld",
    ]

    static func clean(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\"")))
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
