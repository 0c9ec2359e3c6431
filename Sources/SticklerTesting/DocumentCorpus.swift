import Foundation

/// A mixed document corpus for `make bench`: Word, Excel, PDF, zip, e-mail and CSV files
/// built from the same synthetic text as `BenchCorpus` (mostly prose, with letters,
/// class lists and registers mixed in). Zip members are stored, not deflated, so the
/// figures measure extraction and scanning rather than inflate.
public enum DocumentCorpus {
    /// Writes about `megabytes` MB; returns the number of files.
    @discardableResult
    public static func write(to directory: URL, megabytes: Int, seed: UInt64 = 11) throws -> Int {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var documents = Documents(seed: seed)
        var fixtures = OfficeFixtures(seed: seed)
        // A pool of ~2 MB of lines to cut documents from.
        var lines: [String] = []
        var size = 0
        while size < 2_000_000 {
            let roll = Int.random(in: 0..<100, using: &documents.ids.random)
            let block: String
            switch roll {
            case 0..<80: block = documents.prose(words: 120)
            case 80..<88: block = documents.parentLetter()
            case 88..<94: block = documents.classList(pupils: 5)
            default: block = documents.medicalRegister(pupils: 3)
            }
            for line in block.split(separator: "\n") where !line.isEmpty { lines.append(String(line)); size += line.utf8.count + 1 }
        }
        var cursor = 0
        func take(_ bytes: Int) -> [String] {
            var out: [String] = []
            var got = 0
            while got < bytes {
                let line = lines[cursor % lines.count]
                cursor += 1
                out.append(line)
                got += line.utf8.count + 1
            }
            return out
        }
        let target = megabytes * 1_000_000
        var written = 0, files = 0
        func save(_ name: String, _ bytes: [UInt8]) throws {
            try Data(bytes).write(to: directory.appendingPathComponent(name))
            written += bytes.count
            files += 1
        }
        let escape = OfficeFixtures.xmlEscape
        while written < target {
            let n = files
            switch n % 6 {
            case 0: // docx, ~2 MB
                var zip = ZipWriter()
                zip.add("[Content_Types].xml", "<Types/>")
                let body = take(1_500_000).map { "<w:p><w:r><w:t>\(escape($0))</w:t></w:r></w:p>" }.joined()
                zip.add("word/document.xml", "<w:document><w:body>\(body)</w:body></w:document>")
                zip.add("docProps/core.xml", "<cp:coreProperties><dc:creator>Olivia Hughes</dc:creator></cp:coreProperties>")
                try save(String(format: "doc-%04d.docx", n), zip.finish())
            case 1: // xlsx, ~2 MB: a class list sheet
                var zip = ZipWriter()
                zip.add("[Content_Types].xml", "<Types/>")
                zip.add("xl/workbook.xml", "<workbook><sheets><sheet name=\"List\" r:id=\"rId1\"/></sheets></workbook>")
                zip.add("xl/_rels/workbook.xml.rels", "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>")
                var rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>UPN</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>Surname</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>Forename</t></is></c><c r=\"D1\" t=\"inlineStr\"><is><t>NHS number</t></is></c></row>"
                var row = 2
                while rows.utf8.count < 2_000_000 {
                    let person = documents.person()
                    rows += "<row r=\"\(row)\"><c r=\"A\(row)\" t=\"inlineStr\"><is><t>\(documents.ids.upn())</t></is></c><c r=\"B\(row)\" t=\"inlineStr\"><is><t>\(person.family)</t></is></c><c r=\"C\(row)\" t=\"inlineStr\"><is><t>\(person.given)</t></is></c><c r=\"D\(row)\"><v>\(documents.ids.nhs())</v></c></row>"
                    row += 1
                }
                zip.add("xl/worksheets/sheet1.xml", "<worksheet><sheetData>\(rows)</sheetData></worksheet>")
                try save(String(format: "book-%04d.xlsx", n), zip.finish())
            case 2: // pdf, ~1 MB: a 12-page report with a photograph on each page
                let pages = (0..<12).map { _ in take(3_500).joined(separator: "\n") }
                try save(String(format: "report-%04d.pdf", n), OfficeFixtures.pdf(pages: pages, photo: 80_000))
            case 3: // zip of text and CSV
                var zip = ZipWriter()
                for member in 0..<4 { zip.add("folder/notes-\(member).txt", take(500_000).joined(separator: "\n") + "\n") }
                zip.add("folder/list.csv", documents.classList(pupils: 200))
                try save(String(format: "archive-%04d.zip", n), zip.finish())
            case 4: // e-mail with a CSV attachment
                let mail = fixtures.eml(attachment: Array(documents.classList(pupils: 2000).utf8), name: "list.csv")
                try save(String(format: "mail-%04d.eml", n), mail.bytes)
            default: // csv
                try save(String(format: "list-%04d.csv", n), Array(documents.classList(pupils: 20_000).utf8))
            }
        }
        return files
    }
}
