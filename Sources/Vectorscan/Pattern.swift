internal import CVectorscan

/// One expression to compile, in Vectorscan's PCRE-like syntax.
public struct Pattern: Sendable, Hashable {
    /// Compile flags, mirroring `HS_FLAG_*`.
    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }

        public static let caseless = Flags(rawValue: UInt32(HS_FLAG_CASELESS))
        public static let dotAll = Flags(rawValue: UInt32(HS_FLAG_DOTALL))
        public static let multiline = Flags(rawValue: UInt32(HS_FLAG_MULTILINE))
        public static let singleMatch = Flags(rawValue: UInt32(HS_FLAG_SINGLEMATCH))
        public static let utf8 = Flags(rawValue: UInt32(HS_FLAG_UTF8))
        public static let ucp = Flags(rawValue: UInt32(HS_FLAG_UCP))
        /// Report the leftmost start of each match (costs speed; use for small windows).
        public static let leftmostStart = Flags(rawValue: UInt32(HS_FLAG_SOM_LEFTMOST))

        /// Flags by the names rule packs use.
        public static let byName: [String: Flags] = [
            "caseless": .caseless, "dotall": .dotAll, "multiline": .multiline,
            "single_match": .singleMatch, "utf8": .utf8, "ucp": .ucp,
        ]
    }

    public var expression: String
    public var id: UInt32
    public var flags: Flags

    public init(_ expression: String, id: UInt32, flags: Flags = []) {
        self.expression = expression
        self.id = id
        self.flags = flags
    }

    /// The narrowest and widest match this expression can produce, in bytes;
    /// `maxWidth` is nil when unbounded. Throws when the expression does not compile.
    public func widths() throws -> (minWidth: Int, maxWidth: Int?) {
        var info: UnsafeMutablePointer<hs_expr_info_t>?
        var error: UnsafeMutablePointer<hs_compile_error_t>?
        let code = hs_expression_info(expression, flags.rawValue, &info, &error)
        if code != HS_SUCCESS {
            let message = error.map { String(cString: $0.pointee.message) } ?? "error \(code)"
            if let error { hs_free_compile_error(error) }
            throw VectorscanError.compile(message: message, index: nil)
        }
        defer { free(info) }
        let minWidth = Int(info!.pointee.min_width)
        let maxWidth = info!.pointee.max_width == UInt32.max ? nil : Int(info!.pointee.max_width)
        return (minWidth, maxWidth)
    }
}

#if canImport(Glibc)
import Glibc
#endif
