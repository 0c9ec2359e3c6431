import ArgumentParser
import SticklerAudit
import SticklerAuditReport

/// `stickler report scan ID`: one recorded scan in detail, for technicians.
struct ReportScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "One recorded scan for technicians: files, detectors, redacted examples, verdict, remediation.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var destination: ReportDestination

    @Argument(help: "The scan's id (see `stickler audit list`).")
    var id: Int64

    @Option(help: "Output format.")
    var format: TechnicianFormat = .html

    func validate() throws {
        guard id >= 1 else { throw ValidationError("scan ids start at 1") }
    }

    func run() throws {
        let store = try global.auditStore(create: false)
        let detail = try auditing { try store.scanDetail(id: id) }
        try destination.write(try TechnicianReport.render(detail, format: format), private: true)
    }
}

enum TechnicianReport {
    static func render(_ detail: TechnicianDetail, format: TechnicianFormat) throws -> String {
        switch format {
        case .html: return TechnicianHTMLWriter.render(detail)
        case .json: return try TechnicianJSONWriter.render(detail)
        case .csv: return TechnicianCSVWriter.render(detail)
        }
    }
}
