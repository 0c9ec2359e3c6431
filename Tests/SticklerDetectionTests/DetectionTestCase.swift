import SticklerCore
@testable import SticklerDetection
import SticklerTesting
import XCTest

/// What the detection tests share: one engine (building it compiles every pack) and a scan
/// that returns each found value's confidence.
class DetectionTestCase: XCTestCase {
    static var sharedEngine: Engine?
    var engine: Engine {
        get throws {
            if let engine = Self.sharedEngine { return engine }
            let engine = try TestSupport.engine()
            Self.sharedEngine = engine
            return engine
        }
    }

    /// Confidence per raw value (`--reveal`, in the test only), at `low` and above.
    /// (`formLike`: a word processor's table, whose first row may be a label and its value.)
    /// (A place's postcode or landline alone is reported as its detector found it, not held
    /// at low as a scan holds it: `ScanOptions.holdsPlaces`, tested on its own.)
    func found(_ text: String, delimiter: UInt8? = nil, formLike: Bool = false) throws -> [String: Confidence] {
        var options = ScanOptions(minConfidence: .low, reveal: true)
        options.holdsPlaces = false
        let scanner = try DocumentScanner(engine: engine, options: options)
        var found: [String: Confidence] = [:]
        _ = try scanner.scan(text: text, document: DocumentDescription(path: "doc", delimiter: delimiter, formLike: formLike)) { event in
            found[event.value ?? ""] = event.finding.confidence
        }
        return found
    }
}
