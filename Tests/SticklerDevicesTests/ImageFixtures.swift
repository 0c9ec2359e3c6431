import Foundation
import XCTest

/// Disk images for probe tests: util-linux samples from ../shared/testdata/blkid and
/// images made at test time with the real mkfs tools.
enum ImageFixtures {
    /// `$STICKLER_BLKID_SAMPLES`, else `../shared/testdata/blkid` beside the checkout or
    /// one of its parents (the samples are not copied into the repository).
    static func samples(file: String = #filePath) -> URL? {
        if let given = ProcessInfo.processInfo.environment["STICKLER_BLKID_SAMPLES"] { return URL(fileURLWithPath: given) }
        var directory = URL(fileURLWithPath: file).deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = directory.appendingPathComponent("../shared/testdata/blkid").standardizedFileURL
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("luks2.img.xz").path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }

    /// Decompresses `name`.xz from the shared samples into `directory`.
    static func sample(_ name: String, into directory: URL) throws -> URL {
        guard let samples = samples() else { throw XCTSkip("../shared/testdata/blkid is not present") }
        let output = directory.appendingPathComponent(name)
        try run("/bin/sh", ["-c", "xz -dc \"$0\" > \"$1\"", samples.appendingPathComponent(name + ".xz").path, output.path])
        return output
    }

    static func tool(_ name: String) throws -> String {
        for directory in ["/usr/sbin", "/usr/bin", "/sbin", "/bin"] where FileManager.default.isExecutableFile(atPath: "\(directory)/\(name)") {
            return "\(directory)/\(name)"
        }
        throw XCTSkip("\(name) is not installed (make deps)")
    }

    @discardableResult
    static func run(_ executable: String, _ arguments: [String], input: String? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        let inputPipe = Pipe()
        if input != nil { process.standardInput = inputPipe }
        try process.run()
        if let input {
            inputPipe.fileHandleForWriting.write(Data(input.utf8))
            try inputPipe.fileHandleForWriting.close()
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw NSError(domain: "fixture", code: Int(process.terminationStatus),
                          userInfo: [NSLocalizedDescriptionKey: "\(executable) \(arguments.joined(separator: " ")): \(text)"])
        }
        return text
    }

    static func blank(_ name: String, megabytes: Int, in directory: URL) throws -> URL {
        let url = directory.appendingPathComponent(name)
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(megabytes) << 20)
        try handle.close()
        return url
    }
}
