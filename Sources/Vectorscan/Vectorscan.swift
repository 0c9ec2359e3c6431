/// Vectorscan: a thin, safe Swift wrapper over the Vectorscan (Hyperscan) C API.
///
/// Main types: `Pattern` (one expression with its id and flags), `Database` (patterns
/// compiled once, shared read-only between threads), `Scratch` (per-thread working
/// memory) and `Match` (pattern id plus byte range).
///
/// This module knows nothing about personal data, files or rules: it compiles
/// expressions and reports where they match in a buffer. Every C call goes through
/// `check(_:_:)`, which turns an `hs_error_t` into a `VectorscanError`.
internal import CVectorscan

/// One match: the pattern id and the byte range (`from` is 0 unless the pattern
/// asked for the leftmost start of match).
public struct Match: Equatable, Hashable, Sendable {
    public var id: UInt32
    public var from: Int
    public var to: Int

    public init(id: UInt32, from: Int, to: Int) {
        self.id = id
        self.from = from
        self.to = to
    }
}

/// Why Vectorscan refused a call.
public enum VectorscanError: Error, CustomStringConvertible, Equatable {
    /// A pattern failed to compile; `index` is its position in the input list.
    case compile(message: String, index: Int?)
    /// A runtime call failed with an `hs_error_t` code.
    case call(function: String, code: Int32)

    public var description: String {
        switch self {
        case .compile(let message, _): return message
        case .call(let function, let code): return "\(function) failed with Vectorscan error \(code)"
        }
    }
}

@inline(__always)
func check(_ function: String, _ code: hs_error_t) throws {
    guard code == HS_SUCCESS else { throw VectorscanError.call(function: function, code: code) }
}

/// The platform check Vectorscan recommends before use (SSSE3 or better on x86).
public func platformIsSupported() -> Bool {
    hs_valid_platform() == HS_SUCCESS
}

/// The library's version string, e.g. "5.4.9 2023-04-20".
public var libraryVersion: String {
    String(cString: hs_version())
}
