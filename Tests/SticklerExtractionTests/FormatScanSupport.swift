import Foundation
import SticklerCore
import SticklerDetection
import SticklerExtraction
import SticklerScan
import SticklerTesting
import XCTest

/// Collects what a scan reports, with revealed values (tests only).
final class Collector: ScanSink {
    var findings: [(finding: Finding, value: String?)] = []
    var files: [FileResult] = []
    var summary: ScanSummary?

    func begin(roots: [String]) {}
    func finding(_ finding: Finding, revealed: String?) { findings.append((finding, revealed)) }
    func file(_ result: FileResult) { files.append(result) }
    func finish(_ summary: ScanSummary) { self.summary = summary }

    func file(_ suffix: String) -> FileResult? { files.first { $0.path.hasSuffix("/" + suffix) || $0.path == suffix } }
    func findings(in suffix: String) -> [(finding: Finding, value: String?)] {
        findings.filter { $0.finding.path.hasSuffix("/" + suffix) }
    }
    /// Whether `value` (spaces ignored) was found in the file or member ending `suffix`.
    func found(_ value: String, in suffix: String) -> Finding? {
        let wanted = value.replacingOccurrences(of: " ", with: "")
        return findings(in: suffix).first { ($0.value ?? "").replacingOccurrences(of: " ", with: "").contains(wanted) }?.finding
    }
}

class FormatTestCase: XCTestCase {
    var directory: URL!
    static let engine: Engine? = try? TestSupport.engine()

    override func setUpWithError() throws {
        directory = try TestSupport.temporaryDirectory("stickler-formats")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func write(_ name: String, _ bytes: [UInt8]) throws {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func scan(limits: ExtractionLimits = ExtractionLimits(), minConfidence: Confidence = .medium) throws -> Collector {
        var configuration = ScanConfiguration(paths: [directory.path], jobs: 2)
        configuration.options.reveal = true
        configuration.options.minConfidence = minConfidence
        configuration.limits = limits
        let collector = Collector()
        guard let engine = Self.engine else { throw XCTSkip("engine did not build") }
        try Scan(engine: engine, configuration: configuration).run(sink: collector)
        return collector
    }

    /// Runs a command-line tool, or skips if it is missing.
    func tool(_ name: String, _ arguments: [String], in directory: URL) throws {
        let candidates = ["/usr/bin/" + name, "/bin/" + name, "/usr/local/bin/" + name]
        guard let path = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw XCTSkip("\(name) is not installed (make deps)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "\(name) \(arguments)")
    }
}
