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
        return segments(author: String(decoding: authorBytes, as: UTF8.self), modifier: String(decoding: modifierBytes, as: UTF8.self),
                        written: written)
    }

    /// Custom properties (`docProps/custom.xml`), which a school's templates and systems fill
    /// in (`PupilName`, `DateOfBirth`): a line each, "Pupil Name: Zara Iqbal", the property's
    /// name read as words so that it labels its value as a form's label would.
    static func readCustom(_ part: Blob, xml: XMLScanner) throws -> [TextSegment] {
        var written = TextBuilder(limit: 16_384)
        var inProperty = false, inValue = false
        try xml.scan(part.bytes) { event in
            switch event {
            case .start(let tag):
                if tag.name == "property", let name = tag.attribute("name") {
                    written.newline()
                    written.append(FieldName.readable(name) + ": ")
                    inProperty = true
                } else if inProperty, tag.name.bytes.starts(with: Array("vt:".utf8)) {
                    inValue = true
                }
            case .end(let name):
                if name == "property" { inProperty = false; inValue = false } else if name.bytes.starts(with: Array("vt:".utf8)) { inValue = false }
            case .text(let raw, _):
                if inValue { written.append(raw, decode: true) }
            }
        }
        written.newline()
        return written.bytes.contains(where: { $0 > 32 }) ? [written.segment()] : []
    }

    /// A PDF's information dictionary (poppler's title, subject, keywords and author) as the
    /// same segments.
    static func segments(author: String, written lines: [String]) -> [TextSegment] {
        var written = TextBuilder(limit: 16_384)
        for line in lines where !line.isEmpty {
            written.append(line)
            written.newline()
        }
        return segments(author: author, modifier: "", written: written)
    }

    static func segments(author rawAuthor: String, modifier rawModifier: String, written: TextBuilder) -> [TextSegment] {
        let properties = written.bytes.contains(where: { $0 > 32 }) ? [written.segment()] : []
        func clean(_ text: String) -> String {
            text.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
        }
        // One person per row, so author and editor are two findings (`properties!A2`, `B3`).
        let author = clean(rawAuthor), modifier = clean(rawModifier)
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
