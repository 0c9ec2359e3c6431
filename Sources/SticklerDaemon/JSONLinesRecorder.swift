import Foundation
import SticklerCore

/// Records verdicts as JSON Lines in `<state>/verdicts.jsonl` (mode 0600) until the
/// audit store takes over through the same `VerdictRecorder` protocol.
final class JSONLinesRecorder: VerdictRecorder {
    let file: URL
    let encoder: JSONEncoder

    init(stateDirectory: URL) throws {
        try FileManager.default.createDirectory(at: stateDirectory, withIntermediateDirectories: true)
        file = stateDirectory.appendingPathComponent("verdicts.jsonl")
        if !FileManager.default.fileExists(atPath: file.path) {
            FileManager.default.createFile(atPath: file.path, contents: nil, attributes: [.posixPermissions: 0o600])
        }
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
    }

    func record(_ record: VerdictRecord) throws {
        var line = try encoder.encode(record)
        line.append(0x0A)
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: line)
    }
}
