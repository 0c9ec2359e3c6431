import Foundation
import SticklerCore
import SticklerExtraction
import SticklerTesting
import XCTest

final class CompoundFileTests: FormatTestCase {
    func testLegacyOfficeTextRunsOutlookMessageAndEncryption() throws {
        var ids = Identifiers(seed: 20)
        let nhs = ids.nhs(), nino = ids.nino(), upn = ids.upn()
        // A .doc: FIB with the Word magic, body text as UTF-16 (a big stream) and 8-bit.
        var doc = CompoundFileWriter()
        let fib: [UInt8] = [0xEC, 0xA5, 0xC1, 0, 0, 0, 0, 0, 0, 0, 0, 0] + [UInt8](repeating: 0, count: 500)
        doc.add("WordDocument", fib + CompoundFileWriter.utf16("Referral for pupil. NHS number \(nhs) on file.") + [UInt8](repeating: 0, count: 5000))
        doc.add("1Table", Array("NI number \(nino)".utf8) + [0, 0, 0])
        try write("old.doc", doc.finish())
        // The same with fEncrypted set.
        var locked = CompoundFileWriter()
        var lockedFib = fib
        lockedFib[11] = 0x01
        locked.add("WordDocument", lockedFib + [UInt8](repeating: 0x55, count: 600))
        try write("locked.doc", locked.finish())
        // Encrypted OOXML (agile): what Office writes for a password-protected .docx.
        var ooxml = CompoundFileWriter()
        ooxml.add("EncryptionInfo", [4, 0, 4, 0, 0x40, 0, 0, 0] + Array("<encryption/>".utf8))
        ooxml.add("EncryptedPackage", [UInt8](repeating: 0xA7, count: 8000))
        try write("protected.docx", ooxml.finish())
        // An Outlook message with a CSV attachment.
        var msg = CompoundFileWriter()
        msg.add("__properties_version1.0", [UInt8](repeating: 0, count: 32))
        msg.add("__substg1.0_0037001F", CompoundFileWriter.utf16("Pupil record"))
        msg.add("__substg1.0_0C1A001F", CompoundFileWriter.utf16("Olivia Hughes"))
        msg.add("__substg1.0_1000001F", CompoundFileWriter.utf16("Her NI number is \(nino)."))
        msg.add("__attach_version1.0_#00000000/__substg1.0_3707001F", CompoundFileWriter.utf16("list.csv"))
        msg.add("__attach_version1.0_#00000000/__substg1.0_37010102", Array("UPN,Name\n\(upn),Jack Wilson\n".utf8))
        try write("mail.msg", msg.finish())
        let result = try scan()
        XCTAssertEqual(result.file("old.doc")?.format, "doc")
        XCTAssertNotNil(result.found(nhs, in: "old.doc"), "UTF-16 run in a large stream")
        XCTAssertNotNil(result.found(nino, in: "old.doc"), "8-bit run in a mini stream")
        XCTAssertEqual(result.file("locked.doc")?.encryption, "doc")
        XCTAssertEqual(result.file("protected.docx")?.status, .encrypted)
        XCTAssertEqual(result.file("protected.docx")?.encryption, "ooxml-agile")
        XCTAssertEqual(result.file("mail.msg")?.format, "msg")
        XCTAssertNotNil(result.found(nino, in: "mail.msg"))
        XCTAssertNotNil(result.found(upn, in: "mail.msg!list.csv"), "attachment extracted as a file")
    }

