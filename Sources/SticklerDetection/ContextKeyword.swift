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

    /// The end of this keyword's match starting at `start` if it ends within `lower...upper`
    /// (the first byte already compared).
    @inline(__always)
    func end(at start: Int, in buffer: UnsafeRawBufferPointer, endingFrom lower: Int, to upper: Int) -> Int? {
        if boundedStart {
            let before = start > 0 && Self.isWord(buffer[start - 1])
            if before == Self.isWord(buffer[start]) { return nil }
        }
        var index = start + 1, position = 1
        while position < bytes.count {
            if bytes[position] == 32 {
                var run = 0
                while index < upper && run < 3 && Self.isSeparator(buffer[index]) { index += 1; run += 1 }
                if run == 0 { return nil }
            } else {
                if index >= upper || Self.fold(buffer[index]) != bytes[position] { return nil }
                index += 1
            }
            position += 1
        }
        guard index >= lower, index <= upper else { return nil }
        if boundedEnd {
            let after = index < buffer.count && Self.isWord(buffer[index])
            if after == Self.isWord(buffer[index - 1]) { return nil }
        }
        return index
    }

    @inline(__always) static func fold(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
    @inline(__always) static func isWord(_ byte: UInt8) -> Bool { isAlnum(byte) || byte == 95 }
    @inline(__always) static func isSeparator(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 95 || byte == 45 }
}

/// A detector's context keywords, looked up in one pass over the window: at each byte only
/// the keywords that begin with it are tried (a pass per keyword was most of the lookup's
/// cost on text dense with candidates).
struct ContextKeywordSet: Sendable {
    let keywords: [ContextKeyword]
    /// By folded first byte: indices into `keywords`.
    let byFirstByte: [[Int]]
    let span: Int

    init(_ keywords: [ContextKeyword]) {
        self.keywords = keywords
        var table = [[Int]](repeating: [], count: 256)
        for (index, keyword) in keywords.enumerated() {
            if let first = keyword.bytes.first { table[Int(first)].append(index) }
        }
        byFirstByte = table
        span = keywords.map(\.span).max() ?? 0
    }

    var isEmpty: Bool { keywords.isEmpty }

    /// The keyword whose match ends first within `lower...upper` (the lower id on a tie), and
    /// that end. Word boundaries are judged on the real neighbouring bytes, as in a scan of
    /// the whole buffer, so this agrees with the chunk-wide keyword index.
    func first(in buffer: UnsafeRawBufferPointer, endingFrom lower: Int, to upper: Int) -> (end: Int, id: Int)? {
        var best: (end: Int, id: Int)?
        var start = max(0, lower - span)
        while start < upper {
            if let best, start >= best.end { break } // a later start ends later
            let candidates = byFirstByte[Int(ContextKeyword.fold(buffer[start]))]
            for index in candidates {
                let keyword = keywords[index]
                guard let end = keyword.end(at: start, in: buffer, endingFrom: lower, to: upper) else { continue }
                if best == nil || (end, keyword.id) < (best!.end, best!.id) { best = (end, keyword.id) }
            }
            start += 1
        }
        return best
    }
}
