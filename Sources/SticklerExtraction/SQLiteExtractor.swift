import CSQLite
import Foundation

/// An SQLite database found on a drive (an in-house behaviour app's `behaviour.db`, a trips
/// app's `trips.sqlite`, a computing project's pupils table): each table read as a table
/// under its column names (`pupils!C4`), so a `dob` or `surname` column gives context as a
/// spreadsheet's header does.
///
/// The file's bytes, already in memory, are handed to SQLite as they lie (`sqlite3_deserialize`, read-only): the
/// scanned device is never opened by SQLite, so no journal or WAL file is ever written
/// beside it. A write-ahead-log database is read as a rollback one (its header's version
/// bytes set in the copy). Rows per table are bounded, and the extraction's time budget
/// interrupts a slow query.
enum SQLiteExtractor {
    /// Rows read from each table, and tables read from a database.
    static let rowLimit = 100_000
    static let tableLimit = 256

    static func isDatabase(_ prefix: [UInt8]) -> Bool {
        prefix.starts(with: Array("SQLite format 3".utf8) + [0])
    }

    static func extract(_ blob: Blob, path: String, run: ExtractionRun) throws {
        var handle: OpaquePointer?
        guard sqlite3_open_v2(":memory:", &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK, let db = handle else {
            sqlite3_close(handle)
            throw ExtractionError("SQLite could not open an in-memory database")
        }
        defer { sqlite3_close(db) }
        // SQLite reads the blob's own memory (our copy of the file, which outlives the
        // connection): read-only, never resized, not freed by SQLite. No second copy.
        let size = blob.count
        let memory = blob.buffer.baseAddress!.assumingMemoryBound(to: UInt8.self)
        if size > 19 { // write-ahead log (version 2): read as a rollback-journal database
            if memory[18] == 2 { memory[18] = 1 }
            if memory[19] == 2 { memory[19] = 1 }
        }
        let flags = UInt32(SQLITE_DESERIALIZE_READONLY)
        guard sqlite3_deserialize(db, "main", memory, sqlite3_int64(size), sqlite3_int64(size), flags) == SQLITE_OK else {
            throw ExtractionError("unreadable SQLite database: \(String(cString: sqlite3_errmsg(db)))")
        }
        // The time budget: every 10,000 virtual machine steps, give up if past the deadline.
        let budget = Unmanaged.passUnretained(run.budget).toOpaque()
        sqlite3_progress_handler(db, 10_000, { context in
            guard let context else { return 0 }
            return (try? Unmanaged<ExtractionBudget>.fromOpaque(context).takeUnretainedValue().checkTime()) == nil ? 1 : 0
        }, budget)

        var tables: [String] = []
        try query(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid") { statement in
            if let name = sqlite3_column_text(statement, 0), tables.count < tableLimit { tables.append(String(cString: name)) }
        }
        var segments: [TextSegment] = []
        for name in tables {
            try run.budget.checkTime()
            var table = SheetTable(sheet: name, limit: run.textLimit)
            var row = 1
            let quoted = "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            do {
                try query(db, "SELECT * FROM \(quoted) LIMIT \(rowLimit)") { statement in
                    let columns = sqlite3_column_count(statement)
                    if row == 1 {
                        for column in 0..<columns {
                            table.add(row: 1, column: Int(column) + 1, sqlite3_column_name(statement, column).map { String(cString: $0) } ?? "")
                        }
                    }
                    row += 1
                    guard !table.text.full else { return }
                    for column in 0..<columns {
                        let type = sqlite3_column_type(statement, column)
                        guard type == SQLITE_TEXT || type == SQLITE_INTEGER || type == SQLITE_FLOAT,
                              let text = sqlite3_column_text(statement, column) else { continue }
                        let count = Int(sqlite3_column_bytes(statement, column))
                        let value = String(decoding: UnsafeRawBufferPointer(start: text, count: min(count, 4096)), as: UTF8.self)
                        table.add(row: row, column: Int(column) + 1, value)
                    }
                }
            } catch let error as ExtractionError where !error.reason.hasPrefix("interrupted") {
                continue // a table SQLite cannot read (a virtual table's missing module): the others still are
            }
            try run.budget.expand(table.text.bytes.count)
            segments.append(table.segment())
        }
        try run.document(path: path, format: "sqlite", bytes: size, segments)
    }

    /// Runs `sql`, handing each row to `row`.
    static func query(_ db: OpaquePointer, _ sql: String, row: (OpaquePointer) throws -> Void) throws {
        var handle: OpaquePointer?
        guard sqlite3_prepare_v2(db, sql, -1, &handle, nil) == SQLITE_OK, let statement = handle else {
            throw ExtractionError("SQLite: \(String(cString: sqlite3_errmsg(db)))")
        }
        defer { sqlite3_finalize(statement) }
        while true {
            let step = sqlite3_step(statement)
            if step == SQLITE_DONE { return }
            if step == SQLITE_INTERRUPT { throw ExtractionError("interrupted: SQLite took longer than the time limit") }
            guard step == SQLITE_ROW else { throw ExtractionError("SQLite: \(String(cString: sqlite3_errmsg(db)))") }
            try row(statement)
        }
    }
}
