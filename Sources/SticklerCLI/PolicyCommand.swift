import ArgumentParser
import Foundation
import SticklerPolicy

/// `stickler policy check [FILE]`: validates a device policy, naming file and line.
struct PolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy", abstract: "Work with the device policy (policy.yaml).",
        subcommands: [Check.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate a policy file and print what each situation yields.",
            discussion: "Exit status: 0 valid, 2 mistakes (each with file and line).")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The policy file (default: policy.yaml in the rules directory).")
        var file: String?

        func validate() throws {
            if let file, !FileManager.default.fileExists(atPath: file) { throw ValidationError("no such file: \(file)") }
        }

        func run() throws {
            let url = global.policyFile(file)
            let policy = try global.loadPolicy(url)
            print("\(url.path): policy \(policy.name)@\(policy.version) is valid")
            for situation in Situation.configurable {
                print("  \(situation.rawValue): \(policy.verdict(for: situation).rawValue)")
            }
            print("  threshold: \(policy.minimumFiles) file(s) at or above \(policy.riskThreshold.rawValue) risk")
            print("  exemptions: \(policy.exemptions.count); scan timeout: \(policy.scanTimeoutSeconds) s; retention: "
                  + (policy.retentionDays.map { "\($0) days" } ?? "for ever"))
        }
    }
}
