import ArgumentParser
import Foundation
import SticklerAudit
import SticklerPolicy

/// Opening the audit store and reading the retention setting, for the audit, report and
/// scan commands. Errors are printed with their path and hint, then exit 2.
extension GlobalOptions {
    /// `<state dir>/audit.sqlite` with `<state dir>/audit.key`; `create: false` for commands that only read.
    func auditStore(create: Bool) throws -> AuditStore {
        do {
            return try AuditStore.open(stateDirectory: stateDirectory(), create: create)
        } catch {
            warn("stickler: \(error)")
            throw ExitCode(2)
        }
    }

    /// The policy file: `file`, else `policy.yaml` beside the rule packs.
    func policyFile(_ file: String? = nil) -> URL {
        file.map { URL(fileURLWithPath: $0) } ?? rulesDirectory().appendingPathComponent("policy.yaml")
    }

    /// The policy in `url` (the standard one if `url` does not exist and `orStandard`); an
    /// invalid file is printed with its line and hint, then exit 2.
    func loadPolicy(_ url: URL, orStandard: Bool = false) throws -> Policy {
        if orStandard && !FileManager.default.fileExists(atPath: url.path) { return .standard }
        do {
            return try PolicyLoader.load(file: url)
        } catch {
            warn("stickler: \(error)")
            throw ExitCode(2)
        }
    }

    /// The policy's `retention:` in days, if it sets one, read as `stickler policy check`
    /// reads it (a policy that does not load is an error, exit 2). The policy is
    /// `policy.yaml` beside the rule packs; without one there is no retention.
    func policyRetentionDays() throws -> Int? {
        try loadPolicy(policyFile(), orStandard: true).retentionDays
    }
}

/// Runs `body`, turning audit errors into a message and exit 2.
func auditing<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as AuditError {
        warn("stickler: \(error)")
        throw ExitCode(2)
    }
}
