/// Text from OpenDocument files (odt, ods, odp) whose parts are in memory: paragraphs
/// and headings; spreadsheet tables as tab-delimited tables located by cell (repeated
/// rows and columns expanded, within bounds); presentation pages located as pages.
struct ODFExtractor {
    let parts: OfficeParts
    let xml: XMLScanner
    let textLimit: Int

    func segments(kind: String) throws -> [TextSegment] {
        var segments: [TextSegment] = []
        if let content = parts["content.xml"] {
            switch kind {
            case "ods": segments += try tables(content)
            case "odt":
                // Tables as tables (a class list's header is context for its column), marked
                // form-like as Word tables are; the body without them.
                segments.append(try text(content, pages: false, skipTables: true))
                segments += try tables(content).map { table in
                    var table = table
                    table.formLike = true
                    return table
                }
            default: segments.append(try text(content, pages: kind == "odp"))
            }
        }
        if kind == "odt", let styles = parts["styles.xml"] { // headers and footers live here
            let extra = try text(styles, pages: false)
            segments.append(extra)
        }
        if let meta = parts["meta.xml"] { segments += try DocumentProperties.read(meta, xml: xml, odf: true) }
        return segments
    }

    func text(_ part: Blob, pages: Bool, skipTables: Bool = false) throws -> TextSegment {
        var text = TextBuilder(limit: textLimit, map: pages ? LocationMap(.pages) : nil)
        var inText = 0, page = 0, tables = 0, inDate = false
        try xml.scan(part.bytes) { event in
            if skipTables { // tables are read by `tables`
                if case .start(let tag) = event, tag.name == "table:table", !tag.selfClosing { tables += 1 }
                if case .end(let name) = event, name == "table:table" { tables = max(0, tables - 1); return }
                if tables > 0 { return }
            }
            switch event {
            case .start(let tag):
                switch tag.name {
                case "text:p", "text:h": if !tag.selfClosing { inText += 1 }
                case "text:s": if inText > 0 { text.append(32) }
                case "text:tab": if inText > 0 { text.append(9) }
                case "text:line-break": if inText > 0 { text.append(10) }
                case "draw:page":
                    page += 1
                    text.map?.add(offset: text.bytes.count, page: page)
                // A comment inside a paragraph: its author, its date (left out) and its text on
                // lines of their own, not glued to the paragraph's words.
                case "office:annotation", "dc:creator": text.newline()
                case "dc:date": inDate = true
                default: break
                }
            case .end(let name):
                if name == "text:p" || name == "text:h" {
                    inText = max(0, inText - 1)
                    text.newline()
                } else if name == "table:table-cell" {
                    text.append(9)
                } else if name == "office:annotation" || name == "dc:creator" {
                    text.newline()
                } else if name == "dc:date" {
                    inDate = false
                }
            case .text(let raw, let cdata):
                if inText > 0, !inDate { text.append(raw, decode: !cdata) }
            }
        }
        return text.segment()
    }

    /// Each `table:table` becomes its own tab-delimited segment.
    func tables(_ part: Blob) throws -> [TextSegment] {
        var segments: [TextSegment] = []
        var text = TextBuilder(limit: textLimit)
        var row = 0, column = 0
        var rowRepeat = 1, cellRepeat = 1
        var cell: [UInt8] = [], cellValue: String? = nil
        var rowCells: [(column: Int, text: String)] = []
        var inCell = false, inParagraph = 0
        try xml.scan(part.bytes) { event in
            switch event {
            case .start(let tag):
                switch tag.name {
                case "table:table":
                    text = TextBuilder(limit: textLimit, map: LocationMap(.cells(sheet: tag.attribute("table:name") ?? "Sheet")))
                    row = 0
                case "table:table-row":
                    rowRepeat = min(tag.attribute("table:number-rows-repeated").flatMap(Int.init) ?? 1, 1 << 20)
                    column = 0
                    rowCells.removeAll()
                case "table:table-cell", "table:covered-table-cell":
                    cellRepeat = min(tag.attribute("table:number-columns-repeated").flatMap(Int.init) ?? 1, 16_384)
                    cell.removeAll(keepingCapacity: true)
                    let type = tag.attribute("office:value-type")
                    cellValue = (type == "float" || type == "percentage" || type == "currency")
                        ? tag.attribute("office:value").flatMap(Double.init).map(SpreadsheetStyles.number) : nil
                    if type == "date", let date = tag.attribute("office:date-value"), date.count >= 10 {
                        let parts = date.prefix(10).split(separator: "-")
                        if parts.count == 3 { cellValue = "\(parts[2])/\(parts[1])/\(parts[0])" }
                    }
                    inCell = !tag.selfClosing
                    if tag.selfClosing { column += cellRepeat }
                case "text:p": if inCell { inParagraph += 1; if !cell.isEmpty { cell.append(32) } }
                case "text:s": if inParagraph > 0 { cell.append(32) }
                default: break
                }
            case .end(let name):
                switch name {
                case "text:p": inParagraph = max(0, inParagraph - 1)
                case "table:table-cell", "table:covered-table-cell":
                    guard inCell else { break }
                    inCell = false
                    let shown = cellValue ?? String(decoding: cell, as: UTF8.self)
                    let clean = shown.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
                    if !clean.isEmpty {
                        for offset in 0..<min(cellRepeat, 64) { rowCells.append((column + offset + 1, clean)) }
                    }
                    column += cellRepeat
                case "table:table-row":
                    let repeats = rowCells.isEmpty ? rowRepeat : min(rowRepeat, 64)
                    for _ in 0..<repeats {
                        row += 1
                        guard !rowCells.isEmpty else { continue }
                        var next = 1
                        for entry in rowCells {
                            if entry.column > next { for _ in 0..<min(entry.column - next, 1024) { text.append(9) } }
                            text.map?.add(offset: text.bytes.count, row: row, column: entry.column)
                            text.append(entry.text)
                            text.append(9)
                            next = entry.column + 1
                        }
                        if text.bytes.last == 9 { text.bytes.removeLast() }
                        text.append(10)
                    }
                case "table:table":
                    if !text.bytes.isEmpty { segments.append(text.segment(delimiter: 9)) }
                default: break
                }
            case .text(let raw, let cdata):
                if inParagraph > 0 && cell.count < 32_768 {
                    if cdata { cell.append(contentsOf: raw) } else { XMLScanner.appendDecoded(raw, to: &cell) }
                }
            }
        }
        return segments
    }
}
