import Foundation
import SticklerCore

/// A limit was exceeded: the whole top-level file becomes an `error` with this reason.
public struct LimitExceeded: Error, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }
}

/// Turns one file into the documents and records it yields, by content: plain text,
/// Office and OpenDocument files, PDFs, e-mail, RTF, HTML/XML, legacy Office, and
/// archives (recursively, members named `outer.zip!inner/file.csv`). Encrypted
/// containers are reported, not read. Everything happens in memory or as a stream
/// within `ExtractionLimits`; nothing is written to disk.
public struct Extractor: Sendable {
    public var limits: ExtractionLimits

    public init(limits: ExtractionLimits = ExtractionLimits()) { self.limits = limits }

    /// Calls `visit` for each document and record, in order. Throws for the top-level
    /// file as a whole (unreadable, or a limit exceeded: `LimitExceeded`); records for
    /// members already visited stand.
    public func extract(path: String, followSymlinks: Bool = false, visit: (ExtractionItem) throws -> Void) throws {
        let file = try FileSource(path: path, followSymlinks: followSymlinks)
        try withoutActuallyEscaping(visit) { visit in
            let run = ExtractionRun(budget: ExtractionBudget(limits: limits, inputBytes: file.size), visit: visit)
            try run.top(file: file, path: path)
        }
    }

    /// The same for bytes already in memory (fuzzing, tests); `path` names them.
    public func extract(bytes: [UInt8], path: String, visit: (ExtractionItem) throws -> Void) throws {
        try withoutActuallyEscaping(visit) { visit in
            let run = ExtractionRun(budget: ExtractionBudget(limits: limits, inputBytes: bytes.count), visit: visit)
            try run.memory(Blob(bytes), path: path, depth: 0)
        }
    }
}

/// The state of extracting one top-level file.
final class ExtractionRun {
    let budget: ExtractionBudget
    let visit: (ExtractionItem) throws -> Void
    let xml: XMLScanner

    init(budget: ExtractionBudget, visit: @escaping (ExtractionItem) throws -> Void) {
        self.budget = budget
        self.visit = visit
        xml = XMLScanner(maxDepth: budget.limits.maxXMLDepth, budget: budget)
    }

    var textLimit: Int { budget.limits.maxMemberBytes }

    func record(_ path: String, _ status: FileResult.Status, reason: String? = nil, encryption: String? = nil,
                format: String?, bytes: Int) throws {
        try visit(.result(FileResult(path: path, status: status, reason: reason, encryption: encryption, format: format, bytes: bytes)))
    }

    // MARK: Top level

    func top(file: FileSource, path: String) throws {
        let prefix = try file.prefix(ContentSniffer.prefixLength)
        let format = FileFormat.detect(prefix)
        switch format {
        case .zip:
            try zip(path: path, depth: 0, size: file.size, open: { try ArchiveReader(fd: file.fd, budget: self.budget) },
                    readAt: { offset, count in
                        var bytes = [UInt8](repeating: 0, count: count)
                        let got = bytes.withUnsafeMutableBytes { pread(file.fd, $0.baseAddress, count, off_t(offset)) }
                        return Array(bytes.prefix(max(0, got)))
                    })
        case .archive(let name):
            try archive(path: path, name: name, depth: 0, size: file.size) { try ArchiveReader(fd: file.fd, budget: self.budget) }
        case .text(let kind) where SQLDumpExtractor.reads(kind, path: path, size: file.size, limit: budget.limits.maxMemberBytes):
            try whole(file, path: path, format: format)
        case .text(let kind):
            try plainText(kind: kind, prefix: prefix, source: SharedSource(file), path: path, bytes: file.size)
        case .binary(let what):
            if let reason = HighEntropy.check(file: file) {
                try record(path, .encrypted, reason: reason, encryption: "unknown", format: "binary", bytes: file.size)
            } else {
                try record(path, .skipped, reason: "\(what) (no text to read)", format: "binary", bytes: file.size)
            }
        case .empty:
            try record(path, .skipped, reason: "empty file", format: "empty", bytes: 0)
        case .encrypted(let kind, let what):
            try record(path, .encrypted, reason: what, encryption: kind, format: kind, bytes: file.size)
        case .markup where file.size > budget.limits.maxMemberBytes, .json where file.size > budget.limits.maxMemberBytes:
            try plainText(kind: .utf8, prefix: prefix, source: SharedSource(file), path: path, bytes: file.size)
        case .pdf, .compoundFile, .sqlite, .dbf, .rtf, .markup, .json, .email:
            try whole(file, path: path, format: format)
        }
    }

