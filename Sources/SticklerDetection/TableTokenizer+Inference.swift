import Foundation

/// How a table's first rows are read: blank fields, records and banners that are no header,
/// and the name and bank columns of an export that has no header row at all.
extension TableTokenizer {
    /// An empty cell, or a blank form's field: underscores, dots or dashes only.
    static func isBlank(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 == 95 || $0 == 46 || $0 == 45 || $0 == 32 }
    }

    /// Whether a row's cells hold a record's values or a report's banner rather than titles:
    /// an e-mail address, a number of five digits or more (a pupil's or a patron's number),
    /// "Printed …", "Page 1 of 3".
    /// Whether a row is a report's parameters, every cell a label and its value ("PERIOD:
    /// 19/08/2024 - 20/12/2024 | THRESHOLD: BELOW 85%" under a SEEMIS report's banner, round 659's).
    static func readsAsParameters(_ titles: [String]) -> Bool {
        let filled = titles.filter { !$0.isEmpty }
        return filled.count >= 2 && filled.allSatisfy { title in
            guard let colon = title.firstIndex(of: ":"), colon > title.startIndex else { return false }
            let label = title[..<colon], value = title[title.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            return !value.isEmpty && label.split(separator: " ").count <= 3 && !label.contains(where: \.isNumber)
        }
    }

    /// Whether a row is a form's labels, each with its value in the next cell ("Ratio: | 1:10 |
    /// Pupils: | approx. 180 | Staff: | 18", a risk assessment's details above its table, round
    /// 774's): two pairs or more, and no other cell.
    static func readsAsLabelsAndValues(_ titles: [String]) -> Bool {
        let filled = titles.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard filled.count >= 4, filled.count % 2 == 0 else { return false }
        return stride(from: 0, to: filled.count, by: 2).allSatisfy { index in
            filled[index].hasSuffix(":") && filled[index].count > 1 && !filled[index + 1].hasSuffix(":")
        }
    }

    static func readsAsRecord(_ titles: [String]) -> Bool {
        if readsAsLabelsAndValues(titles) { return true }
        // A report's banner: "Printed 17/09/2024 08:41 by ADMIN3", "Page 1 of 1".
        if titles.contains(where: { title in
            let lower = title.lowercased()
            return lower.hasPrefix("printed") || lower.hasPrefix("exported") || lower.hasPrefix("generated")
                || lower.hasPrefix("run on") || (lower.hasPrefix("page ") && lower.contains(" of "))
        }) { return true }
        if readsAsParameters(titles) { return true }
        // A register's row: a given name then a surname ("Rory | Chauhan | Y1 Oak | 07:45"), or a
        // surname then a given name ("Popescu | Mihai | Y1 | SLCN | Talk Boost").
        if titles.count >= 3 {
            let first = titles[0], second = titles[1]
            // (A name that is also a thing's, "Ruby | Evans | 16 | ... | SEN K", with a figure
            // further on: a markbook's row, not "Amber | Red | Green".)
            let givenFirst = isPlainGivenName(first) || GivenNames.contains(first.lowercased()) && thingNames.contains(first.lowercased())
                && titles.dropFirst(2).contains { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
            // (Not a people column's abbreviated title that is a given name too: "Stu | Yr | Nd |
            // EHCP", round 1129's TA deployment sheet.)
            if givenFirst, !TableHeader.abbreviatedPeopleTitles.contains(first.lowercased()), second.first?.isUppercase == true, !second.utf8.contains(32), !TableHeader.isKnownTitleWord(second) {
                return true
            }
            if isPlainGivenName(second), !first.utf8.contains(32), first.first?.isUppercase == true, first.dropFirst().contains(where: \.isLowercase),
               !TableHeader.isKnownTitleWord(first), !PersonName.phraseWords.contains(first.lowercased()),
               !PersonName.placeWords.contains(first.lowercased()) {
                return true
            }
        }
        // A register's row that begins with a pupil's name: "Wiśniewski, Kacper | 3M | E | C&L / ASD",
        // "Harvey Walker | Wrens | Coeliac".
        if titles.count >= 3, let first = titles.first, readsAsName(first) { return true }
        // An exam seating plan's desks ("1193 KAUR E | 2176 BOOTH P"): a grid with no header.
        if titles.filter({ PersonName.candidateSurnameInitial(Array($0.utf8)) }).count >= 2 { return true }
        return titles.contains { title in
            let bytes = title.utf8
            if bytes.count >= 5, bytes.allSatisfy({ $0 >= 48 && $0 <= 57 }) { return true }
            guard let at = bytes.firstIndex(of: 64), at != bytes.startIndex, !bytes.contains(32) else { return false }
            return bytes[bytes.index(after: at)...].contains(46)
        }
    }

    /// A cell that is one common given name, not a word's or a thing's ("Amber | Red | Green").
    static func isPlainGivenName(_ text: String) -> Bool {
        let lower = text.lowercased()
        return !text.utf8.contains(32) && GivenNames.contains(lower) && !GivenNames.wordLike.contains(lower) && !thingNames.contains(lower)
    }

    /// A cell that is a person's name, either way round ("Hughes, Olivia", "Olivia Hughes"): a
    /// common given name and a capitalised word that is no title's.
    static func readsAsName(_ text: String) -> Bool {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count == 2 {
            // "Wiśniewski, Kacper", "WÓJCIK, Kacper", "Okafor Bell, Tunde": a surname (one or two
            // capitalised words, no phrase or place), a comma, a given name.
            let surname = parts[0], lower = surname.lowercased()
            guard let given = parts[1].split(separator: " ").first?.lowercased(), surname.first?.isUppercase == true,
                  surname.split(separator: " ").count <= 2, !PersonName.phraseWords.contains(lower), !PersonName.placeWords.contains(lower),
                  !TableHeader.isKnownTitleWord(surname) else { return false }
            return GivenNames.contains(given) && !GivenNames.wordLike.contains(given)
        }
        let words: [String]
        if parts.count == 1 {
            words = parts[0].split(separator: " ").map(String.init)
            guard words.count == 2 else { return false }
            // "ABDI Hodan": a surname in capitals first.
            if words[0].count >= 2, words[0].allSatisfy({ $0.isUppercase || $0 == "-" || $0 == "'" }), GivenNames.contains(words[1].lowercased()) {
                return !GivenNames.wordLike.contains(words[1].lowercased()) && !PersonName.notSurnamesInCapitals.contains(words[0].lowercased())
            }
        } else {
            return false
        }
        let given = words[0].lowercased()
        return GivenNames.contains(given) && !GivenNames.wordLike.contains(given) && !thingNames.contains(given)
            && words[1].first?.isUppercase == true && words[1].dropFirst().contains(where: \.isLowercase)
            && !TableHeader.isKnownTitleWord(words[1]) && !TableHeader.isKnownTitleWord(words[0])
    }

    /// Given names that are also things' names (a colour chart's, a garden's), in lower case.
    static let thingNames: Set<String> = ["rose", "ruby", "amber", "violet", "ivy", "daisy", "poppy", "holly", "hazel", "jade",
                                          "iris", "lily", "willow", "rowan", "skye", "sky", "river", "olive", "heather", "jasmine",
                                          "pearl", "crystal", "coral", "scarlett", "saffron", "sienna", "indigo", "primrose",
                                          "fern", "robin", "wren", "lark", "april", "may", "june", "august", "grace", "joy", "dawn"]

    /// Titles for a headerless table's name columns ("Forename", "Surname" or "Name", the
    /// others untitled), or nil when no column reads as names. A column counts when three
    /// in four of its cells (two at least, mostly different) read so: a given name for a
    /// forename column, a capitalised word or two for the surname column beside it, a full
    /// name either way round ("Olivia Hughes", "Hughes, Olivia") for a name column.
    static func inferredTitles(_ rows: [[Cell]]) -> [String]? {
        guard rows.count >= 2 else { return nil }
        let width = rows.map { ($0.map(\.column).max() ?? 0) + 1 }.max() ?? 0
        let columns: [[String]] = (0..<width).map { column in
            rows.compactMap { row in row.first { $0.column == column }.map { CellText.trimmed($0.text, quotes: true) } }.filter { !$0.isEmpty }
        }
        func mostly(_ column: Int, _ test: (String) -> Bool) -> Bool {
            guard column >= 0, column < width else { return false }
            let texts = columns[column]
            guard texts.count >= 2, texts.count * 4 >= rows.count * 3, Set(texts).count * 4 >= texts.count * 3 else { return false }
            return texts.filter(test).count * 4 >= texts.count * 3
        }
        func isGiven(_ text: String) -> Bool {
            guard let name = PersonName.clean(text), !name.utf8.contains(32), !name.utf8.contains(44),
                  name.first?.isUppercase == true else { return false }
            return GivenNames.contains(name.lowercased()) && !GivenNames.wordLike.contains(name.lowercased())
        }
        // (Not a column of flowers, stones or colours: "Rose", "Ruby", "Amber" are names too.)
        func isThing(_ text: String) -> Bool { Self.thingNames.contains(text.lowercased()) }
        func isSurname(_ text: String) -> Bool {
            guard let name = PersonName.clean(text), !name.utf8.contains(44), name.split(separator: " ").count <= 2 else { return false }
            return !PersonName.phraseWords.contains(name.lowercased()) && !PersonName.placeWords.contains(name.lowercased())
        }
        var titles = [String](repeating: "", count: width)
        var found = false
        for column in 0..<width where titles[column].isEmpty && mostly(column, isGiven) && !mostly(column, { isThing($0) || !isGiven($0) }) {
            for other in [column + 1, column - 1] where other >= 0 && other < width && titles[other].isEmpty && mostly(other, isSurname) {
                titles[column] = "Forename"
                titles[other] = "Surname"
                found = true
                break
            }
        }
        // A column whose first cell titles it as public names ("Book | Author | Class": a reading
        // list whose header the rules did not take) holds no one's.
        func titledPublic(_ column: Int) -> Bool {
            guard let title = rows.first?.first(where: { $0.column == column }) else { return false }
            return TableHeader.publicationTitles.contains(TableHeader.normalize(title.text))
        }
        // (Either way round: "Wiśniewski, Kacper", "ABDI Hodan", `readsAsName`.)
        if !found {
            for column in 0..<width where !titledPublic(column) && mostly(column, { PersonName.readsAsFullName($0) && PersonName.startsWithGivenName($0) || readsAsName($0) }) {
                titles[column] = "Name"
                found = true
            }
        }
        // A bank's bulk payment file ("771485,48164067,R ROBERTS,30.00,…"): sort codes beside
        // eight-digit account numbers.
        func digits(_ text: String, _ count: Int) -> Bool {
            let bytes = text.utf8.filter { $0 != 45 }
            return bytes.count == count && bytes.allSatisfy { $0 >= 48 && $0 <= 57 } && text.utf8.count <= count + 2
        }
        for column in 0..<(width - 1) where titles[column].isEmpty && titles[column + 1].isEmpty
            && mostly(column, { digits($0, 6) }) && mostly(column + 1, { digits($0, 8) }) {
            titles[column] = "Sort code"
            titles[column + 1] = "Account number"
            found = true
        }
        return found ? titles : nil
    }
}
