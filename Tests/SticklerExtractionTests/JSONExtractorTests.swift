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

    /// Each line of the text maps back to the file's own line, so that a finding is reported
    /// where an editor shows it (a pretty-printed export's values, a minified one's line 1).
    func testEachValueMapsToItsLineInTheFile() throws {
        let json = "{\n  \"pupil\": {\n    \"upn\": \"A123\",\n\n    \"nhs_number\": \"485 777 3457\"\n  },\n  \"notes\": [\"x\", \"y\"]\n}\n"
        var lines = LocationMap(.lines)
        let out = try Array(json.utf8).withUnsafeBytes { try JSONExtractor.text($0, maxDepth: 64, limit: 1 << 20, lines: &lines) }
        let text = String(decoding: try XCTUnwrap(out), as: UTF8.self)
        func line(of needle: String) throws -> Int? {
            let range = try XCTUnwrap(text.range(of: needle))
            return lines.locate(text.utf8.distance(from: text.startIndex, to: range.lowerBound)).line
        }
        XCTAssertEqual(try line(of: "pupil:"), 2)
        XCTAssertEqual(try line(of: "A123"), 3)
        XCTAssertEqual(try line(of: "485 777 3457"), 5, "a blank line between is counted")
        XCTAssertEqual(try line(of: "notes: y"), 7)
        var minified = LocationMap(.lines)
        _ = try Array(#"{"a": "1", "b": {"c": "2"}}"#.utf8).withUnsafeBytes { try JSONExtractor.text($0, maxDepth: 64, limit: 1 << 20, lines: &minified) }
        XCTAssertEqual(minified.offsets.count, 1, "one entry for a file of one line")
    }

    /// A key that is an acronym in capitals stays as written (a flag's "CIN", a keyword only in
    /// capitals); others are made readable in small letters.
    func testAnAcronymKeyStaysInCapitals() throws {
        let lines = try text(#"{"CIN": true, "CLA": false, "nhsNumber": "1", "Forename": "Ada"}"#).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines, ["CIN: true", "CLA: false", "nhs number: 1", "forename: Ada"])
    }

    /// A name's parts under an export's short keys read as a form's labels.
    func testShortNameKeysAreWrittenOut() throws {
        let lines = try text(#"{"fn": "Nneka", "sn": "Eze", "d_o_b": "2021-01-17"}"#).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines, ["forename: Nneka", "surname: Eze", "d o b: 2021-01-17"])
        // (A record's own "given" and "family" read so when their values are names' shapes.)
        let survey = try text(#"{"given": "Léa", "family": "Marchetti-Dubois", "reg": "9T", "given": "2024"}"#).split(separator: "\n").map(String.init)
        XCTAssertEqual(survey, ["given name: Léa", "family name: Marchetti-Dubois", "reg: 9T", "given: 2024"])
        // (And "first" and "last", but not a timetable's days or a book's sections.)
        let group = try text(#"{"id": "C1042", "first": "Anika", "last": "Raghunathan", "upn": "X"}"#).split(separator: "\n").map(String.init)
        XCTAssertEqual(group, ["id: C1042", "first name: Anika", "last name: Raghunathan", "upn: X"])
        let week = try text(#"{"first": "Monday", "last": "Friday", "First": "Introduction", "last": "2024"}"#).split(separator: "\n").map(String.init)
        XCTAssertEqual(week, ["first: Monday", "last: Friday", "first: Introduction", "last: 2024"])
    }

    func testAKeyHoldingAnObjectIsAHeadingLine() throws {
        let lines = try text(#"{"pupil": {"forename": "Ada"}, "mother": {"name": "Ann Bell", "mobile": "07700 900123"}}"#)
            .split(separator: "\n").map(String.init)
        XCTAssertEqual(lines, ["pupil: ", "forename: Ada", "mother: ", "name: Ann Bell", "mobile: 07700 900123"])
    }

    /// A name's parts in an object of their own (an ILR-style learner export's `"name":
    /// {"given": ..., "family": ...}`) read as a form's labels, "given name" and "family name";
    /// the same keys elsewhere are left as they are.
    func testANamesPartsReadAsNameLabels() throws {
        let lines = try text(#"{"name": {"given": "Amara", "Family": "Okafor"}, "given": "2024", "legalName": {"first": "Ada"}}"#)
            .split(separator: "\n").map(String.init)
        XCTAssertEqual(lines, ["name: ", "given name: Amara", "family name: Okafor", "given: 2024", "legal name: ", "first name: Ada"])
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
