import Foundation
import Glibc

/// Runs one command and reads its own peak RSS, so that other children of the test
/// process (Chromium in the report tests, clamd) do not count, as they would with
/// `getrusage(RUSAGE_CHILDREN)`. The command runs under GNU `time` (`make deps` installs
/// it), which forks a small process of its own: `posix_spawn` shares the test process's
/// memory until `exec`, and Linux keeps that memory's high-water mark in the child's
/// `ru_maxrss`, so `wait4` on a direct child reported the test process's size.
enum ChildUsage {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var peakMegabytes: Double
    }

    static func run(_ executable: String, _ arguments: [String], environment: [String: String]) throws -> Result {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stickler-child-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("stdout").path, err = directory.appendingPathComponent("stderr").path

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, err, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let rss = directory.appendingPathComponent("rss").path
        let time = "/usr/bin/time"
        guard FileManager.default.isExecutableFile(atPath: time) else {
            throw NSError(domain: "ChildUsage", code: 1, userInfo: [NSLocalizedDescriptionKey: "\(time) is missing (make deps)"])
        }
        let argv = ([time, "-f", "%M", "-o", rss, executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, time, &actions, nil, argv, envp)
        guard spawned == 0 else { throw NSError(domain: "posix_spawn", code: Int(spawned)) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        guard let peak = Self.lastNumber(in: rss) else {
            throw NSError(domain: "ChildUsage", code: 2, userInfo: [NSLocalizedDescriptionKey: "GNU time wrote no peak RSS"])
        }
        return Result(status: exit,
                      stdout: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
                      stderr: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "",
                      peakMegabytes: Double(peak) / 1024)
    }

    /// The KB figure GNU time wrote (its last line; a line before it may say the exit status).
    static func lastNumber(in path: String) -> Int? {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").reversed().lazy.compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }.first
    }
}
