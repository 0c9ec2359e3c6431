// SticklerDaemon (`sticklerd`): glue only. Main types: `Daemon` (events -> hold -> check
// -> policy -> record, notify, release; all state on one serial queue), `DeviceCheck`
// (probe, stage, scan one volume; cancellable), `ScanWorker` (the sandboxed `stickler
// scan` process, JSON Lines over a pipe), `VerdictFiles` (state for the udev helper),
// the audit store (`AuditStore`, the `VerdictRecorder`), `Notifier`, `ControlServer`, `Readiness`.
// It parses no file content itself (the worker does) and never writes to a device.
import ArgumentParser
import Foundation
import SticklerDevices
import SticklerPolicy
import SticklerCrypto
import SticklerAudit

/// `sticklerd`: holds removable block devices, checks them, and releases them by policy.
/// See SticklerDevices (events, probe, mounts) and SticklerPolicy (verdicts).
struct Sticklerd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sticklerd",
        abstract: "Hold, check and release removable storage devices as the school's policy says.")

    @Option(help: ArgumentHelp("Runtime directory: staging mounts, verdicts for udev, the control socket.", valueName: "dir"))
    var runtimeDir = ProcessInfo.processInfo.environment["STICKLER_RUNTIME_DIR"] ?? "/run/stickler"

    @Option(help: ArgumentHelp("State directory: installation key, audit trail (audit.sqlite).", valueName: "dir"))
    var stateDir = ProcessInfo.processInfo.environment["STICKLER_STATE_DIR"] ?? "/var/lib/stickler"

    @Option(help: ArgumentHelp("Rule pack directory (passed to the scan worker).", valueName: "dir"))
    var rules: String?

    @Option(help: ArgumentHelp("Device policy file (default: policy.yaml in the rules directory, else /etc/stickler/policy.yaml).", valueName: "file"))
    var policy: String?

    @Option(help: ArgumentHelp("The stickler binary the scan worker runs (default: beside sticklerd).", valueName: "path"))
    var stickler: String?

    @Option(help: ArgumentHelp("Run the scan worker as this user (the staged filesystem must be readable by it).", valueName: "user"))
    var workerUser: String?

    @Option(help: ArgumentHelp("Session bus address for desktop notifications ($STICKLER_NOTIFY_BUS).", valueName: "address"))
    var notifyBus: String?

    @Option(help: ArgumentHelp("clamd's local socket: the worker also checks every file for malware.", valueName: "socket"))
    var clamd: String?

    @Option(help: .hidden)
    var testWorkerDelay: Double = 0

    func validate() throws {
        if let policy, !FileManager.default.fileExists(atPath: policy) { throw ValidationError("no such policy file: \(policy)") }
        guard testWorkerDelay >= 0 else { throw ValidationError("--test-worker-delay must not be negative") }
    }

    func policyFile() -> URL {
        if let policy { return URL(fileURLWithPath: policy) }
        var candidates: [URL] = []
        if let rules { candidates.append(URL(fileURLWithPath: rules).appendingPathComponent("policy.yaml")) }
        candidates.append(URL(fileURLWithPath: "/etc/stickler/policy.yaml"))
        var directory = Self.executable.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(directory.appendingPathComponent("Rules/policy.yaml"))
            directory = directory.deletingLastPathComponent()
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) } ?? candidates[0]
    }

    static var executable: URL { URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath() }

    func run() throws {
        setvbuf(stdout, nil, _IOLBF, 0)
        let file = policyFile()
        let loaded: Policy
        do {
            loaded = try PolicyLoader.load(file: file)
        } catch {
            FileHandle.standardError.write(Data("sticklerd: \(error)\n".utf8))
            throw ExitCode(2)
        }
        let runtime = URL(fileURLWithPath: runtimeDir), state = URL(fileURLWithPath: stateDir)
        try FileManager.default.createDirectory(at: runtime, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        var worker = ScanWorker.Settings(
            stickler: stickler ?? Self.executable.deletingLastPathComponent().appendingPathComponent("stickler").path,
            rules: rules, stateDirectory: stateDir, timeoutSeconds: loaded.scanTimeoutSeconds, user: workerUser,
            clamd: clamd, startDelay: testWorkerDelay)
        if let workerUser {
            do {
                (worker.owner, worker.userStateDirectory) = try WorkerUser.prepare(workerUser, state: state)
            } catch {
                FileHandle.standardError.write(Data("sticklerd: \(error)\n".utf8))
                throw ExitCode(2)
            }
        }
        let settings = Daemon.Settings(runtimeDirectory: runtime, stateDirectory: state, policy: loaded, worker: worker,
                                       notifier: Notifier(busAddress: notifyBus ?? ProcessInfo.processInfo.environment["STICKLER_NOTIFY_BUS"]))
        let daemon = try Daemon(settings: settings, events: try UdevEvents(), recorder: try AuditStore.open(stateDirectory: state))
        try daemon.start()
        let control = ControlServer(path: runtime.appendingPathComponent("control.sock").path, daemon: daemon)
        try control.start()
        print("sticklerd: ready (policy \(file.path), \(loaded.versionString))")
        Readiness.notify("READY=1\nSTATUS=watching block devices")

        signal(SIGTERM, SIG_IGN)
        signal(SIGINT, SIG_IGN)
        let stopSignals = [SIGTERM, SIGINT].map { number -> DispatchSourceSignal in
            let source = DispatchSource.makeSignalSource(signal: number, queue: .main)
            source.setEventHandler {
                Readiness.notify("STOPPING=1")
                daemon.stop()
                unlink(control.path)
                print("sticklerd: stopped")
                Foundation.exit(0)
            }
            source.resume()
            return source
        }
        withExtendedLifetime(stopSignals) { dispatchMain() }
    }
}

Sticklerd.main()
