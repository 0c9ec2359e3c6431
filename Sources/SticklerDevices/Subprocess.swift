import Foundation

/// A child process started with posix_spawn and reaped with waitpid: usable from any
/// thread of a daemon (Foundation's `Process` relies on a run loop to reap).
public struct Subprocess: Sendable {
    public let pid: pid_t
    /// Whether the child leads its own process group (then `kill` signals the whole group).
    public var group = false

    /// Starts `arguments[0]` (an absolute path) with stdin from /dev/null and stdout and
    /// stderr to `output` (or /dev/null).
    /// `passing`: a descriptor the child gets as its descriptor 3 (an open device it may not
    /// open itself).
    public static func spawn(_ arguments: [String], environment: [String: String]? = nil,
                             output: Int32? = nil, error: Int32? = nil, passing: Int32? = nil, newProcessGroup: Bool = false) throws -> Subprocess {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if let output { posix_spawn_file_actions_adddup2(&actions, output, 1) } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        if let target = error ?? output { posix_spawn_file_actions_adddup2(&actions, target, 2) } else {
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        if let passing { posix_spawn_file_actions_adddup2(&actions, passing, 3) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Default signal dispositions and an unblocked mask in the child.
        var all = sigset_t()
        sigfillset(&all)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        var flags = POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK
        if newProcessGroup {
            flags |= POSIX_SPAWN_SETPGROUP
            posix_spawnattr_setpgroup(&attributes, 0)
        }
        posix_spawnattr_setflags(&attributes, Int16(flags))
        let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = env.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        let status = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard status == 0 else {
            throw ProbeError(path: arguments[0], message: "cannot start: \(String(cString: strerror(status)))")
        }
        return Subprocess(pid: pid, group: newProcessGroup)
    }

    /// Waits for the child; returns its exit status, or 128 + signal.
    @discardableResult
    public func wait() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return -1 }
        }
        if status & 0x7F == 0 { return (status >> 8) & 0xFF }
        return 128 + (status & 0x7F)
    }

    /// The exit status if the child has ended (and reaps it), nil while it runs.
    public func poll() -> Int32? {
        var status: Int32 = 0
        let result = waitpid(pid, &status, WNOHANG)
        if result == 0 { return nil }
        if result < 0 { return -1 }
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    public func kill(_ signal: Int32 = SIGKILL) { _ = Glibc.kill(group ? -pid : pid, signal) }

    /// Runs to completion, capturing up to 64 KiB of combined output through a file
    /// (FUSE helpers daemonise and would keep a pipe open).
    public static func run(_ arguments: [String], environment: [String: String]? = nil) -> (code: Int32, output: String) {
        var template = Array("/tmp/stickler-run-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return (127, "mkstemp failed") }
        unlink(String(cString: template))
        defer { close(fd) }
        do {
            let code = try spawn(arguments, environment: environment, output: fd).wait()
            var buffer = [UInt8](repeating: 0, count: 65536)
            let count = pread(fd, &buffer, buffer.count, 0)
            return (code, String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self))
        } catch {
            return (127, "\(error)")
        }
    }
}
