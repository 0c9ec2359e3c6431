import Foundation
import GRDB

/// What a purge removed.
public struct PurgeResult: Codable, Sendable, Equatable {
    public var scans = 0
    public var actors = 0
    public var files = 0
    public var findings = 0
    /// Runs of consecutive removed rows, each anchored by a `purge_gaps` row.
    public var gaps = 0
}

/// Retention: removes the details of scans recorded before a date (who acted and where,
/// file names, redacted findings) and keeps everything the governors' report counts
/// (devices, scans with their totals, verdicts, incidents, remediations).
///
/// Summarise, then anchor: the removed rows form runs in the chain; for each run a
/// `purge_gaps` row records the MAC before it and the last MAC inside it, and a `purges`
/// row records the totals. Both are appended to the chain with the audit key, so the
/// verifier accepts exactly these gaps and still catches any other missing row.
/// `secure_delete` is on, so removed rows do not linger in free pages.
struct Retention {
    let before: String
    let now: String

    func purge(_ chain: inout ChainAppender) throws -> PurgeResult {
        let db = chain.db
        var result = PurgeResult()
        result.scans = try Int.fetchOne(db, sql: """
            SELECT count(*) FROM scans s WHERE s.time < ? AND EXISTS (
              SELECT 1 FROM actors WHERE scan_id = s.id UNION ALL SELECT 1 FROM files WHERE scan_id = s.id
              UNION ALL SELECT 1 FROM findings WHERE scan_id = s.id)
            """, arguments: [before]) ?? 0
        var doomed = Set<String>()
        for table in AuditSchema.detailTables {
            let ids = try Int64.fetchAll(db, sql: """
                SELECT id FROM \(table) WHERE scan_id IN (SELECT id FROM scans WHERE time < ?)
                """, arguments: [before])
            for id in ids { doomed.insert("\(table)#\(id)") }
            switch table {
            case "actors": result.actors = ids.count
            case "files": result.files = ids.count
            default: result.findings = ids.count
            }
        }
        guard !doomed.isEmpty else { return result }

        // The chain in order, to find runs of consecutive removed rows.
        var entries: [(key: String, seq: Int64, mac: String)] = []
        for table in AuditSchema.chainedTables {
            for row in try Row.fetchAll(db, sql: "SELECT id, seq, mac FROM \(table)") {
                entries.append((key: "\(table)#\(row["id"] as Int64)", seq: row["seq"], mac: row["mac"]))
            }
        }
        entries.sort { $0.seq < $1.seq }
        var runs: [(from: Int64, to: Int64, rows: Int, before: String, last: String)] = []
        var previousMAC = ""
        var open: (from: Int64, to: Int64, rows: Int, before: String, last: String)?
        for entry in entries {
            if doomed.contains(entry.key) {
                if open == nil { open = (entry.seq, entry.seq, 0, previousMAC, entry.mac) }
                open!.to = entry.seq
                open!.rows += 1
                open!.last = entry.mac
            } else if let run = open {
                runs.append(run)
                open = nil
            }
            previousMAC = entry.mac
        }
        if let run = open { runs.append(run) }

        for table in AuditSchema.detailTables {
            try db.execute(sql: "DELETE FROM \(table) WHERE scan_id IN (SELECT id FROM scans WHERE time < ?)",
                           arguments: [before])
        }
        for run in runs {
            try chain.append("purge_gaps", [("purge_time", now), ("from_seq", run.from), ("to_seq", run.to),
                                            ("rows", run.rows), ("before_mac", run.before), ("last_mac", run.last)])
        }
        result.gaps = runs.count
        try chain.append("purges", [("time", now), ("before", before), ("scans", result.scans),
                                    ("actors", result.actors), ("files", result.files),
                                    ("findings", result.findings), ("gaps", result.gaps)])
        return result
    }
}

extension AuditStore {
    /// Removes the details of everything recorded before `before` (see `Retention`).
    public func purge(before: Date, now: Date = Date()) throws -> PurgeResult {
        let retention = Retention(before: AuditTime.string(before), now: AuditTime.string(now))
        let result = try append { chain in try retention.purge(&chain) }
        // Fold the WAL back so that removed rows leave no copy behind; a busy reader only delays it.
        _ = try? pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        return result
    }
}
