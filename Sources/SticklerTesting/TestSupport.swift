import Foundation
import SticklerCrypto
import SticklerDetection

/// Helpers shared by the test targets.
public enum TestSupport {
    /// The repository's `Rules/` directory, found from a test file's path.
    public static func rulesDirectory(file: String = #filePath) -> URL {
        var directory = URL(fileURLWithPath: file).deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = directory.appendingPathComponent("Rules")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("uk-identifiers.yaml").path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: "Rules")
    }

    /// An engine over the shipped rule packs with a fixed test key (never an installation key).
    public static func engine(key: UInt8 = 42, file: String = #filePath) throws -> Engine {
        let pack = try RulePack.load(directory: rulesDirectory(file: file))
        return try Engine(pack: pack, fingerprinter: Fingerprinter(key: InstallationKey(bytes: Array(repeating: key, count: 32))))
    }

    /// A fresh temporary directory.
    public static func temporaryDirectory(_ name: String = "stickler-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
