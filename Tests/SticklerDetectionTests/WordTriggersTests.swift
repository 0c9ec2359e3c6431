@testable import SticklerDetection
import SticklerTesting
import Vectorscan
import XCTest

/// The word pass must report exactly what Vectorscan reports for the same literal triggers,
/// and a literal's word before a word's first hyphen ("Amy-Leigh": "Amy ") or before a
/// Markdown bold's asterisks ("**Geoff**": "Geoff ").
final class WordTriggersTests: XCTestCase {
    static let literals: [String] = WordLists.expandTrigger("{given_names} ") + WordLists.expandTrigger(" {given_names_lower} ")
        + WordLists.expandTrigger("\n{given_names_lower} ")
        + ["Mr ", "Mrs. ", "\nMR ", "ext of kin: ", "Summer ", "I, ", "Dear ", " Amy "]

    /// Both finders, built once (Vectorscan compiles 7,400 literals in seconds).
    static let finders: (words: WordTriggers, database: Database, scratch: Scratch) = {
        let bytes = literals.map(KeywordPattern.literalBytes)
        precondition(bytes.allSatisfy { WordTriggers.split($0) != nil })
        let database = try! Database(patterns: literals.enumerated().map { Pattern($0.element, id: UInt32($0.offset)) })
        return (WordTriggers(literals: bytes.enumerated().map { ($0.element, UInt32($0.offset)) }), database, try! Scratch(for: [database]))
    }()

    func hits(_ text: String) throws -> (vectorscan: Set<Match>, words: Set<Match>) {
        let (words, database, scratch) = Self.finders
        var expected: [Match] = [], found: [Match] = []
        let bytes = Array(text.utf8)
        try bytes.withUnsafeBytes { buffer in
            try database.scan(buffer, scratch: scratch, into: &expected)
            words.scan(buffer, into: &found)
        }
        // A mark standing for a literal's space: Vectorscan's hits in the 64 bytes before it and
        // a space for it, that end there and whose word holds no such mark (the word's first)
        // and has three bytes or more (the bitmap has no key for "Jo-A").
        func spacedHits(at mark: Int) throws {
            let from = max(0, mark - 64)
            var spaced: [Match] = []
            try (bytes[from..<mark] + [32]).withUnsafeBytes { try database.scan($0, scratch: scratch, into: &spaced) }
            for hit in spaced where from + hit.to == mark + 1 {
                let literal = KeywordPattern.literalBytes(Self.literals[Int(hit.id)])
                let wordStart = mark + 1 - literal.count + WordTriggers.split(literal)!.prefix.count
                guard mark - wordStart >= 3, !bytes[wordStart..<mark].contains(bytes[mark]) else { continue }
                expected.append(Match(id: hit.id, from: 0, to: mark + 1))
            }
        }
        // The hyphens' hits, at each hyphen; the bold's, at a word's first asterisk with a
        // second after it ("**Geoff** –").
        for hyphen in bytes.indices where bytes[hyphen] == 45 { try spacedHits(at: hyphen) }
        for star in bytes.indices where bytes[star] == 42 && star + 1 < bytes.count && bytes[star + 1] == 42 { try spacedHits(at: star) }
        XCTAssertEqual(found.count, Set(found).count, "a hit reported twice")
        return (Set(expected.map { Match(id: $0.id, from: 0, to: $0.to) }), Set(found))
    }

    func testSplitsWordsFromTheirPrefixes() {
        func split(_ literal: String) -> [String]? {
            WordTriggers.split(Array(literal.utf8)).map { [String(decoding: $0.prefix, as: UTF8.self), String(decoding: $0.word, as: UTF8.self)] }
        }
        XCTAssertEqual(split("Olivia "), ["", "Olivia"])
        XCTAssertEqual(split("(Amy "), ["(", "Amy"])
        XCTAssertEqual(split("\u{201C}Amy "), ["\u{201C}", "Amy"])
        XCTAssertEqual(split(" aaliyah "), [" ", "aaliyah"])
        XCTAssertEqual(split("\nMR "), ["\n", "MR"])
        XCTAssertEqual(split("ext of kin: "), ["ext of ", "kin:"])
        XCTAssertEqual(split("Łukasz "), ["", "Łukasz"])
        // Not a word and a space, a one-byte word, or no capital and no space before it.
        XCTAssertNil(split("Mr"))
        XCTAssertNil(split("name\t"))
        XCTAssertNil(split("A "))
        XCTAssertNil(split("(mrs "))
        // A small word of three bytes after a space is this pass's ("kai robinson - behaviour");
        // a shorter one stays with Vectorscan.
        XCTAssertEqual(split(" kai "), [" ", "kai"])
        XCTAssertNil(split(" mr "))
        XCTAssertNil(split("name is "))
        XCTAssertNil(split(" "))
    }

