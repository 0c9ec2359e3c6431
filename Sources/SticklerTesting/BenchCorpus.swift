import Foundation

/// Mixed text for `make bench`: lesson prose, timetables and reading lists full of
/// digits (decoys), with letters, class lists and medical registers mixed in at
/// `personalShare` of the blocks; split over several files so that all cores can work.
public enum BenchCorpus {
    public static func write(to directory: URL, megabytes: Int, files: Int, personalShare: Double = 0.02, seed: UInt64 = 7) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let perFile = megabytes * 1_000_000 / max(files, 1)
        for index in 0..<files {
            var documents = Documents(seed: seed &+ UInt64(index) &* 1000)
            // Build a ~4 MB block once per file, then repeat it with small edits: generation
            // stays fast and the text still varies.
            var block = ""
            while block.utf8.count < 4_000_000 {
                let roll = Double.random(in: 0..<1, using: &documents.ids.random)
                if roll < personalShare {
                    switch Int.random(in: 0..<3, using: &documents.ids.random) {
                    case 0: block += documents.parentLetter()
                    case 1: block += documents.classList(pupils: 5)
                    default: block += documents.medicalRegister(pupils: 3)
                    }
                } else if roll < personalShare + 0.06 {
                    block += documents.decoys.line() + "\n" + documents.decoys.timetableLine() + "\n"
                } else if roll < personalShare + 0.09 {
                    block += documents.lessonPlan()
                } else {
                    block += documents.prose(words: 120) + "\n"
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
