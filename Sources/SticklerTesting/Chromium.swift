import Foundation

/// Headless Chromium (Debian's `chromium`), for tests that need what a real browser makes:
/// a page printed to PDF as a school office would, a screenshot of a report.
public enum Chromium {
    public static var binary: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// Runs headless Chromium with `arguments` (a fresh profile, no sandbox, no GPU) until
    /// it has written `output`. Returns nil when it did, else why not (not installed, or it
    /// could not start or render here), for the caller to skip on.
    public static func run(_ arguments: [String], output: URL) -> String? {
        guard let binary else { return "chromium is not installed (Debian package `chromium`; `make deps`)" }
        guard let profile = try? FileManager.default.url(for: .itemReplacementDirectory, in: .userDomainMask,
                                                         appropriateFor: output, create: true) else {
            return "no temporary directory for chromium's profile"
        }
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                             "--user-data-dir=\(profile.path)"] + arguments
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        do { try process.run() } catch { return "chromium did not start: \(error)" }
        // A guard against a hung browser, not a timing assertion.
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: watchdog)
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        watchdog.cancel()
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: output.path) else {
            return "chromium could not render here (status \(process.terminationStatus)): \(stderr.suffix(300))"
        }
        return nil
    }
}