    func testFindsWhatVectorscanFindsInGeneratedDocuments() throws {
        var documents = Documents(seed: 31)
        var text = ""
        for _ in 0..<30 {
            text += documents.parentLetter() + documents.classList(pupils: 8) + documents.medicalRegister(pupils: 4)
            text += documents.prose(words: 200) + "\n" + documents.lessonPlan()
        }
        let (expected, found) = try hits(text)
        XCTAssertGreaterThan(expected.count, 100)
        XCTAssertEqual(found.symmetricDifference(expected).count, 0)
    }

    func testFindsWhatVectorscanFindsAtEdgesAndInsideWords() throws {
        let cases = [
            "Olivia ", "Olivia", "Amy ", " Amy ", "x Amy", "MacKenzie Hughes ", "DeShawn Ellis ", "Ellie-Mae Brown ",
            "Anne-Marie  Okafor ", "\u{A0}Amy Lee ", "\u{201C}Amy said\u{201D} ", "Łukasz Wójcik and Zoë Ward ",
            "Ștefan Pop ", "noted: priya sharma v unsettled\nkacper w ", "\tpriya sharma ", "\r\npriya ",
            "Dear Mr Jones, Mrs. Khan\nMR SMITH\nms patel  mrs  lee ", "Next of kin: Jo ", "My name is Tom ",
            "I, Grace Obi, ", String(repeating: "Olivia ", count: 40), String(repeating: "x", count: 70) + " Olivia ",
            // A three-letter given name in small letters, in a block read sixteen bytes at a time
            // (it had been found in a buffer's last bytes only).
            String(repeating: "x", count: 70) + " leo walsh, kai w and ava ", "photos of leo w (rec) - mum says the meds were changed last wk ",
            "Élodie Martin ", "ÉLODIE ", "Zoë", "é ", "Mr  ",
            // A hyphen where a literal's space would be: "Amy-Leigh" gives "Amy ".
            "Amy-Leigh Cole ", "kacey-leigh morrow ", " amy-leigh-rose ", "Olivia-Mae-Rose ", "Jo-Anne ", "Mr-Men ", "x-Amy-", "Amy-",
            // A word in Markdown bold: "**Geoff** –" gives "Geoff ", its first asterisk standing for the space.
            "**Geoff** \u{2013} off", "- **Amy** asthma", "**Olivia-Mae** x", "**Jo** x", "**Zoë**", "Olivia*x ", "Amy*", "**Olivia**",
            // Hundreds of words passing the bitmap: batch after batch of them.
            String(repeating: "Mr ", count: 700), String(repeating: "Dear Olivia ", count: 120),
        ]
        for text in cases {
            // Every offset of the case within a buffer, so that words meet the pass's 16-byte
            // blocks and the buffer's end at every alignment.
            for padding in 0..<18 {
                let padded = String(repeating: ".", count: padding) + text
                let (expected, found) = try hits(padded)
                XCTAssertEqual(found, expected, padded.debugDescription)
            }
        }
    }
}

/// The shapes looked for around digits must give the hits a scan of the whole text gives.
final class GatedShapesTests: XCTestCase {
    static let shapes = ["[^0-9][0-9][ -]?[0-9][ -]?[0-9][ -]?[0-9][ -]?[0-9][ -]?[0-9]", "[0-9][A-Z][A-Z]", "[0-9][/.-][0-9]",
                         "[a-z],? (?:19|20)[0-9][0-9]", "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-[0-9]",
                         "[0-9]-[0-9][0-9]-[0-9][0-9](?: |\\t|/|\\|)"]

