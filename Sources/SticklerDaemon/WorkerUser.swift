import Foundation
import SticklerCrypto

/// The unprivileged user the scan worker runs as (`--worker-user`), where the staged
/// filesystem lets that user read it. The worker gets its own state directory holding a
/// copy of the installation key (so fingerprints match every other scan) and its cache.
enum WorkerUser {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func prepare(_ name: String, state: URL) throws -> ((uid: UInt32, gid: UInt32), String) {
        guard let entry = getpwnam(name) else { throw Failure(description: "--worker-user: no such user: \(name)") }
        let uid = entry.pointee.pw_uid, gid = entry.pointee.pw_gid
        guard uid != 0 else { throw Failure(description: "--worker-user: \(name) is root") }
        let key = try InstallationKey.loadOrCreate(named: "fingerprint.key", in: state)
        let directory = state.appendingPathComponent("worker")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let keyFile = directory.appendingPathComponent("fingerprint.key")
        try? FileManager.default.removeItem(at: keyFile)
        guard FileManager.default.createFile(atPath: keyFile.path, contents: Data(key.bytes), attributes: [.posixPermissions: 0o400]) else {
            throw Failure(description: "cannot write \(keyFile.path)")
        }
        for path in [directory.path, keyFile.path] where chown(path, uid, gid) != 0 {
            throw Failure(description: "cannot hand \(path) to \(name): \(String(cString: strerror(errno)))")
        }
        // The worker must be able to reach its directory: the state directory is traversable, not listable.
        chmod(state.path, 0o711)
        return ((uid, gid), directory.path)
    }
}
