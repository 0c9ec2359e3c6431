import Foundation
import SticklerCore
import SticklerExtraction
import SticklerTesting
import XCTest

/// Legacy Excel (.xls, BIFF8): cells read as tables, the SST across CONTINUE records,
/// and hostile or unreadable workbooks falling back to text runs without a crash.
final class LegacyExcelTests: FormatTestCase {
    func testNumbersInCellsAreFoundWithTheirCellAndColumn() throws {
        var fixtures = OfficeFixtures(seed: 31)
        let book = fixtures.xls()
        try write("register.xls", book.bytes)
        let result = try scan()
        XCTAssertEqual(result.file("register.xls")?.format, "xls")
        XCTAssertEqual(result.file("register.xls")?.status, .scanned)
        let number = result.found(book.nhs[0], in: "register.xls")
        XCTAssertNotNil(number, "NHS number stored as a NUMBER cell")
        XCTAssertEqual(number?.location.cell, "Pupils!B2")
        XCTAssertEqual(number?.location.column, "NHS number")
        XCTAssertEqual(result.found(book.nhs[1], in: "register.xls")?.location.cell, "Pupils!B3", "a formula's cached number")
        XCTAssertEqual(result.found(book.upns[1], in: "register.xls")?.location.column, "UPN")
        XCTAssertEqual(result.found(book.nino, in: "register.xls")?.location.cell, "Staff!B2", "a formula's cached text, second sheet")
        XCTAssertEqual(result.found(book.nhs[2], in: "register.xls")?.location.cell, "Staff!C2", "shared string split across CONTINUE")
        let birth = result.findings(in: "register.xls").first { $0.value == "01/01/2008" }
        XCTAssertEqual(birth?.finding.location.cell, "Pupils!D2", "date-formatted number rendered as a date")
        XCTAssertEqual(result.found(book.mobile, in: "register.xls")?.location.cell, "Staff!A2", "a cell comment (OBJ, TXO, NOTE)")
    }

    func testSheetsBecomeTheSameTablesAsXLSX() throws {
        var fixtures = OfficeFixtures(seed: 32)
        let book = fixtures.xls()
        let documents = try extract(book.bytes)
        XCTAssertEqual(documents.count, 1)
        let segments = documents[0].segments
        XCTAssertEqual(segments.count, 4, "two sheets, the comments of one, the other streams")
        let pupils = Self.text(segments[0])
        XCTAssertEqual(pupils, """
            Name\tNHS number\tUPN\tDOB\tYear\tAttendance
            Olivia Hughes\t\(book.nhs[0])\t\(book.upns[0])\t01/01/2008\t7\t96.5
            Amelia Clarke\t\(book.nhs[1])\t\(book.upns[1])\t22/02/2008\t8\t91
            Łukasz Wiśniewski\t\t\t\t7\tTRUE

            """)
        XCTAssertEqual(segments[0].delimiter, 9)
        func offset(_ text: String) throws -> Int {
            let range = try XCTUnwrap(pupils.range(of: text))
            return pupils.utf8.distance(from: pupils.startIndex, to: range.lowerBound)
        }
        XCTAssertEqual(segments[0].map?.locate(try offset(book.nhs[0])).cell, "Pupils!B2")
        XCTAssertEqual(segments[0].map?.locate(try offset("Attendance")).cell, "Pupils!F1")
        XCTAssertEqual(segments[0].map?.locate(try offset("TRUE")).cell, "Pupils!F4")
        XCTAssertEqual(Self.text(segments[1]), "Name\tNI number\tNotes\nJack Wilson\t\(book.nino)\t\(book.note)\n")
        XCTAssertEqual(Self.text(segments[2]), "Parent mobile \(book.mobile), call before 3pm.\n", "comments and text boxes")
    }

