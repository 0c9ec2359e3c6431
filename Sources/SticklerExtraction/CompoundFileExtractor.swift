/// Placeholder, replaced below.
enum CompoundFileExtractor {
    static func extract(_ blob: Blob, path: String, depth: Int, run: ExtractionRun) throws {
        try run.record(path, .skipped, reason: "legacy Office (compound file) document (not read yet)", format: "cfb", bytes: blob.count)
    }
}
