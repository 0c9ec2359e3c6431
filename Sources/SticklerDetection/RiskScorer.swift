import SticklerCore

/// Tallies of one document's reported findings, for the risk score. Indexed by detector
/// (arrays, not dictionaries or sets of names: one is updated per finding).
struct RiskTally {
    static let fingerprintLimit = 100_000
    /// Reported findings that identify a person (identifier, personal, financial).
    var anchorFindings = 0
    /// Per detector: distinct fingerprints (not for special-category keyword sets).
    var fingerprints: [Set<SubjectKey>]
    /// Per detector: findings reported, or -1 for none (0: held special-category hits only).
    var counts: [Int]
    /// Per detector: special-category hits reported, and held until an identifier shows up.
    var special: [Bool]
    var held: [Bool]
    var heldCount = 0
    /// The document says its people are made up (a `marks_made_up` keyword set).
    var madeUp = false
    /// A counted finding other than a postcode or a landline (`FindingEvent.place`).
    var beyondPlace = false
    /// A counted finding of staff in their posts (`FindingEvent.atWork`), and one neither
    /// that nor a place's.
    var atWork = false
    var beyondWork = false

    init(detectors: Int) {
        fingerprints = Array(repeating: [], count: detectors)
        counts = Array(repeating: -1, count: detectors)
        special = Array(repeating: false, count: detectors)
        held = special
    }

    mutating func add(_ detector: FindingTemplate, index: Int, subject: SubjectKey, anchors: Bool) {
        counts[index] = max(counts[index], 0) + 1
        if detector.category == .specialCategory {
            special[index] = true
            return
        }
        if anchors { anchorFindings += 1 }
        if fingerprints[index].count < Self.fingerprintLimit { fingerprints[index].insert(subject) }
    }

    mutating func holdSpecial(_ detector: FindingTemplate, index: Int) {
        held[index] = true
        heldCount += 1
        counts[index] = max(counts[index], 0)
    }

    mutating func releaseHeld() {
        for index in held.indices where held[index] { special[index] = true }
        dropHeld()
    }

    mutating func dropHeld() {
        for index in held.indices { held[index] = false }
        heldCount = 0
    }

    /// Categories of the findings reported.
    func categories(_ engine: Engine) -> Set<Category> {
        var categories = Set<Category>()
        for index in counts.indices where counts[index] > 0 || special[index] { categories.insert(engine.templates[index].category) }
        return categories
    }
}

