import Foundation
import SticklerCore
import SticklerDetection
import SticklerDevices
import SticklerExtraction

/// Live counters for a progress line.
public struct ScanProgress: Sendable {
    public var files = 0
    public var bytes = 0
    public var findings = 0
}

/// Runs one scan: a walker feeds a bounded queue, `jobs` workers each scan whole files
/// with their own `DocumentScanner`, and the sink receives each file's findings and
/// record together. Memory: one chunk per worker plus, per worker, at most `bufferLimit`
/// findings (or, for a sink that takes pre-rendered records, `renderedLimit` bytes of them)
/// waiting for the output; a file with more takes the output for the rest of its scan.
public final class Scan {
    public let engine: Engine
    public let configuration: ScanConfiguration
    static let bufferLimit = 1000
    /// Records pre-rendered by a worker are small (about 250 bytes a finding), so a worker
    /// keeps up to this many bytes of them: a class list of thousands of pupils then no
    /// longer stops the other workers while it is scanned.
    static let renderedLimit = 16 << 20
    static let subjectLimit = 1_000_000

    let outputLock = NSLock()
    let queueCondition = NSCondition()
    var queue: [Work] = []

    /// What a worker takes from the queue.
    enum Work {
        case file(String)
        /// A volume (or disk image) whose deleted files are recovered and scanned.
        case deletedFiles(String)

        var path: String {
            switch self {
            case .file(let path): return path
            case .deletedFiles(let volume): return volume + "!deleted"
            }
        }
    }
    var walkFinished = false
    var summary = ScanSummary()
    /// Per fingerprint family (a detector, or every name rule together), the distinct values
    /// reported (`subjectLimit` in all): the scan's data subjects are about as many as the
    /// largest of them, as a file's are (a class list's UPN, name and NHS number are three
    /// values of one pupil).
    var subjects: [String: Set<SubjectKey>] = [:]
    let subjectFamilies: [String: String]
    var subjectCount = 0
    /// Per container not yet delivered: its members' highest risk and their findings so far
    /// (`noteMembersRisk`).
    var membersRisk: [String: RiskLevel] = [:]
    var membersFindings: [String: Int] = [:]
    var progressValue = ScanProgress()
    weak var sink: ScanSink?
    /// The sink as a `PrerenderingSink`, cast once (a cast per finding is measurable).
    var prerendering: PrerenderingSink?

