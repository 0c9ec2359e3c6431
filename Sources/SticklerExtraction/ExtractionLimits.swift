import Foundation

/// The bounds every extraction stays within. Exceeding one makes the top-level file an
/// `error` with a reason that names the limit; the scan goes on with the next file.
public struct ExtractionLimits: Sendable, Equatable {
    /// Bytes decompressed or decoded from one top-level file, all members together.
    public var maxExpandedBytes = 1 << 30
    /// Expanded bytes per input byte beyond which an archive is treated as a bomb
    /// (checked once more than `ratioFloor` bytes were expanded).
    public var maxRatio = 200
    public var ratioFloor = 16 << 20
    /// Containers inside containers (a zip in a zip is depth 2).
    public var maxDepth = 6
    /// Members read from one top-level file, all levels together.
    public var maxMembers = 20_000
    /// Largest member or document held in memory at once (Office parts, nested archives, PDFs).
    public var maxMemberBytes = 256 << 20
    /// Element nesting in XML parts.
    public var maxXMLDepth = 256
    /// Wall-clock seconds per top-level file.
    public var maxSeconds: Double = 120

    public init() {}

    static func describe(_ bytes: Int) -> String {
        if bytes >= 1 << 30 && bytes % (1 << 30) == 0 { return "\(bytes >> 30) GiB" }
        if bytes >= 1 << 20 { return "\(bytes >> 20) MiB" }
        return "\(bytes) bytes"
    }
}

/// What one top-level file has used of its limits so far. One per top-level file, shared
/// by every nested extractor; not thread-safe (a file is extracted by one worker).
public final class ExtractionBudget {
    public let limits: ExtractionLimits
    let inputBytes: Int
    let deadline: Date
    public private(set) var expanded = 0
    var members = 0

    public init(limits: ExtractionLimits, inputBytes: Int) {
        self.limits = limits
        self.inputBytes = max(inputBytes, 1)
        deadline = Date().addingTimeInterval(limits.maxSeconds)
    }

    /// Counts `count` more bytes produced by decompression or decoding.
    func expand(_ count: Int) throws {
        expanded += count
        if expanded > limits.maxExpandedBytes {
            throw LimitExceeded(reason: "archive expands beyond \(ExtractionLimits.describe(limits.maxExpandedBytes)) (possible zip bomb)")
        }
        if expanded > limits.ratioFloor && expanded / inputBytes > limits.maxRatio {
            throw LimitExceeded(reason: "archive expands more than \(limits.maxRatio) times its size (possible zip bomb)")
        }
    }

    func member() throws {
        members += 1
        if members > limits.maxMembers { throw LimitExceeded(reason: "more than \(limits.maxMembers) members (limit)") }
        try checkTime()
    }

    func checkTime() throws {
        if Date() > deadline { throw LimitExceeded(reason: "extraction took longer than \(Int(limits.maxSeconds)) s (limit)") }
    }
}
