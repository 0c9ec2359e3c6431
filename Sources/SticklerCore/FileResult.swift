/// What happened to one file (or container member) in a scan.
public struct FileResult: Codable, Sendable, Equatable {
    public enum Status: String, Codable, Sendable {
        case scanned, encrypted, skipped, error
    }

    public var path: String
    public var status: Status
    /// Why a file was skipped, errored or is encrypted; nil when scanned normally.
    public var reason: String?
    /// For `encrypted`: the kind (`zip-aes`, `pdf`, `luks`, ...).
    public var encryption: String?
    /// The text encoding or format the file was read as.
    public var format: String?
    public var bytes: Int
    /// Reported findings (at or above the minimum confidence).
    public var findings: Int
    public var risk: RiskAssessment
    /// For a container (an archive, an e-mail with attachments, a document holding others):
    /// the highest risk of its members, at any depth, when any is above none. The members
    /// have records of their own; this tells a reader of the container's record alone.
    public var membersRisk: RiskLevel?
    /// For a container: how many findings its members reported, at any depth, when any did
    /// (its own `findings` count its own text's only).
    public var membersFindings: Int?
    /// `clean`, `infected` or `not checked: <reason>` when a virus check ran; nil otherwise.
    public var virusCheck: String?
    /// The signature name when the virus check found malware.
    public var malware: String?

    public init(path: String, status: Status, reason: String? = nil, encryption: String? = nil,
                format: String? = nil, bytes: Int, findings: Int = 0, risk: RiskAssessment = .none) {
        self.path = path
        self.status = status
        self.reason = reason
        self.encryption = encryption
        self.format = format
        self.bytes = bytes
        self.findings = findings
        self.risk = risk
    }
}
