import Yams

/// A detector entry exactly as written in YAML, with the line of each field, before
/// any validation. `RulePack` translates it into a `Detector`.
struct RawDetector {
    var line: Int
    var fields: [String: (value: Node, line: Int)] = [:]

    func string(_ key: String) -> String? { fields[key]?.value.scalar?.string }
    func line(of key: String) -> Int { fields[key]?.line ?? line }

    func strings(_ key: String) -> [String]? {
        guard let node = fields[key]?.value else { return nil }
        if let sequence = node.sequence { return sequence.compactMap { $0.scalar?.string } }
        if let scalar = node.scalar { return [scalar.string] }
        return nil
    }

    func mapping(_ key: String) -> Node.Mapping? { fields[key]?.value.mapping }

    static let knownKeys: Set<String> = [
        "id", "name", "description", "category", "subcategory", "pattern", "keywords", "columns",
        "exclude_columns", "flags", "validator", "normalize", "redact", "boundary", "confidence", "context",
        "requires_identifiers", "examples", "enabled", "export", "max_width", "triggers", "anchors_special", "value_after", "value_before", "value_until",
        "trigger_at_start", "starts_line", "value_line", "at_given_names", "not_followed_by", "not_in_role", "not_near", "not_below", "not_on_lines_of", "trusted_beside", "not_beside", "untitled_first_column", "any_cell", "any_column", "identifies_alone",
        "marks_made_up", "organisation_contact", "own_database", "span", "line_wrap",
    ]

    init(node: Node) {
        line = node.mark?.line ?? 0
        for (key, value) in node.mapping ?? [:] {
            guard let name = key.scalar?.string else { continue }
            fields[name] = (value, key.mark?.line ?? line)
        }
    }
}

extension Node.Mapping {
    func string(_ key: String) -> String? { self[key]?.scalar?.string }
    func line(of key: String, default fallback: Int) -> Int {
        for (k, _) in self where k.scalar?.string == key { return k.mark?.line ?? fallback }
        return fallback
    }
}
