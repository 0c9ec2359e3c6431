/// Totals for one scan.
public struct ScanSummary: Codable, Sendable, Equatable {
    public var files: Int = 0
    public var scanned: Int = 0
    public var encrypted: Int = 0
    public var skipped: Int = 0
    public var errors: Int = 0
    public var bytes: Int = 0
    public var findings: Int = 0
    /// Files that hold at least one reported finding.
    public var filesWithFindings: Int = 0
    /// About how many people the scan's findings are about: the largest number of distinct
    /// values any one identifying detector reported across the whole scan (as a file's
    /// `subjects` is within the file).
    public var subjects: Int = 0
    public var findingsByDetector: [String: Int] = [:]
    public var filesByRisk: [String: Int] = [:]
    public var highestRisk: RiskLevel = .none
    public var elapsedSeconds: Double = 0
    /// Files the virus check looked at, found infected, and why it could not run at all.
    public var virusChecked: Int = 0
    public var malwareFound: Int = 0
    public var virusCheckUnavailable: String?

    public init() {}
}
