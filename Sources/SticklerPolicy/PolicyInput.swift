import SticklerCore

/// Everything the policy looks at for one device decision. No personal values: counts,
/// risk levels and the device's own identity only.
public struct PolicyInput: Sendable {
    public enum Malware: Sendable, Equatable {
        /// No virus check configured or needed (encrypted volume).
        case notChecked
        case clean
        /// Signature names (never file content).
        case found([String])
        /// clamd could not be reached.
        case unavailable(String)
    }

    public var device: DeviceIdentity
    /// One encryption kind per volume: `luks1`, `luks2`, `bitlocker`, `none`, `unknown`.
    public var volumeEncryption: [String]
    /// The scan's totals; nil when no scan ran (encrypted volume, or it never started).
    public var summary: ScanSummary?
    /// Why the check could not finish; nil when it did.
    public var incompleteReason: String?
    public var malware: Malware
    /// Deleted files with personal data still recoverable from the device (FAT and exFAT):
    /// deleting them was not secure deletion.
    public var recoverableDeletedFiles: Int

    public init(device: DeviceIdentity, volumeEncryption: [String], summary: ScanSummary? = nil,
                incompleteReason: String? = nil, malware: Malware = .notChecked, recoverableDeletedFiles: Int = 0) {
        self.device = device
        self.volumeEncryption = volumeEncryption
        self.summary = summary
        self.incompleteReason = incompleteReason
        self.malware = malware
        self.recoverableDeletedFiles = recoverableDeletedFiles
    }
}

