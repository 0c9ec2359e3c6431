/// One sheet as a tab-delimited table, cell by cell in row order, with each cell's
/// location in a `LocationMap` (`Sheet1!B12`): the same text the `.xlsx` extractor makes,
/// so the header row is context for its column. Empty rows are left out; a gap between
/// cells in a row is padded with tabs (up to 1024) so a cell stays under its header.
struct SheetTable {
    var text: TextBuilder
    private var row = 0, nextColumn = 1
    private var rowHasCells = false

    init(sheet: String, limit: Int) {
        text = TextBuilder(limit: limit, map: LocationMap(.cells(sheet: sheet)))
    }

    /// Adds a cell (1-based row and column); rows come in order, columns in order within a row.
    mutating func add(row: Int, column: Int, _ value: String) {
        guard !value.isEmpty else { return }
        if row != self.row {
            endRow()
            self.row = row
        }
        let gap = column - nextColumn
        if column >= nextColumn && gap <= 1024 {
            for _ in 0..<gap { text.append(9) }
        } else if rowHasCells {
            text.append(9)
        }
        text.map?.add(offset: text.bytes.count, row: row, column: column)
        if value.utf8.contains(where: { $0 == 9 || $0 == 10 || $0 == 13 }) {
            for byte in value.utf8 { text.append(byte == 9 || byte == 10 || byte == 13 ? 32 : byte) } // one cell, one line
        } else {
            text.append(value)
        }
        text.append(9)
        nextColumn = column + 1
        rowHasCells = true
    }

    private mutating func endRow() {
        if rowHasCells, text.bytes.last == 9 {
            text.bytes.removeLast()
            text.append(10)
        }
        nextColumn = 1
        rowHasCells = false
    }

    mutating func segment() -> TextSegment {
        endRow()
        return text.segment(delimiter: 9)
    }
}
