import Foundation
import SticklerCore

/// The state the udev helper (`udev/stickler-verdict`) imports: one small file of
/// `KEY=value` lines per device in `<runtime>/verdicts/<kernel name>`, replaced atomically.
struct VerdictFiles {
    let directory: URL

    init(runtimeDirectory: URL) throws {
        directory = runtimeDirectory.appendingPathComponent("verdicts")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o755])
    }

    func write(_ name: String, verdict: Verdict?, released: Bool, uuid: String?) {
        var text = "STICKLER_STATE=\(verdict == nil ? "checking" : "decided")\n"
        if let verdict { text += "STICKLER_VERDICT=\(verdict.rawValue)\n" }
        text += "STICKLER_RELEASED=\(released ? 1 : 0)\n"
        if let uuid { text += "STICKLER_FS_UUID=\(uuid)\n" }
        let target = directory.appendingPathComponent(name)
        let temporary = directory.appendingPathComponent(".\(name).tmp")
        try? Data(text.utf8).write(to: temporary)
        _ = rename(temporary.path, target.path)
    }

    func read(_ name: String) -> [String: String] {
        guard let text = try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8) else { return [:] }
        var values: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { values[parts[0]] = parts[1] }
        }
        return values
    }

    func remove(_ name: String) {
        try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
    }
}
