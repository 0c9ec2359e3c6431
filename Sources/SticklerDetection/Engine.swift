import SticklerCore
import Vectorscan

/// Every detector of a rule pack compiled once. Immutable; share one between all workers,
/// each of which scans through its own `DocumentScanner`.
///
/// Matching runs in two phases so that the common case stays fast. A database of many
/// patterns is many times slower than each alone, so phase one scans the whole buffer
/// for a few shared *triggers* only (a run of six digits, an `@`, a date separator, a
/// postcode's inward code, a title such as `Mrs`): every match of an exact pattern
/// contains a trigger hit. Phase two runs, with start-of-match, only the exact patterns of
/// the detectors a trigger serves, and only in windows around its hits (the digit
/// detectors around a digit run, the e-mail pattern around an `@`). Special-category
/// keyword sets run only over chunks of documents that already hold identifiers (they
/// count only there), and context keywords only over the few bytes around a candidate.
public final class Engine: @unchecked Sendable {
    /// No pattern may match more than this many bytes (keeps windows and margins bounded).
    public static let maximumMatchWidth = 512

    public let pack: RulePack
    public let fingerprinter: Fingerprinter
    let detectors: [Detector]
    /// The same detectors, read in place by the per-candidate checks: `detectorTable[i].field`
    /// loads the one field, where `detectors[i].field` copied the whole detector (a retain
    /// and a release per string and array in it, 4% of a scan of text dense with candidates).
    let detectorTable: UnsafeMutableBufferPointer<Detector>
    /// Per detector: what its findings share.
    let templates: [FindingTemplate]
    /// Phase one: distinct triggers (and the exact patterns of detectors without triggers) in
    /// one database, but for those the other passes take: the words and a space
    /// (`wordTriggers`), the shapes that need a digit and the triggers that need a tab, a bar
    /// or an equals sign (`digitShapeTriggers`, `markShapeTriggers`). A trigger's index is its
    /// pattern's id whichever pass finds it.
    let triggerDatabase: Database?
    /// Phase one: the literal triggers that are a word and a space, found without Vectorscan.
    let wordTriggers: WordTriggers
    /// Phase one: the shape triggers that need a digit, looked for only around digits.
    let digitShapeTriggers: GatedShapes?
    /// Phase one: the triggers that need a tab, a bar or an equals sign, looked for only
    /// around those.
    let markShapeTriggers: GatedShapes?
    /// Per trigger: how far from a hit a match of any detector it serves can reach.
    let triggerReach: [Int]
    /// The phase-two group of the detectors found at a given name after a word in capitals
    /// (`at_given_names: after_capitals`), and how far their matches reach.
    let afterCapitalsGroup: (group: Int, reach: Int)?
    /// Per trigger: whether it is a shape (a date's, a number's), whose hit's line is looked at
    /// for a surname in capitals at its start ("HOLROYD Maja\t02/11/2016"); a word's is not.
    let isShapeTrigger: [Bool]
    /// Per trigger: the phase-two database (in `exactDatabases`) that confirms its hits.
    let triggerGroup: [Int]
    /// Per trigger of an anchored group: from a hit's end back to where its value begins
    /// (the hit's first letter or digit: " Amy " is a name from its second byte).
    let triggerValueStart: [Int]
    /// Per phase-two database: whether its detectors' values all begin where their literal
    /// triggers' hits do (`trigger_at_start`). Its patterns are then anchored at the start
    /// (`^`, no start of match to track) and run over one window per hit, starting at the
    /// value: for names in running text, four times as fast as the leftmost start of any
    /// match in a window around the hit (Vectorscan's own part ten times).
    let anchored: [Bool]
    /// Phase two: per set of detectors that share a trigger, their exact patterns with
    /// start-of-match.
    let exactDatabases: [PhaseTwoDatabase]
    /// Per phase-two database: how far from a value's first byte its widest match reaches
    /// (a document's first bytes are scanned that far with each database, for the values
    /// whose triggers need a byte before them).
    let groupReach: [Int]
    /// Per phase-two database: whether every pattern in it bounds its own matches, so that
    /// its windows may be scanned in one call, joined by a separator longer than any match
    /// (no match can span two windows).
    let joinable: [Bool]
    /// Per phase-two database: NUL bytes one longer than its widest match.
    let separators: [[UInt8]]
    /// Per detector: its phase-two pattern carries its start boundary (`PatternBoundary`),
    /// so a reported start may be the byte before the value.
    let leadingBoundary: [Bool]
    /// Per detector: its phase-two pattern carries its end boundary, so a reported end may
    /// be one past the byte after the value.
    let trailingBoundary: [Bool]
    /// Special-category keyword sets, run only over chunks of documents holding identifiers,
    /// with `sentinelID`'s pattern beside them.
    let specialDatabase: Database?
    /// The keyword sets' keywords that begin with an ASCII letter or digit, found without
    /// Vectorscan (the rest are `specialDatabase`'s).
    let keywordWords: KeywordWords
    /// Whether the pack has special-category keyword sets (in `keywordWords`, `specialDatabase` or both).
    var searchesSpecialKeywords: Bool { !keywordWords.isEmpty || specialDatabase != nil }
    /// Per special-category keyword set: where a match begins (its database reports ends only).
    let specialStarts: [KeywordStarts?]
    /// The id of a one-byte pattern that never matches text (0xFF is no byte of UTF-8),
    /// compiled beside the special-category keyword sets. With a literal that short in the
    /// database, Vectorscan (5.4, as Debian ships it) builds its literal matcher otherwise,
    /// and the keyword sets run a quarter faster: 108 against 147 ms over the mixed
    /// benchmark corpus, the same over a version with every keyword its own pattern. Its
    /// matches are dropped.
    static let sentinelID = UInt32.max
    static let sentinel = Pattern("\\xFF", id: sentinelID)
    /// The keyword sets that say a document's data is made up (`marks_made_up`), run only
    /// over each part's first `DocumentState.madeUpReach` bytes: a lesson's or a template's
    /// heading, and the file's name read after its content.
    let madeUpDatabase: Database?
    /// The context keywords (ids below `staffingKeywordBase`) and the staffing-matter phrases
    /// after them (`DocumentState.staffingMatterWords`, id minus the base).
    let keywordDatabase: Database?
    let staffingKeywordBase: Int
    /// Whether context keyword `k` is context for detector `d`: `keywordOwnership[k * detectorCount + d]`.
    let keywordOwnership: [Bool]
    let keywordTexts: [String]
    /// The context keywords that are a family's or a pupil's word ("parent", "pupil"), which
    /// a role's name may begin ("parent governor": `DocumentState.namesARole`).
    let familyKeywords: Set<Int>
    /// Per detector: its context keywords, for the per-candidate lookup.
    let contextKeywords: [ContextKeywordSet]
    /// Per detector: its context keywords in small letters, for a snake-case key's words
    /// (`DocumentState.snakeKeyKeyword`).
    let loweredContextKeywords: [Set<String>]
    /// Per detector: widest match in bytes (0 for column detectors).
    let widths: [Int]
    let validators: [Validators.Check?]
    /// Per detector: what a value must not touch (checked before anything else).
    let boundaries: [Detector.Boundary]
    /// Per detector: the next words that rule a value out (`not_followed_by`).
    let notFollowedBy: [Set<String>]
    /// Per detector: the phrases of its `not_followed_by` (entries of two words or more, as
    /// lower-case bytes): "disclosure" before "and barring service".
    let notFollowedByPhrases: [[[UInt8]]]
    /// Per detector: its `value_after` markers as bytes (a label's value is cut after one).
    let valueAfterBytes: [[[UInt8]]]
    /// Per detector: the words that rule a value out within its context window (`not_near`).
    let notNear: [ContextKeywordSet?]
    let notBelow: [ContextKeywordSet?]
    /// Per detector: what its values are checked as when an organisation's are reported at
    /// `low` (`organisation_contact`); nil when they are not.
    let organisationContact: [OrganisationContact.Kind?]
    /// `OrganisationContact.vocabulary`, for the lines around such a value.
    let organisationDatabase: Database
    /// `DocumentState.staffingMatterWords` in any case, whole words, for the 300 bytes around a name.
    let staffingMatterDatabase: Database
    /// Per detector: whether it finds people's names (`normalize: name`).
    let isName: [Bool]
    /// Per detector: whether it is a keyword set (a special category's words), whose hits stand
    /// beside the values they overlap rather than compete with them.
    let isKeywordSet: [Bool]
    /// Per detector: whether it finds dates of birth (its validator `birth_date`).
    let isBirthDate: [Bool]
    /// Per detector: whether its validator is `uk_phone`.
    let isUKPhone: [Bool]
    /// Per detector: whether its validator is `uk_postcode`.
    let isPostcode: [Bool]
    /// Per detector: whether it finds a given name by the class in brackets after it
    /// (its validator `given_name_class`: "Ruby (Hedgehogs)").
    let namesGivenWithClass: [Bool]
    /// Per detector: whether what it finds only someone alive now has (an identifier, a bank
    /// account, an e-mail address, a phone number, a postcode): no line of a Victorian register.
    let reachesTheLiving: [Bool]
    /// Per detector: whether it finds a name by the birth date after it, which a time of day
    /// after the date rules out (`validator: person_name_birth_date`).
    let namesByBirthDate: [Bool]
    /// Per detector: its `value_until` markers as bytes (read where a candidate ends).
    let valueUntilBytes: [[[UInt8]]]
    /// Per detector: whether its value is its match's first line, the lines after it only
    /// evidence (`value_until` holds a line's end: a list's next line, an address under a
    /// name). Its candidate then ends with that line, so the next line's own value (the next
    /// name of a list, the address's postcode) is not taken for an overlap and dropped.
    let firstLineOnly: [Bool]
    /// Per detector: whether its value is its match's last line (`value_line: last`).
    let lastLineOnly: [Bool]
    /// Per detector: whether its candidate starts at its value (`span: value`).
    let valueSpanOnly: [Bool]
    /// Per detector: whether its validator is `person_name` (`PersonName.clean`), which no
    /// ASCII cell longer than 48 bytes passes.
    let validatedAsName: [Bool]
    /// What a detector's value says of a place only (`FindingEvent.place`): a postcode, or a
    /// phone number (a place's if a landline).
    enum PlaceDetail { case postcode, phone }
    let placeDetail: [PlaceDetail?]
    /// Per detector: the roles beside a value that rule it out (`not_in_role`).
    let notInRole: [Set<String>]
    /// Per detector: whether a death's word rules its values out (`not_in_role` holds "died"):
    /// a life's dates, then, are no one's ("Born 26 June 1952 ... Died 12 July 1979").
    let tellsLives: [Bool]
    /// Per detector: the labels of lines whose values are ruled out (`not_on_lines_of`).
    let notOnLinesOf: [Set<String>]
    public let maxWidth: Int
    public let maxContextWindow: Int
    /// Detectors fed by table columns (person names).
    let columnDetectors: [Int]
    /// Column detectors that read every table cell too (`any_cell`).
    let anyCellDetectors: [Int]
    /// The column detector a "Surname" column feeds: a form's name over two rows is its.
    let surnameColumnDetector: Int?
    /// The column detector an "Initials" column feeds: a name column's cell of initials may be
    /// its (`DocumentState.initialsColumnInstead`).
    let initialsColumnDetector: Int?
    /// The column detector a form's question for a whole name feeds ("Your full name").
    let fullNameColumnDetector: Int?
    /// The detector an address column feeds ("Address", "Street").
    let addressColumnDetector: Int?

