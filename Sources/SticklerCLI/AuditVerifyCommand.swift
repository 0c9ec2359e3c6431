import ArgumentParser
import SticklerAudit

/// `stickler audit verify`: exit 0 when every row's MAC and link holds, 1 with the first
/// broken link (edited, deleted, reordered row, or rows cut off the end), 2 on error.
struct AuditVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the audit trail's HMAC chain and report the first broken link.",
        discussion: "Exit status: 0 intact, 1 tampering found, 2 an error stopped the check.")

    @OptionGroup var global: GlobalOptions

    func validate() throws {}

    func run() throws {
        let store = try global.auditStore(create: false)
        let report = try auditing { try store.verify() }
        if let broken = report.firstBreak {
            print("audit trail BROKEN: \(broken.message)")
            print("checked \(report.rows) rows in \(store.path); the trail cannot be trusted from this row on")
            throw ExitCode(1)
        }
        let gaps = report.anchoredGaps == 0 ? "" : "; \(report.anchoredGaps) purged gaps, each anchored"
        print("audit trail intact: \(report.rows) rows chained\(gaps) (\(store.path))")
    }
}
