import SticklerCore

/// The human report: files with findings, grouped, worst first within the file's own
/// lines; skipped and error files listed briefly; a summary. Colour only on a terminal.
public final class TextWriter: ScanSink {
    let output: Output
    let colour: Bool
    let verbose: Bool
    var pending: [(Finding, String?)] = []
    var pendingOverflow = 0
    static let perFileLimit = 50

    public init(output: Output, colour: Bool, verbose: Bool = false) {
        self.output = output
        self.colour = colour
        self.verbose = verbose
    }

    func paint(_ text: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }

    func riskColour(_ level: RiskLevel) -> String {
        switch level {
        case .critical: return "1;31"
        case .high: return "31"
        case .medium: return "33"
        case .low: return "36"
        case .none: return "32"
        }
    }

    public func begin(roots: [String]) {}

    public func finding(_ finding: Finding, revealed: String?) {
        if pending.count < Self.perFileLimit { pending.append((finding, revealed)) } else { pendingOverflow += 1 }
    }

    public func file(_ result: FileResult) {
        defer { pending.removeAll(); pendingOverflow = 0 }
        if let malware = result.malware {
            output.write(paint("MALWARE ", "1;31") + result.path + " (" + malware + ")\n")
        } else if let check = result.virusCheck, check.hasPrefix("not checked: "), !check.contains("virus check unavailable") {
            output.write(paint("unchecked ", "33") + result.path + " (virus check: " + check.dropFirst(13) + ")\n")
        }
        switch result.status {
        case .scanned where result.findings == 0 && result.risk.level == .none:
            if let members = result.membersRisk {
                let count = result.membersFindings.map { "\($0) finding\($0 == 1 ? "" : "s") in its members, their" } ?? "its members'"
                output.write("\n" + paint(members.rawValue.uppercased(), riskColour(members)) + "  " + paint(result.path, "1")
                             + " (\(result.reason ?? "container"); \(count) highest risk)\n")
            } else if verbose {
                output.write(paint("ok      ", "32") + result.path + "\n")
            }
            return
        case .scanned:
            break
        case .encrypted:
            output.write(paint("locked  ", "36") + result.path + " (encrypted: \(result.encryption ?? result.reason ?? "yes"))\n")
            return
        case .skipped:
            if verbose { output.write(paint("skipped ", "2") + result.path + " (\(result.reason ?? ""))\n") }
            return
        case .error:
            output.write(paint("error   ", "1;31") + result.path + ": \(result.reason ?? "unknown error")\n")
            return
        }
        let level = result.risk.level
        output.write("\n" + paint(level.rawValue.uppercased(), riskColour(level)) + "  " + paint(result.path, "1")
                     + (result.reason.map { " (\($0))" } ?? "") + "\n") // "deleted file, recoverable"
        output.write("  \(result.findings) finding\(result.findings == 1 ? "" : "s"); " + result.risk.reasons.joined(separator: "; ") + "\n")
        for (finding, revealed) in pending {
            var where_ = finding.location.description
            if where_.isEmpty { where_ = "-" }
            var line = "  " + where_ + String(repeating: " ", count: max(0, 10 - where_.count))
            line += " " + finding.detector.padding(toLength: 22, withPad: " ", startingAt: 0)
            line += " " + finding.confidence.rawValue.padding(toLength: 6, withPad: " ", startingAt: 0)
            line += " " + (revealed ?? finding.redacted)
            if let context = finding.explanation.context { line += paint("  (\(context))", "2") }
            output.write(line + "\n")
        }
        if pendingOverflow > 0 { output.write("  … and \(pendingOverflow) more (use --format jsonl for all)\n") }
    }

    public func finish(_ summary: ScanSummary) {
        let megabytes = Double(summary.bytes) / 1_000_000
        let rate = summary.elapsedSeconds > 0 ? megabytes / summary.elapsedSeconds : 0
        output.write("\n" + paint("Summary", "1") + ": \(summary.files) files (\(summary.scanned) scanned, \(summary.encrypted) encrypted, "
                     + "\(summary.skipped) skipped, \(summary.errors) errors), "
                     + String(format: "%.1f MB in %.2f s (%.0f MB/s)\n", megabytes, summary.elapsedSeconds, rate))
        if summary.findings == 0 {
            output.write(paint("No personal data found.", "32") + "\n")
        } else {
            output.write("\(summary.findings) findings in \(summary.filesWithFindings) files; about \(summary.subjects) data subjects; highest risk: "
                         + paint(summary.highestRisk.rawValue, riskColour(summary.highestRisk)) + "\n")
            let top = summary.findingsByDetector.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }
            output.write("By detector: " + top.joined(separator: ", ") + "\n")
        }
        if let unavailable = summary.virusCheckUnavailable {
            output.write(paint("Virus check not done: ", "1;33") + unavailable + "\n")
        } else if summary.virusChecked > 0 {
            output.write("Virus check (clamd): \(summary.virusChecked) files checked, "
                         + (summary.malwareFound > 0 ? paint("\(summary.malwareFound) infected", "1;31") : "none infected") + "\n")
        }
        output.write("Values are redacted; fingerprints let the same value be counted once without storing it.\n")
        output.flush()
    }
}