    /// Every way a CONTINUE boundary can cut the SST: before a string's characters, inside
    /// 8-bit and UTF-16 characters (the option byte changes), inside rich-text and
    /// phonetic data. Also RK forms: integer, float, and both divided by 100.
    func testSharedStringsSplitAtEveryBoundary() throws {
        let strings = ["Pupil premium eligible since Year 3", "Łukasz Wiśniewski (Łódź)", "", "Zoë Brontë", "Rich text with phonetics",
                       String(repeating: "0123456789", count: 30)]
        for limit in 12...90 {
            var writer = XLSWriter()
            writer.sstRecordLimit = limit
            writer.richStrings = [strings[1], strings[4]]
            writer.sheet("S", [strings.map { .shared($0) }, [.rk(-5), .rk(0.25), .rk(12.34), .rk(0.005), .rk(123_456.78), .rk(1e100)]])
            let documents = try extract(writer.finish())
            let expected = strings.joined(separator: "\t") // the empty string leaves its column empty
            XCTAssertEqual(documents.first.map { Self.text($0.segments[0]) }, expected + "\n-5\t0.25\t12.34\t0.005\t123456.78\t1e+100\n", "limit \(limit)")
        }
        XCTAssertEqual(XLSWriter.rk(12.34).map { $0 & 3 }, 3, "an integer divided by 100")
        XCTAssertEqual(XLSWriter.rk(0.005).map { $0 & 3 }, 1, "a float divided by 100")
        XCTAssertEqual(XLSWriter.rk(0.25).map { $0 & 3 }, 0, "a float")
    }

