import Foundation
import Vectorscan

/// Phase one's literal triggers that are a word and a space ("Olivia ", " aaliyah ", "(Amy ",
/// "Mr "), found without Vectorscan: at each byte that may begin such a word, its first bytes
/// are looked up in a bitmap, and only the few that pass are read to their space and looked
/// up whole. Vectorscan's literal matcher slows with the number of its literals (the 7,400
/// given names' took the trigger pass from about 1.9 GB/s to 0.76 on clean text); this pass
/// reports the same hits, trigger by trigger, at a fraction of that cost.
///
/// A literal qualifies when it ends with a space and the rest splits into a `prefix` and a
/// `word` of at least two bytes, none of them a blank (a byte up to a space), where either the
/// word begins with a capital (an ASCII one, or the lead byte of an accented one, C3 to C8,
/// looked for wherever it is), or it begins with a small letter, is three bytes or more, and the
/// prefix ends with a space, a tab or a line break (looked for after every blank). Every occurrence
/// of such a literal has its word's first byte at a position this pass visits and its word
/// running to the next space, so the pass finds what Vectorscan would: hits reported as
/// `Match(id: trigger, from: 0, to: end)`. It finds three things more: a literal whose word is
/// followed by a hyphen where the space would be, at a word's first hyphen ("Amy-Leigh Cole"
/// gives "Amy ", the hyphen standing for its space; Vectorscan, nothing), one whose word ends a
/// Markdown bold ("**Geoff** – off", the first asterisk standing for the space), and one whose
/// word ends a line ("Bernadette\nÓ Súilleabháin", a name a line wraps; a pattern that allows
/// the line break reads on, the others fail there).
final class WordTriggers: @unchecked Sendable {
    /// The distinct words, one after another, and per word where it begins, its length, its
    /// hash and its literals (a range of the literals' arrays); per literal, its prefix's
    /// bytes (a range of `prefixBytes`) and its trigger. Filled once, read by every scan
    /// (constants, so that reading them takes no exclusivity check).
    private struct Table {
        var words: [UInt8] = []
        var wordStart: [Int32] = [], wordLength: [Int32] = [], wordHash: [UInt32] = []
        var literalsStart: [Int32] = [], literalsEnd: [Int32] = []
        var prefixBytes: [UInt8] = []
        var prefixStart: [Int32] = [], prefixLength: [Int32] = [], literalTrigger: [UInt32] = []
        /// Open addressing: word index + 1, 0 for an empty slot.
        var slots: [Int32] = []
        var longestWord = 0
    }
    private let table: Table
    private let slotMask: Int
    /// Bit per hash of a word's first four bytes (a word of three bytes with its space) and of
    /// a two-byte word's three (with its space): almost every word of a text fails here.
    private let bitmap: UnsafeMutablePointer<UInt64>

    /// 64 KB of bitmap: about 2% of its bits set, so that a few in a hundred words pass (a
    /// smaller one, kept in the first-level cache, let more through and was slower).
    static let bitmapBits = 19

    /// Splits a literal trigger into the prefix and the word, if this pass can find it: a word
    /// of two bytes or more, none of them a space, a tab or a control byte, that begins with a
    /// capital, or with a small letter after a prefix that ends with a space, a tab or a line break
    /// (then of three bytes or more, " kai ": a shorter word, " mr ", stays with Vectorscan).
    static func split(_ literal: [UInt8]) -> (prefix: [UInt8], word: [UInt8])? {
        guard literal.count >= 3, literal.last == 32 else { return nil }
        let body = literal.dropLast()
        let wordStart: Int
        if let separator = body.lastIndex(where: { $0 == 32 || $0 == 10 || $0 == 9 }) {
            wordStart = separator + 1
            guard wordStart < body.endIndex, ByteMasks.isCapitalStart(body[wordStart]) || (97...122).contains(body[wordStart]) && body.count - wordStart >= 3
            else { return nil }
        } else {
            guard let first = body.firstIndex(where: ByteMasks.isCapitalStart) else { return nil }
            wordStart = first
        }
        let word = body[wordStart...]
        guard word.count >= 2, word.allSatisfy({ $0 > 32 }) else { return nil }
        return (Array(body[..<wordStart]), Array(word))
    }

