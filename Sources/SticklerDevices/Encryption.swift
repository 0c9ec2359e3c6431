/// How a volume is encrypted, as far as its on-disk signature tells.
public enum Encryption: String, Codable, Sendable, CaseIterable {
    case luks1, luks2, bitlocker
    /// No encryption signature; the content is readable (or empty).
    case none
    /// No known signature but high-entropy content (possibly VeraCrypt), or a crypto
    /// signature Stickler does not recognise. Not treated as compliant.
    case unknown

    /// Whether the policy may treat the volume as encrypted with a password.
    public var isRecognised: Bool { self == .luks1 || self == .luks2 || self == .bitlocker }

    /// From libblkid's TYPE, USAGE and VERSION, and an entropy estimate when there is no signature.
    public static func classify(type: String?, usage: String?, version: String?, highEntropy: Bool) -> Encryption {
        switch type {
        case "crypto_LUKS": return version == "1" ? .luks1 : (version == "2" ? .luks2 : .unknown)
        case "BitLocker": return .bitlocker
        default: break
        }
        if usage == "crypto" { return .unknown }
        if type == nil && highEntropy { return .unknown }
        return .none
    }
}
