import Foundation
import SticklerAudit
import SticklerCore
import SticklerDevices
import XCTest

/// End to end on this machine: real udevd, real loop devices, real libblkid, real FUSE
/// helpers, real sticklerd and the real `stickler` CLI. Loop numbers 40-59 and 70-78 are this
/// class's own.
final class HotplugTests: XCTestCase {
    var bed: Testbed!
    var images: StickImages!

    override func setUpWithError() throws {
        bed = try Testbed()
        images = StickImages(directory: bed.directory)
        try bed.startUdev()
    }

    override func tearDown() {
        if let bed, testRun?.hasSucceeded == false { print(bed.log()) }
        bed?.tearDown()
        bed = nil
    }

    func assertHeld(_ node: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let properties = try bed.udevProperties(node)
        XCTAssertEqual(properties["UDISKS_IGNORE"], "1", "\(properties)", file: file, line: line)
        XCTAssertEqual(properties["UDISKS_AUTO"], "0", file: file, line: line)
        XCTAssertEqual(properties["STICKLER_RELEASED"], "0", file: file, line: line)
        XCTAssertEqual(Hold.isReadOnly(node), true, "held devices are read-only in the kernel", file: file, line: line)
    }

    func assertReleased(_ node: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let properties = try bed.udevProperties(node)
        XCTAssertNil(properties["UDISKS_IGNORE"], "\(properties)", file: file, line: line)
        XCTAssertEqual(properties["STICKLER_RELEASED"], "1", file: file, line: line)
        XCTAssertEqual(Hold.isReadOnly(node), false, file: file, line: line)
    }

    func testFAT32WithAClassListIsKeptBackForSecureDeletion() throws {
        try bed.startDaemon()
        try bed.plug(images.fat32("stickler-e2e-pii.img", personal: true, sample: true), loop: 40)
        let status = try bed.verdict("loop40")
        XCTAssertEqual(status.verdict, .secureDelete, "\(status.reasons)")
        XCTAssertEqual(status.mountMethod, "fusefat")
        XCTAssertTrue(status.held)
        XCTAssertNotNil(status.filesWithFindings["Class lists/7B class list.csv"], "\(status.filesWithFindings)")
        try assertHeld("/dev/loop40")
        XCTAssertEqual(try bed.udevProperties("/dev/loop40")["STICKLER_VERDICT"], "secure_delete")
        // The polkit rule's helper sees the hold.
        let held = Shell.repository().appendingPathComponent("udev/stickler-held").path
        XCTAssertEqual(Subprocess.run([held, "/dev/loop40"]).code, 0)
        XCTAssertEqual(bed.stagedMounts(), [])
        // Recorded in the audit trail, redacted: the chain verifies and no value is in the file.
        let store = try AuditStore.open(stateDirectory: bed.state, create: false)
        XCTAssertEqual(try store.scans().first?.verdict, "secure_delete")
        XCTAssertGreaterThan(try store.scans().first?.findings ?? 0, 0)
        let verify = try Shell.run(Shell.product("stickler").path, ["audit", "verify", "--state-dir", bed.state.path])
        XCTAssertTrue(verify.contains("audit trail intact"), verify)
        // The CLI shows the same.
        let show = try Shell.run(Shell.product("stickler").path, ["device", "show", "loop40", "--socket", bed.socket])
        XCTAssertTrue(show.contains("verdict: secure_delete"), show)
    }

