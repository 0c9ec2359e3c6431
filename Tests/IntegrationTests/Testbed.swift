import Foundation
import SticklerDevices
import XCTest

/// The real hotplug stack for one test: systemd-udevd (started here unless one runs
/// already) with the project's rules plus a rule that marks loop devices backed by
/// `*stickler-e2e*` images as removable USB sticks, and `sticklerd` in its own mount
/// namespace with a temporary runtime and state directory. `tearDown` stops what it
/// started by PID, detaches every loop device and removes the rules, even after failures.
final class Testbed {
    let directory: URL
    let runtime: URL
    let state: URL
    let tag = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    var udevd: Subprocess?
    var daemon: Subprocess?
    var rules: [String] = []
    var loops: Set<Int> = []
    var logs: [URL] = []

    init() throws {
        guard Shell.isRoot else { throw XCTSkip("the hotplug tests need root (udevd, loop devices, mounts)") }
        for tool in ["systemd-udevd", "udevadm", "losetup", "partx", "unshare", "setpriv"] { _ = try Shell.tool(tool) }
        guard FileManager.default.fileExists(atPath: "/dev/loop-control") else { throw XCTSkip("no loop device support") }
        directory = URL(fileURLWithPath: "/tmp/stickler-e2e-\(tag)")
        runtime = directory.appendingPathComponent("run")
        state = directory.appendingPathComponent("state")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    var daemonLog: URL { directory.appendingPathComponent("sticklerd.log") }
    var socket: String { runtime.appendingPathComponent("control.sock").path }

    /// Rules left by a test run that was killed (its process is gone) would hold every test
    /// device with a verdict helper looking elsewhere: remove them.
    static func removeStaleRules() {
        let directory = "/etc/udev/rules.d"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] where name.contains("-stickler-e2e-") {
            let parts = name.split(separator: "-")
            guard parts.count >= 5, let pid = Int32(parts[3]), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(atPath: "\(directory)/\(name)")
        }
    }

    /// Installs the rules and makes sure udevd runs and has applied them.
    func startUdev() throws {
        let repository = Shell.repository()
        let helper = repository.appendingPathComponent("udev/stickler-verdict").path
        let main = try String(contentsOf: repository.appendingPathComponent("udev/90-stickler.rules"), encoding: .utf8)
            .replacingOccurrences(of: "@HELPER@", with: helper).replacingOccurrences(of: "@RUNTIME@", with: runtime.path)
        let fake = """
            SUBSYSTEM=="block", KERNEL=="loop*", ENV{DEVTYPE}=="disk", ATTR{loop/backing_file}=="*stickler-e2e*", ENV{ID_BUS}="usb", ENV{ID_VENDOR}="Stickler", ENV{ID_SERIAL}="Stickler_FakeStick_0001", ENV{STICKLER_REMOVABLE}="1"
            SUBSYSTEM=="block", KERNEL=="loop*", ENV{DEVTYPE}=="partition", ATTRS{loop/backing_file}=="*stickler-e2e*", ENV{ID_BUS}="usb", ENV{ID_VENDOR}="Stickler", ENV{ID_SERIAL}="Stickler_FakeStick_0001", ENV{STICKLER_REMOVABLE}="1"

            """
        Self.removeStaleRules()
        let fakePath = "/etc/udev/rules.d/80-stickler-e2e-\(tag).rules"
        let mainPath = "/etc/udev/rules.d/90-stickler-e2e-\(tag).rules"
        try FileManager.default.createDirectory(atPath: "/etc/udev/rules.d", withIntermediateDirectories: true)
        try fake.write(toFile: fakePath, atomically: true, encoding: .utf8)
        rules.append(fakePath)
        try main.write(toFile: mainPath, atomically: true, encoding: .utf8)
        rules.append(mainPath)
        if Subprocess.run([try Shell.tool("udevadm"), "control", "--ping"]).code != 0 {
            let log = directory.appendingPathComponent("udevd.log")
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
            let handle = try FileHandle(forWritingTo: log)
            udevd = try Subprocess.spawn([try Shell.tool("systemd-udevd")], output: handle.fileDescriptor)
            try handle.close()
            logs.append(log)
            guard Shell.wait(seconds: 10, { Subprocess.run(["/usr/bin/udevadm", "control", "--ping"]).code == 0 }) else {
                throw Shell.Failure(description: "systemd-udevd did not start")
            }
        }
        try Shell.run("udevadm", ["control", "--reload"])
        try Shell.run("udevadm", ["settle", "--timeout=20"])
    }

