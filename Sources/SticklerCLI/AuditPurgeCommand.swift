import ArgumentParser
import Foundation
import SticklerAudit

/// `stickler audit purge`: removes expired details (who acted, file names, redacted
/// findings) and anchors the gaps so that `audit verify` still passes.
struct AuditPurgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: "Remove audit details recorded before a date, keeping the chain verifiable.",
        discussion: """
            The cut-off is --before DATE, else --days N before today, else `retention: N` (days) in the \
            policy file. Totals, verdicts, incidents and remediations are kept for the governors' report.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Purge details recorded before this day.", valueName: "YYYY-MM-DD"))
    var before: String?

    @Option(help: "Keep this many days of details (overrides the policy's retention).")
    var days: Int?

    func validate() throws {
        if before != nil && days != nil { throw ValidationError("give --before or --days, not both") }
        if let days, days < 1 { throw ValidationError("--days must be at least 1") }
        if let before { _ = try auditing { try AuditTime.parseDay(before) } }
    }

    func run() throws {
        let cutoff: Date
        if let before {
            cutoff = try auditing { try AuditTime.parseDay(before) }
        } else if let days = try days ?? global.policyRetentionDays() {
            cutoff = try auditing { try AuditTime.parseDay(AuditTime.day(Date())) }.addingTimeInterval(-Double(days) * 86_400)
        } else {
            warn("stickler: no cut-off: give --before YYYY-MM-DD or --days N, or set `retention: N` (days) in "
                 + global.rulesDirectory().appendingPathComponent("policy.yaml").path)
            throw ExitCode(2)
        }
        let store = try global.auditStore(create: false)
        let result = try auditing { try store.purge(before: cutoff) }
        print("purged details before \(AuditTime.day(cutoff)): \(result.scans) scans, \(result.files) file results, "
              + "\(result.findings) findings, \(result.actors) actor records; \(result.gaps) gaps anchored")
    }
}