    func testCleanFAT32IsAllowedAndReleased() throws {
        try bed.startDaemon()
        try bed.plug(images.fat32("stickler-e2e-clean.img", personal: false), loop: 41)
        let status = try bed.verdict("loop41")
        XCTAssertEqual(status.verdict, .allow, "\(status.reasons)")
        XCTAssertFalse(status.held)
        try assertReleased("/dev/loop41")
        XCTAssertEqual(bed.stagedMounts(), [])
        XCTAssertEqual(Subprocess.run([Shell.repository().appendingPathComponent("udev/stickler-held").path, "/dev/loop41"]).code, 1)
        // Unplugged (losetup -d: `change` without a filesystem, then LOOP_CTL_REMOVE: `remove`).
        bed.unplug(41)
        XCTAssertTrue(Shell.wait { bed.device("loop41")?.state == .removed }, "\(String(describing: bed.device("loop41")))")
        XCTAssertFalse(FileManager.default.fileExists(atPath: bed.runtime.appendingPathComponent("verdicts/loop41").path))
    }

    func testLUKS2IsAllowedWithoutMounting() throws {
        try bed.startDaemon()
        try bed.plug(images.luks2("stickler-e2e-luks2.img"), loop: 42)
        let status = try bed.verdict("loop42")
        XCTAssertEqual(status.verdict, .allow)
        XCTAssertEqual(status.situation, "encrypted_volume")
        XCTAssertEqual(status.encryption, "luks2")
        XCTAssertNil(status.mountMethod)
        try assertReleased("/dev/loop42")
    }

    func testBitLockerSampleIsAllowed() throws {
        try bed.startDaemon()
        try bed.plug(images.bitlocker("stickler-e2e-bitlocker.img"), loop: 43)
        let status = try bed.verdict("loop43")
        XCTAssertEqual(status.verdict, .allow)
        XCTAssertEqual(status.encryption, "bitlocker")
        XCTAssertNil(status.mountMethod)
    }

    func testExFATIsScannedThroughFUSE() throws {
        try bed.startDaemon()
        try bed.plug(images.exfat("stickler-e2e-exfat.img", personal: true, loop: 54), loop: 44)
        let status = try bed.verdict("loop44")
        XCTAssertEqual(status.mountMethod, "mount.exfat-fuse")
        XCTAssertEqual(status.verdict, .secureDelete, "\(status.reasons)")
        XCTAssertNotNil(status.filesWithFindings["7B class list.csv"], "\(status.filesWithFindings)")
        try assertHeld("/dev/loop44")
    }

    func testNTFSIsScannedThroughFUSE() throws {
        try bed.startDaemon()
        try bed.plug(images.ntfs("stickler-e2e-ntfs.img", personal: true), loop: 45)
        let status = try bed.verdict("loop45")
        XCTAssertEqual(status.mountMethod, "ntfs-3g")
        XCTAssertEqual(status.verdict, .secureDelete, "\(status.reasons)")
        XCTAssertNotNil(status.filesWithFindings["7B class list.csv"], "\(status.filesWithFindings)")
    }

    func testExt4IsScannedThroughTheKernel() throws {
        try bed.startDaemon()
        try bed.plug(images.ext4("stickler-e2e-ext4.img", personal: false), loop: 46)
        let status = try bed.verdict("loop46")
        XCTAssertEqual(status.mountMethod, "kernel")
        XCTAssertEqual(status.verdict, .allow, "\(status.reasons)")
        try assertReleased("/dev/loop46")
        XCTAssertEqual(bed.stagedMounts(), [])
    }

    /// Random bytes with no filesystem signature (how a VeraCrypt volume looks): held and
    /// probed like any stick, and warned about as unknown encryption (it was never checked
    /// at all: udev gives it no filesystem type).
    func testDeviceWithoutAFilesystemIsProbedAndWarned() throws {
        try bed.startDaemon()
        let image = try images.blank("stickler-e2e-random.img", megabytes: 16)
        try Shell.run("dd", ["if=/dev/urandom", "of=\(image.path)", "bs=1M", "count=16", "conv=notrunc", "status=none"])
        try bed.plug(image, loop: 70)
        let status = try bed.verdict("loop70")
        XCTAssertEqual(status.verdict, .warn, "\(status.reasons)")
        XCTAssertEqual(status.situation, "unknown_encryption")
        XCTAssertEqual(status.encryption, "unknown")
    }

