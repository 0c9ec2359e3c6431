import Foundation
import SticklerCore
import SticklerDevices
import SticklerPolicy
@testable import SticklerDaemon
import XCTest

/// The daemon's glue driven by `ScriptedEvents` (the protocol seam): no udev, no root.
/// Image files stand in for device nodes (libblkid probes either; BLKROSET is refused on a
/// file and only logged).
final class ScriptedDaemonTests: XCTestCase {
    final class MemoryRecorder: VerdictRecorder {
        var records: [VerdictRecord] = []
        func record(_ record: VerdictRecord) throws { records.append(record) }
    }

    var directory: URL!

    override func setUpWithError() throws {
        directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("stickler-scripted-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    func makeDaemon(_ events: ScriptedEvents, _ recorder: MemoryRecorder) throws -> Daemon {
        let worker = ScanWorker.Settings(stickler: Shell.product("stickler").path, rules: nil,
                                         stateDirectory: directory.appendingPathComponent("state").path, timeoutSeconds: 30, user: nil)
        let settings = Daemon.Settings(runtimeDirectory: directory.appendingPathComponent("run"),
                                       stateDirectory: directory.appendingPathComponent("state"), policy: .standard,
                                       worker: worker, notifier: Notifier(busAddress: nil), udevadm: nil)
        return try Daemon(settings: settings, events: events, recorder: recorder)
    }

    func event(_ action: DeviceEvent.Action, _ name: String, node: String, properties: [String: String]) -> DeviceEvent {
        DeviceEvent(action: action, name: name, devnode: node, devtype: "disk", properties: properties)
    }

    func testEncryptedImageIsAllowedAndNonRemovableIgnored() throws {
        let images = StickImages(directory: directory)
        let luks = try images.luks2("stickler-scripted-luks2.img")
        let events = ScriptedEvents(coldplug: [
            event(.add, "vda", node: "/dev/vda", properties: ["ID_FS_TYPE": "ext4"]),
        ])
        let recorder = MemoryRecorder()
        let daemon = try makeDaemon(events, recorder)
        try daemon.start()
        events.send(event(.add, "sdz", node: luks.path, properties: ["ID_FS_TYPE": "crypto_LUKS", "ID_FS_UUID": "u-1",
                                                                     "ID_BUS": "usb", "ID_SERIAL": "Scripted_0001"]))
        events.drain()
        XCTAssertTrue(Shell.wait(seconds: 30) { daemon.show("sdz")?.state == .decided })
        let status = try XCTUnwrap(daemon.show("sdz"))
        XCTAssertEqual(status.verdict, .allow)
        XCTAssertEqual(status.encryption, "luks2")
        XCTAssertFalse(status.held)
        XCTAssertNil(daemon.show("vda"), "not removable: never touched")
        XCTAssertEqual(recorder.records.map(\.verdict), [.allow])
        XCTAssertEqual(recorder.records.first?.device?.serial, "Scripted_0001")
        // The udev helper's state file.
        let state = try String(contentsOf: directory.appendingPathComponent("run/verdicts/sdz"), encoding: .utf8)
        XCTAssertTrue(state.contains("STICKLER_VERDICT=allow") && state.contains("STICKLER_RELEASED=1"), state)
        // Our own trigger's change event (same filesystem) does not start another check.
        events.send(event(.change, "sdz", node: luks.path, properties: ["ID_FS_TYPE": "crypto_LUKS", "ID_FS_UUID": "u-1", "ID_BUS": "usb"]))
        events.send(event(.remove, "sdz", node: luks.path, properties: [:]))
        events.drain()
        XCTAssertTrue(Shell.wait(seconds: 5) { daemon.show("sdz")?.state == .removed })
        XCTAssertEqual(recorder.records.count, 1)
        daemon.stop()
    }

    func testUnmountableVolumeIsIncomplete() throws {
        let bogus = directory.appendingPathComponent("empty.img")
        try Data(count: 1 << 20).write(to: bogus)
        let events = ScriptedEvents()
        let recorder = MemoryRecorder()
        let daemon = try makeDaemon(events, recorder)
        try daemon.start()
        // udev claims a filesystem, but the medium holds none (stale cache, or a lying device).
        events.send(event(.add, "sdy", node: bogus.path, properties: ["ID_FS_TYPE": "vfat", "STICKLER_REMOVABLE": "1"]))
        XCTAssertTrue(Shell.wait(seconds: 30) { daemon.show("sdy")?.state == .decided })
        let status = try XCTUnwrap(daemon.show("sdy"))
        XCTAssertEqual(status.recorded, .incomplete)
        XCTAssertEqual(status.verdict, Policy.standard.verdict(for: .incomplete))
        XCTAssertEqual(recorder.records.map(\.verdict), [.incomplete])
        daemon.stop()
    }
}
