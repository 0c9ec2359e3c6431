/// A worksheet substream of an .xls: its cell records into a `SheetTable`, its comments,
/// text boxes, header and footer into a plain segment (kept in `notes`).
extension XLSWorkbook {
    mutating func readSheet(name: String, offset start: Int) throws -> TextSegment {
        guard let bof = try stream.record(at: start), bof.type == 0x0809 else {
            throw ExtractionError("sheet \"\(name)\" does not start with a BOF record at byte \(start)")
        }
        var cells: [Cell] = []
        var inOrder = true
        func add(_ row: Int, _ column: Int, _ text: String) {
            guard !text.isEmpty, cellBytes < textLimit else { return }
            cellBytes += text.utf8.count + 1
            if let last = cells.last, (last.row, last.column) > (row + 1, column + 1) { inOrder = false }
            cells.append(Cell(row: row + 1, column: column + 1, text: text))
        }
        var pendingFormula: (row: Int, column: Int)?
        var object = 0 // the OBJ before a TXO, which a NOTE ties to a cell
        var texts: [(object: Int, text: String)] = []
        var noteCells: [Int: (row: Int, column: Int)] = [:]
        var depth = 1 // a chart inside a sheet is a BOF..EOF of its own
        var offset = bof.end
        var count = 0
        while depth > 0 {
            guard let record = try stream.record(at: offset) else {
                throw ExtractionError("sheet \"\(name)\" ends without an EOF record")
            }
            offset = record.end
            count += 1
            if count & 0xFFF == 0 { try budget.checkTime() }
            let body = record.body, at = body.lowerBound
            let row = stream.u16(at), column = stream.u16(at + 2), format = stream.u16(at + 4)
            if Self.cellRecords.contains(record.type) { pendingFormula = nil }
            switch record.type {
            case 0x0809: depth += 1
            case 0x000A: depth -= 1
            case _ where depth > 1: break
            case 0x00FD where body.count >= 10: // LABELSST
                let index = Int(stream.u32(at + 6))
                if index < strings.count { add(row, column, strings[index]) }
            case 0x0204 where body.count >= 9, 0x00D6 where body.count >= 9: // LABEL, RSTRING
                let (pieces, next) = try stream.continued(record)
                offset = next
                var cursor = BIFFCursor(stream, pieces: pieces, skipping: 6)
                add(row, column, try cursor.string())
            case 0x0203 where body.count >= 14: // NUMBER
                add(row, column, render(stream.f64(at + 6), format: format))
            case 0x027E where body.count >= 10: // RK
                add(row, column, render(Self.rk(stream.u32(at + 6)), format: format))
            case 0x00BD where body.count >= 12: // MULRK: row, first column, (XF, RK)..., last column
                for index in 0..<((body.count - 6) / 6) {
                    let item = at + 4 + index * 6
                    add(row, column + index, render(Self.rk(stream.u32(item + 2)), format: stream.u16(item)))
                }
            case 0x0205 where body.count >= 8: // BOOLERR: a boolean, or an error (left out)
                if stream.bytes[at + 7] == 0 { add(row, column, stream.bytes[at + 6] != 0 ? "TRUE" : "FALSE") }
            case 0x0006 where body.count >= 20: // FORMULA: the cached result
                if stream.u16(at + 12) == 0xFFFF {
                    switch stream.bytes[at + 6] {
                    case 0: pendingFormula = (row, column) // the text is in the STRING record that follows
                    case 1: add(row, column, stream.bytes[at + 8] != 0 ? "TRUE" : "FALSE")
                    default: break
                    }
                } else {
                    add(row, column, render(stream.f64(at + 6), format: format))
                }
            case 0x0207 where body.count >= 3: // STRING
                let (pieces, next) = try stream.continued(record)
                offset = next
                if let cell = pendingFormula {
                    var cursor = BIFFCursor(stream, pieces: pieces)
                    add(cell.row, cell.column, try cursor.string())
                }
                pendingFormula = nil
            case 0x01B6 where body.count >= 14: // TXO: comment or text box; the text is in the CONTINUEs
                let (pieces, next) = try stream.continued(record)
                offset = next
                let length = stream.u16(at + 10)
                if length > 0, pieces.count > 1, !pieces[1].isEmpty {
                    var cursor = BIFFCursor(stream, pieces: Array(pieces.dropFirst()), skipping: 1)
                    texts.append((object, try cursor.characters(length, wide: stream.bytes[pieces[1].lowerBound] & 1 != 0)))
                }
                object = 0
            case 0x005D where body.count >= 8: // OBJ: its first sub-record (ftCmo: ft, cb, type, id) holds the id
                object = stream.u16(at) == 0x15 ? stream.u16(at + 6) : 0
            case 0x001C where body.count >= 8: // NOTE: the cell of a comment's object
                noteCells[stream.u16(at + 6)] = (row + 1, column + 1)
            case 0x0014 where body.count >= 3, 0x0015 where body.count >= 3: // HEADER, FOOTER
                var cursor = BIFFCursor(stream, pieces: [body])
                let line = try cursor.string()
                if !line.isEmpty { texts.append((0, line)) }
            default: break
            }
        }
        // Cells are stored row by row; sort only if a writer did otherwise.
        if !inOrder {
            cells = cells.enumerated().sorted { ($0.element.row, $0.element.column, $0.offset) < ($1.element.row, $1.element.column, $1.offset) }
                .map(\.element)
        }
        var table = SheetTable(sheet: name, limit: textLimit)
        for cell in cells { table.add(row: cell.row, column: cell.column, cell.text) }
        if !texts.isEmpty { notes.append(comments(texts, cells: noteCells, sheet: name)) }
        return table.segment()
    }

    /// Text boxes, headers and footers first (no cell), then comments by cell.
    func comments(_ texts: [(object: Int, text: String)], cells: [Int: (row: Int, column: Int)], sheet: String) -> TextSegment {
        var text = TextBuilder(limit: textLimit, map: LocationMap(.cells(sheet: sheet)))
        for item in texts where item.object == 0 || cells[item.object] == nil {
            text.append(item.text)
            text.newline()
        }
        let located = texts.compactMap { item in cells[item.object].map { (cell: $0, text: item.text) } }
        for item in located.sorted(by: { ($0.cell.row, $0.cell.column) < ($1.cell.row, $1.cell.column) }) {
            text.map?.add(offset: text.bytes.count, row: item.cell.row, column: item.cell.column)
            text.append(item.text)
            text.newline()
        }
        return text.segment()
    }
}
