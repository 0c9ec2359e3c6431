import Foundation

/// E-mail (`.eml`, and `.mbox` split on `From ` lines): the headers and text bodies as
/// one document per message, quoted-printable and base64 decoded, HTML bodies stripped;
/// attachments (and any non-text part) are extracted recursively as files named
/// `mail.eml!attachment-name`.
struct EmailExtractor {
    let run: ExtractionRun
    let depth: Int

    func extract(_ blob: Blob, path: String, mbox: Bool) throws {
        let bytes = blob.bytes
        guard mbox else {
            try message(bytes, path: path, size: blob.count)
            return
        }
        // Split on lines starting "From " at the start of a line.
        var starts: [Int] = []
        var index = 0
        while index < bytes.count {
            if (index == 0 || bytes[index - 1] == 10) && matches(bytes, at: index, "From ") { starts.append(index) }
            guard let newline = memchr(bytes.baseAddress! + index, 10, bytes.count - index) else { break }
            index = bytes.baseAddress!.distance(to: UnsafeRawPointer(newline)) + 1
        }
        for (number, start) in starts.enumerated() {
            try run.budget.checkTime()
            let end = number + 1 < starts.count ? starts[number + 1] : bytes.count
            var body = start
            while body < end && bytes[body] != 10 { body += 1 }
            try message(UnsafeRawBufferPointer(rebasing: bytes[min(body + 1, end)..<end]), path: path + "!message \(number + 1)", size: end - start)
        }
        try run.record(path, .scanned, reason: "\(starts.count) messages", format: "mbox", bytes: blob.count)
    }

    func message(_ bytes: UnsafeRawBufferPointer, path: String, size: Int) throws {
        // (Its body's lines mapped to the message's own: the headers it leaves out, such as
        // "Content-Type", do not shift a finding's line.)
        var text = TextBuilder(limit: run.textLimit, map: LocationMap(.lines))
        var attachments: [(name: String, data: [UInt8])] = []
        var tables: [TextSegment] = []
        try part(bytes, text: &text, tables: &tables, attachments: &attachments, level: 0, base: bytes.baseAddress)
        var used: [String: Int] = [:]
        for attachment in attachments {
            var name = attachment.name
            used[name, default: 0] += 1
            if used[name]! > 1 { name += " (\(used[name]!))" }
            try run.budget.member()
            try run.checkDepth(depth + 1, path)
            try run.memory(Blob(attachment.data), path: path + "!" + name, depth: depth + 1)
        }
        // The message's own record last, after its attachments', as a container's is.
        try run.document(path: path, format: "email", bytes: size, [text.segment()] + tables)
    }

