import ArgumentParser

/// `stickler audit`: the audit trail's own commands.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Check, list and purge the audit trail (<state dir>/audit.sqlite).",
        subcommands: [AuditListCommand.self, AuditVerifyCommand.self, AuditPurgeCommand.self])
}
