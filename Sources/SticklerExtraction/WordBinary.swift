/// The text of a Word 97-2003 document (`.doc`), read as Word reads it ([MS-DOC]): the
/// File Information Block (FIB) gives the piece table (`Clx`), which says where each run
/// of characters lies in the `WordDocument` stream and whether it is 8-bit (Windows-1252)
/// or UTF-16; the paragraph properties (`PlcBtePapx` and its FKP pages) say which
/// paragraphs are table cells and which end a row.
///
/// Body text, footnotes, headers, comments and text boxes come out in document order. A
/// field's instructions are kept beside its result, set apart by spaces: a `HYPERLINK
/// "mailto:…"` may hold an address its shown text does not. Each top-level table becomes a form-like table segment located by cell
/// (`'table 1'!C4`), as a `.docx` table does, so that a class list's or a medical
/// register's header row gives context to its column. Without paragraph properties the
/// cells of a row are joined by tabs on one line.
///
/// Everything is bounds-checked: a FIB, piece table or FKP page that does not hold
/// together gives nil (the caller reads the streams' text runs instead), a piece or page
/// out of range is skipped, and the characters read stop at `limit`.
enum WordBinary {
    /// Paragraph properties that matter here.
    struct Paragraph {
        /// Table nesting depth: 0 outside tables.
        var depth = 0
        /// The mark ending a table row (at `depth`), not a cell.
        var rowEnd = false
    }

    /// A run of paragraphs' bytes in the `WordDocument` stream, `from..<to`, with their properties.
    struct Run {
        var from: Int
        var to: Int
        var paragraph: Paragraph
    }

    struct Piece {
        var characters: Int
        /// Byte offset in the `WordDocument` stream.
        var offset: Int
        var compressed: Bool
    }

    /// Main text first, then its tables; nil where the document is not a Word 97 one with
    /// a piece table this reader can follow.
    static func segments(_ stream: [UInt8], tableStream: (_ which: String) -> [UInt8]?, limit: Int,
                         checkTime: () throws -> Void = {}) throws -> [TextSegment]? {
        let bytes = Bytes(stream)
        // FibBase: wIdent, nFib (Word 97 and later write 0xC1 or more), flags.
        guard bytes.u16(0) == 0xA5EC, let nFib = bytes.u16(2), nFib >= 0xC1, let flags = bytes.u16(0x0A) else { return nil }
        guard let table = tableStream(flags & 0x0200 != 0 ? "1Table" : "0Table") else { return nil }
        // FibRgW, FibRgLw and FibRgFcLcb, each after its count.
        guard let csw = bytes.u16(0x20) else { return nil }
        let cslwAt = 0x22 + csw * 2
        guard let cslw = bytes.u16(cslwAt), cslw >= 4 else { return nil }
        let fcLcbCountAt = cslwAt + 2 + cslw * 4
        guard let fcLcbCount = bytes.u16(fcLcbCountAt), fcLcbCount > 33 else { return nil }
        let fcLcb = fcLcbCountAt + 2
        func pair(_ index: Int) -> (from: Int, count: Int)? {
            guard let from = bytes.u32(fcLcb + index * 8), let count = bytes.u32(fcLcb + index * 8 + 4) else { return nil }
            return (from, count)
        }
        guard let clx = pair(33), let pieces = pieceTable(Bytes(table), at: clx.from, count: clx.count) else { return nil }
        let runs = pair(13).map { paragraphRuns(bytes, table: Bytes(table), at: $0.from, count: $0.count) } ?? []
        // Pieces do not overlap in a real document: all of them together hold at most as
        // many characters as the stream has bytes (a crafted piece table repeating one
        // stretch a thousand times is read as far as that).
        var reader = Reader(runs: runs, limit: limit, characters: min(stream.count, 4 * limit))
        for piece in pieces {
            let width = piece.compressed ? 1 : 2
            var offset = piece.offset
            var remaining = piece.characters
            while remaining > 0, !reader.full, offset + width <= stream.count {
                if reader.read & 0xFFFF == 0 { try checkTime() }
                var unit = piece.compressed ? Windows1252.scalar(stream[offset]) : UInt32(stream[offset]) | UInt32(stream[offset + 1]) << 8
                offset += width
                remaining -= 1
                // A surrogate pair is one character.
                if !piece.compressed, (0xD800..<0xDC00).contains(unit), remaining > 0, offset + 2 <= stream.count {
                    let low = UInt32(stream[offset]) | UInt32(stream[offset + 1]) << 8
                    if (0xDC00..<0xE000).contains(low) {
                        unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                        offset += 2
                        remaining -= 1
                    }
                }
                reader.character(unit, at: offset - width)
            }
        }
        return reader.finish()
    }

