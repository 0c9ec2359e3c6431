import Foundation
import GRDB
import SticklerAudit
import SticklerAuditReport
import SticklerCore
import SticklerTesting
import XCTest

/// A week of simulated activity (200 devices) and the week before (150): the governors'
/// report a chair could read, a technician report per device, and verify catching every
/// kind of tampering. Set STICKLER_DOCS_DIR to keep the rendered example.
final class WeekOfActivityTests: XCTestCase {
    static let monday = try! AuditTime.parseDay("2026-11-02")
    static var directory: URL!
    static var week: WeekSimulation!
    static var before: WeekSimulation!

    override class func setUp() {
        directory = try! TestSupport.temporaryDirectory("stickler-audit-week")
        week = WeekSimulation(start: monday, devices: 200, first: 1, seed: 7, encryptedShare: 0.35, cleanShare: 0.55)
        before = WeekSimulation(start: monday - 7 * 86_400, devices: 150, first: 1001, seed: 8, encryptedShare: 0.2,
                                cleanShare: 0.45)
        let store = try! AuditStore.open(stateDirectory: directory)
        for record in (before.records + week.records).sorted(by: { $0.time < $1.time }) { try! store.record(record) }
    }

    override class func tearDown() {
        try? FileManager.default.removeItem(at: directory)
    }

    var store: AuditStore { try! AuditStore.open(stateDirectory: Self.directory, create: false) }

    func figures() throws -> GovernorsFigures {
        var figures = try store.governorsFigures(from: Self.monday, to: Self.monday + 6 * 86_400)
        let report = try store.verify()
        XCTAssertNil(report.firstBreak, report.firstBreak?.message ?? "")
        figures.auditTrail = "intact (\(report.rows) records verified)"
        return figures
    }

    func testGovernorsFiguresMatchTheWeek() throws {
        let figures = try figures()
        let expected = Self.week.expected, previous = Self.before.expected
        XCTAssertEqual(figures.current.from, "2026-11-02")
        XCTAssertEqual(figures.current.to, "2026-11-08")
        XCTAssertEqual(figures.previous.from, "2026-10-26")
        XCTAssertEqual(figures.current.devicesChecked, 200)
        XCTAssertEqual(figures.current.checks, expected.checks)
        for verdict in Verdict.allCases {
            XCTAssertEqual(figures.current.verdicts[verdict.rawValue], expected.verdicts[verdict] ?? 0, verdict.rawValue)
        }
        XCTAssertEqual(figures.current.incidents, expected.incidents)
        XCTAssertEqual(figures.current.incidentsByCategory.values.reduce(0, +), expected.incidents)
        XCTAssertEqual(figures.current.remediations, expected.remediations)
        XCTAssertEqual(figures.current.remediationsCompleted, expected.completed)
        XCTAssertEqual(figures.current.encryptedDevices, expected.encrypted.count)
        XCTAssertEqual(figures.previous.devicesChecked, 150)
        XCTAssertEqual(figures.previous.incidents, previous.incidents)
        XCTAssertEqual(figures.incidentsByMonth.map(\.month), ["2026-11"])
        XCTAssertEqual(figures.trend.count, 4)
        print("week figures:", try GovernorsJSONWriter.render(figures))
    }

    func testGovernorsReportIsAnonymisedAndReadsAsAPage() throws {
        let figures = try figures()
        let html = GovernorsHTMLWriter.render(figures, school: "Example Academy")
        let json = try GovernorsJSONWriter.render(figures)
        for heading in ["Personal data on removable media", "Summary", "What was decided", "Incidents by category and month",
                        "Remediations", "Encrypted sticks", "Compared with the previous period", "About this report"] {
            XCTAssertTrue(html.contains(heading), heading)
        }
        XCTAssertTrue(html.contains("<svg"))
        // Self-contained: nothing to fetch.
        for external in ["src=", "href=", "@import", "url(", "<script"] { XCTAssertFalse(html.contains(external), external) }
        // Anonymised: no serial, label, path, user, host, redacted value or fingerprint.
        let secrets = ["SYN0", "STICK", "/media", "staff", "classroom-pc", "Class lists", "Cruzer", "SanDisk"]
            + AuditFixtures.sample.findings.prefix(40).map(\.fingerprint)
            + AuditFixtures.sample.findings.filter { $0.redacted.count > 6 }.prefix(40).map(\.redacted)
        for secret in secrets {
            XCTAssertFalse(html.contains(secret), "HTML leaks \(secret)")
            XCTAssertFalse(json.contains(secret), "JSON leaks \(secret)")
        }

        let out = try TestSupport.temporaryDirectory("stickler-governors")
        defer { try? FileManager.default.removeItem(at: out) }
        let page = out.appendingPathComponent("governors.html"), png = out.appendingPathComponent("governors.png")
        try Data(html.utf8).write(to: page)
        try ChromiumRenderer.screenshot(page, to: png)
        try ChromiumRenderer.assertNotBlank(png)
        // Printed, it is A4 (595 x 842 points) and short enough for a governors' pack.
        let pages = try ChromiumRenderer.printToPDF(page, to: out.appendingPathComponent("governors.pdf"))
        XCTAssertFalse(pages.isEmpty)
        XCTAssertLessThanOrEqual(pages.count, 4, "\(pages.count) pages")
        XCTAssertTrue(pages.allSatisfy { $0 == "595x842" }, "\(pages)")
        if let docs = ProcessInfo.processInfo.environment["STICKLER_DOCS_DIR"] {
            for (file, name) in [(page, "governors-report-example.html"), (png, "governors-report-example.png")] {
                let target = URL(fileURLWithPath: docs).appendingPathComponent(name)
                try? FileManager.default.removeItem(at: target)
                try FileManager.default.copyItem(at: file, to: target)
            }
        }
    }

