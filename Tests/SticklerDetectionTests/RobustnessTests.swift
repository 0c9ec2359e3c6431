import SticklerCore
@testable import SticklerDetection
import SticklerTesting
import XCTest

/// Random, hostile-looking text through every path of the scanner: no crash, findings
/// inside the document, and the same findings whatever the chunk size.
final class RobustnessTests: XCTestCase {
    func randomText(_ random: inout SeededRandom, length: Int) -> String {
        let pieces = ["0", "1", "7", "9", " ", "-", "/", ".", ",", "\t", "\n", "\r\n", "\"", "\"\"", "@", "A", "R", "Z", "e",
                      "NHS", "UPN", "dob ", "Dear Mrs ", "Pupil: ", "é", "£", "\u{0}", "asthma", "GB82 WEST ", "Sort code "]
        var text = ""
        while text.utf8.count < length { text += random.pick(pieces) }
        return text
    }

    func findings(_ scanner: DocumentScanner, _ text: String, delimiter: UInt8?) throws -> [String] {
        var out: [String] = []
        let outcome = try scanner.scan(text: text, document: DocumentDescription(path: "r", delimiter: delimiter)) { event in
            out.append("\(event.finding.detector)@\(event.finding.location.offset ?? -1)")
            XCTAssertLessThanOrEqual(event.finding.location.offset ?? 0, text.utf8.count)
        }
        XCTAssertEqual(outcome.bytes, text.utf8.count)
        return out
    }

    func testRandomTextNeverCrashesAndChunkSizeDoesNotChangeResults() throws {
        let engine = try TestSupport.engine()
        let small = try DocumentScanner(engine: engine, options: ScanOptions(minConfidence: .low, chunkSize: 4096))
        let large = try DocumentScanner(engine: engine, options: ScanOptions(minConfidence: .low, chunkSize: 1 << 20))
        var random = SeededRandom(seed: 77)
        var documents = Documents(seed: 78)
        for round in 0..<60 {
            var text = randomText(&random, length: Int.random(in: 0...30_000, using: &random))
            if round % 3 == 0 { text += documents.classList(pupils: 40) + randomText(&random, length: 500) }
            let delimiter: UInt8? = round % 2 == 0 ? 44 : nil
            let a = try findings(small, text, delimiter: delimiter)
            let b = try findings(large, text, delimiter: delimiter)
            // Identical, except that special-category keywords are looked for only from the
            // first chunk holding an identifier onwards (README): smaller chunks find fewer.
            XCTAssertEqual(Set(a.filter { !$0.hasPrefix("special_") }), Set(b.filter { !$0.hasPrefix("special_") }), "round \(round)")
            XCTAssertTrue(Set(a.filter { $0.hasPrefix("special_") }).isSubset(of: Set(b)), "round \(round)")
        }
    }

    /// Phase two joins a group's windows into one scan: the findings must be those of one
    /// scan per window, on text dense with digit runs, dates and identifiers.
    func testJoinedWindowsFindWhatSeparateWindowsFind() throws {
        let engine = try TestSupport.engine()
        XCTAssertTrue(engine.joinable.contains(true), "the UK pack's digit and date groups are joinable")
        let joined = try DocumentScanner(engine: engine, options: ScanOptions(minConfidence: .low))
        let separate = try DocumentScanner(engine: engine, options: ScanOptions(minConfidence: .low))
        separate.joinsWindows = false
        var random = SeededRandom(seed: 91)
        var documents = Documents(seed: 92)
        for round in 0..<20 {
            var text = randomText(&random, length: Int.random(in: 1000...40_000, using: &random))
            text += documents.medicalRegister(pupils: 20) + randomText(&random, length: 2000) + documents.classList(pupils: 30)
            let delimiter: UInt8? = round % 2 == 0 ? 44 : nil
            XCTAssertEqual(try findings(joined, text, delimiter: delimiter), try findings(separate, text, delimiter: delimiter), "round \(round)")
        }
    }

    func testEmptyAndTinyDocuments() throws {
        let scanner = try DocumentScanner(engine: try TestSupport.engine())
        for text in ["", "\n", "0", "9", "\"", "\",\"", "@", "a@", "NHS", "\r\n\r\n"] {
            XCTAssertNoThrow(try findings(scanner, text, delimiter: 44))
            XCTAssertNoThrow(try findings(scanner, text, delimiter: nil))
        }
    }
}
