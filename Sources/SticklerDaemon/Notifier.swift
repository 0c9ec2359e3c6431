import Foundation
import SticklerCore
import SticklerDevices
import SticklerPolicy

/// One desktop notification per device decision, through org.freedesktop.Notifications
/// on the user's session bus (`notify-send` with a configured bus address). Names files
/// and counts for `secure_delete`; never a value.
struct Notifier {
    var busAddress: String?
    var notifySend = "/usr/bin/notify-send"

    func notify(_ status: DeviceStatus, _ decision: Decision) {
        guard let busAddress, FileManager.default.isExecutableFile(atPath: notifySend) else { return }
        let (title, body, urgency) = Self.message(status, decision)
        var environment = ProcessInfo.processInfo.environment
        environment["DBUS_SESSION_BUS_ADDRESS"] = busAddress
        let result = Subprocess.run([notifySend, "-a", "Stickler", "-u", urgency, title, body], environment: environment)
        if result.code != 0 { print("sticklerd: notification failed (status \(result.code)): \(result.output.prefix(200))") }
    }

    static func message(_ status: DeviceStatus, _ decision: Decision) -> (String, String, String) {
        let name = status.label.map { "\"\($0)\"" } ?? status.id
        var lines = [decision.reasons.first ?? ""]
        switch decision.verdict {
        case .allow:
            return ("Stickler: USB stick \(name) is ready", lines.joined(separator: "\n"), "low")
        case .warn, .incomplete:
            return ("Stickler: USB stick \(name) allowed with a warning", lines.joined(separator: "\n"), "normal")
        case .readOnly:
            lines.append("The stick is read-only: copy the files to school storage, then run stickler remediate.")
            return ("Stickler: USB stick \(name) is read-only", lines.joined(separator: "\n"), "normal")
        case .secureDelete:
            let files = status.filesWithFindings.sorted { $0.value > $1.value }
            lines.append("\(files.count) file(s) with personal data:")
            for (path, count) in files.prefix(10) { lines.append("• \(path): \(count) finding(s)") }
            if files.count > 10 { lines.append("• and \(files.count - 10) more") }
            lines.append("Next step: move them to school storage and securely delete them (stickler remediate); ask IT if unsure.")
            return ("Stickler: USB stick \(name) kept back", lines.joined(separator: "\n"), "critical")
        case .block:
            lines.append("The stick will not be mounted. Please hand it to IT.")
            return ("Stickler: USB stick \(name) blocked", lines.joined(separator: "\n"), "critical")
        }
    }
}
