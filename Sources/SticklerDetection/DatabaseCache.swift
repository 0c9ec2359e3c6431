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

    /// What `database(for:onMiss:)` does with a set of patterns it has not stored.
    enum Miss {
        /// Compiles it, stores it and hands it back.
        case compile
        /// Throws `ColdCache`.
        case refuse
        /// Compiles and stores it, and hands back `placeholder`: nothing compiled is held, so
        /// the next compile's working memory does not stand on it (`Engine.init`).
        case storeOnly
    }

    /// Whether there is a cache directory this process can write (made if missing): without
    /// one, `Miss.storeOnly` would compile each database only to compile it again.
    var canStore: Bool {
        guard let directory else { return false }
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        return access(directory.path, W_OK) == 0
    }

    /// A set of patterns that is not stored, met with `Miss.refuse`.
    struct ColdCache: Error {}

    /// What a `Miss.storeOnly` call hands back: a one-pattern database, never scanned.
    static let placeholder = try! Database(patterns: [Pattern("\\xFF", id: 0)])

    func database(for patterns: [Pattern], onMiss miss: Miss = .compile) throws -> Database {
        guard let directory else { return try Database(patterns: patterns) }
        var description = "vectorscan \(libraryVersion) \(scanRoutine)\n"
        for pattern in patterns { description += "\(pattern.id) \(pattern.flags.rawValue) \(pattern.expression)\n" }
        let name = "\(Digest.sha256(Array(description.utf8)).hex).hsdb"
        if miss == .storeOnly, access(directory.appendingPathComponent(name).path, R_OK) == 0 { return Self.placeholder }
        let ids = patterns.map(\.id)
        if miss != .storeOnly, let database = mapped(name, { try? Database(serialized: $0, ids: ids) }) { return database }
        if miss == .refuse { throw ColdCache() }
        let database = try Database(patterns: patterns)
        if let bytes = try? database.serialized() { store(Data(bytes), as: name) }
        return miss == .storeOnly ? Self.placeholder : database
    }

    /// `body` over the cache file `name` mapped read-only (no copy before Vectorscan's own,
    /// which matters for a few megabytes at every start), if there is a cache and the file.
    /// Cache files are replaced by a rename, never rewritten in place, so the mapping
    /// cannot shrink under the reader.
    func mapped<T>(_ name: String, _ body: (UnsafeRawBufferPointer) -> T?) -> T? {
        guard let directory else { return nil }
        let descriptor = open(directory.appendingPathComponent(name).path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size > 0 else { return nil }
        let length = Int(status.st_size)
        guard let base = mmap(nil, length, PROT_READ, MAP_PRIVATE, descriptor, 0), base != MAP_FAILED else { return nil }
        defer { munmap(base, length) }
        return body(UnsafeRawBufferPointer(start: base, count: length))
    }

    /// The cache file `name`, if there is a cache and the file.
    func cached(_ name: String) -> Data? {
        guard let directory else { return nil }
        return FileManager.default.contents(atPath: directory.appendingPathComponent(name).path)
    }

    /// Writes the cache file `name` (mode 0600, in a 0700 directory) through a temporary
    /// file and a rename, so that a concurrent reader never sees half of it. Each edit of
    /// the rules or new build stores a new set (about 15 MB), so a store also removes the
    /// entries written more than `staleAfter` ago: a set still in use is compiled and
    /// stored again once, in under a second.
    func store(_ data: Data, as name: String) {
        guard let directory else { return }
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        removeStale(in: directory)
        let temporary = directory.appendingPathComponent(".\(name).\(getpid()).tmp")
        if FileManager.default.createFile(atPath: temporary.path, contents: data, attributes: [.posixPermissions: 0o600]) {
            _ = rename(temporary.path, directory.appendingPathComponent(name).path)
        }
    }

    static let staleAfter: TimeInterval = 30 * 24 * 3600

    func removeStale(in directory: URL) {
        let oldest = Date().addingTimeInterval(-Self.staleAfter)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names where name.hasSuffix(".hsdb") || name.hasSuffix(".pack.json") || name.hasSuffix(".tmp") {
            let path = directory.appendingPathComponent(name).path
            if let written = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date, written < oldest {
                try? FileManager.default.removeItem(atPath: path)
            }
        }
    }
}
