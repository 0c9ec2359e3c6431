/// Word lists a rule's pattern or trigger may name as `{list}` (a fixed registry, as
/// validators are): in a pattern `{given_names}` stands for any one of them, `(?:Olivia|...)`;
/// a trigger naming a list stands for one literal trigger per word ("Olivia ", ...), which
/// phase one's literal pass finds far faster than the alternation.
public enum WordLists {
    public static let registry: [String: [String]] = [
        "given_names": GivenNames.common.sorted().map(capitalised),
        "given_names_lower": GivenNames.lowerCaseTriggers,
        "word_like_names": GivenNames.wordLikeNames.sorted().map(capitalised),
    ]

    /// Letters of names beyond ASCII ("Zoë", "Siân", "Łukasz Wójcik", "Chloé"), Latin-1 and
    /// Latin Extended-A in UTF-8, Romanian's comma letters ("Ștefan", "Ionuț", U+0218 to
    /// U+021B) and Vietnamese's small letters ("Nguyễn", "Bảo": Latin Extended Additional,
    /// U+1E00 to U+1EFF, three bytes from E1), and combining marks after a letter (Yoruba's
    /// "Adébáyọ̀": U+0300 to U+036F, two bytes from CC or CD), as a pattern may name them: `{upper}` is one capital (an
    /// accented one by its two bytes; case is not told apart there); `{accented}` goes inside
    /// a byte class and adds the bytes of accented letters to it (`[a-z''{accented}]{1,20}`),
    /// so that the repeat stays one byte class, which Vectorscan runs as fast as `[a-z']`
    /// (the count is then of bytes).
    public static let letterClasses: [String: String] = [
        "upper": "(?:[A-Z]|\\xC3[\\x80-\\x9E]|[\\xC4\\xC5][\\x80-\\xBF]|\\xC8[\\x98\\x9A])",
        "accented": "\\x80-\\xBF\\xC3-\\xC5\\xC8\\xCC\\xCD\\xE1",
    ]

    /// "ellie-mae" -> "Ellie-Mae".
    static func capitalised(_ word: String) -> String {
        var out = "", upper = true
        for character in word {
            out += upper ? character.uppercased() : String(character)
            upper = character == "-"
        }
        return out
    }

    /// The names of the lists an expression refers to (`{name}`: lower-case letters and `_`,
    /// which no repeat count `{2,5}` is).
    static func references(in expression: String) -> [String] {
        var names: [String] = []
        var rest = Substring(expression)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let name = after[..<close]
            if !name.isEmpty, name.allSatisfy({ ("a"..."z").contains($0) || $0 == "_" }) { names.append(String(name)) }
            rest = after
        }
        return names
    }

    /// The pattern with each list as an alternation of its words, and each letter class as
    /// its bytes.
    static func expandPattern(_ expression: String) -> String {
        var out = expression
        for name in Set(references(in: expression)) {
            if let letters = letterClasses[name] { out = out.replacingOccurrences(of: "{\(name)}", with: letters); continue }
            guard let words = registry[name] else { continue }
            out = out.replacingOccurrences(of: "{\(name)}", with: "(?:" + words.map(KeywordPattern.escapeLiteral).joined(separator: "|") + ")")
        }
        return out
    }

    /// A trigger naming one list, as one trigger per word; any other trigger as it is. A word
    /// that would make a literal trigger shorter than `shortestFastLiteral` bytes ("Amy ",
    /// "Leo ") is looked for after each of `wordStarts` instead (" Amy ", "(Amy ", "\nAmy "):
    /// Vectorscan's literal matcher slows down for every short literal it holds (the 25
    /// three-letter names cost the whole literal pass a sixth of its speed).
    static func expandTrigger(_ trigger: String) -> [String] {
        guard let name = references(in: trigger).first, let words = registry[name],
              let placeholder = trigger.range(of: "{\(name)}") else { return [trigger] }
        let prefix = String(trigger[..<placeholder.lowerBound]), suffix = String(trigger[placeholder.upperBound...])
        return words.flatMap { word -> [String] in
            let expanded = prefix + KeywordPattern.escapeLiteral(word) + suffix
            guard prefix.isEmpty, expanded.utf8.count < shortestFastLiteral else { return [expanded] }
            return wordStarts.map { KeywordPattern.escapeLiteral($0) + expanded }
        }
    }

    /// The triggers of every detector that writes them with a list, expanded once per
    /// distinct written trigger (a dozen name rules share `'{given_names} '`).
    static func expandTriggers(of detectors: inout [Detector]) {
        var expansions: [String: [String]] = [:]
        for index in detectors.indices where !detectors[index].writtenTriggers.isEmpty {
            detectors[index].triggers = detectors[index].writtenTriggers.flatMap { written in
                if let known = expansions[written] { return known }
                let expanded = expandTrigger(written)
                expansions[written] = expanded
                return expanded
            }
        }
    }

    static let shortestFastLiteral = 5

    /// What may come just before a word: spaces and line breaks, brackets, quotes (straight
    /// and curly), punctuation and dashes. (A document's first word has nothing before it;
    /// phase two always looks at a document's start.)
    static let wordStarts = [" ", "\t", "\n", "\r", "\u{A0}", "(", "[", "{", "<", ">", "\"", "'", "\u{201C}", "\u{2018}",
                             ",", ".", ";", ":", "!", "?", "/", "\\", "|", "-", "\u{2013}", "\u{2014}", "*", "&", "+", "=", "_",
                             "\u{2022}"]
}
