/// Text from HTML and generic XML: tags stripped (block elements end a line, tables read
/// as tables), entities decoded (predefined, common HTML and numeric only), script and
/// style content dropped. Uses the same safe `XMLScanner` (no DTD, no external entities).
enum MarkupExtractor {
    /// The bytes as UTF-8, if they are not UTF-8 already and do not say they are (read as
    /// Windows-1252, as a page saved by Word or an old MIS declares itself); nil otherwise.
    static func fromWindows1252(_ bytes: UnsafeRawBufferPointer) -> [UInt8]? {
        guard bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var valid = true
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: break loop
            case .error: valid = false; break loop
            }
        }
        if valid { return nil }
        // A page that says it is UTF-8 keeps its stray byte ("Wójcik" is not read as "WÃ³jcik").
        let head = String(decoding: bytes.prefix(2048), as: UTF8.self).lowercased()
        if head.contains("charset=utf-8") || head.contains("charset=\"utf-8") { return nil }
        var converted: [UInt8] = []
        converted.reserveCapacity(bytes.count + bytes.count / 8)
        Windows1252.appendUTF8(bytes, to: &converted)
        return converted
    }

    static let blocks: Set<String> = ["p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
                                      "section", "article", "header", "footer", "blockquote", "pre", "title", "dt", "dd"]

    /// The text into `text`; each top-level `<table>` becomes a form-like table of its own
    /// (`ReadingTable`, located by cell, `'table 1'!B3`) appended to `tables`, so that a class
    /// list pasted into an e-mail or saved as a web page gets its header row as column
    /// context. Closing tags HTML leaves out are tolerated.
    static func text(_ bytes: UnsafeRawBufferPointer, xml: XMLScanner, into text: inout TextBuilder,
                     tables: inout [TextSegment]) throws {
        var hidden = 0
        var table = OutermostTable(limit: text.limit)
        // HTML is rarely well nested: depth is not tracked against its end tags, so give
        // the scanner a generous limit and count only what we need here.
        let lenient = XMLScanner(maxDepth: Int.max, budget: xml.budget)
        try lenient.scan(bytes) { event in
            switch event {
            case .start(let tag):
                let name = tag.name.lowercased()
                if (name == "script" || name == "style") && !tag.selfClosing { hidden += 1 }
                if name == "table" && !tag.selfClosing {
                    table.open(number: tables.count + 1)
                } else if table.depth == 1 && name == "tr" {
                    table.startRow()
                } else if table.depth == 1 && (name == "td" || name == "th") {
                    table.startCell()
                    table.span(tag.number("colspan"))
                } else if table.isOpen {
                    if table.depth > 1 || blocks.contains(name) { table.space() }
                } else {
                    if name == "td" || name == "th" { text.append(9) } // a cell outside any table
                    if blocks.contains(name) { text.newline() }
                }
            case .end(let name):
                let lower = name.lowercased()
                if lower == "script" || lower == "style" { hidden = max(0, hidden - 1) }
                if lower == "table" && table.isOpen {
                    if let finished = table.close() { tables.append(finished) }
                } else if table.depth == 1 && (lower == "td" || lower == "th" || lower == "tr") {
                    table.endCell()
                } else if table.isOpen {
                    if blocks.contains(lower) { table.space() }
                } else if blocks.contains(lower) {
                    text.newline()
                }
            case .text(let raw, let cdata):
                guard hidden == 0 else { break }
                if table.isOpen { table.append(raw, cdata: cdata); break }
                // The source's line breaks and indents between paragraphs are no text (a
                // letter's addressee over its street is two lines, not three).
                if raw.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 }) {
                    if let last = text.bytes.last, last != 10, last != 32 { text.append(32) }
                    break
                }
                text.append(raw, decode: !cdata)
            }
        }
        if let finished = table.finish() { tables.append(finished) } // a table left open at the end still counts
    }
}