    /// An ext4 card pulled out of a Raspberry Pi without unmounting: its journal needs
    /// recovery, which a read-only hold forbids. It is mounted without replaying the journal
    /// and scanned (it was "incomplete" and released).
    func testExt4WithADirtyJournalIsStillScanned() throws {
        try bed.startDaemon()
        // Made outside the test bed's folder: its loop device must not look like a stick.
        let outside = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("dirty-ext4-\(getpid())")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        let image = try images.blank("dirty.img", megabytes: 32, in: outside)
        try Shell.run("mkfs.ext4", ["-q", "-F", "-d", try images.content(personal: true).path, image.path])
        let point = outside.appendingPathComponent("mount").path
        try FileManager.default.createDirectory(atPath: point, withIntermediateDirectories: true)
        try Shell.run("mount", ["-o", "loop", image.path, point])
        try Shell.run("sh", ["-c", "echo 'Term notes' > \(point)/notes.txt && sync"])
        let dirty = bed.directory.appendingPathComponent("stickler-e2e-dirty-copy.img")
        try Shell.run("cp", [image.path, dirty.path]) // taken while mounted: needs_recovery set
        try Shell.run("umount", [point])
        try bed.plug(dirty, loop: 71)
        let status = try bed.verdict("loop71")
        XCTAssertEqual(status.verdict, .secureDelete, "\(status.reasons)")
        XCTAssertEqual(status.mountMethod, "kernel")
        XCTAssertTrue(Shell.wait(seconds: 10) { bed.stagedMounts().isEmpty }, "\(bed.stagedMounts())")
    }

    /// A file that cannot be read (its cluster marked bad) may be the class list: the stick
    /// was not fully checked, so it is not allowed as clean.
    func testUnreadableFileMakesTheCheckIncomplete() throws {
        try bed.startDaemon()
        let image = try images.fat32("stickler-e2e-badcluster.img", personal: false)
        // A FAT32 volume's first file starts at cluster 3 (after the root directory's 2):
        // mark that cluster bad in the first FAT (0x0FFFFFF7) so the file reads as an error.
        let boot = try Data(contentsOf: image, options: .alwaysMapped).prefix(512)
        let reserved = Int(boot[14]) | Int(boot[15]) << 8, sectorSize = Int(boot[11]) | Int(boot[12]) << 8
        let handle = try FileHandle(forUpdating: image)
        try handle.seek(toOffset: UInt64(reserved * sectorSize + 3 * 4))
        try handle.write(contentsOf: Data([0xF7, 0xFF, 0xFF, 0x0F]))
        try handle.close()
        try bed.plug(image, loop: 72)
        let status = try bed.verdict("loop72")
        XCTAssertEqual(status.verdict, .warn, "\(status.reasons)")
        XCTAssertEqual(status.situation, "incomplete", "\(status.reasons)")
    }

    /// A class list copied off and then deleted is still on the stick until overwritten:
    /// the stick needs secure deletion, and says which deleted file holds what.
    func testDeletedClassListIsStillFound() throws {
        try bed.startDaemon()
        let image = try images.fat32("stickler-e2e-deleted.img", personal: true)
        try Shell.run("mdel", ["-i", image.path, "::/7B class list.csv"])
        let before = try Shell.run("sha256sum", [image.path])
        try bed.plug(image, loop: 73)
        let status = try bed.verdict("loop73")
        XCTAssertEqual(status.verdict, .secureDelete, "\(status.reasons)")
        XCTAssertNotNil(status.filesWithFindings["deleted/7B class list.csv"], "\(status.filesWithFindings)")
        XCTAssertTrue(status.reasons.contains { $0.contains("still recoverable") }, "\(status.reasons)")
        bed.unplug(73)
        XCTAssertEqual(try Shell.run("sha256sum", [image.path]), before, "never written")
    }

