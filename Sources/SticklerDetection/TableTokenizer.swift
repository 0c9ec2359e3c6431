/// A streaming tokenizer for delimited tables (RFC 4180 quoting). It remembers where each
/// cell starts, so a finding can be mapped to its column, finds the header row (the first
/// record with two or more cells), and hands over the text of cells in name columns.
struct TableTokenizer {
    struct Cell {
        var column: Int
        var from: Int
        var to: Int
        var text: String
    }

    struct Row {
        var cells: [Cell]
        var isHeader: Bool
    }

    let delimiter: UInt8
    var header: TableHeader?
    var headerTitles: [String]?
    var processedTo = 0
    var inQuotes = false
    var column = 0
    var cellFrom = 0
    var cellHasText = false
    var cellText: [UInt8] = []
    var cells: [Cell] = []
    /// (global offset, column) of each cell start, for `column(at:)`.
    var cellStarts: [(offset: Int, column: Int)] = [(0, 0)]
    static let cellTextLimit = 128

    init(delimiter: UInt8) { self.delimiter = delimiter }

    /// Whether cells in `column` need their text: every cell until the header is known,
    /// afterwards only name columns.
    func collecting(_ column: Int) -> Bool {
        guard let header else { return true }
        return column < header.columns.count && header.columns[column].columnDetector != nil
    }

    mutating func consume(buffer: UnsafeRawBufferPointer, bufferStart: Int, upTo: Int, eof: Bool, row emit: (Row) -> Void) {
        var index = max(processedTo, bufferStart) - bufferStart
        let end = upTo - bufferStart
        var collect = collecting(column)
        while index < end {
            let byte = buffer[index]
            if inQuotes {
                if byte == 34 {
                    if index + 1 < buffer.count && buffer[index + 1] == 34 {
                        if collect { append(34) }
                        index += 2
                        continue
                    }
                    inQuotes = false
                } else if collect {
                    append(byte)
                }
            } else if byte == delimiter {
                endCell(at: bufferStart + index)
                column += 1
                cellFrom = bufferStart + index + 1
                cellStarts.append((cellFrom, column))
                collect = collecting(column)
            } else if byte == 10 {
                endCell(at: bufferStart + index)
                endRow(emit)
                column = 0
                cellFrom = bufferStart + index + 1
                cellStarts.append((cellFrom, 0))
                collect = collecting(0)
            } else if byte == 34 && !cellHasText {
                inQuotes = true
                cellHasText = true
            } else if byte != 13 {
                cellHasText = true
                if collect { append(byte) }
            }
            index += 1
        }
        processedTo = upTo
        if eof {
            endCell(at: upTo)
            endRow(emit)
        }
    }

    mutating func append(_ byte: UInt8) {
        if cellText.count < Self.cellTextLimit { cellText.append(byte) }
    }

    mutating func endCell(at offset: Int) {
        if !cellText.isEmpty || collecting(column) {
            cells.append(Cell(column: column, from: cellFrom, to: offset, text: String(decoding: cellText, as: UTF8.self)))
        }
        cellText.removeAll(keepingCapacity: true)
        cellHasText = false
    }

    mutating func endRow(_ emit: (Row) -> Void) {
        defer { cells.removeAll(keepingCapacity: true) }
        if headerTitles == nil {
            let titles = cells.map { $0.text.trimmingCharacters(in: .whitespaces) }
            if titles.filter({ !$0.isEmpty }).count >= 2 {
                headerTitles = titles
                emit(Row(cells: cells, isHeader: true))
            }
            return
        }
        if !cells.isEmpty { emit(Row(cells: cells, isHeader: false)) }
    }

    /// The column of the cell holding global `offset`, if known.
    func column(at offset: Int) -> Int? {
        var low = 0, high = cellStarts.count - 1
        guard high >= 0, cellStarts[0].offset <= offset else { return nil }
        while low < high {
            let mid = (low + high + 1) / 2
            if cellStarts[mid].offset <= offset { low = mid } else { high = mid - 1 }
        }
        return cellStarts[low].column
    }

    /// Forgets cell starts that no later candidate can need.
    mutating func trim(before offset: Int) {
        guard let keep = cellStarts.lastIndex(where: { $0.offset <= offset }), keep > 0 else { return }
        cellStarts.removeFirst(keep)
    }
}

import Foundation
