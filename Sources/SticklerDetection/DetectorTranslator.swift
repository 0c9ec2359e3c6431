import SticklerCore
import Vectorscan
import Yams

/// Turns one `RawDetector` into a `Detector`, collecting every mistake with its line.
struct DetectorTranslator {
    let raw: RawDetector
    let file: String
    var errors: [RuleError] = []

    init(raw: RawDetector, file: String) {
        self.raw = raw
        self.file = file
    }

    mutating func fail(_ key: String?, _ message: String, hint: String? = nil) {
        let line = key.map { raw.line(of: $0) } ?? raw.line
        errors.append(RuleError(file: file, line: line, message: message, hint: hint))
    }

    mutating func required(_ key: String) -> String? {
        guard let value = raw.string(key), !value.isEmpty else {
            fail(nil, "detector is missing '\(key)'", hint: "every detector needs id, name, category and one of pattern, keywords or columns")
            return nil
        }
        return value
    }

    /// `expression` without its dots that stand for any byte.
    static func withoutUnescapedDots(_ expression: String) -> String {
        var out = "", escaped = false
        for character in expression {
            if escaped { out.append(character); escaped = false; continue }
            if character == "\\" { out.append(character); escaped = true; continue }
            if character != "." { out.append(character) }
        }
        return out
    }

