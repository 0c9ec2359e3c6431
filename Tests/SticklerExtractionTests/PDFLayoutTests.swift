@testable import SticklerExtraction
import XCTest

/// `PDFLayout` on glyph boxes made by hand: what poppler hands over for a page.
final class PDFLayoutTests: XCTestCase {
    /// A page's text and one box per character: each run starts at its x on line `y`
    /// (`height` pt high), characters `width` pt wide; a run of spaces one blank as wide as the
    /// gap, as poppler gives it; a newline ends each line.
    func page(_ lines: [(y: Double, runs: [(x: Double, text: String)])], width: Double = 7, height: Double = 14)
        -> (text: [UInt8], boxes: [PDFLayout.Box]) {
        var text: [UInt8] = [], boxes: [PDFLayout.Box] = []
        for line in lines {
            var x = 0.0
            for run in line.runs {
                x = run.x
                for byte in run.text.utf8 {
                    if byte == 32, text.last == 32 {
                        boxes[boxes.count - 1].x2 += width // a second space: the blank grows
                    } else {
                        text.append(byte)
                        boxes.append(PDFLayout.Box(x1: x, y1: line.y, x2: x + width, y2: line.y + height))
                    }
                    x += width
                }
            }
            text.append(10)
            boxes.append(PDFLayout.Box(x1: x, y1: line.y + height, x2: x, y2: line.y + height))
        }
        return (text, boxes)
    }

    func layout(_ page: (text: [UInt8], boxes: [PDFLayout.Box])) throws -> PDFLayout {
        try XCTUnwrap(page.boxes.withUnsafeBufferPointer { PDFLayout(text: page.text, boxes: $0) })
    }

    /// A page typed in Courier 12 pt as poppler gives it: every character 7.2 pt wide (0.6 em)
    /// and 9.43 pt high, so that a word space is wider than half a character's height; a run
    /// of spaces one blank as wide as the gap.
    func typed(_ lines: [(y: Double, text: String)]) -> (text: [UInt8], boxes: [PDFLayout.Box]) {
        page(lines.map { ($0.y, [(x: 40, text: $0.text)]) }, width: 7.2, height: 9.43)
    }

    func testATypedLettersWordsAreNoTable() throws {
        // Each word had been a phrase of its own, and the letter's aligned lines a table of
        // words ("My\tson\tDariusz\tNowak").
        let lines = ["My son Dariusz Nowak in class 2T has been", "wetting the bed since the court order.",
                     "His date of birth is 14/03/2016.", "We live at 12 Acacia Road, Leeds LS6 2AB."]
        let layout = try self.layout(typed(lines.enumerated().map { (100 + 16 * Double($0.offset), $0.element) }))
        XCTAssertTrue(layout.tables().tables.isEmpty)
        XCTAssertEqual(layout.phrases().map { String(decoding: $0.text, as: UTF8.self) }, lines)
    }

    func testATypedTablesColumnsStayApart() throws {
        // Two spaces or more between columns, as a typed list aligns them.
        let layout = try self.layout(typed([(100, "Surname    Forename   UPN"), (116, "Hughes     Olivia     R801200101001"),
                                            (132, "Patel      Aarav      K921400112003")]))
        let found = layout.tables()
        XCTAssertEqual(found.tables.count, 1)
        XCTAssertEqual(found.tables.first?.map { $0.map(\.text) }, [["Surname", "Forename", "UPN"], ["Hughes", "Olivia", "R801200101001"],
                                                                    ["Patel", "Aarav", "K921400112003"]])
    }

    func testCellsJoinedByPopplerAreSpacedApart() throws {
        // "Hughes" and "Olivia" in two cells 24 pt apart came out joined; a word space stays one.
        let layout = try self.layout(page([(100, [(40, "Hughes"), (106, "Olivia"), (180, "R801200101001 12/03/2013")])]))
        let found = layout.tables()
        XCTAssertTrue(found.tables.isEmpty, "one row is no table")
        XCTAssertEqual(String(decoding: layout.body(excluding: found.inTable), as: UTF8.self), "Hughes Olivia R801200101001 12/03/2013\n")
    }

    func testLinesPopplerRanTogetherAreSeparated() throws {
        // A payslip's label and value lines, which poppler's text gave with no line break
        // between them: "Mr R BrearNI number XG 81 53 21 ADepartment".
        var (text, boxes) = page([(100, [(40, "Employee"), (200, "Mr R Brear")]), (114, [(40, "NI number"), (200, "XG 81 53 21 A")]),
                                  (128, [(40, "Department")])])
        let breaks = text.indices.filter { text[$0] == 10 }.dropLast()
        for index in breaks.reversed() { text.remove(at: index); boxes.remove(at: index) }
        let layout = try self.layout((text, boxes))
        XCTAssertEqual(String(decoding: layout.body(excluding: layout.tables().inTable), as: UTF8.self),
                       "Employee Mr R Brear\nNI number XG 81 53 21 A\nDepartment\n")
    }

