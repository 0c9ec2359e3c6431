#if arch(x86_64)
import CSIMD
#endif

/// Sixteen bytes tested at once, one bit of the result a byte (the lowest bit the first
/// byte): the only user of the compiler's SSE2 intrinsics (every x86-64 processor has SSE2;
/// Swift's own SIMD comparisons compile to a loop a lane). Elsewhere, a byte at a time.
enum ByteMasks {
    /// ASCII digits among `base[0..<16]`.
    @inline(__always) static func digits(_ base: UnsafeRawPointer) -> UInt32 {
        #if arch(x86_64)
        return UInt32(truncatingIfNeeded: _mm_movemask_epi8(within(load(base, 0), 48, 10)))
        #else
        var mask: UInt32 = 0
        for index in 0..<16 where (48...57).contains(base.load(fromByteOffset: index, as: UInt8.self)) { mask |= 1 << UInt32(index) }
        return mask
        #endif
    }

    /// Tabs, bars and equals signs among `base[0..<16]` (`GatedShapes.Gate.mark`).
    @inline(__always) static func marks(_ base: UnsafeRawPointer) -> UInt32 {
        #if arch(x86_64)
        let bytes = load(base, 0)
        let marks = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(9)), _mm_cmpeq_epi8(bytes, _mm_set1_epi8(124))),
                                 _mm_cmpeq_epi8(bytes, _mm_set1_epi8(61)))
        return UInt32(truncatingIfNeeded: _mm_movemask_epi8(marks))
        #else
        var mask: UInt32 = 0
        for index in 0..<16 where GatedShapes.Gate.isMark(base.load(fromByteOffset: index, as: UInt8.self)) { mask |= 1 << UInt32(index) }
        return mask
        #endif
    }

    /// ASCII letters and digits among `base[0..<16]` (`KeywordWords`), and the same with the
    /// underscore: the bytes a pattern's `\\b` takes for a word's.
    @inline(__always) static func alnumAndWord(_ base: UnsafeRawPointer) -> (alnum: UInt32, word: UInt32) {
        #if arch(x86_64)
        let bytes = load(base, 0)
        let alnum = _mm_or_si128(within(_mm_or_si128(bytes, _mm_set1_epi8(0x20)), 97, 26), within(bytes, 48, 10))
        let word = _mm_or_si128(alnum, _mm_cmpeq_epi8(bytes, _mm_set1_epi8(95)))
        return (UInt32(truncatingIfNeeded: _mm_movemask_epi8(alnum)), UInt32(truncatingIfNeeded: _mm_movemask_epi8(word)))
        #else
        var alnum: UInt32 = 0, word: UInt32 = 0
        for index in 0..<16 {
            let byte = base.load(fromByteOffset: index, as: UInt8.self)
            if isAlnum(byte) { alnum |= 1 << UInt32(index) }
            if isAlnum(byte) || byte == 95 { word |= 1 << UInt32(index) }
        }
        return (alnum, word)
        #endif
    }

    /// Where a word may begin among `base[1...16]` (`WordTriggers`): a capital's first byte (A
    /// to Z, C3 to C8), or a small letter after a blank (a byte up to a space) with two bytes
    /// after it that are not blanks. Reads `base[0..<20]`. (Two, not three: a note's "leo w",
    /// "kai walsh" begin with a three-letter given name, `WordTriggers.split`'s shortest small
    /// word; with three, the pass found them only in a buffer's last bytes, read one by one.)
    @inline(__always) static func wordStarts(_ base: UnsafeRawPointer) -> UInt32 {
        #if arch(x86_64)
        let previous = load(base, 0), bytes = load(base, 1)
        let capital = _mm_or_si128(within(bytes, 65, 26), within(bytes, 0xC3, 6))
        let next2 = _mm_min_epu8(load(base, 2), load(base, 3))
        let small = _mm_andnot_si128(blank(next2), _mm_and_si128(blank(previous), within(bytes, 97, 26)))
        return UInt32(truncatingIfNeeded: _mm_movemask_epi8(_mm_or_si128(capital, small)))
        #else
        var mask: UInt32 = 0
        for index in 0..<16 where isWordStart(base + index + 1) { mask |= 1 << UInt32(index) }
        return mask
        #endif
    }

    /// A byte that begins a capitalised word: A to Z, or the lead byte of a capital beyond ASCII
    /// as `{upper}` has them (C3 to C5, C8; C6 and C7 are taken too, for a simpler test).
    /// (`wordStarts` tests the same, sixteen bytes at once.)
    @inline(__always) static func isCapitalStart(_ byte: UInt8) -> Bool {
        (65...90).contains(byte) || (0xC3...0xC8).contains(byte)
    }

    /// `wordStarts` for one position (the byte before it and the three after it readable).
    @inline(__always) static func isWordStart(_ at: UnsafeRawPointer) -> Bool {
        let byte = at.load(as: UInt8.self)
        if isCapitalStart(byte) { return true }
        return (97...122).contains(byte) && at.load(fromByteOffset: -1, as: UInt8.self) <= 32
            && at.load(fromByteOffset: 1, as: UInt8.self) > 32 && at.load(fromByteOffset: 2, as: UInt8.self) > 32
    }

    #if arch(x86_64)
    @inline(__always) private static func load(_ base: UnsafeRawPointer, _ offset: Int) -> __m128i {
        _mm_loadu_si128((base + offset).assumingMemoryBound(to: __m128i.self))
    }

    /// Per byte, all ones where `low <= byte < low + span` (unsigned).
    @inline(__always) private static func within(_ bytes: __m128i, _ low: UInt8, _ span: UInt8) -> __m128i {
        _mm_cmplt_epi8(_mm_add_epi8(bytes, _mm_set1_epi8(Int8(bitPattern: 0x80 &- low))), _mm_set1_epi8(Int8(bitPattern: 0x80 &+ span)))
    }

    /// Per byte, all ones where the byte is at most a space.
    @inline(__always) private static func blank(_ bytes: __m128i) -> __m128i {
        _mm_cmpeq_epi8(_mm_min_epu8(bytes, _mm_set1_epi8(32)), bytes)
    }
    #endif
}
