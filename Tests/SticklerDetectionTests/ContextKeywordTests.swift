@testable import SticklerDetection
import SticklerTesting
import Vectorscan
import XCTest

/// The per-candidate context lookup runs in Swift; the chunk-wide index and column headers
/// use the Vectorscan keyword pattern. Both must agree on what counts as a keyword.
final class ContextKeywordTests: XCTestCase {
    func testSwiftLookupAgreesWithTheVectorscanKeywordPattern() throws {
        let keywords = ["uln", "nhs no", "date of birth", "d.o.b", "unique learner number", "gp", "child's name", "epi-pen", "sen"]
        let alphabet = Array("ulnULN nhsNHS no:_-\tdate of birth d.o.b. D.O.B unique learner number gp GP child's name epi-pen sen SEN x9".utf8)
        var random = SeededRandom(seed: 7)
        for (id, text) in keywords.enumerated() {
            let keyword = ContextKeywordSet([ContextKeyword(id: id, text: text)])
            let database = try Database(patterns: [Pattern(KeywordPattern.expression(for: [text]), id: 0, flags: [.caseless])])
            let scratch = try Scratch(for: database)
            for _ in 0..<400 {
                var bytes = (0..<Int.random(in: 20..<90, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
                if random.chance(0.5) { // plant the keyword, sometimes in capitals or with a wider gap
                    var planted = Array(text.utf8)
                    if random.chance(0.3) { planted = Array(text.uppercased().utf8) }
                    if random.chance(0.3) { planted = planted.flatMap { $0 == 32 ? [32, 9] : [$0] } }
                    let at = Int.random(in: 0..<bytes.count, using: &random)
                    bytes.insert(contentsOf: planted, at: at)
                }
                let ends = try bytes.withUnsafeBytes { try database.matches(in: $0, scratch: scratch) }.map(\.to)
                let lower = Int.random(in: 0..<bytes.count, using: &random)
                let upper = Int.random(in: lower...bytes.count, using: &random)
                let expected = ends.filter { $0 >= lower && $0 <= upper }.min()
                let found = bytes.withUnsafeBytes { keyword.first(in: $0, endingFrom: lower, to: upper)?.end }
                XCTAssertEqual(found, expected, "'\(text)' in \(String(decoding: bytes, as: UTF8.self).debugDescription) ending in \(lower)...\(upper)")
            }
        }
    }

    /// A keyword set's database reports ends only; the start looked up must be Vectorscan's
    /// leftmost start of match, for every end, over the UK pack's own keyword sets.
    func testKeywordStartsAgreeWithVectorscansStartOfMatch() throws {
        let engine = try TestSupport.engine()
        var random = SeededRandom(seed: 9)
        var compared = 0
        for (index, detector) in engine.detectors.enumerated() {
            guard case .keywords(let words) = detector.kind, let starts = engine.specialStarts[index] else { continue }
            var flags: Pattern.Flags = [.leftmostStart]
            for name in detector.flags { flags.formUnion(Pattern.Flags.byName[name] ?? []) }
            // (A pattern a keyword, as the engine compiles them, with start of match.)
            let database = try Database(patterns: words.map { Pattern(KeywordPattern.expression(for: [$0]), id: 0, flags: flags) })
            let scratch = try Scratch(for: database)
            let pieces = Array(words.shuffled(using: &random).prefix(40)) + ["x", "-", "_", " ", "\n", "a", "Z9", "'s", "\t"]
            for _ in 0..<60 {
                var text = ""
                for _ in 0..<Int.random(in: 3..<14, using: &random) {
                    var piece = pieces.randomElement(using: &random)!
                    if random.chance(0.2) { piece = piece.uppercased() }
                    if random.chance(0.2) { piece = piece.replacingOccurrences(of: " ", with: " - ") }
                    text += piece + (random.chance(0.7) ? " " : "")
                }
                let bytes = Array(text.utf8)
                // (Per end, the leftmost start of the keywords that end there.)
                var expected: [Int: Int] = [:]
                for match in try bytes.withUnsafeBytes({ try database.matches(in: $0, scratch: scratch) }) {
                    expected[match.to] = min(expected[match.to] ?? .max, match.from)
                }
                for match in expected.map({ (from: $0.value, to: $0.key) }) {
                    compared += 1
                    XCTAssertEqual(bytes.withUnsafeBytes { starts.start(in: $0, endingAt: match.to) }, match.from,
                                   "\(detector.id): \(text.debugDescription) ending at \(match.to)")
                }
            }
        }
        XCTAssertGreaterThan(compared, 1000)
    }

    /// The keyword sets' own pass (`KeywordWords`, with Vectorscan for the keywords it leaves)
    /// finds what the sets' patterns find: per end, a match from the leftmost start, over the
    /// UK pack's sets, on text of their keywords in any case, joined and cut by separators,
    /// word bytes and bytes beyond ASCII, and read from any start.
    func testKeywordWordsAgreeWithTheKeywordPatterns() throws {
        let engine = try TestSupport.engine()
        var random = SeededRandom(seed: 11)
        var compared = 0
        for detector in engine.detectors {
            // (Not the markers of made-up data: their own database finds them, never this pass.)
            guard case .keywords(let words) = detector.kind, !detector.marksMadeUp else { continue }
            var flags: Pattern.Flags = [.leftmostStart]
            for name in detector.flags { flags.formUnion(Pattern.Flags.byName[name] ?? []) }
            let database = try Database(patterns: words.map { Pattern(KeywordPattern.expression(for: [$0]), id: 0, flags: flags) })
            let scratch = try Scratch(for: database)
            let pass = KeywordWords(keywords: words.map { ($0, 0) })
            let left = words.filter { !KeywordWords.accepts($0) }
            let leftDatabase = try left.isEmpty ? nil : Database(patterns: left.map { Pattern(KeywordPattern.expression(for: [$0]), id: 0, flags: flags) })
            let pieces = Array(words.shuffled(using: &random).prefix(60)) + ["x", "-", "_", " ", "  ", "\n", "a", "Z9", "\'s", "\t", "é", "9", "s"]
            for _ in 0..<80 {
                var text = ""
                for _ in 0..<Int.random(in: 3..<30, using: &random) {
                    var piece = pieces.randomElement(using: &random)!
                    if random.chance(0.2) { piece = piece.uppercased() }
                    if random.chance(0.1) { piece = piece.capitalized }
                    if random.chance(0.2) { piece = piece.replacingOccurrences(of: " ", with: ["_", "\n", " - ", "   ", "    "].randomElement(using: &random)!) }
                    text += piece + (random.chance(0.7) ? " " : "")
                }
                let bytes = Array(text.utf8)
                let from = random.chance(0.5) ? 0 : Int.random(in: 0..<bytes.count, using: &random)
                var expected: [Int: Int] = [:], found: [Int: Int] = [:]
                for match in try bytes.withUnsafeBytes({ try database.matches(in: $0, scratch: scratch) }) where match.from >= from {
                    expected[match.to] = min(expected[match.to] ?? .max, match.from)
                }
                var matches: [Match] = []
                // (From a keyword's span before, as a chunk's owned range is read: the leftmost
                // start of an end may lie before `from`, and so may Vectorscan's.)
                bytes.withUnsafeBytes { pass.scan($0, from: max(0, from - pass.span), to: $0.count, into: &matches) }
                if let leftDatabase {
                    matches += try bytes.withUnsafeBytes { try leftDatabase.matches(in: $0, scratch: try Scratch(for: leftDatabase)) }
                }
                for match in matches where match.from >= from { found[match.to] = min(found[match.to] ?? .max, match.from) }
                compared += expected.count
                XCTAssertEqual(found, expected, "\(detector.id): \(text.debugDescription) from \(from)")
            }
        }
        XCTAssertGreaterThan(compared, 1000)
    }

    /// A detector's keywords in one pass: the keyword ending first, the lower id on a tie,
    /// as looking each keyword up alone (a set of one) finds.
    func testKeywordSetAgreesWithEachKeywordAlone() {
        let texts = ["uln", "nhs no", "nhs", "date of birth", "d.o.b", "dob", "d.o.b.", "gp", "child's name", "sen", "send"]
        let keywords = texts.enumerated().map { ContextKeyword(id: $0.offset, text: $0.element) }
        let set = ContextKeywordSet(keywords)
        let alphabet = Array("ulnULN nhsNHS no:_-\tdate of birth d.o.b. D.O.B dob gp GP child's name sen SEND x9".utf8)
        var random = SeededRandom(seed: 8)
        for _ in 0..<2000 {
            let bytes = (0..<Int.random(in: 10..<120, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            let lower = Int.random(in: 0..<bytes.count, using: &random)
            let upper = Int.random(in: lower...bytes.count, using: &random)
            let expected = keywords.compactMap { keyword in
                bytes.withUnsafeBytes { ContextKeywordSet([keyword]).first(in: $0, endingFrom: lower, to: upper) }
            }.min { ($0.end, $0.id) < ($1.end, $1.id) }?.id
            XCTAssertEqual(bytes.withUnsafeBytes { set.first(in: $0, endingFrom: lower, to: upper)?.id }, expected,
                           "\(String(decoding: bytes, as: UTF8.self).debugDescription) ending in \(lower)...\(upper)")
        }
    }

    func testAKeywordJustOutsideTheWindowStartDoesNotDependOnDensity() throws {
        // "ULN" ends exactly 48 bytes (the detector's window) before the value: it counts,
        // whether the chunk has few candidates (lookup per candidate) or many (chunk index).
        let engine = try TestSupport.engine()
        var ids = Identifiers(seed: 3)
        let header = "UPN,Surname,Forename,DOB,Gender,Year,Reg Group,SEN,FSM,ULN\n"
        func row() -> String { "\(ids.upn()),Hill,Amara,09/09/2020,M,7,7B,N,N,\(ids.uln())\n" }
        let sparse = "Notes\n" + header + row()
        var dense = "Notes\n"
        for _ in 0..<3000 { dense += header + row() }
        for text in [sparse, dense] {
            let scanner = try DocumentScanner(engine: engine)
            var uln = 0, rows = 0
            _ = try scanner.scan(text: text, document: DocumentDescription(path: "notes.txt")) { event in
                if event.finding.detector == "uk_uln" { uln += 1 }
                if event.finding.detector == "uk_upn" { rows += 1 }
            }
            XCTAssertEqual(uln, rows, "every row's ULN is found with its header keyword")
        }
    }
}
