import Vectorscan

/// One phase-two group's exact patterns: one database, or several when a detector of the
/// group asks for a database of its own (`own_database: true`). A cold start compiles one
/// database at a time and peaks at the largest: the colon's fifteen patterns took 44 MB as
/// one database, a surname-first group's six 38 MB though none of its patterns takes more
/// than 11 MB alone. A window is scanned with each part in turn.
struct PhaseTwoDatabase {
    let parts: [Database]

    /// `patterns` split into those of detectors with a database of their own, one each, and
    /// the rest together.
    static func parts(of patterns: [Pattern], ownDatabase: (Pattern) -> Bool) -> [[Pattern]] {
        let own = patterns.filter(ownDatabase)
        guard !own.isEmpty, patterns.count > 1 else { return [patterns] }
        let rest = patterns.filter { !ownDatabase($0) }
        return own.map { [$0] } + (rest.isEmpty ? [] : [rest])
    }

    func scan(_ bytes: UnsafeRawBufferPointer, scratch: Scratch, into matches: inout [Match]) throws {
        for part in parts { try part.scan(bytes, scratch: scratch, into: &matches) }
    }
}
