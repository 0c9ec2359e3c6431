import Foundation
import SticklerCore
import SticklerDevices
import SticklerPolicy

/// Runs the untrusted part (walking and parsing the staged volume) in a separate
/// process: `stickler scan --format jsonl` on the mount point, under `setpriv
/// --no-new-privs` (and `unshare --net` as root, so it has no network), optionally as
/// another user. It talks JSON Lines over a pipe and is killed on time-out or removal.
final class ScanWorker: @unchecked Sendable {
    struct Settings {
        var stickler: String
        var rules: String?
        var stateDirectory: String
        var timeoutSeconds: Int
        var user: String?
        /// The user's uid/gid, resolved at start.
        var owner: (uid: UInt32, gid: UInt32)? = nil
        /// The worker's state directory when it runs as `user` (a copy of the key, its cache).
        var userStateDirectory: String? = nil
        /// clamd's socket: the worker also checks every file for malware.
        var clamd: String? = nil
        /// Test hook: the worker sleeps this long before scanning (to unplug mid-scan).
        var startDelay: Double = 0
    }

    let settings: Settings
    let lock = NSLock()
    var process: Subprocess?
    var killedBecause: String?

    init(settings: Settings) { self.settings = settings }

    /// The descriptor a worker reads a volume's deleted files from (`--deleted /dev/fd/3`).
    static let deletedDescriptor = "/dev/fd/3"

