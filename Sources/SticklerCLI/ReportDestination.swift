import ArgumentParser
import Foundation

/// Where a report goes: `--output FILE`, or standard output.
struct ReportDestination: ParsableArguments {
    @Option(name: [.short, .long], help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?

    /// Writes `text`; a file that may hold paths or serials is created 0600.
    func write(_ text: String, private isPrivate: Bool) throws {
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        let attributes: [FileAttributeKey: Any] = [.posixPermissions: isPrivate ? 0o600 : 0o644]
        try? FileManager.default.removeItem(atPath: output)
        guard FileManager.default.createFile(atPath: output, contents: Data(text.utf8), attributes: attributes) else {
            warn("stickler: \(output): cannot write the report (check the folder exists and is writable)")
            throw ExitCode(2)
        }
        warn("wrote \(output)")
    }
}