    /// A top-level file of a format read in memory: its bytes read whole (up to the member
    /// limit), then extracted.
    func whole(_ file: FileSource, path: String, format: FileFormat) throws {
        let limit = budget.limits.maxMemberBytes
        let blob = try Blob.read(limit: limit, initial: file.size + 1,
                                 tooLarge: "larger than \(ExtractionLimits.describe(limit)), the limit for this format") { try file.read(into: $0) }
        try memory(blob, path: path, depth: 0, format: format)
    }

    // MARK: In memory

    /// A file or member whose bytes are in memory.
    func memory(_ blob: Blob, path: String, depth: Int, format known: FileFormat? = nil) throws {
        let format = known ?? FileFormat.detect(Array(blob.bytes.prefix(ContentSniffer.prefixLength)))
        let size = blob.count
        switch format {
        case .zip:
            try zip(path: path, depth: depth, size: size, open: { try ArchiveReader(blob: blob, budget: self.budget) },
                    readAt: { offset, count in
                        guard offset >= 0, offset < blob.count else { return [] }
                        return Array(blob.bytes[offset..<min(blob.count, offset + count)])
                    })
        case .archive(let name):
            try archive(path: path, name: name, depth: depth, size: size) { try ArchiveReader(blob: blob, budget: self.budget) }
        case .pdf:
            try PDFExtractor.extract(blob, path: path, run: self)
        case .compoundFile:
            try CompoundFileExtractor.extract(blob, path: path, depth: depth, run: self)
        case .sqlite:
            try SQLiteExtractor.extract(blob, path: path, run: self)
        case .dbf:
            try DBFExtractor.extract(blob, path: path, run: self)
        case .rtf:
            try document(path: path, format: "rtf", bytes: size, RTFExtractor.segments(blob.bytes, limit: textLimit))
        case .markup:
            switch DataXMLExtractor.kind(blob.bytes) {
            case .wordXML:
                // Word's own markup in one file, read as a .docx body.
                try document(path: path, format: "word-xml", bytes: size,
                             try OOXMLExtractor(parts: OfficeParts(["word/document.xml"], all: blob), xml: xml, textLimit: textLimit)
                                .segments(kind: "docx"))
            case .flatOpenDocument(let kind):
                // Read as a zipped file's content (headers and footers included) and meta.
                try document(path: path, format: "f" + kind, bytes: size,
                             try ODFExtractor(parts: OfficeParts(["content.xml", "meta.xml"], all: blob), xml: xml, textLimit: textLimit)
                                .segments(kind: kind))
            case .spreadsheet:
                try document(path: path, format: "spreadsheetml", bytes: size, try DataXMLExtractor.spreadsheet(blob.bytes, xml: xml, limit: textLimit))
            case .data:
                try document(path: path, format: "xml", bytes: size, try DataXMLExtractor.segments(blob.bytes, xml: xml, limit: textLimit))
            case .html:
                // (Its text's lines mapped to the page's own: a finding gives the file's line.)
                var text = TextBuilder(limit: textLimit, map: LocationMap(.lines))
                var tables: [TextSegment] = []
                // A page Word saved "as a web page" is Windows-1252 ("Noël" as one byte):
                // read as UTF-8, its names would break.
                if let converted = MarkupExtractor.fromWindows1252(blob.bytes) {
                    try converted.withUnsafeBytes { try MarkupExtractor.text($0, xml: xml, into: &text, tables: &tables) }
                } else {
                    try MarkupExtractor.text(blob.bytes, xml: xml, into: &text, tables: &tables)
                }
                try document(path: path, format: "html", bytes: size, [text.segment()] + tables)
            }
        case .json:
            var lines = LocationMap(.lines)
            if let text = try JSONExtractor.text(blob.bytes, maxDepth: budget.limits.maxXMLDepth, limit: textLimit, lines: &lines) {
                try document(path: path, format: "json", bytes: size, [TextSegment(text: text, map: lines)])
            } else {
                // Began like JSON but is text (a chat export's "[12/03/2025, 21:40] ..."): read as text.
                let prefix = Array(blob.bytes.prefix(ContentSniffer.prefixLength))
                let kind = ContentSniffer.sniff(prefix)
                try plainText(kind: kind == .windows1252 ? kind : .utf8, prefix: prefix, source: BlobSource(blob), path: path, bytes: size)
            }
        case .email(let mbox):
            try EmailExtractor(run: self, depth: depth).extract(blob, path: path, mbox: mbox)
        case .text(let kind):
            // A database dump in SQL: its tables' rows under their columns' names.
            if SQLDumpExtractor.reads(kind, path: path, size: size, limit: budget.limits.maxMemberBytes),
               let segments = try SQLDumpExtractor.segments(blob.bytes, limit: textLimit, budget: budget) {
                try document(path: path, format: "sql", bytes: size, segments)
                return
            }
            let prefix = Array(blob.bytes.prefix(ContentSniffer.prefixLength))
            try plainText(kind: kind, prefix: prefix, source: BlobSource(blob), path: path, bytes: size)
        case .binary(let what):
            try record(path, .skipped, reason: "\(what) (no text to read)", format: "binary", bytes: size)
        case .empty:
            try record(path, .skipped, reason: "empty file", format: "empty", bytes: 0)
        case .encrypted(let kind, let what):
            try record(path, .encrypted, reason: what, encryption: kind, format: kind, bytes: size)
        }
    }

