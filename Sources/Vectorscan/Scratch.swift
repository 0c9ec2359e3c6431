internal import CVectorscan

/// Per-thread working memory for scanning. Not thread-safe: one per worker.
/// One scratch may serve several databases (it is grown to fit each).
public final class Scratch {
    var raw: OpaquePointer?
    let collector = MatchCollector()

    public init(for databases: [Database]) throws {
        var scratch: OpaquePointer?
        for database in databases {
            try check("hs_alloc_scratch", hs_alloc_scratch(database.raw, &scratch))
        }
        self.raw = scratch
    }

    public convenience init(for database: Database) throws {
        try self.init(for: [database])
    }

    deinit { if let raw { hs_free_scratch(raw) } }
}
