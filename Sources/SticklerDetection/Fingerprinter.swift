import SticklerCore
import SticklerCrypto

/// Keyed fingerprints: the same value in many files counts as one data subject without
/// the value being stored. HMAC-SHA256 under the installation key over
/// `detector-family NUL normalised-value`, shown as 32 hex digits (128 bits).
public struct Fingerprinter: Sendable {
    let key: HMACKey

    public init(key: InstallationKey) { self.key = HMACKey(key.bytes) }

    public func fingerprint(family: String, normalized: String) -> String {
        fingerprint(family: family, normalized: Array(normalized.utf8))
    }

    static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    public func fingerprint(family: String, normalized: [UInt8]) -> String {
        keyedFingerprint(prefix: Self.prefix(family: family), normalized: normalized).text
    }

    /// What the MAC covers before the value: `family NUL` (`FindingTemplate` keeps it).
    static func prefix(family: String) -> [UInt8] { Array(family.utf8) + [0] }

    /// The fingerprint as text (32 hex digits) and as a `SubjectKey` (the same 128 bits).
    func keyedFingerprint(prefix: [UInt8], normalized: [UInt8]) -> (text: String, key: SubjectKey) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { mac in
            prefix.withUnsafeBytes { prefix in
                normalized.withUnsafeBytes { key.mac(prefix, $0, into: mac.baseAddress!) }
            }
            let text = String(unsafeUninitializedCapacity: 32) { out in
                for index in 0..<16 {
                    out[2 * index] = Self.hexDigits[Int(mac[index] >> 4)]
                    out[2 * index + 1] = Self.hexDigits[Int(mac[index] & 0x0F)]
                }
                return 32
            }
            let high = mac[0..<8].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            let low = mac[8..<16].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            return (text, SubjectKey(high: high, low: low))
        }
    }

    /// The same normalisation as `normalize(_:_:)`, on bytes (ASCII rules; other bytes kept
    /// as they are by `lower`).
    public static func normalize(bytes value: [UInt8], _ normalization: Detector.Normalization) -> [UInt8] {
        switch normalization {
        case .alnum:
            var out: [UInt8] = []
            out.reserveCapacity(value.count)
            for byte in value {
                if (48...57).contains(byte) || (65...90).contains(byte) { out.append(byte) } else if (97...122).contains(byte) { out.append(byte - 32) }
            }
            return out
        case .digits:
            return value.filter { (48...57).contains($0) }
        case .lower:
            var out: [UInt8] = []
            out.reserveCapacity(value.count)
            var space = false
            for byte in value {
                if byte == 32 || byte == 9 || byte == 10 || byte == 13 {
                    space = !out.isEmpty
                    continue
                }
                if space { out.append(32); space = false }
                out.append((65...90).contains(byte) ? byte + 32 : byte)
            }
            return out
        case .name:
            let words = normalize(bytes: value.map { $0 == 44 || $0 == 46 ? 32 : $0 }, .lower).split(separator: 32)
            return Array(words.sorted { $0.lexicographicallyPrecedes($1) }.joined(separator: [32]))
        case .date:
            guard DateValue.isValid(value), let date = DateValue.components(value) else { return normalize(bytes: value, .lower) }
            return Array(isoDate(date).utf8)
        case .phone:
            var digits = value.filter { (48...57).contains($0) }[...]
            if digits.starts(with: [48, 48, 52, 52]) { digits = digits.dropFirst(4) } else if digits.starts(with: [52, 52]) { digits = digits.dropFirst(2) }
            return digits.first == 48 ? Array(digits) : [48] + digits
        }
    }

    public static func normalize(_ value: String, _ normalization: Detector.Normalization) -> String {
        switch normalization {
        case .alnum:
            return String(String.UnicodeScalarView(value.uppercased().unicodeScalars.filter {
                ($0.value >= 48 && $0.value <= 57) || ($0.value >= 65 && $0.value <= 90)
            }))
        case .digits:
            return String(String.UnicodeScalarView(value.unicodeScalars.filter { $0.value >= 48 && $0.value <= 57 }))
        case .lower:
            return value.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        case .name:
            let words = value.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "." })
            return words.map(String.init).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }.joined(separator: " ")
        case .date:
            let bytes = Array(value.utf8)
            guard DateValue.isValid(bytes), let date = DateValue.components(bytes) else { return normalize(value, .lower) }
            return isoDate(date)
        case .phone:
            return String(decoding: normalize(bytes: Array(value.utf8), .phone), as: UTF8.self)
        }
    }

    static func isoDate(_ date: (day: Int, month: Int, year: Int)) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(date.year)-\(two(date.month))-\(two(date.day))"
    }
}
