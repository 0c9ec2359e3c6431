import SticklerCore
import SticklerPolicy

/// What the worker reported.
struct WorkerResult {
    var summary: ScanSummary?
    var files: [FileResult] = []
    /// The first `findingExamples` findings (redacted), as examples for the technician's report.
    var findings: [Finding] = []
    static let findingExamples = 500
    /// Set when the worker failed, timed out or was killed.
    var failure: String?

    /// What the virus check said, for the policy.
    var malware: PolicyInput.Malware {
        guard let summary else { return .notChecked }
        let signatures = files.compactMap(\.malware)
        if summary.malwareFound > 0 || !signatures.isEmpty { return .found(signatures) }
        if let reason = summary.virusCheckUnavailable { return .unavailable(reason) }
        return summary.virusChecked > 0 ? .clean : .notChecked
    }
}
