import ArgumentParser
import Foundation
import SticklerDevices

/// `stickler devices`: what sticklerd holds or decided.
struct DevicesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "devices", abstract: "List the devices sticklerd holds or has decided, with their verdicts.")

    @Option(help: ArgumentHelp("sticklerd's control socket ($STICKLER_SOCKET).", valueName: "path"))
    var socket: String?

    @Option(help: "Output format.")
    var format: ProbeCommand.Format = .text

    func validate() throws {}

    func run() throws {
        let data = try DeviceCommand.ask("list", socket: socket)
        if format == .json {
            print(String(decoding: data, as: UTF8.self), terminator: "")
            return
        }
        let devices = try JSONDecoder().decode([DeviceStatus].self, from: data)
        if devices.isEmpty { print("no removable devices seen") }
        for device in devices {
            let verdict = device.verdict?.rawValue ?? "-"
            print("\(device.id)\t\(device.state.rawValue)\t\(verdict)\t\(device.held ? "held" : "released")\t"
                  + "\(device.filesystem ?? "-")\t\(device.label ?? "")")
        }
    }
}

/// `stickler device show ID` and `stickler device rescan ID`.
struct DeviceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "device", abstract: "Show or re-check one device known to sticklerd.",
        subcommands: [Show.self, Rescan.self])

    static func ask(_ request: String, socket: String?) throws -> Data {
        do {
            let data = try ControlClient(path: ControlClient.path(socket)).request(request)
            if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any], let error = object["error"] as? String {
                warn("stickler: \(error)")
                throw ExitCode(2)
            }
            return data
        } catch let error as ControlClientError {
            warn("stickler: \(error)")
            throw ExitCode(2)
        }
    }

    static func checkID(_ id: String) throws {
        guard !id.isEmpty, id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
            throw ValidationError("a device ID is a kernel name such as sdb1 or loop40 (see stickler devices)")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one device: identity, verdict, reasons, files with findings.")
        @Option(help: ArgumentHelp("sticklerd's control socket.", valueName: "path")) var socket: String?
        @Option(help: "Output format.") var format: ProbeCommand.Format = .text
        @Argument(help: "The device ID (kernel name, as `stickler devices` lists).") var id: String

        func validate() throws { try DeviceCommand.checkID(id) }

        func run() throws {
            let data = try DeviceCommand.ask("show \(id)", socket: socket)
            if format == .json {
                print(String(decoding: data, as: UTF8.self), terminator: "")
                return
            }
            let device = try JSONDecoder().decode(DeviceStatus.self, from: data)
            print("\(device.id) (\(device.devnode)): \(device.state.rawValue), \(device.held ? "held" : "released")"
                  + (device.readOnly ? ", read-only" : ""))
            print("  identity: \([device.identity.vendor, device.identity.model, device.identity.serial, device.identity.bus].compactMap { $0 }.joined(separator: " "))")
            print("  volume: \(device.filesystem ?? "-") label \(device.label ?? "-") UUID \(device.uuid ?? "-") encryption \(device.encryption ?? "-")")
            if let verdict = device.verdict {
                print("  verdict: \(verdict.rawValue) (recorded \(device.recorded?.rawValue ?? "-"), \(device.situation ?? "-"))")
            }
            for reason in device.reasons { print("  - \(reason)") }
            for (path, count) in device.filesWithFindings.sorted(by: { $0.key < $1.key }) { print("  \(path): \(count) finding(s)") }
        }
    }

    struct Rescan: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Hold the device again and re-check it.")
        @Option(help: ArgumentHelp("sticklerd's control socket.", valueName: "path")) var socket: String?
        @Argument(help: "The device ID.") var id: String

        func validate() throws { try DeviceCommand.checkID(id) }

        func run() throws {
            _ = try DeviceCommand.ask("rescan \(id)", socket: socket)
            print("\(id): re-check started (see stickler device show \(id))")
        }
    }
}
