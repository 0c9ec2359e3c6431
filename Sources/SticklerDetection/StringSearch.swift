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
    func contains(_ other: String) -> Bool {
        ByteSearch.firstOffset(of: other, in: self) != nil
    }

    /// Whether `other` occurs in this text, byte for byte.
    func contains(_ other: Substring) -> Bool {
        ByteSearch.firstOffset(of: String(other), in: self) != nil
    }
}

extension Substring {
    /// Whether `other` occurs in this text, byte for byte.
    func contains(_ other: String) -> Bool {
        ByteSearch.firstOffset(of: other, in: String(self)) != nil
    }
}

enum ByteSearch {
    /// The byte offset of `needle`'s first occurrence in `text`'s UTF-8, or nil (and nil for
    /// an empty needle).
    static func firstOffset(of needle: String, in text: String) -> Int? {
        var needle = needle, text = text
        return text.withUTF8 { haystack in
            needle.withUTF8 { needle -> Int? in
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
    }

    /// The byte offset of `needle`'s last occurrence in `text`'s UTF-8, or nil.
    static func lastOffset(of needle: String, in text: String) -> Int? {
        var needle = needle, text = text
        return text.withUTF8 { haystack in
            needle.withUTF8 { needle -> Int? in
                guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
                var start = haystack.count - needle.count
                while start >= 0 {
                    if haystack[start] == needle[0], memcmp(haystack.baseAddress! + start, needle.baseAddress!, needle.count) == 0 { return start }
                    start -= 1
                }
                return nil
            }
        }
    }
}
