import Foundation
import SticklerAudit
import SticklerCore
import SticklerTesting
import XCTest

/// The daemon and the CLI open the same file: writers from separate connections must
/// never fork the chain, and a reader sees a consistent store while they write.
final class ConcurrencyTests: XCTestCase {
    func testTwoWritersAndAReaderKeepOneChain() throws {
        let directory = try TestSupport.temporaryDirectory("stickler-audit")
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = try AuditStore.open(stateDirectory: directory)
        let second = try AuditStore.open(stateDirectory: directory)
        let reader = try AuditStore.open(stateDirectory: directory, create: false)
        let start = Date(timeIntervalSince1970: 1_790_000_000)
        let failures = NSLock()
        var errors: [String] = []
        DispatchQueue.concurrentPerform(iterations: 3) { worker in
            do {
                for n in 0..<20 {
                    let time = start + Double(n * 60 + worker)
                    switch worker {
                    case 0: try first.record(AuditFixtures.record(time: time, device: AuditFixtures.device(n), verdict: .warn, findings: 3))
                    case 1: try second.record(AuditFixtures.record(time: time, device: AuditFixtures.device(100 + n), verdict: .allow, findings: 0))
                    default: _ = try reader.scans(limit: 5)
                    }
                }
            } catch {
                failures.lock(); errors.append("\(error)"); failures.unlock()
            }
        }
        XCTAssertEqual(errors, [])
        XCTAssertEqual(try reader.scans(limit: 100).count, 40)
        let report = try reader.verify()
        XCTAssertNil(report.firstBreak, report.firstBreak?.message ?? "")
    }
}
