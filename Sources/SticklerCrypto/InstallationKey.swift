import Foundation

/// A per-installation secret, created on first use with mode 0600 in the state
/// directory. The fingerprint key keys finding fingerprints; other keys (the audit
/// chain's) live beside it under their own names.
public struct InstallationKey: Sendable {
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }

    /// Loads `name` from `directory`, creating the directory (0700) and a fresh 32-byte
    /// key (0600) when missing. A key file that is not 32 bytes is an error, never replaced.
    public static func loadOrCreate(named name: String, in directory: URL) throws -> InstallationKey {
        let fm = FileManager.default
        let file = directory.appendingPathComponent(name)
        if let data = fm.contents(atPath: file.path) {
            guard data.count == 32 else {
                throw CryptoError.key("\(file.path) holds \(data.count) bytes, expected 32; refusing to replace it")
            }
            return InstallationKey(bytes: [UInt8](data))
        }
        do {
            try fm.createDirectory(at: directory, withIntermediateDirectories: true,
                                   attributes: [.posixPermissions: 0o700])
        } catch {
            throw CryptoError.key("cannot create state directory \(directory.path): \(error.localizedDescription)")
        }
        let bytes = try Digest.randomBytes(32)
        // Create exclusively with 0600 so that no other user can ever read it.
        let fd = open(file.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if fd < 0 {
            if errno == EEXIST { return try loadOrCreate(named: name, in: directory) }
            throw CryptoError.key("cannot create \(file.path): \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard written == 32 else { throw CryptoError.key("cannot write \(file.path)") }
        return InstallationKey(bytes: bytes)
    }
}
