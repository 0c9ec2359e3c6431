import Foundation
import GRDB
import SticklerCore
import SticklerCrypto

/// Turns one `VerdictRecord` into chained rows. The non-personal rows (device, scan,
/// verdict, incident, remediation) come first and the details retention removes (actor,
/// files, findings) last, so that a record's details are one contiguous run of the chain
/// and a purge leaves one gap per record.
struct RecordWriter {
    let record: VerdictRecord

    func write(into chain: inout ChainAppender) throws {
        let time = AuditTime.string(record.time)
        let deviceID = try record.device.map { try device($0, time: time, chain: &chain) }
        let summary = record.summary
        let scanID = try chain.append("scans", [
            ("time", time), ("source", record.source), ("device_id", deviceID),
            ("encryption", record.device?.encryption), ("rule_versions", JSONText.encode(record.ruleVersions)),
            ("files", summary.files), ("scanned", summary.scanned), ("encrypted", summary.encrypted),
            ("skipped", summary.skipped), ("errors", summary.errors), ("bytes", summary.bytes),
            ("findings", summary.findings), ("files_with_findings", summary.filesWithFindings),
            ("subjects", summary.subjects), ("highest_risk", summary.highestRisk.rawValue),
            ("findings_by_detector", JSONText.encode(summary.findingsByDetector)),
            ("elapsed_ms", Int64((summary.elapsedSeconds * 1000).rounded())),
            ("virus_checked", summary.virusChecked), ("malware_found", summary.malwareFound),
        ])
        try chain.append("verdicts", [("scan_id", scanID), ("time", time), ("verdict", record.verdict.rawValue),
                                      ("reasons", JSONText.encode(record.reasons))])
        if record.source == "remediation" {
            try remediation(scanID: scanID, deviceID: deviceID, time: time, chain: &chain)
        } else if record.verdict >= .warn {
            let categories = Set(record.findings.map(\.category.rawValue))
            try chain.append("incidents", [
                ("scan_id", scanID), ("device_id", deviceID), ("time", time), ("verdict", record.verdict.rawValue),
                ("category", IncidentCategory.primary(verdict: record.verdict, categories: categories)),
                ("categories", JSONText.encode(categories.sorted())), ("severity", summary.highestRisk.rawValue),
            ])
        }
        try chain.append("actors", [("scan_id", scanID), ("user", record.user), ("host", record.host),
                                    ("session", record.session), ("roots", JSONText.encode(record.roots))])
        for file in record.files {
            try chain.append("files", [
                ("scan_id", scanID), ("path", file.path), ("status", file.status.rawValue), ("reason", file.reason),
                ("encryption", file.encryption), ("format", file.format), ("bytes", file.bytes),
                ("findings", file.findings), ("risk", file.risk.level.rawValue), ("subjects", file.risk.subjects),
                ("categories", JSONText.encode(file.risk.categories.map(\.rawValue))),
                ("risk_reasons", JSONText.encode(file.risk.reasons)), ("virus_check", file.virusCheck),
                ("malware", file.malware),
            ])
        }
        for finding in record.findings {
            try chain.append("findings", [
                ("scan_id", scanID), ("path", finding.path), ("detector", finding.detector),
                ("category", finding.category.rawValue), ("subcategory", finding.subcategory),
                ("confidence", finding.confidence.rawValue), ("location", finding.location.description),
                ("redacted", finding.redacted), ("fingerprint", finding.fingerprint),
                ("validator", finding.explanation.validator), ("context", finding.explanation.context),
            ])
        }
    }

    /// The device's row, added the first time it is seen.
    func device(_ identity: DeviceIdentity, time: String, chain: inout ChainAppender) throws -> Int64 {
        let key = RecordWriter.identityKey(identity)
        if let id = try Int64.fetchOne(chain.db, sql: "SELECT id FROM devices WHERE identity_key = ? ORDER BY id LIMIT 1",
                                       arguments: [key]) {
            return id
        }
        return try chain.append("devices", [
            ("identity_key", key), ("first_seen", time), ("vendor", identity.vendor), ("model", identity.model),
            ("serial", identity.serial), ("bus", identity.bus), ("size_bytes", identity.sizeBytes),
            ("volume_uuids", JSONText.encode(identity.volumeUUIDs)), ("labels", JSONText.encode(identity.labels)),
        ])
    }

    /// Same stick, same key: vendor, model, serial and size; volume UUIDs when there is no serial.
    static func identityKey(_ identity: DeviceIdentity) -> String {
        let parts = [identity.vendor ?? "", identity.model ?? "", identity.serial ?? "", identity.sizeBytes.map(String.init) ?? "",
                     identity.serial == nil ? identity.volumeUUIDs.sorted().joined(separator: ",") : ""]
        return Digest.sha256(Array(parts.joined(separator: "\u{1F}").utf8)).hex
    }

    /// A remediation closes the most recent incident on the same device that has none yet.
    /// It counts as completed when the verdict after it is `allow`.
    func remediation(scanID: Int64, deviceID: Int64?, time: String, chain: inout ChainAppender) throws {
        var incidentID: Int64?
        if let deviceID {
            incidentID = try Int64.fetchOne(chain.db, sql: """
                SELECT i.id FROM incidents i WHERE i.device_id = ?
                AND NOT EXISTS (SELECT 1 FROM remediations r WHERE r.incident_id = i.id)
                ORDER BY i.time DESC, i.id DESC LIMIT 1
                """, arguments: [deviceID])
        }
        try chain.append("remediations", [
            ("scan_id", scanID), ("incident_id", incidentID), ("device_id", deviceID), ("time", time),
            ("action", record.reasons.first ?? "remediation"),
            ("detail", record.reasons.dropFirst().joined(separator: "; ")),
            ("outcome", record.verdict == .allow ? "completed" : "partial"), ("files", record.files.count),
        ])
    }
}
