import Foundation

/// Which spreadsheet cell styles are dates, and how a cell value is shown to a person:
/// numbers without float noise (`9434765919`, not `9.434765919E9`), dates as dd/mm/yyyy.
struct SpreadsheetStyles {
    /// Per `cellXfs` index: whether its number format is a date.
    var dateStyles: [Bool] = []

    static func read(_ part: Blob, xml: XMLScanner) throws -> SpreadsheetStyles {
        var custom: [Int: String] = [:]
        var formats: [Int] = []
        var inCellXfs = false
        try xml.scan(part.bytes) { event in
            switch event {
            case .start(let tag):
                switch localName(tag.name) {
                case "numFmt":
                    if let id = tag.number("numFmtId"), let code = tag.attribute("formatCode") { custom[id] = code }
                case "cellXfs": inCellXfs = !tag.selfClosing
                case "xf": if inCellXfs { formats.append(tag.number("numFmtId") ?? 0) }
                default: break
                }
            case .end(let name): if localName(name) == "cellXfs" { inCellXfs = false }
            case .text: break
            }
        }
        var styles = SpreadsheetStyles()
        styles.dateStyles = formats.map { isDate(format: $0, custom: custom) }
        return styles
    }

    /// Whether number format `id` (built-in, or custom with its code in `custom`) shows a date.
    static func isDate(format id: Int, custom: [Int: String]) -> Bool {
        if (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id) { return true }
        guard let code = custom[id] else { return false }
        return isDateFormat(code)
    }

    static func isDateFormat(_ code: String) -> Bool {
        var plain = ""
        var quoted = false, bracket = false
        for character in code.lowercased() {
            if character == "\"" { quoted.toggle(); continue }
            if quoted { continue }
            if character == "[" { bracket = true; continue }
            if character == "]" { bracket = false; continue }
            if !bracket { plain.append(character) }
        }
        return plain.contains("y") || plain.contains("d")
    }

    /// An OOXML cell's `t` attribute.
    enum CellType {
        case number, shared, inline, string, boolean, error

        init(_ raw: UnsafeRawBufferPointer?) {
            guard let raw else { self = .number; return }
            switch XMLName(raw) {
            case "s": self = .shared
            case "inlineStr": self = .inline
            case "str": self = .string
            case "b": self = .boolean
            case "e": self = .error
            default: self = .number // "n", and "d" (an ISO date, shown as written)
            }
        }
    }

    /// The cell as a person reads it.
    static func render(_ raw: [UInt8], type: CellType, style: Int, strings: [String], styles: SpreadsheetStyles) -> String {
        switch type {
        case .shared:
            var index = 0
            for byte in raw where byte != 32 {
                guard byte >= 48 && byte <= 57, index < Int.max / 10 - 10 else { return "" }
                index = index * 10 + Int(byte - 48)
            }
            guard !raw.isEmpty, index < strings.count else { return "" }
            return strings[index]
        case .inline, .string: return String(decoding: raw, as: UTF8.self)
        case .boolean: return raw == [49] ? "TRUE" : (raw.isEmpty ? "" : "FALSE")
        case .error: return ""
        case .number:
            // Trimmed on bytes: a Foundation trim per numeric cell was a tenth of reading a sheet.
            var trimmed = raw[...]
            while let first = trimmed.first, first == 32 || first == 9 { trimmed.removeFirst() }
            while let last = trimmed.last, last == 32 || last == 9 { trimmed.removeLast() }
            guard let number = Double(String(decoding: trimmed, as: UTF8.self)) else { return String(decoding: raw, as: UTF8.self) }
            if style < styles.dateStyles.count && styles.dateStyles[style] { return date(serial: number) ?? Self.number(number) }
            return Self.number(number)
        }
    }

    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        let rounded = (value * 1e6).rounded() / 1e6
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
        var text = String(format: "%.15g", value)
        if text.contains("e") { return text }
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// Excel's 1900 date system (serial 61 is 1 March 1900), as dd/mm/yyyy.
    static func date(serial: Double) -> String? {
        guard serial >= 1, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        if days < 61 { days += 1 }
        // Days from 1970-01-01: serial 25569 is 1970-01-01.
        let z = days - 25569 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return String(format: "%02d/%02d/%04d", day, month, year)
    }
}
