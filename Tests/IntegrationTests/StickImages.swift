import Foundation
import SticklerTesting
import XCTest

/// Disk images built at test time with the real tools (no mounting needed, except exFAT
/// which is filled through exfat-fuse on a loop device nobody treats as removable).
struct StickImages {
    let directory: URL
    var documents = Documents(seed: 4242)

    init(directory: URL) { self.directory = directory }

    func blank(_ name: String, megabytes: Int, in folder: URL? = nil) throws -> URL {
        let url = (folder ?? directory).appendingPathComponent(name)
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(megabytes) << 20)
        try handle.close()
        return url
    }

    /// A folder with a class list (personal data) or only lesson plans (clean).
    mutating func content(personal: Bool) throws -> URL {
        let folder = directory.appendingPathComponent(personal ? "content-personal" : "content-clean")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if personal {
            try Data(documents.classList(pupils: 28).utf8).write(to: folder.appendingPathComponent("7B class list.csv"))
        }
        try Data(documents.lessonPlan().utf8).write(to: folder.appendingPathComponent("Forces lesson.txt"))
        return folder
    }

    /// A 64 MB FAT32 stick (mtools copies the files in).
    mutating func fat32(_ name: String, personal: Bool, sample: Bool = false) throws -> URL {
        let image = try blank(name, megabytes: 64)
        try Shell.run("mkfs.vfat", ["-F", "32", "-n", personal ? "PIISTICK" : "CLEANSTICK", image.path])
        let folder: URL
        if sample {
            folder = directory.appendingPathComponent("sample-stick")
            try SampleStick.write(to: folder)
        } else {
            folder = try content(personal: personal)
        }
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder.path).map { folder.appendingPathComponent($0).path }
        try Shell.run("mcopy", ["-s", "-i", image.path] + entries + ["::/"])
        return image
    }

    mutating func ext4(_ name: String, personal: Bool) throws -> URL {
        let image = try blank(name, megabytes: 32)
        try Shell.run("mkfs.ext4", ["-q", "-F", "-L", "EXTTEST", "-d", try content(personal: personal).path, image.path])
        return image
    }

    mutating func ntfs(_ name: String, personal: Bool) throws -> URL {
        let image = try blank(name, megabytes: 32)
        try Shell.run("mkntfs", ["-q", "-F", "-f", "-L", "NTFSTEST", image.path])
        let folder = try content(personal: personal)
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            try Shell.run("ntfscp", [image.path, folder.appendingPathComponent(file).path, file])
        }
        return image
    }

    /// exFAT has no offline copy tool: fill it through exfat-fuse on loop device `loop`,
    /// under a path the test rule does not mark as removable (no `stickler-e2e` anywhere in
    /// it, or the daemon under test holds the device and makes it read-only mid-copy), then
    /// move it into place.
    mutating func exfat(_ name: String, personal: Bool, loop: Int) throws -> URL {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("stickler-prep-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let preparation = try blank("exfat.img", megabytes: 32, in: scratch)
        try Shell.run("mkfs.exfat", ["-L", "EXFTEST", preparation.path])
        let folder = try content(personal: personal)
        let mountPoint = scratch.appendingPathComponent("mnt")
        try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
        try Shell.run("losetup", ["/dev/loop\(loop)", preparation.path])
        defer { Loop.detach(loop) }
        try Shell.run("mount.exfat-fuse", ["/dev/loop\(loop)", mountPoint.path])
        defer { Shell.attempt("umount", [mountPoint.path]) }
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            try FileManager.default.copyItem(at: folder.appendingPathComponent(file), to: mountPoint.appendingPathComponent(file))
        }
        try Shell.run("umount", [mountPoint.path])
        let image = directory.appendingPathComponent(name)
        Loop.detach(loop)
        try FileManager.default.moveItem(at: preparation, to: image)
        return image
    }

    func luks2(_ name: String) throws -> URL {
        let image = try blank(name, megabytes: 32)
        let key = directory.appendingPathComponent("key.bin")
        try Data("test-passphrase".utf8).write(to: key)
        try Shell.run("cryptsetup", ["luksFormat", "--type", "luks2", "--batch-mode", "--key-file", key.path, "--pbkdf", "pbkdf2",
                                     "--pbkdf-force-iterations", "1000", "--label", "STICKLUKS", image.path])
        return image
    }

    func bitlocker(_ name: String) throws -> URL {
        let samples = ProcessInfo.processInfo.environment["STICKLER_BLKID_SAMPLES"].map { URL(fileURLWithPath: $0) }
            ?? Shell.repository().appendingPathComponent("../shared/testdata/blkid")
        let sample = samples.appendingPathComponent("bitlocker-win7.img.xz").standardizedFileURL
        guard FileManager.default.fileExists(atPath: sample.path) else {
            throw XCTSkip("the util-linux BitLocker sample is not present (../shared/testdata/blkid or $STICKLER_BLKID_SAMPLES)")
        }
        let image = directory.appendingPathComponent(name)
        try Shell.run("/bin/sh", ["-c", "xz -dc \"$0\" > \"$1\"", sample.path, image.path])
        return image
    }

    /// A DOS partition table with one FAT32 partition at 1 MiB.
    mutating func partitioned(_ name: String, personal: Bool) throws -> URL {
        let image = try blank(name, megabytes: 80)
        try Shell.run("/bin/sh", ["-c", "printf 'label: dos\\nstart=2048, size=100000, type=c\\n' | sfdisk -q \"$0\"", image.path])
        _ = try? Shell.run("mkfs.vfat", ["-F", "32", "-n", "PARTSTICK", "--offset", "2048", image.path, "50000"])
        let folder = try content(personal: personal)
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder.path).map { folder.appendingPathComponent($0).path }
        try Shell.run("mcopy", ["-i", image.path + "@@1M"] + entries + ["::/"])
        return image
    }
}

/// Loop devices: attach at a fixed number, detach and remove the node, even after failures.
enum Loop {
    static func attach(_ number: Int, _ image: URL) throws {
        detach(number)
        try Shell.run("losetup", ["/dev/loop\(number)", image.path])
    }

    /// partx -d, losetup -d (after udev settles), poll until the autoclear happened, LOOP_CTL_REMOVE.
    static func detach(_ number: Int) {
        let node = "/dev/loop\(number)"
        guard FileManager.default.fileExists(atPath: node) else { return }
        Shell.attempt("udevadm", ["settle", "--timeout=10"])
        Shell.attempt("partx", ["-d", node])
        Shell.attempt("losetup", ["-d", node])
        _ = Shell.wait(seconds: 10) { !isAttached(number) }
        Shell.attempt("udevadm", ["settle", "--timeout=10"])
        _ = Shell.wait(seconds: 5) { remove(number) }
    }

    static func isAttached(_ number: Int) -> Bool {
        let backing = (try? String(contentsOfFile: "/sys/block/loop\(number)/loop/backing_file", encoding: .utf8)) ?? ""
        return !backing.isEmpty
    }

    /// LOOP_CTL_REMOVE; true when the node is gone.
    static func remove(_ number: Int) -> Bool {
        let fd = open("/dev/loop-control", O_RDWR | O_CLOEXEC)
        guard fd >= 0 else { return true }
        defer { close(fd) }
        let status = ioctl(fd, 0x4C81, CInt(number))
        return status >= 0 || errno == ENODEV || errno == ENXIO
    }
}
