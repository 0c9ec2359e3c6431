import Foundation

/// One decision, as recorded in the audit trail: what was checked, what was found (as
/// redacted findings only), what was decided and why, and who was there.
public struct VerdictRecord: Codable, Sendable {
    public var time: Date
    /// `daemon`, `scan` (`stickler scan --record`) or `remediation`.
    public var source: String
    /// A device, or nil for a folder scan.
    public var device: DeviceIdentity?
    /// The scanned roots (mount point or folders).
    public var roots: [String]
    public var verdict: Verdict
    public var reasons: [String]
    /// Rule pack versions (`name@version`) and the policy's.
    public var ruleVersions: [String]
    public var user: String?
    public var host: String
    public var session: String?
    public var summary: ScanSummary
    public var files: [FileResult]
    public var findings: [Finding]

    public init(time: Date = Date(), source: String, device: DeviceIdentity? = nil, roots: [String], verdict: Verdict,
                reasons: [String], ruleVersions: [String], user: String? = nil, host: String, session: String? = nil,
                summary: ScanSummary, files: [FileResult] = [], findings: [Finding] = []) {
        self.time = time
        self.source = source
        self.device = device
        self.roots = roots
        self.verdict = verdict
        self.reasons = reasons
        self.ruleVersions = ruleVersions
        self.user = user
        self.host = host
        self.session = session
        self.summary = summary
        self.files = files
        self.findings = findings
    }
}

/// Where verdicts go: the audit store, or (before it exists, and in tests) a JSON Lines
/// file. Implementations must never store a raw value; `Finding` has none to store.
public protocol VerdictRecorder: AnyObject {
    func record(_ record: VerdictRecord) throws
}