    func document(path: String, format: String, bytes: Int, _ segments: [TextSegment]) throws {
        try visit(.document(ExtractedDocument(path: path, format: format, bytes: bytes, segments: segments.map(Self.barTable))))
    }

    /// A document's text read into memory (a Word, OpenDocument or RTF body, a PDF's pages, an
    /// e-mail's body) typed as a table with bars ("Date | Pupil | Form | Incident" over its
    /// rows, a paragraph each): read as a text file's is, its titles context for each row's
    /// cells. (Bars only: a letter's commas are no table.)
    static func barTable(_ segment: TextSegment) -> TextSegment {
        guard segment.delimiter == nil, !segment.formLike, let source = segment.source as? BlobSource, source.position == 0 else { return segment }
        let bytes = source.blob.bytes
        let prefix = Array(bytes.prefix(ContentSniffer.prefixLength))
        guard prefix.contains(124), ContentSniffer.tableDelimiter(name: "body", prefix: prefix) == 124 else { return segment }
        var table = segment
        table.delimiter = 124
        return table
    }

    func plainText(kind: ContentKind, prefix: [UInt8], source: some ByteSource, path: String, bytes: Int) throws {
        let name = String(path.split(separator: "!").last?.split(separator: "/").last ?? "")
        // An old Mac's text ends its lines with CR alone: read with LF, so that lines count
        // and line rules hold (the same offsets).
        // A calendar's or a contact card's folded lines are read joined (`FoldedLines`).
        func lines(_ source: some ByteSource, _ text: [UInt8]) -> any ByteSource {
            let crOnly = text.contains(13) && !text.contains(10)
            if FoldedLines<MemorySource>.folds(text) { return crOnly ? FoldedLines(CarriageReturnLines(source)) : FoldedLines(source) }
            return crOnly ? CarriageReturnLines(source) : source
        }
        switch kind {
        case .utf16(let little, let bom):
            let decoded = TextExtractor.decodePrefix(prefix, littleEndian: little, bom: bom)
            let delimiter = ContentSniffer.tableDelimiter(name: name, prefix: decoded)
            try document(path: path, format: kind.format(delimiter: delimiter), bytes: bytes,
                         [TextSegment(source: lines(UTF16Source(source, littleEndian: little, bom: bom), decoded), delimiter: delimiter)])
        case .windows1252:
            let delimiter = ContentSniffer.tableDelimiter(name: name, prefix: prefix)
            try document(path: path, format: kind.format(delimiter: delimiter), bytes: bytes,
                         [TextSegment(source: lines(Windows1252Source(source), prefix), delimiter: delimiter)])
        default:
            let delimiter = ContentSniffer.tableDelimiter(name: name, prefix: prefix)
            try document(path: path, format: kind.format(delimiter: delimiter), bytes: bytes,
                         [TextSegment(source: lines(source, prefix), delimiter: delimiter)])
        }
    }

    // MARK: Archives

    func checkDepth(_ depth: Int, _ path: String) throws {
        if depth >= budget.limits.maxDepth {
            throw LimitExceeded(reason: "containers nested deeper than \(budget.limits.maxDepth) levels at \(path) (limit)")
        }
    }

