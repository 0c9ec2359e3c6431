/// SticklerCrypto: SHA-256, HMAC-SHA256 and random bytes through OpenSSL's libcrypto,
/// plus the per-installation `InstallationKey`. Nothing else lives here.
internal import COpenSSL

public enum CryptoError: Error, CustomStringConvertible {
    case openssl(String)
    case key(String)

    public var description: String {
        switch self {
        case .openssl(let what): return "OpenSSL: \(what)"
        case .key(let what): return what
        }
    }
}

public enum Digest {
    /// SHA-256 of `bytes`.
    public static func sha256<Bytes: Collection>(_ bytes: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        var out = [UInt8](repeating: 0, count: 32)
        let input = Array(bytes)
        input.withUnsafeBufferPointer { input in
            _ = SHA256(input.baseAddress, input.count, &out)
        }
        return out
    }

    /// HMAC-SHA256 of `message` under `key`.
    public static func hmacSHA256<Key: Collection, Message: Collection>(key: Key, message: Message) -> [UInt8]
    where Key.Element == UInt8, Message.Element == UInt8 {
        var out = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 32
        let key = Array(key), message = Array(message)
        key.withUnsafeBufferPointer { key in
            message.withUnsafeBufferPointer { message in
                _ = HMAC(EVP_sha256(), key.baseAddress, Int32(key.count), message.baseAddress, message.count,
                         &out, &length)
            }
        }
        return out
    }

    /// `count` cryptographically strong random bytes.
    public static func randomBytes(_ count: Int) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: count)
        guard RAND_bytes(&out, Int32(count)) == 1 else { throw CryptoError.openssl("RAND_bytes failed") }
        return out
    }
}

extension Array where Element == UInt8 {
    /// Lower-case hexadecimal.
    public var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(count * 2)
        for byte in self {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
