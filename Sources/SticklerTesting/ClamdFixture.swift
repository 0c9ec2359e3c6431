import Foundation

/// A real clamd with a private signature database written by the test (TESTBED.md §4):
/// an `.ndb` signature for the EICAR test string and for a marker string, and an `.hdb`
/// MD5 signature for clamav-testfiles' clam.exe. Stopped by PID in `stop()`.
public final class ClamdFixture {
    public let directory: URL
    public var socket: String { directory.appendingPathComponent("clamd.sock").path }
    public static let marker = "STICKLER-TEST-MALWARE-MARKER"
    var process: Process?

    /// The EICAR anti-virus test string, assembled at run time so that no source file
    /// carries it whole.
    public static var eicar: String {
        ["X5O!P%@AP[4\\PZX54(P^)7CC)7}$", "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"].joined()
    }

    public static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/sbin/clamd") }

    public init(streamMaxLength: String = "100M") throws {
        directory = try TestSupport.temporaryDirectory("stickler-clamd")
        let database = directory.appendingPathComponent("db")
        try FileManager.default.createDirectory(at: database, withIntermediateDirectories: true)
        func hex(_ text: String) -> String { text.utf8.map { String(format: "%02x", $0) }.joined() }
        var ndb = "Stickler.Test.EICAR:0:*:\(hex(Self.eicar))\n"
        ndb += "Stickler.Test.Marker:0:*:\(hex(Self.marker))\n"
        try ndb.write(to: database.appendingPathComponent("stickler.ndb"), atomically: true, encoding: .utf8)
        let clamExe = "/usr/share/clamav-testfiles/clam.exe"
        if let data = FileManager.default.contents(atPath: clamExe) {
            let md5 = try Self.md5(clamExe)
            try "\(md5):\(data.count):Stickler.Test.ClamExe.MD5\n".write(to: database.appendingPathComponent("stickler.hdb"),
                                                                         atomically: true, encoding: .utf8)
        }
        try """
        LocalSocket \(socket)
        LocalSocketMode 660
        FixStaleSocket yes
        Foreground yes
        DatabaseDirectory \(database.path)
        LogFile \(directory.appendingPathComponent("clamd.log").path)
        TemporaryDirectory \(directory.path)
        User root
        MaxThreads 2
        StreamMaxLength \(streamMaxLength)
        SelfCheck 0

        """.write(to: directory.appendingPathComponent("clamd.conf"), atomically: true, encoding: .utf8)
    }

    static func md5(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/md5sum")
        process.arguments = [path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return String(output.prefix(32))
    }

    /// Starts clamd and waits (up to 30 s) until its socket accepts connections.
    public func start() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/sbin/clamd")
        process.arguments = ["-c", directory.appendingPathComponent("clamd.conf").path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        self.process = process
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if FileManager.default.fileExists(atPath: socket) { usleep(50_000); return }
            if !process.isRunning { throw TestFixtureError("clamd exited: \(log)") }
            usleep(20_000)
        }
        stop()
        throw TestFixtureError("clamd did not open its socket in 30 s: \(log)")
    }

    public var log: String {
        (try? String(contentsOf: directory.appendingPathComponent("clamd.log"), encoding: .utf8)) ?? ""
    }

    public func stop() {
        if let process, process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        process = nil
        try? FileManager.default.removeItem(atPath: socket)
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(at: directory)
    }
}

public struct TestFixtureError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
