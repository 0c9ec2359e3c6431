import GRDB

// The rows technicians' reports read, decoded from the store. Small value types kept
// together because each is only its columns.

/// A device as first seen. Serials and labels are for technicians only.
public struct DeviceRow: Codable, Sendable {
    public var id: Int64
    public var firstSeen: String
    public var vendor: String?
    public var model: String?
    public var serial: String?
    public var bus: String?
    public var sizeBytes: Int64?
    public var volumeUUIDs: [String]
    public var labels: [String]

    init(_ row: Row) {
        id = row["id"]; firstSeen = row["first_seen"]; vendor = row["vendor"]; model = row["model"]
        serial = row["serial"]; bus = row["bus"]; sizeBytes = row["size_bytes"]
        volumeUUIDs = JSONText.decode([String].self, row["volume_uuids"]) ?? []
        labels = JSONText.decode([String].self, row["labels"]) ?? []
    }

    /// "SanDisk Cruzer Blade" or "device 12".
    public var name: String {
        let words = [vendor, model].compactMap { $0 }.filter { !$0.isEmpty }
        return words.isEmpty ? "device \(id)" : words.joined(separator: " ")
    }
}

/// A scan with its totals, verdict and (until purged) who ran it where.
public struct ScanRow: Codable, Sendable {
    public var id: Int64
    public var time: String
    public var source: String
    public var deviceID: Int64?
    public var encryption: String?
    public var ruleVersions: [String]
    public var files: Int
    public var scanned: Int
    public var encrypted: Int
    public var skipped: Int
    public var errors: Int
    public var bytes: Int64
    public var findings: Int
    public var filesWithFindings: Int
    public var subjects: Int
    public var highestRisk: String
    public var findingsByDetector: [String: Int]
    public var virusChecked: Int
    public var malwareFound: Int
    public var verdict: String
    public var reasons: [String]
    /// Nil once retention has removed the details.
    public var user: String?
    public var host: String?
    public var session: String?
    public var roots: [String]?

    init(_ row: Row) {
        id = row["id"]; time = row["time"]; source = row["source"]; deviceID = row["device_id"]
        encryption = row["encryption"]; ruleVersions = JSONText.decode([String].self, row["rule_versions"]) ?? []
        files = row["files"]; scanned = row["scanned"]; encrypted = row["encrypted"]; skipped = row["skipped"]
        errors = row["errors"]; bytes = row["bytes"]; findings = row["findings"]
        filesWithFindings = row["files_with_findings"]; subjects = row["subjects"]; highestRisk = row["highest_risk"]
        findingsByDetector = JSONText.decode([String: Int].self, row["findings_by_detector"]) ?? [:]
        virusChecked = row["virus_checked"]; malwareFound = row["malware_found"]
        verdict = row["verdict"] ?? "unknown"; reasons = JSONText.decode([String].self, row["reasons"]) ?? []
        user = row["user"]; host = row["host"]; session = row["session"]
        roots = JSONText.decode([String].self, row["roots"])
    }
}

/// One file's result.
public struct FileRow: Codable, Sendable {
    public var scanID: Int64
    public var path: String
    public var status: String
    public var reason: String?
    public var encryption: String?
    public var format: String?
    public var bytes: Int64
    public var findings: Int
    public var risk: String
    public var subjects: Int
    public var categories: [String]
    public var riskReasons: [String]
    /// `clean`, `infected`, `not checked: ...`, or nil when no virus check ran.
    public var virusCheck: String?
    public var malware: String?

    init(_ row: Row) {
        virusCheck = row["virus_check"]; malware = row["malware"]
        scanID = row["scan_id"]; path = row["path"]; status = row["status"]; reason = row["reason"]
        encryption = row["encryption"]; format = row["format"]; bytes = row["bytes"]; findings = row["findings"]
        risk = row["risk"]; subjects = row["subjects"]
        categories = JSONText.decode([String].self, row["categories"]) ?? []
        riskReasons = JSONText.decode([String].self, row["risk_reasons"]) ?? []
    }
}

/// One finding, redacted; the fingerprint counts data subjects without the value.
public struct FindingRow: Codable, Sendable {
    public var scanID: Int64
    public var path: String
    public var detector: String
    public var category: String
    public var subcategory: String?
    public var confidence: String
    public var location: String
    public var redacted: String
    public var fingerprint: String
    public var validator: String?
    public var context: String?

    init(_ row: Row) {
        scanID = row["scan_id"]; path = row["path"]; detector = row["detector"]; category = row["category"]
        subcategory = row["subcategory"]; confidence = row["confidence"]; location = row["location"]
        redacted = row["redacted"]; fingerprint = row["fingerprint"]; validator = row["validator"]
        context = row["context"]
    }
}

/// An incident: a verdict of `warn` or stronger.
public struct IncidentRow: Codable, Sendable {
    public var id: Int64
    public var scanID: Int64
    public var deviceID: Int64?
    public var time: String
    public var verdict: String
    public var category: String
    public var categories: [String]
    public var severity: String

    init(_ row: Row) {
        id = row["id"]; scanID = row["scan_id"]; deviceID = row["device_id"]; time = row["time"]
        verdict = row["verdict"]; category = row["category"]
        categories = JSONText.decode([String].self, row["categories"]) ?? []; severity = row["severity"]
    }
}

/// What was done about an incident.
public struct RemediationRow: Codable, Sendable {
    public var id: Int64
    public var scanID: Int64
    public var incidentID: Int64?
    public var deviceID: Int64?
    public var time: String
    public var action: String
    public var detail: String
    public var outcome: String
    public var files: Int

    init(_ row: Row) {
        id = row["id"]; scanID = row["scan_id"]; incidentID = row["incident_id"]; deviceID = row["device_id"]
        time = row["time"]; action = row["action"]; detail = row["detail"]; outcome = row["outcome"]; files = row["files"]
    }
}
