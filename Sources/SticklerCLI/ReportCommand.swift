import ArgumentParser

/// `stickler report`: reports over the audit trail.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Reports from the audit trail: the governors' anonymised report, or one scan or device for technicians.",
        subcommands: [ReportGovernorsCommand.self, ReportScanCommand.self, ReportDeviceCommand.self])
}

enum TechnicianFormat: String, ExpressibleByArgument, CaseIterable {
    case html, json, csv
}

enum GovernorsFormat: String, ExpressibleByArgument, CaseIterable {
    case html, json
}
