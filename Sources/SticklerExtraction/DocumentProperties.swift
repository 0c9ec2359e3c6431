/// Document properties that name people (OOXML `dc:creator` / `cp:lastModifiedBy`,
/// OpenDocument `meta:initial-creator` / `dc:creator`), turned into a two-row table whose
/// headers (`document author`, `last modified by`) are person-name columns in the rule
/// pack (one small table each). So the engine, not a special path, decides whether a
/// value is a person's name; the findings are located at `properties!A2` / `B3`.
/// The title, subject, description and keywords, which people write ("Referral - Olivia
/// Hughes, DOB 14/03/2015"), are read as text, a line each.
enum DocumentProperties {
    static func read(_ part: Blob, xml: XMLScanner, odf: Bool = false) throws -> [TextSegment] {
        var authorBytes: [UInt8] = [], modifierBytes: [UInt8] = []
        var written = TextBuilder(limit: 16_384)
        var current: Int? = nil
        try xml.scan(part.bytes) { event in
            switch event {
            case .start(let tag):
                switch tag.name {
                case "dc:creator": current = odf ? 1 : 0
                case "meta:initial-creator": current = 0
                case "cp:lastModifiedBy": current = 1
                case "dc:title", "dc:subject", "dc:description", "cp:keywords", "meta:keyword", "cp:category":
                    written.newline()
                    current = 2
                default: current = nil
                }
            case .end: current = nil
            case .text(let raw, _):
                guard let which = current else { break }
                if which == 0 && authorBytes.count < 256 { XMLScanner.appendDecoded(raw, to: &authorBytes) }
                if which == 1 && modifierBytes.count < 256 { XMLScanner.appendDecoded(raw, to: &modifierBytes) }
                if which == 2 { written.append(raw, decode: true) }
            }
        }
        written.newline()
        let properties = written.bytes.contains(where: { $0 > 32 }) ? [written.segment()] : []
        func clean(_ bytes: [UInt8]) -> String {
            String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
        }
        // One person per row, so author and editor are two findings (`properties!A2`, `B3`).
        let author = clean(authorBytes), modifier = clean(modifierBytes)
        if author.isEmpty && modifier.isEmpty { return properties }
        var text = TextBuilder(limit: 4096, map: LocationMap(.cells(sheet: "properties")))
        text.append("document author\tlast modified by\n")
        if !author.isEmpty {
            text.map?.add(offset: text.bytes.count, row: 2, column: 1)
            text.append(author + "\t\n")
        }
        if !modifier.isEmpty && modifier != author {
            text.append(9)
            text.map?.add(offset: text.bytes.count, row: 3, column: 2)
            text.append(modifier + "\n")
        }
        return [text.segment(delimiter: 9)] + properties
    }
}

import Foundation
