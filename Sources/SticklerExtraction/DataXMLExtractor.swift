import Foundation
import SticklerCore

/// Text from data XML: anything that is not HTML, a spreadsheet or a Word or OpenDocument
/// file in XML (a DfE Common Transfer File, an MIS export, a configuration file). Element text is never run together: each element that
/// holds only text gives a `Name: value` line, its name made readable (`FieldName`:
/// `PhoneNo` -> `Phone No`) so that it gives context to its value as a label would.
///
/// Elements with two or more such values (children holding only text, or the attributes
/// of an element that holds no text itself: `<Student Forename="Amara" Surname="Hill"/>`)
/// are records: a CTF's `<Pupil>` (UPN, Surname, Forename, DOB), its `<Contact>`, an
/// export's `<Row>`. The records of one element name make a table of their own, a row per
/// record under a header of their values' names, located as `Pupil!C4`: `Surname` and
/// `Forename` give names and `DOB` gives context to its column, as in a spreadsheet. What
/// is not part of a record (a record's nested lists, mixed content) stays text.
///
/// An element holds at most `maximumValues` values before they are written out as lines
/// (a flat file of a million elements under its root is no record), and the tables' text
/// is bounded as all extracted text is.
enum DataXMLExtractor {
    static let maximumValues = 256

    /// First elements (or an HTML DOCTYPE) that make markup HTML, read by `MarkupExtractor`.
    static let htmlElements: Set<String> = [
        "html", "head", "body", "div", "table", "p", "span", "form", "section", "article", "main", "ul", "ol", "li", "h1", "h2",
        "h3", "h4", "h5", "h6", "br", "hr", "a", "img", "meta", "title", "style", "script", "link", "center", "font", "b", "i",
        "u", "s", "em", "strong", "small", "sup", "sub", "code", "pre", "blockquote", "tr", "td", "th", "thead", "tbody",
        "tfoot", "caption", "colgroup", "col", "header", "footer", "nav", "aside", "figure", "label", "input", "button",
        "select", "textarea", "iframe", "dl", "dt", "dd", "address", "noscript", "base", "abbr",
    ]

    /// A value's name as its label: a thing's `name` with the thing's kind before it
    /// (`<font name="Georgia Bold"/>`, `<task><name>Amber Alert</name></task>` give "font name",
    /// "task name", as a form's "Trip name:" does: no person's name), any other as it is.
    static func label(_ name: String, of element: String) -> String {
        guard name.count == 4, name.lowercased() == "name",
              let kind = ThingNames.kind(ofCollection: FieldName.readable(element)) else { return name }
        return kind + " name"
    }

