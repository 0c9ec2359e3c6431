/// The first place where the audit chain does not hold, with a message that says what
/// kind of tampering it shows and where to look.
public struct ChainBreak: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// A row's content (or its MAC) no longer matches its MAC.
        case edited
        /// A row is missing: the next row chains from a MAC that no row holds.
        case deleted
        /// A row sits in the wrong place: it chains from a row that is elsewhere.
        case reordered
        /// Rows were cut off the end, or the head was altered.
        case truncated
    }

    public var kind: Kind
    public var table: String
    public var id: Int64
    public var seq: Int64
    public var message: String

    public var description: String { message }
}

/// What `ChainVerifier` found.
public struct ChainReport: Sendable {
    /// Rows checked.
    public var rows: Int
    /// Gaps left by purges, each anchored by a chained `purge_gaps` row.
    public var anchoredGaps: Int
    public var firstBreak: ChainBreak?

    public var intact: Bool { firstBreak == nil }
}
