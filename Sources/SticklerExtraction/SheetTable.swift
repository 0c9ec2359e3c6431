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
    /// `line`: the file's own line where the cell's text is (a web page's), 0 for none.
    mutating func add(row: Int, column: Int, _ value: String, line: Int = 0) {
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
        text.map?.add(offset: text.bytes.count, row: row, column: column, line: line)
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

/// A table laid out for reading (a Word or HTML table), built as its markup is read: rows
/// and cells opened and closed by tags, each cell's text collected (its paragraphs, line
/// breaks and any nested table joined by spaces), then added to a `SheetTable` located as
/// `table N`. Its segment is form-like: a Word table may as well be a form of labels and
/// values, so its first row is a header only if it reads as one.
struct ReadingTable {
    private var table: SheetTable
    private var row = 0, column = 0
    private var cell: [UInt8] = []
    private var inCell = false
    /// The file's line where the open cell's text begins (0: none given).
    private var cellLine = 0
    /// Columns the open cell covers (`colspan`, `w:gridSpan`), bounded.
    var span = 1 { didSet { span = max(1, min(span, 64)) } }

    /// Located as `table N`, or `<place> table N` (`slide 3 table 1`) when given a place.
    init(number: Int, limit: Int, place: String? = nil) {
        table = SheetTable(sheet: (place.map { $0 + " " } ?? "") + "table \(number)", limit: limit)
    }

    mutating func startRow() {
        endCell()
        row += 1
        column = 0
    }

    /// Opens a cell, closing one left open (HTML may leave out `</td>`).
    mutating func startCell() {
        endCell()
        inCell = true
        cell.removeAll(keepingCapacity: true)
        cellLine = 0
        span = 1
    }

    mutating func endCell() {
        guard inCell else { return }
        inCell = false
        column += 1
        table.add(row: row, column: column, trimmedText(cell[...]), line: cellLine)
        column += span - 1
    }

    /// Text inside the open cell (outside any, it belongs to no cell and is dropped); `line`,
    /// the file's line where it begins, if known (the cell's first text's is the cell's).
    mutating func append(_ raw: UnsafeRawBufferPointer, cdata: Bool, line: Int = 0) {
        guard inCell && cell.count < 32_768 else { return }
        if cellLine == 0 { cellLine = line }
        if cdata { cell.append(contentsOf: raw) } else { XMLScanner.appendDecoded(raw, to: &cell) }
    }

    /// A paragraph, a line break or a nested cell ends: a space, once.
    mutating func space() {
        if inCell, let last = cell.last, last != 32 { cell.append(32) }
    }

    mutating func segment() -> TextSegment {
        endCell()
        var segment = table.segment()
        segment.formLike = true
        return segment
    }
}

/// Tables as markup opens and closes them (Word, slides, HTML): the outermost one is a
/// `ReadingTable`; a table nested in one of its cells is text of that cell.
struct OutermostTable {
    /// Tables open.
    private(set) var depth = 0
    private var table: ReadingTable?
    private let limit: Int
    private let place: String?

    init(limit: Int, place: String? = nil) {
        self.limit = limit
        self.place = place
    }

    /// Inside a table: text and breaks belong to its open cell.
    var isOpen: Bool { depth > 0 }

    mutating func open(number: Int) {
        depth += 1
        if depth == 1 { table = ReadingTable(number: number, limit: limit, place: place) }
    }

    /// A table closes: the outermost one's segment when it is the one.
    mutating func close() -> TextSegment? {
        guard depth > 0 else { return nil }
        depth -= 1
        return depth == 0 ? finish() : nil
    }

    /// The table still open (a damaged part, HTML without its end tag), if any.
    mutating func finish() -> TextSegment? {
        defer { table = nil; depth = 0 }
        guard var finished = table else { return nil }
        return finished.segment()
    }

    mutating func startRow() { if depth == 1 { table?.startRow() } }
    mutating func startCell() { if depth == 1 { table?.startCell() } }
    /// Columns the open cell covers (`gridSpan`, `colspan`).
    mutating func span(_ columns: Int?) { if depth == 1 { table?.span = columns ?? 1 } }
    /// A cell ends: the table's own, or (a space) one of a nested table.
    mutating func endCell() { if depth == 1 { table?.endCell() } else if depth > 1 { table?.space() } }
    mutating func space() { table?.space() }
    mutating func append(_ raw: UnsafeRawBufferPointer, cdata: Bool, line: Int = 0) { table?.append(raw, cdata: cdata, line: line) }
}
