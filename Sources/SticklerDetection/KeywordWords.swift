import Foundation
import Vectorscan

/// The special-category keyword sets' keywords that begin with an ASCII letter or digit
/// ("asthma", "child protection plan", "LAC", "s47"), found without Vectorscan: at each byte
/// that begins a word (a letter or digit after a byte that is no word's), its first word (up to
/// eight bytes) is looked up in a bitmap, and only the few words that pass are compared with the
/// keywords that begin with that word. Over the keyword sets' 1,150 caseless keywords, each bounded by `\b`, Vectorscan
/// ran at about 450 MB/s, and ran over every chunk of a document once it held an identifier:
/// a third of a scan of mixed text. This pass reports the same keywords, at a fraction of that.
///
/// It matches as the engine's keyword patterns do (`KeywordPattern.expression`): ASCII letters
/// in any case, but a keyword in capitals as written; a space standing for one to three of
/// `[ \t\r\n_-]`; a word boundary at the start, and at the end where the keyword ends with a
/// letter or digit. Hits are `Match(id: set, from: start, to: end)`, one per set and end, from
/// the leftmost start (as `KeywordStarts` gives a Vectorscan end its start). A keyword this pass
/// cannot take (`accepts`: one beginning beyond ASCII, "السكري") stays with Vectorscan.
final class KeywordWords: @unchecked Sendable {
    /// Per keyword, ordered by key: where its bytes begin in `bytes` (lower-cased, as written for
    /// one in capitals; 0x20 stands for the separator run) and how many; how many of them its
    /// key vouches for (its first word's, up to eight; none for one in capitals, which is
    /// compared as written); whether it ends at a word boundary; its set.
    private let keywordStart: [Int32], keywordLength: [Int32], keywordSkip: [Int32]
    private let keywordBoundedEnd: [Bool]
    private let keywordSet: [UInt32]
    private let keywordCapitals: [Bool]
    private let bytes: UnsafeMutablePointer<UInt8>
    /// Per slot of an open-addressed table: a key (0: empty) and the range of its keywords.
    private let slotKeys: [UInt64], slotStart: [Int32], slotEnd: [Int32]
    private let slotMask: Int
    /// Bit per hash of a key: almost every word of a text fails here.
    private let bitmap: UnsafeMutablePointer<UInt64>
    static let bitmapBits = 16
    /// The widest text a keyword's match covers (a separator run of three for each space).
    let span: Int

    var isEmpty: Bool { keywordSet.isEmpty }

    /// Whether this pass can find `keyword` (as the set lists it): an ASCII letter or digit
    /// first, and each space between two bytes that are no separator, so that a run of
    /// separators is read greedily as the pattern reads it.
    static func accepts(_ keyword: String) -> Bool { accepts(Array(KeywordPattern.written(keyword).utf8)) }

    static func accepts(_ keyword: [UInt8]) -> Bool {
        guard let first = keyword.first, isAlnum(first) else { return false }
        for (index, byte) in keyword.enumerated() where byte == 32 {
            guard index > 0, index + 1 < keyword.count,
                  !ContextKeyword.isSeparator(keyword[index - 1]), !ContextKeyword.isSeparator(keyword[index + 1]) else { return false }
        }
        return true
    }

