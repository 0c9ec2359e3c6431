import SticklerCore

/// The JSON objects of the machine formats, shared by JSON Lines and JSON writers.
public enum Records {
    /// A finding's record, appended to `out` (records of a batch in one buffer): its fields are
    /// sized, then written through a pointer into that much space (`JSONFields`).
    public static func finding(_ finding: Finding, revealed: String?, typed: Bool = true, appendingTo out: inout [UInt8]) {
        func fields(_ object: inout JSONFields) {
            if typed { object.add("type", plain: "finding") }
            object.add("path", finding.path)
            object.add("detector", finding.detector)
            object.add("category", plain: finding.category.rawValue)
            object.add("confidence", plain: finding.confidence.rawValue)
            object.add("line", finding.location.line)
            object.add("offset", finding.location.offset)
            object.add("redacted", finding.redacted)
            object.add("fingerprint", plain: finding.fingerprint)
            object.add("value", revealed)
            object.add("subcategory", finding.subcategory)
            object.add("page", finding.location.page)
            object.add("cell", finding.location.cell)
            object.add("column", finding.location.column)
            object.add("validator", finding.explanation.validator)
            object.add("context", finding.explanation.context)
        }
        var size = JSONFields(measuring: ())
        fields(&size)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: size.count) { space in
            var object = JSONFields(space.baseAddress!)
            fields(&object)
            out.append(contentsOf: UnsafeBufferPointer(start: space.baseAddress!, count: object.close()))
        }
    }

    public static func file(_ result: FileResult, typed: Bool = true) -> JSONObject {
        var object = JSONObject()
        if typed { object.add("type", "file") }
        object.add("path", result.path)
        object.add("status", result.status.rawValue)
        object.add("reason", result.reason)
        object.add("bytes", result.bytes)
        object.add("findings", result.findings)
        object.add("risk", result.risk.level.rawValue)
        object.add("members_risk", result.membersRisk?.rawValue)
        object.add("members_findings", result.membersFindings)
        object.add("encryption", result.encryption)
        object.add("format", result.format)
        object.add("virus_check", result.virusCheck)
        object.add("malware", result.malware)
        if result.risk.level != .none || !result.risk.reasons.isEmpty { // (at none: a place's postcode, saying so)
            object.add("subjects", result.risk.subjects)
            object.add("categories", strings: result.risk.categories.map(\.rawValue))
            object.add("risk_reasons", strings: result.risk.reasons)
        }
        return object
    }

    public static func summary(_ summary: ScanSummary, typed: Bool = true) -> JSONObject {
        var object = JSONObject()
        if typed { object.add("type", "summary") }
        object.add("files", summary.files)
        object.add("scanned", summary.scanned)
        object.add("encrypted", summary.encrypted)
        object.add("skipped", summary.skipped)
        object.add("errors", summary.errors)
        object.add("bytes", summary.bytes)
        object.add("findings", summary.findings)
        object.add("files_with_findings", summary.filesWithFindings)
        object.add("subjects", summary.subjects)
        object.add("highest_risk", summary.highestRisk.rawValue)
        object.add("by_detector", counts: summary.findingsByDetector)
        object.add("files_by_risk", counts: summary.filesByRisk)
        object.add("elapsed_seconds", summary.elapsedSeconds)
        if summary.virusChecked > 0 || summary.virusCheckUnavailable != nil {
            object.add("virus_checked", summary.virusChecked)
            object.add("malware_found", summary.malwareFound)
            object.add("virus_check_unavailable", summary.virusCheckUnavailable)
        }
        return object
    }
}
