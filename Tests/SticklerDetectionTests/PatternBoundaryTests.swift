@testable import SticklerDetection
import SticklerTesting
import XCTest

/// The boundaries written into phase-two patterns: which patterns may carry them, and that
/// they find exactly what the pattern with the boundaries checked afterwards finds.
final class PatternBoundaryTests: XCTestCase {
    func testOnlyPatternsThatMustStartWithALetterOrDigit() {
        for expression in ["[0-9]{9}", "\\d{3}", "[A-HJ-NP-RT-Z][0-9]{11}", "(?:19|20)[0-9]{2}", "x|y", "(?:[2-6][0-9]{3}|3[47][0-9]{2})",
                           "[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2}", "(?:Mr|Mrs|Dr)\\.? [A-Z]", "[a-z]+"] {
            XCTAssertTrue(PatternBoundary.startsWithAlnum(expression), expression)
        }
        for expression in ["(?:\\+44|0044|\\(?0)[0-9]{2,4}", "[A-Za-z0-9._%+-]+@", "a?b", "[0-9]{0,2}x", "x|-y", "(?:|a)b",
                           "[^0-9]x", "[0-9-]x", "\\bword", ".x", "(?=a)a", "[A-z]x", "(?:a|b)*c", "\\+44"] {
            XCTAssertFalse(PatternBoundary.startsWithAlnum(expression), expression)
        }
    }

    func testOnlyPatternsThatMustEndWithALetterOrDigit() {
        for expression in ["[0-9]{9}", "\\d{3}", "[A-Z]{2}[0-9]{3,4}", "(?:19|20)[0-9]{2}", "x|y", "(?:a[0-9]|b(?:c|d))",
                           "[0-9]{2}[^0-9\\n]{1,40}[0-9]{8}", "\\.[A-Za-z]{2,24}", "[0-9]+", "a(?:b|c)+", "[]a]x"] {
            XCTAssertTrue(PatternBoundary.endsWithAlnum(expression), expression)
        }
        for expression in ["[0-9]{2,4}\\)?", "a?", "x[0-9]{0,2}", "x|y-", "(?:a|)", "a[^0-9]", "a[0-9-]", "word\\b", "a.",
                           "a(?=b)", "a[A-z]", "a(?:b|c)*", "a$", "[0-9]{2}+", "(?:[a-z]|\\+)", "AB\\x2E", "AB\\056", "ab{,5}"] {
            XCTAssertFalse(PatternBoundary.endsWithAlnum(expression), expression)
        }
    }

    func testUTF8PatternsAreNotWrapped() {
        XCTAssertEqual(PatternBoundary.wrap("[0-9]{9}", boundary: .alnum, utf8: true).expression, "[0-9]{9}")
        XCTAssertTrue(PatternBoundary.wrap("[0-9]{9}", boundary: .alnum).trailing)
    }

    func testTheUKPackDigitPatternsCarryTheirBoundary() throws {
        let engine = try TestSupport.engine()
        for index in 0..<engine.detectorCount {
            let detector = engine.detector(at: index)
            switch detector.id {
            case "uk_nhs_number", "uk_upn", "uk_uln", "uk_utr", "payment_card", "uk_bank_account", "date_of_birth", "uk_nino":
                XCTAssertTrue(engine.leadingBoundary[index], detector.id)
                XCTAssertTrue(engine.trailingBoundary[index], detector.id)
            case "uk_phone", "email":
                XCTAssertFalse(engine.leadingBoundary[index], detector.id)
                XCTAssertTrue(engine.trailingBoundary[index], detector.id)
            default: break
            }
        }
    }

