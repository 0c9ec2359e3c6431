import Foundation
import SticklerCore
import SticklerDetection
import SticklerExtraction

/// Live counters for a progress line.
public struct ScanProgress: Sendable {
    public var files = 0
    public var bytes = 0
    public var findings = 0
}

/// Runs one scan: a walker feeds a bounded queue, `jobs` workers each scan whole files
/// with their own `DocumentScanner`, and the sink receives each file's findings and
/// record together. Memory: one chunk per worker plus at most `bufferLimit` findings
/// buffered per worker.
public final class Scan {
    public let engine: Engine
    public let configuration: ScanConfiguration
    static let bufferLimit = 1000
    static let subjectLimit = 1_000_000

    let outputLock = NSLock()
    let queueCondition = NSCondition()
    var queue: [String] = []
    var walkFinished = false
    var summary = ScanSummary()
    var subjects = Set<String>()
    var progressValue = ScanProgress()
    weak var sink: ScanSink?

    public init(engine: Engine, configuration: ScanConfiguration) {
        self.engine = engine
        self.configuration = configuration
    }

    /// The counters so far (thread-safe).
    public var progress: ScanProgress {
        outputLock.lock()
        defer { outputLock.unlock() }
        return progressValue
    }

    /// Scans everything; throws `ScanError` only for a missing or unreadable root.
    @discardableResult
    public func run(sink: ScanSink) throws -> ScanSummary {
        let walker = Walker(configuration: configuration)
        try walker.checkRoots()
        self.sink = sink
        let started = Date()
        if let malware = configuration.malware {
            summary.virusCheckUnavailable = malware.readiness()
        }
        sink.begin(roots: configuration.paths)

        let group = DispatchGroup()
        for _ in 0..<configuration.jobs {
            group.enter()
            let thread = Thread { [self] in
                defer { group.leave() }
                do {
                    let scanner = try DocumentScanner(engine: engine, options: configuration.options)
                    while let path = nextPath() { scanFile(path, scanner: scanner, sink: sink) }
                } catch {
                    while let path = nextPath() {
                        deliver(FileResult(path: path, status: .error, reason: "scanner could not start: \(error)", bytes: 0),
                                events: [], sink: sink, holding: false)
                    }
                }
            }
            thread.stackSize = 4 << 20
            thread.start()
        }

        walker.walk { entry in
            switch entry {
            case .file(let path): enqueue(path)
            case .skipped(let result): deliver(result, events: [], sink: sink, holding: false)
            }
        }
        queueCondition.lock()
        walkFinished = true
        queueCondition.broadcast()
        queueCondition.unlock()
        group.wait()

        outputLock.lock()
        summary.elapsedSeconds = Date().timeIntervalSince(started)
        summary.subjects = subjects.count
        let final = summary
        outputLock.unlock()
        sink.finish(final)
        return final
    }

    func enqueue(_ path: String) {
        queueCondition.lock()
        while queue.count >= configuration.jobs * 16 { queueCondition.wait() }
        queue.append(path)
        queueCondition.broadcast()
        queueCondition.unlock()
    }

    func nextPath() -> String? {
        queueCondition.lock()
        defer { queueCondition.unlock() }
        while queue.isEmpty && !walkFinished { queueCondition.wait() }
        if queue.isEmpty { return nil }
        let path = queue.removeFirst()
        queueCondition.broadcast()
        return path
    }

    func scanFile(_ path: String, scanner: DocumentScanner, sink: ScanSink) {
        var events: [Rendered] = []
        let renderer = sink as? PrerenderingSink
        var holding = false
        var result: FileResult
        do {
            let (extracted, size) = try TextExtractor.open(path: path, followSymlinks: configuration.followSymlinks)
            switch extracted {
            case .skipped(let reason, let format):
                result = FileResult(path: path, status: .skipped, reason: reason, format: format, bytes: size)
            case .text(let document):
                var source = document.source
                let outcome = try scanner.scan(source: &source, document: DocumentDescription(path: path, delimiter: document.delimiter)) { found in
                    let event = Rendered(event: found, bytes: renderer?.render(found.finding, revealed: found.value))
                    if holding {
                        self.record(event, sink: sink)
                        return
                    }
                    events.append(event)
                    if events.count >= Scan.bufferLimit {
                        // Too many to buffer: take the output for the rest of this file.
                        self.outputLock.lock()
                        holding = true
                        for buffered in events { self.record(buffered, sink: sink) }
                        events.removeAll()
                    }
                }
                result = FileResult(path: path, status: .scanned, format: document.format, bytes: outcome.bytes,
                                    findings: outcome.findings, risk: outcome.risk)
            }
        } catch {
            result = FileResult(path: path, status: .error, reason: "\(error)", bytes: 0)
        }
        if let malware = configuration.malware {
            checkMalware(&result, malware)
        }
        deliver(result, events: events, sink: sink, holding: holding)
    }

    /// Virus check of the whole file (clamd unpacks archives and documents itself).
    func checkMalware(_ result: inout FileResult, _ malware: MalwareChecking) {
        if let unavailable = summary.virusCheckUnavailable {
            result.virusCheck = "not checked: \(unavailable)"
            return
        }
        switch malware.check(path: result.path) {
        case .clean:
            result.virusCheck = "clean"
        case .infected(let signature):
            result.virusCheck = "infected"
            result.malware = signature
        case .unchecked(let reason):
            result.virusCheck = "not checked: \(reason)"
        }
    }

    /// A finding with its record already rendered by the worker, when the sink allows.
    struct Rendered {
        var event: FindingEvent
        var bytes: [UInt8]?
        var finding: Finding { event.finding }
    }

    /// Must hold `outputLock`.
    func record(_ rendered: Rendered, sink: ScanSink) {
        let event = rendered.event
        if let bytes = rendered.bytes, let renderer = sink as? PrerenderingSink {
            renderer.append(rendered: bytes)
        } else {
            sink.finding(event.finding, revealed: event.value)
        }
        summary.findings += 1
        progressValue.findings += 1
        summary.findingsByDetector[event.finding.detector, default: 0] += 1
        if event.finding.category.identifiesSubject, subjects.count < Scan.subjectLimit {
            subjects.insert(event.finding.fingerprint)
        }
    }

    func deliver(_ result: FileResult, events: [Rendered], sink: ScanSink, holding: Bool) {
        if !holding { outputLock.lock() }
        defer { outputLock.unlock() }
        for event in events { record(event, sink: sink) }
        sink.file(result)
        summary.files += 1
        summary.bytes += result.bytes
        progressValue.files += 1
        progressValue.bytes += result.bytes
        switch result.status {
        case .scanned: summary.scanned += 1
        case .encrypted: summary.encrypted += 1
        case .skipped: summary.skipped += 1
        case .error: summary.errors += 1
        }
        if result.findings > 0 { summary.filesWithFindings += 1 }
        if result.malware != nil { summary.malwareFound += 1 }
        if result.virusCheck == "clean" || result.malware != nil { summary.virusChecked += 1 }
        if result.status == .scanned || result.findings > 0 {
            summary.filesByRisk[result.risk.level.rawValue, default: 0] += 1
        }
        summary.highestRisk = max(summary.highestRisk, result.risk.level)
    }
}