    func testRowsUnderAHeaderAreATableAndProseIsNot() throws {
        let layout = try self.layout(page([
            (60, [(40, "Class list for 7B, autumn term")]),
            (100, [(40, "Surname"), (140, "Forename"), (240, "UPN")]),
            (114, [(40, "Hughes"), (140, "Olivia"), (220, "R801200101001")]),
            (128, [(40, "Patel"), (240, "K921400112003")]), // no forename: the UPN stays in its column
            (200, [(40, "Please return by Friday.")]),
        ]))
        let found = layout.tables()
        XCTAssertEqual(found.tables.count, 1)
        XCTAssertEqual(found.tables.first?.map { $0.map(\.column) }, [[1, 2, 3], [1, 2, 3], [1, 3]])
        XCTAssertEqual(found.tables.first?[2].map(\.text), ["Patel", "K921400112003"])
        XCTAssertEqual(String(decoding: layout.body(excluding: found.inTable), as: UTF8.self),
                       "Class list for 7B, autumn term\nPlease return by Friday.\n", "the table's text is in its own segment only")
    }

    func testACellWrappedOntoTwoOrThreeLinesStaysInItsRow() throws {
        // A narrow Name column wraps "Kyle" over "Richards", bottom-aligned beside one-line
        // cells; an Action cell takes three lines. A cell's lines are 2 pt apart, rows 12 pt.
        let layout = try self.layout(page([
            (100, [(40, "Name"), (140, "Form"), (240, "Action")]),
            (126, [(40, "Kyle"), (240, "Early help")]),
            (142, [(40, "Richards"), (140, "10SM"), (240, "referral")]),
            (168, [(240, "Fixed")]),
            (184, [(40, "Abdirizak"), (240, "penalty")]),
            (200, [(40, "Hersi"), (140, "8RB"), (240, "warning")]),
            (226, [(40, "Callum Wright"), (140, "9RB"), (240, "None")]),
        ]))
        let found = layout.tables()
        XCTAssertEqual(found.tables.count, 1)
        XCTAssertEqual(found.tables.first?.map { $0.map(\.text) }, [["Name", "Form", "Action"], ["Kyle Richards", "10SM", "Early help referral"],
                                                                    ["Abdirizak Hersi", "8RB", "Fixed penalty warning"], ["Callum Wright", "9RB", "None"]])
        // Rows evenly spaced, some with an empty cell, stay rows of their own.
        let even = try self.layout(page([
            (100, [(40, "Name"), (140, "Form"), (240, "Notes")]),
            (114, [(40, "Olivia Hughes"), (140, "7B")]),
            (128, [(40, "Jack Smith"), (140, "7C"), (240, "asthma")]),
            (142, [(40, "Amira Khan"), (140, "7B")]),
        ])).tables()
        XCTAssertEqual(even.tables.first?.count, 4)
    }

    func testCellsCentredVerticallyBesideTwoLineCellsStayInTheirRow() throws {
        // Word's "centre" alignment: a two-line cell's lines lie half a line above and below
        // its row's one-line cells (an NHS number wrapped in a narrow column).
        let layout = try self.layout(page([
            (100, [(40, "Name"), (140, "DOB"), (240, "NHS number")]),
            (120, [(40, "Ciaran"), (240, "219 870")]),
            (128, [(140, "22/02/2014")]),
            (136, [(40, "Murphy"), (240, "2223")]),
            (160, [(40, "Yusuf"), (240, "341 768")]),
            (168, [(140, "17/08/2014")]),
            (176, [(40, "Hussain"), (240, "3521")]),
        ]))
        let found = layout.tables()
        XCTAssertEqual(found.tables.first?.map { $0.map(\.text) }, [["Name", "DOB", "NHS number"], ["Ciaran Murphy", "22/02/2014", "219 870 2223"],
                                                                    ["Yusuf Hussain", "17/08/2014", "341 768 3521"]])
        XCTAssertEqual(String(decoding: layout.body(excluding: found.inTable), as: UTF8.self), "")
    }

    func testTwoColumnsOfProseAreNoTable() throws {
        // A newsletter's columns line up as a table's would; their lines are prose, not cells.
        let layout = try self.layout(page([
            (100, [(40, "School news"), (320, "Sports day")]),
            (114, [(40, "The choir sang at the town hall on Friday night"), (320, "Year 5 won the relay race by a whole lap")]),
            (128, [(40, "and raised money for the local hospice again"), (320, "and the rounders team reached the final too")]),
        ]))
        let found = layout.tables()
        XCTAssertTrue(found.tables.isEmpty)
        XCTAssertFalse(found.inTable.contains(true))
    }

    func testBoxesThatDoNotMatchTheTextAreRefused() {
        let text = Array("abc".utf8)
        let boxes = [PDFLayout.Box(x1: 0, y1: 0, x2: 7, y2: 14)]
        XCTAssertNil(boxes.withUnsafeBufferPointer { PDFLayout(text: text, boxes: $0) })
    }
}
