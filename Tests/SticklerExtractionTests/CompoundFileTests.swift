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
}
