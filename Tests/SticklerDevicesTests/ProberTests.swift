import Foundation
import SticklerDevices
import SticklerTesting
import XCTest

/// Real libblkid on real images: upstream samples and images made here with mkfs/sfdisk/cryptsetup.
final class ProberTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try TestSupport.temporaryDirectory("stickler-probe") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    func testBitLockerSampleIsRecognisedEncryption() throws {
        let result = try Prober.probe(path: ImageFixtures.sample("bitlocker-win7.img", into: directory).path)
        XCTAssertNil(result.partitionTable)
        XCTAssertEqual(result.volumes.count, 1)
        XCTAssertEqual(result.volumes[0].filesystem, "BitLocker")
        XCTAssertEqual(result.volumes[0].usage, "crypto")
        XCTAssertEqual(result.volumes[0].encryption, .bitlocker)
        XCTAssertEqual(result.encryption, .bitlocker)
    }

    func testLUKSSamplesCarryTheirVersion() throws {
        let one = try Prober.probe(path: ImageFixtures.sample("luks1.img", into: directory).path)
        XCTAssertEqual(one.volumes.first?.encryption, .luks1)
        let two = try Prober.probe(path: ImageFixtures.sample("luks2.img", into: directory).path)
        XCTAssertEqual(two.volumes.first?.encryption, .luks2)
        XCTAssertEqual(two.volumes.first?.label, "tst_label")
        XCTAssertEqual(two.volumes.first?.uuid, "202265fe-9842-4c2d-ac9b-aba1b05deb63")
    }

    func testPlaintextSamples() throws {
        for (name, type) in [("exfat.img", "exfat"), ("ntfs.img", "ntfs"), ("fat.img", "vfat"), ("small-fat32.img", "vfat")] {
            let result = try Prober.probe(path: ImageFixtures.sample(name, into: directory).path)
            // exFAT also reports PTTYPE=dos with no partitions: still one whole-disk volume.
            XCTAssertNil(result.partitionTable, name)
            XCTAssertEqual(result.volumes.map(\.filesystem), [type], name)
            XCTAssertEqual(result.volumes[0].usage, "filesystem", name)
            XCTAssertEqual(result.volumes[0].encryption, Encryption.none, name)
        }
        let fat = try Prober.probe(path: directory.appendingPathComponent("fat.img").path)
        XCTAssertEqual(fat.volumes[0].label, "TEST-FAT")
        XCTAssertEqual(fat.volumes[0].uuid, "DEAD-BEEF")
    }

    func testImagesMadeHere() throws {
        let fat = try ImageFixtures.blank("fat.img", megabytes: 64, in: directory)
        try ImageFixtures.run(ImageFixtures.tool("mkfs.vfat"), ["-F", "32", "-n", "STICKTEST", "-i", "12345678", fat.path])
        let fatResult = try Prober.probe(path: fat.path)
        XCTAssertEqual(fatResult.volumes, [Volume(offset: 0, size: 64 << 20, filesystem: "vfat", usage: "filesystem",
                                                  version: "FAT32", label: "STICKTEST", uuid: "1234-5678", encryption: .none)])

        let ext4 = try ImageFixtures.blank("ext4.img", megabytes: 16, in: directory)
        try ImageFixtures.run(ImageFixtures.tool("mkfs.ext4"), ["-q", "-F", "-L", "EXTTEST", ext4.path])
        XCTAssertEqual(try Prober.probe(path: ext4.path).volumes.first?.filesystem, "ext4")

        let exfat = try ImageFixtures.blank("exfat.img", megabytes: 16, in: directory)
        try ImageFixtures.run(ImageFixtures.tool("mkfs.exfat"), ["-L", "EXFTEST", exfat.path])
        let exfatResult = try Prober.probe(path: exfat.path)
        XCTAssertEqual(exfatResult.volumes.first?.filesystem, "exfat")
        XCTAssertEqual(exfatResult.volumes.first?.label, "EXFTEST")
    }

    func testPartitionedImageIsProbedAtEachOffset() throws {
        let image = try ImageFixtures.blank("part.img", megabytes: 80, in: directory)
        try ImageFixtures.run(ImageFixtures.tool("sfdisk"), ["-q", image.path],
                              input: "label: dos\nstart=2048, size=100000, type=c\nstart=104448, size=40000, type=83\n")
        try ImageFixtures.run(ImageFixtures.tool("mkfs.vfat"), ["-F", "32", "-n", "PARTONE", "--offset", "2048", image.path, "50000"])
        let result = try Prober.probe(path: image.path)
        XCTAssertEqual(result.partitionTable, "dos")
        XCTAssertEqual(result.volumes.count, 2)
        XCTAssertEqual(result.volumes[0].partition, 1)
        XCTAssertEqual(result.volumes[0].offset, 2048 * 512)
        XCTAssertEqual(result.volumes[0].size, 100000 * 512)
        XCTAssertEqual(result.volumes[0].partitionType, "0xc")
        XCTAssertEqual(result.volumes[0].filesystem, "vfat")
        XCTAssertEqual(result.volumes[0].label, "PARTONE")
        XCTAssertEqual(result.volumes[1].partition, 2)
        XCTAssertNil(result.volumes[1].filesystem)
        XCTAssertEqual(result.volumes[1].encryption, Encryption.none)
    }

    func testLUKS2MadeHere() throws {
        let image = try ImageFixtures.blank("luks2.img", megabytes: 32, in: directory)
        let key = directory.appendingPathComponent("key.bin")
        try Data("test-passphrase".utf8).write(to: key)
        try ImageFixtures.run(ImageFixtures.tool("cryptsetup"), [
            "luksFormat", "--type", "luks2", "--batch-mode", "--key-file", key.path, "--pbkdf", "pbkdf2",
            "--pbkdf-force-iterations", "1000", "--label", "STICKLUKS", image.path])
        let result = try Prober.probe(path: image.path)
        XCTAssertEqual(result.volumes.first?.encryption, .luks2)
        XCTAssertEqual(result.volumes.first?.label, "STICKLUKS")
        XCTAssertEqual(result.encryption, .luks2)
    }

    func testRandomContentIsUnknownAndZerosAreNone() throws {
        let random = directory.appendingPathComponent("random.img")
        var generator = SeededRandom(seed: 7)
        var words = [UInt64](repeating: 0, count: 1 << 20)
        for index in words.indices { words[index] = generator.next() }
        try words.withUnsafeBytes { Data($0) }.write(to: random)
        XCTAssertEqual(try Prober.probe(path: random.path).volumes.first?.encryption, .unknown)
        let zeros = try ImageFixtures.blank("zeros.img", megabytes: 8, in: directory)
        XCTAssertEqual(try Prober.probe(path: zeros.path).volumes.first?.encryption, Encryption.none)
    }

    func testMissingFileNamesThePath() {
        XCTAssertThrowsError(try Prober.probe(path: "/nonexistent/stick.img")) { error in
            XCTAssertTrue("\(error)".contains("/nonexistent/stick.img"))
        }
    }
}
