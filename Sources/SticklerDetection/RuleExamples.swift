import SticklerCore

/// Runs every detector's own examples: each `match` example must yield a reported finding
/// of that detector (as a document of its own, and again after a paragraph of prose), each `no_match` example must not; a detector that needs context must
/// have a context keyword in each positive example (the keyword prefilter selects it).
public enum RuleExamples {
    public struct Failure: CustomStringConvertible, Sendable {
        public var detector: String
        public var file: String
        public var line: Int
        public var example: String
        public var problem: String

        public var description: String { "\(file):\(line): \(detector): \(problem): \(example.debugDescription)" }
    }

    /// Prose no detector reads, ending with a blank line (so that an example's first line
    /// still begins a line).
    static let neutralParagraph = String(repeating: "The hall will be set out for the spring concert on Thursday afternoon, and the chairs go back in rows of twelve once the stage blocks are in place. ", count: 4) + "\n\n"

    public static func run(engine: Engine) throws -> (checked: Int, failures: [Failure]) {
        // (A postcode or a landline alone is a place's, reported at low in a scan: the
        // examples try the detector, not the document's judgement.)
        var options = ScanOptions(minConfidence: .medium)
        options.holdsPlaces = false
        let scanner = try DocumentScanner(engine: engine, options: options)
        // A detector that never reports above low (a file's author) is tried at low.
        options.minConfidence = .low
        let lowScanner = try DocumentScanner(engine: engine, options: options)
        var failures: [Failure] = []
        var checked = 0
        for detector in engine.pack.detectors {
            let delimiter: UInt8? = detector.kind == .columns ? (detector.matchExamples.first?.contains("\t") == true ? 9 : 44) : nil
            func found(_ example: String) throws -> Bool {
                var hit = false
                let document = DocumentDescription(path: "example", delimiter: example.contains("\t") && delimiter != nil ? 9 : delimiter)
                let reportsAboveLow = detector.contextConfidence > .low || (detector.kind != .columns && (detector.baseConfidence ?? .low) > .low)
                let outcome = try (reportsAboveLow ? scanner : lowScanner).scan(text: example, document: document) { event in
                    if event.finding.detector == detector.id { hit = true }
                }
                // A made-up marker reports nothing: it holds the document at low risk.
                if detector.marksMadeUp { return outcome.risk.reasons.contains(RiskScorer.madeUpReason) }
                return hit
            }
            // Each positive example is tried twice: as a document, and after a paragraph of
            // something else. At a document's start every group's window covers a match (a
            // trigger may need the byte before a value), so a detector whose triggers miss one
            // of its pattern's forms, or whose reach misses its trigger, passes there and fails
            // everywhere else. (Not a table's columns, which a paragraph would put under no
            // header, nor a made-up marker, which holds the whole document.)
            let triedAfterProse = detector.kind != .columns && !detector.marksMadeUp
            for example in detector.matchExamples {
                checked += 1
                if try !found(example) {
                    failures.append(Failure(detector: detector.id, file: detector.file, line: detector.line,
                                            example: example, problem: "positive example not found"))
                } else if triedAfterProse, try !found(neutralParagraph + example) {
                    failures.append(Failure(detector: detector.id, file: detector.file, line: detector.line,
                                            example: example, problem: "positive example not found after a paragraph of prose"))
                }
                if detector.baseConfidence == nil, !detector.contextKeywords.isEmpty,
                   !detector.contextKeywords.contains(where: { example.lowercased().contains($0.lowercased()) }) {
                    failures.append(Failure(detector: detector.id, file: detector.file, line: detector.line,
                                            example: example, problem: "positive example has none of the detector's context keywords"))
                }
            }
            for example in detector.noMatchExamples {
                checked += 1
                if try found(example) {
                    failures.append(Failure(detector: detector.id, file: detector.file, line: detector.line,
                                            example: example, problem: "negative example was reported"))
                }
            }
        }
        return (checked, failures)
    }
}