    func testTruncatedAndCorruptWorkbooksFallBackWithoutCrashing() throws {
        var fixtures = OfficeFixtures(seed: 33)
        var writer = XLSWriter()
        writer.sheet("Pupils", [[.shared("Name"), .shared("NHS number")], [.shared("Olivia Hughes"), .number(Double(fixtures.ids.nhs())!)]])
        let stream = writer.stream()
        let sheetBOF: [UInt8] = [0x09, 0x08, 16, 0, 0x00, 0x06, 0x10, 0x00]
        let sheetStart = try XCTUnwrap((0..<stream.count - 8).first { Array(stream[$0..<($0 + 8)]) == sheetBOF })
        var tables = 0, fallbacks = 0
        for cut in stride(from: 1, to: stream.count, by: 1) {
            var file = CompoundFileWriter()
            file.add("Workbook", Array(stream.prefix(cut)))
            let documents = try extract(file.finish())
            XCTAssertEqual(documents.count, 1, "cut at \(cut)")
            guard let document = documents.first else { continue }
            if document.segments.count > 1 { tables += 1 } else { fallbacks += 1 }
            if cut > sheetStart + 20 {
                XCTAssertEqual(document.segments.count, 1, "a truncated sheet is read as text runs")
                XCTAssertTrue(Self.text(document.segments[0]).contains("Olivia Hughes"), "cut at \(cut)")
            }
        }
        XCTAssertEqual(tables, 0, "no truncated stream passes as a whole workbook")
        XCTAssertEqual(fallbacks, stream.count - 1)
        // Random damage: whatever comes out, nothing crashes or reads out of bounds.
        var random = SeededRandom(seed: 7)
        for _ in 0..<3000 {
            var damaged = stream
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                damaged[Int.random(in: 0..<damaged.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
            var file = CompoundFileWriter()
            file.add("Workbook", damaged)
            _ = try extract(file.finish())
        }
    }

    func testDatesInThe1904System() throws {
        var writer = XLSWriter()
        writer.date1904 = true
        writer.sheet("S", [[.shared("DOB")], [.date(0)], [.date(38_000)]])
        let documents = try extract(writer.finish())
        XCTAssertEqual(documents.first.map { Self.text($0.segments[0]) }, "DOB\n01/01/1904\n15/01/2008\n")
    }

    /// Cells stored out of order (some writers do) are put back in row and column order.
    func testCellsOutOfOrderAreSorted() throws {
        var writer = XLSWriter()
        writer.sheet("S", [[.shared("Name"), .shared("UPN")], [.shared("Olivia Hughes"), .number(42)]])
        var stream = writer.stream()
        let label: [UInt8] = [0xFD, 0x00, 10, 0]
        let first = try XCTUnwrap((0..<stream.count - 4).first { Array(stream[$0..<($0 + 4)]) == label })
        let lastCell = try XCTUnwrap((0..<stream.count - 4).first { Array(stream[$0..<($0 + 4)]) == [0x03, 0x02, 14, 0] })
        // Move the header row (two LABELSST records, 28 bytes) after the last cell.
        let header = Array(stream[first..<(first + 28)])
        stream.insert(contentsOf: header, at: lastCell + 18)
        stream.removeSubrange(first..<(first + 28))
        var file = CompoundFileWriter()
        file.add("Workbook", stream)
        let documents = try extract(file.finish())
        XCTAssertEqual(documents.first.map { Self.text($0.segments[0]) }, "Name\tUPN\nOlivia Hughes\t42\n")
    }

    /// A LABELSST record is 14 bytes but can repeat a 32,767-character string: the text a
    /// workbook yields, all sheets together, stays within the per-document limit.
    func testRepeatedSharedStringsStayWithinTheTextLimit() throws {
        let long = String(repeating: "Pupil premium ", count: 2000)
        var writer = XLSWriter()
        for sheet in 1...3 { writer.sheet("S\(sheet)", Array(repeating: [.shared(long)], count: 400)) }
        var limits = ExtractionLimits()
        limits.maxMemberBytes = 1 << 20
        var documents: [ExtractedDocument] = []
        try Extractor(limits: limits).extract(bytes: writer.finish(), path: "bomb.xls") { item in
            if case .document(let document) = item { documents.append(document) }
        }
        let sizes = try XCTUnwrap(documents.first).segments.map { Self.text($0).utf8.count }
        XCTAssertGreaterThan(sizes[0], 900_000)
        XCTAssertLessThan(sizes.reduce(0, +), (1 << 20) + long.utf8.count + 2, "sheets share one bound")
    }

    func testEncryptedAndOlderWorkbooks() throws {
        var writer = XLSWriter()
        writer.encrypted = true
        writer.sheet("Pupils", [[.shared("Name")], [.shared("Olivia Hughes")]])
        try write("locked.xls", writer.finish())
        // Excel 95 (BIFF5, a `Book` stream): not parsed, read as text runs.
        var ids = Identifiers(seed: 34)
        let nino = ids.nino()
        var old = CompoundFileWriter()
        old.add("Book", [0x09, 0x08, 8, 0, 0x00, 0x05, 0x05, 0x00, 0, 0, 0, 0] + Array("NI number \(nino)".utf8) + [0, 0])
        try write("old.xls", old.finish())
        // A stream named in capitals, as some exporters write it: still a workbook.
        var plain = XLSWriter()
        let nhs = ids.nhs()
        plain.sheet("Export", [[.shared("NHS number")], [.number(Double(nhs)!)]])
        var capitals = CompoundFileWriter()
        capitals.add("WORKBOOK", plain.stream())
        try write("export.xls", capitals.finish())
        let result = try scan()
        XCTAssertEqual(result.file("locked.xls")?.status, .encrypted)
        XCTAssertEqual(result.file("locked.xls")?.encryption, "xls")
        XCTAssertEqual(result.file("old.xls")?.format, "xls")
        XCTAssertNotNil(result.found(nino, in: "old.xls"), "BIFF5 text runs")
        XCTAssertEqual(result.found(nhs, in: "export.xls")?.location.cell, "Export!A2")
    }

    // MARK: Helpers

    func extract(_ bytes: [UInt8]) throws -> [ExtractedDocument] {
        var documents: [ExtractedDocument] = []
        try Extractor().extract(bytes: bytes, path: "book.xls") { item in
            if case .document(let document) = item { documents.append(document) }
        }
        return documents
    }

    static func text(_ segment: TextSegment) -> String {
        var source = segment.source
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while let count = try? buffer.withUnsafeMutableBytes({ try source.read(into: $0) }), count > 0 { bytes += buffer.prefix(count) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