    /// The first element's name of `bytes` (lower-cased), or `html` for an HTML DOCTYPE.
    static func firstElement(_ bytes: UnsafeRawBufferPointer) -> String? {
        var index = 0
        let count = min(bytes.count, 1 << 16)
        while index < count {
            guard bytes[index] == 60 else { index += 1; continue } // '<'
            guard index + 1 < count else { return nil }
            let next = bytes[index + 1]
            if next == 63 || next == 33 { // '<?' or '<!': a declaration, comment or DOCTYPE
                let start = index + 2
                var end = start
                if index + 3 < count && bytes[index + 2] == 45 && bytes[index + 3] == 45 { // a comment ends at "-->"
                    end = index + 4
                    while end + 2 < count && !(bytes[end] == 45 && bytes[end + 1] == 45 && bytes[end + 2] == 62) { end += 1 }
                    index = end + 3
                    continue
                }
                while end < count && bytes[end] != 62 { end += 1 }
                let head = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<min(end, start + 32)]), as: UTF8.self).lowercased()
                if head.hasPrefix("doctype") { return head.contains("html") ? "html" : nil }
                index = end + 1
                continue
            }
            var end = index + 1
            while end < count && !isSpace(bytes[end]) && bytes[end] != 62 && bytes[end] != 47 { end += 1 }
            let name = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[(index + 1)..<end]), as: UTF8.self).lowercased()
            return name.split(separator: ":").last.map(String.init)
        }
        return nil
    }

    /// What a markup file is, by its first element (read once).
    enum Kind {
        case html
        /// Word 2003 XML (`<w:wordDocument>`), or a flat-OPC package (`<pkg:package>`, what
        /// Word saves as "Word XML Document") holding a Word body: runs (`<w:t>`) must be
        /// joined as in a `.docx`, not read as values of their own.
        case wordXML
        /// A flat OpenDocument file (`.fodt`, `.fods`, `.fodp`: `<office:document>` holding
        /// the content, styles and meta of a zipped one), with its kind (`odt`, `ods`, `odp`)
        /// by its `office:mimetype`.
        case flatOpenDocument(String)
        /// An Excel 2003 XML workbook (`<Workbook>`).
        case spreadsheet
        case data
    }

    static func kind(_ bytes: UnsafeRawBufferPointer) -> Kind {
        guard let first = firstElement(bytes) else { return .html }
        switch first {
        case "worddocument": return .wordXML
        case "package" where contains(bytes, Array("/word/document.xml".utf8)): return .wordXML
        case "document" where contains(bytes, Array("urn:oasis:names:tc:opendocument:xmlns:office".utf8)):
            if contains(bytes, Array("opendocument.spreadsheet".utf8)) { return .flatOpenDocument("ods") }
            if contains(bytes, Array("opendocument.presentation".utf8)) { return .flatOpenDocument("odp") }
            return .flatOpenDocument("odt")
        case "workbook": return .spreadsheet
        default: return htmlElements.contains(first) ? .html : .data
        }
    }

    /// An element being read: its values so far (attributes, then children holding only text).
    struct Open {
        var name: String
        var values: [(name: String, value: String)] = []
        var text: [UInt8] = []
        var hasChildren = false
    }

    /// One element name's records.
    struct Records {
        var name: String
        var columns: [String] = []
        var index: [String: Int] = [:]
        var rows: [[(column: Int, value: String)]] = []
    }

    static func segments(_ bytes: UnsafeRawBufferPointer, xml: XMLScanner, limit: Int) throws -> [TextSegment] {
        var text = TextBuilder(limit: limit)
        var stack: [Open] = []
        var tables: [Records] = []
        var tableIndex: [String: Int] = [:]
        var held = 0 // bytes of values kept for tables

        func line(_ name: String, _ value: String) {
            guard !value.isEmpty else { return }
            text.append(FieldName.readable(name))
            text.append(": ")
            text.append(value)
            text.newline()
        }
        func close() {
            guard var element = stack.popLast() else { return }
            let content = trimmedText(element.text[...])
            if !element.hasChildren && !content.isEmpty && !stack.isEmpty {
                // A value of the element around it (its attributes, `ss:Type="String"`,
                // `xsi:type`, describe the value and are left out).
                if stack[stack.count - 1].values.count >= maximumValues {
                    for value in stack[stack.count - 1].values { line(value.name, value.value) }
                    stack[stack.count - 1].values.removeAll()
                }
                stack[stack.count - 1].values.append((Self.label(element.name, of: stack[stack.count - 1].name), content))
                return
            }
            if element.hasChildren || element.values.count >= 2 {
                if !content.isEmpty { text.append(content); text.newline() } // mixed content
            } else if !content.isEmpty {
                element.values.append((element.name, content))
            }
            if element.values.count >= 2 && held < limit {
                let number: Int
                if let known = tableIndex[element.name] { number = known } else {
                    number = tables.count
                    tableIndex[element.name] = number
                    tables.append(Records(name: element.name))
                }
                var row: [(column: Int, value: String)] = []
                for value in element.values {
                    let column: Int
                    if let known = tables[number].index[value.name] { column = known } else {
                        column = tables[number].columns.count
                        tables[number].index[value.name] = column
                        tables[number].columns.append(value.name)
                    }
                    if let same = row.firstIndex(where: { $0.column == column }) { row[same].value += "; " + value.value } else {
                        row.append((column, value.value))
                    }
                    held += value.value.utf8.count + 1
                }
                tables[number].rows.append(row) // in place: a copy per record would be quadratic
            } else {
                for value in element.values { line(value.name, value.value) }
            }
        }

        try xml.scan(bytes) { event in
            switch event {
            case .start(let tag):
                if !stack.isEmpty {
                    stack[stack.count - 1].hasChildren = true
                    // Mixed content: the text before a child does not run into the text after it.
                    if let last = stack[stack.count - 1].text.last, !isSpace(last) { stack[stack.count - 1].text.append(32) }
                }
                var open = Open(name: tag.name.local.description)
                tag.forEachAttribute { name, raw in
                    let local = name.local.description
                    if !local.hasPrefix("xmlns") && name.description != "xmlns" {
                        var decoded: [UInt8] = []
                        XMLScanner.appendDecoded(raw, to: &decoded)
                        let value = trimmedText(decoded[...])
                        if !value.isEmpty && open.values.count < maximumValues { open.values.append((Self.label(local, of: open.name), value)) }
                    }
                    return true
                }
                stack.append(open) // (a self-closing tag's `.end` follows at once)
            case .end:
                close()
            case .text(let raw, let cdata):
                guard !stack.isEmpty, stack[stack.count - 1].text.count < 65_536 else { break }
                if cdata { stack[stack.count - 1].text.append(contentsOf: raw) } else { XMLScanner.appendDecoded(raw, to: &stack[stack.count - 1].text) }
            }
        }
        while !stack.isEmpty { close() } // a document cut short still gives what it held

        var segments = [text.segment()]
        for records in tables {
            var table = SheetTable(sheet: records.name, limit: limit)
            for (column, title) in records.columns.enumerated() { table.add(row: 1, column: column + 1, FieldName.readable(title)) }
            for (index, row) in records.rows.enumerated() {
                for cell in row.sorted(by: { $0.column < $1.column }) { table.add(row: index + 2, column: cell.column + 1, cell.value) }
            }
            segments.append(table.segment())
        }
        return segments
    }

    /// Whether `needle` occurs in `bytes`.
    static func contains(_ bytes: UnsafeRawBufferPointer, _ needle: [UInt8]) -> Bool {
        guard let base = bytes.baseAddress, let first = needle.first, bytes.count >= needle.count else { return false }
        var offset = 0
        while offset + needle.count <= bytes.count {
            guard let hit = memchr(base + offset, Int32(first), bytes.count - needle.count + 1 - offset) else { return false }
            let at = base.distance(to: UnsafeRawPointer(hit))
            if needle.withUnsafeBytes({ memcmp(base + at, $0.baseAddress!, needle.count) }) == 0 { return true }
            offset = at + 1
        }
        return false
    }

    /// An Excel 2003 XML workbook (SpreadsheetML, `<Workbook>` of `<Worksheet ss:Name>`,
    /// `<Row>`, `<Cell ss:Index>` and `<Data>`), as MIS exports still write them: each
    /// worksheet a table located as `Pupils!B4`, as `.xlsx` is read. A cell's note (its
    /// `<Comment>`) joins its text.
    static func spreadsheet(_ bytes: UnsafeRawBufferPointer, xml: XMLScanner, limit: Int) throws -> [TextSegment] {
        var segments: [TextSegment] = []
        var sheet: SheetTable?
        var sheets = 0, row = 0, column = 0, merged = 0, data = 0
        var cell: [UInt8] = [], inCell = false
        func index(_ tag: XMLScanner.Tag) -> Int? { tag.number("ss:Index") ?? tag.number("Index") }
        try xml.scan(bytes) { event in
            switch event {
            case .start(let tag):
                switch tag.name.local.description {
                case "Worksheet":
                    if var finished = sheet { segments.append(finished.segment()) }
                    sheets += 1
                    sheet = SheetTable(sheet: tag.attribute("ss:Name") ?? tag.attribute("Name") ?? "Sheet\(sheets)", limit: limit)
                    row = 0
                case "Row":
                    row = max(row + 1, index(tag) ?? 0)
                    column = 0
                case "Cell":
                    column = max(column + 1, index(tag) ?? 0)
                    merged = min(tag.number("ss:MergeAcross") ?? 0, 1024)
                    cell.removeAll(keepingCapacity: true)
                    inCell = true // (a self-closing cell's `.end` follows at once)
                case "Data": if !tag.selfClosing { data += 1 }
                default: break
                }
            case .end(let name):
                switch name.local.description {
                case "Data": data = max(0, data - 1)
                case "Cell":
                    if inCell { sheet?.add(row: row, column: column, trimmedText(cell[...])) }
                    inCell = false
                    column += merged
                case "Worksheet":
                    if var finished = sheet { segments.append(finished.segment()) }
                    sheet = nil
                default: break
                }
            case .text(let raw, let cdata):
                guard inCell, data > 0, cell.count < 32_768 else { break }
                if !cell.isEmpty { cell.append(32) }
                if cdata { cell.append(contentsOf: raw) } else { XMLScanner.appendDecoded(raw, to: &cell) }
            }
        }
        if var finished = sheet { segments.append(finished.segment()) }
        return segments.isEmpty ? [TextSegment(text: [])] : segments
    }
}
