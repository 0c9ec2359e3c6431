import ArgumentParser
import Foundation
import SticklerExtraction

/// `stickler`: the technician's command. Exit codes: 0 nothing found, 1 personal data
/// found, 2 an error stopped the command (bad usage included).
@main
struct Stickler: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stickler",
        abstract: "Find personal data on storage devices, as a school's Data Protection policy requires.",
        version: "0.1.0",
        subcommands: [ScanCommand.self, RulesCommand.self, GenerateCommand.self, AuditCommand.self, ReportCommand.self,
                      ProbeCommand.self, PolicyCommand.self, DevicesCommand.self, DeviceCommand.self, RemediateCommand.self],
        defaultSubcommand: nil)

    static func main() {
        useUTF8Names()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data(("stickler: " + fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}

/// Prints to standard error.
func warn(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
