import SticklerCore

/// What the policy decided, and why.
public struct Decision: Sendable, Equatable {
    /// What the device gets (allow/warn/read_only release it; secure_delete/block keep it held).
    public var verdict: Verdict
    /// What the audit trail records: `incomplete` when the check did not finish, else `verdict`.
    public var recorded: Verdict
    public var situation: Situation
    /// Human-readable, value-free reasons, most important first.
    public var reasons: [String]

    public init(verdict: Verdict, recorded: Verdict, situation: Situation, reasons: [String]) {
        self.verdict = verdict
        self.recorded = recorded
        self.situation = situation
        self.reasons = reasons
    }

    /// Whether the device may be released to the desktop (automount, writable).
    public var releases: Bool { verdict == .allow || verdict == .warn || verdict == .readOnly || verdict == .incomplete }
}
