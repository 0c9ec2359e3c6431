/// One context keyword, matched in Swift in the few bytes around a candidate: a Vectorscan
/// call per candidate cost about five times as much as this loop over a window of a
/// hundred bytes. It matches exactly what `KeywordPattern.expression` compiles to:
/// caseless (ASCII), a space in the keyword standing for one to three spaces, tabs,
/// underscores or hyphens, and a word boundary (ASCII letters, digits and `_`) at an end
/// that is a letter or digit. A keyword counts when its match ends within the window.
struct ContextKeyword: Sendable {
    /// Index into `Engine.keywordTexts`.
    let id: Int
    /// Lower-cased; 0x20 stands for the separator run.
    let bytes: [UInt8]
    let boundedStart: Bool
    let boundedEnd: Bool
    /// The widest text a match can cover (each space may stand for three bytes).
    let span: Int

    init(id: Int, text: String) {
        self.id = id
        let lower = text.lowercased()
        bytes = Array(lower.utf8)
        (boundedStart, boundedEnd) = KeywordPattern.boundedEnds(lower)
        span = bytes.count + 2 * bytes.filter { $0 == 32 }.count
    }

    /// The end of the earliest match that ends within `lower...upper`, or nil. Word
    /// boundaries are judged on the real neighbouring bytes, as in a scan of the whole
    /// buffer, so this agrees with the chunk-wide keyword index.
    func firstEnd(in buffer: UnsafeRawBufferPointer, endingFrom lower: Int, to upper: Int) -> Int? {
        guard let first = bytes.first else { return nil }
        var start = max(0, lower - span)
        while start < upper {
            defer { start += 1 }
            guard Self.fold(buffer[start]) == first else { continue }
            if boundedStart {
                let before = start > 0 && Self.isWord(buffer[start - 1])
                if before == Self.isWord(buffer[start]) { continue }
            }
            var index = start, position = 0
            var matched = true
            while position < bytes.count {
                if bytes[position] == 32 {
                    var run = 0
                    while index < upper && run < 3 && Self.isSeparator(buffer[index]) { index += 1; run += 1 }
                    if run == 0 { matched = false; break }
                } else {
                    if index >= upper || Self.fold(buffer[index]) != bytes[position] { matched = false; break }
                    index += 1
                }
                position += 1
            }
            guard matched, index >= lower else { continue }
            if boundedEnd {
                let after = index < buffer.count && Self.isWord(buffer[index])
                if after == Self.isWord(buffer[index - 1]) { continue }
            }
            return index
        }
        return nil
    }

    @inline(__always) static func fold(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
    @inline(__always) static func isWord(_ byte: UInt8) -> Bool { isAlnum(byte) || byte == 95 }
    @inline(__always) static func isSeparator(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 95 || byte == 45 }
}