    func testReadsWhichShapesNeedADigit() {
        for shape in Self.shapes { XCTAssertTrue(GatedShapes.requiresDigit(shape), shape) }
        for shape in ["[a-z] (?:[0-9]{1,2}|[Yy]ear [0-9])", " Y[0-9R]", "[0-9]?[A-Z]", "[0-9]*x", "[0-9]{0,2}x", "^[0-9]",
                      "[0-9]\\b", "a|[0-9]", "@", "[A-Z][a-z]+"] {
            XCTAssertFalse(GatedShapes.requiresDigit(shape), shape)
        }
    }

    /// Shapes that need a tab, a bar or an equals sign (a form's label before its cell, an attribute's name).
    static let markShapes = ["(?:[Pp]upil|[Nn]ame|FN|[Cc]hild''s [Nn]ame|[Nn]ame of (?:child|pupil))(?:\\t|=\")", "[a-zA-Z*_] {1,3}\\| {1,3}[A-Z*_]",
                             "name\\t", "=\"", "staff id=", "ddress \\|", "[\\t|]x{1,3}", "(?:a|b)c?(?:\\x09|\\x3D)"]

    func testReadsWhichShapesNeedAMark() {
        for shape in Self.markShapes { XCTAssertTrue(GatedShapes.requiresMark(shape), shape) }
        for shape in ["(?:a|b)\\t?", "(?:\\t|x)", "^a\\t", "a\\b\\t", "[^\\t]", "a|\\t", "[a-z]\\t*", "\\t{0,2}a", "(a)\\t", "a\\s",
                      "Olivia ", "[0-9][/.-][0-9]", "(?:\\| |\\t|\\r?\\n)[0-9]"] {
            XCTAssertFalse(GatedShapes.requiresMark(shape), shape)
        }
    }

    func testFindsWhatAScanOfTheWholeTextFinds() throws {
        var documents = Documents(seed: 5)
        var texts = ["07700 900123", "1", "", "Born 3 March, 2011. Sort code 20-45-67 | 12/03/2011 4AB Jan-2020",
                     String(repeating: "0123456789 ", count: 40),
                     "Pupil\tAmelia Hughes\nName=\"Tom\" | Child's name | Oluwaseun |\n| Address | 4 Mill Lane |\tx\tpupil=\"\"",
                     String(repeating: "| Name | Ada |\t", count: 30)]
        for _ in 0..<20 { texts.append(documents.prose(words: 300) + documents.classList(pupils: 6) + documents.decoys.timetableLine()) }
        try assertWindowedScans(Self.shapes, gate: .digit, texts)
        try assertWindowedScans(Self.markShapes, gate: .mark, texts)
    }

    private func assertWindowedScans(_ expressions: [String], gate: GatedShapes.Gate, _ texts: [String]) throws {
        let patterns = expressions.enumerated().map { Pattern($0.element, id: UInt32($0.offset)) }
        let database = try Database(patterns: patterns)
        let reach = try patterns.map { try XCTUnwrap($0.widths().maxWidth) }.max()! + 1
        let shapes = GatedShapes(database: database, reach: reach, gate: gate)
        let scratch = try Scratch(for: [database])
        for text in texts {
            for padding in [0, 1, 15, 16, 17] {
                var bytes = Array((String(repeating: "x", count: padding) + text).utf8)
                var whole: [Match] = [], windowed: [Match] = [], joined: [UInt8] = [], windows: [Range<Int>] = []
                try bytes.withUnsafeMutableBytes { buffer in
                    let buffer = UnsafeRawBufferPointer(buffer)
                    try database.scan(buffer, scratch: scratch, into: &whole)
                    try shapes.scan(buffer, scratch: scratch, joined: &joined, windows: &windows, into: &windowed)
                }
                let found = Set(windowed.map { [Int($0.id), $0.to] }), expected = Set(whole.map { [Int($0.id), $0.to] })
                XCTAssertEqual(windowed.count, found.count, "a hit reported twice")
                XCTAssertTrue(expected.isSubset(of: found), text)
                // (Only at the text's start may a window add a hit: its separator read as the byte before.)
                XCTAssertTrue(found.subtracting(expected).allSatisfy { $0[1] <= reach }, text)
            }
        }
    }
}
