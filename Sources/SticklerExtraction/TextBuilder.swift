/// Accumulates extracted text, bounded by the budget, with an optional location map.
struct TextBuilder {
    var bytes: [UInt8] = []
    var map: LocationMap?
    let limit: Int

    init(limit: Int, map: LocationMap? = nil) {
        self.limit = limit
        self.map = map
    }

    var full: Bool { bytes.count >= limit }

    /// The source line last noted in `map` (`mark`).
    var markedLine = 0

    /// Notes that the text appended next comes from the source's `line` (a `.lines` map only;
    /// a line is noted where it changes).
    mutating func mark(line: Int) {
        // (0: no line known, the text's own line is reported.)
        let line = mapsLines && line > 0 ? line + lineOffset : 0
        guard map != nil, line != markedLine, !full else { return }
        map!.add(offset: bytes.count, line: line)
        markedLine = line
    }

    /// Added to every line `mark` notes: where a part (an e-mail's HTML body) begins in its file.
    var lineOffset = 0
    /// Whether `mark` notes lines at all (not for a part whose place in the file is unknown).
    var mapsLines = true

    mutating func append(_ raw: UnsafeRawBufferPointer, decode: Bool) {
        guard !full else { return }
        if decode { XMLScanner.appendDecoded(raw, to: &bytes) } else { bytes.append(contentsOf: raw) }
    }

    /// Bytes already text (decoded, or never markup).
    mutating func append(_ raw: [UInt8]) {
        guard !full else { return }
        bytes.append(contentsOf: raw)
    }

    mutating func append(_ byte: UInt8) {
        guard !full else { return }
        bytes.append(byte)
    }

    mutating func append(_ text: String) {
        guard !full else { return }
        bytes.append(contentsOf: text.utf8)
    }

    /// Ends a line unless the text is empty or already ends one.
    mutating func newline() {
        if let last = bytes.last, last != 10 { append(10) }
    }

    func segment(delimiter: UInt8? = nil) -> TextSegment {
        TextSegment(text: bytes, delimiter: delimiter, map: map)
    }
}
