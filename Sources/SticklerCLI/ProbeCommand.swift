import ArgumentParser
import Foundation
import SticklerDevices

/// `stickler probe DEVICE|IMAGE`: partition table, volumes and their encryption, via libblkid.
struct ProbeCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument { case text, json }

    static let configuration = CommandConfiguration(
        commandName: "probe",
        abstract: "Show a device's or image's partition table, volumes and encryption (read-only).",
        discussion: "Encryption is luks1, luks2, bitlocker, none, or unknown (no signature but high entropy: possibly VeraCrypt; not treated as compliant).")

    @Argument(help: "A block device or a disk image file.")
    var path: String

    @Option(help: "Output format.")
    var format: Format = .text

    func validate() throws {
        guard FileManager.default.fileExists(atPath: path) else { throw ValidationError("no such device or file: \(path)") }
    }

    func run() throws {
        let result: ProbeResult
        do {
            result = try Prober.probe(path: path)
        } catch {
            warn("stickler: \(error)")
            throw ExitCode(2)
        }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(result), as: UTF8.self))
        case .text:
            print("\(result.path): \(result.size) bytes, partition table: \(result.partitionTable ?? "none")")
            for volume in result.volumes {
                var line = "  " + (volume.partition.map { "partition \($0)" } ?? "whole device")
                line += " at \(volume.offset), \(volume.size) bytes: \(volume.filesystem ?? "no signature")"
                if let version = volume.version { line += " v\(version)" }
                if let label = volume.label { line += ", label \"\(label)\"" }
                if let uuid = volume.uuid { line += ", UUID \(uuid)" }
                line += ", encryption: \(volume.encryption.rawValue)"
                print(line)
            }
        }
    }
}
