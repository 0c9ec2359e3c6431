import Foundation
import SticklerCrypto

/// A validated rule pack kept beside the compiled databases (in `DatabaseCache`'s
/// directory), so that a command does not parse YAML and check every pattern again: that
/// was most of a scan's start-up. The key is a SHA-256 of the rule files' paths and bytes
/// and of the running executable's size and time, so an edited rule file or a new build
/// never meets a stale entry. Without a cache directory nothing is kept; an entry that
/// does not decode is ignored and rewritten.
struct PackCache {
    let file: URL

    init?(files: [URL]) {
        guard let directory = DatabaseCache.shared.directory else { return nil }
        var description = Array("stickler rule pack 1\n".utf8)
        var executable = stat()
        if stat("/proc/self/exe", &executable) == 0 {
            description += Array("\(executable.st_size) \(executable.st_mtim.tv_sec).\(executable.st_mtim.tv_nsec)\n".utf8)
        }
        for file in files {
            guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
            description += Array("\(file.path)\n\(data.count)\n".utf8)
            description += data
        }
        file = directory.appendingPathComponent("\(Digest.sha256(description).hex).pack.json")
    }

    func load() -> RulePack? {
        guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
        return try? JSONDecoder().decode(RulePack.self, from: data)
    }

    func store(_ pack: RulePack) {
        guard let data = try? JSONEncoder().encode(pack) else { return }
        let directory = file.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        let temporary = directory.appendingPathComponent(".\(file.lastPathComponent).\(getpid()).tmp")
        if FileManager.default.createFile(atPath: temporary.path, contents: data, attributes: [.posixPermissions: 0o600]) {
            _ = rename(temporary.path, file.path)
        }
    }
}
