/// The situations a policy maps to verdicts; the YAML keys under `verdicts:`.
public enum Situation: String, CaseIterable, Sendable, Codable {
    /// Every volume has recognised encryption (LUKS1/2, BitLocker).
    case encryptedVolume = "encrypted_volume"
    /// A volume without a signature but with high-entropy content (possibly VeraCrypt).
    case unknownEncryption = "unknown_encryption"
    /// Scanned, nothing found.
    case noPersonalData = "no_personal_data"
    /// Findings, but below the risk thresholds.
    case lowRiskOnly = "low_risk_only"
    /// No readable personal data, but encrypted files that could not be looked into.
    case encryptedFilesOnly = "encrypted_files_only"
    /// Readable personal data at or above the thresholds.
    case personalData = "personal_data"
    /// The virus check found malware.
    case malware
    /// The virus check could not run (clamd down); combined with the other situation.
    case virusCheckUnavailable = "virus_check_unavailable"
    /// The check could not finish (time-out, device removed, unreadable filesystem).
    case incomplete
    /// The device or a volume is listed under `exemptions:` (always `allow`; not a `verdicts:` key).
    case exempt

    /// The keys a policy file may set under `verdicts:`.
    public static var configurable: [Situation] { allCases.filter { $0 != .exempt } }
}
