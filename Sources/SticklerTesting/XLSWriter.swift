/// A minimal legacy Excel (.xls, BIFF8) writer for fixtures: a `Workbook` stream in a
/// compound file with the globals (BOF, CODEPAGE, DATEMODE, FONT, FORMAT, XF, BOUNDSHEET,
/// SST split into CONTINUE records, EOF) and one substream per sheet (BOF, DIMENSIONS,
/// cells, comments as OBJ + TXO (the text in a CONTINUE) + NOTE, EOF). Runs of `.rk` cells in a row are written as
/// one MULRK. Not a general
/// writer: no styles beyond a date format, no formulas' token streams (a cached value
/// only), no EXTSST.
public struct XLSWriter {
    public enum Cell {
        case shared(String)     // LABELSST: an index into the SST
        case label(String)      // LABEL: the string in the cell record
        case number(Double)     // NUMBER
        case rk(Double)         // RK (MULRK for runs); NUMBER if it has no RK form
        case date(Double)       // NUMBER with a dd/mm/yyyy custom format (serial days)
        case formula(Double)    // FORMULA with a cached number
        case formulaText(String) // FORMULA with its cached text in a STRING record
        case boolean(Bool)      // BOOLERR
        case empty
    }

    var sheets: [(name: String, rows: [[Cell]], comments: [(row: Int, column: Int, text: String)])] = []
    /// Longest SST or CONTINUE body; small values split strings across CONTINUE records.
    public var sstRecordLimit = 8224
    /// Strings written with a rich-text run and phonetic data, which a reader must skip.
    public var richStrings: Set<String> = []
    /// Adds a FILEPASS record, as a password-protected workbook has.
    public var encrypted = false
    /// Dates count days from 1 January 1904 (DATEMODE 1, old Mac Excel) instead of 1900.
    public var date1904 = false

    public init() {}

    public mutating func sheet(_ name: String, _ rows: [[Cell]]) { sheets.append((name, rows, [])) }

    /// A comment on a cell (0-based) of the last sheet.
    public mutating func comment(_ text: String, row: Int = 0, column: Int = 0) {
        sheets[sheets.count - 1].comments.append((row, column, text))
    }

    /// The workbook in a compound file, as Excel saves an .xls.
    public func finish() -> [UInt8] {
        var file = CompoundFileWriter()
        file.add("Workbook", stream())
        return file.finish()
    }

