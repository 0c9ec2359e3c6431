import Foundation
import SticklerCore
import SticklerExtraction
import SticklerTesting
import XCTest

/// Hostile and broken input: every case ends in a per-file record and the scan goes on.
final class HostileInputTests: FormatTestCase {
    var small: ExtractionLimits {
        var limits = ExtractionLimits()
        limits.maxExpandedBytes = 32 << 20
        return limits
    }

    /// Found by `make fuzz` (archive): a gzip header followed by garbage fails in
    /// `archive_read_open`; the handle was freed twice and libarchive aborted the process.
    func testCorruptCompressedStreamIsAPerFileError() throws {
        var bytes: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03, 0x01, 0x00, 0x08, 0xFF, 0xF7]
        bytes += Array("home/letter.txt".utf8) + [UInt8](repeating: 0, count: 64)
        try write("broken.gz", bytes)
        try write("after.txt", Array("NHS number \(Identifiers(seed: 1).nhsValue)\n".utf8))
        let result = try scan()
        XCTAssertEqual(result.files.first { $0.path.hasSuffix("broken.gz") }?.status, .error, "\(result.files)")
        XCTAssertNotNil(result.files.first { $0.path.hasSuffix("after.txt") && $0.findings > 0 })
    }

    /// Found by `make fuzz` (rtf): `\u3333333333` and `&#x7FFFFFFF;` are not Unicode
    /// scalars; they used to trap while being encoded as UTF-8. Now they read as U+FFFD.
    func testCodePointsBeyondUnicodeBecomeReplacementCharacters() throws {
        let inputs: [(String, String)] = [
            ("note.rtf", "{\\rtf1\\ansi r\\u3333333333333?sum \\u-70000? \\u99999999? NHS}"),
            ("page.html", "<html><body><p>&#x7FFFFFFF; &#xD800; &#1114112; NHS</p></body></html>"),
        ]
        for (name, text) in inputs {
            var texts: [String] = []
            try Extractor().extract(bytes: Array(text.utf8), path: name) { item in
                guard case .document(let document) = item else { return }
                for segment in document.segments { texts.append(LegacyExcelTests.text(segment)) }
            }
            let joined = texts.joined()
            XCTAssertTrue(joined.contains("NHS"), "\(name): \(joined)")
            XCTAssertTrue(joined.contains("\u{FFFD}"), "\(name): \(joined)")
        }
    }

    func testNestedZipBombStopsAtTheExpansionLimit() throws {
        var inner = ZipWriter()
        for index in 0..<4 { inner.add("text\(index).txt", [], method: .repeated(65, 16 << 20)) }
        let innerBytes = inner.finish()
        var outer = ZipWriter()
        for index in 0..<4 { outer.add("level\(index).zip", innerBytes) }
        try write("bomb.zip", outer.finish())
        try write("after.txt", Array("NHS number \(Identifiers(seed: 1).nhsValue)\n".utf8))
        let result = try scan(limits: small)
        XCTAssertEqual(result.file("bomb.zip")?.status, .error)
        XCTAssertEqual(result.file("bomb.zip")?.reason, "archive expands beyond 32 MiB (possible zip bomb)")
        XCTAssertEqual(result.file("after.txt")?.status, .scanned, "the scan goes on")
    }

    func testExpansionRatioLimit() throws {
        var zip = ZipWriter()
        zip.add("text.txt", [], method: .repeated(65, 24 << 20))
        try write("ratio.zip", zip.finish())
        var limits = ExtractionLimits()
        limits.maxRatio = 50
        limits.ratioFloor = 1 << 20
        let result = try scan(limits: limits)
        XCTAssertEqual(result.file("ratio.zip")?.reason, "archive expands more than 50 times its size (possible zip bomb)")
    }

    func testOverlappingEntryBomb() throws {
        try write("overlap.zip", ZipWriter.overlappingBomb(entries: 200, zerosEach: 1 << 20))
        let result = try scan(limits: small)
        let record = result.file("overlap.zip")
        XCTAssertEqual(record?.status, .error, "\(String(describing: record))")
    }

    func testTraversalNamesAreNamesOnlyAndInvalidUTF8IsRepaired() throws {
        var ids = Identifiers(seed: 13)
        let nhs = ids.nhs()
        var zip = ZipWriter()
        zip.add("../../escaped.txt", "NHS number \(nhs)\n")
        zip.add("", Array("NHS number \(nhs)\n".utf8), nameBytes: [0xFF, 0xFE, 0x41] + Array(".txt".utf8))
        try write("sub/traversal.zip", zip.finish())
        let result = try scan()
        XCTAssertNotNil(result.found(nhs, in: "traversal.zip!../../escaped.txt"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.deletingLastPathComponent().appendingPathComponent("escaped.txt").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent("escaped.txt").path))
        XCTAssertNotNil(result.found(nhs, in: "traversal.zip!\u{FFFD}\u{FFFD}A.txt"), "\(result.files.map(\.path))")
    }

    func testTruncatedZipAndCorruptMembers() throws {
        var fixtures = OfficeFixtures(seed: 14)
        let doc = fixtures.docx()
        var zip = ZipWriter()
        zip.add("a.docx", doc.bytes)
        zip.add("b.txt", "NHS number \(doc.nhs)\n")
        let whole = zip.finish()
        try write("truncated.zip", Array(whole.prefix(whole.count * 2 / 3)))
        try write("truncated.docx", Array(doc.bytes.prefix(doc.bytes.count / 2)))
        try write("garbage.zip", [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0xEE, count: 200))
        let result = try scan()
        XCTAssertNotNil(result.file("truncated.zip"))
        XCTAssertNotEqual(result.file("truncated.zip")?.status, .scanned, "\(result.files)")
        XCTAssertNotNil(result.file("truncated.docx"))
        XCTAssertEqual(result.file("garbage.zip")?.status, .error)
        XCTAssertEqual(result.summary?.files, result.files.count)
    }

    func testEmptyFileOfEveryType() throws {
        for name in ["a.docx", "b.xlsx", "c.pptx", "d.odt", "e.pdf", "f.zip", "g.7z", "h.tar.gz", "i.eml", "j.rtf", "k.html", "l.msg", "m.doc", "n.json"] {
            try write(name, [])
        }
        let result = try scan()
        XCTAssertEqual(result.files.count, 14)
        XCTAssertTrue(result.files.allSatisfy { $0.status == .skipped && $0.reason == "empty file" }, "\(result.files)")
    }

    func testExtensionThatLies() throws {
        var fixtures = OfficeFixtures(seed: 15)
        let book = fixtures.xlsx()
        try write("holiday.jpg", book.bytes)
        try write("photo.docx", [0xFF, 0xD8, 0xFF, 0xE0] + [UInt8](repeating: 1, count: 100))
        let result = try scan()
        XCTAssertEqual(result.file("holiday.jpg")?.format, "xlsx")
        XCTAssertNotNil(result.found(book.nino, in: "holiday.jpg"))
        XCTAssertEqual(result.file("photo.docx")?.status, .skipped)
    }

    func testDepthAndXMLDepthLimits() throws {
        var payload = ZipWriter()
        payload.add("deep.txt", "hello\n")
        var bytes = payload.finish()
        for _ in 0..<8 {
            var wrapper = ZipWriter()
            wrapper.add("n.zip", bytes)
            bytes = wrapper.finish()
        }
        try write("russian.zip", bytes)
        var deep = ZipWriter()
        deep.add("[Content_Types].xml", "<Types/>")
        deep.add("word/document.xml", String(repeating: "<w:p>", count: 5000) + "x" + String(repeating: "</w:p>", count: 5000))
        try write("deep.docx", deep.finish())
        let result = try scan()
        XCTAssertEqual(result.file("russian.zip")?.status, .error)
        XCTAssertTrue(result.file("russian.zip")?.reason?.contains("nested deeper than 6") ?? false, "\(result.files)")
        XCTAssertEqual(result.file("deep.docx")?.reason, "XML nested deeper than 256 elements (limit)")
    }
}

extension Identifiers {
    /// A fresh NHS number from a copy (convenience for one-liners).
    var nhsValue: String {
        var copy = self
        return copy.nhs()
    }
}
