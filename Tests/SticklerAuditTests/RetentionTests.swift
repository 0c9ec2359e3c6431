import Foundation
import GRDB
@testable import SticklerAudit
import SticklerCore
import SticklerTesting
import XCTest

/// Purging details keeps the chain verifiable, and tampering after a purge still shows.
final class RetentionTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = try TestSupport.temporaryDirectory("stickler-audit")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func testPurgeRemovesDetailsAndTheChainStillVerifies() throws {
        let history = AuditFixtures.smallHistory()
        let store = try AuditFixtures.store(history, in: directory)
        let cutoff = history[3].time + 1  // everything but the last folder scan
        let result = try store.purge(before: cutoff)
        XCTAssertEqual(result.scans, 4)
        XCTAssertEqual(result.actors, 4)
        XCTAssertGreaterThan(result.findings, 10)
        XCTAssertEqual(result.gaps, 4)
        let report = try store.verify()
        XCTAssertNil(report.firstBreak, report.firstBreak?.message ?? "")
        XCTAssertEqual(report.anchoredGaps, 4)

        let raw = try AuditFixtures.raw(directory)
        try raw.read { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM actors"), 1)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM scans"), 5)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM incidents"), 3)
        }
        // The figures survive; the details say they were purged.
        let detail = try store.scanDetail(id: 3)
        XCTAssertTrue(detail.purged)
        XCTAssertTrue(detail.findings.isEmpty)
        XCTAssertEqual(detail.scans.first?.findings, 12)

        // A second purge of everything, then more records, still verifies.
        _ = try store.purge(before: history[4].time + 1)
        try store.record(AuditFixtures.record(time: history[4].time + 60, device: AuditFixtures.device(9), verdict: .warn, findings: 3))
        XCTAssertNil(try store.verify().firstBreak)

        // Deleting a row that no purge removed is still caught.
        try raw.write { db in try db.execute(sql: "DELETE FROM verdicts WHERE id = 2") }
        XCTAssertEqual(try store.verify().firstBreak?.kind, .deleted)
    }

    func testDeletingAPurgeAnchorIsCaught() throws {
        let history = AuditFixtures.smallHistory()
        let store = try AuditFixtures.store(history, in: directory)
        _ = try store.purge(before: history[1].time + 1)
        try AuditFixtures.raw(directory).write { db in try db.execute(sql: "DELETE FROM purge_gaps") }
        XCTAssertNotNil(try store.verify().firstBreak)
    }
}
