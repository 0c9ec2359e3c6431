/// A field's, key's or element's name as words, so that it gives context to its value as
/// a label would: `PhoneNo` -> `Phone No`, `UniqueLearnerNumber` -> `Unique Learner Number`,
/// `NHSNumber` -> `NHS Number`, `nhs_number` -> `nhs number`, `Child.Name` -> `Child Name`,
/// `DOB` as it comes. Used for JSON keys, XML element names and PDF form fields.
enum FieldName {
    static func readable(_ name: String) -> String {
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
