import GRDB

/// Reads for the technician: lists of scans and devices, and the detail of one of them.
/// Reading needs no key.
extension AuditStore {
    static let scanSelect = """
        SELECT s.*, v.verdict AS verdict, v.reasons AS reasons, a.user AS user, a.host AS host,
               a.session AS session, a.roots AS roots
        FROM scans s LEFT JOIN verdicts v ON v.scan_id = s.id LEFT JOIN actors a ON a.scan_id = s.id
        """

    /// The most recent scans, newest first.
    public func scans(limit: Int = 50, deviceID: Int64? = nil) throws -> [ScanRow] {
        try read { db in
            let filter = deviceID == nil ? "" : "WHERE s.device_id = ?"
            let arguments: StatementArguments = deviceID.map { [$0, limit] } ?? [limit]
            return try Row.fetchAll(db, sql: "\(Self.scanSelect) \(filter) ORDER BY s.time DESC, s.id DESC LIMIT ?",
                                    arguments: arguments).map(ScanRow.init)
        }
    }

    /// Devices with the time of their last scan, most recent first.
    public func devices(limit: Int = 50) throws -> [(device: DeviceRow, scans: Int, lastScan: String, lastVerdict: String)] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT d.*, count(s.id) AS scan_count, max(s.time) AS last_scan,
                  (SELECT v.verdict FROM scans s2 JOIN verdicts v ON v.scan_id = s2.id WHERE s2.device_id = d.id
                   ORDER BY s2.time DESC, s2.id DESC LIMIT 1) AS last_verdict
                FROM devices d LEFT JOIN scans s ON s.device_id = d.id
                GROUP BY d.id ORDER BY last_scan DESC, d.id DESC LIMIT ?
                """, arguments: [limit]).map { row in
                (device: DeviceRow(row), scans: row["scan_count"], lastScan: row["last_scan"] ?? "",
                 lastVerdict: row["last_verdict"] ?? "")
            }
        }
    }

    /// One scan in full.
    public func scanDetail(id: Int64) throws -> TechnicianDetail {
        try read { db in
            guard let scan = try Row.fetchOne(db, sql: "\(Self.scanSelect) WHERE s.id = ?", arguments: [id]).map(ScanRow.init)
            else { throw AuditError.notFound(what: "scan", id: id) }
            let device = try scan.deviceID.flatMap { try Row.fetchOne(db, sql: "SELECT * FROM devices WHERE id = ?", arguments: [$0]) }
                .map(DeviceRow.init)
            let incidents = try Row.fetchAll(db, sql: "SELECT * FROM incidents WHERE scan_id = ? ORDER BY id", arguments: [id])
                .map(IncidentRow.init)
            let remediations = try Row.fetchAll(db, sql: """
                SELECT * FROM remediations WHERE scan_id = ?
                   OR incident_id IN (SELECT id FROM incidents WHERE scan_id = ?) ORDER BY time, id
                """, arguments: [id, id]).map(RemediationRow.init)
            return try detail(db, subject: .scan, id: id, device: device, scans: [scan], incidents: incidents,
                              remediations: remediations)
        }
    }

    /// One device: every scan of it, its incidents and remediations.
    public func deviceDetail(id: Int64) throws -> TechnicianDetail {
        try read { db in
            guard let device = try Row.fetchOne(db, sql: "SELECT * FROM devices WHERE id = ?", arguments: [id]).map(DeviceRow.init)
            else { throw AuditError.notFound(what: "device", id: id) }
            let scans = try Row.fetchAll(db, sql: "\(Self.scanSelect) WHERE s.device_id = ? ORDER BY s.time, s.id",
                                         arguments: [id]).map(ScanRow.init)
            let incidents = try Row.fetchAll(db, sql: "SELECT * FROM incidents WHERE device_id = ? ORDER BY time, id",
                                             arguments: [id]).map(IncidentRow.init)
            let remediations = try Row.fetchAll(db, sql: "SELECT * FROM remediations WHERE device_id = ? ORDER BY time, id",
                                                arguments: [id]).map(RemediationRow.init)
            return try detail(db, subject: .device, id: id, device: device, scans: scans, incidents: incidents,
                              remediations: remediations)
        }
    }

    func detail(_ db: Database, subject: TechnicianDetail.Subject, id: Int64, device: DeviceRow?, scans: [ScanRow],
                incidents: [IncidentRow], remediations: [RemediationRow]) throws -> TechnicianDetail {
        var files: [FileRow] = [], findings: [FindingRow] = []
        var purged = false
        for scan in scans {
            files += try Row.fetchAll(db, sql: "SELECT * FROM files WHERE scan_id = ? ORDER BY id", arguments: [scan.id])
                .map(FileRow.init)
            findings += try Row.fetchAll(db, sql: "SELECT * FROM findings WHERE scan_id = ? ORDER BY id", arguments: [scan.id])
                .map(FindingRow.init)
            if scan.roots == nil { purged = true }
        }
        return TechnicianDetail(subject: subject, id: id, device: device, scans: scans, files: files, findings: findings,
                                incidents: incidents, remediations: remediations, purged: purged)
    }
}
