internal import COpenSSL

/// HMAC-SHA256 (RFC 2104) with the key absorbed once: the inner and outer SHA-256 states
/// after `key XOR ipad` / `key XOR opad` are kept and copied for each message, so a MAC
/// costs two short hash finalisations. Immutable and safe to share between threads.
public struct HMACKey: @unchecked Sendable {
    let inner: SHA256_CTX
    let outer: SHA256_CTX

    public init(_ key: [UInt8]) {
        var block = key.count > 64 ? Digest.sha256(key) : key
        block += [UInt8](repeating: 0, count: 64 - block.count)
        var inner = SHA256_CTX(), outer = SHA256_CTX()
        SHA256_Init(&inner)
        SHA256_Init(&outer)
        SHA256_Update(&inner, block.map { $0 ^ 0x36 }, 64)
        SHA256_Update(&outer, block.map { $0 ^ 0x5C }, 64)
        self.inner = inner
        self.outer = outer
    }

    /// HMAC-SHA256 of `message`.
    public func mac(_ message: UnsafeRawBufferPointer) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: 32)
        digest.withUnsafeMutableBufferPointer { mac(message, UnsafeRawBufferPointer(start: nil, count: 0), into: $0.baseAddress!) }
        return digest
    }

    /// HMAC-SHA256 of `first` followed by `second`, written to the 32 bytes at `digest`
    /// (no allocation: a fingerprint per finding).
    public func mac(_ first: UnsafeRawBufferPointer, _ second: UnsafeRawBufferPointer, into digest: UnsafeMutablePointer<UInt8>) {
        var context = inner
        SHA256_Update(&context, first.baseAddress, first.count)
        if second.count > 0 { SHA256_Update(&context, second.baseAddress, second.count) }
        SHA256_Final(digest, &context)
        var outerContext = outer
        SHA256_Update(&outerContext, digest, 32)
        SHA256_Final(digest, &outerContext)
    }

    public func mac(_ message: [UInt8]) -> [UInt8] {
        message.withUnsafeBytes { mac($0) }
    }
}
