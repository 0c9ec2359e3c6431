/// What the policy decides for a device, strongest last.
public enum Verdict: String, Codable, Sendable, CaseIterable, Comparable {
    case allow
    /// A check could not finish (device removed mid-scan, time-out); the policy decides
    /// what the user gets, this records that the decision was not complete.
    case incomplete
    case warn
    case readOnly = "read_only"
    case secureDelete = "secure_delete"
    case block

    var rank: Int { Verdict.allCases.firstIndex(of: self)! }

    public static func < (lhs: Verdict, rhs: Verdict) -> Bool { lhs.rank < rhs.rank }
}
