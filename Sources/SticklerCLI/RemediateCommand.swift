import ArgumentParser
import Foundation
import SticklerAudit
import SticklerCore
import SticklerDetection
import SticklerPolicy
import SticklerRemediation
import SticklerScan

/// `stickler remediate PATH --to DIR`: what the notification of a `secure_delete` verdict
/// asks for. Scans PATH, moves every file at or above the policy's risk threshold to school
/// storage (a checked copy, then the original overwritten and deleted), optionally wipes
/// the free space where deleted files remain, and scans again.
struct RemediateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remediate",
        abstract: "Move files with personal data off a stick to school storage and securely delete them.",
        discussion: """
            PATH is the stick, mounted read-write (or a folder). Every file at or above the policy's \
            risk threshold (policy.yaml beside the rules; an archive or e-mail as a whole if a member is) \
            is copied to DIR, keeping its folders; the copy is read back and compared (SHA-256) before the \
            original is overwritten with zeros and deleted. --wipe-free-space then overwrites the free \
            space, where the contents of files deleted earlier stay recoverable on FAT and exFAT. PATH is \
            scanned again at the end. On flash media overwriting is best effort (the stick's controller \
            may keep old blocks): encrypting a stick is the only certain protection.
            Exit status: 0 nothing at or above the threshold is left, 1 something is, 2 an error stopped it.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The stick's mount point (read-write), or a folder.")
    var path: String

    @Option(name: .customLong("to"), help: ArgumentHelp("School storage to move the files to (outside PATH).", valueName: "dir"))
    var destination: String?

    @Flag(help: "Also overwrite the free space (deleted files' contents) once the files are moved.")
    var wipeFreeSpace = false

    @Flag(help: "List what would be moved; write nothing.")
    var dryRun = false

    @Flag(help: "Record the remediation in the audit trail.")
    var record = false

    @Option(help: "Worker threads for the scans (default: the number of cores).")
    var jobs: Int = ScanConfiguration.defaultJobs

    func validate() throws {
        var directory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &directory), directory.boolValue else {
            throw ValidationError("\(path) is not a directory (give the stick's mount point)")
        }
        guard dryRun || destination != nil else { throw ValidationError("give --to DIR (school storage), or --dry-run") }
        guard jobs >= 1 && jobs <= 256 else { throw ValidationError("--jobs must be between 1 and 256") }
    }

    func run() throws {
        let engine = try global.makeEngine()
        let policy = try global.loadPolicy(global.policyFile(), orStandard: true)
        let root = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        let remediation: Remediation?
        do {
            remediation = try destination.map { try Remediation(root: root, destination: $0) }
        } catch {
            warn("stickler: \(error)")
            throw ExitCode(2)
        }

        let before = try scan(root, engine: engine)
        let targets = Self.targets(before.files, root: root, threshold: policy.riskThreshold)
        if targets.isEmpty {
            print("Nothing at or above \(policy.riskThreshold.rawValue) risk in \(root).")
        }
        for target in targets {
            print("\(dryRun ? "would move" : "moving") \(target.relative) (risk \(target.risk.rawValue))")
        }
        if dryRun { throw ExitCode(targets.isEmpty ? 0 : 1) }
        guard let remediation else { throw ExitCode(2) }

        var moved: [Remediation.Moved] = [], failed: [String] = []
        for target in targets {
            do {
                let done = try remediation.move(target.relative)
                moved.append(done)
                print("moved \(done.source) -> \(done.copy); original overwritten and deleted")
            } catch {
                failed.append(target.relative)
                warn("stickler: \(error)")
            }
        }
        var wiped = 0
        if wipeFreeSpace {
            do {
                wiped = try remediation.wipeFreeSpace()
                print(String(format: "free space overwritten: %.1f MB", Double(wiped) / 1_000_000))
            } catch {
                warn("stickler: wiping the free space: \(error)")
                failed.append("free space")
            }
        }

        // The re-check. If it cannot run, the moves above still happened: said and recorded.
        let after = try? scan(root, engine: engine)
        let left = after.map { Self.targets($0.files, root: root, threshold: policy.riskThreshold) } ?? []
        let unread = after?.files.filter { $0.status == .error }.map(\.path) ?? []
        for target in left { print("still here: \(target.relative) (risk \(target.risk.rawValue))") }
        for path in unread { print("not checked (could not be read): \(path)") }
        let recheck: String
        if after == nil {
            recheck = "re-check failed: the stick could not be scanned again"
        } else if left.isEmpty && unread.isEmpty {
            recheck = "re-check: nothing at or above \(policy.riskThreshold.rawValue) risk left"
        } else {
            recheck = "re-check: \(left.count) file(s) at or above \(policy.riskThreshold.rawValue) risk left, \(unread.count) not readable"
        }
        print(recheck.prefix(1).uppercased() + recheck.dropFirst() + ".")
        let done = after != nil && left.isEmpty && unread.isEmpty && failed.isEmpty

        if record {
            var action = "moved \(moved.count) file(s) with personal data to \(remediation.destination) and securely deleted them"
            if wipeFreeSpace { action += String(format: "; overwrote %.1f MB of free space", Double(wiped) / 1_000_000) }
            var reasons = [action]
            if !failed.isEmpty { reasons.append("not done: \(failed.joined(separator: ", "))") }
            reasons.append(recheck)
            try ScanRecord.save(source: "remediation", roots: [root], verdict: done ? .allow : .warn, reasons: reasons,
                                pack: engine.pack.versions, scan: after, into: try global.auditStore(create: true))
        }
        throw ExitCode(done ? 0 : 1)
    }

    func scan(_ root: String, engine: Engine) throws -> RecordingSink {
        var configuration = ScanConfiguration(paths: [root], jobs: jobs)
        configuration.oneFileSystem = true
        let sink = RecordingSink()
        do {
            _ = try Scan(engine: engine, configuration: configuration).run(sink: sink)
        } catch {
            warn("stickler: \(error)")
            throw ExitCode(2)
        }
        return sink
    }

    /// The files to move: each file on the volume (an archive or e-mail as a whole) whose own
    /// risk or a member's is at or above the threshold.
    static func targets(_ files: [FileResult], root: String, threshold: RiskLevel) -> [(relative: String, risk: RiskLevel)] {
        var risk: [String: RiskLevel] = [:]
        for file in files {
            let level = max(file.risk.level, file.membersRisk ?? .none)
            guard level >= threshold, level > .none, file.path.hasPrefix(root + "/"),
                  let top = topLevelFile(file.path, root: root) else { continue }
            risk[top] = max(risk[top] ?? .none, level)
        }
        return risk.keys.sorted().map { (String($0.dropFirst(root.count + 1)), risk[$0]!) }
    }

    /// The file on the volume a record is of: the path itself, or the container a member
    /// `a.zip!b.csv` is in. A "!" may also be in a real name ("Year7!.csv"), so the file is
    /// the shortest prefix ending before a "!" (or the whole path) that is a regular file.
    static func topLevelFile(_ path: String, root: String) -> String? {
        func isFile(_ candidate: String) -> Bool {
            var status = stat()
            return lstat(candidate, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
        }
        var index = path.index(path.startIndex, offsetBy: root.count + 1)
        while let bang = path[index...].firstIndex(of: "!") {
            let candidate = String(path[..<bang])
            if isFile(candidate) { return candidate }
            index = path.index(after: bang)
        }
        return isFile(path) ? path : nil
    }
}
