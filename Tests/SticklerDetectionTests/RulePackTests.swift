import Foundation
@testable import SticklerDetection
import SticklerCrypto
import SticklerTesting
import Vectorscan
import XCTest

final class RulePackTests: XCTestCase {
    func testEveryDetectorsOwnExamplesPass() throws {
        let engine = try TestSupport.engine()
        let (checked, failures) = try RuleExamples.run(engine: engine)
        XCTAssertGreaterThan(checked, 60)
        XCTAssertEqual(failures.map(\.description), [])
    }

    func testTheUKPackCoversTheRequiredDetectors() throws {
        let pack = try RulePack.load(directory: TestSupport.rulesDirectory())
        let ids = Set(pack.detectors.map(\.id))
        for required in ["uk_upn", "uk_uln", "uk_nhs_number", "uk_nino", "uk_utr", "uk_passport", "uk_driving_licence",
                         "uk_postcode", "uk_phone", "email", "date_of_birth", "payment_card", "iban", "uk_bank_account",
                         "person_name", "special_health", "special_sen", "special_safeguarding", "special_fsm",
                         "special_ethnicity", "special_religion"] {
            XCTAssertTrue(ids.contains(required), "missing \(required)")
        }
    }

    /// Each mistake: the error names the file, the line of the offending field, and a hint.
    func parseError(_ yaml: String) -> [RuleError] {
        do {
            _ = try RulePack.parse(yaml, file: "fixture.yaml")
            XCTFail("expected an error")
            return []
        } catch let error as RuleErrors {
            return error.errors
        } catch {
            XCTFail("\(error)")
            return []
        }
    }

    let header = "pack: fixture\nversion: 1\ndetectors:\n"

    func entry(_ fields: String) -> String {
        header + "  - id: thing\n    name: Thing\n    category: identifier\n" + fields
            + "    examples: {match: [\"x\"]}\n"
    }

    func testBrokenPatternNamesFileAndLine() {
        let errors = parseError(entry("    pattern: '(unclosed[0-9'\n"))
        XCTAssertEqual(errors.first?.file, "fixture.yaml")
        XCTAssertEqual(errors.first?.line, 7)
        XCTAssertTrue(errors.first?.description.contains("Vectorscan rejects the pattern") ?? false, "\(errors)")
    }

    func testUnknownValidator() {
        let errors = parseError(entry("    pattern: '[0-9]{4}'\n    validator: mod_12\n"))
        XCTAssertEqual(errors.first?.line, 8)
        XCTAssertTrue(errors.first?.hint?.contains("nhs_mod11") ?? false)
    }

    /// `{given_names}` stands for the list's words (an alternation in a pattern, one literal
    /// trigger per word); an unknown list is an error naming it and the lists there are.
    func testWordLists() throws {
        let errors = parseError(entry("    pattern: '[A-Z][a-z]{1,20} [A-Z][a-z]{1,20}'\n    triggers: ['{pupil_names} ']\n"))
        XCTAssertTrue(errors.first?.message.contains("unknown word list '{pupil_names}'") ?? false, "\(errors)")
        XCTAssertTrue(errors.first?.hint?.contains("{given_names}") ?? false, "\(errors)")
        let triggers = WordLists.expandTrigger("{given_names} ")
        XCTAssertTrue(triggers.contains("Olivia "))
        XCTAssertTrue(triggers.contains("Ellie-Mae "))
        // A three-letter name after each byte that may begin a word, not alone.
        XCTAssertFalse(triggers.contains("Amy "))
        XCTAssertTrue(triggers.contains(" Amy ") && triggers.contains("\nAmy ") && triggers.contains("\\(Amy ") && triggers.contains("\u{201C}Amy "))
        XCTAssertEqual(KeywordPattern.literalBytes("\\(Amy "), Array("(Amy ".utf8))
        XCTAssertTrue(WordLists.expandPattern("{given_names} X").hasPrefix("(?:"))
        XCTAssertEqual(WordLists.expandPattern("[0-9]{2,5}"), "[0-9]{2,5}", "a repeat count is no list")
    }