    /// A zip: an Office or OpenDocument file if its structure says so, else an archive.
    func zip(path: String, depth: Int, size: Int, open: () throws -> ArchiveReader, readAt: (Int, Int) -> [UInt8]) throws {
        try checkDepth(depth, path)
        // Pass one: member names, and the small parts that say what the zip is.
        var names = Set<String>()
        var contentTypes: String?, mimetype: String?
        var headerError: ArchiveHeaderError?
        do {
            let reader = try open()
            while let entry = try reader.next() {
                names.insert(entry.name)
                if (entry.name == "[Content_Types].xml" || entry.name == "mimetype") && !entry.encrypted {
                    let blob = try? Blob.read(limit: 1 << 20, tooLarge: "") { try reader.read(into: $0) }
                    let text = blob.map { String(decoding: $0.bytes, as: UTF8.self) }
                    if entry.name == "mimetype" { mimetype = text } else { contentTypes = text }
                }
            }
        } catch let error as ArchiveHeaderError {
            headerError = error
        }
        if names.isEmpty, let headerError {
            try record(path, .error, reason: "unreadable zip: \(headerError.message)", format: "zip", bytes: size)
            return
        }
        if let kind = OfficeParts.kind(names: names, contentTypes: contentTypes, mimetype: mimetype) {
            var parts = OfficeParts()
            var embedded: [(name: String, blob: Blob)] = []
            var embeddedBytes = 0, embeddedLeft: [String] = []
            let reader = try open()
            while let entry = try? reader.next() {
                guard !entry.encrypted else { continue }
                if OfficeParts.isEmbeddedDocument(entry.name) {
                    // Held in memory until the document's own parts are read: at most 64 of
                    // them, and no more bytes in all than one member may have.
                    guard embedded.count < 64, embeddedBytes < budget.limits.maxMemberBytes else { embeddedLeft.append(entry.name); continue }
                    let blob = try reader.readAll(name: entry.name)
                    embeddedBytes += blob.count
                    embedded.append((entry.name, blob))
                    continue
                }
                guard OfficeParts.wanted(entry.name, kind: kind) else { continue }
                parts.names.append(entry.name)
                parts.parts[entry.name] = try reader.readAll(name: entry.name)
            }
            // Embedded documents first: a member's risk raises its container's record.
            for name in embeddedLeft.prefix(64) {
                try record(path + "!" + name, .error, reason: "embedded document not read: the document's embedded ones exceed \(ExtractionLimits.describe(budget.limits.maxMemberBytes)) (limit)",
                           format: nil, bytes: 0)
            }
            for item in embedded {
                let memberPath = path + "!" + item.name
                do {
                    try memory(item.blob, path: memberPath, depth: depth + 1)
                } catch let error as ExtractionError {
                    try record(memberPath, .error, reason: error.reason, format: nil, bytes: item.blob.count)
                }
            }
            let segments: [TextSegment]
            if kind.hasPrefix("od") {
                segments = try ODFExtractor(parts: parts, xml: xml, textLimit: textLimit).segments(kind: kind)
            } else {
                segments = try OOXMLExtractor(parts: parts, xml: xml, textLimit: textLimit).segments(kind: kind)
            }
            try document(path: path, format: kind, bytes: size, segments)
            return
        }
        let directory = ZipDirectory.read(size: size, readAt: readAt)
        if directory.overlapping {
            throw LimitExceeded(reason: "zip entries share their data (overlapping-entry zip bomb)")
        }
        try members(path: path, depth: depth, size: size, format: "zip", open: open) { name in
            directory.kinds[name] ?? "zip"
        }
    }

    func archive(path: String, name: String, depth: Int, size: Int, open: () throws -> ArchiveReader) throws {
        try checkDepth(depth, path)
        try members(path: path, depth: depth, size: size, format: name, open: open) { _ in
            name == "7z" ? "7z-aes" : name
        }
    }