    /// Inside digit runs, next to letters, at the text's start and end, after punctuation.
    func testSameFindingsAsTheBoundaryCheckedAfterwards() throws {
        let engine = try TestSupport.engine()
        let scanner = try DocumentScanner(engine: engine, options: ScanOptions(minConfidence: .low))
        var ids = Identifiers(seed: 5)
        var found: [String] = []
        let nhs = ids.nhs(), upn = ids.upn()
        let text = "\(nhs) NHS\n1\(nhs) x\nNHS 9\(nhs)9\nNHS a\(nhs)\nNHS (\(nhs))\nUPN:\(upn)\nUPN _\(upn)_ \nNHS \(nhs)a\nNHS number \(nhs)"
        _ = try scanner.scan(text: text, document: DocumentDescription(path: "t")) { event in
            found.append("\(event.finding.detector)@\(event.finding.location.offset ?? -1)")
        }
        let offsets = { (needle: String) -> [Int] in
            var result: [Int] = [], from = text.startIndex
            while let range = text.range(of: needle, range: from..<text.endIndex) {
                result.append(text.utf8.distance(from: text.startIndex, to: range.lowerBound))
                from = range.upperBound
            }
            return result
        }
        let nhsAt = offsets(nhs), upnAt = offsets(upn)
        // Bounded: at the start, in brackets, after a label; not inside digits or letters.
        XCTAssertTrue(found.contains("uk_nhs_number@\(nhsAt[0])"), "\(found)")
        XCTAssertFalse(found.contains("uk_nhs_number@\(nhsAt[1])"))
        XCTAssertFalse(found.contains("uk_nhs_number@\(nhsAt[2])"))
        XCTAssertFalse(found.contains("uk_nhs_number@\(nhsAt[3])"))
        XCTAssertTrue(found.contains("uk_nhs_number@\(nhsAt[4])"), "\(found)")
        XCTAssertFalse(found.contains("uk_nhs_number@\(nhsAt[5])"), "a letter after it: \(found)")
        XCTAssertTrue(found.contains("uk_nhs_number@\(nhsAt[6])"), "at the text's end: \(found)")
        XCTAssertTrue(found.contains("uk_upn@\(upnAt[0])"), "\(found)")
        XCTAssertTrue(found.contains("uk_upn@\(upnAt[1])"), "an underscore is not a letter or digit: \(found)")
    }

    /// A report repeating its header on every page: a cell equal to its title but for case is
    /// no one's name (ASCII on bytes, the rest through Foundation).
    func testACellIsItsTitleButForCase() {
        XCTAssertTrue(CellText.sameIgnoringCase("SURNAME", "Surname"))
        XCTAssertTrue(CellText.sameIgnoringCase("Pupil name", "pupil NAME"))
        XCTAssertTrue(CellText.sameIgnoringCase("PRÉNOM", "Prénom"))
        XCTAssertFalse(CellText.sameIgnoringCase("Surname", "Surnames"))
        XCTAssertFalse(CellText.sameIgnoringCase("a@b", "a`b"), "not letters: the same bytes only")
        XCTAssertFalse(CellText.sameIgnoringCase("Olivia Hughes", "Name"))
    }

    /// A line of prose under a name column is read no further when it is ASCII and nothing
    /// would be trimmed from it: the name validator turns down any ASCII cell that long.
    func testAnUntrimmedASCIICell() {
        XCTAssertTrue(CellText.isUntrimmedASCII("Olivia Hughes"))
        XCTAssertFalse(CellText.isUntrimmedASCII(" Olivia Hughes"), "a space would be trimmed")
        XCTAssertFalse(CellText.isUntrimmedASCII("\"Olivia Hughes\""), "so would quotation marks")
        XCTAssertFalse(CellText.isUntrimmedASCII("Zoë Hughes"), "not ASCII")
        let prose = String(repeating: "Pupils compare the volcano diagram with their prediction. ", count: 2).dropLast()
        XCTAssertTrue(CellText.isUntrimmedASCII(String(prose)))
        XCTAssertNil(PersonName.clean(String(prose)), "no ASCII name is longer than 48 bytes")
    }

    /// A form's label read as a name column's cell ("Full home address", "Pupil's Name, DOB").
    func testAFormsLabelIsNoName() {
        XCTAssertTrue(PersonName.isFormLabel("Full home address"))
        XCTAssertTrue(PersonName.isFormLabel("Pupil's NAME,DOB"))
        XCTAssertTrue(PersonName.isFormLabel("Signature"))
        // A blank referral form's and a risk assessment's rows (eleven letters at most).
        XCTAssertTrue(PersonName.isFormLabel("Siblings"))
        XCTAssertTrue(PersonName.isFormLabel("Referrer"))
        XCTAssertTrue(PersonName.isFormLabel("Environment"))
        XCTAssertFalse(PersonName.isFormLabel("Olivia Hughes"))
        XCTAssertFalse(PersonName.isFormLabel("Namesake Zoë"))
        XCTAssertFalse(PersonName.isFormLabel(""))
    }
}