    /// Storing a compiled database removes the cache's entries older than a month (each
    /// edit of the rules leaves a set behind), and keeps the recent ones.
    func testDatabaseCacheRemovesStaleEntries() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stickler-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let stale = directory.appendingPathComponent("old.hsdb"), recent = directory.appendingPathComponent("recent.pack.json")
        let other = directory.appendingPathComponent("notes.txt")
        for file in [stale, recent, other] { try Data("x".utf8).write(to: file) }
        let monthsAgo = Date().addingTimeInterval(-40 * 24 * 3600)
        for file in [stale, other] { try FileManager.default.setAttributes([.modificationDate: monthsAgo], ofItemAtPath: file.path) }
        let cache = DatabaseCache()
        cache.directory = directory
        _ = try cache.database(for: [Vectorscan.Pattern("abc", id: 0, flags: [])])
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: directory.path))
        XCTAssertFalse(names.contains("old.hsdb"))
        XCTAssertTrue(names.contains("recent.pack.json"))
        XCTAssertTrue(names.contains("notes.txt"), "not a cache file")
        XCTAssertEqual(names.filter { $0.hasSuffix(".hsdb") }.count, 1, "the new database")
    }

    /// A cold cache: `refuse` throws, `storeOnly` stores without handing the database back,
    /// and the next call reads what was stored.
    func testDatabaseCacheMissModes() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stickler-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let cache = DatabaseCache()
        cache.directory = directory
        let patterns = [Vectorscan.Pattern("abc", id: 7, flags: [])]
        XCTAssertThrowsError(try cache.database(for: patterns, onMiss: .refuse)) { XCTAssertTrue($0 is DatabaseCache.ColdCache) }
        XCTAssertTrue(try cache.database(for: patterns, onMiss: .storeOnly) === DatabaseCache.placeholder)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".hsdb") }.count, 1)
        let stored = try cache.database(for: patterns, onMiss: .refuse)
        XCTAssertEqual(stored.ids, [7])
        XCTAssertFalse(stored === DatabaseCache.placeholder)
    }

    /// An engine built on a cold cache (every database compiled and stored first, then read)
    /// finds what one built on the warm cache finds.
    func testEngineOnAColdCacheFindsWhatAWarmOneFinds() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stickler-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let previous = DatabaseCache.shared.directory
        DatabaseCache.shared.directory = directory
        defer { DatabaseCache.shared.directory = previous }
        let pack = try RulePack.load(directory: TestSupport.rulesDirectory())
        let key = Fingerprinter(key: InstallationKey(bytes: Array(repeating: 3, count: 32)))
        let text = "Pupil: Olivia Hughes\nNHS number: 485 777 3457\nDOB: 14/03/2012\nMum's mobile 07700 900726\n"
        func findings(_ engine: Engine) throws -> [String] {
            var found: [String] = []
            _ = try DocumentScanner(engine: engine).scan(text: text, document: DocumentDescription(path: "note.txt")) { event in
                found.append("\(event.finding.detector) \(event.finding.confidence) \(event.value ?? "")")
            }
            return found
        }
        let cold = try findings(Engine(pack: pack, fingerprinter: key))
        XCTAssertGreaterThan(try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".hsdb") }.count, 10)
        let warm = try findings(Engine(pack: pack, fingerprinter: key))
        XCTAssertEqual(cold, warm)
        XCTAssertGreaterThanOrEqual(cold.count, 3, "\(cold)")
    }

    /// The table-only keys on a pattern detector are an error naming the key, not ignored.
    func testColumnKeysNeedColumns() {
        let errors = parseError(entry("    pattern: 'X[0-9]{4}'\n    trusted_beside: [ks2]\n"))
        XCTAssertTrue(errors.contains { $0.message.contains("trusted_beside applies only to column detectors") }, "\(errors)")
    }

    func testUnboundedPatternNeedsMaxWidth() {
        let errors = parseError(entry("    pattern: '[0-9]+'\n"))
        XCTAssertTrue(errors.first?.message.contains("more than") ?? false, "\(errors)")
    }

    /// "...." is any four bytes: a trigger at every position of every text (a dotted leader's
    /// trigger once cost clean text 38 times its scan). A full stop is written '\.'.
    func testATriggerOfDotsIsAnyText() {
        let errors = parseError(entry("    pattern: 'Name \\.\\.\\.\\.+ [A-Z][a-z]{1,20}'\n    max_width: 80\n    triggers: ['....']\n"))
        XCTAssertTrue(errors.contains { $0.message.contains("matches any text") }, "\(errors)")
        XCTAssertNoThrow(try RulePack.parse(entry("    pattern: 'Name \\.\\.\\.\\.+ [A-Z][a-z]{1,20}'\n    max_width: 80\n    triggers: ['\\.\\.\\.\\.']\n"),
                                            file: "fixture.yaml"))
    }

    /// A detector with `own_database: true` is compiled apart from the others its trigger
    /// serves (a cold start peaks at its largest compile), and both still find their values.
    func testADetectorWithADatabaseOfItsOwnStillMatches() throws {
        let yaml = header + """
          - id: room_code
            name: Room code
            category: identifier
            pattern: 'Room:[A-Z][0-9]{3}'
            triggers: [':']
            examples: {match: ["Room:B104"], no_match: ["Room:104"]}
          - id: desk_code
            name: Desk code
            category: identifier
            pattern: 'Desk:[0-9]{2}[A-Z]'
            triggers: [':']
            own_database: true
            examples: {match: ["Desk:12C"], no_match: ["Desk:C12"]}

        """
        let parsed = try RulePack.parse(yaml, file: "fixture.yaml")
        XCTAssertEqual(parsed.detectors.map(\.ownDatabase), [false, true])
        let pack = RulePack(detectors: parsed.detectors, versions: [parsed.version])
        let engine = try Engine(pack: pack, fingerprinter: Fingerprinter(key: InstallationKey(bytes: Array(repeating: 1, count: 32))))
        XCTAssertEqual(engine.exactDatabases.map { $0.parts.count }, [2])
        let (checked, failures) = try RuleExamples.run(engine: engine)
        XCTAssertEqual(checked, 4)
        XCTAssertEqual(failures.map(\.description), [])
    }

    /// A detector whose triggers miss one of its pattern's forms finds that form only at a
    /// document's start: `rules test` tries each positive example again after a paragraph.
    func testAnExampleFoundOnlyAtTheStartFailsItsSecondTry() throws {
        let yaml = header + """
          - id: room_code
            name: Room code
            category: identifier
            pattern: '(?:Room|Desk):[A-Z][0-9]{3}'
            triggers: ['Room:']
            examples: {match: ["Room:B104", "Desk:B104"], no_match: ["Room:104"]}

        """
        let parsed = try RulePack.parse(yaml, file: "fixture.yaml")
        let engine = try Engine(pack: RulePack(detectors: parsed.detectors, versions: [parsed.version]),
                                fingerprinter: Fingerprinter(key: InstallationKey(bytes: Array(repeating: 1, count: 32))))
        let (checked, failures) = try RuleExamples.run(engine: engine)
        XCTAssertEqual(checked, 3)
        XCTAssertEqual(failures.map(\.problem), ["positive example not found after a paragraph of prose"])
        XCTAssertEqual(failures.map(\.example), ["Desk:B104"])
    }

    /// A trigger after the value ("urgent" after the reference) reaches back `max_width`
    /// bytes, though the pattern's own widest match is narrower.
    func testMaxWidthReachesBackFromATriggerAfterTheValue() throws {
        let yaml = header + """
          - id: room_code
            name: Room code
            category: identifier
            pattern: 'Ref [A-Z][0-9]{3}'
            triggers: ['urgent']
            max_width: 60
            examples: {match: ["Ref B104 has been marked as urgent"], no_match: ["Ref 104 urgent"]}

        """
        let parsed = try RulePack.parse(yaml, file: "fixture.yaml")
        XCTAssertEqual(parsed.detectors.map(\.maxWidth), [60])
        let engine = try Engine(pack: RulePack(detectors: parsed.detectors, versions: [parsed.version]),
                                fingerprinter: Fingerprinter(key: InstallationKey(bytes: Array(repeating: 1, count: 32))))
        let (checked, failures) = try RuleExamples.run(engine: engine)
        XCTAssertEqual(checked, 2)
        XCTAssertEqual(failures.map(\.description), [])
    }

    func testNotBelowNeedsWordsAndAWindow() {
        XCTAssertTrue(parseError(entry("    pattern: 'x'\n    not_below: [vat reg]\n")).contains { $0.message.contains("must be a mapping") })
        XCTAssertTrue(parseError(entry("    pattern: 'x'\n    not_below: {words: [vat reg], window: 9000}\n"))
            .contains { $0.message.contains("from 1 to 4000") })
        XCTAssertTrue(parseError(entry("    pattern: 'x'\n    not_below: {window: 100}\n")).contains { $0.message.contains("needs words") })
        // (As every setting read after the detector is built: organisation_contact's too.)
        XCTAssertTrue(parseError(entry("    pattern: 'x'\n    organisation_contact: maybe\n")).contains { $0.message.contains("is not one of") })
        XCTAssertTrue(parseError(entry("    pattern: 'x'\n    value_line: middle\n")).contains { $0.message.contains("value_line 'middle' is not one of") })
        XCTAssertTrue(parseError(entry("    pattern: 'x'\n    span: middle\n")).contains { $0.message.contains("span 'middle' is not one of") })
        XCTAssertTrue(parseError(entry("    pattern: 'x'\n    span: value\n")).contains { $0.message.contains("needs value_after") })
        XCTAssertTrue(parseError(entry("    pattern: 'x'\n    at_given_names: before\n")).contains { $0.message.contains("is not after_capitals") })
        XCTAssertTrue(parseError(entry("    pattern: 'x'\n    triggers: ['x']\n    at_given_names: after_capitals\n"))
            .contains { $0.message.contains("no triggers of its own") })
    }

    func testMissingFieldAndUnknownField() {
        let errors = parseError(header + "  - id: thing\n    category: identifier\n    pattern: 'ab'\n    colour: red\n    examples: {match: [\"ab\"]}\n")
        XCTAssertTrue(errors.contains { $0.message.contains("missing 'name'") }, "\(errors)")
        XCTAssertTrue(errors.contains { $0.message.contains("unknown field 'colour'") && $0.line == 7 }, "\(errors)")
    }

    func testUnknownCategory() {
        let yaml = header + "  - id: thing\n    name: Thing\n    category: secret\n    pattern: 'ab'\n    examples: {match: [\"ab\"]}\n"
        XCTAssertEqual(parseError(yaml).first?.line, 6)
    }

    func testDuplicateIdsAcrossFiles() throws {
        let directory = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let yaml = entry("    pattern: 'ab'\n")
        try yaml.write(to: directory.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        try yaml.write(to: directory.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try RulePack.load(directory: directory)) { error in
            XCTAssertTrue("\(error)".contains("duplicate detector id 'thing'"), "\(error)")
            XCTAssertTrue("\(error)".contains("b.yaml:4"), "\(error)")
        }
    }

    func testNotYAML() {
        let errors = parseError("detectors: [\n  - : :\n")
        XCTAssertNotNil(errors.first?.line)
    }
}
