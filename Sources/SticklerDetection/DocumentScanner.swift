import Foundation
import SticklerCore
import Vectorscan

/// What the scanner needs to know about a document.
public struct DocumentDescription: Sendable {
    public var path: String
    /// Set for delimited tables (CSV, TSV): the header row gives context to its column.
    public var delimiter: UInt8?
    /// Maps a byte offset in this text to a page or a cell (`Sheet1!B12`), for formats
    /// where a line number means little (PDF, spreadsheets, slides).
    public var locate: (@Sendable (Int) -> (page: Int?, cell: String?, line: Int?))?
    /// The table's first row is its header only if it reads as one (`TableHeader.readsAsHeader`):
    /// for tables laid out for reading, such as Word tables, which may be forms.
    public var formLike = false

    public init(path: String, delimiter: UInt8? = nil, locate: (@Sendable (Int) -> (page: Int?, cell: String?, line: Int?))? = nil,
                formLike: Bool = false) {
        self.path = path
        self.delimiter = delimiter
        self.locate = locate
        self.formLike = formLike
    }
}

/// Per-scan choices.
public struct ScanOptions: Sendable {
    /// The findings reported (handed to the sink).
    public var minConfidence: Confidence = .medium
    /// The findings a document's risk counts and that make special-category words near them
    /// count, whatever `minConfidence` shows: `--min-confidence low` or `high` changes what is
    /// listed, not how risky a document is.
    public static let countedConfidence = Confidence.medium
    /// The findings worked out at all: those reported or counted.
    var workedConfidence: Confidence { min(minConfidence, Self.countedConfidence) }
    /// Hand raw values to the sink (`--reveal`). They are never stored.
    public var reveal = false
    /// Bytes read per chunk; memory per worker is about this plus small margins. 256 KiB
    /// keeps a chunk in the core's L2 cache from the kernel's copy through both phases and
    /// the context lookups: 10-20% faster than 1 MiB on text with and without findings.
    public var chunkSize = 1 << 18
    /// Hold a place's postcodes and landlines while they are all a document holds, and
    /// report them at low if they stay so (`DocumentState.placeHeld`). A rule's examples
    /// (`RuleExamples`) try the detector on its own, without this.
    public var holdsPlaces = true

    public init(minConfidence: Confidence = .medium, reveal: Bool = false, chunkSize: Int = 1 << 18) {
        self.minConfidence = minConfidence
        self.reveal = reveal
        self.chunkSize = chunkSize
    }
}

/// One reported finding; `value` is set only when the options asked to reveal.
public struct FindingEvent {
    public var finding: Finding
    public var value: String?
    /// The finding's fingerprint as a set member, for counting data subjects.
    public var subject: SubjectKey
    /// Whether it makes special-category keywords in its document count (see `anchors_special`).
    var anchors = false
    /// A place's detail only: a postcode, or a landline (not a mobile), which alone in a
    /// document is a venue's or the school's, no one's (`RiskTally.beyondPlace`).
    var place = false
    /// A member of staff's name or contact detail in a table of posts (`Candidate.atWork`).
    var atWork = false
}

/// What scanning one document produced, beyond the findings handed to the sink.
public struct DocumentOutcome: Sendable {
    public var bytes: Int
    public var findings: Int
    public var risk: RiskAssessment
    /// Special-category keyword hits dropped because no identifier co-occurred.
    public var suppressed: Int
}

/// Scans documents for one worker thread. Reuse it for many documents; never share it.
///
/// The loop reads a chunk, scans it whole (phase one), confirms candidates in small
/// windows (phase two), and keeps a margin of the previous chunk so that a value or its
/// context keyword straddling a chunk boundary is still found. A match belongs to the
/// chunk in which it starts; memory stays at one chunk plus margins whatever the size.
public final class DocumentScanner {
    public let engine: Engine
    let scratch: Scratch
    let options: ScanOptions
    let leftMargin: Int
    let rightMargin: Int
    let capacity: Int
    let buffer: UnsafeMutableRawBufferPointer

