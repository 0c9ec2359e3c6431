import Foundation
import Glibc
import GRDB
import SticklerCore
import SticklerCrypto

/// The audit store: `audit.sqlite` in the state directory, WAL mode (the daemon writes
/// while the CLI reads), migrated on open. It is the `VerdictRecorder` everything that
/// decides goes through. Reading needs no key; recording, verifying and purging need the
/// audit key (`audit.key`, separate from the fingerprint key).
public final class AuditStore: VerdictRecorder {
    public let path: String
    let pool: DatabasePool
    let key: [UInt8]?

    /// Opens (creating when `create`) the store at `path`.
    public init(path: String, key: InstallationKey?, create: Bool = true) throws {
        self.path = path
        self.key = key?.bytes
        if !create && !FileManager.default.fileExists(atPath: path) { throw AuditError.noStore(path: path) }
        // The trail names files and people: owner-only, like the keys. SQLite gives the
        // -wal and -shm files the database file's mode.
        let fd = Glibc.open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
        if fd >= 0 { Glibc.close(fd) }
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            // Deleted details are overwritten, not left in free pages.
            try db.execute(sql: "PRAGMA secure_delete = ON")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try AuditSchema.migrator.migrate(pool)
        } catch let error as DatabaseError {
            throw AuditError.database(path: path, message: error.message ?? "\(error.resultCode)")
        }
    }

    /// The store in `stateDirectory`, with its key (created with the store, mode 0600).
    /// With `create: false` the store must exist, and a key that is missing or unreadable
    /// (another user) is left out: listing and reports work, verifying says the key is needed.
    /// A fresh key is never made for an existing store, which would make every row look edited.
    public static func open(stateDirectory: URL, create: Bool = true) throws -> AuditStore {
        let path = stateDirectory.appendingPathComponent("audit.sqlite").path
        let keyPath = stateDirectory.appendingPathComponent("audit.key").path
        if !create && !FileManager.default.fileExists(atPath: path) { throw AuditError.noStore(path: path) }
        let key: InstallationKey?
        if create || FileManager.default.fileExists(atPath: keyPath) {
            do {
                key = try InstallationKey.loadOrCreate(named: "audit.key", in: stateDirectory)
            } catch where !create {
                key = nil
            }
        } else {
            key = nil
        }
        return try AuditStore(path: path, key: key, create: create)
    }

    /// SQLite's journal mode, `wal` once open.
    public func journalMode() throws -> String {
        try pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }

    func requireKey() throws -> [UInt8] {
        guard let key else {
            throw AuditError.database(path: path, message: "the audit key (audit.key beside it) is missing or unreadable; "
                                      + "it is needed to record, verify or purge (run as the user that records, e.g. root)")
        }
        return key
    }

    /// Runs `body` in one IMMEDIATE transaction with a chain appender, then moves the head.
    func append<T>(_ body: (inout ChainAppender) throws -> T) throws -> T {
        let key = try requireKey()
        return try wrap {
            try pool.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    var chain = try ChainAppender(db: db, key: key)
                    result = try body(&chain)
                    try chain.finish()
                    return .commit
                }
                return result!
            }
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try wrap { try pool.read(body) }
    }

    func wrap<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw AuditError.database(path: path, message: error.message ?? "\(error.resultCode)")
        }
    }

    /// Records one verdict: the device (once), the scan, the verdict and its reasons, an
    /// incident when the verdict is `warn` or stronger, a remediation when the source is
    /// `remediation`, who acted, and the per-file results and redacted findings.
    public func record(_ record: VerdictRecord) throws {
        try append { chain in try RecordWriter(record: record).write(into: &chain) }
    }
}
