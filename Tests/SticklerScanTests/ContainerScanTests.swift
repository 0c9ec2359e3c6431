import Foundation
import SticklerCore
import SticklerExtraction
@testable import SticklerScan
import SticklerTesting
import XCTest

/// `scanFile` for a file that yields several documents: each member has its own record
/// (after its findings), the container's record comes last, and a limit makes the
/// container an error while the scan goes on; the container's record carries its members'
/// highest risk.
final class ContainerScanTests: XCTestCase {
    func testMembersGetTheirOwnRecordsInOrder() throws {
        let directory = try TestSupport.temporaryDirectory("stickler-container")
        defer { try? FileManager.default.removeItem(at: directory) }
        var documents = Documents(seed: 30)
        var zip = ZipWriter()
        zip.add("a/list.csv", documents.classList(pupils: 2))
        zip.add("b/locked.csv", documents.classList(pupils: 2), method: .zipCrypto(password: "x"))
        zip.add("c/photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3])
        try Data(zip.finish()).write(to: directory.appendingPathComponent("stick.zip"))
        var bomb = ZipWriter()
        bomb.add("big.txt", [], method: .repeated(65, 8 << 20))
        try Data(bomb.finish()).write(to: directory.appendingPathComponent("bomb.zip"))
        try Data(documents.parentLetter().utf8).write(to: directory.appendingPathComponent("letter.txt"))

        var configuration = ScanConfiguration(paths: [directory.path], jobs: 1)
        configuration.limits.maxExpandedBytes = 4 << 20
        let sink = CollectingSink()
        let summary = try Scan(engine: try TestSupport.engine(), configuration: configuration).run(sink: sink)

        let list = sink.result(named: "stick.zip!a/list.csv")
        XCTAssertEqual(list?.status, .scanned)
        XCTAssertGreaterThan(list?.findings ?? 0, 0)
        XCTAssertEqual(sink.result(named: "stick.zip!b/locked.csv")?.status, .encrypted)
        XCTAssertEqual(sink.result(named: "stick.zip!b/locked.csv")?.encryption, "zip-zipcrypto")
        XCTAssertEqual(sink.result(named: "stick.zip!c/photo.jpg")?.status, .skipped)
        XCTAssertEqual(sink.result(named: "/stick.zip")?.status, .scanned)
        // The container's record says how risky its members are (its own text has nothing).
        XCTAssertEqual(sink.result(named: "/stick.zip")?.risk.level, RiskLevel.none)
        XCTAssertEqual(sink.result(named: "/stick.zip")?.membersRisk, list?.risk.level)
        XCTAssertEqual(sink.result(named: "/stick.zip")?.findings, 0)
        XCTAssertEqual(sink.result(named: "/stick.zip")?.membersFindings, list?.findings)
        XCTAssertNil(sink.result(named: "letter.txt")?.membersFindings)
        XCTAssertNil(sink.result(named: "letter.txt")?.membersRisk)
        // Findings of the member come right before its record; the container's record is last.
        let memberRecord = sink.order.firstIndex(of: "file:" + directory.path + "/stick.zip!a/list.csv")!
        XCTAssertEqual(sink.order[memberRecord - 1], "finding:" + directory.path + "/stick.zip!a/list.csv")
        let containerRecord = sink.order.firstIndex(of: "file:" + directory.path + "/stick.zip")!
        XCTAssertGreaterThan(containerRecord, memberRecord)
        XCTAssertEqual(sink.result(named: "/bomb.zip")?.status, .error)
        XCTAssertEqual(sink.result(named: "/bomb.zip")?.reason, "archive expands beyond 4 MiB (possible zip bomb)")
        XCTAssertEqual(sink.result(named: "letter.txt")?.status, .scanned)
        XCTAssertEqual(summary.encrypted, 1)
        XCTAssertEqual(summary.errors, 1)
    }

    /// A "!" in a folder's or file's own name parts no container from its members: the
    /// file "Urgent" is not the container of "Urgent!/list.csv".
    func testABangInAFoldersNameIsNoContainer() throws {
        let directory = try TestSupport.temporaryDirectory("stickler-bang")
        defer { try? FileManager.default.removeItem(at: directory) }
        var documents = Documents(seed: 31)
        let folder = directory.appendingPathComponent("Urgent!")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(documents.classList(pupils: 3).utf8).write(to: folder.appendingPathComponent("list.csv"))
        try Data("Lesson notes: photosynthesis.\n".utf8).write(to: directory.appendingPathComponent("Urgent"))
        // The listed file first, then the plain file whose name is the part before the "!".
        let configuration = ScanConfiguration(paths: [folder.appendingPathComponent("list.csv").path,
                                                      directory.appendingPathComponent("Urgent").path], jobs: 1)
        let sink = CollectingSink()
        _ = try Scan(engine: try TestSupport.engine(), configuration: configuration).run(sink: sink)
        XCTAssertGreaterThan(sink.result(named: "Urgent!/list.csv")?.risk.level ?? .none, RiskLevel.none)
        XCTAssertNil(sink.result(named: "/Urgent")?.membersRisk)
    }
}