    /// One MIME part: headers into the text, then the body by its type.
    /// `base`: the start of the message `bytes` lie in, whose lines a body's are counted in
    /// (nil for a message decoded from another's part).
    func part(_ bytes: UnsafeRawBufferPointer, text: inout TextBuilder, tables: inout [TextSegment],
              attachments: inout [(name: String, data: [UInt8])], level: Int, base: UnsafeRawPointer? = nil) throws {
        guard level < 32 else { return }
        let (headers, bodyStart) = Self.headers(bytes)
        // (The message's own headers each at its line: a finding in "To:" is on the To line,
        // whatever headers before it, "Return-Path", "Received", are left out.)
        let headerLine = base.flatMap { base in bytes.baseAddress.map { Self.line(of: $0, from: base) } }
        for (name, value, line) in headers where level == 0 || name == "subject" {
            if ["from", "to", "cc", "bcc", "subject", "reply-to", "date"].contains(name) {
                if level == 0, let headerLine { text.mark(line: headerLine + line - 1) }
                text.append(name.capitalized + ": " + Self.decodeWords(value))
                text.append(10)
            }
        }
        if level == 0 { text.append(10) }
        let body = UnsafeRawBufferPointer(rebasing: bytes[bodyStart...])
        let type = headers.first { $0.name == "content-type" }?.value ?? "text/plain"
        let lowerType = type.lowercased()
        let encoding = (headers.first { $0.name == "content-transfer-encoding" }?.value ?? "").lowercased()
        let disposition = headers.first { $0.name == "content-disposition" }?.value ?? ""
        if lowerType.hasPrefix("multipart/"), let boundary = Self.parameter("boundary", in: type) {
            for sub in Self.split(body, boundary: boundary) {
                try part(sub, text: &text, tables: &tables, attachments: &attachments, level: level + 1, base: base)
            }
            return
        }
        let decoded = Self.decode(body, encoding: encoding)
        try run.budget.expand(decoded.count)
        let filename = Self.parameter("filename", in: disposition) ?? Self.parameter("name", in: type)
        let isAttachment = disposition.lowercased().hasPrefix("attachment") || filename != nil
        // The message's line where the body begins.
        let bodyLine = base.flatMap { base in body.baseAddress.map { Self.line(of: $0, from: base) } }
        let verbatim = !["quoted-printable", "base64"].contains(encoding)
        if !isAttachment && lowerType.hasPrefix("text/html") {
            // (A page's own lines, from the body's first: exact unless encoded.)
            if let bodyLine { text.lineOffset = bodyLine - 1 } else { text.mark(line: 0); text.mapsLines = false }
            try decoded.withUnsafeBytes { try MarkupExtractor.text($0, xml: run.xml, into: &text, tables: &tables) }
            text.lineOffset = 0
            text.mapsLines = true
            text.newline()
        } else if !isAttachment && (lowerType.hasPrefix("text/") || lowerType.isEmpty) {
            // A plain body that is a table as a text file would be (an exams office's list
            // pasted with its columns lined up by spaces, "Name  ULN  Prev grade"): read with
            // its header, as the same lines saved as a file are.
            if let delimiter = ContentSniffer.tableDelimiter(name: "", prefix: Array(decoded.prefix(ContentSniffer.prefixLength))) {
                // (Each line where the message holds it, as a plain body's are: the table's
                // line 28 is the message's 35 under seven lines of headers.)
                var lines: LocationMap?
                if let bodyLine, verbatim {
                    var map = LocationMap(.lines)
                    var line = bodyLine
                    map.add(offset: 0, line: line)
                    for index in decoded.indices where decoded[index] == 10 && index + 1 < decoded.count {
                        line += 1
                        map.add(offset: index + 1, line: line)
                    }
                    lines = map
                }
                tables.append(TextSegment(text: decoded, delimiter: delimiter, map: lines))
                return
            }
            if let bodyLine, verbatim {
                // Line by line, each where the message holds it.
                var line = bodyLine, start = 0
                while start < decoded.count {
                    var end = start
                    while end < decoded.count, decoded[end] != 10 { end += 1 }
                    if end < decoded.count { end += 1 }
                    text.mark(line: line)
                    text.append(Array(decoded[start..<end]))
                    line += 1
                    start = end
                }
            } else {
                text.mark(line: bodyLine ?? 0)
                text.append(decoded)
            }
            text.newline()
        } else if lowerType.hasPrefix("message/rfc822") {
            try decoded.withUnsafeBytes { try part($0, text: &text, tables: &tables, attachments: &attachments, level: level + 1) }
        } else if !decoded.isEmpty {
            let name = (filename.map(Self.decodeWords) ?? "part \(attachments.count + 1)").replacingOccurrences(of: "!", with: "_")
            attachments.append((name, decoded))
        }
    }

    /// The 1-based line of `pointer` in the text that begins at `base`.
    static func line(of pointer: UnsafeRawPointer, from base: UnsafeRawPointer) -> Int {
        let count = base.distance(to: pointer)
        guard count > 0 else { return 1 }
        let bytes = UnsafeRawBufferPointer(start: base, count: count)
        return 1 + bytes.reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
    }

