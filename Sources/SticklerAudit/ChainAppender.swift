import GRDB
import SticklerCrypto

/// Appends rows to the chain inside one write transaction. Each row gets the next `seq`,
/// `prev_mac` = the previous row's MAC, and `mac` = HMAC-SHA256(audit key, canonical row),
/// the canonical form read back from SQLite so that it is exactly what `ChainVerifier` sees.
/// `finish()` moves the keyed head. Use it only inside `AuditStore.write`, which holds
/// SQLite's write lock (BEGIN IMMEDIATE), so two writers never fork the chain.
struct ChainAppender {
    let db: Database
    let key: [UInt8]
    private(set) var seq: Int64
    private(set) var mac: String

    init(db: Database, key: [UInt8]) throws {
        self.db = db
        self.key = key
        if let head = try Row.fetchOne(db, sql: "SELECT seq, mac FROM chain_head WHERE id = 1") {
            seq = head["seq"]
            mac = head["mac"]
        } else {
            seq = 0
            mac = ""
        }
    }

    /// Inserts a row and returns its id.
    @discardableResult
    mutating func append(_ table: String, _ values: [(String, DatabaseValueConvertible?)]) throws -> Int64 {
        let next = seq + 1
        var columns = values.map { $0.0 }
        var arguments = values.map { $0.1 }
        columns += ["seq", "prev_mac", "mac"]
        arguments += [next, mac, ""]
        let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        try db.execute(sql: "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(placeholders))",
                       arguments: StatementArguments(arguments))
        let id = db.lastInsertedRowID
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM \(table) WHERE id = ?", arguments: [id]) else {
            throw AuditError.database(path: table, message: "row \(id) vanished while it was being chained")
        }
        let rowMAC = Digest.hmacSHA256(key: key, message: Canonical.bytes(table: table, row: row)).hex
        try db.execute(sql: "UPDATE \(table) SET mac = ? WHERE id = ?", arguments: [rowMAC, id])
        seq = next
        mac = rowMAC
        return id
    }

    /// Records the new head.
    func finish() throws {
        try db.execute(sql: "INSERT OR REPLACE INTO chain_head (id, seq, mac, head_mac) VALUES (1, ?, ?, ?)",
                       arguments: [seq, mac, ChainAppender.headMAC(key: key, seq: seq, mac: mac)])
    }

    static func headMAC(key: [UInt8], seq: Int64, mac: String) -> String {
        Digest.hmacSHA256(key: key, message: Array("\(Canonical.version)\nhead\n\(seq)\n\(mac)".utf8)).hex
    }
}
