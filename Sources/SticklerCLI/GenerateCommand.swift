import ArgumentParser
import Foundation
import SticklerTesting

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write synthetic test data (never real personal data).",
        subcommands: [GenerateStick.self, GenerateCorpus.self])
}

struct GenerateStick: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stick", abstract: "A folder like a staff USB stick: class lists, letters, a medical register, lesson plans.")

    @Argument(help: "Directory to create.")
    var directory: String

    @Option(help: "Random seed.")
    var seed: UInt64 = 2024

    func run() throws {
        let personal = try SampleStick.write(to: URL(fileURLWithPath: directory), seed: seed)
        print("wrote sample stick to \(directory) (\(personal.count) files with synthetic personal data)")
    }
}

struct GenerateCorpus: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "corpus", abstract: "Mixed text for benchmarks.")

    @Argument(help: "Directory to create.")
    var directory: String

    @Option(help: "Total size in megabytes.")
    var megabytes: Int = 256

    @Option(help: "Number of files.")
    var files: Int = 16

    @Option(help: "Share of text blocks that are documents with personal data (0-1).")
    var personalShare: Double = 0.02

    func validate() throws {
        guard megabytes > 0, files > 0 else { throw ValidationError("--megabytes and --files must be positive") }
        guard (0...1).contains(personalShare) else { throw ValidationError("--personal-share must be between 0 and 1") }
    }

    func run() throws {
        try BenchCorpus.write(to: URL(fileURLWithPath: directory), megabytes: megabytes, files: files, personalShare: personalShare)
        print("wrote \(megabytes) MB in \(files) files to \(directory)")
    }
}
