/// Reads a zip's central directory just far enough to tell how each member is
/// encrypted (libarchive says only whether): ZipCrypto, WinZip AES (method 99) or PKWARE
/// strong encryption (flag bit 6).
enum ZipDirectory {
    /// Encryption kind by member name, for encrypted members. `readAt(offset, count)`
    /// returns up to `count` bytes at `offset`; `size` is the zip's size.
    static func encryptionKinds(size: Int, readAt: (Int, Int) -> [UInt8]) -> [String: String] {
        read(size: size, readAt: readAt).kinds
    }

    /// Encryption kinds, and whether several directory entries share one local header
    /// (an "overlapping entries" bomb, which libarchive would silently read once).
    static func read(size: Int, readAt: (Int, Int) -> [UInt8]) -> (kinds: [String: String], overlapping: Bool) {
        let tailLength = min(size, 65_557)
        let tail = readAt(size - tailLength, tailLength)
        guard tail.count >= 22 else { return ([:], false) }
        var eocd: Int?
        var index = tail.count - 22
        while index >= 0 {
            if tail[index] == 0x50 && tail[index + 1] == 0x4B && tail[index + 2] == 5 && tail[index + 3] == 6 { eocd = index; break }
            index -= 1
        }
        guard let at = eocd else { return ([:], false) }
        let directorySize = Int(le32(tail, at + 12)), directoryOffset = Int(le32(tail, at + 16))
        guard directorySize > 0, directorySize <= 64 << 20, directoryOffset + directorySize <= size else { return ([:], false) }
        let directory = readAt(directoryOffset, directorySize)
        var kinds: [String: String] = [:]
        var position = 0
        var offsets = Set<UInt32>(), entries = 0
        while position + 46 <= directory.count, le32(directory, position) == 0x0201_4B50 {
            let flags = le16(directory, position + 8), method = le16(directory, position + 10)
            let nameLength = Int(le16(directory, position + 28)), extraLength = Int(le16(directory, position + 30))
            let commentLength = Int(le16(directory, position + 32))
            guard position + 46 + nameLength <= directory.count else { break }
            entries += 1
            offsets.insert(le32(directory, position + 42))
            if flags & 1 != 0 {
                let name = String(decoding: directory[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
                kinds[name] = method == 99 ? "zip-aes" : (flags & 0x40 != 0 ? "zip-strong" : "zip-zipcrypto")
            }
            position += 46 + nameLength + extraLength + commentLength
        }
        return (kinds, offsets.count < entries)
    }

    static func le16(_ bytes: [UInt8], _ at: Int) -> UInt16 { UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 }
    static func le32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }
}