    func testPartitionedStickIsCheckedPerPartition() throws {
        try bed.startDaemon()
        try bed.plug(images.partitioned("stickler-e2e-part.img", personal: true), loop: 47, partitions: true)
        let partition = try bed.verdict("loop47p1")
        XCTAssertEqual(partition.verdict, .secureDelete, "\(partition.reasons)")
        XCTAssertEqual(partition.parent, "loop47")
        let disk = try XCTUnwrap(bed.device("loop47"))
        XCTAssertEqual(disk.state, .partitioned)
        XCTAssertEqual(disk.verdict, .secureDelete)
        XCTAssertTrue(disk.held)
        try assertHeld("/dev/loop47p1")
        XCTAssertEqual(try bed.udevProperties("/dev/loop47")["UDISKS_IGNORE"], "1")
    }

    /// A stick once written with a Linux ISO and repartitioned since: udev still names the
    /// ISO's filesystem for the whole disk, but its partitions are what holds the files.
    func testStaleISOSignatureOverAPartitionTableIsCheckedPerPartition() throws {
        try bed.startDaemon()
        let image = try images.partitioned("stickler-e2e-iso-then-mbr.img", personal: true)
        let handle = try FileHandle(forUpdating: image)
        try handle.seek(toOffset: 32768) // an ISO 9660 primary volume descriptor's magic, before partition 1
        try handle.write(contentsOf: Data([1] + Array("CD001".utf8) + [1]))
        try handle.close()
        try bed.plug(image, loop: 74, partitions: true)
        XCTAssertEqual(try bed.udevProperties("/dev/loop74")["ID_FS_TYPE"], "iso9660", "the stale signature udev sees")
        let partition = try bed.verdict("loop74p1")
        XCTAssertEqual(partition.verdict, .secureDelete, "\(partition.reasons)")
        XCTAssertEqual(try XCTUnwrap(bed.device("loop74")).state, .partitioned)
    }

