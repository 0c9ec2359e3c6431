import SticklerCore

/// Tallies of one document's reported findings, for the risk score.
struct RiskTally {
    static let fingerprintLimit = 100_000
    /// Reported findings that identify a person (identifier, personal, financial).
    var anchorFindings = 0
    /// By detector index (hashing an Int per finding, not the detector's id).
    var fingerprints: [Int: Set<SubjectKey>] = [:]
    var counts: [Int: Int] = [:]
    var categories: Set<Category> = []
    var specialSets: Set<String> = []
    var heldSets: Set<String> = []
    var heldCount = 0

    mutating func add(_ detector: FindingTemplate, index: Int, subject: SubjectKey) {
        counts[index, default: 0] += 1
        categories.insert(detector.category)
        if detector.category == .specialCategory {
            specialSets.insert(detector.subcategory ?? detector.id)
            return
        }
        if detector.anchorsSpecial { anchorFindings += 1 }
        if fingerprints[index, default: []].count < Self.fingerprintLimit {
            fingerprints[index, default: []].insert(subject)
        }
    }

    mutating func holdSpecial(_ detector: FindingTemplate, index: Int) {
        heldSets.insert(detector.subcategory ?? detector.id)
        heldCount += 1
        counts[index, default: 0] += 0
    }

    mutating func releaseHeld() {
        if !heldSets.isEmpty { categories.insert(.specialCategory) }
        specialSets.formUnion(heldSets)
        heldSets.removeAll()
        heldCount = 0
    }

    mutating func dropHeld() {
        heldSets.removeAll()
        heldCount = 0
    }
}

/// A document's risk from its distinct data subjects and the categories it holds:
///
/// | level | when |
/// |---|---|
/// | critical | special-category data about 10 or more people, or identifiers of 500 or more |
/// | high | special-category data about anyone; identifiers or financial data of 10 or more |
/// | medium | identifiers, personal or financial data of fewer than 10; contact details of 20 or more |
/// | low | a few contact details |
/// | none | nothing reported |
enum RiskScorer {
    static func assess(_ tally: RiskTally, engine: Engine) -> RiskAssessment {
        guard !tally.counts.isEmpty, tally.counts.values.reduce(0, +) > 0 else { return .none }
        var identifying = 0, contact = 0
        var reasons: [String] = []
        var byCategory: [Category: [String]] = [:]
        for (index, set) in tally.fingerprints {
            let detector = engine.detectors[index]
            if detector.category == .contact { contact = max(contact, set.count) } else { identifying = max(identifying, set.count) }
            byCategory[detector.category, default: []].append("\(detector.name) ×\(tally.counts[index] ?? 0)")
        }
        let subjects = max(identifying, contact)
        let special = tally.specialSets.sorted()
        let financial = tally.categories.contains(.financial)
        var level: RiskLevel
        if !special.isEmpty && subjects >= 10 || identifying >= 500 {
            level = .critical
        } else if !special.isEmpty || identifying >= 10 {
            level = .high
        } else if identifying > 0 || financial || contact >= 20 {
            level = .medium
        } else {
            level = .low
        }
        if financial && identifying >= 10 { level = max(level, .high) }
        reasons.append("\(subjects) distinct data subject\(subjects == 1 ? "" : "s")")
        if !special.isEmpty { reasons.append("special category data: \(special.joined(separator: ", "))") }
        for category in Category.allCases where category != .specialCategory {
            if let items = byCategory[category] { reasons.append("\(category.rawValue): \(items.sorted().joined(separator: ", "))") }
        }
        let categories = Category.allCases.filter { tally.categories.contains($0) }
        return RiskAssessment(level: level, subjects: subjects, categories: categories, reasons: reasons)
    }
}

extension Category {
    /// Categories next to which special-category keywords count: identifiers, names and
    /// dates of birth, financial data; not bare contact details (a teacher's e-mail on an
    /// RE lesson plan does not make "Sikh" special-category data).
    var anchorsSpecialCategory: Bool {
        self == .identifier || self == .personal || self == .financial
    }
}
