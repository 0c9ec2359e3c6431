import Foundation
import SticklerDevices
import XCTest

/// One desktop notification per decision, on a real session bus with a real notification
/// server: dbus-daemon + Xvfb + dunst, read back with `dunstctl history`.
final class NotificationTests: XCTestCase {
    var bed: Testbed!
    var images: StickImages!
    var session: [Subprocess] = []

    override func setUpWithError() throws {
        bed = try Testbed()
        for tool in ["dbus-daemon", "Xvfb", "dunst", "dunstctl", "notify-send"] { _ = try Shell.tool(tool) }
        images = StickImages(directory: bed.directory)
        try bed.startUdev()
    }

    override func tearDown() {
        if let bed, testRun?.hasSucceeded == false { print(bed.log()) }
        bed?.tearDown()
        for process in session.reversed() {
            process.kill(SIGTERM)
            process.wait()
        }
        session = []
    }

    func testSecureDeleteNotifiesOnceWithFileNamesAndCounts() throws {
        let bus = "unix:path=\(bed.directory.path)/sessbus"
        let display = ":\((60...99).first { !FileManager.default.fileExists(atPath: "/tmp/.X11-unix/X\($0)") } ?? 99)"
        session.append(try Subprocess.spawn([try Shell.tool("dbus-daemon"), "--session", "--address=\(bus)", "--nofork"]))
        session.append(try Subprocess.spawn([try Shell.tool("Xvfb"), display, "-screen", "0", "1024x768x24", "-nolisten", "tcp"]))
        var environment = ProcessInfo.processInfo.environment
        environment["DBUS_SESSION_BUS_ADDRESS"] = bus
        environment["DISPLAY"] = display
        XCTAssertTrue(Shell.wait(seconds: 20) { FileManager.default.fileExists(atPath: "\(bed.directory.path)/sessbus") && FileManager.default.fileExists(atPath: "/tmp/.X11-unix/X\(display.dropFirst())") })
        session.append(try Subprocess.spawn([try Shell.tool("dunst")], environment: environment))
        // dunst keeps shown notifications out of its history until they are closed.
        func history() -> String {
            _ = Subprocess.run(["/usr/bin/dunstctl", "close-all"], environment: environment)
            return Subprocess.run(["/usr/bin/dunstctl", "history"], environment: environment).output
        }
        XCTAssertTrue(Shell.wait(seconds: 20) { Subprocess.run(["/usr/bin/dunstctl", "is-paused"], environment: environment).code == 0 },
                      "dunst did not start")

        try bed.startDaemon(extra: ["--notify-bus", bus])
        try bed.plug(images.fat32("stickler-e2e-notify.img", personal: true), loop: 50)
        XCTAssertEqual(try bed.verdict("loop50").verdict, .secureDelete)
        XCTAssertTrue(Shell.wait(seconds: 20) { history().contains("kept back") }, history())
        let text = history()
        XCTAssertTrue(text.contains("7B class list.csv"), text)
        XCTAssertTrue(text.contains("finding(s)"), text)
        XCTAssertTrue(text.contains("Stickler"), text)
        // {"data": [[{"summary": {"data": "..."}, "body": {...}, "appname": {...}}, ...]]}
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let entries = ((object?["data"] as? [[Any]])?.first as? [[String: Any]]) ?? []
        let summaries = entries.compactMap { ($0["summary"] as? [String: Any])?["data"] as? String }
        XCTAssertEqual(summaries.filter { $0.contains("kept back") }.count, 1, "one notification per decision: \(summaries)")
        let apps = entries.compactMap { ($0["appname"] as? [String: Any])?["data"] as? String }
        XCTAssertEqual(Set(apps), ["Stickler"])
    }
}