    public init(engine: Engine, configuration: ScanConfiguration) {
        self.engine = engine
        self.configuration = configuration
        subjectFamilies = Dictionary(uniqueKeysWithValues: (0..<engine.detectorCount).map {
            let detector = engine.detector(at: $0)
            return (detector.id, Engine.subjectFamily(of: detector))
        })
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
        prerendering = sink as? PrerenderingSink
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
                    while let work = nextWork() {
                        switch work {
                        case .file(let path): scanFile(path, scanner: scanner, sink: sink)
                        case .deletedFiles(let volume): scanDeleted(volume, scanner: scanner, sink: sink)
                        }
                    }
                } catch {
                    while let work = nextWork() {
                        deliver(FileResult(path: work.path, status: .error, reason: "scanner could not start: \(error)", bytes: 0),
                                sink: sink, holding: false)
                    }
                }
            }
            thread.stackSize = 4 << 20
            thread.start()
        }

        for volume in configuration.deletedFrom { enqueue(.deletedFiles(volume)) }
        walker.walk { entry in
            switch entry {
            case .file(let path): enqueue(.file(path))
            case .skipped(let result): deliver(result, sink: sink, holding: false)
            }
        }
        queueCondition.lock()
        walkFinished = true
        queueCondition.broadcast()
        queueCondition.unlock()
        group.wait()

        outputLock.lock()
        summary.elapsedSeconds = Date().timeIntervalSince(started)
        summary.subjects = subjects.values.map(\.count).max() ?? 0
        let final = summary
        outputLock.unlock()
        sink.finish(final)
        return final
    }

    func enqueue(_ work: Work) {
        queueCondition.lock()
        while queue.count >= configuration.jobs * 16 { queueCondition.wait() }
        queue.append(work)
        queueCondition.broadcast()
        queueCondition.unlock()
    }

    func nextWork() -> Work? {
        queueCondition.lock()
        defer { queueCondition.unlock() }
        while queue.isEmpty && !walkFinished { queueCondition.wait() }
        if queue.isEmpty { return nil }
        let work = queue.removeFirst()
        queueCondition.broadcast()
        return work
    }

    /// The deleted files' bytes held at once (those past it are listed, not read).
    static let deletedBytesLimit = 64 << 20

    /// Recovers the deleted files of a FAT or exFAT volume (read-only) and scans each as a
    /// file of its own, `<volume>!deleted/<path>`, its record saying it was deleted. A disk
    /// image with a partition table (a `dd` copy of a whole stick) has each FAT or exFAT
    /// partition's read, `<image>!partition<N>!deleted/<path>`. A volume of another kind, or
    /// one that cannot be read, is one record for the volume.
    func scanDeleted(_ volume: String, scanner: DocumentScanner, sink: ScanSink) {
        let inherited = volume.hasPrefix("/dev/fd/") ? Int32(volume.dropFirst("/dev/fd/".count)) : nil
        let fd = inherited ?? open(volume, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            deliver(FileResult(path: volume + "!deleted", status: .error, reason: "cannot open: \(String(cString: strerror(errno)))", bytes: 0),
                    sink: sink, holding: false)
            return
        }
        defer { if inherited == nil { close(fd) } }
        do {
            try scanDeleted(volume, fd: fd, offset: 0, scanner: scanner, sink: sink)
        } catch let error as DeletedFilesError where error.notAVolume && inherited == nil {
            // A partitioned image: its FAT and exFAT partitions (libblkid reads the table).
            let partitions = ((try? Prober.probe(path: volume))?.volumes ?? []).filter {
                $0.partition != nil && DeletedFiles.filesystems.contains($0.filesystem ?? "")
            }
            if partitions.isEmpty { return deliverUnread(volume, error, sink: sink) }
            for partition in partitions {
                let label = volume + "!partition\(partition.partition ?? 0)"
                do {
                    try scanDeleted(label, fd: fd, offset: UInt64(partition.offset), scanner: scanner, sink: sink)
                } catch {
                    deliverUnread(label, error, sink: sink)
                }
            }
        } catch {
            deliverUnread(volume, error, sink: sink)
        }
    }

    /// One record for a volume whose deleted files were not read: skipped when it is no FAT
    /// or exFAT volume (nothing to recover), an error when a read failed (not fully checked).
    func deliverUnread(_ volume: String, _ error: Error, sink: ScanSink) {
        let notAVolume = (error as? DeletedFilesError)?.notAVolume ?? false
        deliver(FileResult(path: volume + "!deleted", status: notAVolume ? .skipped : .error, reason: "deleted files not read: \(error)", bytes: 0),
                sink: sink, holding: false)
    }

    /// The deleted files of the volume at `offset` of `fd`, each scanned as `<label>!deleted/<path>`.
    func scanDeleted(_ label: String, fd: Int32, offset: UInt64, scanner: DocumentScanner, sink: ScanSink) throws {
        let files = try DeletedFiles.recover(fd: fd, offset: offset, maxBytes: Scan.deletedBytesLimit)
        let extractor = Extractor(limits: configuration.limits)
        for file in files {
            let path = label + "!deleted/" + file.path
            let note = file.complete ? "deleted file, recoverable" : "deleted file, partly overwritten"
            guard !file.data.isEmpty else {
                // Listed past the bytes' budget, or its first cluster already holds a live file's data.
                let why = file.complete ? "\(note); not read (size limit)" : "deleted file, overwritten (its first cluster is in use again)"
                deliver(FileResult(path: path, status: .skipped, reason: why, bytes: 0), sink: sink, holding: false)
                continue
            }
            let top: (inout FileResult) -> Void = { result in
                if result.path == path { result.reason = result.reason.map { "\(note); \($0)" } ?? note }
                // A deleted document cut short or mixed with other bytes is expected: it is
                // not a file that could not be read (which makes a device check incomplete).
                if result.status == .error { result.status = .skipped }
            }
            scanItems(of: path, scanner: scanner, sink: sink, top: top) { try extractor.extract(bytes: file.data, path: path, visit: $0) }
        }
    }

    /// Extracts one file and scans every document it yields: a plain file yields one, a
    /// container yields a record per member (`outer.zip!inner/file.csv`) and one for
    /// itself. A limit exceeded anywhere makes the top-level file an error; records for
    /// members already delivered stand. The virus check (when configured) is of the whole
    /// file and goes on the top-level record.
    func scanFile(_ path: String, scanner: DocumentScanner, sink: ScanSink) {
        let extractor = Extractor(limits: configuration.limits)
        var virus: (check: String, malware: String?)?
        if let malware = configuration.malware { virus = checkMalware(path: path, malware) }
        let top: (inout FileResult) -> Void = { result in
            guard result.path == path, let virus else { return }
            result.virusCheck = virus.check
            result.malware = virus.malware
        }
        scanItems(of: path, scanner: scanner, sink: sink, top: top) {
            try extractor.extract(path: path, followSymlinks: configuration.followSymlinks, visit: $0)
        }
    }

    /// Delivers the records and scans the documents `extract` yields for `path`; a failure
    /// of the whole is one record for it. `top` adjusts the records (the top-level one's
    /// virus check, a deleted file's note).
    func scanItems(of path: String, scanner: DocumentScanner, sink: ScanSink, top: @escaping (inout FileResult) -> Void,
                   _ extract: ((ExtractionItem) throws -> Void) throws -> Void) {
        do {
            try extract { item in
                switch item {
                case .result(let result) where result.status == .skipped && result.bytes > 0:
                    // A photo, a scanned letter: not read, but its name is ("SIMS - Evie
                    // Whiteley medical record.png", "Loan agreement - Kacper Nowak 8RW.pdf").
                    try scanDocument(ExtractedDocument(path: result.path, format: result.format ?? "", bytes: 0, segments: []),
                                     scanner: scanner, sink: sink, within: path, top: top, skipped: result)
                case .result(var result):
                    top(&result)
                    deliver(result, sink: sink, holding: false, within: path)
                case .document(let document):
                    try scanDocument(document, scanner: scanner, sink: sink, within: path, top: top)
                }
            }
        } catch {
            var result = FileResult(path: path, status: .error, reason: "\(error)", bytes: 0)
            top(&result)
            deliver(result, sink: sink, holding: false)
        }
    }

    /// Scans one document of the file at `path` (the file itself or one of its members).
    /// `skipped`: the record of a file not read, whose name alone is scanned; it stays as it
    /// is but for the name's findings and risk.
    func scanDocument(_ document: ExtractedDocument, scanner: DocumentScanner, sink: ScanSink, within path: String,
                      top: (inout FileResult) -> Void, skipped: FileResult? = nil) throws {
        var pending = Pending()
        let renderer = prerendering
        var holding = false
        var result: FileResult
        do {
            let segments = document.segments.map { segment -> (source: any ByteSource, document: DocumentDescription) in
                let map = segment.map
                return (segment.source, DocumentDescription(path: document.path, delimiter: segment.delimiter,
                                                            locate: map.map { map in { map.locate($0) } }, formLike: segment.formLike))
            }
            // Its folder's and its own name, last: schools name files and folders after pupils.
            let names = (text: Array(Scan.nameLines(document.path).utf8),
                         document: DocumentDescription(path: document.path, locate: { _ in (page: nil, cell: "file name", line: nil) }))
            let outcome = try scanner.scan(segments: segments, trailer: names) { found in
                pending.add(found, renderer: renderer)
                guard pending.isFull(holding: holding) else { return }
                if !holding {
                    // Too many to buffer: take the output for the rest of this file.
                    self.outputLock.lock()
                    holding = true
                }
                self.write(pending, sink: sink)
                pending = Pending()
            }
            // As for plain files, `bytes` of a scanned document is the text scanned.
            result = FileResult(path: document.path, status: .scanned, format: document.format, bytes: outcome.bytes,
                                findings: outcome.findings, risk: outcome.risk)
            if var skipped {
                skipped.findings = outcome.findings
                skipped.risk = outcome.risk
                result = skipped
            }
        } catch let limit as LimitExceeded {
            if holding { outputLock.unlock() }
            throw limit
        } catch {
            result = FileResult(path: document.path, status: .error, reason: "\(error)", format: document.format, bytes: 0)
        }
        top(&result)
        if !holding { outputLock.lock() }
        write(pending, sink: sink)
        deliver(result, sink: sink, holding: true, within: path)
    }

    /// "File: <folder>" and "File: <name>" lines for a file's path (the last two parts,
    /// across archive members' `!`), its extension dropped and underscores read as spaces,
    /// for the rules to read (`person_name_file`): "SEN/Olivia Hughes/EHCP review.docx".
    static func nameLines(_ path: String) -> String {
        let parts = path.split(whereSeparator: { $0 == "/" || $0 == "!" }).suffix(2).map(String.init)
        var lines = ""
        for (index, part) in parts.enumerated() {
            var name = part
            if index == parts.count - 1, let dot = name.lastIndex(of: "."), name.distance(from: dot, to: name.endIndex) <= 6,
               dot > name.startIndex {
                name = String(name[..<dot])
            }
            var words = name.replacingOccurrences(of: "_", with: " ")
            // A photograph or a video named after the person in it ("IMG_2430_Amelia_Kowalska_nativity.jpg"):
            // its camera's prefix dropped, and a line that says what it is, for the rules' context.
            let picture = index == parts.count - 1 && Self.isPicture(part)
            if picture { words = Self.droppingCameraPrefix(words) }
            lines += "File: " + words.prefix(200) + "\n"
            if picture { lines += "File: photograph\n" }
        }
        return lines
    }

    static let pictureExtensions: Set<String> = ["jpg", "jpeg", "png", "gif", "heic", "heif", "webp", "bmp", "tif", "tiff",
                                                 "mp4", "mov", "m4v", "avi", "3gp"]

    /// Whether a file name is a photograph's or a video's, by its extension.
    static func isPicture(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot > name.startIndex else { return false }
        return pictureExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    /// A camera's or a phone's words before a picture's own name, and a folder's tags in
    /// capitals: "IMG 2430", "DSC 0012", "PXL 20240612 101500", "20240612", "NO CONSENT".
    static func droppingCameraPrefix(_ name: String) -> String {
        var words = name.split(separator: " ")
        while let first = words.first, words.count > 1,
              first.allSatisfy(\.isNumber) || first.allSatisfy({ $0.isUppercase || $0.isNumber })
                || ["WhatsApp", "Image", "Photo", "Screenshot"].contains(String(first)) {
            words.removeFirst()
        }
        return words.joined(separator: " ")
    }

    /// A file's findings waiting for the output (records pre-rendered by the worker when the
    /// sink allows, the events otherwise) and what the summary needs of them.
    struct Pending {
        var bytes: [UInt8] = []
        var events: [FindingEvent] = []
        var count = 0
        var byDetector: [String: Int] = [:]
        var subjects: [(detector: String, key: SubjectKey)] = []

        mutating func add(_ event: FindingEvent, renderer: PrerenderingSink?) {
            if let renderer { renderer.render(event.finding, revealed: event.value, into: &bytes) } else { events.append(event) }
            count += 1
            byDetector[event.finding.detector, default: 0] += 1
            if event.finding.category.identifiesSubject { subjects.append((event.finding.detector, event.subject)) }
        }

        /// Before the file holds the output: the buffer limits. After: a small batch, so
        /// output keeps flowing while the rest of the file is scanned.
        func isFull(holding: Bool) -> Bool {
            let size = bytes.count + subjects.count * 16
            if holding { return events.count >= 64 || size >= 64 << 10 }
            return events.count >= Scan.bufferLimit || size >= Scan.renderedLimit
        }
    }

    /// Must hold `outputLock`.
    func write(_ pending: Pending, sink: ScanSink) {
        guard pending.count > 0 else { return }
        if !pending.bytes.isEmpty { prerendering?.append(rendered: pending.bytes) }
        for event in pending.events { sink.finding(event.finding, revealed: event.value) }
        summary.findings += pending.count
        progressValue.findings += pending.count
        for (detector, count) in pending.byDetector { summary.findingsByDetector[detector, default: 0] += count }
        for subject in pending.subjects where subjectCount < Scan.subjectLimit {
            let family = subjectFamilies[subject.detector] ?? subject.detector
            if subjects[family, default: []].insert(subject.key).inserted { subjectCount += 1 }
        }
    }

    /// A member's risk raises each container it is in (`outer.zip!inner.zip!a.csv` is in
    /// `outer.zip` and `outer.zip!inner.zip`), and its findings add to theirs; a container's
    /// own record, which comes after its members', takes the highest and the total. Only the
    /// `!` after the scanned file's own path (`file`) part members from containers: a folder
    /// may be called "Urgent!". Must hold `outputLock`.
    func noteMembersRisk(_ result: inout FileResult, within file: String?) {
        if let members = membersRisk.removeValue(forKey: result.path) { result.membersRisk = members }
        if let members = membersFindings.removeValue(forKey: result.path) { result.membersFindings = members }
        let level = max(result.risk.level, result.membersRisk ?? .none)
        let findings = result.findings + (result.membersFindings ?? 0)
        guard level > .none || findings > 0 else { return }
        var container = result.path[...]
        // Where the file's own path ends in the member's.
        let floor = file.flatMap { result.path.hasPrefix($0) ? result.path.utf8.index(result.path.startIndex, offsetBy: $0.utf8.count) : nil }
            ?? result.path.startIndex
        while let bang = container.lastIndex(of: "!"), bang >= floor {
            container = container[..<bang]
            if level > .none { membersRisk[String(container)] = max(membersRisk[String(container)] ?? .none, level) }
            if result.findings > 0 { membersFindings[String(container), default: 0] += result.findings }
        }
    }

    /// Virus check of the whole file (clamd unpacks archives and documents itself).
    func checkMalware(path: String, _ malware: MalwareChecking) -> (check: String, malware: String?) {
        if let unavailable = summary.virusCheckUnavailable { return ("not checked: \(unavailable)", nil) }
        switch malware.check(path: path) {
        case .clean: return ("clean", nil)
        case .infected(let signature): return ("infected", signature)
        case .unchecked(let reason): return ("not checked: \(reason)", nil)
        }
    }

    /// `file`: the path of the file scanned on disk that `result` is, or is a member of.
    func deliver(_ result: FileResult, sink: ScanSink, holding: Bool, within file: String? = nil) {
        if !holding { outputLock.lock() }
        defer { outputLock.unlock() }
        var result = result
        noteMembersRisk(&result, within: file)
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
