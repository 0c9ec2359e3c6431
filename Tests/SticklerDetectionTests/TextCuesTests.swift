@testable import SticklerDetection
import XCTest

/// The cues around a value that say whose it is, or whether it is anyone's: a time before a
/// note's line, a format shown by example, an author's year after a name.
final class TextCuesTests: XCTestCase {
    func with<T>(_ text: String, _ body: (UnsafeRawBufferPointer) -> T) -> T {
        Array(text.utf8).withUnsafeBytes(body)
    }

    /// A late book's or a log's time of day before its line: a 24-hour clock's four digits,
    /// or hours and minutes with a colon or a full stop; not a number that is no time.
    func testATimeOfDayIsFoundBeforeAPosition() {
        for (text, start) in [("0852", 0), ("x 08:52", 2), ("8.52", 0), ("23:59", 0)] {
            XCTAssertEqual(with(text) { DocumentState.timeBefore($0, end: text.utf8.count) }, start, text)
        }
        for text in ["2460", "12345", "0875", "8:5", "123:45", "24:10", "8,52"] {
            XCTAssertNil(with(text) { DocumentState.timeBefore($0, end: text.utf8.count) }, text)
        }
    }

    /// "e.g.", "eg" as a word, or "example" (a schema's key) before a value; not "leg" or "reg".
    func testAFormatShownByExampleIsNoOnes() {
        for text in ["+44 format, e.g. ", "(e.g. ", "eg ", "Example: ", #""example": ""#, "for example ", "(e.e. ", "Enghraifft: "] {
            XCTAssertTrue(with(text + "07700 900000") { DocumentState.followsExampleMarker($0, at: text.utf8.count) }, text)
        }
        for text in ["Mum: ", "reg ", "leg ", "Home tel ", "", "EG,", "EG\t"] {
            XCTAssertFalse(with(text + "07700 900000") { DocumentState.followsExampleMarker($0, at: text.utf8.count) }, text)
        }
    }

    /// A year of publication after a name, perhaps after its co-authors, makes it a cited
    /// author's; a year that is a pupil's cohort or a diagnosis's date does not.
    func testANameCitedWithAYearIsAnAuthors() {
        func cited(_ text: String) -> Bool {
            let range = text.range(of: "Julia Dunlop")!
            return with(text) { DocumentState.citedAsAuthor($0, after: text.utf8.distance(from: text.startIndex, to: range.upperBound)) }
        }
        XCTAssertTrue(cited("(Val Cumine, Julia Dunlop & Gill Stevenson, 2010, ISBN 9780415480147)"))
        XCTAssertTrue(cited("Julia Dunlop (2002) describes"))
        XCTAssertTrue(cited("Julia Dunlop et al. found"))
        XCTAssertTrue(cited("Julia Dunlop and T. Price, 2019:"))
        XCTAssertFalse(cited("Julia Dunlop was diagnosed in June, 2019."), "small words between are a sentence, not co-authors")
        XCTAssertFalse(cited("Julia Dunlop, 2015 cohort"), "a year then a word")
        XCTAssertFalse(cited("Julia Dunlop (Y8) 07700 900123"))
        XCTAssertFalse(cited("Julia Dunlop\n2010"), "not across a line")
        XCTAssertTrue(cited("(\"Bucket time\", Julia Dunlop, 2015)"), "inside the citation's brackets")
        XCTAssertFalse(cited("Julia Dunlop,2011,F"), "a CSV's birth year after a comma alone")
        XCTAssertFalse(cited("Julia Dunlop, Headteacher, 2019."), "a post and a year")
        XCTAssertFalse(cited("Candidate: Julia Dunlop, 2041, Maths"), "a candidate number")
        XCTAssertTrue(cited("a source from Julia Dunlop, *The Stripping of the Altars* (1992)"), "a title in italics between")
    }
}
