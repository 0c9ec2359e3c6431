internal import CVectorscan
#if canImport(Glibc)
import Glibc
#endif

/// Patterns compiled once into a block-mode database. Immutable and safe to share
/// between threads; each thread scans with its own `Scratch`.
public final class Database: @unchecked Sendable {
    let raw: OpaquePointer
    /// The ids compiled into this database, in input order.
    public let ids: [UInt32]

    /// Compiles every pattern into one database. A pattern Vectorscan rejects throws
    /// `VectorscanError.compile` with that pattern's index.
    public init(patterns: [Pattern]) throws {
        precondition(!patterns.isEmpty, "a Vectorscan database needs at least one pattern")
        var cStrings = patterns.map { strdup($0.expression) }
        defer { cStrings.forEach { free($0) } }
        let flags = patterns.map { $0.flags.rawValue }
        let ids = patterns.map { $0.id }
        var database: OpaquePointer?
        var error: UnsafeMutablePointer<hs_compile_error_t>?
        let code: hs_error_t = cStrings.withUnsafeMutableBufferPointer { expressions in
            expressions.withMemoryRebound(to: UnsafePointer<CChar>?.self) { expressions in
                if var platform = Runtime.avx2?.platform {
                    return hs_compile_multi(expressions.baseAddress, flags, ids, UInt32(patterns.count),
                                            UInt32(HS_MODE_BLOCK), &platform, &database, &error)
                }
                return hs_compile_multi(expressions.baseAddress, flags, ids, UInt32(patterns.count),
                                        UInt32(HS_MODE_BLOCK), nil, &database, &error)
            }
        }
        // A compile's working memory (tens of megabytes for a large pattern set) is freed but
        // kept by the allocator; handed back at once, a start that compiles a pack's databases
        // one after another peaks at the largest compile, not at their sum.
        malloc_trim(0)
        if code != HS_SUCCESS {
            let message = error.map { String(cString: $0.pointee.message) } ?? "error \(code)"
            let index = error.flatMap { $0.pointee.expression >= 0 ? Int($0.pointee.expression) : nil }
            if let error { hs_free_compile_error(error) }
            throw VectorscanError.compile(message: message, index: index)
        }
        self.raw = database!
        self.ids = ids
    }

    init(raw: OpaquePointer, ids: [UInt32]) {
        self.raw = raw
        self.ids = ids
    }

    deinit { hs_free_database(raw) }

    /// Size of the compiled database in bytes.
    public var size: Int {
        var size = 0
        _ = hs_database_size(raw, &size)
        return size
    }

    /// Scans `bytes` and appends every match to `matches`.
    public func scan(_ bytes: UnsafeRawBufferPointer, scratch: Scratch, into matches: inout [Match]) throws {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        let buffer = scratch.collector.buffer
        buffer.pointee.count = 0
        let code = Runtime.avx2.map { avx2 in
            avx2.scan(raw, base.assumingMemoryBound(to: CChar.self), UInt32(bytes.count), 0, scratch.raw, collectMatch, UnsafeMutableRawPointer(buffer))
        } ?? hs_scan(raw, base.assumingMemoryBound(to: CChar.self), UInt32(bytes.count), 0,
                     scratch.raw, collectMatch, UnsafeMutableRawPointer(buffer))
        matches.append(contentsOf: UnsafeBufferPointer(start: buffer.pointee.base, count: buffer.pointee.count))
        try check("hs_scan", code)
    }

    /// Scans `bytes` and returns every match.
    public func matches(in bytes: UnsafeRawBufferPointer, scratch: Scratch) throws -> [Match] {
        var matches: [Match] = []
        try scan(bytes, scratch: scratch, into: &matches)
        return matches
    }

    /// Convenience for tests and small inputs.
    public func matches(in text: String, scratch: Scratch) throws -> [Match] {
        var text = text
        return try text.withUTF8 { try matches(in: UnsafeRawBufferPointer($0), scratch: scratch) }
    }
}

/// Where the C callback puts a scan's matches: memory of its own, reached through a plain
/// pointer, so that a match costs no reference counting, exclusivity check or array
/// uniqueness check (there can be hundreds of thousands a chunk of dense text).
struct MatchBuffer {
    var base: UnsafeMutablePointer<Match>
    var count = 0
    var capacity: Int

    @inline(__always) mutating func append(_ match: Match) {
        if count == capacity {
            let larger = UnsafeMutablePointer<Match>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity *= 2
        }
        (base + count).initialize(to: match)
        count += 1
    }
}

/// One per scratch (so one per thread): the buffer the callback fills.
final class MatchCollector {
    let buffer: UnsafeMutablePointer<MatchBuffer>

    init() {
        buffer = .allocate(capacity: 1)
        buffer.initialize(to: MatchBuffer(base: .allocate(capacity: 1024), capacity: 1024))
    }

    deinit {
        buffer.pointee.base.deallocate()
        buffer.deinitialize(count: 1)
        buffer.deallocate()
    }
}

private let collectMatch: match_event_handler = { id, from, to, _, context in
    context!.assumingMemoryBound(to: MatchBuffer.self).pointee.append(Match(id: id, from: Int(from), to: Int(to)))
    return 0
}

extension Database {
    /// The compiled database as bytes, for a compile cache.
    public func serialized() throws -> [UInt8] {
        var bytes: UnsafeMutablePointer<CChar>?
        var length = 0
        try check("hs_serialize_database", hs_serialize_database(raw, &bytes, &length))
        defer { free(bytes) }
        return Array(UnsafeRawBufferPointer(start: bytes, count: length))
    }

    /// A database from `serialized()` bytes (same library version and platform).
    public convenience init(serialized bytes: [UInt8], ids: [UInt32]) throws {
        try self.init(raw: bytes.withUnsafeBytes(Database.deserialize), ids: ids)
    }

    /// A database from `serialized()` bytes in memory the caller owns (e.g. a mapped file).
    public convenience init(serialized bytes: UnsafeRawBufferPointer, ids: [UInt32]) throws {
        try self.init(raw: Database.deserialize(bytes), ids: ids)
    }

    static func deserialize(_ bytes: UnsafeRawBufferPointer) throws -> OpaquePointer {
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            throw VectorscanError.call(function: "hs_deserialize_database", code: HS_INVALID)
        }
        var database: OpaquePointer?
        try check("hs_deserialize_database", hs_deserialize_database(base.assumingMemoryBound(to: CChar.self), bytes.count, &database))
        return database!
    }
}