    /// A Word 97 document read through its piece table: text in order across an 8-bit and a
    /// UTF-16 piece, a class list's table located by cell under its header (names by
    /// column, NHS numbers without a keyword beside them), a form-like table, a field's
    /// mailto address, a special-category keyword in the body before the tables'
    /// identifiers; the same document without paragraph properties still gives its text.
    func testWordBinaryPieceTableAndTables() throws {
        var ids = Identifiers(seed: 44)
        let numbers = (0..<10).map { _ in ids.nhs() }
        let pupils = ["Amara Hill", "Zofia Watson", "Kacper Harris", "Olivia Hughes", "Jack Wilson",
                      "Chloé Martin", "Oliver Smith", "Ava Jones", "Noah Brown", "Isla Taylor"]
        let formNHS = ids.nhs(), nino = ids.nino()
        var rows = [["Pupil name", "Date of birth", "NHS number", "Medical needs"]]
        for (index, number) in numbers.enumerated() {
            rows.append([pupils[index], String(format: "%02d/03/2015", index + 1), number, index % 3 == 0 ? "Asthma" : ""])
        }
        let blocks: [WordBinaryWriter.Block] = [
            .paragraph("Class 4B medical list, autumn term: an epipen is kept in the office."),
            .table(rows),
            .paragraph("Questions to \u{13} HYPERLINK \"mailto:k.bennett@example.sch.uk\" \u{14}Mrs Bennett\u{15}, please."),
            .table([["Pupil name", "Olivia Hughes"], ["NHS number", formNHS], ["Address", "12 Acacia Avenue"]]),
            .paragraph("Parent's NI number \(nino) on file."),
        ]
        try write("list.doc", WordBinaryWriter(blocks).document())
        var bare = WordBinaryWriter(blocks)
        bare.withoutParagraphProperties = true
        try write("bare.doc", bare.document())
        let result = try scan()
        XCTAssertEqual(result.file("list.doc")?.format, "doc")
        for (index, number) in numbers.enumerated() {
            let found = result.found(number, in: "list.doc")
            XCTAssertEqual(found?.location.cell, "'table 1'!C\(index + 2)", "row \(index + 2)")
            XCTAssertEqual(found?.location.column, "NHS number")
        }
        let names = result.findings(in: "list.doc").filter { $0.finding.detector == "person_name" && $0.finding.location.cell?.hasPrefix("'table 1'") ?? false }
        XCTAssertEqual(names.map(\.value), pupils, "the UTF-16 piece's Chloé too")
        XCTAssertEqual(result.findings(in: "list.doc").filter { $0.finding.detector == "date_of_birth" }.count, 10)
        XCTAssertEqual(result.found(formNHS, in: "list.doc")?.location.cell, "'table 2'!B2")
        XCTAssertNotNil(result.found("k.bennett@example.sch.uk", in: "list.doc"), "a field's instructions are read")
        XCTAssertNotNil(result.found(nino, in: "list.doc"))
        XCTAssertTrue(result.findings(in: "list.doc").contains { $0.finding.detector == "special_health" && $0.finding.location.cell == nil },
                      "the body's keyword counts, though the identifiers come after it, in the tables")
        // Without paragraph properties: no tables, but the text and its identifiers.
        XCTAssertEqual(result.file("bare.doc")?.format, "doc")
        XCTAssertNotNil(result.found(nino, in: "bare.doc"))
        XCTAssertNotNil(result.found(numbers[0], in: "bare.doc"), "the first row is near its header's keyword")
        XCTAssertNil(result.found(numbers[0], in: "bare.doc")?.location.cell)
    }

    /// A crafted piece table whose thousand pieces all repeat one stretch of the stream (of
    /// tabs, which once escaped the paragraph bound): read as far as the stream's size, in
    /// bounded text, and fast. Without paragraph properties a row's end mark ends its line.
    func testWordBinaryOverlappingPiecesAreBounded() throws {
        var doc = WordBinaryWriter([.paragraph(String(repeating: "\t", count: 60_000) + " NHS number 485 777 3457")])
        doc.withoutParagraphProperties = true
        doc.repeatedPieces = 1000
        let bytes = doc.document()
        try write("pieces.doc", bytes)
        var rows = WordBinaryWriter([.table([["Name", "NHS number"], ["Amara Hill", "485 777 3457"]])])
        rows.withoutParagraphProperties = true
        try write("rows.doc", rows.document())
        let result = try scan()
        XCTAssertEqual(result.file("pieces.doc")?.status, .scanned)
        XCTAssertLessThanOrEqual(result.file("pieces.doc")?.bytes ?? .max, 2 * 60_100, "no more text than the stream holds")
        XCTAssertNotNil(result.found("485 777 3457", in: "rows.doc"))
        XCTAssertEqual(result.found("485 777 3457", in: "rows.doc")?.location.line, 2, "the header row, then the pupil's")
    }
}
