/// What a file is, from its content: magic bytes, then the shape of its text. The
/// extension is never consulted (except to name a CSV delimiter guess elsewhere).
enum FileFormat: Equatable {
    case zip
    /// Read through libarchive: 7z, rar, tar, gzip, bzip2, xz, zstd, cpio.
    case archive(String)
    case pdf
    case compoundFile
    /// An SQLite database (`SQLite format 3`).
    case sqlite
    /// A dBase table (`.dbf`), by its header's shape.
    case dbf
    case rtf
    case markup
    case json
    case email(mbox: Bool)
    case text(ContentKind)
    /// Recognised by signature as an encrypted container: (kind, description).
    case encrypted(String, String)
    case binary(String)
    case empty

    static func detect(_ prefix: [UInt8]) -> FileFormat {
        if prefix.isEmpty { return .empty }
        func starts(_ bytes: [UInt8]) -> Bool { prefix.starts(with: bytes) }
        if starts([0x50, 0x4B, 0x03, 0x04]) || starts([0x50, 0x4B, 0x05, 0x06]) || starts([0x50, 0x4B, 0x07, 0x08]) { return .zip }
        if starts(Array("%PDF-".utf8)) { return .pdf }
        if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .compoundFile }
        if SQLiteExtractor.isDatabase(prefix) { return .sqlite }
        if DBFExtractor.isTable(prefix) { return .dbf }
        if starts([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) { return .archive("7z") }
        if starts(Array("Rar!\u{1A}\u{07}".utf8)) { return .archive("rar") }
        if starts([0x1F, 0x8B]) { return .archive("gzip") }
        if starts(Array("BZh".utf8)) && prefix.count > 3 && (0x31...0x39).contains(prefix[3]) { return .archive("bzip2") }
        if starts([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return .archive("xz") }
        if starts([0x28, 0xB5, 0x2F, 0xFD]) { return .archive("zstd") }
        if prefix.count > 262 && Array(prefix[257..<262]) == Array("ustar".utf8) { return .archive("tar") }
        if starts(Array("LUKS".utf8) + [0xBA, 0xBE]) { return .encrypted("luks", "LUKS encrypted container") }
        if starts(Array("age-encryption.org/v1\n".utf8)) { return .encrypted("age", "age encrypted file") }
        let head = String(decoding: prefix.prefix(64), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if head.hasPrefix("-----BEGIN AGE ENCRYPTED FILE-----") { return .encrypted("age", "age encrypted file (armoured)") }
        if head.hasPrefix("-----BEGIN PGP MESSAGE-----") { return .encrypted("openpgp", "OpenPGP encrypted message (armoured)") }
        if isOpenPGP(prefix) { return .encrypted("openpgp", "OpenPGP encrypted message") }
        if starts(Array("{\\rtf".utf8)) { return .rtf }
        let kind = ContentSniffer.sniff(prefix)
        switch kind {
        case .empty: return .empty
        case .binary(let what): return .binary(what)
        case .utf16: return .text(kind)
        case .utf8, .windows1252:
            if isMarkup(prefix) { return .markup }
            if isJSON(prefix) { return .json }
            if let mbox = isEmail(prefix) { return .email(mbox: mbox) }
            return .text(kind)
        }
    }

    /// An OpenPGP message starts with a public-key or symmetric-key encrypted session key
    /// packet (tags 1, 3) or an encrypted data packet (18), with a known version byte.
    static func isOpenPGP(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 8, bytes[0] & 0x80 != 0 else { return false }
        let tag: UInt8, headerLength: Int
        if bytes[0] & 0x40 != 0 {
            tag = bytes[0] & 0x3F
            let first = bytes[1]
            headerLength = first < 192 ? 2 : (first < 224 ? 3 : (first == 255 ? 6 : 2))
        } else {
            tag = (bytes[0] >> 2) & 0x0F
            switch bytes[0] & 3 { case 0: headerLength = 2; case 1: headerLength = 3; case 2: headerLength = 5; default: return false }
        }
        guard headerLength < bytes.count else { return false }
        let version = bytes[headerLength]
        switch tag {
        case 1: return version == 3 || version == 6
        case 3: return version == 4 || version == 5 || version == 6
        case 18: return version == 1 || version == 2
        default: return false
        }
    }

    static func isMarkup(_ prefix: [UInt8]) -> Bool {
        var text = String(decoding: prefix.prefix(1024), as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let lower = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if lower.hasPrefix("<?xml") || lower.hasPrefix("<!doctype") || lower.hasPrefix("<html") { return true }
        if lower.hasPrefix("<"), let second = lower.dropFirst().first, second.isLetter {
            return String(decoding: prefix, as: UTF8.self).contains("</")
        }
        return false
    }

    /// Starts with `{` or `[` followed by what JSON allows there.
    static func isJSON(_ prefix: [UInt8]) -> Bool {
        var index = 0
        if prefix.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        while index < prefix.count && isSpace(prefix[index]) { index += 1 }
        guard index < prefix.count, prefix[index] == 123 || prefix[index] == 91 else { return false }
        let open = prefix[index]
        index += 1
        while index < prefix.count && isSpace(prefix[index]) { index += 1 }
        guard index < prefix.count else { return false }
        let next = prefix[index]
        if open == 123 { return next == 34 || next == 125 }
        return next == 34 || next == 123 || next == 91 || next == 93 || next == 45 || (48...57).contains(next)
            || next == 116 || next == 102 || next == 110
    }

    static let mailHeaders: Set<String> = ["from", "to", "subject", "date", "received", "mime-version", "return-path",
                                           "message-id", "delivered-to", "cc", "reply-to", "x-mailer", "content-type"]

    /// nil if not e-mail; true for an mbox (`From ` separator lines).
    static func isEmail(_ prefix: [UInt8]) -> Bool? {
        let text = String(decoding: prefix.prefix(4096), as: UTF8.self)
        // (On Characters, "\r\n" is one line break: mail saved from Outlook or Thunderbird has
        // CRLF endings.)
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).prefix(40)
        var mbox = false
        if let first = lines.first, first.hasPrefix("From ") { mbox = true; lines.removeFirst() }
        var known = 0
        for line in lines {
            if line.isEmpty { break }
            if line.first == " " || line.first == "\t" { continue }
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let name = line[..<colon].lowercased()
            guard !name.isEmpty, !name.contains(" ") else { return nil }
            if mailHeaders.contains(name) { known += 1 }
        }
        return known >= 2 ? mbox : nil
    }
}

import Foundation