    /// A Windows GPT disk: a Microsoft Reserved partition (zeros, no filesystem) beside the
    /// data volume. The reserved one holds nothing to check and does not make the disk a
    /// warning; the data volume decides.
    func testMicrosoftReservedPartitionIsNotChecked() throws {
        try bed.startDaemon()
        let image = try images.blank("stickler-e2e-gpt-msr.img", megabytes: 80)
        let table = "label: gpt\nstart=2048, size=32768, type=E3C9E316-0B5C-4DB8-817D-F92DF00215AE\nstart=34816, type=EBD0A0A2-B9E5-4433-87C0-68B6B72699C7\n"
        try Shell.run("/bin/sh", ["-c", "printf '\(table)' | sfdisk -q \"$0\"", image.path])
        try Shell.run("mkfs.vfat", ["-F", "32", "--offset", "34816", image.path, "60000"])
        let folder = try images.content(personal: true)
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder.path).map { folder.appendingPathComponent($0).path }
        try Shell.run("mcopy", ["-i", image.path + "@@17M"] + entries + ["::/"])
        try bed.plug(image, loop: 76, partitions: true)
        XCTAssertEqual(try bed.verdict("loop76p2").verdict, .secureDelete)
        XCTAssertTrue(Shell.wait(seconds: 10) { bed.device("loop76")?.verdict == .secureDelete }, "\(String(describing: bed.device("loop76")))")
        XCTAssertNil(bed.device("loop76p1"), "the reserved partition is not checked")
    }

    /// A clean stick with a second partition never formatted (zeros, as an installer's gap
    /// partition is): nothing on it to check, so the stick is allowed, not warned about.
    func testBlankPartitionBesideACleanOneIsAllowed() throws {
        try bed.startDaemon()
        let image = try images.blank("stickler-e2e-blank-part.img", megabytes: 80)
        try Shell.run("/bin/sh", ["-c", "printf 'label: dos\\nstart=2048, size=100000, type=c\\nstart=104448, size=20000, type=83\\n' | sfdisk -q \"$0\"", image.path])
        try Shell.run("mkfs.vfat", ["-F", "32", "--offset", "2048", image.path, "50000"])
        try Shell.run("mcopy", ["-i", image.path + "@@1M", try images.content(personal: false).appendingPathComponent("Forces lesson.txt").path, "::/"])
        try bed.plug(image, loop: 77, partitions: true)
        XCTAssertEqual(try bed.verdict("loop77p2").verdict, .allow, "\(String(describing: bed.device("loop77p2")?.reasons))")
        XCTAssertEqual(try bed.verdict("loop77p1").verdict, .allow)
        XCTAssertTrue(Shell.wait(seconds: 10) { bed.device("loop77")?.verdict == .allow }, "\(String(describing: bed.device("loop77")))")
    }

    /// An empty partition table (no partition to wait for) is checked like media without a
    /// filesystem: nothing could be checked, so the policy's incomplete choice.
    func testEmptyPartitionTableIsNotHeldForEver() throws {
        try bed.startDaemon()
        let image = try images.blank("stickler-e2e-empty-table.img", megabytes: 16)
        try Shell.run("/bin/sh", ["-c", "printf 'label: dos\\n' | sfdisk -q \"$0\"", image.path])
        try bed.plug(image, loop: 75)
        let status = try bed.verdict("loop75")
        XCTAssertEqual(status.verdict, .warn, "\(status.reasons)")
    }

    /// A released partitioned stick stays released across a daemon restart: its disk is
    /// held again by its own coldplug, then takes its released partitions' verdict.
    func testRestartKeepsAReleasedPartitionedStickReleased() throws {
        try bed.startDaemon()
        try bed.plug(images.partitioned("stickler-e2e-part-clean.img", personal: false), loop: 78, partitions: true)
        XCTAssertEqual(try bed.verdict("loop78p1").verdict, .allow)
        XCTAssertTrue(Shell.wait(seconds: 10) { bed.device("loop78")?.held == false })
        bed.stopDaemon()
        try bed.startDaemon()
        XCTAssertTrue(Shell.wait(seconds: 20) { bed.device("loop78")?.held == false && bed.device("loop78")?.verdict == .allow },
                      "\(String(describing: bed.device("loop78")))")
        XCTAssertEqual(Hold.isReadOnly("/dev/loop78"), false)
    }

    func testRestartReEvaluatesAHeldDevice() throws {
        try bed.startDaemon()
        try bed.plug(images.fat32("stickler-e2e-restart.img", personal: true), loop: 48)
        XCTAssertEqual(try bed.verdict("loop48").verdict, .secureDelete)
        bed.stopDaemon()
        try assertHeld("/dev/loop48")
        try bed.startDaemon()
        let again = try bed.verdict("loop48")
        XCTAssertEqual(again.verdict, .secureDelete)
        try assertHeld("/dev/loop48")
        let scans = try AuditStore.open(stateDirectory: bed.state, create: false).scans()
        XCTAssertEqual(scans.filter { $0.verdict == "secure_delete" }.count, 2, "\(scans)")
    }

    /// A surprise removal of a mounted loop device cannot happen here (losetup -d only
    /// sets autoclear while the FUSE helper holds it), so the removal is the kernel's own
    /// synthetic `remove` uevent for the device, which udev and libudev deliver exactly
    /// like an unplug. The worker is held back by a test-only delay so the removal lands
    /// while the volume is mounted and the worker runs.
    func testRemovalMidScanIsIncompleteAndLeavesNothingBehind() throws {
        try bed.startDaemon(extra: ["--test-worker-delay", "60"])
        try bed.plug(images.fat32("stickler-e2e-removed.img", personal: true), loop: 49)
        XCTAssertTrue(Shell.wait { bed.stagedMounts().count == 1 && bed.device("loop49")?.state == .checking },
                      "the scan never started:\n\(bed.log())")
        try Shell.run("udevadm", ["trigger", "--action=remove", "/dev/loop49"])
        let status = try bed.verdict("loop49")
        XCTAssertEqual(status.state, .removed)
        XCTAssertEqual(status.recorded, .incomplete)
        XCTAssertEqual(status.verdict, .warn, "the default policy's choice for an incomplete check")
        XCTAssertTrue(status.reasons.contains { $0.contains("removed") }, "\(status.reasons)")
        XCTAssertEqual(bed.stagedMounts(), [])
        XCTAssertEqual(try AuditStore.open(stateDirectory: bed.state, create: false).scans().first?.verdict, "incomplete")
        // No worker left: nothing in the daemon's process tree but the daemon.
        let children = try Shell.run("/bin/sh", ["-c", "pgrep -P \(bed.daemon!.pid) || true"])
        XCTAssertEqual(children.trimmingCharacters(in: .whitespacesAndNewlines), "")
        Shell.attempt("udevadm", ["trigger", "--action=add", "/dev/loop49"])
    }

    /// Only an encrypted zip of pupil data: the policy's `encrypted_files_only` (warn) once
    /// extraction reports encrypted archives; until then the zip is skipped unread and the
    /// stick counts as having no readable personal data (allow). Either way the verdict
    /// is the one the policy gives for what the scan reported.
    func testStickWithOnlyAnEncryptedZipGetsWhatThePolicySays() throws {
        let folder = try images.content(personal: true)
        let zip = bed.directory.appendingPathComponent("pupils.zip")
        try Shell.run("/bin/sh", ["-c", "cd \"$0\" && zip -q -P test-passphrase \"$1\" '7B class list.csv'", folder.path, zip.path])
        let image = try images.blank("stickler-e2e-zip.img", megabytes: 64)
        try Shell.run("mkfs.vfat", ["-F", "32", "-n", "ZIPSTICK", image.path])
        try Shell.run("mcopy", ["-i", image.path, zip.path, "::/"])
        try bed.startDaemon()
        try bed.plug(image, loop: 53)
        let status = try bed.verdict("loop53")
        let summary = try XCTUnwrap(status.summary)
        XCTAssertEqual(summary.findings, 0, "nothing readable: the class list is only inside the encrypted zip")
        if summary.encrypted > 0 {
            XCTAssertEqual(status.situation, "encrypted_files_only")
            XCTAssertEqual(status.verdict, .warn)
        } else {
            XCTAssertEqual(status.situation, "no_personal_data")
            XCTAssertEqual(status.verdict, .allow)
        }
    }

    /// With --worker-user, the worker reads FUSE-staged volumes as that user (fusefat with
    /// allow_other; ntfs-3g with uid/gid too): the cache it writes is that user's.
    func testWorkerRunsAsTheUnprivilegedUserWhereTheMountAllows() throws {
        guard let nobody = getpwnam("nobody") else { throw XCTSkip("no user 'nobody'") }
        let uid = nobody.pointee.pw_uid
        try bed.startDaemon(extra: ["--worker-user", "nobody"])
        try bed.plug(images.fat32("stickler-e2e-nobody-fat.img", personal: true), loop: 55)
        try bed.plug(images.ntfs("stickler-e2e-nobody-ntfs.img", personal: true), loop: 56)
        for id in ["loop55", "loop56"] {
            let status = try bed.verdict(id)
            XCTAssertEqual(status.verdict, .secureDelete, "\(id): \(status.reasons)")
            XCTAssertNotNil(status.filesWithFindings["7B class list.csv"], "\(id): the worker could read the files")
        }
        let cache = bed.state.appendingPathComponent("worker/cache")
        let owner = try FileManager.default.attributesOfItem(atPath: cache.path)[.ownerAccountID] as? NSNumber
        XCTAssertEqual(owner?.uint32Value, uid, "the worker ran as nobody")
    }

    /// A policy with a 1 s scan time-out and a worker held back longer: the worker is
    /// killed, the volume unmounted, and the policy's `incomplete` choice applied.
    func testScanTimeOutIsIncompleteWithThePolicysChoice() throws {
        let policy = bed.directory.appendingPathComponent("policy.yaml")
        try "policy: strict\nversion: 2\nverdicts:\n  incomplete: secure_delete\nscan:\n  timeout_seconds: 1\n"
            .write(to: policy, atomically: true, encoding: .utf8)
        try bed.startDaemon(extra: ["--policy", policy.path, "--test-worker-delay", "60"])
        try bed.plug(images.fat32("stickler-e2e-timeout.img", personal: false), loop: 57)
        let status = try bed.verdict("loop57")
        XCTAssertEqual(status.recorded, .incomplete)
        XCTAssertEqual(status.verdict, .secureDelete, "\(status.reasons)")
        XCTAssertTrue(status.reasons.contains { $0.contains("timed out") }, "\(status.reasons)")
        XCTAssertTrue(status.reasons.contains { $0.contains("policy strict@2") }, "\(status.reasons)")
        XCTAssertEqual(bed.stagedMounts(), [])
        try assertHeld("/dev/loop57")
    }

    /// A released stick that the user has mounted is never switched to read-only under
    /// them: `stickler device rescan` leaves it alone while it is mounted.
    func testRescanLeavesAMountedReleasedStickAlone() throws {
        try bed.startDaemon()
        try bed.plug(images.ext4("stickler-e2e-mounted.img", personal: false), loop: 58)
        XCTAssertEqual(try bed.verdict("loop58").verdict, .allow)
        let mountPoint = bed.directory.appendingPathComponent("user-mount")
        try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
        try Shell.run("mount", ["-t", "ext4", "/dev/loop58", mountPoint.path])
        defer { Shell.attempt("umount", ["-l", mountPoint.path]) }
        try Shell.run(Shell.product("stickler").path, ["device", "rescan", "loop58", "--socket", bed.socket])
        let status = try XCTUnwrap(bed.device("loop58"))
        XCTAssertEqual(status.state, .decided)
        XCTAssertFalse(status.held)
        XCTAssertEqual(Hold.isReadOnly("/dev/loop58"), false)
        XCTAssertTrue(bed.log().contains("loop58: in use"), bed.log())
        try Shell.run("umount", [mountPoint.path])
    }

    /// A daemon killed mid-scan leaves its FUSE helper and worker behind (in its own mount
    /// namespace); the next start stops them and checks the still-held device again.
    func testCrashMidScanIsCleanedUpAtTheNextStart() throws {
        try bed.startDaemon(extra: ["--test-worker-delay", "60"])
        try bed.plug(images.fat32("stickler-e2e-crash.img", personal: true), loop: 59)
        XCTAssertTrue(Shell.wait { bed.stagedMounts().count == 1 }, bed.log())
        let staging = bed.runtime.appendingPathComponent("mnt").path
        func leftovers() -> String {
            Stager.processes(mentioning: staging).filter { $0 != getpid() }.map(String.init).joined(separator: " ")
        }
        bed.daemon?.kill(SIGKILL)
        bed.daemon?.wait()
        bed.daemon = nil
        XCTAssertNotEqual(leftovers(), "", "the helper and worker outlive a crash")
        try assertHeld("/dev/loop59")
        try bed.startDaemon()
        XCTAssertTrue(bed.log().contains("cleaned up after a previous run"), bed.log())
        // (Within 30 s: a loaded machine, a build beside the tests, took more than 10.)
        XCTAssertTrue(Shell.wait(seconds: 30) { leftovers() == "" }, leftovers())
        let status = try bed.verdict("loop59")
        XCTAssertEqual(status.verdict, .secureDelete)
        try assertHeld("/dev/loop59")
    }
}
