import Foundation
import GRDB
import SticklerCore

/// Computes `GovernorsFigures` for `[from, to]` (whole days, UTC) and the period of equal
/// length just before it. Reads counts only; nothing it returns names a person, a file or
/// a device.
struct GovernorsQuery {
    let from: Date
    let to: Date

    func figures(_ db: Database, now: Date) throws -> GovernorsFigures {
        let end = to.addingTimeInterval(86_400)
        let length = end.timeIntervalSince(from)
        let previousFrom = from.addingTimeInterval(-length)
        let current = try period(db, from: from, end: end)
        let previous = try period(db, from: previousFrom, end: from)
        let months = try incidentsByMonth(db, from: from, end: end)
        func trend(_ measure: String, _ value: (GovernorsFigures.Period) -> Double) -> GovernorsFigures.Trend {
            let now = value(current), before = value(previous)
            return GovernorsFigures.Trend(measure: measure, current: now, previous: before,
                                          changePercent: before == 0 ? nil : ((now - before) / before * 100).rounded())
        }
        let trends = [
            trend("Devices checked") { Double($0.devicesChecked) },
            trend("Incidents") { Double($0.incidents) },
            trend("Remediations completed") { Double($0.remediationsCompleted) },
            trend("Sticks encrypted (%)") { ($0.encryptedShare * 100).rounded() },
        ]
        return GovernorsFigures(generated: AuditTime.string(now), current: current, previous: previous,
                                incidentsByMonth: months, trend: trends, auditTrail: nil)
    }

    func period(_ db: Database, from: Date, end: Date) throws -> GovernorsFigures.Period {
        let lower = AuditTime.string(from), upper = AuditTime.string(end)
        let range: StatementArguments = [lower, upper]
        let checks = "FROM scans s WHERE s.time >= ? AND s.time < ? AND s.source != 'remediation'"
        var period = GovernorsFigures.Period(from: AuditTime.day(from), to: AuditTime.day(end.addingTimeInterval(-1)))
        period.checks = try Int.fetchOne(db, sql: "SELECT count(*) \(checks)", arguments: range) ?? 0
        period.devicesChecked = try Int.fetchOne(db, sql: "SELECT count(DISTINCT s.device_id) \(checks)", arguments: range) ?? 0
        period.folderScans = try Int.fetchOne(db, sql: "SELECT count(*) \(checks) AND s.device_id IS NULL", arguments: range) ?? 0
        for verdict in Verdict.allCases { period.verdicts[verdict.rawValue] = 0 }
        for row in try Row.fetchAll(db, sql: "SELECT v.verdict, count(*) AS n \(checks.replacingOccurrences(of: "FROM scans s", with: "FROM scans s JOIN verdicts v ON v.scan_id = s.id")) GROUP BY v.verdict", arguments: range) {
            period.verdicts[row["verdict"]] = row["n"]
        }
        for row in try Row.fetchAll(db, sql: "SELECT category, count(*) AS n FROM incidents WHERE time >= ? AND time < ? GROUP BY category", arguments: range) {
            period.incidentsByCategory[row["category"]] = row["n"]
            period.incidents += row["n"] as Int
        }
        period.remediations = try Int.fetchOne(db, sql: "SELECT count(*) FROM remediations WHERE time >= ? AND time < ?", arguments: range) ?? 0
        period.remediationsCompleted = try Int.fetchOne(db, sql: "SELECT count(*) FROM remediations WHERE time >= ? AND time < ? AND outcome = 'completed'", arguments: range) ?? 0
        // A device counts as encrypted when its last check in the period found it so.
        period.encryptedDevices = try Int.fetchOne(db, sql: """
            SELECT count(*) FROM (
              SELECT s.device_id, s.encryption, row_number() OVER (PARTITION BY s.device_id ORDER BY s.time DESC, s.id DESC) AS r
              \(checks) AND s.device_id IS NOT NULL) WHERE r = 1 AND encryption IS NOT NULL
            """, arguments: range) ?? 0
        period.encryptedShare = period.devicesChecked == 0 ? 0 : Double(period.encryptedDevices) / Double(period.devicesChecked)
        return period
    }

    /// Every calendar month the period touches, including months without incidents.
    func incidentsByMonth(_ db: Database, from: Date, end: Date) throws -> [GovernorsFigures.Month] {
        var months: [String: [String: Int]] = [:]
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var cursor = calendar.date(from: calendar.dateComponents([.year, .month], from: from))!
        while cursor < end {
            months[String(AuditTime.day(cursor).prefix(7))] = [:]
            cursor = calendar.date(byAdding: .month, value: 1, to: cursor)!
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT substr(time, 1, 7) AS month, category, count(*) AS n FROM incidents
            WHERE time >= ? AND time < ? GROUP BY month, category
            """, arguments: [AuditTime.string(from), AuditTime.string(end)]) {
            months[row["month"], default: [:]][row["category"]] = row["n"]
        }
        return months.keys.sorted().map { month in
            let counts = months[month] ?? [:]
            return GovernorsFigures.Month(month: month, byCategory: counts, total: counts.values.reduce(0, +))
        }
    }
}

extension AuditStore {
    /// The governors' figures for the days `from` through `to`, both included.
    public func governorsFigures(from: Date, to: Date, now: Date = Date()) throws -> GovernorsFigures {
        try read { db in try GovernorsQuery(from: from, to: to).figures(db, now: now) }
    }
}
