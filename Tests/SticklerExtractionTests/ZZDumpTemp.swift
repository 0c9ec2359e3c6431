import Foundation
import SticklerExtraction
import XCTest

final class ZZDumpTemp: XCTestCase {
    func testDump() throws {
        guard let path = ProcessInfo.processInfo.environment["XLS_DUMP"] else { throw XCTSkip("no XLS_DUMP") }
        var out = ""
        try Extractor().extract(path: path) { item in
            if case .document(let document) = item {
                for segment in document.segments { out += "=== segment\n" + LegacyExcelTests.text(segment) }
            }
        }
        try out.write(toFile: path + ".txt", atomically: true, encoding: .utf8)
    }
}