    func command(for root: String, dropPrivileges: Bool = false, deleted: Bool = false) -> [String] {
        let drop = dropPrivileges && settings.owner != nil
        var scan = [settings.stickler, "scan", "--format", "jsonl", "--quiet", "--one-file-system", "--jobs", "2",
                    "--state-dir", drop ? (settings.userStateDirectory ?? settings.stateDirectory) : settings.stateDirectory]
        if let rules = settings.rules { scan += ["--rules", rules] }
        if let clamd = settings.clamd { scan += ["--clamd", clamd] }
        if deleted { scan += ["--deleted", Self.deletedDescriptor] }
        scan += ["--", root]
        var sandbox = ["/usr/bin/setpriv", "--no-new-privs"]
        if drop, let owner = settings.owner {
            sandbox += ["--reuid", String(owner.uid), "--regid", String(owner.gid), "--clear-groups"]
        }
        var command = sandbox + ["--"] + scan
        if geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare") {
            command = ["/usr/bin/unshare", "--net", "--"] + command
        }
        if settings.startDelay > 0 {
            // (sleep without the device's descriptor: after a crash, the clean-up kills the
            // wrapper by its arguments, not a sleep that would keep the device open.)
            command = ["/bin/sh", "-c", "sleep \(settings.startDelay) 3<&- && exec \"$@\"", "stickler-worker"] + command
        }
        return command
    }

    /// Blocks until the worker ends; parses its records.
    /// `deletedFrom`: a FAT or exFAT device whose deleted files the worker recovers too,
    /// through a read-only descriptor the daemon opens (the worker may not open the device).
    func run(root: String, dropPrivileges: Bool = false, deletedFrom device: String? = nil) -> WorkerResult {
        let deviceFD = device.map { open($0, O_RDONLY | O_CLOEXEC) } ?? -1
        defer { if deviceFD >= 0 { close(deviceFD) } }
        let arguments = command(for: root, dropPrivileges: dropPrivileges, deleted: deviceFD >= 0)
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return WorkerResult(failure: "pipe: \(String(cString: strerror(errno)))") }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        lock.lock()
        if let reason = killedBecause {
            lock.unlock()
            close(fds[0]); close(fds[1])
            return WorkerResult(failure: reason)
        }
        // The worker's error output, kept for the reason when it fails (an unlinked file: no
        // pipe to drain, nothing left behind).
        var template = Array((NSTemporaryDirectory() + "/stickler-worker-XXXXXX").utf8CString)
        let errorFile = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        if errorFile >= 0 {
            _ = fcntl(errorFile, F_SETFD, FD_CLOEXEC) // not inherited by other devices' workers
            template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        }
        defer { if errorFile >= 0 { close(errorFile) } }
        let process: Subprocess
        do {
            process = try Subprocess.spawn(arguments, output: fds[1], error: errorFile >= 0 ? errorFile : 2,
                                           passing: deviceFD >= 0 ? deviceFD : nil, newProcessGroup: true)
        } catch {
            lock.unlock()
            close(fds[0]); close(fds[1])
            return WorkerResult(failure: "cannot start the scan worker: \(error)")
        }
        close(fds[1])
        self.process = process
        lock.unlock()
        let handle = FileHandle(fileDescriptor: fds[0], closeOnDealloc: true)

        let timer = DispatchSource.makeTimerSource(queue: .global())
        timer.schedule(deadline: .now() + .seconds(settings.timeoutSeconds))
        timer.setEventHandler { [weak self] in self?.kill(because: "the scan timed out after \(self?.settings.timeoutSeconds ?? 0) s") }
        timer.resume()
        defer { timer.cancel() }

        var result = WorkerResult()
        var buffer = Data()
        let findingPrefix = Array(#"{"type":"finding""#.utf8)
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            buffer.append(chunk)
            // Consume whole lines in place, then drop them at once (no copy per line).
            var start = buffer.startIndex
            while let newline = buffer[start...].firstIndex(of: 0x0A) {
                let line = buffer[start..<newline]
                start = newline + 1
                // Findings carry only redacted values; the daemon keeps per-file counts and the first
                // few as examples for the audit trail, and skips the rest unparsed.
                if line.starts(with: findingPrefix) && result.findings.count >= WorkerResult.findingExamples { continue }
                parse(line, into: &result)
            }
            buffer.removeSubrange(buffer.startIndex..<start)
        }
        let status = process.wait()
        lock.lock()
        let killed = killedBecause
        self.process = nil
        lock.unlock()
        if let killed {
            result.failure = killed
        } else if status > 1 || result.summary == nil {
            result.failure = "the scan worker failed (status \(status))" + (Self.firstLine(ofFile: errorFile).map { ": \($0)" } ?? "")
        }
        return result
    }

    /// The first line (up to 300 bytes) the worker wrote to its error output.
    static func firstLine(ofFile fd: Int32) -> String? {
        guard fd >= 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: 300)
        let count = pread(fd, &bytes, bytes.count, 0)
        guard count > 0 else { return nil }
        let text = String(decoding: bytes[0..<count], as: UTF8.self)
        return text.split(separator: "\n").first.map { String($0).trimmingCharacters(in: .whitespaces) }
    }

    /// Stops the worker (now, or as soon as it starts).
    func kill(because reason: String) {
        lock.lock()
        defer { lock.unlock() }
        if killedBecause == nil { killedBecause = reason }
        process?.kill(SIGKILL)
    }

    func parse(_ line: Data, into result: inout WorkerResult) {
        guard let object = (try? JSONSerialization.jsonObject(with: line)) as? [String: Any] else { return }
        func int(_ key: String) -> Int { (object[key] as? NSNumber)?.intValue ?? 0 }
        switch object["type"] as? String {
        case "file":
            guard let path = object["path"] as? String else { return }
            let level = RiskLevel(rawValue: object["risk"] as? String ?? "none") ?? .none
            let categories = (object["categories"] as? [String] ?? []).compactMap(Category.init(rawValue:))
            let risk = RiskAssessment(level: level, subjects: int("subjects"), categories: categories,
                                      reasons: object["risk_reasons"] as? [String] ?? [])
            var file = FileResult(path: path, status: FileResult.Status(rawValue: object["status"] as? String ?? "") ?? .error,
                                  reason: object["reason"] as? String, encryption: object["encryption"] as? String,
                                  format: object["format"] as? String, bytes: int("bytes"), findings: int("findings"), risk: risk)
            file.virusCheck = object["virus_check"] as? String
            file.malware = object["malware"] as? String
            result.files.append(file)
        case "summary":
            var summary = ScanSummary()
            summary.files = int("files")
            summary.scanned = int("scanned")
            summary.encrypted = int("encrypted")
            summary.skipped = int("skipped")
            summary.errors = int("errors")
            summary.bytes = int("bytes")
            summary.findings = int("findings")
            summary.filesWithFindings = int("files_with_findings")
            summary.subjects = int("subjects")
            summary.highestRisk = RiskLevel(rawValue: object["highest_risk"] as? String ?? "none") ?? .none
            summary.findingsByDetector = (object["by_detector"] as? [String: NSNumber] ?? [:]).mapValues(\.intValue)
            summary.filesByRisk = (object["files_by_risk"] as? [String: NSNumber] ?? [:]).mapValues(\.intValue)
            summary.elapsedSeconds = (object["elapsed_seconds"] as? NSNumber)?.doubleValue ?? 0
            summary.virusChecked = int("virus_checked")
            summary.malwareFound = int("malware_found")
            summary.virusCheckUnavailable = object["virus_check_unavailable"] as? String
            result.summary = summary
        case "finding":
            guard let path = object["path"] as? String, let detector = object["detector"] as? String,
                  let category = Category(rawValue: object["category"] as? String ?? ""),
                  let confidence = Confidence(rawValue: object["confidence"] as? String ?? "") else { return }
            let location = Location(line: object["line"] as? Int, offset: object["offset"] as? Int, page: object["page"] as? Int,
                                    cell: object["cell"] as? String, column: object["column"] as? String)
            result.findings.append(Finding(path: path, detector: detector, category: category,
                                           subcategory: object["subcategory"] as? String, confidence: confidence,
                                           location: location, redacted: object["redacted"] as? String ?? "",
                                           fingerprint: object["fingerprint"] as? String ?? "",
                                           explanation: Explanation(validator: object["validator"] as? String,
                                                                    context: object["context"] as? String)))
        default:
            break
        }
    }
}
