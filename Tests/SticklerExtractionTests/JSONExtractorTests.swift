@testable import SticklerExtraction
import XCTest

/// The text a JSON export becomes: what a key that holds an object or an array gives the
/// values below it.
final class JSONExtractorTests: XCTestCase {
    func text(_ json: String) throws -> String {
        let bytes = Array(json.utf8)
        let out = try bytes.withUnsafeBytes { try JSONExtractor.text($0, maxDepth: 64, limit: 1 << 20) }
        return String(decoding: try XCTUnwrap(out), as: UTF8.self)
    }

    func testAKeyHoldingAnObjectIsAHeadingLine() throws {
        let lines = try text(#"{"pupil": {"forename": "Ada"}, "mother": {"name": "Ann Bell", "mobile": "07700 900123"}}"#)
            .split(separator: "\n").map(String.init)
        XCTAssertEqual(lines, ["pupil: ", "forename: Ada", "mother: ", "name: Ann Bell", "mobile: 07700 900123"])
    }

    func testAnArraysScalarsCarryItsKey() throws {
        let lines = try text(#"{"contactPhones": ["07700 900111", "07700 900222"], "notes": []}"#)
            .split(separator: "\n").map(String.init)
        XCTAssertEqual(lines, ["contact phones: ", "contact phones: 07700 900111", "contact phones: 07700 900222"],
                       "an empty array is no heading")
    }

    /// A record's `name` under a collection of things says which kind of name it is.
    func testANameUnderACollectionOfThingsSaysWhichKind() throws {
        let lines = try text(#"{"activities": [{"name": "Giant Swing"}], "pupils": [{"name": "Ann Bell"}], "trip": {"name": "Ski Austria"}}"#)
            .split(separator: "\n").map(String.init)
        XCTAssertEqual(lines, ["activities: ", "activity name: Giant Swing", "pupils: ", "name: Ann Bell", "trip: ", "trip name: Ski Austria"])
    }

    func testATopLevelArrayOfRecordsHasNoHeading() throws {
        let lines = try text(#"[{"upn": "A1"}, {"upn": "B2"}]"#).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines, ["upn: A1", "upn: B2"])
    }
}
