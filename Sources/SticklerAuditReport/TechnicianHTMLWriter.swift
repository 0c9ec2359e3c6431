import Foundation
import SticklerAudit

/// The technician's report for one scan or one device: who and what, the verdict and its
/// reasons, detectors and counts, files, redacted examples, incidents and remediations.
/// It shows paths and serials (technicians need them) but only redacted values.
public enum TechnicianHTMLWriter {
    /// Redacted examples shown per detector, so that a large scan stays readable.
    public static let examplesPerDetector = 5

    public static func render(_ detail: TechnicianDetail) -> String {
        let e = HTMLPage.escape
        let title = detail.subject == .scan ? "Scan \(detail.id)" : "Device \(detail.id)\(detail.device.map { ": " + $0.name } ?? "")"
        var body = "<header><h1>Technician report: \(e(title))</h1><p class=\"sub\">"
        if let first = detail.scans.first {
            body += detail.subject == .scan ? "Checked \(e(HTMLPage.shortTime(first.time))) by \(e(first.source))"
                : "\(detail.scans.count) checks from \(e(HTMLPage.shortTime(first.time))) to \(e(HTMLPage.shortTime(detail.scans.last!.time)))"
        }
        body += "</p></header>"
        if detail.purged {
            body += "<p class=\"note\">Some file-level details were removed by the retention policy; totals, verdicts, incidents and remediations are kept.</p>"
        }
        if let device = detail.device { body += deviceSection(device) }
        body += detail.subject == .scan ? scanSection(detail.scans[0]) : scansSection(detail.scans)
        body += detectorSection(detail)
        body += filesSection(detail)
        body += examplesSection(detail)
        body += incidentSection(detail)
        body += "<footer>Stickler technician report · values are shown redacted only · keep this report with the incident record</footer>"
        return HTMLPage.document(title: "Stickler: \(title)", body: body)
    }

    static func verdictBadge(_ verdict: String) -> String {
        "<span class=\"verdict\" style=\"background:\(Palette.verdictColour(verdict))\">\(HTMLPage.escape(Palette.verdictLabel(verdict)))</span>"
    }

    static func deviceSection(_ device: DeviceRow) -> String {
        let e = HTMLPage.escape
        var rows: [(String, String)] = [("Device", "\(device.id): \(device.name)"), ("Serial", device.serial ?? "none reported"),
                                         ("Bus", device.bus ?? "unknown"), ("First seen", HTMLPage.shortTime(device.firstSeen))]
        if let size = device.sizeBytes { rows.append(("Size", String(format: "%.1f GB", Double(size) / 1e9))) }
        if !device.labels.isEmpty { rows.append(("Volume labels", device.labels.joined(separator: ", "))) }
        if !device.volumeUUIDs.isEmpty { rows.append(("Volume UUIDs", device.volumeUUIDs.joined(separator: ", "))) }
        return "<section><h2>Device</h2><table>" + rows.map { "<tr><th>\(e($0.0))</th><td>\(e($0.1))</td></tr>" }.joined()
            + "</table></section>"
    }

    static func scanSection(_ scan: ScanRow) -> String {
        let e = HTMLPage.escape
        var html = "<section><h2>Verdict and reasons</h2><p>\(verdictBadge(scan.verdict))</p><ul>"
        html += scan.reasons.map { "<li>\(e($0))</li>" }.joined() + "</ul><table>"
        var rows: [(String, String)] = [("Time", HTMLPage.shortTime(scan.time)), ("Source", scan.source),
            ("Files", "\(scan.files) (\(scan.scanned) scanned, \(scan.encrypted) encrypted, \(scan.skipped) skipped, \(scan.errors) errors)"),
            ("Findings", "\(scan.findings) in \(scan.filesWithFindings) files; about \(scan.subjects) data subjects; highest risk \(scan.highestRisk)"),
            ("Device encryption", scan.encryption ?? "none"), ("Rule packs", scan.ruleVersions.joined(separator: ", "))]
        if let roots = scan.roots { rows.append(("Scanned", roots.joined(separator: ", "))) }
        if let host = scan.host {
            rows.append(("Who", [scan.user.map { "user \($0)" }, "host \(host)", scan.session.map { "session \($0)" }]
                .compactMap { $0 }.joined(separator: ", ")))
        }
        html += rows.map { "<tr><th>\(e($0.0))</th><td>\(e($0.1))</td></tr>" }.joined()
        return html + "</table></section>"
    }

    static func scansSection(_ scans: [ScanRow]) -> String {
        let e = HTMLPage.escape
        var html = "<section><h2>Checks of this device</h2><table class=\"compact\"><tr><th>Scan</th><th>Time (UTC)</th><th>Source</th>"
            + "<th>Verdict</th><th>Reasons</th><th class=\"n\">Findings</th><th>Encryption</th><th>Who</th></tr>"
        for scan in scans {
            html += "<tr><td>\(scan.id)</td><td>\(e(HTMLPage.shortTime(scan.time).replacingOccurrences(of: " UTC", with: "")))</td><td>\(e(scan.source))</td>"
                + "<td>\(verdictBadge(scan.verdict))</td><td>\(e(scan.reasons.joined(separator: "; ")))</td>"
                + "<td class=\"n\">\(scan.findings)</td><td>\(e(scan.encryption ?? "none"))</td>"
                + "<td>\(e([scan.user, scan.host].compactMap { $0 }.joined(separator: "@")))</td></tr>"
        }
        return html + "</table></section>"
    }

