import Foundation
import SticklerCore
import Vectorscan
import Yams

/// Every detector from one or more YAML files, validated.
public struct RulePack: Sendable, Codable {
    public var detectors: [Detector]
    /// `name@version` of each file, for the audit trail.
    public var versions: [String]

    public init(detectors: [Detector], versions: [String]) {
        self.detectors = detectors
        self.versions = versions
    }

    /// Loads every `*.yaml`/`*.yml` rule file in `directory` (the policy file is skipped).
    /// All mistakes in all files are reported together.
    public static func load(directory: URL) throws -> RulePack {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: directory.path) else {
            throw RuleErrors(errors: [RuleError(file: directory.path, line: nil,
                                                message: "cannot read the rules directory",
                                                hint: "pass --rules DIR or install rule packs in /etc/stickler/rules")])
        }
        let files = names.filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !$0.hasPrefix("policy") }
            .sorted().map { directory.appendingPathComponent($0) }
        return try load(files: files)
    }

    public static func load(files: [URL]) throws -> RulePack {
        let contents = files.map { FileManager.default.contents(atPath: $0.path) }
        let cache = PackCache(files: files, contents: contents)
        if let pack = cache?.load() { return pack }
        let pack = try parse(files: files, contents: contents)
        cache?.store(pack)
        return pack
    }

    static func parse(files: [URL], contents: [Data?]) throws -> RulePack {
        var errors: [RuleError] = []
        var detectors: [Detector] = []
        var versions: [String] = []
        for (file, data) in zip(files, contents) {
            guard let data, let text = String(data: data, encoding: .utf8) else {
                errors.append(RuleError(file: file.path, line: nil, message: "cannot read file as UTF-8"))
                continue
            }
            do {
                let (found, version) = try parse(text, file: file.path)
                detectors += found
                versions.append(version)
            } catch let error as RuleErrors {
                errors += error.errors
            }
        }
        var seen: [String: Detector] = [:]
        for detector in detectors {
            if let first = seen[detector.id] {
                errors.append(RuleError(file: detector.file, line: detector.line,
                                        message: "duplicate detector id '\(detector.id)'",
                                        hint: "already defined at \(first.file):\(first.line); ids must be unique"))
            }
            seen[detector.id] = detector
        }
        if detectors.isEmpty && errors.isEmpty {
            errors.append(RuleError(file: files.first?.deletingLastPathComponent().path ?? "rules", line: nil,
                                    message: "no detectors found", hint: "a rule file needs a 'detectors:' list"))
        }
        guard errors.isEmpty else { throw RuleErrors(errors: errors) }
        return RulePack(detectors: detectors, versions: versions)
    }

    /// Parses one YAML rule file.
    public static func parse(_ text: String, file: String) throws -> (detectors: [Detector], version: String) {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw RuleErrors(errors: [RuleError(file: file, line: yamlErrorLine(error),
                                                message: "not valid YAML: \(error)")])
        }
        guard let mapping = root?.mapping else {
            throw RuleErrors(errors: [RuleError(file: file, line: 1, message: "expected a mapping with 'pack' and 'detectors'")])
        }
        let pack = mapping.string("pack") ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let version = "\(pack)@\(mapping.string("version") ?? "0")"
        guard let list = mapping["detectors"]?.sequence else {
            throw RuleErrors(errors: [RuleError(file: file, line: 1, message: "missing 'detectors' list",
                                                hint: "write 'detectors:' followed by '- id: ...' entries")])
        }
        var errors: [RuleError] = []
        var detectors: [Detector] = []
        for node in list {
            let raw = RawDetector(node: node)
            do {
                var translator = DetectorTranslator(raw: raw, file: file)
                detectors.append(try translator.translate())
            } catch let error as RuleErrors {
                errors += error.errors
            }
        }
        guard errors.isEmpty else { throw RuleErrors(errors: errors) }
        return (detectors, version)
    }

    static func yamlErrorLine(_ error: Error) -> Int? {
        if case let YamlError.scanner(_, _, mark, _) = error { return mark.line }
        if case let YamlError.parser(_, _, mark, _) = error { return mark.line }
        if case let YamlError.composer(_, _, mark, _) = error { return mark.line }
        return nil
    }

    public func detector(id: String) -> Detector? { detectors.first { $0.id == id } }
}
