/// Text from RTF: control words dropped (`\par` and `\line` become new lines, `\tab` a
/// tab), `\'hh` read as Windows-1252, `\uN` as Unicode (skipping the fallback characters),
/// and the destinations that hold no body text (font and colour tables, pictures, embedded
/// objects) skipped; comments (`\annotation`) are read. A table's rows (`\trowd` or `\intbl`
/// to `\row`, cells ended by `\cell`) go to a table of their own, located by cell and read
/// with its titles as a Word table's are ("child | surname | class" over "Ffion |
/// Llewelyn-Hughes | Lark", round 2129's typed-up home-school book).
enum RTFExtractor {
    /// The body's text and its tables' segments.
    static func segments(_ bytes: UnsafeRawBufferPointer, limit: Int) -> [TextSegment] {
        let (body, tables) = read(bytes, limit: limit)
        return [TextSegment(text: body)] + tables
    }

    static let skipped: Set<String> = ["fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "themedata",
                                       "colorschememapping", "datastore", "latentstyles", "listtable", "listoverridetable",
                                       "rsidtbl", "generator", "xmlnstbl", "mmathPr"]

    static func read(_ bytes: UnsafeRawBufferPointer, limit: Int) -> (body: [UInt8], tables: [TextSegment]) {
        var out: [UInt8] = []
        var tables: [TextSegment] = []
        // The table being read, whether a row is open, and the open cell's text.
        var table: ReadingTable? = nil
        var inRow = false
        var cell: [UInt8] = []
        var tableBytes = 0
        func openRow() {
            guard !inRow else { return }
            if table == nil { table = ReadingTable(number: tables.count + 1, limit: limit) }
            table!.startRow()
            inRow = true
            cell.removeAll(keepingCapacity: true)
        }
        func closeCell() {
            guard inRow else { return }
            table!.startCell()
            cell.withUnsafeBytes { table!.append($0, cdata: true) }
            table!.endCell()
            tableBytes += cell.count
            cell.removeAll(keepingCapacity: true)
        }
        func closeTable() {
            guard table != nil else { return }
            if inRow, cell.contains(where: { $0 > 32 }) { closeCell() }
            inRow = false
            tables.append(table!.segment())
            table = nil
        }
        var index = 0
        var skipDepth: Int? = nil
        var depth = 0
        var unicodeSkip = 1, pendingSkip = 0
        var starDestination = false
        let count = bytes.count
        func emit(_ scalar: UInt32) {
            guard skipDepth == nil, out.count + tableBytes < limit else { return }
            if pendingSkip > 0 { pendingSkip -= 1; return }
            if inRow {
                // (A paragraph's or a line's break inside a cell: a space.)
                if scalar == 10 || scalar == 9 {
                    if let last = cell.last, last != 32 { cell.append(32) }
                } else if cell.count < 32_768 {
                    XMLScanner.appendScalar(scalar, to: &cell)
                }
                return
            }
            // Text after a table's last row ends the table.
            if table != nil, scalar > 32 { closeTable() }
            XMLScanner.appendScalar(scalar, to: &out)
        }
        while index < count {
            let byte = bytes[index]
            switch byte {
            case 123: // {
                depth += 1; index += 1
            case 125: // }
                if let skip = skipDepth, depth <= skip { skipDepth = nil }
                depth -= 1; index += 1
            case 92: // backslash
                index += 1
                guard index < count else { break }
                let next = bytes[index]
                if next == 39, index + 2 < count { // \'hh
                    let hex = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[(index + 1)...(index + 2)]), as: UTF8.self)
                    if let value = UInt8(hex, radix: 16) { emit(Windows1252.scalar(value)) }
                    index += 3
                } else if next == 42 { // \*
                    starDestination = true; index += 1
                } else if (65...90).contains(next) || (97...122).contains(next) {
                    let start = index
                    while index < count && ((65...90).contains(bytes[index]) || (97...122).contains(bytes[index])) { index += 1 }
                    let word = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                    var parameter: Int? = nil
                    let numberStart = index
                    if index < count && bytes[index] == 45 { index += 1 }
                    while index < count && (48...57).contains(bytes[index]) && index - numberStart < 10 { index += 1 }
                    if index > numberStart { parameter = Int(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[numberStart..<index]), as: UTF8.self)) }
                    if index < count && bytes[index] == 32 { index += 1 }
                    // (Not a comment's text, `{\*\annotation ...}`: Word's comments, a line of their own.)
                    if word == "annotation" {
                        emit(10)
                    } else if starDestination || skipped.contains(word) {
                        if skipDepth == nil { skipDepth = depth }
                    }
                    starDestination = false
                    switch word {
                    case "trowd" where skipDepth == nil, "intbl" where skipDepth == nil: openRow()
                    case "cell" where inRow: closeCell()
                    case "row" where inRow:
                        if cell.contains(where: { $0 > 32 }) { closeCell() }
                        inRow = false
                    case "par", "line", "row", "sect", "page": emit(10)
                    case "tab", "cell": emit(9)
                    case "uc": unicodeSkip = max(0, parameter ?? 1)
                    case "u":
                        if var value = parameter {
                            if value < 0 { value += 65536 }
                            pendingSkip = 0
                            emit(UInt32(clamping: value))
                            pendingSkip = unicodeSkip
                        }
                    case "emdash": emit(0x2014)
                    case "endash": emit(0x2013)
                    case "lquote": emit(0x2018)
                    case "rquote": emit(0x2019)
                    case "ldblquote": emit(0x201C)
                    case "rdblquote": emit(0x201D)
                    case "bullet": emit(0x2022)
                    default: break
                    }
                } else {
                    // Escaped symbol: \\ \{ \} \~ (non-breaking space) \- \_
                    switch next {
                    case 92, 123, 125: emit(UInt32(next))
                    case 126: emit(32)
                    case 95: emit(45)
                    case 10, 13: emit(10)
                    default: break
                    }
                    index += 1
                }
            case 10, 13:
                index += 1
            default:
                emit(UInt32(byte < 0x80 ? UInt32(byte) : Windows1252.scalar(byte)))
                index += 1
            }
        }
        closeTable()
        return (out, tables)
    }
}

/// Windows-1252 bytes to Unicode scalars (0x80-0x9F differ from Latin-1).
enum Windows1252 {
    static let high: [UInt32] = [0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
                                 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178]

    static func scalar(_ byte: UInt8) -> UInt32 {
        (0x80...0x9F).contains(byte) ? high[Int(byte - 0x80)] : UInt32(byte)
    }

    /// Appends Windows-1252 `bytes` as UTF-8 (ASCII as it is).
    static func appendUTF8<Bytes: Sequence>(_ bytes: Bytes, to out: inout [UInt8]) where Bytes.Element == UInt8 {
        for byte in bytes {
            if byte < 0x80 { out.append(byte) } else { XMLScanner.appendScalar(scalar(byte), to: &out) }
        }
    }
}