    /// The pieces of `Clx` in character order: its `Prc` entries (property changes) are
    /// skipped, then `Pcdt` holds `PlcPcd`, n + 1 character positions and n 8-byte `Pcd`s.
    static func pieceTable(_ table: Bytes, at from: Int, count: Int) -> [Piece]? {
        var offset = from
        let end = from + count
        guard count > 0, end <= table.count else { return nil }
        while offset < end, table[offset] == 0x01 {
            guard let size = table.u16(offset + 1) else { return nil }
            offset += 3 + size
        }
        guard offset + 5 <= end, table[offset] == 0x02, let size = table.u32(offset + 1), size >= 16, offset + 5 + size <= end else { return nil }
        let plc = offset + 5
        let n = (size - 4) / 12
        var pieces: [Piece] = []
        pieces.reserveCapacity(n)
        for index in 0..<n {
            guard let start = table.u32(plc + index * 4), let stop = table.u32(plc + index * 4 + 4),
                  let fc = table.u32(plc + (n + 1) * 4 + index * 8 + 2) else { return nil }
            guard stop > start else { continue } // a damaged or empty piece
            let compressed = fc & 0x4000_0000 != 0
            let raw = fc & 0x3FFF_FFFF
            pieces.append(Piece(characters: stop - start, offset: compressed ? raw / 2 : raw, compressed: compressed))
        }
        return pieces.isEmpty ? nil : pieces
    }

    /// Paragraph runs from `PlcBtePapx`: each entry names a 512-byte FKP page of the
    /// `WordDocument` stream, which lists paragraphs (by byte range) and their `PAPX`.
    static func paragraphRuns(_ stream: Bytes, table: Bytes, at from: Int, count: Int) -> [Run] {
        guard count >= 12, from + count <= table.count else { return [] }
        let n = (count - 4) / 8
        var runs: [Run] = []
        var pages = Set<Int>()
        for index in 0..<min(n, 65_536) {
            guard let entry = table.u32(from + (n + 1) * 4 + index * 4) else { break }
            let page = (entry & 0x3F_FFFF) * 512
            guard page + 512 <= stream.count, pages.insert(page).inserted else { continue }
            let crun = Int(stream[page + 511])
            guard crun > 0, (crun + 1) * 4 + crun * 13 <= 511 else { continue }
            for run in 0..<crun {
                guard let start = stream.u32(page + run * 4), let stop = stream.u32(page + run * 4 + 4), stop > start else { continue }
                let papx = Int(stream[page + (crun + 1) * 4 + run * 13]) * 2
                let paragraph = papx == 0 ? Paragraph() : properties(stream, at: page + papx, pageEnd: page + 511)
                runs.append(Run(from: start, to: stop, paragraph: paragraph))
            }
        }
        runs.sort { $0.from < $1.from }
        return runs
    }

    /// The table properties in one `PapxInFkp`: its size (`cb`, or `cb'` after a zero), the
    /// style index, then single property modifiers (sprms) whose operand size their code
    /// gives.
    static func properties(_ stream: Bytes, at offset: Int, pageEnd: Int) -> Paragraph {
        guard offset < pageEnd else { return Paragraph() }
        var start = offset + 1, size = 2 * Int(stream[offset]) - 1
        if stream[offset] == 0 {
            guard offset + 1 < pageEnd else { return Paragraph() }
            start = offset + 2
            size = 2 * Int(stream[offset + 1])
        }
        let end = min(start + size, pageEnd)
        var inTable = false, rowEnd = false, innerRowEnd = false, depth = 0
        var index = start + 2 // after the style index
        while index + 2 <= end, let sprm = stream.u16(index) {
            index += 2
            let operand: Int
            switch sprm >> 13 {
            case 0, 1: operand = 1
            case 2, 4, 5: operand = 2
            case 3: operand = 4
            case 7: operand = 3
            default:
                if index >= end {
                    operand = 1 // past the end: the guard below stops
                } else if sprm == 0xD608 { // sprmTDefTable: a two-byte size, plus one
                    operand = 2 + max(0, (stream.u16(index) ?? 0) - 1)
                } else if sprm == 0xC615 && stream[index] == 255 { // sprmPChgTabs in its long form: stop here
                    operand = end - index
                } else {
                    operand = 1 + Int(stream[index])
                }
            }
            guard index + operand <= end else { break }
            switch sprm {
            case 0x2416: inTable = stream[index] != 0 // sprmPFInTable
            case 0x2417: rowEnd = stream[index] != 0 // sprmPFTtp
            case 0x244C: innerRowEnd = stream[index] != 0 // sprmPFInnerTtp
            case 0x6649: depth = min(stream.u32(index) ?? 0, 64) // sprmPItap
            default: break
            }
            index += operand
        }
        if depth == 0 && inTable { depth = 1 }
        return Paragraph(depth: depth, rowEnd: depth > 1 ? innerRowEnd : rowEnd)
    }

