/// Text from HTML and generic XML: tags stripped (block elements end a line, table
/// cells a tab), entities decoded (predefined, common HTML and numeric only), script and
/// style content dropped. Uses the same safe `XMLScanner` (no DTD, no external entities).
enum MarkupExtractor {
    static let blocks: Set<String> = ["p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
                                      "section", "article", "header", "footer", "blockquote", "pre", "title", "dt", "dd"]

    static func text(_ bytes: UnsafeRawBufferPointer, xml: XMLScanner, into text: inout TextBuilder) throws {
        var none: [TextSegment]? = nil
        try self.text(bytes, xml: xml, into: &text, tables: &none)
    }

    /// As `text(_:xml:into:)`, but with `tables` each top-level `<table>` becomes a
    /// tab-delimited table of its own (located by cell, `'table 1'!B3`, and form-like as Word
    /// tables are), so that a class list pasted into an e-mail or saved as a web page gets
    /// its header row as column context. Closing tags HTML leaves out are tolerated.
    static func text(_ bytes: UnsafeRawBufferPointer, xml: XMLScanner, into text: inout TextBuilder,
                     tables: inout [TextSegment]?) throws {
        var hidden = 0
        var depth = 0 // tables open (only counted when collecting tables)
        var table: SheetTable?
        var row = 0, column = 0, span = 1
        var cell: [UInt8] = [], inCell = false
        func endCell() {
            guard inCell else { return }
            inCell = false
            column += 1
            var value = cell[...]
            while let first = value.first, first == 32 || first == 9 || first == 10 { value.removeFirst() }
            while let last = value.last, last == 32 || last == 9 || last == 10 { value.removeLast() }
            table?.add(row: row, column: column, String(decoding: value, as: UTF8.self))
            column += span - 1
        }
        func endTable() {
            endCell()
            guard var finished = table else { return }
            var segment = finished.segment()
            segment.formLike = true
            tables?.append(segment)
            table = nil
        }
        let collecting = tables != nil
        // HTML is rarely well nested: depth is not tracked against its end tags, so give
        // the scanner a generous limit and count only what we need here.
        let lenient = XMLScanner(maxDepth: Int.max, budget: xml.budget)
        try lenient.scan(bytes) { event in
            switch event {
            case .start(let tag):
                let name = tag.name.lowercased()
                if (name == "script" || name == "style") && !tag.selfClosing { hidden += 1 }
                if collecting && name == "table" && !tag.selfClosing {
                    depth += 1
                    if depth == 1 {
                        table = SheetTable(sheet: "table \((tables?.count ?? 0) + 1)", limit: text.limit)
                        row = 0
                    }
                    return
                }
                if depth == 1 {
                    switch name {
                    case "tr": endCell(); row += 1; column = 0
                    case "td", "th":
                        endCell()
                        inCell = true
                        cell.removeAll(keepingCapacity: true)
                        span = max(1, min(tag.attribute("colspan").flatMap { Int($0) } ?? 1, 64))
                    default: if blocks.contains(name) && inCell { cell.append(32) }
                    }
                    return
                }
                if depth > 1 { if inCell { cell.append(32) }; return }
                if name == "td" || name == "th" { text.append(9) }
                if blocks.contains(name) { text.newline() }
            case .end(let name):
                let lower = name.lowercased()
                if lower == "script" || lower == "style" { hidden = max(0, hidden - 1) }
                if depth > 0 {
                    if lower == "table" {
                        depth -= 1
                        if depth == 0 { endTable() }
                    } else if depth == 1 && (lower == "td" || lower == "th" || lower == "tr") {
                        endCell()
                    } else if inCell && blocks.contains(lower) {
                        cell.append(32)
                    }
                    return
                }
                if blocks.contains(lower) { text.newline() }
            case .text(let raw, let cdata):
                guard hidden == 0 else { break }
                if depth > 0 {
                    if inCell && cell.count < 32_768 {
                        if cdata { cell.append(contentsOf: raw) } else { XMLScanner.appendDecoded(raw, to: &cell) }
                    }
                } else {
                    text.append(raw, decode: !cdata)
                }
            }
        }
        endTable() // a table left open at the end still counts
    }
}
