import Foundation
import GRDB
import SticklerTesting
import XCTest

/// `stickler scan --record`, `stickler audit` and `stickler report`, run as a technician would.
extension CLITests {
    func testScanRecordThenListVerifyAndReport() throws {
        let stick = try TestSupport.temporaryDirectory("stickler-cli-audit")
        defer { try? FileManager.default.removeItem(at: stick) }
        try SampleStick.write(to: stick)

        // Reading before anything was recorded says how to start.
        let empty = try stickler(["audit", "list"])
        XCTAssertEqual(empty.status, 2)
        XCTAssertTrue(empty.stderr.contains("no audit store yet"), empty.stderr)

        let found = try stickler(["scan", "--record", "--format", "jsonl", stick.path])
        XCTAssertEqual(found.status, 1, found.stderr)
        XCTAssertTrue(found.stderr.contains("recorded in the audit trail"), found.stderr)
        XCTAssertEqual(try stickler(["scan", "--record", stick.appendingPathComponent("Lessons").path]).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: state.appendingPathComponent("audit.key").path))

        let list = try stickler(["audit", "list"])
        XCTAssertEqual(list.status, 0, list.stderr)
        let lines = list.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 3, list.stdout)
        XCTAssertTrue(lines[1].hasPrefix("2 ") && lines[1].contains("allow"), list.stdout)
        XCTAssertTrue(lines[2].hasPrefix("1 ") && lines[2].contains("warn"), list.stdout)

        let verify = try stickler(["audit", "verify"])
        XCTAssertEqual(verify.status, 0, verify.stdout + verify.stderr)
        XCTAssertTrue(verify.stdout.hasPrefix("audit trail intact"), verify.stdout)

        let csv = try stickler(["report", "scan", "1", "--format", "csv"])
        XCTAssertEqual(csv.status, 0, csv.stderr)
        XCTAssertTrue(csv.stdout.hasPrefix("scan,time,verdict,file,status"), csv.stdout)
        XCTAssertTrue(csv.stdout.contains("Medical register 2025.tsv"))
        let json = try stickler(["report", "scan", "1", "--format", "json"])
        XCTAssertNotNil(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let html = state.appendingPathComponent("scan1.html")
        XCTAssertEqual(try stickler(["report", "scan", "1", "-o", html.path]).status, 0)
        XCTAssertTrue(try String(contentsOf: html, encoding: .utf8).contains("Technician report: Scan 1"))
        XCTAssertEqual(try stickler(["report", "scan", "99"]).status, 2)

        let today = String(ISO8601DateFormatter().string(from: Date()).prefix(10))
        let governors = try stickler(["report", "governors", "--from", today, "--to", today, "--format", "json"])
        XCTAssertEqual(governors.status, 0, governors.stderr)
        XCTAssertTrue(governors.stdout.contains("\"folderScans\" : 2"), governors.stdout)
        XCTAssertFalse(governors.stdout.contains(stick.path))
        XCTAssertEqual(try stickler(["report", "governors", "--from", "2026-13-01", "--to", today]).status, 2)

        // Edit a verdict behind the store's back: verify names it and exits 1.
        let raw = try DatabaseQueue(path: state.appendingPathComponent("audit.sqlite").path)
        try raw.write { try $0.execute(sql: "UPDATE verdicts SET verdict = 'allow' WHERE id = 1") }
        let broken = try stickler(["audit", "verify"])
        XCTAssertEqual(broken.status, 1, broken.stdout + broken.stderr)
        XCTAssertTrue(broken.stdout.contains("edited row: verdicts row 1"), broken.stdout)
    }

    func testAuditPurgeKeepsTheTrailVerifiable() throws {
        let stick = try TestSupport.temporaryDirectory("stickler-cli-purge")
        defer { try? FileManager.default.removeItem(at: stick) }
        try SampleStick.write(to: stick)
        XCTAssertEqual(try stickler(["scan", "--record", "--quiet", stick.path]).status, 1)
        // The shipped policy keeps details for 1095 days: nothing recorded today is purged.
        let keep = try stickler(["audit", "purge"])
        XCTAssertEqual(keep.status, 0, keep.stderr)
        XCTAssertTrue(keep.stdout.contains(": 0 scans"), keep.stdout)
        XCTAssertEqual(try stickler(["audit", "purge", "--before", "2026-01-01", "--days", "3"]).status, 2)
        let tomorrow = String(ISO8601DateFormatter().string(from: Date() + 86_400).prefix(10))
        let purge = try stickler(["audit", "purge", "--before", tomorrow])
        XCTAssertEqual(purge.status, 0, purge.stderr)
        XCTAssertTrue(purge.stdout.contains("purged details before \(tomorrow): 1 scans"), purge.stdout)
        let verify = try stickler(["audit", "verify"])
        XCTAssertEqual(verify.status, 0, verify.stdout)
        XCTAssertTrue(verify.stdout.contains("1 purged gaps, each anchored"), verify.stdout)
        let csv = try stickler(["report", "scan", "1", "--format", "csv"])
        XCTAssertEqual(csv.stdout.split(separator: "\n").count, 1, "details are gone: \(csv.stdout)")
    }

    func testPurgeReadsRetentionFromThePolicy() throws {
        let rules = try TestSupport.temporaryDirectory("stickler-cli-rules")
        defer { try? FileManager.default.removeItem(at: rules) }
        for file in try FileManager.default.contentsOfDirectory(atPath: TestSupport.rulesDirectory().path) {
            try FileManager.default.copyItem(at: TestSupport.rulesDirectory().appendingPathComponent(file),
                                             to: rules.appendingPathComponent(file))
        }
        let policy = rules.appendingPathComponent("policy.yaml")
        let shipped = try String(contentsOf: policy, encoding: .utf8)
        let withoutRetention = shipped.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("retention:") }.joined(separator: "\n")
        try withoutRetention.write(to: policy, atomically: true, encoding: .utf8)
        XCTAssertEqual(try stickler(["audit", "purge", "--rules", rules.path]).status, 2,
                       "no cut-off without --before, --days or a policy retention")
        try (withoutRetention + "retention: 30  # days of audit detail\n").write(to: policy, atomically: true, encoding: .utf8)
        let folder = try TestSupport.temporaryDirectory("stickler-cli-folder")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Lesson notes.\n".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        XCTAssertEqual(try stickler(["scan", "--record", "--rules", rules.path, folder.path]).status, 0)
        let cutoff = String(ISO8601DateFormatter().string(from: Date() - 30 * 86_400).prefix(10))
        let purge = try stickler(["audit", "purge", "--rules", rules.path])
        XCTAssertEqual(purge.status, 0, purge.stderr)
        XCTAssertTrue(purge.stdout.hasPrefix("purged details before \(cutoff): 0 scans"), purge.stdout)
        // The policy as `stickler policy check` reads it: its other form too, and a wrong value is an error.
        try (withoutRetention + "retention:\n  days: 30\n").write(to: policy, atomically: true, encoding: .utf8)
        let block = try stickler(["audit", "purge", "--rules", rules.path])
        XCTAssertTrue(block.stdout.hasPrefix("purged details before \(cutoff)"), block.stdout + block.stderr)
        try (withoutRetention + "retention: 30d\n").write(to: policy, atomically: true, encoding: .utf8)
        let wrong = try stickler(["audit", "purge", "--rules", rules.path])
        XCTAssertEqual(wrong.status, 2)
        XCTAssertTrue(wrong.stderr.contains("retention"), wrong.stderr)
    }

    func testRecordedScanWithMalwareIsBlocked() throws {
        guard ClamdFixture.isAvailable else { throw XCTSkip("clamd is not installed") }
        let clamd = try ClamdFixture()
        try clamd.start()
        defer { clamd.stop() }
        let stick = try TestSupport.temporaryDirectory("stickler-cli-audit-malware")
        defer { try? FileManager.default.removeItem(at: stick) }
        try Data(ClamdFixture.eicar.utf8).write(to: stick.appendingPathComponent("game.com"))
        XCTAssertEqual(try stickler(["scan", "--record", "--clamd", clamd.socket, stick.path]).status, 1)
        let list = try stickler(["audit", "list"])
        XCTAssertTrue(list.stdout.contains(" block "), list.stdout)
        let html = try stickler(["report", "scan", "1"])
        XCTAssertTrue(html.stdout.contains("malware found in 1 files"), html.stdout)
        XCTAssertTrue(html.stdout.contains("malware: Stickler.Test.EICAR.UNOFFICIAL"), html.stdout)
    }
}