    /// Characters in, text and tables out.
    struct Reader {
        let runs: [Run]
        var text: TextBuilder
        var tables: [TextSegment] = []
        var table: OutermostTable
        var paragraph: [UInt8] = []
        var rowPending = false, cellOpen = false
        /// The mark before (two cell marks in a row end a row, without paragraph properties).
        var lastMark: UInt32 = 0
        var read = 0
        let characters: Int

        init(runs: [Run], limit: Int, characters: Int) {
            self.runs = runs
            self.characters = characters
            text = TextBuilder(limit: limit)
            table = OutermostTable(limit: limit)
        }

        var full: Bool { read >= characters || text.full }

        mutating func character(_ unit: UInt32, at offset: Int) {
            read += 1
            if unit == 0x0D || unit == 0x07 {
                endParagraph(unit, at: offset)
                return
            }
            lastMark = 0
            guard paragraph.count < 65_536 else { return } // a paragraph's text is bounded, whatever it holds
            switch unit {
            case 0x0B, 0x0C, 0x0E: paragraph.append(10) // line, page and column breaks
            case 0x09: paragraph.append(9)
            case 0x13, 0x14, 0x15: paragraph.append(32) // a field's start, result and end
            case 0x1E: paragraph.append(45) // non-breaking hyphen
            case 0..<0x20: break // object anchors, note references, optional hyphens
            default: XMLScanner.appendScalar(unit, to: &paragraph)
            }
        }

        /// The properties of the paragraph whose mark is at `offset`.
        func properties(at offset: Int) -> Paragraph? {
            guard !runs.isEmpty else { return nil }
            var low = 0, high = runs.count - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if runs[mid].from <= offset { low = mid } else { high = mid - 1 }
            }
            return runs[low].from <= offset && offset < runs[low].to ? runs[low].paragraph : Paragraph()
        }

        mutating func endParagraph(_ mark: UInt32, at offset: Int) {
            defer { paragraph.removeAll(keepingCapacity: true) }
            defer { lastMark = mark }
            guard let properties = properties(at: offset) else {
                // No paragraph properties: a row's cells on one line, tab-separated; the
                // row's own end mark (a second 0x07 after a cell's) ends the line.
                text.append(paragraph)
                if mark == 0x07 && !(lastMark == 0x07 && paragraph.isEmpty) { text.append(9) } else { text.newline() }
                return
            }
            if properties.depth == 0 {
                if let finished = table.finish() { tables.append(finished) }
                text.append(paragraph)
                text.newline()
                return
            }
            if properties.rowEnd {
                if properties.depth == 1 { rowPending = true } else { table.space() }
                return
            }
            if !table.isOpen {
                table.open(number: tables.count + 1)
                table.startRow()
                rowPending = false
                cellOpen = false
            }
            if rowPending {
                table.startRow()
                rowPending = false
                cellOpen = false
            }
            if !cellOpen {
                table.startCell()
                cellOpen = true
            }
            paragraph.withUnsafeBytes { table.append($0, cdata: true) }
            if mark == 0x07 && properties.depth == 1 {
                table.endCell()
                cellOpen = false
            } else {
                table.space() // a paragraph of a cell, or of a table nested in it
            }
        }

        mutating func finish() -> [TextSegment] {
            if !paragraph.isEmpty { text.append(paragraph) }
            if let finished = table.finish() { tables.append(finished) }
            return [text.segment()] + tables
        }
    }

    /// Little-endian reads that answer nil out of range.
    struct Bytes {
        let bytes: [UInt8]
        init(_ bytes: [UInt8]) { self.bytes = bytes }
        var count: Int { bytes.count }
        subscript(_ index: Int) -> UInt8 { bytes[index] }
        func u16(_ at: Int) -> Int? {
            guard at >= 0, at + 2 <= bytes.count else { return nil }
            return Int(bytes[at]) | Int(bytes[at + 1]) << 8
        }
        func u32(_ at: Int) -> Int? {
            guard at >= 0, at + 4 <= bytes.count else { return nil }
            return Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
        }
    }
}