    /// Starts sticklerd (in a private mount namespace) and waits until its socket answers.
    func startDaemon(extra: [String] = [], environment: [String: String]? = nil) throws {
        _ = FileManager.default.createFile(atPath: daemonLog.path, contents: nil)
        let handle = try FileHandle(forUpdating: daemonLog)
        try handle.seekToEnd()
        daemon = try Subprocess.spawn([try Shell.tool("unshare"), "-m", "--propagation", "slave", "--",
                                       Shell.product("sticklerd").path, "--runtime-dir", runtime.path, "--state-dir", state.path,
                                       "--rules", Shell.repository().appendingPathComponent("Rules").path,
                                       "--stickler", Shell.product("stickler").path] + extra,
                                      environment: environment, output: handle.fileDescriptor)
        try handle.close()
        if !logs.contains(daemonLog) { logs.append(daemonLog) }
        guard Shell.wait(seconds: 30, { (try? devices()) != nil }) else {
            throw Shell.Failure(description: "sticklerd did not become ready:\n\(log())")
        }
    }

    func stopDaemon() {
        guard let daemon else { return }
        daemon.kill(SIGTERM)
        if !Shell.wait(seconds: 15, { daemon.poll() != nil }) {
            daemon.kill(SIGKILL)
            daemon.wait()
        }
        self.daemon = nil
    }

    func log() -> String {
        logs.map { "== \($0.lastPathComponent)\n" + ((try? String(contentsOf: $0, encoding: .utf8)) ?? "") }.joined(separator: "\n")
    }

    // MARK: devices

    func plug(_ image: URL, loop: Int, partitions: Bool = false) throws {
        loops.insert(loop)
        try Loop.attach(loop, image)
        if partitions {
            Shell.attempt("udevadm", ["settle", "--timeout=10"])
            try Shell.run("partx", ["-a", "/dev/loop\(loop)"])
        }
    }

    func unplug(_ loop: Int) {
        Loop.detach(loop)
        loops.remove(loop)
    }

    /// `stickler devices --format json` through the real CLI.
    func devices() throws -> [DeviceStatus] {
        let output = try Shell.run(Shell.product("stickler").path, ["devices", "--format", "json", "--socket", socket])
        return try JSONDecoder().decode([DeviceStatus].self, from: Data(output.utf8))
    }

    func device(_ id: String) -> DeviceStatus? { (try? devices())?.first { $0.id == id } }

    /// Waits until the device has a verdict (decided or removed).
    func verdict(_ id: String, seconds: Double = 90) throws -> DeviceStatus {
        var last: DeviceStatus?
        _ = Shell.wait(seconds: seconds) {
            last = device(id)
            return last.map { $0.verdict != nil && ($0.state == .decided || $0.state == .removed) } ?? false
        }
        guard let status = last, status.verdict != nil else {
            throw Shell.Failure(description: "no verdict for \(id) (last: \(String(describing: last)))\n\(log())")
        }
        Shell.attempt("udevadm", ["settle", "--timeout=10"])
        return status
    }

    /// udev's properties for a device node.
    func udevProperties(_ node: String) throws -> [String: String] {
        var properties: [String: String] = [:]
        for line in try Shell.run("udevadm", ["info", "--query=property", node]).split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { properties[parts[0]] = parts[1] }
        }
        return properties
    }

    /// Staging mounts left in the daemon's namespace (and ours).
    func stagedMounts() -> [String] {
        var tables = [MountEntry.read()]
        if let daemon { tables.append(MountEntry.read("/proc/\(daemon.pid)/mountinfo")) }
        return tables.flatMap { $0 }.map(\.mountPoint).filter { $0.hasPrefix(runtime.path) }
    }

    func tearDown() {
        stopDaemon()
        for loop in loops.sorted() { Loop.detach(loop) }
        loops = []
        for point in stagedMounts() { Shell.attempt("umount", ["-l", point]) }
        for rule in rules { try? FileManager.default.removeItem(atPath: rule) }
        rules = []
        if let udevd {
            Shell.attempt("udevadm", ["control", "--reload"])
            udevd.kill(SIGTERM)
            udevd.wait()
            self.udevd = nil
        } else {
            Shell.attempt("udevadm", ["control", "--reload"])
        }
        try? FileManager.default.removeItem(at: directory)
    }
}