    mutating func translate() throws -> Detector {
        for key in raw.fields.keys where !RawDetector.knownKeys.contains(key) {
            fail(key, "unknown field '\(key)'", hint: "known fields: \(RawDetector.knownKeys.sorted().joined(separator: ", "))")
        }
        let id = required("id") ?? "?"
        if id != "?" && id.range(of: "^[a-z][a-z0-9_]*$", options: .regularExpression) == nil {
            fail("id", "detector id '\(id)' must be lower_snake_case", hint: "e.g. uk_nhs_number")
        }
        let name = required("name") ?? id
        var category = Category.identifier
        if let text = required("category") {
            if let value = Category(rawValue: text) { category = value } else {
                fail("category", "unknown category '\(text)'",
                     hint: "one of \(Category.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }

        // How candidates are found: exactly one of pattern, keywords, columns.
        var kind = Detector.Kind.columns
        var maxWidth = 0, boundedWidth = false
        for key in ["pattern", "triggers"] {
            // Letter classes ({upper}, {accented}) stand in patterns only; a trigger is a literal or a shape.
            let known = key == "pattern" ? Set(WordLists.registry.keys).union(WordLists.letterClasses.keys) : Set(WordLists.registry.keys)
            for name in (raw.strings(key) ?? raw.string(key).map { [$0] } ?? []).flatMap(WordLists.references) where !known.contains(name) {
                fail(key, "unknown word list '{\(name)}'", hint: "one of \(known.sorted().map { "{\($0)}" }.joined(separator: ", "))")
            }
        }
        let pattern = raw.string("pattern").map(WordLists.expandPattern), keywords = raw.strings("keywords").map(KeywordPattern.withCapitals),
            columns = raw.strings("columns") ?? []
        let sources = [pattern != nil, keywords != nil, raw.fields["columns"] != nil && pattern == nil && keywords == nil]
        if sources.filter({ $0 }).count != 1 {
            fail(nil, "detector '\(id)' needs exactly one of 'pattern', 'keywords' or (alone) 'columns'")
        }
        var flags: [String] = raw.strings("flags") ?? []
        for flag in flags where Pattern.Flags.byName[flag] == nil {
            fail("flags", "unknown flag '\(flag)'", hint: "one of \(Pattern.Flags.byName.keys.sorted().joined(separator: ", "))")
        }
        if let pattern {
            kind = .pattern(pattern)
            (maxWidth, boundedWidth) = checkPattern(pattern, flags: flags, key: "pattern")
        } else if let keywords {
            if keywords.isEmpty { fail("keywords", "keyword list is empty") }
            kind = .keywords(keywords)
            if !flags.contains("caseless") { flags.append("caseless") }
            // (Each keyword is its own pattern, escaped, so Vectorscan takes it: its width is its
            // bytes', a space standing for one to three. One alternation of a set's 400 keywords
            // exceeds Vectorscan's longest pattern.)
            if keywords.contains(where: { $0.allSatisfy { $0 == " " } }) { fail("keywords", "a keyword is empty") }
            maxWidth = keywords.map { KeywordPattern.width($0.utf8) }.max() ?? 0
            boundedWidth = true
            if maxWidth > Engine.maximumMatchWidth { fail("keywords", "a keyword is longer than \(Engine.maximumMatchWidth) bytes") }
        }

        let writtenTriggers = raw.strings("triggers") ?? []
        let triggers = writtenTriggers.flatMap(WordLists.expandTrigger)
        if !triggers.isEmpty && pattern == nil { fail("triggers", "triggers apply only to pattern detectors") }
        // (A plain literal needs no check: Vectorscan takes it, and it is never empty. A word
        // list's thousand literals checked one by one took a cold start 0.15 s.)
        for trigger in triggers where !KeywordPattern.isLiteral(trigger) {
            // ("...." is any four bytes: a trigger at every position of every text.)
            let bare = Self.withoutUnescapedDots(trigger)
            if bare.count < trigger.count, bare.allSatisfy({ $0 == " " }) {
                fail("triggers", "trigger '\(trigger)' matches any text: '.' in a trigger is any byte", hint: "write '\\.' for a full stop")
                continue
            }
            do {
                let widths = try Pattern(trigger, id: 0, flags: []).widths()
                if widths.minWidth == 0 { fail("triggers", "trigger '\(trigger)' can match the empty string") }
            } catch {
                fail("triggers", "Vectorscan rejects the trigger '\(trigger)': \(error)")
            }
        }
        let triggerAtStart = raw.string("trigger_at_start") == "true"
        if triggerAtStart, triggers.isEmpty || !triggers.allSatisfy(KeywordPattern.isLiteral) {
            fail("trigger_at_start", "trigger_at_start needs literal triggers", hint: "a value that begins with one of a list of words, e.g. triggers: ['{given_names} ']")
        }
        let atGivenNames = raw.string("at_given_names")
        if let atGivenNames, atGivenNames != "after_capitals" {
            fail("at_given_names", "at_given_names '\(atGivenNames)' is not after_capitals")
        }
        if atGivenNames != nil, !writtenTriggers.isEmpty {
            fail("at_given_names", "a detector found at given names has no triggers of its own", hint: "remove triggers")
        }
        let validator = raw.string("validator")
        if let validator, Validators.registry[validator] == nil {
            fail("validator", "unknown validator '\(validator)'",
                 hint: "one of \(Validators.registry.keys.sorted().joined(separator: ", "))")
        }
        let normalization = enumField("normalize", default: Detector.Normalization.alnum)
        let redaction = enumField("redact", default: Detector.Redaction.standard)
        let boundary = enumField("boundary", default: Detector.Boundary.alnum)

        // Confidence and context.
        var base: Confidence? = .medium
        var withContext: Confidence = .high
        var promoteAt: Int?
        var promoteWithSpecial = false
        if let confidence = raw.mapping("confidence") {
            if let text = confidence.string("without_context") {
                if text == "none" { base = nil } else if let value = Confidence(rawValue: text) { base = value } else {
                    fail("confidence", "unknown confidence '\(text)'", hint: "low, medium, high, or none (not reported without context)")
                }
            }
            if let text = confidence.string("with_context") {
                if let value = Confidence(rawValue: text) { withContext = value } else {
                    fail("confidence", "unknown confidence '\(text)'", hint: "low, medium or high")
                }
            }
            if let text = confidence.string("promote_with") {
                if text == "special" { promoteWithSpecial = true } else {
                    fail("confidence", "promote_with '\(text)' is not known", hint: "promote_with: special")
                }
            }
            if let text = confidence.string("promote_at") {
                if let value = Int(text), value >= 2, value <= 1000 { promoteAt = value } else {
                    fail("confidence", "promote_at '\(text)' must be a number of distinct values from 2 to 1000")
                }
            }
        } else if raw.fields["confidence"] != nil {
            fail("confidence", "'confidence' must be a mapping", hint: "confidence: {without_context: low, with_context: high}")
        }
        var contextKeywords: [String] = []
        var window = 64
        var contextBefore = false, contextOnItsLine = false, contextAfterOnItsLine = false, contextSentence = false
        if let context = raw.mapping("context") {
            contextKeywords = KeywordPattern.withCapitals(context["keywords"]?.sequence?.compactMap { $0.scalar?.string } ?? [])
            if let text = context.string("window") {
                if let value = Int(text), value > 0, value <= 1000 { window = value } else {
                    fail("context", "context window '\(text)' must be a number of characters from 1 to 1000")
                }
            }
            if context.string("required") == "true" { base = nil }
            contextBefore = context.string("before_only") == "true"
            contextOnItsLine = context.string("same_line") == "true"
            contextAfterOnItsLine = context.string("after_same_line") == "true"
            contextSentence = context.string("sentence") == "true"
            for keyword in contextKeywords where keyword.trimmingCharacters(in: .whitespaces).isEmpty {
                fail("context", "empty context keyword")
            }
        }
        if base == nil && contextKeywords.isEmpty && columns.isEmpty {
            fail("context", "detector '\(id)' requires context but lists no context keywords or columns")
        }

        var matchExamples: [String] = []
        var noMatchExamples: [String] = []
        if let examples = raw.mapping("examples") {
            matchExamples = examples["match"]?.sequence?.compactMap { $0.scalar?.string } ?? []
            noMatchExamples = examples["no_match"]?.sequence?.compactMap { $0.scalar?.string } ?? []
        }
        if matchExamples.isEmpty {
            fail("examples", "detector '\(id)' has no positive examples",
                 hint: "add examples: {match: [...], no_match: [...]} with synthetic values")
        }

        if let value = raw.string("marks_made_up"), !["true", "false", "people"].contains(value) {
            fail("marks_made_up", "marks_made_up must be true, people or false", hint: "people: its documents' people are reported at low")
        }
        if ["true", "people"].contains(raw.string("marks_made_up")) && keywords == nil {
            fail("marks_made_up", "marks_made_up applies only to keyword sets", hint: "keywords: [fictional data, made up names]")
        }
        for key in ["trusted_beside", "untitled_first_column"] where raw.fields[key] != nil && columns.isEmpty {
            fail(key, "\(key) applies only to column detectors", hint: "a detector with columns: [...]")
        }
        if raw.fields["not_beside"] != nil, columns.isEmpty, raw.fields["context"] == nil {
            fail("not_beside", "not_beside applies to column detectors and to detectors whose context keywords a column's title may give",
                 hint: "a detector with columns: [...] or context: {keywords: [...]}")
        }

        guard errors.isEmpty else { throw RuleErrors(errors: errors) }
        var detector = Detector(
            id: id, name: name, category: category, subcategory: raw.string("subcategory"), kind: kind,
            flags: flags, maxWidth: maxWidth, boundedWidth: boundedWidth,
            triggers: atGivenNames != nil ? [Detector.afterCapitalsTrigger] : triggers, validator: validator, normalization: normalization, redaction: redaction,
            boundary: boundary, baseConfidence: base, contextConfidence: withContext,
            contextKeywords: contextKeywords, contextWindow: window, promoteAt: promoteAt,
            columns: columns.map(TableHeader.normalize), excludeColumns: (raw.strings("exclude_columns") ?? []).map(TableHeader.normalize),
            requiresIdentifiers: raw.string("requires_identifiers") == "true" || category == .specialCategory,
            anchorsSpecial: raw.string("anchors_special").map { $0 == "true" } ?? category.anchorsSpecialCategory,
            valueAfter: raw.strings("value_after") ?? [], valueBefore: raw.string("value_before"),
            matchExamples: matchExamples, noMatchExamples: noMatchExamples,
            exported: raw.string("export") != "false" && pattern != nil,
            file: file, line: raw.line)
        detector.triggerAtStart = triggerAtStart
        detector.writtenTriggers = writtenTriggers
        detector.valueUntil = raw.strings("value_until") ?? []
        detector.contextBeforeOnly = contextBefore
        detector.contextOnItsLine = contextOnItsLine
        detector.contextAfterOnItsLine = contextAfterOnItsLine
        detector.contextSentence = contextSentence
        if let anchors = raw.string("anchors_special"), !["true", "false", "outside_work", "personal_mailbox"].contains(anchors) {
            fail("anchors_special", "anchors_special '\(anchors)' is not one of true, false, outside_work, personal_mailbox")
        }
        detector.anchorsOutsideWork = ["outside_work", "personal_mailbox"].contains(raw.string("anchors_special") ?? "")
        detector.anchorsPersonalMailboxOnly = raw.string("anchors_special") == "personal_mailbox"
        detector.startsLine = raw.string("starts_line") == "true" || raw.string("starts_line") == "sentence"
        detector.lineWrap = raw.string("line_wrap") == "true"
        detector.startsSentence = raw.string("starts_line") == "sentence"
        detector.promoteWithSpecial = promoteWithSpecial
        if let line = raw.string("value_line"), !["first", "last"].contains(line) {
            fail("value_line", "value_line '\(line)' is not one of first, last")
        }
        detector.valueOnLastLine = raw.string("value_line") == "last"
        if let span = raw.string("span"), !["match", "value"].contains(span) {
            fail("span", "span '\(span)' is not one of match, value")
        }
        detector.spansValueOnly = raw.string("span") == "value"
        if detector.spansValueOnly, (raw.strings("value_after") ?? []).isEmpty {
            fail("span", "span: value needs value_after", hint: "value_after names the markers the value follows")
        }
        detector.notFollowedBy = (raw.strings("not_followed_by") ?? []).map { $0.lowercased() }
        detector.notInRole = (raw.strings("not_in_role") ?? []).map { $0.lowercased() }
        detector.notNear = (raw.strings("not_near") ?? []).map { $0.lowercased() }
        if let below = raw.mapping("not_below") {
            detector.notBelow = (below["words"]?.sequence?.compactMap { $0.scalar?.string } ?? []).map { $0.lowercased() }
            if let text = below.string("window"), let value = Int(text), (1...4000).contains(value) {
                detector.notBelowWindow = value
            } else {
                fail("not_below", "not_below window '\(below.string("window") ?? "")' must be a number of characters from 1 to 4000")
            }
            if detector.notBelow.isEmpty || detector.notBelow.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                fail("not_below", "not_below needs words, none of them empty", hint: "not_below: {words: [vat reg], window: 1500}")
            }
        } else if raw.fields["not_below"] != nil {
            fail("not_below", "'not_below' must be a mapping", hint: "not_below: {words: [vat reg], window: 1500}")
        }
        if let setting = raw.string("organisation_contact"), !["true", "false", "mailbox"].contains(setting) {
            fail("organisation_contact", "organisation_contact '\(setting)' is not one of true, false, mailbox")
        }
        detector.organisationContact = raw.string("organisation_contact").flatMap { $0 == "false" ? nil : $0 }
        detector.notOnLinesOf = (raw.strings("not_on_lines_of") ?? []).map { $0.lowercased() }
        detector.trustedBeside = (raw.strings("trusted_beside") ?? []).map(TableHeader.normalize)
        detector.notBeside = (raw.strings("not_beside") ?? []).map(TableHeader.normalize)
        detector.untitledFirstColumn = raw.string("untitled_first_column") == "true"
        detector.anyCell = raw.string("any_cell") == "true"
        detector.anyColumn = raw.string("any_column") == "true"
        detector.identifiesAlone = raw.string("identifies_alone") != "false"
        detector.marksMadeUp = ["true", "people"].contains(raw.string("marks_made_up"))
        detector.madeUpPeople = raw.string("marks_made_up") == "people"
        detector.ownDatabase = raw.string("own_database") == "true"
        // (The settings read after the detector was built report their mistakes too:
        // anchors_special, not_below, organisation_contact.)
        guard errors.isEmpty else { throw RuleErrors(errors: errors) }
        return detector
    }

    mutating func enumField<T: RawRepresentable>(_ key: String, default fallback: T) -> T where T.RawValue == String {
        guard let text = raw.string(key) else { return fallback }
        guard let value = T(rawValue: text) else {
            fail(key, "unknown \(key) '\(text)'")
            return fallback
        }
        return value
    }

    /// Checks that Vectorscan compiles the pattern in both phases and that its matches are
    /// bounded; returns the widest match in bytes.
    /// The widest match, and whether the pattern itself bounds it (not only `max_width`).
    mutating func checkPattern(_ expression: String, flags: [String], key: String) -> (width: Int, bounded: Bool) {
        var combined: Pattern.Flags = []
        for flag in flags { combined.formUnion(Pattern.Flags.byName[flag] ?? []) }
        var declared: Int?
        if let text = raw.string("max_width") {
            if let value = Int(text), value > 0, value <= Engine.maximumMatchWidth { declared = value } else {
                fail("max_width", "max_width must be a number from 1 to \(Engine.maximumMatchWidth)")
            }
        }
        do {
            let widths = try Pattern(expression, id: 0, flags: combined).widths()
            if widths.minWidth == 0 { fail(key, "pattern can match the empty string") }
            // Whether it compiles in start-of-match mode too is checked when the engine is
            // built (one compile for all patterns); errors there still name file and line.
            _ = try Pattern(expression, id: 0, flags: combined.union(.leftmostStart)).widths()
            // (A bounded pattern's widest match, or a wider `max_width` where a trigger lies beyond
            // the value: "D. Okonkwo (Y4 teacher): off since 04/11 - work-related stress" is
            // looked for from "stress", 120 bytes back. Never narrower than the widest match: a
            // trigger's window reaches `max_width` from its hit, and a longer match would be
            // found only at a document's start.)
            if let maxWidth = widths.maxWidth, maxWidth <= Engine.maximumMatchWidth { return (max(maxWidth, declared ?? maxWidth), true) }
            if let declared { return (declared, false) }
            fail(key, "pattern can match more than \(Engine.maximumMatchWidth) bytes",
                 hint: "bound every repeat, e.g. {1,64} instead of + or *, or set max_width for an unbounded pattern")
        } catch let error as VectorscanError {
            fail(key, "Vectorscan rejects the pattern: \(error)",
                 hint: "Vectorscan supports PCRE syntax without backreferences or lookaround; large bounded repeats may need + with max_width")
        } catch {
            fail(key, "pattern check failed: \(error)")
        }
        return (0, false)
    }
}

/// The Vectorscan expression for a keyword list: caseless, word-bounded, any one keyword.
enum KeywordPattern {
    /// Word-bounded alternation of the keywords (ASCII word boundaries; a keyword that
    /// starts or ends with punctuation is not bounded on that side). A keyword written in
    /// capitals (an acronym: "CLA", "SEN K") is matched in capitals only: in lower case its
    /// letters are inside everyday words ("class", "place", "present"), which also makes the
    /// whole set many times slower to search for.
    static func expression(for keywords: [String]) -> String {
        let escaped = keywords.map { keyword -> String in
            let capitals = isCapitals(keyword)
            let text = written(keyword)
            let bounded = boundedEnds(text)
            let body = capitals ? "(?-i:" + escape(text) + ")" : escape(text)
            return (bounded.start ? "\\b" : "") + body + (bounded.end ? "\\b" : "")
        }
        return "(?:" + escaped.joined(separator: "|") + ")"
    }

    /// A keyword as its pattern matches it: in capitals as written (matched so), else in small
    /// letters (`lowerASCII`, matched in any case).
    static func written(_ keyword: String) -> String { isCapitals(keyword) ? keyword : lowerASCII(keyword) }

    /// The widest text a keyword's match covers: a space stands for up to three separators.
    static func width<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Int { bytes.count + 2 * bytes.filter { $0 == 32 }.count }

    /// A keyword in small letters with its ASCII letters lowered and no others: matching is
    /// caseless for ASCII only (Vectorscan's caseless flag, `ContextKeyword.fold`), so a
    /// keyword in another alphabet is matched as written, and `withCapitals` adds its
    /// capitalised form.
    static func lowerASCII(_ keyword: String) -> String {
        keyword.utf8.contains(where: { $0 >= 65 && $0 <= 90 })
            ? String(decoding: keyword.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self) : keyword
    }

    /// The keywords and, for each that begins with a small letter outside ASCII, the same
    /// with a capital ("дата народження" and "Дата народження", as a form's label is written).
    static func withCapitals(_ keywords: [String]) -> [String] {
        var out = keywords
        for keyword in keywords {
            guard let first = keyword.first, !first.isASCII, first.isLowercase else { continue }
            let capital = String(first).uppercased()
            if capital != String(first) { out.append(capital + keyword.dropFirst()) }
        }
        return out
    }

    /// Whether a keyword is written in capitals: a capital letter and no small one.
    static func isCapitals(_ keyword: String) -> Bool {
        // (On bytes where the keyword is ASCII: start-up asks it of every keyword of every set.)
        if keyword.utf8.allSatisfy({ $0 < 0x80 }) {
            var capital = false
            for byte in keyword.utf8 {
                if byte >= 97 && byte <= 122 { return false }
                if byte >= 65 && byte <= 90 { capital = true }
            }
            return capital
        }
        return keyword.contains(where: \.isUppercase) && !keyword.contains(where: \.isLowercase)
    }

    /// Which ends of a keyword are word-bounded: those that are an ASCII letter or digit.
    /// (A word boundary is ASCII's, in Vectorscan as in `ContextKeyword`: a keyword that begins
    /// or ends with another alphabet's letter, "дата народження", is matched unbounded there,
    /// or it would never match.)
    static func boundedEnds(_ keyword: String) -> (start: Bool, end: Bool) {
        (keyword.first.map { $0.isASCII && ($0.isLetter || $0.isNumber) } ?? false,
         keyword.last.map { $0.isASCII && ($0.isLetter || $0.isNumber) } ?? false)
    }

    /// Whether a pattern is a plain literal: no character with a meaning in a pattern, other
    /// than punctuation escaped to stand for itself (`\(Y`).
    static func isLiteral(_ expression: String) -> Bool {
        // Over the UTF-8 bytes: every metacharacter and escape is ASCII, and no byte of a
        // character beyond ASCII is one (a start runs this for each of 3,800 triggers).
        var bytes = expression.utf8.makeIterator()
        var empty = true
        while let byte = bytes.next() {
            empty = false
            switch byte {
            case UInt8(ascii: "\\"):
                guard let escaped = bytes.next(), escaped < 0x80, !isAlnum(escaped) else { return false } // \d, \b, \x41: not literal
            case UInt8(ascii: "^"), UInt8(ascii: "$"), UInt8(ascii: "."), UInt8(ascii: "|"), UInt8(ascii: "?"), UInt8(ascii: "*"),
                 UInt8(ascii: "+"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"):
                return false
            default:
                continue
            }
        }
        return !empty
    }

    /// The bytes a literal pattern stands for (its escapes undone).
    static func literalBytes(_ expression: String) -> [UInt8] {
        var bytes: [UInt8] = [], escaped = false
        for byte in expression.utf8 {
            if byte == 92 && !escaped { escaped = true; continue }
            escaped = false
            bytes.append(byte)
        }
        return bytes
    }

    /// A literal (a word of a list) escaped to stand for itself in a pattern.
    static func escapeLiteral(_ literal: String) -> String {
        var out = ""
        for character in literal.unicodeScalars {
            if "\\^$.|?*+()[]{}/".unicodeScalars.contains(character) { out += "\\" }
            out.unicodeScalars.append(character)
        }
        return out
    }

    /// A keyword as a pattern: punctuation escaped, a space as one to three separators, a
    /// byte beyond ASCII as `\xNN`. (On bytes: start-up escapes every keyword of every set.)
    static func escape(_ literal: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(literal.utf8.count * 2)
        let hex = Array("0123456789abcdef".utf8)
        for byte in literal.utf8 {
            if byte >= 0x80 {
                out += [92, 120, hex[Int(byte >> 4)], hex[Int(byte & 15)]]
            } else if escapedBytes[Int(byte)] {
                out += [92, byte]
            } else if byte == 32 {
                out += separatorPattern
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The ASCII bytes `escape` puts a backslash before.
    static let escapedBytes: [Bool] = (0..<128).map { "\\^$.|?*+()[]{}-/".utf8.contains(UInt8($0)) }
    static let separatorPattern = Array("[ \\t\\r\\n_-]{1,3}".utf8)
}