/// A document's risk from its distinct data subjects and the categories it holds:
///
/// | level | when |
/// |---|---|
/// | critical | special-category data about 10 or more people, or identifiers of 500 or more |
/// | high | special-category data about anyone; identifiers or financial data of 10 or more; a national identifier (NI, passport, driving licence number) with bank or card details |
/// | medium | identifiers, personal or financial data of fewer than 10; contact details of 10 or more |
/// | low | contact details of fewer than 10; staff's names and contact details in their posts and nothing else; dates of birth with nothing beside them that identifies anyone (phone numbers and e-mail addresses do not); identifiers, financial or special-category data in a document that says its data is made up |
/// | none | nothing reported; one or two postcodes or landlines and nothing else (a venue's, the school's own); names and contact details alone in a document that says its data is made up |
enum RiskScorer {
    static let madeUpReason = "the document says its data is made up or historical"
    static let atWorkReason = "names and contact details of staff in their posts, and nothing else"
    static let placeOnlyReason = "one or two postcodes or landlines and nothing else: a place's, not a person's"
    static let nationalIdentifiers: Set<String> = ["uk_nino", "uk_passport", "uk_driving_licence"]
    static func assess(_ tally: RiskTally, engine: Engine) -> RiskAssessment {
        // (A made-up document whose people are reported at low only still says why it is none.)
        guard tally.counts.contains(where: { $0 > 0 }) else {
            return tally.madeUp ? RiskAssessment(level: .none, subjects: 0, categories: [], reasons: [madeUpReason]) : .none
        }
        var identifying = 0, contact = 0
        var alone = false // a finding that identifies someone by itself (`identifiesAlone`)
        var reasons: [String] = []
        var byCategory: [Category: [String]] = [:]
        // Detectors of one name are one kind of finding (a list's lines and its last line,
        // `value_line: last`): their values are counted together, in the order the first of
        // them comes.
        var kinds: [(name: String, category: Category, subjects: Set<SubjectKey>, count: Int)] = []
        var kindOfName: [String: Int] = [:]
        for (index, set) in tally.fingerprints.enumerated() where tally.counts[index] > 0 && engine.detectors[index].category != .specialCategory {
            let detector = engine.detectors[index]
            if detector.identifiesAlone { alone = true }
            if let kind = kindOfName[detector.name] {
                kinds[kind].subjects.formUnion(set)
                kinds[kind].count += tally.counts[index]
            } else {
                kindOfName[detector.name] = kinds.count
                kinds.append((detector.name, detector.category, set, tally.counts[index]))
            }
        }
        for kind in kinds {
            if kind.category == .contact { contact = max(contact, kind.subjects.count) } else { identifying = max(identifying, kind.subjects.count) }
            byCategory[kind.category, default: []].append("\(kind.name) ×\(kind.count)")
        }
        let subjects = max(identifying, contact)
        let special = Set(tally.special.indices.filter { tally.special[$0] }.map { engine.templates[$0].subcategory ?? engine.templates[$0].id }).sorted()
        let presentCategories = tally.categories(engine)
        let financial = presentCategories.contains(.financial)
        var level: RiskLevel
        if !special.isEmpty && subjects >= 10 || identifying >= 500 {
            level = .critical
        } else if !special.isEmpty || identifying >= 10 {
            level = .high
        } else if identifying > 0 || financial || contact >= 10 {
            level = .medium
        } else {
            level = .low
        }
        if financial && identifying >= 10 { level = max(level, .high) }
        // What impersonating someone takes: their NI, passport or driving licence number and
        // their bank or card details, in one document (a new starter's form, a payroll record).
        let nationalIdentifier = tally.counts.indices.contains { tally.counts[$0] > 0 && Self.nationalIdentifiers.contains(engine.detectors[$0].id) }
        let impersonation = financial && nationalIdentifier
        if impersonation { level = max(level, .high) }
        // Dates of birth, with phone numbers or e-mail addresses (fewer than 20: a school's
        // or a fire station's number on a worksheet) and nothing that names anyone.
        if !alone && special.isEmpty && identifying > 0 && contact < 20 { level = min(level, .low) }
        reasons.append("\(subjects) distinct data subject\(subjects == 1 ? "" : "s")")
        if impersonation { reasons.append("a national identifier with bank or card details") }
        // One or two postcodes or landlines and nothing else (a trip letter's outdoor centre, a
        // policy's school address and Ofsted's, a poster's helpline, a car park notice's two car
        // parks): a place's, no one's.
        if !tally.beyondPlace && special.isEmpty && subjects <= 2 {
            level = .none
            reasons.append(placeOnlyReason)
        }
        // A lesson's sample table, a worksheet's "made-up card numbers": no one's. Names and
        // contact details alone there are a story's or a sample's (none), and so is one
        // identifier; identifiers of more than one subject, bank details or a special category
        // are held at low (a real record may be pasted in).
        // A key contacts list ("DSL | Poppy Trevithick | ptrevithick@…"): staff's names and
        // contact details at work and nothing else about anyone.
        if tally.atWork && !tally.beyondWork && special.isEmpty {
            level = min(level, .low)
            reasons.append(atWorkReason)
        }
        if tally.madeUp {
            // (One identifier and nothing else, a guide's worked example, "X873855021638
            // (made up)", is none.)
            let weighty = !special.isEmpty || financial || presentCategories.contains(.identifier) && subjects > 1
            level = weighty ? min(level, .low) : .none
            reasons.append(madeUpReason)
        }
        if !special.isEmpty { reasons.append("special category data: \(special.joined(separator: ", "))") }
        for category in Category.allCases where category != .specialCategory {
            if let items = byCategory[category] { reasons.append("\(category.rawValue): \(items.sorted().joined(separator: ", "))") }
        }
        let categories = Category.allCases.filter { presentCategories.contains($0) }
        return RiskAssessment(level: level, subjects: subjects, categories: categories, reasons: reasons)
    }
}

extension Category {
    /// Categories next to which special-category keywords count by default: identifiers,
    /// personal data (names), financial data; not bare contact details (a teacher's e-mail on
    /// an RE lesson plan does not make "Sikh" special-category data). A rule may say
    /// otherwise (`anchors_special`): a date of birth does not, as it identifies no one alone.
    var anchorsSpecialCategory: Bool {
        self == .identifier || self == .personal || self == .financial
    }
}
