import ArgumentParser
import Foundation
import SticklerTesting

struct GenerateFormats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "formats",
        abstract: "One synthetic file of every format the scanner reads (Office, PDF, e-mail, archives, encrypted containers, a zip bomb).")

    @Argument(help: "Directory to create.")
    var directory: String

    @Option(help: "Random seed.")
    var seed: UInt64 = 2024

    func run() throws {
        let names = try FormatSamples.write(to: URL(fileURLWithPath: directory), seed: seed)
        print("wrote \(names.count) files to \(directory)")
    }
}
