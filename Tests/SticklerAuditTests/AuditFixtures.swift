import Foundation
import GRDB
import SticklerAudit
import SticklerCore
import SticklerCrypto
import SticklerScan
import SticklerTesting
import XCTest

/// Synthetic audit activity: findings come from a real scan of `SampleStick` (synthetic
/// values only), devices are made up, and every store lives in a temporary directory.
enum AuditFixtures {
    /// What scanning the sample stick found, with paths as if on `/media/stick`.
    static let sample: (files: [FileResult], findings: [Finding], summary: ScanSummary) = {
        let directory = try! TestSupport.temporaryDirectory("stickler-audit-sample")
        defer { try? FileManager.default.removeItem(at: directory) }
        try! SampleStick.write(to: directory)
        let sink = RecordingSink()
        let scan = Scan(engine: try! TestSupport.engine(), configuration: ScanConfiguration(paths: [directory.path], jobs: 2))
        _ = try! scan.run(sink: sink)
        let prefix = directory.path
        func moved(_ path: String) -> String { "/media/stick" + path.dropFirst(prefix.count) }
        let files = sink.files.map { file -> FileResult in var file = file; file.path = moved(file.path); return file }
        let findings = sink.findings.map { finding -> Finding in var finding = finding; finding.path = moved(finding.path); return finding }
        // Workers finish in any order; sort so that slices (and the week's figures) are reproducible.
        return (files.sorted { $0.path < $1.path },
                findings.sorted { ($0.path, $0.location.offset ?? 0, $0.detector) < ($1.path, $1.location.offset ?? 0, $1.detector) },
                sink.summary)
    }()

    static func device(_ number: Int, encrypted: Bool = false) -> DeviceIdentity {
        DeviceIdentity(vendor: ["SanDisk", "Kingston", "Verbatim", "Integral"][number % 4],
                       model: ["Cruzer Blade", "DataTraveler", "Store n Go", "Courier"][number % 4],
                       serial: String(format: "SYN%08d", number), bus: "usb", sizeBytes: 16_000_000_000 * (1 + number % 4),
                       volumeUUIDs: [String(format: "%04X-%04X", number, number * 7 % 65536)],
                       labels: ["STICK\(number)"], encryption: encrypted ? "luks2" : nil)
    }

    /// A record for `device` with the sample's files and the first `findings` findings.
    static func record(time: Date, device: DeviceIdentity?, verdict: Verdict, findings count: Int, offset: Int = 0,
                       source: String = "daemon", reasons: [String]? = nil) -> VerdictRecord {
        let start = min(offset, max(0, sample.findings.count - count))
        let findings = Array(sample.findings.dropFirst(start).prefix(count))
        let paths = Set(findings.map(\.path))
        let files = count == 0 ? Array(sample.files.filter { $0.findings == 0 }.prefix(3))
                               : sample.files.filter { paths.contains($0.path) }.map { file -> FileResult in
                                     var file = file
                                     file.findings = findings.filter { $0.path == file.path }.count
                                     return file
                                 }
        var summary = ScanSummary()
        summary.files = files.count
        summary.scanned = files.count
        summary.findings = findings.count
        summary.filesWithFindings = paths.count
        summary.subjects = Set(findings.map(\.fingerprint)).count
        for finding in findings { summary.findingsByDetector[finding.detector, default: 0] += 1 }
        summary.highestRisk = files.map(\.risk.level).max() ?? .none
        return VerdictRecord(time: time, source: source, device: device, roots: ["/media/stick"], verdict: verdict,
                             reasons: reasons ?? ["\(findings.count) findings; highest risk \(summary.highestRisk.rawValue)"],
                             ruleVersions: ["uk-identifiers@1"], user: "staff\(findings.count)", host: "classroom-pc-3",
                             session: "c\(findings.count)", summary: summary, files: files, findings: findings)
    }

    /// A store with `records` in a fresh state directory.
    static func store(_ records: [VerdictRecord] = [], in directory: URL) throws -> AuditStore {
        let store = try AuditStore.open(stateDirectory: directory)
        for record in records { try store.record(record) }
        return store
    }

    /// A few days of records: clean, warned, secure-delete then remediated.
    static func smallHistory(start: Date = Date(timeIntervalSince1970: 1_790_000_000)) -> [VerdictRecord] {
        [
            record(time: start, device: device(1), verdict: .allow, findings: 0),
            record(time: start + 3600, device: device(2), verdict: .warn, findings: 4),
            record(time: start + 7200, device: device(3), verdict: .secureDelete, findings: 12),
            record(time: start + 9000, device: device(3), verdict: .allow, findings: 0, source: "remediation",
                   reasons: ["securely deleted 3 files", "copied to school storage"]),
            record(time: start + 86_400, device: nil, verdict: .warn, findings: 6, source: "scan"),
        ]
    }

    /// A separate, raw connection to the store's file, as someone editing it by hand would use.
    static func raw(_ directory: URL) throws -> DatabaseQueue {
        try DatabaseQueue(path: directory.appendingPathComponent("audit.sqlite").path)
    }
}