    /// Header fields (names lower-cased, folded lines joined, each with its first line in
    /// `bytes`) and where the body starts.
    static func headers(_ bytes: UnsafeRawBufferPointer) -> ([(name: String, value: String, line: Int)], Int) {
        var fields: [(name: String, value: String, line: Int)] = []
        var index = 0, number = 0
        while index < bytes.count {
            number += 1
            var end = index
            while end < bytes.count && bytes[end] != 10 { end += 1 }
            var line = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
            if line.hasSuffix("\r") { line.removeLast() }
            index = end + 1
            if line.isEmpty { return (fields, min(index, bytes.count)) }
            if (line.first == " " || line.first == "\t"), !fields.isEmpty {
                fields[fields.count - 1].value += " " + line.trimmingCharacters(in: .whitespaces)
            } else if let colon = line.firstIndex(of: ":") {
                fields.append((line[..<colon].lowercased().trimmingCharacters(in: .whitespaces),
                               line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces), number))
            }
            if fields.count > 1000 { break }
        }
        return (fields, min(index, bytes.count))
    }

    static func parameter(_ name: String, in header: String) -> String? {
        for piece in header.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            let key = pair[0].trimmingCharacters(in: .whitespaces).lowercased()
            if key == name || key == name + "*" {
                var value = pair[1].trimmingCharacters(in: .whitespaces)
                if value.hasPrefix("\"") && value.hasSuffix("\"") && value.count >= 2 { value = String(value.dropFirst().dropLast()) }
                return value
            }
        }
        return nil
    }

    static func split(_ body: UnsafeRawBufferPointer, boundary: String) -> [UnsafeRawBufferPointer] {
        let marker = Array(("--" + boundary).utf8)
        var parts: [UnsafeRawBufferPointer] = []
        var lineStart = 0
        var partStart: Int?
        while lineStart < body.count {
            var end = lineStart
            while end < body.count && body[end] != 10 { end += 1 }
            let lineLength = end - lineStart
            if lineLength >= marker.count && zip(body[lineStart..<(lineStart + marker.count)], marker).allSatisfy({ $0 == $1 }) {
                if let start = partStart, start <= lineStart { parts.append(UnsafeRawBufferPointer(rebasing: body[start..<lineStart])) }
                let rest = body[(lineStart + marker.count)..<end]
                if rest.starts(with: [45, 45]) { return parts }
                partStart = min(end + 1, body.count)
            }
            lineStart = end + 1
        }
        if let start = partStart, start < body.count { parts.append(UnsafeRawBufferPointer(rebasing: body[start...])) }
        return parts
    }

    static func decode(_ body: UnsafeRawBufferPointer, encoding: String) -> [UInt8] {
        if encoding.contains("base64") { return base64(body) }
        if encoding.contains("quoted-printable") { return quotedPrintable(body) }
        return Array(body)
    }

    static func base64(_ body: UnsafeRawBufferPointer) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(body.count * 3 / 4)
        var accumulator: UInt32 = 0, bits = 0
        for byte in body {
            let value: UInt32
            switch byte {
            case 65...90: value = UInt32(byte - 65)
            case 97...122: value = UInt32(byte - 71)
            case 48...57: value = UInt32(byte + 4)
            case 43: value = 62
            case 47: value = 63
            case 61: return out
            default: continue
            }
            accumulator = accumulator << 6 | value
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8((accumulator >> UInt32(bits)) & 0xFF))
            }
        }
        return out
    }

    static func quotedPrintable(_ body: UnsafeRawBufferPointer) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(body.count)
        var index = 0
        func hex(_ byte: UInt8) -> UInt8? {
            switch byte {
            case 48...57: return byte - 48
            case 65...70: return byte - 55
            case 97...102: return byte - 87
            default: return nil
            }
        }
        while index < body.count {
            let byte = body[index]
            if byte == 61 {
                if index + 1 < body.count && body[index + 1] == 10 { index += 2; continue }
                if index + 2 < body.count && body[index + 1] == 13 && body[index + 2] == 10 { index += 3; continue }
                if index + 2 < body.count, let high = hex(body[index + 1]), let low = hex(body[index + 2]) {
                    out.append(high << 4 | low)
                    index += 3
                    continue
                }
            }
            out.append(byte)
            index += 1
        }
        return out
    }

    /// RFC 2047 encoded words (`=?utf-8?B?...?=`, `=?iso-8859-1?Q?...?=`) in a header.
    static func decodeWords(_ value: String) -> String {
        guard value.contains("=?") else { return value }
        var result = ""
        var rest = Substring(value)
        while let start = rest.range(of: "=?") {
            result += rest[..<start.lowerBound]
            let after = rest[start.upperBound...]
            // charset ? mode ? data ?=
            let pieces = after.split(separator: "?", maxSplits: 2, omittingEmptySubsequences: false)
            guard pieces.count == 3, let close = pieces[2].range(of: "?=") else {
                result += "=?"
                rest = after
                continue
            }
            let charset = pieces[0].lowercased(), mode = pieces[1].lowercased()
            let data = String(pieces[2][..<close.lowerBound])
            var bytes: [UInt8]
            if mode == "b" {
                bytes = Array(data.utf8).withUnsafeBytes { base64($0) }
            } else {
                bytes = Array(data.replacingOccurrences(of: "_", with: " ").utf8).withUnsafeBytes { quotedPrintable($0) }
            }
            if charset.contains("8859") || charset.contains("1252") {
                var converted: [UInt8] = []
                Windows1252.appendUTF8(bytes, to: &converted)
                bytes = converted
            }
            result += String(decoding: bytes, as: UTF8.self)
            rest = pieces[2][close.upperBound...]
            if rest.hasPrefix(" =?") { rest = rest.dropFirst() }
        }
        return result + rest
    }
}

import SticklerCore
