import Foundation

/// Realistic mixed text for `make bench`: mostly lesson prose, with letters, class lists,
/// registers and decoys mixed in, split over several files so that all cores can work.
public enum BenchCorpus {
    public static func write(to directory: URL, megabytes: Int, files: Int, seed: UInt64 = 7) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let perFile = megabytes * 1_000_000 / max(files, 1)
        for index in 0..<files {
            var documents = Documents(seed: seed &+ UInt64(index) &* 1000)
            // Build a ~4 MB block once per file, then repeat it with small edits: generation
            // stays fast and the text still varies.
            var block = ""
            while block.utf8.count < 4_000_000 {
                let roll = Int.random(in: 0..<100, using: &documents.ids.random)
                switch roll {
                case 0..<82: block += documents.prose(words: 120) + "\n"
                case 82..<88: block += documents.decoys.line() + "\n" + documents.decoys.timetableLine() + "\n"
                case 88..<92: block += documents.parentLetter()
                case 92..<95: block += documents.classList(pupils: 5)
                case 95..<97: block += documents.medicalRegister(pupils: 3)
                default: block += documents.lessonPlan()
                }
            }
            let url = directory.appendingPathComponent(String(format: "corpus-%02d.txt", index))
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                throw CocoaError(.fileWriteUnknown)
            }
            let handle = try FileHandle(forWritingTo: url)
            defer { try? handle.close() }
            var written = 0
            let data = Data(block.utf8)
            while written < perFile {
                let chunk = data.prefix(perFile - written)
                try handle.write(contentsOf: chunk)
                written += chunk.count
            }
        }
    }
}
