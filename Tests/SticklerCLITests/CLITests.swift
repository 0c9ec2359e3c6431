import Foundation
import SticklerTesting
import XCTest

/// Runs the real `stickler` binary as a user would.
final class CLITests: XCTestCase {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var binary: URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("stickler"),
            TestSupport.rulesDirectory().deletingLastPathComponent().appendingPathComponent(".build/debug/stickler"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[1]
    }

    var state: URL!

    override func setUpWithError() throws {
        state = try TestSupport.temporaryDirectory("stickler-state")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: state)
    }

    func stickler(_ arguments: [String], prefix: [String] = []) throws -> Result {
        let process = Process()
        let out = Pipe(), err = Pipe()
        if prefix.isEmpty {
            process.executableURL = Self.binary
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: prefix[0])
            process.arguments = Array(prefix.dropFirst()) + [Self.binary.path] + arguments
        }
        var environment = ProcessInfo.processInfo.environment
        environment["STICKLER_STATE_DIR"] = state.path
        environment["STICKLER_RULES"] = TestSupport.rulesDirectory().path
        process.environment = environment
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    func testHelpNamesTheSubcommands() throws {
        let result = try stickler(["--help"])
        XCTAssertEqual(result.status, 0)
        for word in ["scan", "rules", "generate"] { XCTAssertTrue(result.stdout.contains(word), result.stdout) }
        let scan = try stickler(["scan", "--help"])
        XCTAssertTrue(scan.stdout.contains("--min-confidence"))
        XCTAssertTrue(scan.stdout.contains("Exit status: 0 no personal data found, 1 personal data found"))
    }

    /// A second start finds every compiled database in the cache: none is compiled and
    /// stored again (a set's order, different in each process, once made one miss every time).
    func testSecondStartCompilesNothing() throws {
        let folder = try TestSupport.temporaryDirectory("stickler-cache-run")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Lesson plan: fractions.\n".utf8).write(to: folder.appendingPathComponent("plan.txt"))
        let cache = state.appendingPathComponent("cache")
        XCTAssertEqual(try stickler(["scan", "--quiet", folder.path]).status, 0)
        let first = Set(try FileManager.default.contentsOfDirectory(atPath: cache.path))
        XCTAssertFalse(first.isEmpty)
        XCTAssertEqual(try stickler(["scan", "--quiet", folder.path]).status, 0)
        let second = Set(try FileManager.default.contentsOfDirectory(atPath: cache.path))
        XCTAssertEqual(second.subtracting(first), [], "compiled and stored again")
    }

    func testMissingPathExitsTwoWithAClearMessage() throws {
        let result = try stickler(["scan", "/nonexistent/stick"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("/nonexistent/stick: no such file or directory"), result.stderr)
        XCTAssertEqual(try stickler(["scan"]).status, 2)
        XCTAssertEqual(try stickler(["scan", "--min-confidence", "extreme", "/tmp"]).status, 2)
    }

    func testExitCodesAndJSONLines() throws {
        let stick = try TestSupport.temporaryDirectory("stickler-cli")
        defer { try? FileManager.default.removeItem(at: stick) }
        try SampleStick.write(to: stick)
        let clean = stick.appendingPathComponent("Lessons")
        XCTAssertEqual(try stickler(["scan", clean.path]).status, 0)

        let result = try stickler(["scan", "--format", "jsonl", stick.path])
        XCTAssertEqual(result.status, 1, result.stderr)
        let records = result.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        XCTAssertEqual(records.last?["type"] as? String, "summary")
        let findings = records.filter { $0["type"] as? String == "finding" }
        XCTAssertGreaterThan(findings.count, 100)
        for key in ["path", "detector", "category", "confidence", "line", "offset", "redacted", "fingerprint"] {
            XCTAssertNotNil(findings[0][key], key)
        }
        XCTAssertTrue(findings.allSatisfy { $0["value"] == nil })
        // No UPN appears unredacted anywhere in the output.
        XCTAssertNil(result.stdout.range(of: "[A-HJ-NP-RT-Z][0-9]{12}", options: .regularExpression))
        let files = records.filter { $0["type"] as? String == "file" }
        XCTAssertEqual(files.count, 11)

        let revealed = try stickler(["scan", "--format", "jsonl", "--reveal", stick.path])
        XCTAssertNotNil(revealed.stdout.range(of: "\"value\":\"[A-HJ-NP-RT-Z][0-9]{12}\"", options: .regularExpression))

        let document = try stickler(["scan", "--format", "json", stick.path])
        let json = try JSONSerialization.jsonObject(with: Data(document.stdout.utf8)) as? [String: Any]
        XCTAssertEqual((json?["files"] as? [Any])?.count, 11)
        XCTAssertNotNil(json?["summary"])
    }

    func testBrokenRulePackNamesFileAndLine() throws {
        let rules = try TestSupport.temporaryDirectory("stickler-rules")
        defer { try? FileManager.default.removeItem(at: rules) }
        try """
        pack: broken
        detectors:
          - id: bad
            name: Bad
            category: identifier
            pattern: '([0-9]{3}'
            examples: {match: ["123"]}
        """.write(to: rules.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        let result = try stickler(["scan", "--rules", rules.path, "/tmp"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("broken.yaml:6"), result.stderr)
        let check = try stickler(["rules", "check", rules.path])
        XCTAssertEqual(check.status, 2)
        XCTAssertTrue(check.stderr.contains("Vectorscan rejects the pattern"), check.stderr)
    }

    func testRulesCommands() throws {
        XCTAssertEqual(try stickler(["rules", "check"]).status, 0)
        let test = try stickler(["rules", "test"])
        XCTAssertEqual(test.status, 0, test.stdout)
        XCTAssertTrue(test.stdout.contains(" 0 failed"))
        XCTAssertTrue(try stickler(["rules", "list"]).stdout.contains("uk_nhs_number"))
        let export = try stickler(["rules", "export", "--regex"]).stdout.split(separator: "\n")
        XCTAssertGreaterThan(export.count, 10)
        // ASCII only, so that `rg --no-unicode -f` (the benchmark's reference) takes them.
        XCTAssertTrue(export.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) })
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/rg") {
            let patterns = state.appendingPathComponent("patterns.txt"), text = state.appendingPathComponent("text.txt")
            try Data((export.joined(separator: "\n") + "\n").utf8).write(to: patterns)
            try Data("Concern about Aoife Ní Bhriain\n".utf8).write(to: text)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/rg")
            process.arguments = ["--no-unicode", "-c", "-f", patterns.path, text.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0, "ripgrep takes the exported patterns")
        }
    }

    func testUnreadableFileIsReportedAndTheScanContinues() throws {
        let stick = try TestSupport.temporaryDirectory("stickler-perm")
        defer { try? FileManager.default.removeItem(at: stick) }
        try Data("UPN R801200101001\n".utf8).write(to: stick.appendingPathComponent("a-readable.txt"))
        let secret = stick.appendingPathComponent("b-secret.txt")
        try Data("UPN R801200101001\n".utf8).write(to: secret)
        chmod(secret.path, 0o000)
        var prefix: [String] = []
        if geteuid() == 0 {
            // Root reads everything: drop to nobody for this run (the tree must be reachable).
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { throw XCTSkip("setpriv missing") }
            chmod(stick.path, 0o755)
            chmod(state.path, 0o777)
            prefix = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"]
            let probe = try stickler(["--version"], prefix: prefix)
            if probe.status != 0 { throw XCTSkip("binary not reachable as nobody: \(probe.stderr)") }
        }
        let result = try stickler(["scan", "--format", "jsonl", stick.path], prefix: prefix)
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stdout.contains("\"path\":\"\(secret.path)\",\"status\":\"error\",\"reason\":\"Permission denied\""), result.stdout)
        XCTAssertTrue(result.stdout.contains("\"type\":\"finding\""))
    }

    func testTwoGigabyteFileInBoundedMemory() throws {
        let directory = try TestSupport.temporaryDirectory("stickler-big")
        defer { try? FileManager.default.removeItem(at: directory) }
        let big = directory.appendingPathComponent("huge.txt")
        // Text at the start and at the very end; a 2 GB hole of NULs between (sparse: no disk used).
        let size: UInt64 = 2 << 30
        FileManager.default.createFile(atPath: big.path, contents: Data(String(repeating: "Lesson notes.\n", count: 600).utf8))
        let handle = try FileHandle(forWritingTo: big)
        try handle.seek(toOffset: size - 64)
        try handle.write(contentsOf: Data("\nNHS number: 485 777 3457 at the end\n".utf8))
        try handle.close()
        var environment = ProcessInfo.processInfo.environment
        environment["STICKLER_STATE_DIR"] = state.path
        environment["STICKLER_RULES"] = TestSupport.rulesDirectory().path
        // This child's own peak, not that of every child the test process has had.
        let result = try ChildUsage.run(Self.binary.path, ["scan", "--format", "jsonl", "--jobs", "1", big.path],
                                        environment: environment)
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stdout.contains("\"detector\":\"uk_nhs_number\""))
        XCTAssertLessThan(result.peakMegabytes, 100, "peak RSS \(result.peakMegabytes) MB")
    }
}

