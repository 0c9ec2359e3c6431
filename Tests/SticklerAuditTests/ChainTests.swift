import Foundation
import GRDB
@testable import SticklerAudit
import SticklerCore
import SticklerTesting
import XCTest

/// Tampering with the SQLite file directly, through its own connection, and checking
/// that `verify` names the first broken link for each kind.
final class ChainTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = try TestSupport.temporaryDirectory("stickler-audit")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func freshStore() throws -> AuditStore {
        try AuditFixtures.store(AuditFixtures.smallHistory(), in: directory)
    }

    func testIntactStoreVerifiesInWALMode() throws {
        let store = try freshStore()
        XCTAssertEqual(try store.journalMode(), "wal")
        let report = try store.verify()
        XCTAssertNil(report.firstBreak, report.firstBreak?.message ?? "")
        XCTAssertGreaterThan(report.rows, 40)
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory.appendingPathComponent("audit.key").path))
        for file in ["audit.sqlite", "audit.sqlite-wal"] {
            let mode = try FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent(file).path)[.posixPermissions] as? Int
            XCTAssertEqual(mode, 0o600, file)
        }
    }

    func testStoresNoRawValueOnlyRedactedForms() throws {
        _ = try freshStore()
        let raw = try AuditFixtures.raw(directory)
        let redacted = try raw.read { try String.fetchAll($0, sql: "SELECT redacted FROM findings") }
        XCTAssertFalse(redacted.isEmpty)
        XCTAssertTrue(redacted.allSatisfy { $0.contains("•") || $0.contains("*") }, "\(redacted.prefix(5))")
    }

    func testEditedRowIsCaught() throws {
        let store = try freshStore()
        try AuditFixtures.raw(directory).write { db in
            try db.execute(sql: "UPDATE verdicts SET verdict = 'allow' WHERE id = 3")
        }
        let broken = try XCTUnwrap(store.verify().firstBreak)
        XCTAssertEqual(broken.kind, .edited)
        XCTAssertEqual(broken.table, "verdicts")
        XCTAssertEqual(broken.id, 3)
        XCTAssertTrue(broken.message.contains("edited row: verdicts row 3"), broken.message)
    }

    func testDeletedRowIsCaught() throws {
        let store = try freshStore()
        let seq = try AuditFixtures.raw(directory).write { db -> Int64 in
            let seq = try Int64.fetchOne(db, sql: "SELECT seq FROM findings WHERE id = 5")!
            try db.execute(sql: "DELETE FROM findings WHERE id = 5")
            return seq
        }
        let broken = try XCTUnwrap(store.verify().firstBreak)
        XCTAssertEqual(broken.kind, .deleted)
        XCTAssertEqual(broken.seq, seq + 1)
        XCTAssertTrue(broken.message.hasPrefix("deleted row:"), broken.message)
    }

    func testReorderedRowsAreCaught() throws {
        let store = try freshStore()
        // Swap the positions of the second scan and its verdict.
        try AuditFixtures.raw(directory).write { db in
            let scan = try Int64.fetchOne(db, sql: "SELECT seq FROM scans WHERE id = 2")!
            let verdict = try Int64.fetchOne(db, sql: "SELECT seq FROM verdicts WHERE id = 2")!
            try db.execute(sql: "UPDATE scans SET seq = -1 WHERE id = 2")
            try db.execute(sql: "UPDATE verdicts SET seq = ? WHERE id = 2", arguments: [scan])
            try db.execute(sql: "UPDATE scans SET seq = ? WHERE id = 2", arguments: [verdict])
        }
        let broken = try XCTUnwrap(store.verify().firstBreak)
        XCTAssertEqual(broken.kind, .reordered)
        XCTAssertEqual(broken.table, "verdicts")
        XCTAssertTrue(broken.message.contains("reordered row: verdicts row 2"), broken.message)
    }

    func testRowsCutOffTheEndAreCaught() throws {
        let store = try freshStore()
        try AuditFixtures.raw(directory).write { db in
            let last = try Int64.fetchOne(db, sql: "SELECT max(seq) FROM findings")!
            try db.execute(sql: "DELETE FROM findings WHERE seq >= ?", arguments: [last - 1])
        }
        let broken = try XCTUnwrap(store.verify().firstBreak)
        XCTAssertEqual(broken.kind, .truncated)
        XCTAssertTrue(broken.message.hasPrefix("deleted rows at the end"), broken.message)
    }

    func testAnotherKeyDoesNotVerify() throws {
        _ = try freshStore()
        let path = directory.appendingPathComponent("audit.sqlite").path
        let other = try AuditStore(path: path, key: .init(bytes: Array(repeating: 7, count: 32)))
        XCTAssertEqual(try other.verify().firstBreak?.kind, .edited)
    }

    func testRemediationClosesTheDevicesIncident() throws {
        let store = try freshStore()
        let device = try XCTUnwrap(store.devices().first { $0.device.serial == "SYN00000003" })
        let detail = try store.deviceDetail(id: device.device.id)
        XCTAssertEqual(detail.scans.count, 2)
        XCTAssertEqual(detail.incidents.count, 1)
        XCTAssertEqual(detail.remediations.first?.incidentID, detail.incidents.first?.id)
        XCTAssertEqual(detail.remediations.first?.outcome, "completed")
        XCTAssertEqual(detail.remediations.first?.action, "securely deleted 3 files")
    }
}

extension ChainTests {
    func testAMissingKeyIsNeverReplacedForAnExistingStore() throws {
        _ = try freshStore()
        try FileManager.default.removeItem(at: directory.appendingPathComponent("audit.key"))
        let store = try AuditStore.open(stateDirectory: directory, create: false)
        XCTAssertEqual(try store.scans().count, 5, "reading needs no key")
        XCTAssertThrowsError(try store.verify()) { error in
            XCTAssertTrue("\(error)".contains("audit key (audit.key beside it) is missing"), "\(error)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent("audit.key").path))
        XCTAssertEqual(try store.scans(limit: 10, deviceID: 3).count, 2)
    }
}

extension ChainTests {
    func testInsertedRowIsCaught() throws {
        let store = try freshStore()
        try AuditFixtures.raw(directory).write { db in
            let head = try Row.fetchOne(db, sql: "SELECT seq, mac FROM chain_head")!
            let seq: Int64 = head["seq"], mac: String = head["mac"]
            // A plausible remediation, chained onto the head, with a made-up MAC; then the head moved to it.
            try db.execute(sql: """
                INSERT INTO remediations (seq, prev_mac, mac, scan_id, incident_id, device_id, time, action, detail, outcome, files)
                VALUES (?, ?, ?, 2, 1, 2, '2026-09-22T10:00:00Z', 'securely deleted', '', 'completed', 4)
                """, arguments: [seq + 1, mac, String(repeating: "ab", count: 32)])
            try db.execute(sql: "UPDATE chain_head SET seq = ?, mac = ?", arguments: [seq + 1, String(repeating: "ab", count: 32)])
        }
        let broken = try XCTUnwrap(store.verify().firstBreak)
        XCTAssertEqual(broken.kind, .edited)
        XCTAssertEqual(broken.table, "remediations")
    }
}
