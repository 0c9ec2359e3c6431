import Foundation
import SticklerCrypto

/// A validated rule pack kept beside the compiled databases (through `DatabaseCache`), so
/// that a command does not parse YAML and check every pattern again: that was most of a
/// scan's start-up. The key is a SHA-256 of the rule files' paths and bytes and of the
/// running executable's size and time, so an edited rule file or a new build never meets
/// a stale entry. Without a cache directory nothing is kept; an entry that does not decode
/// is ignored and rewritten.
struct PackCache {
    let name: String

    /// Nil without a cache directory or when a file could not be read (the parser then
    /// reports it).
    init?(files: [URL], contents: [Data?]) {
        guard DatabaseCache.shared.directory != nil else { return nil }
        var description = Array("stickler rule pack 2\n".utf8)
        var executable = stat()
        if stat("/proc/self/exe", &executable) == 0 {
            description += Array("\(executable.st_size) \(executable.st_mtim.tv_sec).\(executable.st_mtim.tv_nsec)\n".utf8)
        }
        for (file, data) in zip(files, contents) {
            guard let data else { return nil }
            description += Array("\(file.path)\n\(data.count)\n".utf8)
            description += data
        }
        name = "\(Digest.sha256(description).hex).pack.json"
    }

    /// The pack, its list triggers expanded again: they are kept as the rule files write
    /// them (`'{given_names} '`), not as the 20,000 literals a dozen name rules expand to,
    /// which took most of the decoding's 12 ms.
    func load() -> RulePack? {
        guard var pack = DatabaseCache.shared.cached(name).flatMap({ try? JSONDecoder().decode(RulePack.self, from: $0) }) else { return nil }
        WordLists.expandTriggers(of: &pack.detectors)
        return pack
    }

    func store(_ pack: RulePack) {
        var kept = pack
        for index in kept.detectors.indices where !kept.detectors[index].writtenTriggers.isEmpty { kept.detectors[index].triggers = [] }
        guard let data = try? JSONEncoder().encode(kept) else { return }
        DatabaseCache.shared.store(data, as: name)
    }
}
