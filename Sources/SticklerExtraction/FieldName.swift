/// A field's, key's or element's name as words, so that it gives context to its value as
/// a label would: `PhoneNo` -> `Phone No`, `UniqueLearnerNumber` -> `Unique Learner Number`,
/// `NHSNumber` -> `NHS Number`, `nhs_number` -> `nhs number`, `Child.Name` -> `Child Name`,
/// `DOB` as it comes. Used for JSON keys, XML element names and PDF form fields.
/// An export's short keys for a name's parts are written out: `fn` -> `forename`, `sn` ->
/// `surname` (a waiting list's `{"fn": "Nneka", "sn": "Eze"}`, round 1797's; a directory's `sn`).
enum FieldName {
    static let abbreviations: [String: String] = ["fn": "forename", "sn": "surname", "fname": "forename", "sname": "surname",
                                                  "lname": "last name"]

    static func readable(_ name: String) -> String {
        if name.utf8.count <= 5, let full = abbreviations[name.lowercased()] { return full }
        let characters = Array(name)
        var out = ""
        for (index, character) in characters.enumerated() {
            if character == "_" || character == "-" || character == "." { out.append(" "); continue }
            if character.isUppercase && index > 0 {
                let previous = characters[index - 1]
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                // After a lower-case letter or digit (PhoneNo), or ending a run of capitals
                // before a lower-case letter (NHSNumber).
                if previous.isLowercase || previous.isNumber || (previous.isUppercase && next?.isLowercase == true) { out.append(" ") }
            }
            out.append(character)
        }
        return out
    }
}
