/// Legacy Office (.doc, .xls, .ppt), Outlook .msg and encrypted OOXML, all compound
/// files. Encryption is recognised by structure: `EncryptionInfo` + `EncryptedPackage`
/// (password-protected .docx/.xlsx/.pptx), the Word FIB `fEncrypted` flag, an Excel
/// `FILEPASS` record, a PowerPoint `EncryptedSummary` stream. Outlook messages give
/// their subject, sender, recipients and body, and their attachments are extracted
/// recursively. An Excel workbook's BIFF8 stream gives its sheets as tables (`XLSWorkbook`:
/// numbers in cells are read, located as `Sheet1!B12`); every other stream, and a workbook
/// stream that is not BIFF8 or is corrupt, gives its UTF-16 and 8-bit text runs (no
/// PowerPoint records). A Word 97-2003 document is read through its piece table
/// (`WordBinary`: text in order, tables located by cell); one this cannot follow (Word 6,
/// a damaged FIB) gives its text runs too.
enum CompoundFileExtractor {
    static func extract(_ blob: Blob, path: String, depth: Int, run: ExtractionRun) throws {
        let file: CompoundFile
        do {
            file = try CompoundFile(blob.bytes)
        } catch let error as ExtractionError {
            try run.record(path, .error, reason: "unreadable compound file: \(error.reason)", format: "cfb", bytes: blob.count)
            return
        }
        let names = Set(file.entries.map(\.path))
        if names.contains("EncryptionInfo") && names.contains("EncryptedPackage") {
            var kind = "ooxml"
            if let info = file.entry("EncryptionInfo") {
                let head = file.read(info).prefix(4)
                if head.count == 4 { kind = head[0] == 4 && head[2] == 4 ? "ooxml-agile" : "ooxml-standard" }
            }
            try run.record(path, .encrypted, reason: "password-protected Office document (encrypted OOXML package)",
                           encryption: kind, format: "ooxml-encrypted", bytes: blob.count)
            return
        }
        if let word = file.entry("WordDocument") {
            let fib = file.read(word).prefix(12)
            if fib.count == 12 && fib[0] == 0xEC && fib[1] == 0xA5 && fib[11] & 0x01 != 0 {
                try run.record(path, .encrypted, reason: "password-protected Word document", encryption: "doc", format: "doc", bytes: blob.count)
                return
            }
        }
        // Compound-file names compare without case: some exporters write `WORKBOOK`.
        let book = file.entries.first { $0.isStream && !$0.path.contains("/") && ["workbook", "book"].contains($0.name.lowercased()) }
        if let book, hasFilePass(file.read(book)) {
            try run.record(path, .encrypted, reason: "password-protected Excel workbook", encryption: "xls", format: "xls", bytes: blob.count)
            return
        }
        if names.contains("PowerPoint Document") && names.contains("EncryptedSummary") {
            try run.record(path, .encrypted, reason: "password-protected PowerPoint presentation", encryption: "ppt", format: "ppt", bytes: blob.count)
            return
        }
        if names.contains("__properties_version1.0") {
            try message(file, path: path, depth: depth, size: blob.count, run: run)
            return
        }
        let format = names.contains("WordDocument") ? "doc" : book != nil ? "xls"
            : names.contains("PowerPoint Document") ? "ppt" : "cfb"
        var tables: [TextSegment] = []
        var text = TextBuilder(limit: run.textLimit)
        // A Word document read through its piece table: its own streams are done.
        var done = Set<String>()
        if format == "doc", let word = file.entry("WordDocument") {
            let stream = file.read(word)
            try run.budget.expand(stream.count)
            var tableStream: [UInt8]?
            let segments = try WordBinary.segments(stream, tableStream: { name in
                tableStream = file.entry(name).map { file.read($0) }
                return tableStream
            }, limit: run.textLimit, checkTime: { try run.budget.checkTime() })
            try run.budget.expand(tableStream?.count ?? 0)
            if let segments {
                tables = segments
                done = ["WordDocument", "0Table", "1Table"]
            }
        }
        for entry in file.entries where entry.isStream && !done.contains(entry.path) {
            try run.budget.checkTime()
            let data = file.read(entry)
            try run.budget.expand(data.count)
            if format == "xls" && entry.path == book?.path {
                do {
                    tables = try XLSWorkbook.segments(data, textLimit: run.textLimit, budget: run.budget)
                    continue
                } catch is ExtractionError {
                    // Not BIFF8 (Excel 95 and older) or corrupt: read it as text runs below.
                }
            }
            TextRuns.append(data, to: &text)
        }
        try run.document(path: path, format: format, bytes: blob.count, tables + [text.segment()])
    }

