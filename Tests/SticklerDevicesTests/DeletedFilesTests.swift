import Foundation
import SticklerDevices
import SticklerTesting
import XCTest

/// Undelete on real images: made with mkfs.vfat/mkfs.exfat, filled and emptied with mtools
/// (FAT) or exfat-fuse on a loop device (exFAT), then read back by `DeletedFiles`. Every
/// pupil in them is synthetic.
final class DeletedFilesTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try TestSupport.temporaryDirectory("stickler-undelete") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    // MARK: FAT

    func testFAT32DeletedClassListComesBackCompleteWithItsLongName() throws {
        let image = try fat(32, megabytes: 64)
        let classList = pupils(rows: 300, seed: 1)
        try copy(classList, to: "Class list 7B.csv", in: image)
        try copy(Array("Trip on Friday.\n".utf8), to: "notes.txt", in: image)
        try mtool("mdel", ["-i", image.path, "::/Class list 7B.csv"])

        let found = try recover(image)
        XCTAssertEqual(found, [RecoveredFile(path: "Class list 7B.csv", size: classList.count, data: classList, complete: true)])
    }

    func testClustersReusedByANewFileAreNotComplete() throws {
        // FAT16: mtools allocates from cluster 2 again (FAT32's FSInfo hint would move on).
        let image = try fat(16, megabytes: 32)
        let classList = pupils(rows: 200, seed: 2)
        try copy(classList, to: "A.CSV", in: image)
        try copy(Array("kept\n".utf8), to: "KEEP.TXT", in: image)
        try mtool("mdel", ["-i", image.path, "::/A.CSV"])
        // A long name needs more directory slots than A.CSV's one, so A.CSV's entry survives.
        let timetable = Array(String(repeating: "Period 1,Maths,Room 4\n", count: 2_000).utf8)
        try copy(timetable, to: "Replacement timetable.csv", in: image)

        let found = try recover(image)
        XCTAssertEqual(found.map(\.path), ["_.CSV"])
        XCTAssertEqual(found.first?.size, classList.count)
        XCTAssertEqual(found.first?.complete, false)
        XCTAssertEqual(found.first?.data, [], "the timetable's bytes, now in its first cluster, are not read as the deleted file's")
    }

    func testFAT12AndFAT16RootDirectories() throws {
        for (bits, megabytes) in [(12, 4), (16, 32)] {
            let image = try fat(bits, megabytes: megabytes, name: "fat\(bits).img")
            let register = pupils(rows: 120, seed: UInt64(bits))
            let report = Array("Report for \(bits)\n".utf8)
            try copy(register, to: "Year 7 register.csv", in: image)
            try copy(report, to: "REPORT.TXT", in: image)
            try mtool("mdel", ["-i", image.path, "::/Year 7 register.csv", "::/REPORT.TXT"])

            let found = try recover(image)
            XCTAssertEqual(found, [
                RecoveredFile(path: "Year 7 register.csv", size: register.count, data: register, complete: true),
                // No long name: the 8.3 name with its overwritten first letter.
                RecoveredFile(path: "_EPORT.TXT", size: report.count, data: report, complete: true),
            ], "FAT\(bits)")
        }
    }

    func testDeletedFileInsideLiveSubdirectories() throws {
        let image = try fat(32, megabytes: 64)
        let classList = pupils(rows: 80, seed: 3)
        try mtool("mmd", ["-i", image.path, "::/Year 7", "::/Year 7/SEN"])
        try copy(classList, to: "Year 7/SEN/class list.csv", in: image)
        try copy(Array("live\n".utf8), to: "Year 7/SEN/keep.txt", in: image)
        try mtool("mdel", ["-i", image.path, "::/Year 7/SEN/class list.csv"])

        XCTAssertEqual(try recover(image), [
            RecoveredFile(path: "Year 7/SEN/class list.csv", size: classList.count, data: classList, complete: true),
        ])
    }

    func testDeletedDirectoryIsDescendedWhileItsClusterIsFree() throws {
        let image = try fat(16, megabytes: 32)
        let classList = pupils(rows: 40, seed: 4)
        try mtool("mmd", ["-i", image.path, "::/Old lists"])
        try copy(classList, to: "Old lists/7B.csv", in: image)
        try mtool("mdeltree", ["-i", image.path, "::/Old lists"])

        // "7B.csv" fits 8.3 (lower-case extension flagged in byte 12), so no long name keeps its "7".
        XCTAssertEqual(try recover(image), [
            RecoveredFile(path: "Old lists/_B.csv", size: classList.count, data: classList, complete: true),
        ])
    }

    func testVolumeAtAnOffset() throws {
        let image = try ImageFixtures.blank("part.img", megabytes: 48, in: directory)
        try ImageFixtures.run(ImageFixtures.tool("mkfs.vfat"), ["-F", "32", "--offset", "2048", image.path, "40000"])
        let classList = pupils(rows: 50, seed: 5)
        let source = directory.appendingPathComponent("upload.csv")
        try Data(classList).write(to: source)
        try mtool("mcopy", ["-i", image.path + "@@1M", source.path, "::/pupils.csv"])
        try mtool("mdel", ["-i", image.path + "@@1M", "::/pupils.csv"])

        XCTAssertEqual(try recover(image, offset: 1 << 20).map(\.path), ["_upils.csv"])
        XCTAssertThrowsError(try recover(image)) // the disk's start is no volume
    }

    func testLimitsOnFilesAndBytes() throws {
        let image = try fat(16, megabytes: 32)
        let lists = (0..<3).map { pupils(rows: 100, seed: 10 + UInt64($0)) }
        for (index, list) in lists.enumerated() { try copy(list, to: "list \(index).csv", in: image) }
        try mtool("mdel", ["-i", image.path] + (0..<3).map { "::/list \($0).csv" })

        XCTAssertEqual(try recover(image, maxFiles: 2).map(\.path), ["list 0.csv", "list 1.csv"])
        // The budget goes to the smallest files first (a deleted video must not starve a
        // deleted class list); the order found is kept.
        let smallest = lists.indices.min { lists[$0].count < lists[$1].count }!
        let capped = try recover(image, maxBytes: lists[smallest].count + 100)
        XCTAssertEqual(capped.map(\.data.count).reduce(0, +), lists[smallest].count + 100)
        XCTAssertEqual(capped[smallest].data, lists[smallest], "the smallest is read whole")
        XCTAssertEqual(capped.map(\.complete), [true, true, true]) // the clusters are free all the same
        let big = try recover(image, maxBytes: 1 << 20, maxFileBytes: 100)
        XCTAssertEqual(big.map(\.data.count), [100, 100, 100], "at most maxFileBytes a file")
    }

    // MARK: Hostile input

    func testNotAVolume() throws {
        let zeros = try ImageFixtures.blank("zeros.img", megabytes: 1, in: directory)
        XCTAssertThrowsError(try recover(zeros)) { XCTAssertTrue("\($0)".contains("not a FAT or exFAT volume"), "\($0)") }
        let tiny = directory.appendingPathComponent("tiny.img")
        try Data([0xEB, 0x3C, 0x90]).write(to: tiny)
        XCTAssertThrowsError(try recover(tiny))
        // pread on a directory fails (EISDIR): a read error, not a crash.
        let fd = open(directory.path, O_RDONLY | O_DIRECTORY)
        defer { close(fd) }
        XCTAssertThrowsError(try DeletedFiles.recover(fd: fd)) { XCTAssertTrue("\($0)".contains("read failed"), "\($0)") }
    }

    func testRandomBytesAfterAValidBootSector() throws {
        let image = try fat(32, megabytes: 64)
        var random = SeededRandom(seed: 99)
        let noise = (0..<(8 << 20)).map { _ in UInt8.random(in: 0...255, using: &random) }
        try patch(image, at: 512, noise)
        // Whatever comes back, it comes back within the limits; an error is the undelete's own.
        do {
            let found = try recover(image, maxFiles: 5, maxBytes: 1 << 20)
            XCTAssertLessThanOrEqual(found.count, 5)
            XCTAssertLessThanOrEqual(found.reduce(0) { $0 + $1.data.count }, 1 << 20)
        } catch {
            XCTAssertTrue(error is DeletedFilesError, "\(error)")
        }
    }

    func testDirectoryChainLoopsEnd() throws {
        let image = try fat(32, megabytes: 64)
        let classList = pupils(rows: 30, seed: 6)
        try mtool("mmd", ["-i", image.path, "::/SEN"])
        try copy(classList, to: "SEN/list.csv", in: image)
        try mtool("mdel", ["-i", image.path, "::/SEN/list.csv"])
        let boot = try bytes(image, at: 0, count: 512)
        let reserved = Int(boot[14]) | Int(boot[15]) << 8
        let fatSize = Int(boot[36]) | Int(boot[37]) << 8 | Int(boot[38]) << 16
        let sectorsPerCluster = Int(boot[13])
        let dataStart = (reserved + 2 * fatSize) * 512
        let root = try bytes(image, at: dataStart, count: 512 * sectorsPerCluster)
        let sen = try XCTUnwrap(stride(from: 0, to: root.count, by: 32).first { root[$0..<$0 + 11].elementsEqual("SEN        ".utf8) })
        let senCluster = Int(root[sen + 26]) | Int(root[sen + 27]) << 8
        for copyIndex in 0..<2 {
            let fat = (reserved + copyIndex * fatSize) * 512
            try patch(image, at: fat + 4 * 2, [2, 0, 0, 0]) // the root's chain points at itself
            try patch(image, at: fat + 4 * senCluster, [UInt8(senCluster & 0xFF), UInt8(senCluster >> 8), 0, 0]) // so does SEN's
        }
        // SEN's own cluster lists the root as a subdirectory: a cycle through the tree.
        let senStart = dataStart + (senCluster - 2) * 512 * sectorsPerCluster
        let loop = Array("LOOP       ".utf8) + [0x10] + Array(repeating: 0, count: 14) + [2, 0, 0, 0, 0, 0]
        try patch(image, at: senStart + 32 * 3, loop)

        // "list.csv" fits 8.3 (lower case flagged in byte 12): no long name keeps its "l".
        XCTAssertEqual(try recover(image), [
            RecoveredFile(path: "SEN/_ist.csv", size: classList.count, data: classList, complete: true),
        ])
    }

    func testMutatedImagesNeverCrash() throws {
        let image = try fat(12, megabytes: 2)
        try mtool("mmd", ["-i", image.path, "::/SEN"])
        try copy(pupils(rows: 60, seed: 7), to: "SEN/class list.csv", in: image)
        try copy(pupils(rows: 20, seed: 8), to: "register.csv", in: image)
        try mtool("mdel", ["-i", image.path, "::/SEN/class list.csv", "::/register.csv"])
        let exfat = try ImageFixtures.blank("exfat.img", megabytes: 8, in: directory)
        try ImageFixtures.run(ImageFixtures.tool("mkfs.exfat"), [exfat.path])
        var random = SeededRandom(seed: 2024)
        for original in [image, exfat] {
            let pristine = try Data(contentsOf: original)
            // The metadata lives in the first 64 KiB (FAT12) or first 2.1 MiB (exFAT's heap start).
            let span = min(pristine.count, original == image ? 64 << 10 : (2 << 20) + (64 << 10))
            for _ in 0..<150 {
                var mutated = pristine
                for _ in 0..<Int.random(in: 1...24, using: &random) {
                    mutated[Int.random(in: 0..<span, using: &random)] = UInt8.random(in: 0...255, using: &random)
                }
                try mutated.write(to: original)
                _ = try? recover(original, maxBytes: 1 << 20)
            }
        }
    }

    // MARK: exFAT

    func testExFATDeletedFilesComeBack() throws {
        let image = try ImageFixtures.blank("exfat.img", megabytes: 32, in: directory)
        try ImageFixtures.run(ImageFixtures.tool("mkfs.exfat"), ["-L", "UNDELETE", image.path])
        let classList = pupils(rows: 400, seed: 20), sen = pupils(rows: 30, seed: 21), old = pupils(rows: 10, seed: 22)
        try withExFATMount(image) { mount in
            let manager = FileManager.default
            try Data(classList).write(to: mount.appendingPathComponent("class list 7B.csv"))
            try Data("Trip on Friday.\n".utf8).write(to: mount.appendingPathComponent("notes.txt"))
            try manager.createDirectory(at: mount.appendingPathComponent("SEN"), withIntermediateDirectories: true)
            try Data(sen).write(to: mount.appendingPathComponent("SEN/support plan.csv"))
            try manager.createDirectory(at: mount.appendingPathComponent("Old lists"), withIntermediateDirectories: true)
            try Data(old).write(to: mount.appendingPathComponent("Old lists/7C.csv"))
            try manager.removeItem(at: mount.appendingPathComponent("class list 7B.csv"))
            try manager.removeItem(at: mount.appendingPathComponent("SEN/support plan.csv"))
            try manager.removeItem(at: mount.appendingPathComponent("Old lists"))
        }
        XCTAssertEqual(try recover(image).sorted { $0.path < $1.path }, [
            RecoveredFile(path: "Old lists/7C.csv", size: old.count, data: old, complete: true),
            RecoveredFile(path: "SEN/support plan.csv", size: sen.count, data: sen, complete: true),
            RecoveredFile(path: "class list 7B.csv", size: classList.count, data: classList, complete: true),
        ])
    }

    func testExFATRootChainLoopEnds() throws {
        let image = try ImageFixtures.blank("exfat.img", megabytes: 8, in: directory)
        try ImageFixtures.run(ImageFixtures.tool("mkfs.exfat"), [image.path])
        let boot = try bytes(image, at: 0, count: 512)
        let fatOffset = (Int(boot[80]) | Int(boot[81]) << 8) << Int(boot[108])
        let root = Int(boot[96]) | Int(boot[97]) << 8
        try patch(image, at: fatOffset + 4 * root, [UInt8(root), UInt8(root >> 8), 0, 0])
        XCTAssertEqual(try recover(image), [])
    }

    // MARK: Helpers

    /// "UPN,Surname,Forename" rows of made-up pupils.
    func pupils(rows: Int, seed: UInt64) -> [UInt8] {
        var ids = Identifiers(seed: seed)
        var text = "UPN,Surname,Forename\n"
        for _ in 0..<rows { text += "\(ids.upn()),\(ids.random.pick(Names.family)),\(ids.random.pick(Names.given))\n" }
        return Array(text.utf8)
    }

    func recover(_ image: URL, offset: UInt64 = 0, maxFiles: Int = 2_000, maxBytes: Int = 256 << 20,
                 maxFileBytes: Int = 16 << 20) throws -> [RecoveredFile] {
        let fd = open(image.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw NSError(domain: "fixture", code: Int(errno)) }
        defer { close(fd) }
        return try DeletedFiles.recover(fd: fd, offset: offset, maxFiles: maxFiles, maxBytes: maxBytes, maxFileBytes: maxFileBytes)
    }

    func fat(_ bits: Int, megabytes: Int, name: String = "fat.img") throws -> URL {
        let image = try ImageFixtures.blank(name, megabytes: megabytes, in: directory)
        try ImageFixtures.run(ImageFixtures.tool("mkfs.vfat"), ["-F", String(bits), image.path])
        return image
    }

    func copy(_ content: [UInt8], to path: String, in image: URL) throws {
        let source = directory.appendingPathComponent("upload-\(UUID().uuidString)")
        try Data(content).write(to: source)
        try mtool("mcopy", ["-i", image.path, source.path, "::/" + path])
    }

    /// An mtools command, told not to insist on a floppy-like geometry.
    func mtool(_ name: String, _ arguments: [String]) throws {
        try ImageFixtures.run("/usr/bin/env", ["MTOOLS_SKIP_CHECK=1", ImageFixtures.tool(name)] + arguments)
    }

    func bytes(_ image: URL, at offset: Int, count: Int) throws -> [UInt8] {
        let handle = try FileHandle(forReadingFrom: image)
        defer { try? handle.close() }
        try handle.seek(toOffset: UInt64(offset))
        return Array(try handle.read(upToCount: count) ?? Data())
    }

    func patch(_ image: URL, at offset: Int, _ bytes: [UInt8]) throws {
        let handle = try FileHandle(forWritingTo: image)
        defer { try? handle.close() }
        try handle.seek(toOffset: UInt64(offset))
        try handle.write(contentsOf: Data(bytes))
    }

    /// exFAT has no offline copy tool: a free loop device and exfat-fuse (root only). The
    /// path holds no `stickler-e2e`, so the integration tests' udev rule leaves it alone.
    func withExFATMount(_ image: URL, _ body: (URL) throws -> Void) throws {
        guard getuid() == 0, FileManager.default.fileExists(atPath: "/dev/fuse") else {
            throw XCTSkip("exFAT filling needs root and /dev/fuse")
        }
        let fuse = try ImageFixtures.tool("mount.exfat-fuse"), losetup = try ImageFixtures.tool("losetup")
        let attached = Subprocess.run([losetup, "--find", "--show", image.path])
        let loop = attached.output.trimmingCharacters(in: .whitespacesAndNewlines)
        guard attached.code == 0, loop.hasPrefix("/dev/loop") else { throw XCTSkip("no loop device: \(attached.output)") }
        defer { _ = Subprocess.run([losetup, "-d", loop]) }
        let mount = directory.appendingPathComponent("mnt")
        try FileManager.default.createDirectory(at: mount, withIntermediateDirectories: true)
        let mounted = Subprocess.run([fuse, loop, mount.path]) // daemonises: Subprocess, not a pipe
        guard mounted.code == 0 else { throw XCTSkip("exfat-fuse cannot mount here: \(mounted.output)") }
        var unmounted = false
        defer { if !unmounted { _ = Subprocess.run(["/bin/umount", "-l", mount.path]) } }
        try body(mount)
        let result = Subprocess.run(["/bin/umount", mount.path])
        XCTAssertEqual(result.code, 0, result.output)
        unmounted = result.code == 0
    }
}
