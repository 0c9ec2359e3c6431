import Foundation
import SticklerDevices

/// The local control socket (`<runtime>/control.sock`, mode 0660, group `stickler` when it
/// exists): one request line (`list`, `show ID`, `rescan ID`), one JSON answer, close.
final class ControlServer: @unchecked Sendable {
    let path: String
    let daemon: Daemon
    var fd: Int32 = -1

    init(path: String, daemon: Daemon) {
        self.path = path
        self.daemon = daemon
    }

    func start() throws {
        unlink(path)
        fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw ControlError(message: "socket: \(String(cString: strerror(errno)))") }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { throw ControlError(message: "socket path too long: \(path)") }
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in bytes.enumerated() { buffer[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else { throw ControlError(message: "cannot listen on \(path): \(String(cString: strerror(errno)))") }
        chmod(path, 0o660)
        if let group = getgrnam("stickler") { chown(path, 0, group.pointee.gr_gid) }
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "stickler-control"
        thread.start()
    }

    func acceptLoop() {
        while true {
            let client = accept(fd, nil, nil)
            if client < 0 {
                if errno == EINTR { continue }
                return
            }
            _ = fcntl(client, F_SETFD, FD_CLOEXEC)
            handle(client)
            close(client)
        }
    }

    func handle(_ client: Int32) {
        var request = Data()
        var byte: UInt8 = 0
        while request.count < 512, read(client, &byte, 1) == 1, byte != 0x0A { request.append(byte) }
        let words = String(decoding: request, as: UTF8.self).split(separator: " ").map(String.init)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var answer: Data
        switch (words.first, words.count) {
        case ("list", 1): answer = (try? encoder.encode(daemon.list())) ?? Data("[]".utf8)
        case ("show", 2):
            if let status = daemon.show(words[1]) { answer = (try? encoder.encode(status)) ?? Data() }
            else { answer = Data("{\"error\":\"no such device: \(words[1])\"}".utf8) }
        case ("rescan", 2):
            answer = daemon.requestRescan(words[1]) ? Data("{\"ok\":true}".utf8)
                : Data("{\"error\":\"cannot rescan \(words[1]): unknown, busy or without a filesystem\"}".utf8)
        default: answer = Data("{\"error\":\"unknown request\"}".utf8)
        }
        answer.append(0x0A)
        answer.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(client, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
    }
}

struct ControlError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
