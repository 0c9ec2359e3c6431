import Foundation
import SticklerTesting
import XCTest

extension CLITests {
    /// What a person checking the scanner by hand does: `stickler generate formats DIR`,
    /// then `stickler scan` on its legacy Excel file finds numbers stored as numbers.
    func testGeneratedLegacyWorkbookIsReadCellByCell() throws {
        let directory = try TestSupport.temporaryDirectory("stickler-formats-cli")
        defer { try? FileManager.default.removeItem(at: directory) }
        let generated = try stickler(["generate", "formats", directory.path])
        XCTAssertEqual(generated.status, 0, generated.stderr)
        let result = try stickler(["scan", "--format", "jsonl", "--reveal", directory.appendingPathComponent("legacy.xls").path])
        XCTAssertEqual(result.status, 1, result.stderr)
        let lines = result.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        let file = lines.first { $0["type"] as? String == "file" }
        XCTAssertEqual(file?["format"] as? String, "xls")
        let numbers = lines.filter { $0["detector"] as? String == "uk_nhs_number" }
        let cells = Set(numbers.compactMap { $0["cell"] as? String })
        XCTAssertTrue(cells.isSuperset(of: ["Pupils!B2", "Pupils!B3", "Staff!C2"]), "\(cells)")
        XCTAssertEqual(numbers.first { $0["cell"] as? String == "Pupils!B2" }?["column"] as? String, "NHS number")
    }
}
