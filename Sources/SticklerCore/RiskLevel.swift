/// How much harm a document could do if lost: from its data subjects and categories.
public enum RiskLevel: String, Codable, Sendable, CaseIterable, Comparable {
    case none, low, medium, high, critical

    var rank: Int { RiskLevel.allCases.firstIndex(of: self)! }

    public static func < (lhs: RiskLevel, rhs: RiskLevel) -> Bool { lhs.rank < rhs.rank }
}

/// A document's risk with the reasons that produced it.
public struct RiskAssessment: Codable, Sendable, Equatable {
    public var level: RiskLevel
    /// Distinct data subjects, estimated from fingerprints.
    public var subjects: Int
    public var categories: [Category]
    public var reasons: [String]

    public init(level: RiskLevel, subjects: Int, categories: [Category], reasons: [String]) {
        self.level = level
        self.subjects = subjects
        self.categories = categories
        self.reasons = reasons
    }

    public static let none = RiskAssessment(level: .none, subjects: 0, categories: [], reasons: [])
}
