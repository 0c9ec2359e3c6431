/// A finding's fingerprint as a set member: the fingerprint's 128 bits (its 32 hex digits)
/// as two integers. Counting distinct data subjects inserts one per finding into sets that
/// grow to hundreds of thousands; a 32-character String costs a heap allocation and hashes
/// and compares as text, two integers do neither.
public struct SubjectKey: Hashable, Sendable {
    /// The first 8 bytes of the fingerprint (its first 16 hex digits), big-endian.
    public let high: UInt64
    /// The next 8 bytes.
    public let low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }
}
