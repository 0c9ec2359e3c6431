import Foundation
import SticklerCrypto
import Vectorscan

/// Compiled Vectorscan databases cached on disk, keyed by a SHA-256 of the library
/// version and every pattern, so that a command starts in milliseconds instead of
/// recompiling the rule packs. Without a directory it only compiles. A cache file that
/// does not load is ignored and rewritten.
public final class DatabaseCache: @unchecked Sendable {
    public static let shared = DatabaseCache()
    let lock = NSLock()
    var directoryURL: URL?

    /// Where cache files go (e.g. `<state>/cache`); nil disables the cache.
    public var directory: URL? {
        get { lock.lock(); defer { lock.unlock() }; return directoryURL }
        set { lock.lock(); directoryURL = newValue; lock.unlock() }
    }

    func database(for patterns: [Pattern]) throws -> Database {
        guard let directory else { return try Database(patterns: patterns) }
        var description = "vectorscan \(libraryVersion)\n"
        for pattern in patterns { description += "\(pattern.id) \(pattern.flags.rawValue) \(pattern.expression)\n" }
        let key = Digest.sha256(Array(description.utf8)).hex
        let file = directory.appendingPathComponent("\(key).hsdb")
        let ids = patterns.map(\.id)
        if let data = FileManager.default.contents(atPath: file.path),
           let database = try? Database(serialized: [UInt8](data), ids: ids) {
            return database
        }
        let database = try Database(patterns: patterns)
        if let bytes = try? database.serialized() {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                     attributes: [.posixPermissions: 0o700])
            let temporary = directory.appendingPathComponent(".\(key).\(getpid()).tmp")
            if FileManager.default.createFile(atPath: temporary.path, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) {
                _ = rename(temporary.path, file.path)
            }
        }
        return database
    }
}
