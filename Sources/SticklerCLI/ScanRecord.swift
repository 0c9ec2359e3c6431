import ArgumentParser
import Foundation
import SticklerAudit
import SticklerCore

/// `stickler scan --record`: turns what a `RecordingSink` collected into a `VerdictRecord`
/// (a folder scan: no device; `warn` if anything was found, else `allow`) and records it.
enum ScanRecord {
    static func save(_ recorder: RecordingSink, pack: [String], into store: AuditStore) throws {
        let (verdict, reasons) = recorder.folderVerdict()
        let environment = ProcessInfo.processInfo.environment
        let record = VerdictRecord(
            source: "scan", device: nil, roots: recorder.roots, verdict: verdict, reasons: reasons,
            ruleVersions: pack, user: environment["SUDO_USER"] ?? environment["USER"] ?? environment["LOGNAME"],
            host: ProcessInfo.processInfo.hostName, session: environment["XDG_SESSION_ID"],
            summary: recorder.summary, files: recorder.files, findings: recorder.findings)
        try auditing { try store.record(record) }
        warn("recorded in the audit trail (\(store.path)); see `stickler audit list`")
    }
}