    /// Visits every member of an archive, then the archive's own record.
    func members(path: String, depth: Int, size: Int, format: String, open: () throws -> ArchiveReader,
                 encryptionKind: (String) -> String) throws {
        let reader = try open()
        var count = 0, encrypted = 0
        var problem: String?
        while true {
            let entry: ArchiveReader.Entry
            do {
                guard let next = try reader.next() else { break }
                entry = next
            } catch let error as ArchiveHeaderError {
                if count == 0 && error.mentionsEncryption {
                    try record(path, .encrypted, reason: "archive headers are encrypted: \(error.message)",
                               encryption: encryptionKind(""), format: format, bytes: size)
                    return
                }
                problem = count == 0 ? "unreadable \(format): \(error.message)" : "\(format) ends early after \(count) members: \(error.message)"
                break
            }
            count += 1
            let memberPath = path + "!" + displayName(entry.name, outer: path, raw: reader.isRaw)
            if entry.encrypted {
                encrypted += 1
                try record(memberPath, .encrypted, reason: "encrypted archive member", encryption: encryptionKind(entry.name),
                           format: nil, bytes: entry.size ?? 0)
                continue
            }
            do {
                try member(reader, path: memberPath, depth: depth, declaredSize: entry.size)
            } catch let error as ExtractionError {
                let lower = error.reason.lowercased()
                if lower.contains("passphrase") || lower.contains("encrypt") || lower.contains("decryption") {
                    encrypted += 1
                    try record(memberPath, .encrypted, reason: "encrypted archive member", encryption: encryptionKind(entry.name),
                               format: nil, bytes: entry.size ?? 0)
                } else {
                    try record(memberPath, .error, reason: error.reason, format: nil, bytes: entry.size ?? 0)
                }
            }
        }
        let summary = "\(count) member\(count == 1 ? "" : "s")" + (encrypted > 0 ? ", \(encrypted) encrypted" : "")
        if let problem {
            try record(path, .error, reason: problem, format: format, bytes: size)
        } else {
            try visit(.result(FileResult(path: path, status: .scanned, reason: summary, format: format, bytes: size)))
        }
    }

    /// One member: streamed to the scanner if it is plain text, else read into memory and
    /// extracted recursively.
    func member(_ reader: ArchiveReader, path: String, depth: Int, declaredSize: Int?) throws {
        var prefix = [UInt8](repeating: 0, count: ContentSniffer.prefixLength)
        var filled = 0
        while filled < prefix.count {
            let got = try prefix.withUnsafeMutableBytes { try reader.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...])) }
            if got == 0 { break }
            filled += got
        }
        prefix.removeLast(prefix.count - filled)
        let format = FileFormat.detect(prefix)
        // (A dump in SQL is read in memory when its size is known: a `.sql.gz` stream's is not.)
        if case .text(let kind) = format, !SQLDumpExtractor.reads(kind, path: path, size: declaredSize ?? .max, limit: budget.limits.maxMemberBytes) {
            try plainText(kind: kind, prefix: prefix, source: ArchiveMemberSource(reader: reader, prefix: prefix), path: path,
                          bytes: declaredSize ?? filled)
            return
        }
        switch format {
        case .binary(let what):
            // Images, executables, unknown data: nothing to read, so not decompressed further.
            try record(path, .skipped, reason: "\(what) (no text to read)", format: "binary", bytes: declaredSize ?? filled)
            return
        case .empty:
            try record(path, .skipped, reason: "empty file", format: "empty", bytes: 0)
            return
        case .encrypted(let kind, let what):
            try record(path, .encrypted, reason: what, encryption: kind, format: kind, bytes: declaredSize ?? filled)
            return
        default: break
        }
        let limit = budget.limits.maxMemberBytes
        var handed = false
        let blob = try Blob.read(limit: limit, initial: max(filled + 1, min(declaredSize ?? 0, limit) + 1),
                                 tooLarge: "member larger than \(ExtractionLimits.describe(limit)) (limit)") { buffer in
            if !handed {
                handed = true
                prefix.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress!, byteCount: min($0.count, buffer.count)) }
                return min(prefix.count, buffer.count)
            }
            return try reader.read(into: buffer)
        }
        try memory(blob, path: path, depth: depth + 1, format: format)
    }

    /// A member name as shown: the raw stream of a `.gz` is named after the file.
    func displayName(_ name: String, outer: String, raw: Bool) -> String {
        guard raw, name == "data" else { return name }
        let base = String(outer.split(separator: "!").last?.split(separator: "/").last ?? "data")
        for suffix in [".gz", ".tgz", ".bz2", ".xz", ".zst", ".Z"] where base.hasSuffix(suffix) {
            return String(base.dropLast(suffix.count))
        }
        return "data"
    }
}
