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
    /// Set as soon as the header row ends: the first with two or more cells of which the
    /// rules know a title, or else the `headerRowsToTry`th with two or more cells.
    var header: TableHeader?
    var headerRowsTried = 0
    static let headerRowsToTry = 4
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

    /// Tokenizes up to global offset `upTo`, handing over each finished row. `resolve` turns
    /// the header row's titles into a `TableHeader` as soon as that row ends, so the rest of
    /// the same chunk collects the text of name columns only.
    mutating func consume(buffer: UnsafeRawBufferPointer, bufferStart: Int, upTo: Int, eof: Bool,
                          resolve: ([String]) -> TableHeader, row emit: (Row) -> Void) {
        var index = max(processedTo, bufferStart) - bufferStart
        let end = upTo - bufferStart
        var collect = collecting(column)
        let delimiter = self.delimiter
        while index < end {
            if inQuotes {
                // A quoted run: everything up to the next quote is cell text.
                var next = index
                while next < end && buffer[next] != 34 { next += 1 }
                if collect { append(buffer, from: index, to: next) }
                if next == end { index = end; break }
                if next + 1 < buffer.count && buffer[next + 1] == 34 { // "" is a literal quote
                    if collect { append(buffer, from: next, to: next + 1) }
                    index = next + 2
                    continue
                }
                inQuotes = false
                index = next + 1
                continue
            }
            // An unquoted run of ordinary bytes, then the byte that ends it.
            let next = Self.nextSpecial(buffer, from: index, to: end, delimiter: delimiter)
            if next > index {
                cellHasText = true
                if collect { append(buffer, from: index, to: next) }
            }
            if next == end { index = end; break }
            let byte = buffer[next]
            index = next + 1
            if byte == delimiter {
                endCell(at: bufferStart + next)
                column += 1
                cellFrom = bufferStart + index
                cellStarts.append((cellFrom, column))
                collect = collecting(column)
            } else if byte == 10 {
                endCell(at: bufferStart + next)
                endRow(resolve: resolve, emit)
                column = 0
                cellFrom = bufferStart + index
                cellStarts.append((cellFrom, 0))
                collect = collecting(0)
            } else if byte == 34 {
                if cellHasText { // a quote inside unquoted text is text
                    if collect { append(buffer, from: next, to: index) }
                } else {
                    inQuotes = true
                    cellHasText = true
                }
            } // a carriage return is dropped
        }
        processedTo = upTo
        if eof {
            endCell(at: upTo)
            endRow(resolve: resolve, emit)
        }
    }

    /// The first delimiter, newline, quote or carriage return in `from..<end` (`end` if
    /// none), sixteen bytes at a time: prose sniffed as a table has long runs between them.
    @inline(__always)
    static func nextSpecial(_ buffer: UnsafeRawBufferPointer, from: Int, to end: Int, delimiter: UInt8) -> Int {
        var index = from
        let delimiters = SIMD16<UInt8>(repeating: delimiter), newlines = SIMD16<UInt8>(repeating: 10)
        let quotes = SIMD16<UInt8>(repeating: 34), returns = SIMD16<UInt8>(repeating: 13)
        while index + 16 <= end {
            let block = buffer.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
            if any((block .== delimiters) .| (block .== newlines) .| (block .== quotes) .| (block .== returns)) { break }
            index += 16
        }
        while index < end {
            let byte = buffer[index]
            if byte == delimiter || byte == 10 || byte == 34 || byte == 13 { return index }
            index += 1
        }
        return end
    }

    mutating func append(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) {
        let room = Self.cellTextLimit - cellText.count
        guard room > 0 else { return }
        cellText.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[from..<min(to, from + room)]))
    }

    mutating func endCell(at offset: Int) {
        if !cellText.isEmpty || collecting(column) {
            cells.append(Cell(column: column, from: cellFrom, to: offset, text: String(decoding: cellText, as: UTF8.self)))
            cellText.removeAll(keepingCapacity: true)
        }
        cellHasText = false
    }

    mutating func endRow(resolve: ([String]) -> TableHeader, _ emit: (Row) -> Void) {
        defer { cells.removeAll(keepingCapacity: true) }
        if header == nil {
            let titles = cells.map { $0.text.trimmingCharacters(in: .whitespaces) }
            if titles.filter({ !$0.isEmpty }).count >= 2 {
                // A banner or title row above the header ("Autumn 1 | | Autumn 2", "Year 9
                // Points Summary | Printed: 01/10/2024"), of which the rules know no title, is
                // passed over for a later one they know, within the first few rows.
                let candidate = resolve(titles)
                headerRowsTried += 1
                guard candidate.columns.contains(where: \.isKnown) || headerRowsTried >= Self.headerRowsToTry else { return }
                header = candidate
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
