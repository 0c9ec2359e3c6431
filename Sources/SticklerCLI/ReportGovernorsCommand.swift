import ArgumentParser
import Foundation
import SticklerAudit
import SticklerAuditReport

/// `stickler report governors --from DATE --to DATE`: counts only, no names, paths,
/// serials or values; compared with the previous period of equal length.
struct ReportGovernorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "governors",
        abstract: "The anonymised report for the governing body (HTML to print, or JSON).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var destination: ReportDestination

    @Option(help: ArgumentHelp("First day of the period.", valueName: "YYYY-MM-DD"))
    var from: String

    @Option(help: ArgumentHelp("Last day of the period (included).", valueName: "YYYY-MM-DD"))
    var to: String

    @Option(help: "Output format.")
    var format: GovernorsFormat = .html

    @Option(help: "The school's name for the heading.")
    var school: String?

    func validate() throws {
        let start = try auditing { try AuditTime.parseDay(from) }
        let end = try auditing { try AuditTime.parseDay(to) }
        guard start <= end else { throw ValidationError("--from \(from) is after --to \(to)") }
    }

    func run() throws {
        let store = try global.auditStore(create: false)
        var figures = try auditing {
            try store.governorsFigures(from: try AuditTime.parseDay(from), to: try AuditTime.parseDay(to))
        }
        if let report = try? store.verify() {
            figures.auditTrail = report.firstBreak.map { "broken: \($0.message)" } ?? "intact (\(report.rows) records verified)"
        }
        let text = format == .html ? GovernorsHTMLWriter.render(figures, school: school) : try GovernorsJSONWriter.render(figures)
        try destination.write(text, private: false)
    }
}
