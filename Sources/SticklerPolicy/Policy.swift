import SticklerCore

/// A validated device policy. `Policy.standard` is the documented default that
/// `Rules/policy.yaml` spells out.
public struct Policy: Sendable, Equatable {
    /// One exempted device or volume (school-issued sticks), with why.
    public struct Exemption: Sendable, Equatable {
        public var serial: String?
        public var volumeUUID: String?
        public var reason: String

        public init(serial: String? = nil, volumeUUID: String? = nil, reason: String) {
            self.serial = serial
            self.volumeUUID = volumeUUID
            self.reason = reason
        }
    }

    public var name: String
    public var version: String
    public var verdicts: [Situation: Verdict]
    /// Files at or above this risk count as "personal data" (below: "low risk only").
    public var riskThreshold: RiskLevel
    /// How many such files it takes.
    public var minimumFiles: Int
    public var exemptions: [Exemption]
    /// How long the audit trail keeps verdicts, nil = forever.
    public var retentionDays: Int?
    /// A scan running longer than this is stopped and recorded `incomplete`.
    public var scanTimeoutSeconds: Int

    public static let standard = Policy(
        name: "default", version: "1",
        verdicts: [
            .encryptedVolume: .allow, .unknownEncryption: .warn, .noPersonalData: .allow, .lowRiskOnly: .warn,
            .encryptedFilesOnly: .warn, .personalData: .secureDelete, .malware: .block,
            .virusCheckUnavailable: .warn, .incomplete: .warn,
        ],
        riskThreshold: .medium, minimumFiles: 1, exemptions: [], retentionDays: nil, scanTimeoutSeconds: 300)

    public init(name: String, version: String, verdicts: [Situation: Verdict], riskThreshold: RiskLevel, minimumFiles: Int,
                exemptions: [Exemption], retentionDays: Int?, scanTimeoutSeconds: Int) {
        self.name = name
        self.version = version
        self.verdicts = verdicts
        self.riskThreshold = riskThreshold
        self.minimumFiles = minimumFiles
        self.exemptions = exemptions
        self.retentionDays = retentionDays
        self.scanTimeoutSeconds = scanTimeoutSeconds
    }

    /// `name@version`, as recorded beside the rule pack versions.
    public var versionString: String { "policy:\(name)@\(version)" }

    public func verdict(for situation: Situation) -> Verdict {
        if situation == .exempt { return .allow }
        return verdicts[situation] ?? Policy.standard.verdicts[situation] ?? .warn
    }
}
