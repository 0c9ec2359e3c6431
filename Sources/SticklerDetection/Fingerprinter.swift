import SticklerCrypto

/// Keyed fingerprints: the same value in many files counts as one data subject without
/// the value being stored. HMAC-SHA256 under the installation key over
/// `detector-family NUL normalised-value`, shown as 32 hex digits (128 bits).
public struct Fingerprinter: Sendable {
    let key: [UInt8]

    public init(key: InstallationKey) { self.key = key.bytes }

    public func fingerprint(family: String, normalized: String) -> String {
        var message = Array(family.utf8)
        message.append(0)
        message += Array(normalized.utf8)
        return Array(Digest.hmacSHA256(key: key, message: message).prefix(16)).hex
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
        }
    }
}
