import Foundation
import SticklerDevices
import SticklerTesting
import XCTest

/// Removable predicate, system disks, mountinfo parsing, encryption classification.
final class DeviceFactsTests: XCTestCase {
    func event(_ properties: [String: String], removable: Bool = false, node: String = "/dev/sdb") -> DeviceEvent {
        DeviceEvent(action: .add, name: String(node.dropFirst(5)), devnode: node, devtype: "disk", removableAttribute: removable, properties: properties)
    }

    func testRemovable() {
        XCTAssertTrue(event(["ID_BUS": "usb"]).isRemovable)
        XCTAssertTrue(event(["ID_BUS": "mmc"]).isRemovable)
        XCTAssertTrue(event([:], removable: true).isRemovable)
        XCTAssertTrue(event(["STICKLER_REMOVABLE": "1"]).isRemovable)
        XCTAssertFalse(event(["ID_BUS": "ata"]).isRemovable)
        XCTAssertFalse(event([:]).isRemovable)
    }

    func testSystemDisks() throws {
        let directory = try TestSupport.temporaryDirectory("stickler-facts")
        defer { try? FileManager.default.removeItem(at: directory) }
        let mountinfo = directory.appendingPathComponent("mountinfo")
        try """
            22 1 254:0 / / rw,relatime - ext4 /dev/vda rw
            40 22 7:40 / /media/stick\\040one rw - vfat /dev/loop40 rw

            """.write(to: mountinfo, atomically: true, encoding: .utf8)
        let fstab = directory.appendingPathComponent("fstab")
        try "# comment\nUUID=abcd-1234 /data ext4 defaults 0 2\nLABEL=BACKUP /backup ext4 defaults 0 2\n".write(to: fstab, atomically: true, encoding: .utf8)
        let disks = SystemDisks.current(mountinfo: mountinfo.path, fstab: fstab.path)
        XCTAssertTrue(disks.contains(event(["ID_BUS": "usb"], node: "/dev/vda")))
        XCTAssertTrue(disks.contains(event(["ID_FS_UUID": "abcd-1234"], node: "/dev/sdc")))
        XCTAssertTrue(disks.contains(event(["ID_FS_LABEL": "BACKUP"], node: "/dev/sdd")))
        XCTAssertFalse(disks.contains(event(["ID_BUS": "usb"], node: "/dev/loop40")), "a stick mounted by the desktop is not a system disk")
        var partition = event([:], node: "/dev/vda1")
        partition.parent = "vda"
        XCTAssertTrue(disks.contains(partition), "a partition of the disk holding / is on the system disk")
        XCTAssertFalse(disks.contains(event([:], node: "/dev/vdb")))
    }

    func testMountInfoUnescapesAndSplitsOptions() throws {
        let directory = try TestSupport.temporaryDirectory("stickler-mountinfo")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("mountinfo")
        try "63 43 0:39 / /run/stickler/mnt/my\\040stick ro,nosuid,nodev,noexec,noatime - fuse.fusefat fusefat ro,user_id=0\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let entries = MountEntry.read(file.path)
        XCTAssertEqual(entries.count, 1)
        XCTAssertEqual(entries[0].mountPoint, "/run/stickler/mnt/my stick")
        XCTAssertEqual(entries[0].fsType, "fuse.fusefat")
        XCTAssertTrue(Stager.required.isSubset(of: entries[0].options))
    }

    func testEncryptionClassification() {
        XCTAssertEqual(Encryption.classify(type: "crypto_LUKS", usage: "crypto", version: "1", highEntropy: false), .luks1)
        XCTAssertEqual(Encryption.classify(type: "crypto_LUKS", usage: "crypto", version: "2", highEntropy: false), .luks2)
        XCTAssertEqual(Encryption.classify(type: "BitLocker", usage: "crypto", version: "2", highEntropy: false), .bitlocker)
        XCTAssertEqual(Encryption.classify(type: "vfat", usage: "filesystem", version: "FAT32", highEntropy: true), Encryption.none)
        XCTAssertEqual(Encryption.classify(type: nil, usage: nil, version: nil, highEntropy: true), .unknown)
        XCTAssertEqual(Encryption.classify(type: "mystery_crypt", usage: "crypto", version: nil, highEntropy: false), .unknown)
    }

    func testScriptedEventsDeliverColdplugThenLiveEventsInOrder() throws {
        let events = ScriptedEvents(coldplug: [event(["ID_BUS": "usb"], node: "/dev/sdb")])
        final class Box: @unchecked Sendable { var seen: [String] = [] }
        let box = Box()
        try events.start { box.seen.append("\($0.action.rawValue) \($0.name)") }
        events.send(DeviceEvent(action: .remove, name: "sdb", devnode: nil, devtype: "disk", properties: [:]))
        events.drain()
        XCTAssertEqual(box.seen, ["coldplug sdb", "remove sdb"])
        events.stop()
    }
}