    /// The BIFF8 `Workbook` stream.
    public func stream() -> [UInt8] {
        var strings: [String] = []
        var index: [String: Int] = [:]
        var count = 0
        for sheet in sheets {
            for row in sheet.rows {
                for case .shared(let text) in row {
                    count += 1
                    if index[text] == nil {
                        index[text] = strings.count
                        strings.append(text)
                    }
                }
            }
        }
        var globals = Self.record(0x0809, u16(0x0600) + u16(0x0005) + u16(0x0DBB) + u16(0x07CC) + u32(0) + u32(6))
        if encrypted { globals += Self.record(0x002F, u16(0) + [UInt8](repeating: 0x11, count: 4)) }
        globals += Self.record(0x0042, u16(1200)) + Self.record(0x0022, u16(date1904 ? 1 : 0))
        globals += Self.record(0x0031, u16(200) + u16(0) + u16(0x7FFF) + u16(400) + u16(0) + [0, 0, 0, 0] + short("Arial"))
        globals += Self.record(0x041E, u16(164) + long("dd/mm/yyyy"))
        // XF 0: the Normal style; XF 1: a cell; XF 2: a cell with the date format.
        for (format, flags) in [(UInt16(0), UInt16(0xFFF5)), (0, 0x0001), (164, 0x0001)] {
            globals += Self.record(0x00E0, u16(0) + u16(format) + u16(flags) + [UInt8](repeating: 0, count: 14))
        }
        var placeholders: [Int] = []
        for sheet in sheets {
            placeholders.append(globals.count + 4)
            globals += Self.record(0x0085, u32(0) + [0, 0] + short(sheet.name))
        }
        globals += sst(strings, total: count)
        globals += Self.record(0x000A, [])
        var out = globals
        for (number, sheet) in sheets.enumerated() {
            let position = UInt32(out.count)
            for (i, byte) in u32(position).enumerated() { out[placeholders[number] + i] = byte }
            out += Self.record(0x0809, u16(0x0600) + u16(0x0010) + u16(0x0DBB) + u16(0x07CC) + u32(0) + u32(6))
            let columns = sheet.rows.map(\.count).max() ?? 0
            out += Self.record(0x0200, u32(0) + u32(UInt32(sheet.rows.count)) + u16(0) + u16(UInt16(columns)) + u16(0))
            for (row, cells) in sheet.rows.enumerated() { out += self.row(UInt16(row), cells, index: index) }
            for (number, comment) in sheet.comments.enumerated() {
                let id = UInt16(number + 1)
                let common = u16(0x15) + u16(0x12) + u16(0x19) + u16(id) + u16(0x4011) + [UInt8](repeating: 0, count: 12)
                let note = u16(0x0D) + u16(0x16) + [UInt8](repeating: 0, count: 22)
                out += Self.record(0x005D, common + note + u32(0))
                out += Self.record(0x01B6, u16(0x0212) + [UInt8](repeating: 0, count: 8) + u16(UInt16(comment.text.utf16.count)) + u16(16) + [0, 0, 0, 0])
                out += Self.record(0x003C, Self.characters(comment.text))
                out += Self.record(0x003C, [UInt8](repeating: 0, count: 16))
                out += Self.record(0x001C, u16(UInt16(comment.row)) + u16(UInt16(comment.column)) + u16(0) + u16(id) + long("Office") + [0])
            }
            out += Self.record(0x000A, [])
        }
        return out
    }

    func row(_ row: UInt16, _ cells: [Cell], index: [String: Int]) -> [UInt8] {
        var out: [UInt8] = []
        var column = 0
        while column < cells.count {
            let head = u16(row) + u16(UInt16(column))
            switch cells[column] {
            case .shared(let text): out += Self.record(0x00FD, head + u16(1) + u32(UInt32(index[text]!)))
            case .label(let text): out += Self.record(0x0204, head + u16(1) + long(text))
            case .number(let value): out += Self.record(0x0203, head + u16(1) + f64(value))
            case .date(let value): out += Self.record(0x0203, head + u16(2) + f64(value))
            case .formula(let value): out += formula(head, f64(value))
            case .formulaText(let text):
                out += formula(head, [0, 0, 0, 0, 0, 0, 0xFF, 0xFF])
                out += Self.record(0x0207, long(text))
            case .boolean(let value): out += Self.record(0x0205, head + u16(1) + [value ? 1 : 0, 0])
            case .empty: break
            case .rk(let value):
                var run: [UInt32] = []
                while column + run.count < cells.count, case .rk(let next) = cells[column + run.count], let rk = Self.rk(next) {
                    run.append(rk)
                }
                if run.count > 1 {
                    out += Self.record(0x00BD, head + run.flatMap { u16(1) + u32($0) } + u16(UInt16(column + run.count - 1)))
                    column += run.count
                    continue
                }
                out += Self.rk(value).map { Self.record(0x027E, head + u16(1) + u32($0)) } ?? Self.record(0x0203, head + u16(1) + f64(value))
            }
            column += 1
        }
        return out
    }

    func formula(_ head: [UInt8], _ value: [UInt8]) -> [UInt8] {
        // Cached value, flags, chn, then a one-token formula (an integer constant, ptgInt 1).
        Self.record(0x0006, head + u16(1) + value + u16(0) + u32(0) + u16(3) + [0x1E, 1, 0])
    }

