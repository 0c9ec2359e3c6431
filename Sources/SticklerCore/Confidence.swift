/// How sure a detector is that a match is personal data.
public enum Confidence: String, Codable, Sendable, CaseIterable, Comparable {
    case low, medium, high

    var rank: Int {
        switch self {
        case .low: return 0
        case .medium: return 1
        case .high: return 2
        }
    }

    public static func < (lhs: Confidence, rhs: Confidence) -> Bool { lhs.rank < rhs.rank }
}
