import ArgumentParser
import Foundation
import SticklerTesting

struct GenerateDocuments: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "documents", abstract: "A mixed document corpus for benchmarks (docx, xlsx, pdf, zip, eml, csv).")

    @Argument(help: "Directory to create.")
    var directory: String

    @Option(help: "Total size in megabytes.")
    var megabytes: Int = 200

    func run() throws {
        let files = try DocumentCorpus.write(to: URL(fileURLWithPath: directory), megabytes: megabytes)
        print("wrote \(files) files (about \(megabytes) MB) to \(directory)")
    }
}
