/// A finding's fingerprint as a set member: its 32 hex digits as two integers. Counting
/// distinct data subjects inserts one per finding into sets that grow to hundreds of
/// thousands; a 32-character String costs a heap allocation and hashes and compares as
/// text, two integers do neither.
public struct SubjectKey: Hashable, Sendable {
    public let high: UInt64
    public let low: UInt64

    /// From `Finding.fingerprint` (32 lower-case hex digits); nil for anything else.
    public init?(fingerprint: String) {
        var high: UInt64 = 0, low: UInt64 = 0, count = 0
        for byte in fingerprint.utf8 {
            let digit: UInt64
            switch byte {
            case 48...57: digit = UInt64(byte - 48)
            case 97...102: digit = UInt64(byte - 87)
            default: return nil
            }
            if count < 16 { high = high << 4 | digit } else { low = low << 4 | digit }
            count += 1
            if count > 32 { return nil }
        }
        guard count == 32 else { return nil }
        self.high = high
        self.low = low
    }
}
