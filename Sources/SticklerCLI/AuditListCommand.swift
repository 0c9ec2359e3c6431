import ArgumentParser
import SticklerAudit

/// `stickler audit list`: recent scans (or devices) with the ids the report commands take.
struct AuditListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List recent scans or devices with their ids (for `stickler report scan|device ID`).")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "List devices instead of scans.")
    var devices = false

    @Option(help: "How many to list, newest first.")
    var limit = 30

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let store = try global.auditStore(create: false)
        if devices {
            let rows = try auditing { try store.devices(limit: limit) }
            print(pad(["DEVICE", "LAST CHECK", "CHECKS", "LAST VERDICT", "SERIAL", "NAME"]))
            for row in rows {
                print(pad(["\(row.device.id)", row.lastScan, "\(row.scans)", row.lastVerdict,
                           row.device.serial ?? "-", row.device.name]))
            }
        } else {
            let rows = try auditing { try store.scans(limit: limit) }
            print(pad(["SCAN", "TIME", "SOURCE", "DEVICE", "VERDICT", "FINDINGS", "FILES"]))
            for scan in rows {
                print(pad(["\(scan.id)", scan.time, scan.source, scan.deviceID.map(String.init) ?? "-", scan.verdict,
                           "\(scan.findings)", "\(scan.files)"]))
            }
        }
    }

    func pad(_ cells: [String]) -> String {
        let widths = devices ? [6, 20, 6, 13, 14, 0] : [6, 20, 11, 6, 13, 8, 0]
        return zip(cells, widths).map { cell, width in
            width == 0 ? cell : cell.padding(toLength: max(width, cell.count), withPad: " ", startingAt: 0)
        }.joined(separator: " ")
    }
}
