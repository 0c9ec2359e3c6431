import ArgumentParser
import SticklerAudit

/// `stickler report device ID`: every check of one device, for technicians.
struct ReportDeviceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "device",
        abstract: "One device for technicians: every check, its findings, incidents and remediations.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var destination: ReportDestination

    @Argument(help: "The device's id (see `stickler audit list --devices`).")
    var id: Int64

    @Option(help: "Output format.")
    var format: TechnicianFormat = .html

    func validate() throws {
        guard id >= 1 else { throw ValidationError("device ids start at 1") }
    }

    func run() throws {
        let store = try global.auditStore(create: false)
        let detail = try auditing { try store.deviceDetail(id: id) }
        try destination.write(try TechnicianReport.render(detail, format: format), private: true)
    }
}
