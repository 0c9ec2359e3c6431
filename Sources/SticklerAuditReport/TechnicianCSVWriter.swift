import SticklerAudit

/// One row per finding (redacted), and one per file without findings, for a spreadsheet:
/// `scan,time,verdict,file,status,file_findings,risk,detector,category,confidence,location,redacted`.
/// RFC 4180 quoting; a cell that a spreadsheet would run as a formula is prefixed with `'`.
public enum TechnicianCSVWriter {
    public static let header = ["scan", "time", "verdict", "file", "status", "file_findings", "risk", "detector",
                                "category", "confidence", "location", "redacted"]

    public static func render(_ detail: TechnicianDetail) -> String {
        var out = line(header)
        for scan in detail.scans {
            let findings = Dictionary(grouping: detail.findings.filter { $0.scanID == scan.id }, by: \.path)
            for file in detail.files where file.scanID == scan.id {
                let common = ["\(scan.id)", scan.time, scan.verdict, file.path, file.status, "\(file.findings)", file.risk]
                let list = findings[file.path] ?? []
                if list.isEmpty {
                    out += line(common + ["", "", "", "", ""])
                }
                for finding in list {
                    out += line(common + [finding.detector, finding.category, finding.confidence, finding.location, finding.redacted])
                }
            }
        }
        return out
    }

    static func line(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ",") + "\r\n"
    }

    static func cell(_ value: String) -> String {
        var value = value
        if let first = value.first, "=+-@".contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
