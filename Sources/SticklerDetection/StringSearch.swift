import Foundation

// Substring search on UTF-8 bytes for this module. With Foundation imported, an unqualified
// `text.contains("bloggs")` resolves to Foundation's `StringProtocol.contains(_:)`, which
// searches through NSString (UTF-16, locale-aware): 3-4% of a scan of text dense with
// identifiers, from a value's `value_until`, a mailbox's placeholder check and a bank
// account's labels. These concrete overloads win over the generic ones; on a literal search
// ("no options") the answers are the same but for Unicode's canonical equivalents (a
// decomposed "é" is not a precomposed one here), which no rule's word depends on.

extension String {
    /// Whether `other` occurs in this text, byte for byte. (An empty `other` does not, as
    /// Foundation answered.)
    func contains(_ other: String) -> Bool { ByteSearch.firstOffset(of: other, in: self) != nil }

    /// Whether `other` occurs in this text, byte for byte.
    func contains(_ other: Substring) -> Bool { ByteSearch.firstOffset(of: other, in: self) != nil }
}

extension Substring {
    /// Whether `other` occurs in this text, byte for byte.
    func contains(_ other: String) -> Bool { ByteSearch.firstOffset(of: other, in: self) != nil }
}

enum ByteSearch {
    /// The byte offset of `needle`'s first occurrence in `text`'s UTF-8, or nil (and nil for
    /// an empty needle).
    static func firstOffset<Needle: StringProtocol, Text: StringProtocol>(of needle: Needle, in text: Text) -> Int? {
        withBytes(needle, text) { needle, haystack in
            guard !needle.isEmpty, let h = haystack.baseAddress, let n = needle.baseAddress, needle.count <= haystack.count else { return nil }
            // (memchr for the first byte, memcmp for the rest: Glibc's memmem is not exported.)
            let first = Int32(n.pointee), last = haystack.count - needle.count
            var start = 0
            while start <= last {
                guard let hit = memchr(h + start, first, last - start + 1) else { return nil }
                let offset = UnsafeRawPointer(hit) - UnsafeRawPointer(h)
                if memcmp(h + offset, n, needle.count) == 0 { return offset }
                start = offset + 1
            }
            return nil
        }
    }

    /// The byte offset of `needle`'s last occurrence in `text`'s UTF-8, or nil.
    static func lastOffset<Needle: StringProtocol, Text: StringProtocol>(of needle: Needle, in text: Text) -> Int? {
        withBytes(needle, text) { needle, haystack in
            guard !needle.isEmpty, let h = haystack.baseAddress, let n = needle.baseAddress, needle.count <= haystack.count else { return nil }
            var start = haystack.count - needle.count
            while start >= 0 {
                if h[start] == n[0], memcmp(h + start, n, needle.count) == 0 { return start }
                start -= 1
            }
            return nil
        }
    }

    /// Both texts' UTF-8 as contiguous bytes, without a copy where the text is native (a
    /// bridged or foreign one is copied).
    private static func withBytes<Needle: StringProtocol, Text: StringProtocol, Result>(
        _ needle: Needle, _ text: Text, _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        func withText(_ needle: UnsafeBufferPointer<UInt8>) -> Result {
            text.utf8.withContiguousStorageIfAvailable { body(needle, $0) } ?? Array(text.utf8).withUnsafeBufferPointer { body(needle, $0) }
        }
        return needle.utf8.withContiguousStorageIfAvailable(withText) ?? Array(needle.utf8).withUnsafeBufferPointer(withText)
    }
}
