import Foundation
import SticklerCrypto
import XCTest

final class DigestTests: XCTestCase {
    func testSHA256KnownAnswer() {
        // FIPS 180-2 example "abc".
        XCTAssertEqual(Digest.sha256(Array("abc".utf8)).hex,
                       "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    func testHMACSHA256RFC4231Case2() {
        XCTAssertEqual(Digest.hmacSHA256(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8)).hex,
                       "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    func testInstallationKeyIsCreatedOnceWithMode0600() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stickler-key-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = try InstallationKey.loadOrCreate(named: "fingerprint.key", in: directory)
        let second = try InstallationKey.loadOrCreate(named: "fingerprint.key", in: directory)
        XCTAssertEqual(first.bytes, second.bytes)
        XCTAssertEqual(first.bytes.count, 32)
        let attributes = try FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent("fingerprint.key").path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
    }

    func testAKeyOfTheWrongSizeIsNeverReplaced() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stickler-key-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data([1, 2, 3]).write(to: directory.appendingPathComponent("fingerprint.key"))
        XCTAssertThrowsError(try InstallationKey.loadOrCreate(named: "fingerprint.key", in: directory))
    }
}

final class HMACKeyTests: XCTestCase {
    func testPrecomputedKeyMatchesOneShotHMAC() {
        // RFC 4231 test case 2, and a key longer than the block size (test case 6).
        XCTAssertEqual(HMACKey(Array("Jefe".utf8)).mac(Array("what do ya want for nothing?".utf8)).hex,
                       "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        let longKey = [UInt8](repeating: 0xAA, count: 131)
        let message = Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8)
        XCTAssertEqual(HMACKey(longKey).mac(message).hex, "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
        XCTAssertEqual(HMACKey(longKey).mac(message), Digest.hmacSHA256(key: longKey, message: message))
    }
}
