import ArgumentParser
import Foundation
import SticklerCrypto
import SticklerDetection

/// Options every subcommand that loads rules or keys shares.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Directory of rule packs (*.yaml).", valueName: "dir"))
    var rules: String?

    @Option(name: .long, help: ArgumentHelp("State directory for the installation key.", valueName: "dir"))
    var stateDir: String?

    /// --rules, $STICKLER_RULES, /etc/stickler/rules, the source tree's Rules/ beside the binary, ./Rules.
    func rulesDirectory() -> URL {
        if let rules { return URL(fileURLWithPath: rules) }
        if let env = ProcessInfo.processInfo.environment["STICKLER_RULES"] { return URL(fileURLWithPath: env) }
        var candidates = [URL(fileURLWithPath: "/etc/stickler/rules")]
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(directory.appendingPathComponent("Rules"))
            directory = directory.deletingLastPathComponent()
        }
        candidates.append(URL(fileURLWithPath: "Rules"))
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("uk-identifiers.yaml").path) }
            ?? candidates[0]
    }

    /// --state-dir, $STICKLER_STATE_DIR, /var/lib/stickler as root, else ~/.local/state/stickler.
    func stateDirectory() -> URL {
        if let stateDir { return URL(fileURLWithPath: stateDir) }
        let environment = ProcessInfo.processInfo.environment
        if let env = environment["STICKLER_STATE_DIR"] { return URL(fileURLWithPath: env) }
        if geteuid() == 0 { return URL(fileURLWithPath: "/var/lib/stickler") }
        let base = environment["XDG_STATE_HOME"] ?? (NSHomeDirectory() + "/.local/state")
        return URL(fileURLWithPath: base).appendingPathComponent("stickler")
    }

    func loadPack() throws -> RulePack {
        do {
            return try RulePack.load(directory: rulesDirectory())
        } catch let error as RuleErrors {
            warn(error.description)
            throw ExitCode(2)
        }
    }

    func makeEngine() throws -> Engine {
        // Compiled databases and the validated rule pack are cached in the state directory.
        DatabaseCache.shared.directory = stateDirectory().appendingPathComponent("cache")
        let pack = try loadPack()
        let key: InstallationKey
        do {
            key = try InstallationKey.loadOrCreate(named: "fingerprint.key", in: stateDirectory())
        } catch {
            warn("stickler: \(error)")
            throw ExitCode(2)
        }
        do {
            return try Engine(pack: pack, fingerprinter: Fingerprinter(key: key))
        } catch let error as RuleErrors {
            warn(error.description)
            throw ExitCode(2)
        }
    }
}
