/// Maps a byte offset in extracted text back to where a person finds it: a page (PDF,
/// slide), a spreadsheet cell (`Sheet1!B12`; a web page's table cell with the page's line
/// too) or the file's own line (JSON, whose text is one line a value). Entries are appended in offset order.
public struct LocationMap: Sendable {
    public enum Kind: Sendable { case pages, cells(sheet: String), lines }
    public let kind: Kind
    var offsets: [Int] = []
    /// Page number, or row << 16 | column (both 1-based) for cells.
    var values: [Int] = []
    /// Per cell, the file's own line where its text begins (a web page's table), 0 unknown;
    /// empty when no cell has one.
    var cellLines: [Int] = []

    public init(_ kind: Kind) { self.kind = kind }

    mutating func add(offset: Int, line: Int) {
        offsets.append(offset)
        values.append(line)
    }

    mutating func add(offset: Int, page: Int) {
        offsets.append(offset)
        values.append(page)
    }

    mutating func add(offset: Int, row: Int, column: Int, line: Int = 0) {
        if line > 0 && cellLines.count < offsets.count { cellLines += repeatElement(0, count: offsets.count - cellLines.count) }
        offsets.append(offset)
        values.append(row << 16 | min(column, 0xFFFF))
        if !cellLines.isEmpty { cellLines.append(line) }
    }

    /// The page, the cell reference or the source line containing `offset`.
    public func locate(_ offset: Int) -> (page: Int?, cell: String?, line: Int?) {
        var low = 0, high = offsets.count
        while low < high {
            let mid = (low + high) / 2
            if offsets[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return (nil, nil, nil) }
        let value = values[low - 1]
        switch kind {
        case .pages: return (value, nil, nil)
        case .lines: return (nil, nil, value > 0 ? value : nil)
        case .cells(let sheet):
            let line = low - 1 < cellLines.count ? cellLines[low - 1] : 0
            return (nil, Self.cellName(sheet: sheet, row: value >> 16, column: value & 0xFFFF), line > 0 ? line : nil)
        }
    }

    static func cellName(sheet: String, row: Int, column: Int) -> String {
        var letters = ""
        var n = column
        while n > 0 {
            let remainder = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            n = (n - 1) / 26
        }
        let quoted = sheet.contains(where: { !$0.isLetter && !$0.isNumber && $0 != "_" }) ? "'\(sheet)'" : sheet
        return "\(quoted)!\(letters)\(row)"
    }

    /// `B12` -> (row 12, column 2).
    static func parseCell(_ reference: String) -> (row: Int, column: Int)? { parseCell(reference.utf8) }

    static func parseCell<Bytes: Sequence<UInt8>>(_ reference: Bytes) -> (row: Int, column: Int)? {
        var column = 0, row = 0, seenDigit = false
        for byte in reference {
            switch byte {
            case 65...90 where !seenDigit: column = column * 26 + Int(byte - 64)
            case 97...122 where !seenDigit: column = column * 26 + Int(byte - 96)
            case 36: continue
            case 48...57: seenDigit = true; row = row * 10 + Int(byte - 48)
            default: return nil
            }
            if column > 1 << 20 || row > 1 << 24 { return nil }
        }
        return column > 0 && row > 0 ? (row, column) : nil
    }
}
