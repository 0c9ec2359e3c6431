import ArgumentParser
import Foundation
import SticklerAudit
import SticklerCore
import SticklerDetection
import SticklerMalware
import SticklerReport
import SticklerScan

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, jsonl
}

extension Confidence: ExpressibleByArgument {}

struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Scan files and folders for personal data.",
        discussion: "Exit status: 0 no personal data found, 1 personal data found (or malware, with --malware), 2 an error stopped the scan.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Files and directories to scan (recursively).")
    var paths: [String] = []

    @Option(help: "Output format.")
    var format: OutputFormat = .text

    @Option(help: "Report findings at or above this confidence (risk counts medium and above, whatever is shown).")
    var minConfidence: Confidence = .medium

    @Option(help: "Worker threads (default: the number of cores).")
    var jobs: Int = ScanConfiguration.defaultJobs

    @Option(name: .customLong("exclude"), help: ArgumentHelp("Skip entries whose name or path matches (repeatable).", valueName: "glob"))
    var excludes: [String] = []

    @Flag(help: "Follow symbolic links.")
    var followSymlinks = false

    @Flag(help: "Do not cross into other file systems.")
    var oneFileSystem = false

    @Flag(help: "Also check every file for malware with clamd.")
    var malware = false

    @Option(help: ArgumentHelp("clamd's local socket (implies --malware).", valueName: "socket"))
    var clamd: String?

    @Option(help: ArgumentHelp("Seconds to wait for clamd on each file.", valueName: "seconds"))
    var clamdTimeout: Double = 60

    @Option(help: ArgumentHelp("Treat signatures older than this as no virus check.", valueName: "days"))
    var maxSignatureAge: Int?

    @Flag(help: "Pass file descriptors to clamd instead of streaming (clamd skips files over its MaxFileSize silently).")
    var clamdFdpass = false

    @Option(name: .customLong("deleted"), help: ArgumentHelp(
        "Also recover, read-only, the deleted files of this FAT or exFAT volume (a block device or an image) and scan them (repeatable).",
        valueName: "volume"))
    var deleted: [String] = []

    @Flag(help: "Show raw values (never stored; redacted otherwise).")
    var reveal = false

    @Flag(name: .shortAndLong, help: "Text format: also list clean and skipped files.")
    var verbose = false

    @Flag(help: "No progress line, even on a terminal.")
    var quiet = false

    @Flag(help: "Record the scan in the audit trail (verdict block on malware, warn if personal data is found, else allow).")
    var record = false

    func validate() throws {
        guard !paths.isEmpty || !deleted.isEmpty else { throw ValidationError("give at least one file or directory to scan") }
        guard jobs >= 1 && jobs <= 256 else { throw ValidationError("--jobs must be between 1 and 256") }
    }

    func run() throws {
        let engine = try global.makeEngine()
        var configuration = ScanConfiguration(paths: paths, jobs: jobs)
        configuration.deletedFrom = deleted
        configuration.followSymlinks = followSymlinks
        configuration.oneFileSystem = oneFileSystem
        configuration.excludes = excludes
        configuration.options = ScanOptions(minConfidence: minConfidence, reveal: reveal)
        if malware || clamd != nil {
            let client = ClamdClient(socketPath: clamd ?? ClamdDefaults.socket, timeout: clamdTimeout)
            configuration.malware = ClamdChecker(client: client, maxSignatureAgeDays: maxSignatureAge, passDescriptors: clamdFdpass)
        }

        let output = Output(fd: 1)
        let sink: ScanSink
        switch format {
        case .text: sink = TextWriter(output: output, colour: output.isTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil, verbose: verbose)
        case .json: sink = JSONDocumentWriter(output: output)
        case .jsonl: sink = JSONLinesWriter(output: output)
        }
        let recorder = record ? RecordingSink(forwardingTo: sink) : nil
        let store = record ? try global.auditStore(create: true) : nil
        let scan = Scan(engine: engine, configuration: configuration)
        // A progress line on the terminal only when the report itself goes elsewhere.
        let progress = (!quiet && isatty(2) == 1 && isatty(1) == 0) ? ProgressLine(scan: scan) : nil
        progress?.start()
        let summary: ScanSummary
        do {
            summary = try scan.run(sink: recorder ?? sink)
        } catch let error as ScanError {
            progress?.stop()
            warn("stickler: \(error)")
            throw ExitCode(2)
        }
        progress?.stop()
        if let unavailable = summary.virusCheckUnavailable { warn("stickler: \(unavailable)") }
        if let recorder, let store {
            try ScanRecord.save(recorder, pack: engine.pack.versions, into: store)
        }
        throw ExitCode(summary.findings > 0 || summary.malwareFound > 0 ? 1 : 0)
    }
}

/// "scanned 120 files, 48.1 MB, 36 findings" on standard error, redrawn in place.
final class ProgressLine {
    let scan: Scan
    var timer: DispatchSourceTimer?

    init(scan: Scan) { self.scan = scan }

    func start() {
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global())
        timer.schedule(deadline: .now() + 0.25, repeating: 0.25)
        timer.setEventHandler { [scan] in
            let progress = scan.progress
            let line = String(format: "\rscanned %d files, %.1f MB, %d findings", progress.files,
                              Double(progress.bytes) / 1_000_000, progress.findings)
            FileHandle.standardError.write(Data(line.utf8))
        }
        timer.resume()
        self.timer = timer
    }

    func stop() {
        timer?.cancel()
        timer = nil
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
