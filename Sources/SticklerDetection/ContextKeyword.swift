/// One context keyword, matched in Swift (by `ContextKeywordSet`) in the few bytes around a
/// candidate: a Vectorscan call per candidate cost about five times as much as that loop
/// over a window of a hundred bytes. It matches exactly what `KeywordPattern.expression` compiles to:
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
        let lower = KeywordPattern.lowerASCII(text)
        bytes = Array(lower.utf8)
        (boundedStart, boundedEnd) = KeywordPattern.boundedEnds(lower)
        span = KeywordPattern.width(bytes)
    }

    @inline(__always) static func fold(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
    @inline(__always) static func isWord(_ byte: UInt8) -> Bool { isAlnum(byte) || byte == 95 }
    /// A space, a tab, a line break (a label wrapped in a form: "Date of\nbirth:"), an
    /// underscore or a hyphen.
    @inline(__always) static func isSeparator(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 || byte == 95 || byte == 45 }
}

/// A detector's context keywords, looked up in one pass over the window: at each byte only
/// the keywords that begin with it are tried (a pass per keyword was most of the lookup's
/// cost on text dense with candidates). The keywords are kept flat (their bytes in one
/// array, plain-integer entries grouped by first byte) so that the loop touches no
/// reference-counted storage.
struct ContextKeywordSet: Sendable {
    struct Entry: Sendable {
        var id: Int
        /// The keyword's bytes: `bytes[offset..<offset + count]`.
        var offset: Int
        var count: Int
        var boundedStart: Bool
        var boundedEnd: Bool
    }

    /// Entries grouped by folded first byte: those for byte `b` are `entries[firstStart[b]..<firstStart[b + 1]]`.
    let entries: [Entry]
    let firstStart: [Int]
    /// Per byte as it is in the text (not folded): 0 when no keyword begins with it, 1 when
    /// one does at a word's start only (a letter's: inside a word, most bytes are skipped
    /// at once), 2 when one may begin inside a word. One lookup decides most bytes.
    let startKind: [UInt8]
    /// Per byte: whether it is a word byte (`ContextKeyword.isWord`).
    static let wordBytes: [Bool] = (0..<256).map { ContextKeyword.isWord(UInt8($0)) }
    let bytes: [UInt8]
    let span: Int
    /// A bit per pair of folded bytes that some keyword begins with (its second byte any
    /// separator where the keyword has a space there): a byte whose pair is not set begins
    /// no keyword, decided without trying the entries (most letters' in text dense with
    /// candidates, where the lookup's windows overlap).
    let pairs: [UInt64]

    init(_ keywords: [ContextKeyword]) {
        var entries: [Entry] = [], bytes: [UInt8] = [], firstStart = [Int](repeating: 0, count: 257)
        for byte in 0..<256 {
            firstStart[byte] = entries.count
            for keyword in keywords where keyword.bytes.first.map(Int.init) == byte {
                entries.append(Entry(id: keyword.id, offset: bytes.count, count: keyword.bytes.count,
                                     boundedStart: keyword.boundedStart, boundedEnd: keyword.boundedEnd))
                bytes += keyword.bytes
            }
        }
        firstStart[256] = entries.count
        startKind = (0..<256).map { raw in
            let byte = Int(ContextKeyword.fold(UInt8(raw)))
            let starting = entries[firstStart[byte]..<firstStart[byte + 1]]
            if starting.isEmpty { return 0 }
            return starting.contains { !$0.boundedStart || !ContextKeyword.isWord(UInt8(byte)) } ? 2 : 1
        }
        var pairs = [UInt64](repeating: 0, count: 1024)
        for entry in entries {
            let first = Int(bytes[entry.offset])
            let seconds: [UInt8] = entry.count < 2 ? (0...255).map(UInt8.init)
                : bytes[entry.offset + 1] == 32 ? [32, 9, 10, 13, 95, 45] : [bytes[entry.offset + 1]]
            for second in seconds {
                let key = first << 8 | Int(ContextKeyword.fold(second))
                pairs[key >> 6] |= 1 << UInt64(key & 63)
            }
        }
        self.entries = entries
        self.firstStart = firstStart
        self.bytes = bytes
        self.pairs = pairs
        span = keywords.map(\.span).max() ?? 0
    }

    var isEmpty: Bool { entries.isEmpty }