    static func detectorSection(_ detail: TechnicianDetail) -> String {
        let counts = detail.findingsByDetector
        guard !counts.isEmpty else { return "<section><h2>Detectors</h2><p>No personal data was found.</p></section>" }
        let bars = counts.prefix(12).map { (label: $0.detector, value: $0.count, colour: "#1565c0") }
        return "<section><h2>Detectors</h2>" + SVGChart.horizontalBars(Array(bars), title: "Findings by detector")
            + "<table><tr><th>Detector</th><th class=\"n\">Findings</th></tr>"
            + counts.map { "<tr><td><code>\(HTMLPage.escape($0.detector))</code></td><td class=\"n\">\($0.count)</td></tr>" }.joined()
            + "</table></section>"
    }

    static func filesSection(_ detail: TechnicianDetail) -> String {
        let e = HTMLPage.escape
        guard !detail.files.isEmpty else { return "" }
        let files = detail.files.sorted { ($0.findings, $1.path) > ($1.findings, $0.path) }
        var html = "<section><h2>Files</h2><table><tr><th>File</th><th>Status</th><th class=\"n\">Findings</th>"
            + "<th>Risk</th><th>Why</th></tr>"
        for file in files {
            var why = file.riskReasons.isEmpty ? (file.reason ?? file.encryption ?? "") : file.riskReasons.joined(separator: "; ")
            if let malware = file.malware { why = "malware: \(malware)" + (why.isEmpty ? "" : "; " + why) }
            html += "<tr><td class=\"mono\">\(e(file.path))</td><td>\(e(file.status))</td><td class=\"n\">\(file.findings)</td>"
                + "<td>\(e(file.risk))</td><td>\(e(why))</td></tr>"
        }
        return html + "</table></section>"
    }

    static func examplesSection(_ detail: TechnicianDetail) -> String {
        let e = HTMLPage.escape
        guard !detail.findings.isEmpty else { return "" }
        var shown: [String: Int] = [:]
        var html = "<section><h2>Redacted examples</h2><p class=\"note\">Up to \(examplesPerDetector) per detector; "
            + "the JSON and CSV reports list every finding.</p><table><tr><th>File</th><th>Where</th><th>Detector</th>"
            + "<th>Confidence</th><th>Value (redacted)</th><th>Why</th></tr>"
        for finding in detail.findings {
            shown[finding.detector, default: 0] += 1
            guard shown[finding.detector]! <= examplesPerDetector else { continue }
            let why = [finding.validator.map { "validated: \($0)" }, finding.context.map { "context: \($0)" }]
                .compactMap { $0 }.joined(separator: "; ")
            html += "<tr><td class=\"mono\">\(e(finding.path))</td><td>\(e(finding.location))</td><td><code>\(e(finding.detector))</code></td>"
                + "<td>\(e(finding.confidence))</td><td class=\"mono\">\(e(finding.redacted))</td><td>\(e(why))</td></tr>"
        }
        return html + "</table></section>"
    }

    static func incidentSection(_ detail: TechnicianDetail) -> String {
        let e = HTMLPage.escape
        var html = "<section><h2>Incidents and remediations</h2>"
        if detail.incidents.isEmpty && detail.remediations.isEmpty { return html + "<p>None recorded.</p></section>" }
        html += "<table><tr><th>Incident</th><th>Time</th><th>Verdict</th><th>Category</th><th>Severity</th><th>Remediation</th></tr>"
        for incident in detail.incidents {
            let fixes = detail.remediations.filter { $0.incidentID == incident.id }
            let fixed = fixes.isEmpty ? "<span class=\"bad\">open</span>"
                : fixes.map { "\(e($0.outcome)) \(e(HTMLPage.shortTime($0.time))): \(e($0.action))" }.joined(separator: "<br>")
            html += "<tr><td>\(incident.id)</td><td class=\"nowrap\">\(e(HTMLPage.shortTime(incident.time)))</td><td>\(verdictBadge(incident.verdict))</td>"
                + "<td>\(e(IncidentCategory.label(incident.category)))</td><td>\(e(incident.severity))</td><td>\(fixed)</td></tr>"
        }
        html += "</table>"
        let unlinked = detail.remediations.filter { r in !detail.incidents.contains { $0.id == r.incidentID } }
        if !unlinked.isEmpty {
            html += "<h3>Remediations</h3><table><tr><th>Time</th><th>Action</th><th>Detail</th><th>Outcome</th><th class=\"n\">Files</th></tr>"
            html += unlinked.map { "<tr><td>\(e(HTMLPage.shortTime($0.time)))</td><td>\(e($0.action))</td><td>\(e($0.detail))</td><td>\(e($0.outcome))</td><td class=\"n\">\($0.files)</td></tr>" }.joined()
            html += "</table>"
        }
        return html + "</section>"
    }
}
