import Foundation
import SticklerDevices
import XCTest

/// `stickler probe` and `stickler policy check` as a technician runs them.
final class ProbeAndPolicyCLITests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("stickler-probecli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    func stickler(_ arguments: [String]) -> (code: Int32, output: String) {
        Subprocess.run([Shell.product("stickler").path] + arguments)
    }

    func testProbeJSONShape() throws {
        var images = StickImages(directory: directory)
        let image = try images.partitioned("part.img", personal: false)
        let result = stickler(["probe", "--format", "json", image.path])
        XCTAssertEqual(result.code, 0, result.output)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        XCTAssertEqual(object["path"] as? String, image.path)
        XCTAssertEqual(object["partition_table"] as? String, "dos")
        let volumes = try XCTUnwrap(object["volumes"] as? [[String: Any]])
        XCTAssertEqual(volumes.count, 1)
        XCTAssertEqual(volumes[0]["offset"] as? Int, 1 << 20)
        XCTAssertEqual(volumes[0]["size"] as? Int, 100000 * 512)
        XCTAssertEqual(volumes[0]["filesystem"] as? String, "vfat")
        XCTAssertEqual(volumes[0]["usage"] as? String, "filesystem")
        XCTAssertEqual(volumes[0]["label"] as? String, "PARTSTICK")
        XCTAssertEqual(volumes[0]["encryption"] as? String, "none")
        XCTAssertNotNil(volumes[0]["uuid"] as? String)
    }

    func testProbeTextForBitLockerAndMissingFile() throws {
        let images = StickImages(directory: directory)
        let result = stickler(["probe", try images.bitlocker("bitlocker.img").path])
        XCTAssertEqual(result.code, 0)
        XCTAssertTrue(result.output.contains("BitLocker v2") && result.output.contains("encryption: bitlocker"), result.output)
        let missing = stickler(["probe", "/nonexistent.img"])
        XCTAssertEqual(missing.code, 2)
        XCTAssertTrue(missing.output.contains("/nonexistent.img"), missing.output)
    }

    func testPolicyCheck() throws {
        let good = stickler(["policy", "check", Shell.repository().appendingPathComponent("Rules/policy.yaml").path])
        XCTAssertEqual(good.code, 0, good.output)
        XCTAssertTrue(good.output.contains("personal_data: secure_delete"), good.output)
        let bad = directory.appendingPathComponent("policy.yaml")
        try "policy: x\nverdicts:\n  personal_data: shred\n".write(to: bad, atomically: true, encoding: .utf8)
        let result = stickler(["policy", "check", bad.path])
        XCTAssertEqual(result.code, 2)
        XCTAssertTrue(result.output.contains("\(bad.path):3: 'shred' is not a verdict for personal_data"), result.output)
    }

    func testDevicesWithoutTheDaemonSaysWhy() {
        let result = stickler(["devices", "--socket", directory.appendingPathComponent("none.sock").path])
        XCTAssertEqual(result.code, 2)
        XCTAssertTrue(result.output.contains("cannot reach sticklerd"), result.output)
    }
}
