/// The cells of a legacy Excel workbook (the BIFF8 `Workbook` stream of an .xls, Excel
/// 97 to 2003 and what later versions save as .xls), read from its records: the globals
/// (BOUNDSHEET sheet names, the SST shared strings across CONTINUE records, FORMAT and XF
/// for dates, DATEMODE), then each worksheet's LABELSST, LABEL, RSTRING, NUMBER, RK,
/// MULRK, BOOLERR and FORMULA cached values (with the STRING record after a text formula).
/// Each worksheet becomes a table segment like an `.xlsx` sheet; its comments (TXO text,
/// located at their cell through OBJ and NOTE), text boxes and page header and footer
/// become a plain segment of their own.
///
/// Not read: BIFF5 and older (`Book` streams), charts, defined names, hyperlinks. A
/// stream that is not BIFF8 or whose records are inconsistent throws `ExtractionError`
/// and the caller falls back to text runs; an encrypted stream (FILEPASS) is the
/// caller's to recognise first.
struct XLSWorkbook {
    struct Cell {
        var row: Int, column: Int, text: String
    }

    let stream: BIFFStream
    let textLimit: Int
    let budget: ExtractionBudget
    var sheets: [(name: String, offset: Int)] = []
    var strings: [String] = []
    var customFormats: [Int: String] = [:]
    var cellFormats: [Int] = []
    /// Per XF: whether its number format shows a date (worked out once, after the globals).
    var dateFormats: [Bool] = []
    var date1904 = false
    var notes: [TextSegment] = []
    /// Text taken from cells so far, all sheets together: bounded by `textLimit`, since
    /// a 10-byte LABELSST record can repeat a 32,767-character shared string.
    var cellBytes = 0

    init(_ bytes: [UInt8], textLimit: Int, budget: ExtractionBudget) {
        stream = BIFFStream(bytes)
        self.textLimit = textLimit
        self.budget = budget
    }

    /// One table segment per worksheet, then each worksheet's comments and text boxes.
    static func segments(_ bytes: [UInt8], textLimit: Int, budget: ExtractionBudget) throws -> [TextSegment] {
        var book = XLSWorkbook(bytes, textLimit: textLimit, budget: budget)
        try book.readGlobals()
        var segments: [TextSegment] = []
        var seen = Set<Int>()
        for sheet in book.sheets where seen.insert(sheet.offset).inserted {
            segments.append(try book.readSheet(name: sheet.name, offset: sheet.offset))
        }
        return segments + book.notes
    }

    // MARK: Globals

    mutating func readGlobals() throws {
        guard let bof = try stream.record(at: 0), bof.type == 0x0809, bof.body.count >= 4, stream.u16(bof.body.lowerBound) == 0x0600 else {
            throw ExtractionError("not a BIFF8 workbook stream")
        }
        var offset = bof.end
        var count = 0
        while let record = try stream.record(at: offset) {
            offset = record.end
            count += 1
            if count & 0xFFF == 0 { try budget.checkTime() }
            let body = record.body, at = body.lowerBound
            switch record.type {
            case 0x000A: // EOF
                dateFormats = cellFormats.map { SpreadsheetStyles.isDate(format: $0, custom: customFormats) }
                return
            case 0x0085 where body.count >= 8: // BOUNDSHEET: position, visibility, type, name
                var cursor = BIFFCursor(stream, pieces: [body], skipping: 6)
                let name = try cursor.string(lengthBytes: 1)
                if stream.bytes[at + 5] == 0 { sheets.append((name, Int(stream.u32(at)))) }
            case 0x00FC where body.count >= 8: // SST, continued
                let (pieces, next) = try stream.continued(record)
                offset = next
                try readStrings(pieces, count: Int(stream.u32(at + 4)))
            case 0x041E where body.count >= 5: // FORMAT: id, code
                var cursor = BIFFCursor(stream, pieces: [body], skipping: 2)
                customFormats[stream.u16(at)] = try cursor.string()
            case 0x00E0 where body.count >= 4: // XF: font, number format, ...
                cellFormats.append(stream.u16(at + 2))
            case 0x0022 where body.count >= 2: // DATEMODE
                date1904 = stream.u16(at) == 1
            default: break
            }
        }
        throw ExtractionError("BIFF workbook globals end without an EOF record")
    }

    /// The shared strings, until `count` or the end of the records; Excel's count can be
    /// wrong, so the data decides.
    mutating func readStrings(_ pieces: [Range<Int>], count: Int) throws {
        var cursor = BIFFCursor(stream, pieces: pieces, skipping: 8)
        var bytes = 0
        while strings.count < count && !cursor.atEnd {
            let text = try cursor.string()
            bytes += text.utf8.count
            strings.append(bytes <= textLimit ? text : "")
            if strings.count & 0xFFFF == 0 { try budget.checkTime() }
        }
    }

    /// LABELSST, LABEL, RSTRING, NUMBER, RK, MULRK, FORMULA, BOOLERR.
    static let cellRecords: Set<UInt16> = [0x00FD, 0x0204, 0x00D6, 0x0203, 0x027E, 0x00BD, 0x0006, 0x0205]

    /// A number as a person reads it: a date when its XF's format is one.
    func render(_ value: Double, format: Int) -> String {
        if format < dateFormats.count, dateFormats[format], let date = SpreadsheetStyles.date(serial: date1904 ? value + 1462 : value) {
            return date
        }
        return SpreadsheetStyles.number(value)
    }

    /// An RK number ([MS-XLS] 2.5.217): bit 0 divides by 100, bit 1 says the upper 30 bits
    /// are a signed integer, else they are the upper 30 bits of a double.
    static func rk(_ raw: UInt32) -> Double {
        var value = raw & 2 != 0 ? Double(Int32(bitPattern: raw) >> 2) : Double(bitPattern: UInt64(raw & 0xFFFF_FFFC) << 32)
        if raw & 1 != 0 { value /= 100 }
        return value
    }
}
