import Foundation
import SticklerDevices
import SticklerTesting
import XCTest

/// `stickler remediate` as a technician runs it on a stick that got `secure_delete`: the
/// class list goes to school storage (a checked copy), the original and the remnants of
/// files deleted earlier are overwritten, and a second scan finds nothing left.
extension CLITests {
    func testRemediateMovesPersonalDataToSchoolStorage() throws {
        let directory = try TestSupport.temporaryDirectory("stickler-remediate")
        defer { try? FileManager.default.removeItem(at: directory) }
        let stick = directory.appendingPathComponent("stick"), school = directory.appendingPathComponent("school")
        var documents = Documents(seed: 61)
        let list = documents.classList(pupils: 5)
        try FileManager.default.createDirectory(at: stick.appendingPathComponent("Class lists"), withIntermediateDirectories: true)
        try Data(list.utf8).write(to: stick.appendingPathComponent("Class lists/7B.csv"))
        try Data("Lesson plan: photosynthesis\n".utf8).write(to: stick.appendingPathComponent("lesson.txt"))

        let dry = try stickler(["remediate", stick.path, "--dry-run"])
        XCTAssertEqual(dry.status, 1, dry.stderr)
        XCTAssertTrue(dry.stdout.contains("would move Class lists/7B.csv"), dry.stdout)
        XCTAssertTrue(FileManager.default.fileExists(atPath: stick.appendingPathComponent("Class lists/7B.csv").path))

        let inside = try stickler(["remediate", stick.path, "--to", stick.appendingPathComponent("out").path])
        XCTAssertEqual(inside.status, 2, "a destination on the stick itself is refused: \(inside.stdout)")

        let result = try stickler(["remediate", stick.path, "--to", school.path, "--record"])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: stick.appendingPathComponent("Class lists/7B.csv").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: stick.appendingPathComponent("lesson.txt").path), "clean files stay")
        let copy = school.appendingPathComponent("Class lists/7B.csv")
        XCTAssertEqual(try String(contentsOf: copy, encoding: .utf8), list)
        let mode = try FileManager.default.attributesOfItem(atPath: copy.path)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
        XCTAssertTrue(result.stdout.contains("nothing at or above medium risk left"), result.stdout)
        let audit = try stickler(["audit", "list"])
        XCTAssertTrue(audit.stdout.contains("remediation"), audit.stdout)

        // A second file of the same name goes beside the first, not over it; a "!" in a
        // name is a name, not a container's member.
        try Data(list.utf8).write(to: stick.appendingPathComponent("Class lists/7B.csv"))
        try Data(list.utf8).write(to: stick.appendingPathComponent("Year7!.csv"))
        let again = try stickler(["remediate", stick.path, "--to", school.path])
        XCTAssertEqual(again.status, 0, again.stdout + again.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: school.appendingPathComponent("Class lists/7B (2).csv").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: school.appendingPathComponent("Year7!.csv").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: stick.appendingPathComponent("Year7!.csv").path))

        // A destination reached through a link into the stick is the stick.
        let link = directory.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: stick)
        try Data(list.utf8).write(to: stick.appendingPathComponent("8C.csv"))
        let linked = try stickler(["remediate", stick.path, "--to", link.appendingPathComponent("out").path])
        XCTAssertEqual(linked.status, 2, linked.stdout)
        XCTAssertTrue(FileManager.default.fileExists(atPath: stick.appendingPathComponent("8C.csv").path), "nothing moved")
        // Free space is wiped only on a stick's own file system, not a folder of this disk.
        let folder = try stickler(["remediate", stick.path, "--to", school.path, "--wipe-free-space"])
        XCTAssertEqual(folder.status, 1)
        XCTAssertTrue(folder.stderr.contains("not a mount point"), folder.stderr)
    }

    /// A real FAT32 stick (a loop device mounted read-write through fusefat, as the testbed
    /// mounts FAT): a class list deleted earlier is still in the image until the free space
    /// is wiped; afterwards no byte of either list is left in it.
    func testRemediateWipesDeletedFilesOnAFATStick() throws {
        guard geteuid() == 0 else { throw XCTSkip("needs root (a loop device and a FUSE mount)") }
        for tool in ["mkfs.vfat", "mcopy", "mdel", "losetup", "fusefat", "umount"] {
            guard Self.which(tool) != nil else { throw XCTSkip("\(tool) missing") }
        }
        let directory = try TestSupport.temporaryDirectory("stickler-remediate-fat")
        defer { try? FileManager.default.removeItem(at: directory) }
        let image = directory.appendingPathComponent("stick.img"), mount = directory.appendingPathComponent("mnt")
        try FileManager.default.createDirectory(at: mount, withIntermediateDirectories: true)
        var ids = Identifiers(seed: 62)
        let kept = ids.upn(), deleted = ids.upn()
        try Data("UPN,Forename,Surname\n\(kept),Olivia,Hughes\n".utf8).write(to: directory.appendingPathComponent("list.csv"))
        try Data("UPN,Forename,Surname\n\(deleted),Amelia,Clarke\n".utf8).write(to: directory.appendingPathComponent("old.csv"))
        try Data("Lesson plan\n".utf8).write(to: directory.appendingPathComponent("lesson.txt"))
        FileManager.default.createFile(atPath: image.path, contents: nil)
        try FileHandle(forWritingTo: image).truncate(atOffset: 64 << 20)
        try Self.run("mkfs.vfat", ["-F", "32", "-n", "STICK", image.path])
        for name in ["list.csv", "old.csv", "lesson.txt"] {
            try Self.run("mcopy", ["-i", image.path, directory.appendingPathComponent(name).path, "::/" + name])
        }
        try Self.run("mdel", ["-i", image.path, "::/old.csv"])
        XCTAssertTrue(try Self.contains(image, deleted), "mdel leaves the contents")

        let loop = try Self.run("losetup", ["-f", "--show", image.path]).trimmingCharacters(in: .whitespacesAndNewlines)
        var attached = true
        defer { if attached { _ = try? Self.run("losetup", ["-d", loop]) } }
        try Self.run("fusefat", ["-o", "rw+", loop, mount.path])
        let result: Result
        do {
            defer { _ = try? Self.run("umount", [mount.path]) }
            result = try stickler(["remediate", mount.path, "--to", directory.appendingPathComponent("school").path, "--wipe-free-space"])
        }
        // The FUSE daemon finishes writing after umount returns: wait for it, then detach
        // the loop device and sync before reading the image.
        for _ in 0..<100 where Self.processesMention(mount.path) { usleep(50_000) }
        _ = try? Self.run("losetup", ["-d", loop])
        attached = false
        sync()
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("free space overwritten"), result.stdout)
        XCTAssertFalse(try Self.contains(image, kept), "the moved list is overwritten")
        XCTAssertFalse(try Self.contains(image, deleted), "the deleted list's clusters are overwritten")
        XCTAssertTrue(try Self.contains(image, "Lesson plan"), "clean files stay")
    }

    static func which(_ tool: String) -> String? {
        ["/usr/sbin", "/usr/bin", "/sbin", "/bin"].map { $0 + "/" + tool }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs a tool to its end (posix_spawn and waitpid: fusefat daemonises, which
    /// Foundation's `Process` does not see through).
    @discardableResult
    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let result = Subprocess.run([which(tool) ?? tool] + arguments)
        guard result.code == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: ["tool": tool, "output": result.output]) }
        return result.output
    }

    static func processesMention(_ text: String) -> Bool {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.contains { entry in
            guard entry.allSatisfy(\.isNumber), let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline") else { return false }
            return String(decoding: data.map { $0 == 0 ? 32 : $0 }, as: UTF8.self).contains(text)
        }
    }

    static func contains(_ file: URL, _ text: String) throws -> Bool {
        try Data(contentsOf: file).range(of: Data(text.utf8)) != nil
    }
}