    func testTechnicianReportPerDevice() throws {
        let store = self.store
        let devices = try store.devices(limit: 1000)
        XCTAssertEqual(devices.count, 350)
        // Every device of the week has a report in every format.
        for row in devices where row.device.serial!.hasPrefix("SYN0000") && row.device.id % 10 == 0 {
            let detail = try store.deviceDetail(id: row.device.id)
            XCTAssertFalse(detail.scans.isEmpty)
            XCTAssertTrue(TechnicianHTMLWriter.render(detail).contains("Technician report"))
            XCTAssertNoThrow(try TechnicianJSONWriter.render(detail))
        }
        // A held, then remediated device in detail.
        let number = try XCTUnwrap(Self.week.expected.remediated.first)
        let serial = String(format: "SYN%08d", number)
        let id = try XCTUnwrap(devices.first { $0.device.serial == serial }?.device.id)
        let detail = try store.deviceDetail(id: id)
        XCTAssertEqual(detail.incidents.count, 1)
        XCTAssertEqual(detail.remediations.first?.outcome, "completed")
        XCTAssertEqual(detail.remediations.first?.incidentID, detail.incidents.first?.id)
        XCTAssertFalse(detail.findings.isEmpty)

        let html = TechnicianHTMLWriter.render(detail)
        for external in ["src=", "href=", "@import", "url(", "<script"] { XCTAssertFalse(html.contains(external), external) }
        for heading in ["Technician report: Device \(id)", "Device", "Checks of this device", "Detectors", "Files",
                        "Redacted examples", "Incidents and remediations", serial, "moved to school storage and securely deleted"] {
            XCTAssertTrue(html.contains(heading), heading)
        }
        let csv = TechnicianCSVWriter.render(detail)
        let lines = csv.split(separator: "\r\n")
        XCTAssertEqual(String(lines[0]), TechnicianCSVWriter.header.joined(separator: ","))
        XCTAssertGreaterThanOrEqual(lines.count - 1, detail.findings.count)
        let json = try TechnicianJSONWriter.render(detail)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        XCTAssertEqual((decoded?["findings"] as? [Any])?.count, detail.findings.count)

        let out = try TestSupport.temporaryDirectory("stickler-technician")
        defer { try? FileManager.default.removeItem(at: out) }
        let page = out.appendingPathComponent("device.html"), png = out.appendingPathComponent("device.png")
        try Data(html.utf8).write(to: page)
        try ChromiumRenderer.screenshot(page, to: png)
        try ChromiumRenderer.assertNotBlank(png)
        if let docs = ProcessInfo.processInfo.environment["STICKLER_DOCS_DIR"] {
            let target = URL(fileURLWithPath: docs).appendingPathComponent("technician-report-example.png")
            try? FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(at: png, to: target)
        }
    }

    /// Each kind of tampering on its own copy of the week's store.
    func testVerifyCatchesEveryKindOfTamperingInTheWeek() throws {
        let tampering: [(ChainBreak.Kind, String, (Database) throws -> Void)] = [
            (.edited, "incidents", { try $0.execute(sql: "UPDATE incidents SET category = 'other' WHERE id = 40") }),
            (.edited, "findings", { try $0.execute(sql: "UPDATE findings SET redacted = 'nothing here' WHERE id = 500") }),
            (.deleted, "", { try $0.execute(sql: "DELETE FROM remediations WHERE id = 5") }),
            (.deleted, "", { try $0.execute(sql: "DELETE FROM devices WHERE id = 77") }),
            (.reordered, "scans", { db in
                let a = try Int64.fetchOne(db, sql: "SELECT seq FROM scans WHERE id = 100")!
                let b = try Int64.fetchOne(db, sql: "SELECT seq FROM scans WHERE id = 101")!
                try db.execute(sql: "UPDATE scans SET seq = -1 WHERE id = 100")
                try db.execute(sql: "UPDATE scans SET seq = ? WHERE id = 101", arguments: [a])
                try db.execute(sql: "UPDATE scans SET seq = ? WHERE id = 100", arguments: [b])
            }),
            (.truncated, "", { db in
                let last = try Int64.fetchOne(db, sql: "SELECT seq FROM chain_head")!
                for table in ["findings", "files", "actors", "scans", "verdicts", "incidents", "remediations"] {
                    try db.execute(sql: "DELETE FROM \(table) WHERE seq > ?", arguments: [last - 5])
                }
            }),
        ]
        for (kind, table, tamper) in tampering {
            let copy = try TestSupport.temporaryDirectory("stickler-audit-tampered")
            defer { try? FileManager.default.removeItem(at: copy) }
            try FileManager.default.copyItem(at: Self.directory.appendingPathComponent("audit.key"),
                                             to: copy.appendingPathComponent("audit.key"))
            // A consistent copy through SQLite's own backup, then tampering on a raw connection.
            let source = try DatabaseQueue(path: Self.directory.appendingPathComponent("audit.sqlite").path)
            let target = try DatabaseQueue(path: copy.appendingPathComponent("audit.sqlite").path)
            try source.backup(to: target)
            try target.write(tamper)
            let broken = try XCTUnwrap(try AuditStore.open(stateDirectory: copy, create: false).verify().firstBreak,
                                       "\(kind) not caught")
            XCTAssertEqual(broken.kind, kind, broken.message)
            if !table.isEmpty { XCTAssertEqual(broken.table, table, broken.message) }
        }
    }
}