    /// The keywords as the sets give them, with their sets' ids; those `accepts` refuses are
    /// left out (the caller compiles them).
    init(keywords given: [(text: String, set: UInt32)]) {
        struct Entry { var key: UInt64; var bytes: [UInt8]; var capitals: Bool; var boundedEnd: Bool; var set: UInt32 }
        var list: [Entry] = []
        var span = 0
        for (text, set) in given {
            let capitals = KeywordPattern.isCapitals(text)
            let written = KeywordPattern.written(text)
            let bytes = Array(written.utf8)
            guard Self.accepts(bytes) else { continue }
            list.append(Entry(key: Self.key(bytes), bytes: bytes, capitals: capitals, boundedEnd: KeywordPattern.boundedEnds(written).end, set: set))
            span = max(span, KeywordPattern.width(bytes))
        }
        list.sort { $0.key < $1.key }
        self.span = span
        var starts: [Int32] = [], offset = 0
        for entry in list { starts.append(Int32(offset)); offset += entry.bytes.count }
        bytes = .allocate(capacity: max(1, offset))
        for (entry, start) in zip(list, starts) {
            for (index, byte) in entry.bytes.enumerated() { bytes[Int(start) + index] = byte }
        }
        keywordStart = starts
        keywordLength = list.map { Int32($0.bytes.count) }
        keywordSkip = list.map { $0.capitals ? 0 : Int32(Self.keyLength($0.bytes)) }
        keywordBoundedEnd = list.map(\.boundedEnd)
        keywordCapitals = list.map(\.capitals)
        keywordSet = list.map(\.set)
        bitmap = .allocate(capacity: (1 << Self.bitmapBits) / 64)
        bitmap.initialize(repeating: 0, count: (1 << Self.bitmapBits) / 64)
        var distinct: [(key: UInt64, start: Int, end: Int)] = []
        for (index, entry) in list.enumerated() {
            if let last = distinct.last, last.key == entry.key { distinct[distinct.count - 1].end = index + 1 } else { distinct.append((entry.key, index, index + 1)) }
            let bit = Self.bitmapIndex(entry.key)
            bitmap[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        var capacity = 16
        while capacity < distinct.count * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity), slotStarts = [Int32](repeating: 0, count: capacity), ends = slotStarts
        for entry in distinct {
            var slot = Self.slotIndex(entry.key, mask: capacity - 1)
            while keys[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = entry.key
            slotStarts[slot] = Int32(entry.start)
            ends[slot] = Int32(entry.end)
        }
        slotKeys = keys
        slotStart = slotStarts
        slotEnd = ends
        slotMask = capacity - 1
    }

    deinit {
        bitmap.deallocate()
        bytes.deallocate()
    }

    /// How many of a keyword's first bytes its key holds: its first word's, up to eight.
    static func keyLength(_ keyword: [UInt8]) -> Int {
        var length = 1
        while length < min(8, keyword.count), isAlnum(keyword[length]) { length += 1 }
        return length
    }

    /// A word's key: its first word (its letters and digits, up to eight bytes) with the ASCII
    /// letters' case bit set, zeros past that. A keyword's first word is the first word of any
    /// text it matches: its separators, and the byte after it, are no letter or digit.
    static func key(_ keyword: [UInt8]) -> UInt64 {
        var key: UInt64 = 0
        for index in 0..<keyLength(keyword) { key |= UInt64(keyword[index] | 0x20) << UInt64(8 * index) }
        return key
    }

    /// The key of the word at `base[0]`, from its eight bytes (`load`, little-endian) and which of
    /// them are letters or digits (`alnum`'s lowest eight bits).
    @inline(__always) static func key(load: UInt64, alnum: UInt64) -> UInt64 {
        // (The first is one; the key runs over the letters and digits after it, up to seven.)
        let length = 1 + (~(alnum &>> 1) & 0x7F | 0x80).trailingZeroBitCount
        return (load | 0x2020_2020_2020_2020) & (UInt64.max &>> UInt64(64 - 8 * length))
    }

    @inline(__always) static func bitmapIndex(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> UInt64(64 - bitmapBits))
    }

    @inline(__always) static func slotIndex(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0xC2B2_AE3D_27D4_EB4F) &>> 40) & mask
    }

    // MARK: The pass

    /// Appends the keywords' matches that begin in `buffer[from..<to]` (reading past `to` to
    /// their ends) to `matches`, one per set and end, in order of their ends.
    func scan(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int, into matches: inout [Match]) {
        guard !keywordSet.isEmpty, let base = buffer.baseAddress, from < to else { return }
        let count = buffer.count
        let first = matches.count
        var position = from
        // A word begins at `position` if the byte before is no word's; kept across blocks.
        var previousWord = position > 0 && ContextKeyword.isWord(base.load(fromByteOffset: position - 1, as: UInt8.self))
        // 64 bytes at a time while 80 can be read (the next block's first 16 for the keys).
        while position + 80 <= count, position < to {
            var alnum: UInt64 = 0, word: UInt64 = 0
            for block in 0..<4 {
                let masks = ByteMasks.alnumAndWord(base + position + block * 16)
                alnum |= UInt64(masks.alnum) << UInt64(block * 16)
                word |= UInt64(masks.word) << UInt64(block * 16)
            }
            let next = UInt64(ByteMasks.alnumAndWord(base + position + 64).alnum)
            var starts = alnum & ~(word << 1 | (previousWord ? 1 : 0))
            if position + 64 > to { starts &= (1 << UInt64(to - position)) - 1 }
            previousWord = word >> 63 != 0
            // The bitmap's answers gathered into a mask without a branch on any of them.
            var passing: UInt64 = 0
            var marks = starts
            while marks != 0 {
                let offset = marks.trailingZeroBitCount
                let bits = alnum &>> UInt64(offset) | (next &<< 1) &<< UInt64(63 - offset)
                let key = Self.key(load: base.loadUnaligned(fromByteOffset: position + offset, as: UInt64.self), alnum: bits)
                let bit = Self.bitmapIndex(key)
                passing |= ((bitmap[bit >> 6] &>> UInt64(bit & 63)) & 1) << UInt64(offset)
                marks &= marks &- 1
            }
            while passing != 0 {
                let offset = passing.trailingZeroBitCount
                let bits = alnum &>> UInt64(offset) | (next &<< 1) &<< UInt64(63 - offset)
                let start = position + offset
                read(base, count, start, key: Self.key(load: base.loadUnaligned(fromByteOffset: start, as: UInt64.self), alnum: bits), &matches)
                passing &= passing &- 1
            }
            position += 64
        }
        // The last bytes one at a time.
        while position < to {
            let byte = base.load(fromByteOffset: position, as: UInt8.self)
            if isAlnum(byte), !previousWord {
                var load: UInt64 = 0, bits: UInt64 = 0
                for index in 0..<8 where position + index < count {
                    let next = base.load(fromByteOffset: position + index, as: UInt8.self)
                    load |= UInt64(next) << UInt64(8 * index)
                    if isAlnum(next) { bits |= 1 << UInt64(index) }
                }
                let key = Self.key(load: load, alnum: bits)
                let bit = Self.bitmapIndex(key)
                if bitmap[bit >> 6] & (1 << UInt64(bit & 63)) != 0 { read(base, count, position, key: key, &matches) }
            }
            previousWord = ContextKeyword.isWord(byte)
            position += 1
        }
        // One per set and end, from the leftmost start.
        guard matches.count - first > 1 else { return }
        matches[first...].sort { ($0.to, $0.id, $0.from) < ($1.to, $1.id, $1.from) }
        var kept = first
        for index in first..<matches.count {
            if kept > first, matches[kept - 1].to == matches[index].to, matches[kept - 1].id == matches[index].id { continue }
            matches[kept] = matches[index]
            kept += 1
        }
        matches.removeLast(matches.count - kept)
    }

    /// The word at `start` passed the bitmap: compares the text with the keywords of its key.
    private func read(_ base: UnsafeRawPointer, _ count: Int, _ start: Int, key: UInt64, _ matches: inout [Match]) {
        var slot = Self.slotIndex(key, mask: slotMask)
        while true {
            let slotKey = slotKeys[slot]
            if slotKey == 0 { return }
            if slotKey == key { break }
            slot = (slot + 1) & slotMask
        }
        for index in Int(slotStart[slot])..<Int(slotEnd[slot]) {
            if let end = end(of: index, in: base, count, at: start) {
                matches.append(Match(id: keywordSet[index], from: start, to: end))
            }
        }
    }

    /// Where keyword `index` ends when it matches at `start` (a word's start, its key the
    /// keyword's), else nil.
    @inline(__always)
    private func end(of index: Int, in base: UnsafeRawPointer, _ count: Int, at start: Int) -> Int? {
        let skip = Int(keywordSkip[index]), length = Int(keywordLength[index])
        let keyword = bytes + Int(keywordStart[index])
        let capitals = keywordCapitals[index]
        var position = start + skip
        var next = skip
        while next < length {
            let byte = keyword[next]
            next += 1
            if byte == 32 {
                var run = 0
                while position < count, run < 3, ContextKeyword.isSeparator(base.load(fromByteOffset: position, as: UInt8.self)) { position += 1; run += 1 }
                if run == 0 { return nil }
            } else {
                guard position < count else { return nil }
                let text = base.load(fromByteOffset: position, as: UInt8.self)
                if capitals ? text != byte : ContextKeyword.fold(text) != byte { return nil }
                position += 1
            }
        }
        if keywordBoundedEnd[index], position < count, ContextKeyword.isWord(base.load(fromByteOffset: position, as: UInt8.self)) { return nil }
        return position
    }
}
