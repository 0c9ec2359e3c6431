/// Everything a technician's report shows about one scan or one device: files,
/// detectors, counts, redacted examples, verdict reasons, incidents and remediations.
/// `purged` says that retention has removed the file-level details of some scans.
public struct TechnicianDetail: Codable, Sendable {
    public enum Subject: String, Codable, Sendable { case scan, device }

    public var subject: Subject
    public var id: Int64
    public var device: DeviceRow?
    public var scans: [ScanRow]
    public var files: [FileRow]
    public var findings: [FindingRow]
    public var incidents: [IncidentRow]
    public var remediations: [RemediationRow]
    public var purged: Bool

    /// Findings per detector across the scans.
    public var findingsByDetector: [(detector: String, count: Int)] {
        var counts: [String: Int] = [:]
        for scan in scans { for (detector, count) in scan.findingsByDetector { counts[detector, default: 0] += count } }
        return counts.map { (detector: $0.key, count: $0.value) }.sorted { ($0.count, $1.detector) > ($1.count, $0.detector) }
    }
}