    /// Whether the BIFF stream has a FILEPASS record (0x002F) before the first BOUNDSHEET.
    static func hasFilePass(_ stream: [UInt8]) -> Bool {
        var offset = 0
        var records = 0
        while offset + 4 <= stream.count && records < 200 {
            let type = Int(stream[offset]) | Int(stream[offset + 1]) << 8
            let length = Int(stream[offset + 2]) | Int(stream[offset + 3]) << 8
            if type == 0x002F { return true }
            if type == 0x0085 { return false }
            offset += 4 + length
            records += 1
        }
        return false
    }

    /// An Outlook message: its text properties as a document, attachments as files.
    static func message(_ file: CompoundFile, path: String, depth: Int, size: Int, run: ExtractionRun) throws {
        let fields: [(String, String)] = [("0C1A", "From"), ("0E04", "To"), ("0E03", "Cc"), ("0037", "Subject"), ("1000", "")]
        var text = TextBuilder(limit: run.textLimit)
        func property(_ storage: String, _ id: String) -> String? {
            let prefix = (storage.isEmpty ? "" : storage + "/") + "__substg1.0_" + id
            if let entry = file.entry(prefix + "001F") {
                let data = file.read(entry)
                var units: [UInt16] = []
                var index = 0
                while index + 1 < data.count {
                    units.append(UInt16(data[index]) | UInt16(data[index + 1]) << 8)
                    index += 2
                }
                while units.last == 0 { units.removeLast() }
                return String(decoding: units, as: UTF16.self)
            }
            if let entry = file.entry(prefix + "001E") { return String(decoding: file.read(entry), as: UTF8.self) }
            return nil
        }
        for (id, label) in fields {
            guard let value = property("", id) else { continue }
            text.append(label.isEmpty ? value : label + ": " + value)
            text.newline()
        }
        var tables: [TextSegment] = []
        if property("", "1000") == nil, let html = file.entry("__substg1.0_10130102") {
            let data = file.read(html)
            var markup = TextBuilder(limit: run.textLimit)
            try data.withUnsafeBytes { try MarkupExtractor.text($0, xml: run.xml, into: &markup, tables: &tables) }
            text.append(String(decoding: markup.bytes, as: UTF8.self))
        }
        let storages = file.entries.filter { !$0.isStream && $0.name.hasPrefix("__attach_version1.0_") && !$0.path.contains("/") }
        for (number, storage) in storages.enumerated() {
            guard let data = file.entry(storage.path + "/__substg1.0_37010102") else { continue }
            let name = (property(storage.path, "3707") ?? property(storage.path, "3704") ?? "attachment \(number + 1)")
                .replacingOccurrences(of: "!", with: "_")
            try run.budget.member()
            try run.checkDepth(depth + 1, path)
            let bytes = file.read(data)
            try run.budget.expand(bytes.count)
            try run.memory(Blob(bytes), path: path + "!" + name, depth: depth + 1)
        }
        // The message's own record last, after its attachments', as a container's is.
        try run.document(path: path, format: "msg", bytes: size, [text.segment()] + tables)
    }
}

/// Printable runs of at least four characters, as UTF-16LE and as 8-bit text, one run
/// per line: what can be read of a binary format without parsing it.
enum TextRuns {
    static let minimum = 4

    static func append(_ data: [UInt8], to text: inout TextBuilder) {
        // UTF-16LE runs (two alignments).
        for start in 0..<2 {
            var run: [UInt8] = []
            var index = start
            while index + 1 < data.count {
                let unit = UInt32(data[index]) | UInt32(data[index + 1]) << 8
                index += 2
                if printable(unit) && (unit < 0xD800 || unit > 0xDFFF) {
                    XMLScanner.appendScalar(unit == 13 ? 10 : unit, to: &run)
                    continue
                }
                flush(&run, into: &text, minimum: minimum)
            }
            flush(&run, into: &text, minimum: minimum)
        }
        // 8-bit runs (Windows-1252), skipping what is really UTF-16 (every other byte NUL).
        var run: [UInt8] = []
        for byte in data {
            if printable(UInt32(byte)) && byte != 0 {
                XMLScanner.appendScalar(byte == 13 ? 10 : Windows1252.scalar(byte), to: &run)
                continue
            }
            flush(&run, into: &text, minimum: minimum)
        }
        flush(&run, into: &text, minimum: minimum)
    }

    static func printable(_ unit: UInt32) -> Bool {
        unit == 9 || unit == 10 || unit == 13 || (unit >= 32 && unit != 127 && !(0x80...0x9F).contains(unit) || unit >= 0xA0)
    }

    static func flush(_ run: inout [UInt8], into text: inout TextBuilder, minimum: Int) {
        if run.count >= minimum {
            var letters = 0
            for byte in run where (byte >= 48 && byte <= 57) || (byte | 0x20 >= 97 && byte | 0x20 <= 122) { letters += 1 }
            if letters * 2 >= run.count {
                text.append(run)
                text.append(10)
            }
        }
        run.removeAll(keepingCapacity: true)
    }
}
