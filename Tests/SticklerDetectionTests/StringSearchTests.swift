@testable import SticklerDetection
import XCTest

/// The module's substring search on UTF-8 bytes, which stands in for Foundation's.
final class StringSearchTests: XCTestCase {
    /// (The module's `contains` overloads are these searches; a test module's own call to
    /// `contains` may resolve to the standard library's instead, so the searches are tested.)
    func testSearchesAnswerAsFoundationDidForLiteralText() {
        XCTAssertNotNil(ByteSearch.firstOffset(of: "bloggs", in: "joebloggs@example.org"))
        XCTAssertNil(ByteSearch.firstOffset(of: "bloggs", in: "Joe Blogs"))
        XCTAssertNil(ByteSearch.firstOffset(of: "abc", in: "ab"))
        XCTAssertEqual(ByteSearch.firstOffset(of: "ân P", in: "Siân Prydderch"), 2)
        XCTAssertEqual(ByteSearch.firstOffset(of: "aab", in: "aaab"), 1, "a partial match before the real one")
        XCTAssertEqual(ByteSearch.firstOffset(of: "supplier=", in: String("x supplier=ABC".dropFirst(2))), 0)
    }

    func testFirstAndLastOffsetsAreUTF8Offsets() {
        XCTAssertEqual(ByteSearch.firstOffset(of: "(", in: "Olivia (Y7) (7HU)"), 7)
        XCTAssertEqual(ByteSearch.lastOffset(of: " (", in: "Olivia (Y7) (7HU)"), 11)
        XCTAssertEqual(ByteSearch.firstOffset(of: "é", in: "Zoë Chloé"), 9)
        XCTAssertNil(ByteSearch.firstOffset(of: "", in: "abc"))
        XCTAssertNil(ByteSearch.lastOffset(of: "", in: "abc"))
        XCTAssertNil(ByteSearch.lastOffset(of: "abcd", in: "abc"))
        XCTAssertEqual(ByteSearch.lastOffset(of: "abc", in: "abc"), 0)
    }

    /// The text before a marker, as a value's `value_before` and `value_until` cut it.
    func testCellTextBeforeMarkers() {
        XCTAssertEqual(CellText.before(lastOf: "Y", in: "Olivia Hughes (Year 7)"), "Olivia Hughes")
        XCTAssertEqual(CellText.before(firstOf: [" (", " in "], in: "A.B. in 11SB (sep. room)"), "A.B.")
        XCTAssertEqual(CellText.before(firstOf: ["|"], in: "Zoë Hartley"), "Zoë Hartley")
        XCTAssertEqual(CellText.before(lastOf: ",", in: "Siân, Prydderch, 7HU"), "Siân, Prydderch")
    }
}
