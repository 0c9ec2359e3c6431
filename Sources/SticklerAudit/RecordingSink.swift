import SticklerCore

/// A `ScanSink` that passes everything on to another sink (the user's chosen output) and
/// keeps the file results and findings for the audit store. It drops `revealed`: a raw
/// value never reaches the store, even under `--reveal`.
public final class RecordingSink: ScanSink {
    let inner: ScanSink?
    public private(set) var roots: [String] = []
    public private(set) var files: [FileResult] = []
    public private(set) var findings: [Finding] = []
    public private(set) var summary = ScanSummary()

    public init(forwardingTo inner: ScanSink? = nil) { self.inner = inner }

    public func begin(roots: [String]) {
        self.roots = roots
        inner?.begin(roots: roots)
    }

    public func finding(_ finding: Finding, revealed: String?) {
        findings.append(finding)
        inner?.finding(finding, revealed: revealed)
    }

    public func file(_ result: FileResult) {
        files.append(result)
        inner?.file(result)
    }

    public func finish(_ summary: ScanSummary) {
        self.summary = summary
        inner?.finish(summary)
    }

    /// A folder scan's verdict: `block` when the virus check found malware, `warn` when
    /// personal data was found, else `allow`, with reasons
    /// from the risk summary (counts, highest risk, the riskiest files' reasons).
    public func folderVerdict() -> (verdict: Verdict, reasons: [String]) {
        if summary.malwareFound > 0 {
            let names = Set(files.compactMap(\.malware)).sorted()
            return (.block, ["malware found in \(summary.malwareFound) files: \(names.joined(separator: ", "))"])
        }
        guard summary.findings > 0 else {
            var reasons = ["no personal data found in \(summary.files) files"]
            if summary.encrypted > 0 { reasons.append("\(summary.encrypted) encrypted files could not be read") }
            return (.allow, reasons)
        }
        var reasons = ["\(summary.findings) findings in \(summary.filesWithFindings) of \(summary.files) files",
                       "highest risk \(summary.highestRisk.rawValue); about \(summary.subjects) data subjects"]
        let risky = files.filter { $0.risk.level == summary.highestRisk }.flatMap(\.risk.reasons)
        var seen = Set<String>()
        for reason in risky where seen.insert(reason).inserted { reasons.append(reason) }
        return (.warn, Array(reasons.prefix(6)))
    }
}