    /// The engine for `pack`, its databases from the cache where they are stored. A cold
    /// cache (a new install, edited rules, a new Vectorscan) has every database that is not
    /// stored compiled and stored first, none of them held, and only then the engine built
    /// from the cache: each compile's working memory then stands on nothing compiled before
    /// it. (Built as they were compiled, a cold start peaked 11 MB higher, at its fifteenth
    /// compile, on the 9 MB compiled before it: over the 100 MB a 2 GB file's scan is
    /// allowed.) A warm cache is read once, as before; a cache this process cannot write is
    /// compiled into once, holding each database, as without a cache.
    public convenience init(pack: RulePack, fingerprinter: Fingerprinter) throws {
        do {
            try self.init(pack: pack, fingerprinter: fingerprinter, onMiss: .refuse)
        } catch is DatabaseCache.ColdCache {
            if DatabaseCache.shared.canStore { _ = try Engine(pack: pack, fingerprinter: fingerprinter, onMiss: .storeOnly) }
            try self.init(pack: pack, fingerprinter: fingerprinter, onMiss: .compile)
        }
    }

    init(pack: RulePack, fingerprinter: Fingerprinter, onMiss miss: DatabaseCache.Miss) throws {
        self.pack = pack
        self.fingerprinter = fingerprinter
        detectors = pack.detectors
        templates = pack.detectors.map(FindingTemplate.init)
        struct TriggerKey: Hashable { var flags: UInt32; var expression: String }
        var triggerIndex: [TriggerKey: Int] = [:]
        var triggers: [Pattern] = [], reach: [Int] = [], served: [[Int]] = []
        var exact: [Pattern] = [], special: [Pattern] = [], madeUp: [Pattern] = []
        var passKeywords: [(text: String, set: UInt32)] = []
        var widths = [Int](repeating: 0, count: detectors.count)
        var specialStarts = [KeywordStarts?](repeating: nil, count: detectors.count)
        var columnDetectors: [Int] = []
        var leading = [Bool](repeating: false, count: detectors.count), trailing = leading
        var writtenTriggerIndices: [[String]: [Int]] = [:]
        @discardableResult
        func addTrigger(_ expression: String, flags: Pattern.Flags, detector: Int, width: Int) -> Int {
            let key = TriggerKey(flags: flags.rawValue, expression: expression)
            if let index = triggerIndex[key] {
                reach[index] = max(reach[index], width)
                served[index].append(detector)
                return index
            }
            triggerIndex[key] = triggers.count
            triggers.append(Pattern(expression, id: UInt32(triggers.count), flags: flags))
            reach.append(width)
            served.append([detector])
            return triggers.count - 1
        }
        for (index, detector) in detectors.enumerated() {
            var flags: Pattern.Flags = []
            for name in detector.flags { flags.formUnion(Pattern.Flags.byName[name] ?? []) }
            widths[index] = detector.maxWidth
            switch detector.kind {
            case .pattern(let expression):
                let phaseTwo = PatternBoundary.wrap(expression, boundary: detector.boundary, utf8: flags.contains(.utf8))
                exact.append(Pattern(phaseTwo.expression, id: UInt32(index), flags: flags.union(.leftmostStart)))
                leading[index] = phaseTwo.leading
                trailing[index] = phaseTwo.trailing
                if detector.triggers.isEmpty {
                    addTrigger(expression, flags: flags, detector: index, width: detector.maxWidth)
                } else if let known = writtenTriggerIndices[detector.writtenTriggers], !detector.writtenTriggers.isEmpty {
                    // The same written triggers expand to the same literals: a dozen name rules
                    // share '{given_names} ', 3,700 literals each would hash again.
                    for trigger in known {
                        reach[trigger] = max(reach[trigger], detector.maxWidth)
                        served[trigger].append(index)
                    }
                } else {
                    var indices: [Int] = []
                    indices.reserveCapacity(detector.triggers.count)
                    for trigger in detector.triggers { indices.append(addTrigger(trigger, flags: [], detector: index, width: detector.maxWidth)) }
                    if !detector.writtenTriggers.isEmpty { writtenTriggerIndices[detector.writtenTriggers] = indices }
                }
            case .keywords(let words) where detector.marksMadeUp:
                madeUp.append(Pattern(KeywordPattern.expression(for: words), id: UInt32(index), flags: flags))
            case .keywords(let words):
                // (A pattern a keyword, the set's id on each, and no start of match: one alternation of
                // a set's 400 keywords took a first start's compile 6 MB higher; `specialStarts`
                // finds where a match begins.)
                // (Those beginning with an ASCII letter or digit in a pass of their own, `keywordWords`.)
                for word in words {
                    if flags == [.caseless], KeywordWords.accepts(word) {
                        passKeywords.append((word, UInt32(index)))
                    } else {
                        special.append(Pattern(KeywordPattern.expression(for: [word]), id: UInt32(index), flags: flags))
                    }
                }
                specialStarts[index] = KeywordStarts(words)
            case .columns:
                columnDetectors.append(index)
            }
        }
        let detectors = self.detectors
        // (A detector with a database of its own is compiled once, however many groups its
        // triggers put it in: the labelled address is in three.)
        var compiled: [[Pattern]: Database] = [:]
        /// Compiles, turning a pattern Vectorscan refuses into an error naming its rule file and line.
        func compile(_ patterns: [Pattern], what: String, owner: (Int) -> Int?) throws -> Database? {
            guard !patterns.isEmpty else { return nil }
            if let database = compiled[patterns] { return database }
            do {
                let database = try DatabaseCache.shared.database(for: patterns, onMiss: miss)
                compiled[patterns] = database
                return database
            } catch VectorscanError.compile(let message, let index) {
                if let index, let detector = owner(index).map({ detectors[$0] }) {
                    throw RuleErrors(errors: [RuleError(file: detector.file, line: detector.line,
                                                        message: "detector '\(detector.id)': Vectorscan cannot compile its \(what): \(message)",
                                                        hint: "large bounded repeats compile badly in start-of-match mode; try + with max_width")])
                }
                throw RuleErrors(errors: [RuleError(file: "rules", line: nil, message: "Vectorscan cannot compile the \(what)s: \(message)")])
            }
        }
        // The keyword sets first: theirs were the largest compiles (about 30 and 17 MB over
        // what the process holds, before most keywords went to `keywordWords`), and a start
        // peaks at a compile's working memory over the databases already built.
        keywordWords = KeywordWords(keywords: passKeywords)
        specialDatabase = special.isEmpty ? nil
            : try compile(special + [Engine.sentinel], what: "keyword set", owner: { $0 < special.count ? Int(special[$0].id) : nil })
        var keywordIndex: [String: Int] = [:]
        var owners: [[Int]] = [], texts: [String] = []
        for (index, detector) in detectors.enumerated() {
            for keyword in detector.contextKeywords {
                let key = KeywordPattern.lowerASCII(keyword)
                if let existing = keywordIndex[key] {
                    owners[existing].append(index)
                } else {
                    keywordIndex[key] = texts.count
                    texts.append(key)
                    owners.append([index])
                }
            }
        }
        var ownership = [Bool](repeating: false, count: owners.count * detectors.count)
        for (keyword, detectorIndices) in owners.enumerated() {
            for detector in detectorIndices { ownership[keyword * detectors.count + detector] = true }
        }
        keywordOwnership = ownership
        keywordTexts = texts
        familyKeywords = Set(texts.indices.filter {
            DocumentState.familyWords.contains(texts[$0]) || DocumentState.pupilWords.contains(texts[$0])
        })
        loweredContextKeywords = detectors.map { Set($0.contextKeywords.map(KeywordPattern.lowerASCII)) }
        contextKeywords = detectors.map { detector in
            var seen = Set<Int>()
            return ContextKeywordSet(detector.contextKeywords.compactMap { keyword -> ContextKeyword? in
                guard let id = keywordIndex[KeywordPattern.lowerASCII(keyword)], seen.insert(id).inserted else { return nil }
                return ContextKeyword(id: id, text: texts[id])
            })
        }
        // The staffing-matter phrases ride along after the keywords (ids from
        // `staffingKeywordBase`): a chunk with many names is indexed for both in one pass.
        staffingKeywordBase = texts.count
        keywordDatabase = try compile(texts.enumerated().map { index, text in
            Pattern(KeywordPattern.expression(for: [text]), id: UInt32(index), flags: [.caseless])
        } + DocumentState.staffingMatterWords.enumerated().map {
            Pattern(KeywordPattern.expression(for: [$0.element]), id: UInt32(texts.count + $0.offset), flags: [.caseless])
        }, what: "context keyword", owner: { index in
            index < texts.count ? detectors.firstIndex { $0.contextKeywords.map(KeywordPattern.lowerASCII).contains(texts[index]) } : nil
        })
        let isLiteral = { (trigger: Pattern) in KeywordPattern.isLiteral(trigger.expression) && trigger.flags.isEmpty }
        let literal = triggers.map(isLiteral)
        // A word and a space ("Olivia ", " aaliyah ", "Mr ") is found by a pass of its own;
        // Vectorscan gets the rest.
        let literalBytes = triggers.indices.map { literal[$0] ? KeywordPattern.literalBytes(triggers[$0].expression) : [] }
        let inWordPass = literalBytes.map { WordTriggers.split($0) != nil }
        wordTriggers = WordTriggers(literals: triggers.indices.filter { inWordPass[$0] }.map { (literalBytes[$0], UInt32($0)) })
        // A shape that needs a digit and reaches a few dozen bytes is looked for around digits;
        // a trigger (a shape or a literal) that needs a tab, a bar or an equals sign, around those.
        let needsDigit = triggers.indices.map { !literal[$0] && triggers[$0].flags.isEmpty && GatedShapes.requiresDigit(triggers[$0].expression) }
        let needsMark = triggers.indices.map { !inWordPass[$0] && !needsDigit[$0] && triggers[$0].flags.isEmpty && GatedShapes.requiresMark(triggers[$0].expression) }
        let width = triggers.indices.map { needsDigit[$0] || needsMark[$0] ? (try? triggers[$0].widths().maxWidth) ?? nil : nil }
        let aroundDigits = triggers.indices.map { needsDigit[$0] && (width[$0] ?? .max) <= GatedShapes.widest }
        let aroundMarks = triggers.indices.map { needsMark[$0] && (width[$0] ?? .max) <= GatedShapes.widest }
        let scanned = triggers.indices.filter { !inWordPass[$0] && !aroundDigits[$0] && !aroundMarks[$0] }.map { triggers[$0] }
        let owner = { (trigger: Int) in detectors.firstIndex { $0.triggers.contains(triggers[trigger].expression) } ?? served[trigger].first }
        triggerDatabase = try compile(scanned, what: "trigger", owner: { owner(Int(scanned[$0].id)) })
        func gated(_ chosen: [Bool], _ gate: GatedShapes.Gate) throws -> GatedShapes? {
            let shapes = triggers.indices.filter { chosen[$0] }.map { triggers[$0] }
            return try compile(shapes, what: "trigger", owner: { owner(Int(shapes[$0].id)) }).map { database in
                GatedShapes(database: database, reach: shapes.compactMap { width[Int($0.id)] }.max()! + 1, gate: gate)
            }
        }
        digitShapeTriggers = try gated(aroundDigits, .digit)
        markShapeTriggers = try gated(aroundMarks, .mark)
        triggerReach = reach
        isShapeTrigger = literal.map { !$0 }
        // A literal trigger serving only `trigger_at_start` detectors begins their values
        // (the translator allows such detectors literal triggers only, so a group's triggers
        // all do or none does).
        let startsValue = triggers.indices.map { index in
            literal[index] && served[index].allSatisfy({ detectors[$0].triggerAtStart })
        }
        triggerValueStart = triggers.indices.map { index in
            guard startsValue[index] else { return 0 }
            let bytes = literalBytes[index]
            // (A capital beyond ASCII, as `{upper}` has them, begins it too: "Ștefan " from its
            // first byte, C8; a quotation mark before a short name, E2 80 9C, does not.)
            return bytes.count - (bytes.firstIndex(where: { isAlnum($0) || (0xC3...0xC5).contains($0) || $0 == 0xC8 }) ?? 0)
        }
        // One phase-two database per distinct set of served detectors.
        var groupOf: [[Int]: Int] = [:]
        var groups: [[Int]] = []
        let groupOfTrigger = served.map { detectors in
            if let group = groupOf[detectors] { return group }
            groupOf[detectors] = groups.count
            groups.append(detectors)
            return groups.count - 1
        }
        triggerGroup = groupOfTrigger
        afterCapitalsGroup = triggerIndex[TriggerKey(flags: 0, expression: Detector.afterCapitalsTrigger)].map { (groupOfTrigger[$0], reach[$0]) }
        // A group is anchored when its triggers begin values.
        var anchoredGroups = [Bool](repeating: false, count: groups.count)
        for index in triggers.indices where startsValue[index] { anchoredGroups[groupOfTrigger[index]] = true }
        // Every group serves at least one pattern detector, so none compiles to nil and the
        // indices in `triggerGroup` stay valid.
        exactDatabases = try groups.indices.compactMap { group in
            var patterns = exact.filter { groups[group].contains(Int($0.id)) }
            if anchoredGroups[group] {
                patterns = patterns.map { pattern in
                    let detector = detectors[Int(pattern.id)]
                    guard case .pattern(let expression) = detector.kind else { return pattern }
                    var flags = pattern.flags
                    flags.remove(.leftmostStart)
                    return Pattern("^(?:" + expression + ")" + (trailing[Int(pattern.id)] ? PatternBoundary.suffix : ""), id: pattern.id, flags: flags)
                }
            }
            let parts = try PhaseTwoDatabase.parts(of: patterns, ownDatabase: { detectors[Int($0.id)].ownDatabase }).compactMap { part in
                try compile(part, what: "pattern", owner: { Int(part[$0].id) })
            }
            return parts.isEmpty ? nil : PhaseTwoDatabase(parts: parts)
        }
        anchored = anchoredGroups
        groupReach = groups.map { ids in ids.map { detectors[$0].maxWidth }.max() ?? 0 }
        joinable = groups.map { ids in ids.allSatisfy { detectors[$0].boundedWidth } }
        separators = groups.map { ids in
            [UInt8](repeating: 0, count: (ids.map { detectors[$0].maxWidth }.max() ?? 0) + 2) // + the boundary byte
        }
        leadingBoundary = leading
        trailingBoundary = trailing
        self.specialStarts = specialStarts
        madeUpDatabase = try compile(madeUp, what: "keyword set", owner: { Int(madeUp[$0].id) })

        self.widths = widths
        self.columnDetectors = columnDetectors
        anyCellDetectors = columnDetectors.filter { detectors[$0].anyCell }
        surnameColumnDetector = columnDetectors.first { detectors[$0].columns.contains("surname") }
        initialsColumnDetector = columnDetectors.first { detectors[$0].columns.contains("initials") }
        fullNameColumnDetector = columnDetectors.first { detectors[$0].columns.contains("full name") }
        addressColumnDetector = columnDetectors.first { detectors[$0].columns.contains("home address") }
        validators = detectors.map { $0.validator.flatMap { Validators.registry[$0] } }
        boundaries = detectors.map(\.boundary)
        notFollowedBy = detectors.map { Set($0.notFollowedBy) }
        notFollowedByPhrases = detectors.map { $0.notFollowedBy.filter { $0.contains(" ") }.map { Array($0.utf8) } }
        valueAfterBytes = detectors.map { $0.valueAfter.map { Array($0.utf8) } }
        notInRole = detectors.map { Set($0.notInRole) }
        tellsLives = detectors.map { $0.notInRole.contains("died") }
        isName = detectors.map { $0.normalization == .name }
        isKeywordSet = detectors.map { if case .keywords = $0.kind { true } else { false } }
        isBirthDate = detectors.map { $0.validator == "birth_date" }
        isUKPhone = detectors.map { $0.validator == "uk_phone" }
        isPostcode = detectors.map { $0.validator == "uk_postcode" }
        namesGivenWithClass = detectors.map { $0.validator == "given_name_class" }
        reachesTheLiving = detectors.map { detector in
            detector.category == .identifier || detector.category == .financial
                || ["email", "uk_postcode"].contains(detector.id) || detector.id.contains("phone")
        }
        namesByBirthDate = detectors.map { $0.validator == "person_name_birth_date" }
        valueUntilBytes = detectors.map { $0.valueUntil.map { Array($0.utf8) } }
        firstLineOnly = detectors.map { $0.valueUntil.contains("\n") && !$0.valueOnLastLine }
        lastLineOnly = detectors.map(\.valueOnLastLine)
        valueSpanOnly = detectors.map(\.spansValueOnly)
        validatedAsName = detectors.map { $0.validator == "person_name" }
        // (A number abroad alone is a place's too: a trip itinerary's hostel, "Tel +49 30 2345 6780",
        // round 747's.)
        placeDetail = detectors.map { $0.validator == "uk_postcode" ? .postcode : $0.validator == "uk_phone" || $0.validator == "international_phone" ? .phone : nil }
        notNear = detectors.map { detector in
            detector.notNear.isEmpty ? nil : ContextKeywordSet(detector.notNear.enumerated().map { ContextKeyword(id: $0.offset, text: $0.element) })
        }
        notBelow = detectors.map { detector in
            detector.notBelow.isEmpty ? nil : ContextKeywordSet(detector.notBelow.enumerated().map { ContextKeyword(id: $0.offset, text: $0.element) })
        }
        notOnLinesOf = detectors.map { Set($0.notOnLinesOf) }
        organisationContact = detectors.map { detector in
            detector.organisationContact.map { OrganisationContact.Kind(setting: $0, validator: detector.validator) }
        }
        organisationDatabase = try DatabaseCache.shared.database(for: OrganisationContact.patterns, onMiss: miss)
        staffingMatterDatabase = try DatabaseCache.shared.database(for: DocumentState.staffingMatterWords.enumerated().map {
            Pattern(KeywordPattern.expression(for: [$0.element]), id: UInt32($0.offset), flags: [.caseless])
        }, onMiss: miss)
        maxWidth = max(widths.max() ?? 1, 1)
        maxContextWindow = detectors.map(\.contextWindow).max() ?? 64
        // Last, so that an init that throws leaves nothing allocated.
        detectorTable = .allocate(capacity: detectors.count)
        _ = detectorTable.initialize(from: detectors)
    }