    // Reused per chunk.
    var phaseOneMatches: [Match] = []
    /// Phase one's windows around digits or marks, and their bytes one after another (`GatedShapes`).
    var gateWindows: [Range<Int>] = []
    var gateWindowBytes: [UInt8] = []
    var phaseTwoMatches: [Match] = []
    var keywordMatches: [Match] = []
    var specialMatches: [Match] = []
    var joinedWindows: [UInt8] = []
    /// A candidate's bytes for its validator, reused (no allocation per candidate).
    var candidateBytes: [UInt8] = []
    /// Phase two scans a group's windows in one call where it can (off only in tests, to
    /// compare with one call per window).
    var joinsWindows = true
    /// Tables' headers already read, by their titles: an export repeats its tables' titles
    /// section after section, and reading a header costs thousands of instructions a title.
    var headers: [[String]: TableHeader] = [:]

    func header(titles: [String]) -> TableHeader {
        if let header = headers[titles] { return header }
        let header = engine.header(titles: titles, scratch: scratch)
        if headers.count >= 512 { headers.removeAll(keepingCapacity: true) }
        headers[titles] = header
        return header
    }

    public init(engine: Engine, options: ScanOptions = ScanOptions()) throws {
        self.engine = engine
        self.options = options
        scratch = try engine.makeScratch()
        leftMargin = engine.maxContextWindow + engine.maxWidth + 256
        rightMargin = engine.maxContextWindow + engine.maxWidth + 16
        capacity = max(options.chunkSize, 4096) + leftMargin + rightMargin
        buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 16)
    }

    deinit { buffer.deallocate() }

    /// Scans a whole text held in memory (tests, rule examples, small segments).
    public func scan(text: String, document: DocumentDescription, sink: (FindingEvent) -> Void) throws -> DocumentOutcome {
        var source = MemorySource(bytes: Array(text.utf8))
        return try scan(source: &source, document: document, sink: sink)
    }

    public func scan<Source: ByteSource>(source: inout Source, document: DocumentDescription,
                                         sink: (FindingEvent) -> Void) throws -> DocumentOutcome {
        try withoutActuallyEscaping(sink) { sink in
            try run(source: &source, state: DocumentState(scanner: self, document: document, sink: sink))
        }
    }

    /// Scans several texts of one document (a workbook's sheets, a body and its
    /// properties) as one: findings and risk are the document's, while lines, offsets and
    /// table headers start afresh in each segment, and each has its own description. In a
    /// document of more than one segment, special-category keywords are looked for in
    /// every segment (held until an identifier shows up): a letter's body may name a
    /// condition that only its table's identifiers make personal.
    ///
    /// A `trailer` (a file's folder and name, as text) is read last, as part of the
    /// document, but is no part of its text: not in `bytes`, and no segment of its own.
    public func scan(segments: [(source: any ByteSource, document: DocumentDescription)],
                     trailer: (text: [UInt8], document: DocumentDescription)? = nil,
                     sink: (FindingEvent) -> Void) throws -> DocumentOutcome {
        let parts = segments + (trailer.map { [(MemorySource(bytes: $0.text), $0.document)] } ?? [])
        guard let first = parts.first else {
            return DocumentOutcome(bytes: 0, findings: 0, risk: .none, suppressed: 0)
        }
        return try withoutActuallyEscaping(sink) { sink in
            var state = DocumentState(scanner: self, document: first.document, sink: sink)
            state.specialEverywhere = segments.count > 1
            var contentBytes = 0
            for (index, segment) in parts.enumerated() {
                if index == segments.count { contentBytes = state.earlierBytes + state.bytes } // the trailer
                if index > 0 { state.begin(segment.document) }
                try feed(segment.source, state: &state)
            }
            var outcome = state.finish()
            if trailer != nil { outcome.bytes = contentBytes }
            return outcome
        }
    }

    func feed<Source: ByteSource>(_ source: Source, state: inout DocumentState) throws {
        var source = source
        try feed(source: &source, state: &state)
    }

    /// How much of a text's start decides whether its words are two spaces apart.
    static let spacingSample = 4096

    /// Whether the words of `sample` are two spaces apart, as a scan's OCR or a PDF's text
    /// layer may space them ("Section  A  -  Parent  /  Carer"): a dozen gaps of two spaces or
    /// more between words, three times as many as of one, and four times as many as of three
    /// or more (a table aligned with spaces pads its columns to their widths). A line's
    /// indent is no gap.
    static func isLetter(_ byte: UInt8) -> Bool { (65...90).contains(byte) || (97...122).contains(byte) }

    static func isDoubleSpaced(_ sample: UnsafeRawBufferPointer) -> Bool {
        var single = 0, double = 0, wider = 0
        var index = 0
        while index < sample.count {
            guard sample[index] == 32, index > 0, sample[index - 1] != 10, sample[index - 1] != 13, sample[index - 1] != 32 else {
                index += 1
                continue
            }
            var end = index
            while end < sample.count && sample[end] == 32 { end += 1 }
            if end < sample.count, sample[end] != 10, sample[end] != 13, sample[end] != 9 {
                switch end - index {
                // (One space between letters only: OCR spaces out a number's digits too, "0 7 7 0 0".)
                case 1: if isLetter(sample[index - 1]) && isLetter(sample[end]) { single += 1 }
                case 2: double += 1
                default: wider += 1
                }
            }
            index = end
        }
        return double >= 12 && double >= 3 * single && double >= 4 * wider
    }

    /// Drops the second space of every run of spaces in `buffer[from..<to]`, in place (a
    /// run may go on from the bytes before: `run` counts its spaces so far); the new end.
    static func dropSecondSpaces(_ buffer: UnsafeMutableRawBufferPointer, from: Int, to: Int, run: inout Int) -> Int {
        var write = from
        for read in from..<to {
            let byte = buffer[read]
            if byte == 32 {
                run += 1
                if run == 2 { continue }
            } else {
                run = 0
            }
            buffer[write] = byte
            write += 1
        }
        return write
    }

    func run<Source: ByteSource>(source: inout Source, state: DocumentState) throws -> DocumentOutcome {
        var state = state
        try feed(source: &source, state: &state)
        return state.finish()
    }

    func feed<Source: ByteSource>(source: inout Source, state: inout DocumentState) throws {
        var bufferStart = 0      // global offset of buffer[0]
        var length = 0           // valid bytes in buffer
        var ownedFrom = 0        // matches starting before this were handled earlier
        var eof = false
        // A scan's OCR with two spaces between its words (decided on its first bytes): each
        // run of spaces loses one, so that "JK  45  12  78  B" is a national insurance number.
        var doubleSpaced: Bool?
        var spaceRun = 0
        while !eof {
            // Fill the buffer.
            while length < capacity {
                let read = try source.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[length..<capacity]))
                if read == 0 { eof = true; break }
                if doubleSpaced == true {
                    length = Self.dropSecondSpaces(buffer, from: length, to: length + read, run: &spaceRun)
                } else {
                    length += read
                }
            }
            if doubleSpaced == nil {
                doubleSpaced = Self.isDoubleSpaced(UnsafeRawBufferPointer(rebasing: buffer[0..<min(length, Self.spacingSample)]))
                if doubleSpaced == true { length = Self.dropSecondSpaces(buffer, from: 0, to: length, run: &spaceRun) }
            }
            let bufferEnd = bufferStart + length
            let ownedTo = eof ? bufferEnd : bufferEnd - rightMargin
            if ownedTo > ownedFrom {
                try state.process(buffer: UnsafeRawBufferPointer(rebasing: buffer[0..<length]), bufferStart: bufferStart,
                                  ownedFrom: ownedFrom, ownedTo: ownedTo, eof: eof)
                ownedFrom = ownedTo
            }
            if eof { break }
            // Keep the left margin before `ownedTo`, drop the rest.
            let keepFrom = max(bufferStart, ownedTo - leftMargin)
            let drop = keepFrom - bufferStart
            if drop > 0 {
                memmove(buffer.baseAddress!, buffer.baseAddress! + drop, length - drop)
                length -= drop
                bufferStart = keepFrom
            }
        }
    }
}

