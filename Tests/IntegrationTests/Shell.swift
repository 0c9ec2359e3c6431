import Foundation
import SticklerDevices
import XCTest

/// Running the machine's real tools from tests.
enum Shell {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func tool(_ name: String) throws -> String {
        for directory in ["/usr/sbin", "/usr/bin", "/sbin", "/bin", "/lib/systemd"] where FileManager.default.isExecutableFile(atPath: "\(directory)/\(name)") {
            return "\(directory)/\(name)"
        }
        throw XCTSkip("\(name) is not installed (run make deps)")
    }

    /// Runs a tool and returns its output; throws with the output when it fails.
    @discardableResult
    static func run(_ name: String, _ arguments: [String], environment: [String: String]? = nil) throws -> String {
        let path = name.hasPrefix("/") ? name : try tool(name)
        let result = Subprocess.run([path] + arguments, environment: environment)
        guard result.code == 0 else {
            throw Failure(description: "\(name) \(arguments.joined(separator: " ")) -> status \(result.code): \(result.output)")
        }
        return result.output
    }

    /// Runs a tool, ignoring failures (cleanup).
    static func attempt(_ name: String, _ arguments: [String]) {
        guard let path = name.hasPrefix("/") ? name : try? tool(name) else { return }
        _ = Subprocess.run([path] + arguments)
    }

    /// Polls `condition` every 50 ms until it holds or `seconds` pass (a bound, not an assertion on speed).
    static func wait(seconds: Double = 60, _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return true }
            usleep(50_000)
        }
        return try condition()
    }

    static var isRoot: Bool { geteuid() == 0 }

    /// The repository root, from this file's path.
    static func repository(file: String = #filePath) -> URL {
        URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// A built product (`stickler`, `sticklerd`) beside the test bundle, or in .build/debug.
    static func product(_ name: String) -> URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(name),
            repository().appendingPathComponent(".build/debug/\(name)"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[1]
    }
}
