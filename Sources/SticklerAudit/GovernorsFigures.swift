/// The governors' report in numbers: counts only, no names, paths, serials or values.
/// Built by `GovernorsQuery`; rendered by SticklerAuditReport.
public struct GovernorsFigures: Codable, Sendable {
    /// Totals for one period.
    public struct Period: Codable, Sendable {
        /// First and last day, inclusive (`YYYY-MM-DD`).
        public var from: String
        public var to: String
        /// Checks by the daemon and by `stickler scan --record` (remediation re-checks excluded).
        public var checks = 0
        /// Distinct devices among those checks.
        public var devicesChecked = 0
        /// Checks of folders rather than devices.
        public var folderScans = 0
        /// Verdict name to count, every verdict present (zero when none).
        public var verdicts: [String: Int] = [:]
        public var incidents = 0
        public var incidentsByCategory: [String: Int] = [:]
        public var remediations = 0
        public var remediationsCompleted = 0
        /// Devices whose last check in the period found them encrypted.
        public var encryptedDevices = 0
        /// `encryptedDevices / devicesChecked`, 0 when no device was checked.
        public var encryptedShare = 0.0
    }

    /// Incidents in one calendar month, by category.
    public struct Month: Codable, Sendable {
        public var month: String
        public var byCategory: [String: Int]
        public var total: Int
    }

    /// One headline measure against the previous period of equal length.
    public struct Trend: Codable, Sendable {
        public var measure: String
        public var current: Double
        public var previous: Double
        /// Percentage change, nil when the previous value was zero.
        public var changePercent: Double?
    }

    public var generated: String
    public var current: Period
    public var previous: Period
    public var incidentsByMonth: [Month]
    public var trend: [Trend]
    /// What `stickler audit verify` said when the report was made; nil when not checked.
    public var auditTrail: String?
}
