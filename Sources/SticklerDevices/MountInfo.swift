import Foundation

/// One line of `/proc/self/mountinfo`.
public struct MountEntry: Sendable, Equatable {
    public var majorMinor: String
    public var mountPoint: String
    /// Per-mount options (`ro,nosuid,nodev,noexec,noatime`).
    public var options: Set<String>
    public var fsType: String
    public var source: String

    /// Reads the table (mount points unescaped: `\040` is a space).
    public static func read(_ path: String = "/proc/self/mountinfo") -> [MountEntry] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            guard fields.count > 9, let dash = fields.firstIndex(of: "-"), dash + 2 < fields.count else { return nil }
            return MountEntry(majorMinor: fields[2], mountPoint: unescape(fields[4]),
                              options: Set(fields[5].split(separator: ",").map(String.init)),
                              fsType: fields[dash + 1], source: unescape(fields[dash + 2]))
        }
    }

    static func unescape(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.first {
            if byte == UInt8(ascii: "\\"), utf8.count >= 4, let value = UInt8(String(decoding: utf8.dropFirst().prefix(3), as: UTF8.self), radix: 8) {
                bytes.append(value)
                utf8 = utf8.dropFirst(4)
            } else {
                bytes.append(byte)
                utf8 = utf8.dropFirst()
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
