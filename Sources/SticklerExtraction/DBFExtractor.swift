/// A dBase table (`.dbf`: dBase III and IV, FoxPro, Visual FoxPro), as an old MIS or a DOS
/// application left its pupils, staff and contacts on a school's server: its records read
/// as a table under its field names (`SURNAME`, `DOB`, `UPN` give context as a header does),
/// deleted records too (still in the file). Character fields are trimmed, dates (`D`,
/// `19990314`) written dd/mm/yyyy, numbers as written; memo fields (in a separate `.dbt`
/// or `.fpt` file) and binary ones are not read. 8-bit text is read as Windows-1252.
enum DBFExtractor {
    struct Field {
        var name: String
        var type: UInt8
        var offset: Int
        var length: Int
    }

    struct Header {
        var records: Int
        var headerLength: Int
        var recordLength: Int
        var fields: [Field]
    }

    static let versions: Set<UInt8> = [0x02, 0x03, 0x04, 0x05, 0x30, 0x31, 0x32, 0x43, 0x63, 0x83, 0x8B, 0xCB, 0xF5, 0xFB]

    /// The table's layout if `bytes` begin like a dBase file: a known version byte, a
    /// plausible date of last update, field descriptors of printable names and known types
    /// ending with 0x0D, whose lengths add up to the record length.
    static func header(_ bytes: UnsafeRawBufferPointer) -> Header? {
        guard bytes.count >= 65, versions.contains(bytes[0]), (1...12).contains(bytes[2]), (1...31).contains(bytes[3]) else { return nil }
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        let records = u16(4) | u16(6) << 16
        let headerLength = u16(8), recordLength = u16(10)
        guard headerLength >= 65, recordLength >= 2 else { return nil }
        var fields: [Field] = []
        var at = 32, offset = 1
        while at + 32 <= min(bytes.count, headerLength) {
            if bytes[at] == 0x0D { break }
            let raw = bytes[at..<(at + 11)].prefix { $0 != 0 }
            guard !raw.isEmpty, raw.allSatisfy({ $0 > 32 && $0 < 127 }) else { return nil }
            let type = bytes[at + 11]
            guard Array("CNFDLMBGPYTI@O+VWQ0".utf8).contains(type) else { return nil }
            let length = type == UInt8(ascii: "C") ? Int(bytes[at + 16]) | Int(bytes[at + 17]) << 8 : Int(bytes[at + 16])
            guard length > 0 else { return nil }
            fields.append(Field(name: String(decoding: raw, as: UTF8.self), type: type, offset: offset, length: length))
            offset += length
            at += 32
        }
        guard !fields.isEmpty, at < bytes.count, bytes[at] == 0x0D, offset == recordLength || fields.count > 1 && offset <= recordLength else { return nil }
        return Header(records: records, headerLength: headerLength, recordLength: recordLength, fields: fields)
    }

    static func isTable(_ prefix: [UInt8]) -> Bool {
        prefix.withUnsafeBytes { header($0) != nil }
    }

    static func extract(_ blob: Blob, path: String, run: ExtractionRun) throws {
        guard let layout = header(blob.bytes) else { throw ExtractionError("unreadable dBase table header") }
        let file = path.split(separator: "!").last?.split(separator: "/").last ?? "table"
        let name = String(file.split(separator: ".").first ?? file) // PUPILS.DBF: PUPILS!B4
        var table = SheetTable(sheet: name, limit: run.textLimit)
        for (column, field) in layout.fields.enumerated() { table.add(row: 1, column: column + 1, field.name) }
        let bytes = blob.bytes
        var start = layout.headerLength, row = 1
        // As many records as the file holds (the count in the header may be stale).
        while start + layout.recordLength <= bytes.count, row <= layout.records + 1 || layout.records == 0, !table.text.full {
            if bytes[start] == 0x1A { break } // end of file
            row += 1
            for (column, field) in layout.fields.enumerated() where field.offset + field.length <= layout.recordLength {
                let raw = UnsafeRawBufferPointer(rebasing: bytes[(start + field.offset)..<(start + field.offset + field.length)])
                let value = render(raw, type: field.type)
                if !value.isEmpty { table.add(row: row, column: column + 1, value) }
            }
            start += layout.recordLength
            if row % 4096 == 0 { try run.budget.checkTime() }
        }
        try run.document(path: path, format: "dbf", bytes: blob.count, [table.segment()])
    }

    /// A field's value as a person reads it.
    static func render(_ raw: UnsafeRawBufferPointer, type: UInt8) -> String {
        switch type {
        case UInt8(ascii: "C"), UInt8(ascii: "N"), UInt8(ascii: "F"), UInt8(ascii: "L"):
            var bytes: [UInt8] = []
            Windows1252.appendUTF8(raw.lazy.filter { $0 != 0 }, to: &bytes)
            while bytes.last == 32 { bytes.removeLast() }
            return String(decoding: bytes.drop { $0 == 32 }, as: UTF8.self)
        case UInt8(ascii: "D"):
            let digits = raw.filter { $0 >= 48 && $0 <= 57 }
            guard digits.count == 8 else { return "" }
            let text = String(decoding: digits, as: UTF8.self)
            return "\(text.dropFirst(6))/\(text.dropFirst(4).prefix(2))/\(text.prefix(4))"
        default:
            return "" // memo pointers, binary, currency, timestamps: nothing a person reads here
        }
    }
}
