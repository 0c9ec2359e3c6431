import ArgumentParser
import Foundation
import SticklerAudit
import SticklerCore

/// A folder's verdict recorded from the command line (no device), with who ran it:
/// `stickler scan --record` (`warn` if anything was found, else `allow`) and `stickler
/// remediate --record` (source `remediation`).
enum ScanRecord {
    static func save(_ recorder: RecordingSink, pack: [String], into store: AuditStore) throws {
        let (verdict, reasons) = recorder.folderVerdict()
        try save(source: "scan", roots: recorder.roots, verdict: verdict, reasons: reasons, pack: pack, scan: recorder, into: store)
        warn("see `stickler audit list`")
    }

    /// `scan`: the findings to store with it (nil: none, a check that could not run).
    static func save(source: String, roots: [String], verdict: Verdict, reasons: [String], pack: [String],
                     scan: RecordingSink?, into store: AuditStore) throws {
        let environment = ProcessInfo.processInfo.environment
        let record = VerdictRecord(
            source: source, device: nil, roots: roots, verdict: verdict, reasons: reasons,
            ruleVersions: pack, user: environment["SUDO_USER"] ?? environment["USER"] ?? environment["LOGNAME"],
            host: ProcessInfo.processInfo.hostName, session: environment["XDG_SESSION_ID"],
            summary: scan?.summary ?? ScanSummary(), files: scan?.files ?? [], findings: scan?.findings ?? [])
        try auditing { try store.record(record) }
        warn("recorded in the audit trail (\(store.path))")
    }
}