    /// The keyword whose match ends first within `lower...upper` (the lower id on a tie), and
    /// that end. Word boundaries are judged on the real neighbouring bytes, as in a scan of
    /// the whole buffer, so this agrees with the chunk-wide keyword index.
    func first(in buffer: UnsafeRawBufferPointer, endingFrom lower: Int, to upper: Int) -> (end: Int, id: Int)? {
        entries.withUnsafeBufferPointer { entries in
            firstStart.withUnsafeBufferPointer { firstStart in
                startKind.withUnsafeBufferPointer { startKind in
                Self.wordBytes.withUnsafeBufferPointer { wordBytes in
                pairs.withUnsafeBufferPointer { pairs in
                bytes.withUnsafeBufferPointer { bytes in
                    var best: (end: Int, id: Int)?
                    var start = max(0, lower - span)
                    while start < upper {
                        let raw = buffer[start]
                        let kind = startKind[Int(raw)]
                        // No keyword begins here, or only at a word's start and this is inside one.
                        if kind == 0 || (kind == 1 && start > 0 && wordBytes[Int(buffer[start - 1])]) { start += 1; continue }
                        if let best, start >= best.end { break } // a later start ends later
                        let byte = Int(ContextKeyword.fold(raw))
                        // Nor with this byte and the next.
                        if start + 1 < buffer.count {
                            let key = byte << 8 | Int(ContextKeyword.fold(buffer[start + 1]))
                            if pairs[key >> 6] & (1 << UInt64(key & 63)) == 0 { start += 1; continue }
                        }
                        var index = firstStart[byte]
                        let stop = firstStart[byte + 1]
                        while index < stop {
                            let entry = entries[index]
                            index += 1
                            guard let end = Self.end(of: entry, bytes, at: start, in: buffer, endingFrom: lower, to: upper) else { continue }
                            if best == nil || (end, entry.id) < (best!.end, best!.id) { best = (end, entry.id) }
                        }
                        start += 1
                    }
                    return best
                }
                }
                }
                }
            }
        }
    }

    /// The end of `entry`'s match starting at `start` if it ends within `lower...upper` (its
    /// first byte already compared), as `ContextKeyword` describes the match.
    @inline(__always)
    static func end(of entry: Entry, _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, in buffer: UnsafeRawBufferPointer,
                    endingFrom lower: Int, to upper: Int) -> Int? {
        if entry.boundedStart {
            let before = start > 0 && ContextKeyword.isWord(buffer[start - 1])
            if before == ContextKeyword.isWord(buffer[start]) { return nil }
        }
        var index = start + 1, position = entry.offset + 1
        let last = entry.offset + entry.count
        while position < last {
            if bytes[position] == 32 {
                var run = 0
                while index < upper && run < 3 && ContextKeyword.isSeparator(buffer[index]) { index += 1; run += 1 }
                if run == 0 { return nil }
            } else {
                if index >= upper || ContextKeyword.fold(buffer[index]) != bytes[position] { return nil }
                index += 1
            }
            position += 1
        }
        guard index >= lower, index <= upper else { return nil }
        if entry.boundedEnd {
            let after = index < buffer.count && ContextKeyword.isWord(buffer[index])
            if after == ContextKeyword.isWord(buffer[index - 1]) { return nil }
        }
        return index
    }
}

/// Where a keyword set's match begins, given where it ends: the set's database is compiled
/// without start of match (Vectorscan's start-of-match mode took a first start's compile of
/// the special-category sets several megabytes higher, and their scans slower), and the few
/// matches it reports are looked up here. A match is what `KeywordPattern.expression`
/// compiles to, as `ContextKeyword` reads it, but for a keyword in capitals, matched in
/// capitals only; its start is the leftmost, as Vectorscan's would be.
struct KeywordStarts: Sendable {
    struct Keyword: Sendable {
        /// Lower-cased (as written, for one in capitals); 0x20 stands for the separator run.
        var bytes: [UInt8]
        var capitals: Bool
        var boundedStart: Bool
        var boundedEnd: Bool
    }

    /// Keywords grouped by their folded first byte.
    let byFirst: [[Keyword]]
    /// The widest text a match can cover.
    let span: Int

    init(_ keywords: [String]) {
        var byFirst = [[Keyword]](repeating: [], count: 256), span = 0
        for keyword in keywords {
            let text = KeywordPattern.written(keyword)
            let bounded = KeywordPattern.boundedEnds(text)
            let bytes = Array(text.utf8)
            guard let first = bytes.first else { continue }
            byFirst[Int(ContextKeyword.fold(first))].append(Keyword(bytes: bytes, capitals: KeywordPattern.isCapitals(keyword),
                                                                    boundedStart: bounded.start, boundedEnd: bounded.end))
            span = max(span, KeywordPattern.width(bytes))
        }
        self.byFirst = byFirst
        self.span = span
    }

    /// The leftmost start of a keyword's match that ends at `end`, if any.
    func start(in buffer: UnsafeRawBufferPointer, endingAt end: Int) -> Int? {
        guard end > 0, end <= buffer.count else { return nil }
        for start in max(0, end - span)..<end {
            for keyword in byFirst[Int(ContextKeyword.fold(buffer[start]))] where Self.matches(keyword, buffer, from: start, to: end) {
                return start
            }
        }
        return nil
    }

    /// Whether `keyword` matches `buffer[from..<to]` exactly, its word boundaries holding.
    static func matches(_ keyword: Keyword, _ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool {
        if keyword.boundedStart, (from > 0 && ContextKeyword.isWord(buffer[from - 1])) == ContextKeyword.isWord(buffer[from]) { return false }
        var index = from
        for byte in keyword.bytes {
            if byte == 32 {
                var run = 0
                while index < to && run < 3 && ContextKeyword.isSeparator(buffer[index]) { index += 1; run += 1 }
                if run == 0 { return false }
            } else {
                guard index < to else { return false }
                let text = buffer[index]
                if keyword.capitals ? text != byte : ContextKeyword.fold(text) != byte { return false }
                index += 1
            }
        }
        guard index == to else { return false }
        if keyword.boundedEnd, (to < buffer.count && ContextKeyword.isWord(buffer[to])) == ContextKeyword.isWord(buffer[to - 1]) { return false }
        return true
    }
}
