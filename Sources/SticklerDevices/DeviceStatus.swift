import SticklerCore

/// What the daemon knows and decided about one block device; what the control socket
/// returns for `stickler devices` and `stickler device show`. No personal values: file
/// names and counts only.
public struct DeviceStatus: Codable, Sendable, Equatable {
    public enum State: String, Codable, Sendable {
        /// Held; probe or scan running.
        case checking
        /// A verdict was reached.
        case decided
        /// A disk with a partition table: its verdict is its partitions' strongest.
        case partitioned
        /// Unplugged (or its medium vanished) after or during a check.
        case removed
    }

    public var id: String
    public var devnode: String
    public var parent: String?
    public var state: State
    public var held: Bool
    public var readOnly: Bool
    public var filesystem: String?
    public var label: String?
    public var uuid: String?
    public var encryption: String?
    public var identity: DeviceIdentity
    public var verdict: Verdict?
    public var recorded: Verdict?
    public var situation: String?
    public var reasons: [String]
    /// How the volume was staged (`kernel`, `fusefat`, ...), nil when it was not mounted.
    public var mountMethod: String?
    public var summary: ScanSummary?
    /// Files with findings: relative path -> number of findings.
    public var filesWithFindings: [String: Int]
    /// Identifies the filesystem instance (type, UUID, size) so a repeated `change` is ignored.
    public var signature: String
    public var decidedAt: String?

    public init(id: String, devnode: String, parent: String?, state: State, held: Bool, readOnly: Bool, filesystem: String?,
                label: String?, uuid: String?, encryption: String?, identity: DeviceIdentity, verdict: Verdict? = nil,
                recorded: Verdict? = nil, situation: String? = nil, reasons: [String] = [], mountMethod: String? = nil,
                summary: ScanSummary? = nil, filesWithFindings: [String: Int] = [:], signature: String, decidedAt: String? = nil) {
        self.id = id
        self.devnode = devnode
        self.parent = parent
        self.state = state
        self.held = held
        self.readOnly = readOnly
        self.filesystem = filesystem
        self.label = label
        self.uuid = uuid
        self.encryption = encryption
        self.identity = identity
        self.verdict = verdict
        self.recorded = recorded
        self.situation = situation
        self.reasons = reasons
        self.mountMethod = mountMethod
        self.summary = summary
        self.filesWithFindings = filesWithFindings
        self.signature = signature
        self.decidedAt = decidedAt
    }
}
