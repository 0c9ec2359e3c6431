import Foundation

/// Talks to sticklerd's control socket: one request line, one JSON answer.
struct ControlClient {
    var path: String

    /// --socket, $STICKLER_SOCKET, or /run/stickler/control.sock.
    static func path(_ option: String?) -> String {
        option ?? ProcessInfo.processInfo.environment["STICKLER_SOCKET"] ?? "/run/stickler/control.sock"
    }

    func request(_ line: String) throws -> Data {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ControlClientError(message: "socket: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { throw ControlClientError(message: "socket path too long: \(path)") }
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in bytes.enumerated() { buffer[index] = byte }
        }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard connected == 0 else {
            throw ControlClientError(message: "cannot reach sticklerd at \(path): \(String(cString: strerror(errno))) (is it running? are you root or in the stickler group?)")
        }
        let message = Array((line + "\n").utf8)
        guard write(fd, message, message.count) == message.count else { throw ControlClientError(message: "cannot send to \(path)") }
        var answer = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(fd, &buffer, buffer.count)
            if count <= 0 { break }
            answer.append(contentsOf: buffer[0..<count])
        }
        return answer
    }
}

struct ControlClientError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
