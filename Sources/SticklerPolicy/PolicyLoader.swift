import Foundation
import SticklerCore
import Yams

/// Reads and validates a policy file. Every mistake is reported with its file and line;
/// keys that are not set keep `Policy.standard`'s value.
public enum PolicyLoader {
    static let topLevel = ["policy", "version", "verdicts", "thresholds", "exemptions", "scan", "retention"]

    public static func load(file: URL) throws -> Policy {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw PolicyErrors(errors: [PolicyError(file: file.path, line: nil, message: "cannot read the policy file")])
        }
        return try parse(String(decoding: data, as: UTF8.self), file: file.path)
    }

    public static func parse(_ text: String, file: String) throws -> Policy {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw PolicyErrors(errors: [PolicyError(file: file, line: yamlLine(error), message: "not valid YAML: \(error)")])
        }
        guard let mapping = root?.mapping else {
            throw PolicyErrors(errors: [PolicyError(file: file, line: 1, message: "expected a mapping",
                                                    hint: "start with 'policy: NAME' and 'verdicts:'")])
        }
        let reader = Reader(file: file)
        var policy = Policy.standard
        for (key, value) in mapping {
            let name = key.scalar?.string ?? ""
            let line = key.mark?.line
            switch name {
            case "policy": policy.name = value.scalar?.string ?? policy.name
            case "version": policy.version = value.scalar?.string ?? policy.version
            case "verdicts": reader.verdicts(value, into: &policy)
            case "thresholds": reader.thresholds(value, into: &policy)
            case "exemptions": reader.exemptions(value, into: &policy)
            case "scan":
                reader.keys(value, allowed: ["timeout_seconds"]) { key, node in
                    if let seconds = reader.positiveInt(node, key: "scan.timeout_seconds") { policy.scanTimeoutSeconds = seconds }
                }
            case "retention":
                // `retention: N` (days), as the audit store reads it; `retention: {days: N}` also accepted.
                if value.scalar != nil {
                    if let days = reader.positiveInt(value, key: "retention") { policy.retentionDays = days }
                } else {
                    reader.keys(value, allowed: ["days"]) { key, node in
                        if let days = reader.positiveInt(node, key: "retention.days") { policy.retentionDays = days }
                    }
                }
            default:
                reader.fail(line, "unknown key '\(name)'", hint: "expected one of: \(topLevel.joined(separator: ", "))")
            }
        }
        guard reader.errors.isEmpty else { throw PolicyErrors(errors: reader.errors) }
        return policy
    }

    static func yamlLine(_ error: Error) -> Int? {
        if case let YamlError.scanner(_, _, mark, _) = error { return mark.line }
        if case let YamlError.parser(_, _, mark, _) = error { return mark.line }
        if case let YamlError.composer(_, _, mark, _) = error { return mark.line }
        return nil
    }

    /// Walks the document, collecting errors instead of stopping at the first.
    final class Reader {
        let file: String
        init(file: String) { self.file = file }
        var errors: [PolicyError] = []

        func fail(_ line: Int?, _ message: String, hint: String? = nil) {
            errors.append(PolicyError(file: file, line: line, message: message, hint: hint))
        }

        func keys(_ node: Node, allowed: [String], _ body: (String, Node) -> Void) {
            guard let mapping = node.mapping else { return fail(node.mark?.line, "expected a mapping") }
            for (key, value) in mapping {
                let name = key.scalar?.string ?? ""
                guard allowed.contains(name) else {
                    fail(key.mark?.line, "unknown key '\(name)'", hint: "expected one of: \(allowed.joined(separator: ", "))")
                    continue
                }
                body(name, value)
            }
        }

        func positiveInt(_ node: Node, key: String) -> Int? {
            guard let text = node.scalar?.string, let value = Int(text), value > 0 else {
                fail(node.mark?.line, "\(key) must be a positive whole number")
                return nil
            }
            return value
        }

        func verdicts(_ node: Node, into policy: inout Policy) {
            let names = Situation.configurable.map(\.rawValue)
            keys(node, allowed: names) { name, value in
                let situation = Situation(rawValue: name)!
                guard let text = value.scalar?.string, let verdict = Verdict(rawValue: text), verdict != .incomplete else {
                    let options = Verdict.allCases.filter { $0 != .incomplete }.map(\.rawValue).joined(separator: ", ")
                    fail(value.mark?.line, "'\(value.scalar?.string ?? "?")' is not a verdict for \(name)", hint: "use one of: \(options)")
                    return
                }
                if situation == .malware && verdict < .secureDelete {
                    fail(value.mark?.line, "malware must keep the device held", hint: "use secure_delete or block")
                    return
                }
                policy.verdicts[situation] = verdict
            }
        }

        func thresholds(_ node: Node, into policy: inout Policy) {
            keys(node, allowed: ["risk", "files"]) { name, value in
                if name == "risk" {
                    guard let text = value.scalar?.string, let level = RiskLevel(rawValue: text), level != .none else {
                        fail(value.mark?.line, "thresholds.risk must be low, medium, high or critical")
                        return
                    }
                    policy.riskThreshold = level
                } else if let files = positiveInt(value, key: "thresholds.files") {
                    policy.minimumFiles = files
                }
            }
        }

        func exemptions(_ node: Node, into policy: inout Policy) {
            guard let list = node.sequence else { return fail(node.mark?.line, "exemptions must be a list") }
            for entry in list {
                var exemption = Policy.Exemption(reason: "")
                keys(entry, allowed: ["serial", "volume_uuid", "reason"]) { name, value in
                    let text = value.scalar?.string
                    switch name {
                    case "serial": exemption.serial = text
                    case "volume_uuid": exemption.volumeUUID = text
                    default: exemption.reason = text ?? ""
                    }
                }
                if exemption.serial == nil && exemption.volumeUUID == nil {
                    fail(entry.mark?.line, "an exemption needs 'serial' or 'volume_uuid'")
                } else if exemption.reason.isEmpty {
                    fail(entry.mark?.line, "an exemption needs a 'reason'", hint: "say why, e.g. school-issued encrypted stick")
                } else {
                    policy.exemptions.append(exemption)
                }
            }
        }
    }
}