    init(literals: [(bytes: [UInt8], trigger: UInt32)]) {
        var byWord: [[UInt8]: [(prefix: [UInt8], trigger: UInt32)]] = [:], order: [[UInt8]] = []
        for (bytes, trigger) in literals {
            guard let (prefix, word) = Self.split(bytes) else { continue }
            if byWord[word] == nil { order.append(word) }
            byWord[word, default: []].append((prefix, trigger))
        }
        bitmap = .allocate(capacity: (1 << Self.bitmapBits) / 64)
        bitmap.initialize(repeating: 0, count: (1 << Self.bitmapBits) / 64)
        var table = Table()
        for word in order {
            table.wordStart.append(Int32(table.words.count))
            table.wordLength.append(Int32(word.count))
            table.wordHash.append(Self.hash(word))
            table.words += word
            table.longestWord = max(table.longestWord, word.count)
            table.literalsStart.append(Int32(table.literalTrigger.count))
            for (prefix, trigger) in byWord[word]! {
                table.prefixStart.append(Int32(table.prefixBytes.count))
                table.prefixLength.append(Int32(prefix.count))
                table.prefixBytes += prefix
                table.literalTrigger.append(trigger)
            }
            table.literalsEnd.append(Int32(table.literalTrigger.count))
            // (A three-byte word before a hyphen, "Amy-Leigh", loads its hyphen as its fourth byte;
            // before a Markdown bold's end, "**Amy** –", its asterisk.)
            for key in word.count == 3 ? [Self.key(word), Self.key(word, then: 45), Self.key(word, then: 42)] : [Self.key(word)] {
                let bit = Self.bitmapIndex(key)
                bitmap[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
        var capacity = 16
        while capacity < order.count * 2 { capacity <<= 1 }
        table.slots = [Int32](repeating: 0, count: capacity)
        for (index, hash) in table.wordHash.enumerated() {
            var slot = Int(hash) & (capacity - 1)
            while table.slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            table.slots[slot] = Int32(index + 1)
        }
        self.table = table
        slotMask = capacity - 1
    }

    deinit { bitmap.deallocate() }

    /// A word's first four bytes as the pass loads them (little-endian), a space (or `then`)
    /// after it and zeros past that.
    static func key(_ word: [UInt8], then: UInt8 = 32) -> UInt32 {
        let bytes = word + [then, 0, 0]
        return UInt32(bytes[0]) | UInt32(bytes[1]) << 8 | UInt32(bytes[2]) << 16 | UInt32(bytes[3]) << 24
    }

    /// The bitmap's bit for the four bytes at a word's start: of a two-byte word (its third
    /// byte a space), the first three only.
    @inline(__always) static func bitmapIndex(_ key: UInt32) -> Int {
        let masked = (key >> 16) & 0xFF == 32 ? key & 0xFF_FFFF : key
        return Int((masked &* 0x9E37_79B1) >> UInt32(32 - bitmapBits))
    }

    static func hash(_ word: UnsafeRawBufferPointer) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in word { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }

    static func hash(_ word: [UInt8]) -> UInt32 { word.withUnsafeBytes { hash($0) } }

    // MARK: The pass

    /// The positions among `base[1...64]` this pass visits, one bit each
    /// (`ByteMasks.wordStarts`). Reads `base[0...67]`.
    @inline(__always) private static func visits(_ base: UnsafeRawPointer) -> UInt64 {
        var marks: UInt64 = 0
        for block in 0..<4 { marks |= UInt64(ByteMasks.wordStarts(base + block * 16)) << UInt64(block * 16) }
        return marks
    }

    /// Appends every hit in `buffer` to `matches`: first the positions whose first bytes pass
    /// the bitmap (a few in a hundred words), then those read whole.
    func scan(_ buffer: UnsafeRawBufferPointer, into matches: inout [Match]) {
        guard !table.wordHash.isEmpty, let base = buffer.baseAddress, buffer.count >= 3 else { return }
        let count = buffer.count
        withUnsafeTemporaryAllocation(of: Int.self, capacity: Self.batch) { passed in
            var position = 0
            while position < count {
                let (next, found) = passing(base, count, from: position, into: passed.baseAddress!)
                for index in 0..<found { read(base, count, passed[index], &matches) }
                position = next
            }
        }
    }

    static let batch = 256

    /// From `from` on, the positions that pass the bitmap, at most `batch` of them into
    /// `passed`; where to go on from, and how many.
    private func passing(_ base: UnsafeRawPointer, _ count: Int, from: Int, into passed: UnsafeMutablePointer<Int>) -> (next: Int, found: Int) {
        var found = 0
        var position = from
        if position == 0 {
            if ByteMasks.isCapitalStart(base.load(as: UInt8.self)), passes(base, count, 0) { passed[found] = 0; found += 1 }
            position = 1
        }
        // 64 bytes at a time, while the batch has room for all 64: one bit a position.
        while position + 68 <= count, found + 64 <= Self.batch {
            // The bitmap's answers gathered into a mask without a branch on any of them (a
            // branch a word mispredicts and throws the other words' loads away).
            var marks = Self.visits(base + position - 1), passing: UInt64 = 0
            while marks != 0 {
                let offset = marks.trailingZeroBitCount
                let bit = Self.bitmapIndex(base.loadUnaligned(fromByteOffset: position + offset, as: UInt32.self))
                passing |= ((bitmap[bit >> 6] >> UInt64(bit & 63)) & 1) << UInt64(offset)
                marks &= marks &- 1
            }
            while passing != 0 {
                passed[found] = position + passing.trailingZeroBitCount
                found &+= 1
                passing &= passing &- 1
            }
            position += 64
        }
        // A batch too full for another 64 goes back to be read; the byte loop below is for the
        // buffer's last bytes only (running it on a full batch's account took clean text a byte
        // at a time until the batch filled: a third of a clean scan).
        if position + 68 <= count { return (position, found) }
        // The last bytes one at a time (a word there ends by the buffer's end), while the batch
        // has room (a text of capitals could fill it: every byte a visit).
        while position < count {
            guard found < Self.batch else { return (position, found) }
            let byte = base.load(fromByteOffset: position, as: UInt8.self)
            if ByteMasks.isCapitalStart(byte) || (97...122).contains(byte) && base.load(fromByteOffset: position - 1, as: UInt8.self) <= 32,
               passes(base, count, position) {
                passed[found] = position
                found += 1
            }
            position += 1
        }
        return (position, found)
    }

    /// Whether the bytes at `start` pass the bitmap.
    @inline(__always)
    private func passes(_ base: UnsafeRawPointer, _ count: Int, _ start: Int) -> Bool {
        let key: UInt32
        if start + 4 <= count {
            key = base.loadUnaligned(fromByteOffset: start, as: UInt32.self)
        } else {
            guard start + 3 <= count else { return false }
            key = UInt32(base.load(fromByteOffset: start, as: UInt8.self)) | UInt32(base.load(fromByteOffset: start + 1, as: UInt8.self)) << 8
                | UInt32(base.load(fromByteOffset: start + 2, as: UInt8.self)) << 16
        }
        let bit = Self.bitmapIndex(key)
        return bitmap[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// The word at `start` passed the bitmap: reads it to its space and reports its literals.
    /// A hyphenated word is looked up to its first hyphen too, the hyphen standing for the
    /// literal's space ("Kacey-Leigh", "kacey-leigh", "Amy-Leigh": the second part no name of
    /// the list): the name patterns take a hyphenated given name from its first part. These
    /// are the hits beyond Vectorscan's.
    private func read(_ base: UnsafeRawPointer, _ count: Int, _ start: Int, _ matches: inout [Match]) {
        var end = start + 2, hyphen = -1, bold = -1
        let limit = min(count, start + table.longestWord + 1)
        while end < limit {
            let byte = base.load(fromByteOffset: end, as: UInt8.self)
            // (A line break stands for the space too: a name a line wraps, "Bernadette\nÓ Súilleabháin".)
            if byte == 32 || byte == 10 || byte == 13 { break }
            if byte == 45, hyphen < 0 { hyphen = end }
            if byte == 42, bold < 0 { bold = end }
            end += 1
        }
        if end < limit { report(base, start, length: end - start, matches: &matches) }
        if hyphen > 0 { report(base, start, length: hyphen - start, matches: &matches) }
        // A word in Markdown bold is looked up to its asterisks, which stand for the space: a
        // note's heading, "**Geoff** – off until further notice" (round 1495's invigilators).
        if bold > 0, bold + 1 < count, base.load(fromByteOffset: bold + 1, as: UInt8.self) == 42 {
            report(base, start, length: bold - start, matches: &matches)
        }
    }

    /// Reports the literals of the word `base[start..<start + length]` (its space or hyphen
    /// after it), if it is one of the table's.
    private func report(_ base: UnsafeRawPointer, _ start: Int, length: Int, matches: inout [Match]) {
        let hash = Self.hash(UnsafeRawBufferPointer(start: base + start, count: length))
        var slot = Int(hash) & slotMask
        while true {
            let index = Int(table.slots[slot]) - 1
            guard index >= 0 else { return }
            if table.wordHash[index] == hash, Int(table.wordLength[index]) == length,
               table.words.withUnsafeBytes({ memcmp($0.baseAddress! + Int(table.wordStart[index]), base + start, length) == 0 }) {
                for literal in Int(table.literalsStart[index])..<Int(table.literalsEnd[index]) {
                    let count = Int(table.prefixLength[literal])
                    guard count <= start else { continue }
                    if count == 0 || table.prefixBytes.withUnsafeBytes({ memcmp($0.baseAddress! + Int(table.prefixStart[literal]), base + start - count, count) == 0 }) {
                        matches.append(Match(id: table.literalTrigger[literal], from: 0, to: start + length + 1))
                    }
                }
                return
            }
            slot = (slot + 1) & slotMask
        }
    }
}