extension CLITests {
    func testMalwareFlagBlocksOnAnInfectedFile() throws {
        guard ClamdFixture.isAvailable else { throw XCTSkip("clamd is not installed") }
        let clamd = try ClamdFixture()
        try clamd.start()
        defer { clamd.stop() }
        let stick = try TestSupport.temporaryDirectory("stickler-cli-malware")
        defer { try? FileManager.default.removeItem(at: stick) }
        try Data("Lesson plan\n".utf8).write(to: stick.appendingPathComponent("lesson.txt"))
        XCTAssertEqual(try stickler(["scan", "--clamd", clamd.socket, stick.path]).status, 0)
        try ZipWriter.archive([("a/b.txt", Array(ClamdFixture.eicar.utf8))]).write(to: stick.appendingPathComponent("pack.zip"))
        let result = try stickler(["scan", "--clamd", clamd.socket, "--format", "jsonl", stick.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("\"malware\":\"Stickler.Test.EICAR.UNOFFICIAL\""), result.stdout)
        let text = try stickler(["scan", "--clamd", clamd.socket, stick.path])
        XCTAssertTrue(text.stdout.contains("MALWARE"), text.stdout)
        let missing = try stickler(["scan", "--clamd", "/nonexistent.sock", stick.path])
        XCTAssertTrue(missing.stderr.contains("virus check unavailable"), missing.stderr)
    }
}