    deinit {
        detectorTable.deinitialize()
        detectorTable.deallocate()
    }

    public var detectorCount: Int { detectors.count }

    /// Whether context keyword `keyword` is context for `detector`.
    @inline(__always) func owns(keyword: Int, detector: Int) -> Bool {
        keywordOwnership.withUnsafeBufferPointer { $0[keyword * detectors.count + detector] }
    }
    public func detector(at index: Int) -> Detector { detectors[index] }

    /// The family a detector's values are fingerprinted in ("person_name" for every rule that
    /// finds a name, else the detector's own id), as `FindingTemplate` keys them.
    public static func subjectFamily(of detector: Detector) -> String {
        detector.normalization == .name ? "person_name" : detector.id
    }

    /// Small words before a title's last word that make it a phrase, not a column of people.
    static let linkWords: Set<String> = ["for", "to", "with", "from", "about", "and", "by", "on", "of", "all", "our", "other", "new",
                                         "a", "an", "the", "against", "each", "every", "per", "any", "another", "between"]

    /// Categories a column header can veto for the other detectors of its kind.
    static let structuredCategories: Set<Category> = [.identifier, .contact, .financial]

    /// Builds a table header: which detectors each column title gives context to.
    public func header(titles: [String], scratch: Scratch) -> TableHeader {
        // A training deck's practice record, "Pupil | Test Pupil": a label and a made-up value,
        // no titles.
        if titles.contains(where: PersonName.isPlaceholderPerson) {
            return TableHeader(columns: titles.map { TableHeader.Column(title: $0, contextFor: [], columnDetector: nil) })
        }
        let normalizedTitles = titles.map(TableHeader.normalize)
        var header = TableHeader(columns: zip(titles, normalizedTitles).map { title, normalized in
            // A form's value where a title would be ("Parent / carer | Fadumo Abdi (mother)",
            // "Requester | Sean Byrne (Father of Oisín Byrne, 11C)"): a person, whose note in
            // brackets titles nothing (its "mother" had made the column a phone's of someone else
            // and hidden the form's own number under it). A short note (`withoutTrailingNote`) after
            // a common given name or holding a family's word; a longer one after a given name.
            let bare = CellText.withoutTrailingNote(title)
            let note = title.dropFirst(bare.count).lowercased().filter(\.isLetter)
            let person = bare != title ? bare : title.firstIndex(of: "(").map { CellText.trimmed(String(title[..<$0])) } ?? title
            if person != title, PersonName.readsAsFullName(person),
               PersonName.startsWithGivenName(person) || (bare != title && DocumentState.familyWords.contains(note)) {
                return TableHeader.Column(title: title, contextFor: [], columnDetector: nil)
            }
            var contextFor = Set<Int>()
            // Both as written ("D.O.B") and normalised ("date of birth", "parent s email"), and
            // in the singular: "Parent drivers (names + mobiles)" holds the drivers' mobiles.
            for text in [title, normalized] + [TableHeader.singular(title)].compactMap({ $0 }) where !text.isEmpty {
                if let keywordDatabase, let matches = try? keywordDatabase.matches(in: " " + text + " ", scratch: scratch) {
                    // (Not the staffing-matter phrases after the keywords.)
                    for match in matches where Int(match.id) < staffingKeywordBase {
                        for detector in detectors.indices where owns(keyword: Int(match.id), detector: detector) { contextFor.insert(detector) }
                    }
                }
            }
            var columnDetector: Int?
            for index in columnDetectors {
                let detector = detectors[index]
                // A title listed as it is ("child's name and class") is the detector's; else an
                // excluded word beginning one of the title's words rules it out: "id" rules out
                // "pupil id" and "identifier", not "candidate" or "middle name".
                if detector.columns.contains(normalized) { columnDetector = index; break }
                if detector.excludeColumns.contains(where: { TableHeader.hasWord(startingWith: $0, in: normalized) }) { continue }
                // "pupil surname", "child's first name": ends with a listed header word.
                // (Not after a small word: "Support for pupils", "Letters to parents" are a
                // table's row labels or topics, not a column of people.)
                if detector.columns.contains(where: { column in
                    guard normalized.hasSuffix(" " + column), column.count >= 4 else { return false }
                    let before = normalized.dropLast(column.count + 1).split(separator: " ").last.map(String.init) ?? ""
                    return !Engine.linkWords.contains(before)
                }) {
                    columnDetector = index
                    break
                }
            }
            // (Or a thing's number: an inventory's "Serial no" holds no one's phone number.)
            // A form's question for a name, as a teacher writes it ("first + last name pls", "Your
            // name?"): the word "name" with "first" and "last", "full" or "your".
            if columnDetector == nil, let fullName = fullNameColumnDetector {
                let words = Set(normalized.split(separator: " "))
                if words.contains("name"), words.count <= 6, (words.contains("first") && words.contains("last")) || words.contains("full") || words.contains("your"),
                   !detectors[fullName].excludeColumns.contains(where: { TableHeader.hasWord(startingWith: $0, in: normalized) }) {
                    columnDetector = fullName
                }
            }
            let structured = contextFor.contains { Engine.structuredCategories.contains(detectors[$0].category) }
                || TableHeader.thingNumberTitles.contains(normalized) || TableHeader.namesMoney(title, normalized)
            // "Medical condition", "SEN status": a special-category title (a header, not a value).
            // As written too: a keyword in capitals ("LAC") is matched in capitals only.
            let special = !normalized.isEmpty && [normalized, title].contains { holdsSpecialKeyword(" " + $0 + " ", scratch: scratch) }
            return TableHeader.Column(title: title, contextFor: contextFor, columnDetector: columnDetector,
                                      namesStructuredData: structured, namesSpecialCategory: special,
                                      namesPeople: columnDetector.map { detectors[$0].normalization == .name } ?? false)
        })
        for index in header.columns.indices where TableHeader.exampleTitles.contains(normalizedTitles[index]) {
            header.columns[index].holdsExamples = true
        }
        for index in header.columns.indices where TableHeader.organisationTitles.contains(normalizedTitles[index])
            || TableHeader.organisationsContactTitle(normalizedTitles[index]) {
            header.columns[index].namesOrganisation = true
        }
        // A markbook's first column, untitled or titled with the class ("8B1"), holds its pupils.
        if let first = header.columns.first, !first.isKnown, first.title.isEmpty || TableHeader.isClassCode(first.title),
           let detector = columnDetectors.first(where: { detectors[$0].untitledFirstColumn }) {
            header.columns[0].columnDetector = detector
            header.columns[0].namesPeople = detectors[detector].normalization == .name
        }
        // A grid's columns are collected for the `any_cell` detectors.
        if !anyCellDetectors.isEmpty {
            for index in header.columns.indices where header.columns[index].columnDetector == nil && TableHeader.isGridTitle(titles[index]) {
                header.columns[index].grid = true
            }
        }
        // Beside a column of pupil data, a name column's cells are people whatever their names.
        let spaced = normalizedTitles.map { " " + $0 + " " }
        func beside(_ words: [String], _ index: Int) -> Bool {
            spaced.indices.contains { other in other != index && words.contains { spaced[other].contains(" " + $0 + " ") } }
        }
        for index in header.columns.indices {
            guard let detector = header.columns[index].columnDetector, !detectors[detector].trustedBeside.isEmpty else { continue }
            header.columns[index].trusted = beside(detectors[detector].trustedBeside, index)
        }
        // A title is no context for a detector beside one of its `not_beside` words: a minibus
        // check sheet's "Vehicle Reg" beside "Fleet No" and "Odometer" holds the school's own
        // vehicles, no one's car.
        for index in header.columns.indices {
            for detector in header.columns[index].contextFor where !detectors[detector].notBeside.isEmpty && beside(detectors[detector].notBeside, index) {
                header.columns[index].contextFor.remove(detector)
            }
        }
        // A staff record's titles (personal details, absence, pay), not a directory's.
        // (Its note in brackets too: "Mobile (emergency)". Not "Home" alone beside "Away": a
        // fixtures list's sides.)
        let written = titles.map { " " + String($0.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " }).split(separator: " ").joined(separator: " ") + " " }
        let sides = normalizedTitles.contains("away") || normalizedTitles.contains("opponent")
        let staffRecord = (spaced + written).contains { title in
            !(sides && title == " home ") && Self.recordTitleWords.contains { title.contains(" " + $0 + " ") }
        }
        // Beside a column of roles, a titled name is a member of staff in the role.
        // (Not in a staff export beside identifiers: "Name | Job title | NI number" is HR's record.)
        // (Nor in a staff record, a new starters' sheet of passwords, or beside special-category columns.)
        let holdsIdentifiers = staffRecord || header.columns.contains { column in
            column.namesSpecialCategory || column.contextFor.contains { [.identifier, .financial].contains(detectors[$0].category) }
        } || spaced.contains { $0.contains(" password ") || $0.contains(" passwords ") }
        // A column titled with the people's post in a record of their identifiers or pay
        // ("Invigilator | Address | NI Number | Sort Code"): its cells are the people's names.
        if holdsIdentifiers, let detector = columnDetectors.first(where: { detectors[$0].untitledFirstColumn }) {
            for index in header.columns.indices where header.columns[index].columnDetector == nil
                && Self.postHolderTitles.contains(normalizedTitles[index]) {
                header.columns[index].columnDetector = detector
                header.columns[index].namesPeople = true
            }
        }
        for index in header.columns.indices where header.columns[index].columnDetector != nil && !holdsIdentifiers {
            header.columns[index].besideRoles = normalizedTitles.indices.contains { other in
                other != index && TableHeader.isRoleTitle(normalizedTitles[other])
            }
        }
        // Beside a column of things' data (a library's "ISBN"), a name column holds no people.
        // (Not a column of the people the things are assigned to: an inventory's "Primary user
        // display name" beside "Model" and "Serial number".)
        // (Not in a staff record: a staffing costing's "Name" beside "Salary" and "Total cost".)
        // (Nor beside a column of roles: things hold no posts. A staff parking list's "Name" beside
        // "Role" and "Make/model".)
        // (Nor beside a special category's column: an SEN provision map's "Name" beside "SEN
        // stage", "Primary need" and its "Cost".)
        let besideRoleColumn = normalizedTitles.contains(where: TableHeader.isRoleTitle)
        let besideSpecialColumn = header.columns.contains { column in
            column.namesSpecialCategory || column.columnDetector.map { detectors[$0].category == .specialCategory } ?? false
        }
        // (Nor beside a pupil's own details: a provision map's "Name" beside "Tutor group" and its
        // "Cost (£)". A "Reading age" beside "ISBN" is a book's.)
        for index in header.columns.indices where !staffRecord && !besideRoleColumn && !besideSpecialColumn && !beside(Self.pupilTitles, index) {
            guard let detector = header.columns[index].columnDetector, beside(detectors[detector].notBeside, index),
                  !Self.peoplesNameTitleWords.contains(where: { spaced[index].contains(" " + $0 + " ") })
            else { continue }
            header.columns[index].columnDetector = nil
            header.columns[index].namesPeople = false
            header.columns[index].trusted = false
            header.columns[index].namesThings = true
        }
        // A book's author, publisher or title ("Jonathan Cape", "Darren Shan" in a library's
        // stock), a governing body's members (an attendance register schools publish): public
        // names, no one's personal data the document is about.
        // (Not beside special-category columns: a board's skills audit returns with each
        // governor's ethnicity, religion and disability are about its governors.)
        let namesSpecialCategory = header.columns.contains { $0.namesSpecialCategory }
        // (And a story's characters: "Character | Age | What we learn | Feelings", a class reader's
        // profiles, round 2202's, whose other titles the rules know none of.)
        for index in header.columns.indices where header.columns[index].columnDetector == nil
            && (TableHeader.publicationTitles.contains(normalizedTitles[index]) || TableHeader.thingTitles.contains(normalizedTitles[index])
                || TableHeader.characterTitles.contains(normalizedTitles[index])) {
            if namesSpecialCategory, TableHeader.boardTitles.contains(normalizedTitles[index]),
               let detector = columnDetectors.first(where: { detectors[$0].untitledFirstColumn }) {
                header.columns[index].columnDetector = detector
                header.columns[index].namesPeople = true
                header.columns[index].trusted = true
                continue
            }
            header.columns[index].namesThings = true
        }
        // A table of organisations, not of people: an organisation column, and none of pupils',
        // families' or employees' data (no identifier, money, date of birth or special category).
        // (Staff in their posts too, "Role | Name | Email", in a table of no one's personal data.)
        // (A question's column, "DBS-checked supervisor?", holds answers, not identifiers; a
        // business's money, "Contract expiry", "Sort code", is no one's personal data.)
        func names(_ categories: [Category]) -> Bool {
            header.columns.contains { column in
                // (Nor a yes-or-no column: "dbs_required", "insurance_checked".)
                !column.title.hasSuffix("?") && !Self.answerTitleEnds.contains(String(TableHeader.normalize(column.title).split(separator: " ").last ?? ""))
                    // (Nor an organisation's own registration: "Insurance cert ref", "Company no".)
                    && !TableHeader.organisationRecordTitles.contains(TableHeader.normalize(column.title))
                    && column.contextFor.contains {
                    categories.contains(detectors[$0].category) || (detectors[$0].category == .personal && !isName[$0])
                }
            }
        }
        // A count's column beside a ratio: a visits calendar's "Pupils | Staff | Ratio" holds
        // numbers of people, not people (round 877's).
        let countsPeople = normalizedTitles.contains { $0 == "ratio" || $0.hasPrefix("cost per ") || $0.hasPrefix("price per ") }
        let peoplesData = namesSpecialCategory || staffRecord
            || normalizedTitles.contains(where: { title in
                !(countsPeople && ["pupils", "students", "children", "learners", "participants"].contains(title)) &&
                // (An employer's "Placement contact" is its own member of staff; a fixtures list's
                // "Home" beside "Away" a side.)
                // (Nor a count of them: a placements directory's "max_students"; nor a price, "Cost per pupil".)
                !(sides && title == "home") && title != "placement contact" && !["max", "min", "maximum", "minimum", "number", "no", "num", "total", "count", "cost", "price"].contains(title.split(separator: " ").first.map(String.init) ?? "")
                    && title.split(separator: " ").contains { TableHeader.personTitleWords.contains(String($0)) }
            })
        // (Its names in a contact's column, "Contact", "Privacy contact": an alumni export's
        // "First Name | Last Name | Employer" is of people with their employers.)
        // (Nor its untitled columns: a Markdown table's bars at each end of its lines.)
        let contactColumns = header.columns.indices.allSatisfy { index in
            normalizedTitles[index].isEmpty
                || header.columns[index].columnDetector.map { !isName[$0] } ?? true || normalizedTitles[index].split(separator: " ").contains("contact")
                || TableHeader.organisationTitles.contains(normalizedTitles[index]) // "Supplier name"
        }
        if !peoplesData, contactColumns, !names([.identifier]) {
            // (An organisation's column among the first three, as a directory puts its names: a
            // CCTV log's "organisation" fourth, after its date and requester, records requests.)
            // (A bilingual title by either half: "Sefydliad/Organisation".)
            header.namesOrganisations = titles.indices.prefix(3).contains { index in
                TableHeader.organisationTitles.contains(normalizedTitles[index])
                    || titles[index].contains("/")
                        && titles[index].split(separator: "/").contains { TableHeader.organisationTitles.contains(TableHeader.normalize(String($0))) }
            }
                // (Or a place's own contact column in a table naming no one: a transport list's
                // "depot | depot_phone", a trips list's "hotel phone".)
                || !header.columns.contains(where: \.namesPeople) && normalizedTitles.contains(where: TableHeader.isPlaceContactTitle)
        }
        // A fixtures list's grounds, wherever its venue stands, whoever its staff column names:
        // "Date | Sport | Opponent | Venue | Venue address | Postcode", "Date | Team | Opposition |
        // Venue | Postcode | Staff" (round 762's; its staff column kept it from the rule above).
        if !peoplesData, !names([.identifier]), normalizedTitles.contains("venue"),
           normalizedTitles.contains(where: { ["venue address", "venue postcode", "opponent", "opponents", "opposition"].contains($0) }) {
            header.namesOrganisations = true
        }
        // A visits calendar's places, whoever its staff column counts: "VisitRef | Year group |
        // Destination | Postcode | ... | Pupils | Staff | Ratio" (round 877's).
        if !peoplesData, countsPeople, !names([.identifier]),
           normalizedTitles.prefix(3).contains(where: { ["destination", "destination name", "venue", "venue name", "attraction"].contains($0) }) {
            header.namesOrganisations = true
        }
        // An itinerary's places and their numbers: "Date | Time | Activity | Location | Contact" (a music
        // tour's hotel and concert hall, round 1891's).
        if !peoplesData, !names([.identifier]),
           normalizedTitles.contains(where: { ["location", "venue", "place", "destination"].contains($0) }),
           normalizedTitles.contains(where: { ["activity", "activities", "event", "itinerary"].contains($0) }) {
            header.namesOrganisations = true
        }
        // A register of organisations by their registrations ("SupplierID | Name | CompanyNo | VATNo
        // | Address | Postcode | Switchboard"): its names and contacts are businesses', whatever
        // its name column's title (round 656's approved suppliers).
        if !peoplesData, !names([.identifier]), normalizedTitles.contains(where: TableHeader.organisationRecordTitles.contains) {
            header.namesOrganisations = true
        }
        // A list of places: a catchment's streets, a route's roads ("Street | Postcode(s) |
        // Notes"), with no house number and no one's column.
        if !peoplesData, normalizedTitles.contains(where: TableHeader.streetTitles.contains),
           normalizedTitles.allSatisfy({ $0.isEmpty || TableHeader.streetTitles.contains($0) || TableHeader.placeTitles.contains($0) }) {
            header.namesOrganisations = true
        }
        // A schedule of visits to schools by their DfE numbers ("Date | School | DfE No | Postcode |
        // Room | Purpose | Miles", an outreach teacher's mileage, round 984's): the schools' postcodes.
        if !peoplesData, !names([.identifier]), normalizedTitles.contains(where: TableHeader.schoolTitles.contains),
           normalizedTitles.contains(where: TableHeader.schoolNumberTitles.contains) {
            header.namesOrganisations = true
        }
        header.tellsLives = normalizedTitles.contains(where: TableHeader.lifeTitles.contains)
        let tellsBirths = normalizedTitles.contains(where: TableHeader.birthTitles.contains)
        header.tellsWholeLives = header.tellsLives && tellsBirths
        // (An "Author" column beside it names writers, not subjects.)
        header.namesCharacters = normalizedTitles.contains(where: TableHeader.characterTitles.contains)
            && !header.columns.indices.contains { header.columns[$0].namesPeople && !normalizedTitles[$0].isEmpty
                                                  && !TableHeader.makerTitles.contains(normalizedTitles[$0]) }
        header.holdsBirthDates = header.columns.contains { $0.contextFor.contains { isBirthDate[$0] } }
        header.timeline = normalizedTitles.first(where: { !$0.isEmpty }).map(TableHeader.timelineTitles.contains) ?? false
        // (A catalogue's authors' births: "Author | Born | Title | ISBN".)
        if tellsBirths, normalizedTitles.contains(where: TableHeader.makerTitles.contains) { header.tellsLives = true }
        // A list of schools with their own details and the post to contact at each.
        if !peoplesData, normalizedTitles.contains(where: TableHeader.schoolTitles.contains),
           normalizedTitles.allSatisfy({ title in
               title.isEmpty || TableHeader.schoolTitles.contains(title) || TableHeader.isSchoolDetailTitle(title)
                   || TableHeader.isRoleTitle(title) || TableHeader.isDirectoryTitle(title)
           }) {
            header.namesOrganisations = true
        }
        // Staff in their posts only in a directory: roles, names, contact details and the titles
        // a directory holds, nothing else.
        // (Not staff's own mobiles: an emergency cascade's "Name | Role | Ext | Mobile (emergency)".)
        let directory = header.columns.indices.allSatisfy { index in
            let column = header.columns[index], title = normalizedTitles[index]
            if title.split(separator: " ").contains(where: { $0 == "mobile" || $0 == "mob" }) { return false }
            return title.isEmpty || column.columnDetector != nil || TableHeader.isRoleTitle(title) || TableHeader.isDirectoryTitle(title)
                || (!column.contextFor.isEmpty && column.contextFor.allSatisfy { detectors[$0].category == .contact })
        }
        if !peoplesData, directory {
            header.roleColumns = normalizedTitles.indices.filter { TableHeader.isRoleTitle(normalizedTitles[$0]) || normalizedTitles[$0] == "area" }
        }
        header.saysMoreThanNames = header.columns.contains { $0.namesSpecialCategory || !$0.contextFor.isEmpty }
            || normalizedTitles.contains(where: TableHeader.isNoteTitle)
        return header
    }

    /// Titles of a pupil's own details: beside them a name column holds pupils, whatever else
    /// the table lists (costs, quantities).
    /// The titles of a column of people named by their post or their part, which a record of
    /// their identifiers or pay holds (`holdsIdentifiers`): a payroll's "Invigilator".
    static let postHolderTitles: Set<String> = [
        "invigilator", "invigilators", "invigilator name", "payee", "payee name", "claimant", "claimant name",
        "volunteer", "volunteer name", "applicant", "applicant name", "casual worker", "worker", "worker name",
        "supply teacher", "cover supervisor", "coach", "driver", "escort", "helper", "tutor name", "examiner",
        "governor", "governor name", "trustee", "trustee name", "employee full name", "staff full name", "person",
    ]

    static let pupilTitles = ["upn", "dob", "date of birth", "tutor group", "form group", "reg group", "year group", "form",
                              "fsm", "pupil premium", "sen", "send", "eal", "ehcp",
                              // A library's overdue list: "Name | Tutor | Title | ISBN | Due | Parent email".
                              "tutor", "tutor grp", "form grp", "registration group", "parent email", "parent e mail",
                              "parent contact", "parents email",
                              // A markbook's grades and targets: its "Folio: Broad genre" is its pupils' work's
                              // (round 721's N5 English markbook).
                              "working grade", "target grade", "predicted grade", "prelim"]

    /// Words of a name column's title that make its cells people beside any column of things'
    /// data: an inventory's "Primary user", a cover log's "Absentee name" beside its "Cost".
    static let peoplesNameTitleWords = ["user", "assigned", "pupil", "student", "staff", "borrower", "loaned", "absentee",
                                        "coverer", "teacher", "employee", "person", "member", "holder", "requester",
                                        "recipient", "payee", "claimant", "child", "parent", "carer", "learner",
                                        // A supply log's "Supply name" beside its "Cost", a shortlist's "Candidate".
                                        "supply", "candidate", "applicant", "volunteer", "trainee", "invigilator", "worker",
                                        // A provision map's "Group members" beside its "Cost (£)".
                                        "members", "pupils", "students", "children", "learners", "participants"]

    /// Title words of a staff record, not a directory: a new starter's personal details, an HR
    /// case's absence and its reason ("Reason (fit note)", "OH referral"), pay, an emergency
    /// contact or cascade. (Not "password": a network's "SSID | Password" is no table of people.)
    /// The last words of a yes-or-no column's title ("DBS required", "Insurance checked").
    static let answerTitleEnds: Set<String> = ["required", "needed", "checked", "check", "done", "received", "seen", "verified", "held", "yn"]

    static let recordTitleWords = ["personal", "home", "sickness", "absence", "fit note", "oh",
                                   "occupational", "salary", "pay", "grievance", "disciplinary", "capability",
                                   // An emergency cascade's "Mobile (emergency)": staff's own numbers.
                                   "emergency", "kin", "private", "cascade",
                                   // A payroll export's ("EmpRef | Name | Cost Centre | Tax Code | NI Cat |
                                   // NINO | Gross | Net"): its "Cost Centre" is no thing's cost.
                                   "tax code", "ni cat", "ni category", "gross", "gross pay", "net pay", "nino"]

    /// Whether `text` holds a special-category keyword.
    func holdsSpecialKeyword(_ text: String, scratch: Scratch) -> Bool {
        Array(text.utf8).withUnsafeBytes { text in
            var found: [Match] = []
            keywordWords.scan(text, from: 0, to: text.count, into: &found)
            if !found.isEmpty { return true }
            guard let database = specialDatabase, let matches = try? database.matches(in: text, scratch: scratch) else { return false }
            return matches.contains { $0.id != Engine.sentinelID }
        }
    }

    /// A fresh per-thread scratch for this engine's databases.
    public func makeScratch() throws -> Scratch {
        try Scratch(for: ([triggerDatabase, digitShapeTriggers?.database, markShapeTriggers?.database, specialDatabase, keywordDatabase, madeUpDatabase, organisationDatabase, staffingMatterDatabase] + exactDatabases.flatMap(\.parts)).compactMap { $0 })
    }
}