    /// The SST, each record at most `sstRecordLimit` bytes of body. A string's header is
    /// never split; its characters may be, each CONTINUE then starting with an option byte
    /// (8-bit when the part that follows fits in Latin-1); rich runs and phonetic data
    /// follow the characters and are split anywhere.
    func sst(_ strings: [String], total: Int) -> [UInt8] {
        let limit = max(sstRecordLimit, 12)
        var records: [[UInt8]] = [u32(UInt32(total)) + u32(UInt32(strings.count))]
        func room() -> Int { limit - records[records.count - 1].count }
        for string in strings {
            let units = Array(string.utf16)
            let rich = richStrings.contains(string)
            let headerSize = 3 + (rich ? 6 : 0)
            if room() < headerSize + 1 { records.append([]) }
            // The first part's compression goes in the header's option byte.
            func part(_ from: Int, room: Int) -> (count: Int, wide: Bool) {
                let narrow = min(units.count - from, room)
                if units[from..<(from + narrow)].allSatisfy({ $0 <= 0xFF }) { return (narrow, false) }
                return (min(units.count - from, room / 2), true)
            }
            var position = 0
            var current: (count: Int, wide: Bool) = units.isEmpty ? (0, false) : part(0, room: room() - headerSize)
            var header = u16(UInt16(units.count)) + [UInt8((current.wide ? 1 : 0) | (rich ? 0x0C : 0))]
            if rich { header += u16(1) + u32(6) }
            records[records.count - 1] += header
            while true {
                for unit in units[position..<(position + current.count)] {
                    records[records.count - 1] += current.wide ? u16(unit) : [UInt8(unit)]
                }
                position += current.count
                guard position < units.count else { break }
                records.append([])
                current = part(position, room: limit - 1)
                records[records.count - 1].append(current.wide ? 1 : 0)
            }
            if rich {
                for byte in u16(0) + u16(0) + [0x54, 0x68, 0x00, 0x00, 0x00, 0x00] { // one run, then phonetic data
                    if room() == 0 { records.append([]) }
                    records[records.count - 1].append(byte)
                }
            }
        }
        return records.enumerated().flatMap { Self.record($0.offset == 0 ? 0x00FC : 0x003C, $0.element) }
    }

    /// The RK form of `value` ([MS-XLS] 2.5.217), if it has one.
    public static func rk(_ value: Double) -> UInt32? {
        for (scaled, flag) in [(value, UInt32(0)), (value * 100, UInt32(1))] {
            if scaled == scaled.rounded(), abs(scaled) < Double(1 << 29) {
                return UInt32(bitPattern: Int32(scaled) << 2) | 2 | flag
            }
            let bits = scaled.bitPattern
            if bits & 0x3_FFFF_FFFF == 0, flag == 0 || Double(bitPattern: bits) / 100 == value {
                return UInt32(truncatingIfNeeded: bits >> 32) | flag
            }
        }
        return nil
    }

    static func record(_ type: UInt16, _ body: [UInt8]) -> [UInt8] { u16(type) + u16(UInt16(body.count)) + body }

    func short(_ text: String) -> [UInt8] { [UInt8(text.utf16.count)] + Self.characters(text) }
    func long(_ text: String) -> [UInt8] { u16(UInt16(text.utf16.count)) + Self.characters(text) }

    /// The option byte and the characters: 8-bit when every one fits, else UTF-16.
    static func characters(_ text: String) -> [UInt8] {
        let units = Array(text.utf16)
        if units.allSatisfy({ $0 <= 0xFF }) { return [0] + units.map { UInt8($0) } }
        return [1] + units.flatMap { u16($0) }
    }
}

private func u16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
private func u32(_ value: UInt32) -> [UInt8] { [0, 8, 16, 24].map { UInt8(truncatingIfNeeded: value >> UInt32($0)) } }
private func f64(_ value: Double) -> [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: value.bitPattern >> UInt64($0 * 8)) } }
