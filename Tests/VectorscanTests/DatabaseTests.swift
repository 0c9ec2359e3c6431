import Vectorscan
import XCTest

final class DatabaseTests: XCTestCase {
    func testPlatformAndVersion() {
        XCTAssertTrue(platformIsSupported())
        XCTAssertFalse(libraryVersion.isEmpty)
    }

    func testReportsEveryEndOfAGreedyMatch() throws {
        let database = try Database(patterns: [Pattern("[a-z]+@[a-z]+\\.[a-z]{2,3}", id: 7)])
        let scratch = try Scratch(for: database)
        let ends = try database.matches(in: "mail a@b.com now", scratch: scratch).map(\.to)
        XCTAssertEqual(ends, [11, 12]) // a@b.co and a@b.com
    }

    func testLeftmostStartWhenAsked() throws {
        let database = try Database(patterns: [Pattern("[0-9]{3}-[0-9]{2}", id: 1, flags: .leftmostStart)])
        let scratch = try Scratch(for: database)
        XCTAssertEqual(try database.matches(in: "ref 123-45.", scratch: scratch), [Match(id: 1, from: 4, to: 10)])
    }

    func testCompileErrorNamesThePattern() {
        XCTAssertThrowsError(try Database(patterns: [Pattern("ok", id: 0), Pattern("(unclosed", id: 1)])) { error in
            guard case VectorscanError.compile(let message, let index) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(index, 1)
            XCTAssertFalse(message.isEmpty)
        }
    }

    func testWidths() throws {
        let widths = try Pattern("[0-9]{3} ?[0-9]{4}", id: 0).widths()
        XCTAssertEqual(widths.minWidth, 7)
        XCTAssertEqual(widths.maxWidth, 8)
        XCTAssertNil(try Pattern("a+", id: 0).widths().maxWidth)
    }

    func testOneScratchServesSeveralDatabases() throws {
        let small = try Database(patterns: [Pattern("abc", id: 0)])
        let large = try Database(patterns: (0..<50).map { Pattern("word\($0)x", id: UInt32($0)) })
        let scratch = try Scratch(for: [small, large])
        XCTAssertEqual(try small.matches(in: "xxabc", scratch: scratch).count, 1)
        XCTAssertEqual(try large.matches(in: "word42x", scratch: scratch).first?.id, 42)
    }
}
