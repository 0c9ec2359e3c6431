import ArgumentParser
import Foundation
import SticklerDetection

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Check, list, test and export rule packs.",
        subcommands: [RulesCheck.self, RulesList.self, RulesTest.self, RulesExport.self])
}

struct RulesCheck: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Validate rule packs: fields, patterns, validators, ids.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Rule directory or files (default: the installed rules).")
    var paths: [String] = []

    func run() throws {
        var files: [URL] = []
        for path in paths.isEmpty ? [global.rulesDirectory().path] : paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                warn("stickler: \(path): no such file or directory")
                throw ExitCode(2)
            }
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                files += names.filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !$0.hasPrefix("policy") }.sorted()
                    .map { URL(fileURLWithPath: path).appendingPathComponent($0) }
            } else {
                files.append(URL(fileURLWithPath: path))
            }
        }
        do {
            let pack = try RulePack.load(files: files)
            _ = try Engine(pack: pack, fingerprinter: Fingerprinter(key: .init(bytes: Array(repeating: 0, count: 32))))
            print("ok: \(pack.detectors.count) detectors in \(files.count) files (\(pack.versions.joined(separator: ", ")))")
        } catch let error as RuleErrors {
            warn(error.description)
            throw ExitCode(2)
        }
    }
}

struct RulesList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the detectors.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let pack = try global.loadPack()
        for detector in pack.detectors {
            let confidence = detector.baseConfidence.map { "\($0.rawValue)/\(detector.contextConfidence.rawValue)" } ?? "context required/\(detector.contextConfidence.rawValue)"
            print("\(detector.id.padding(toLength: 22, withPad: " ", startingAt: 0)) \(detector.category.rawValue.padding(toLength: 17, withPad: " ", startingAt: 0)) \(confidence.padding(toLength: 24, withPad: " ", startingAt: 0)) \(detector.name)")
        }
    }
}

struct RulesTest: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "test", abstract: "Run every detector's own positive and negative examples.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let pack = try global.loadPack()
        let engine = try Engine(pack: pack, fingerprinter: Fingerprinter(key: .init(bytes: Array(repeating: 7, count: 32))))
        let (checked, failures) = try RuleExamples.run(engine: engine)
        for failure in failures { print("FAIL \(failure)") }
        print("\(checked - failures.count) passed, \(failures.count) failed")
        if !failures.isEmpty { throw ExitCode(1) }
    }
}

struct RulesExport: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Export the detectors' patterns, one per line (for ripgrep and other tools).")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Plain regular expressions, one per line (the only format for now).")
    var regex = false

    func run() throws {
        let pack = try global.loadPack()
        for detector in pack.detectors where detector.exported {
            if case .pattern(let pattern) = detector.kind {
                print(Self.asciiOnly(Self.oneLine(detector.flags.contains("caseless") ? "(?i)" + pattern : pattern)))
            }
        }
    }

    /// A line wrap a pattern allows in place of a space (`(?: |\r?\n)`, `[ \n]`: a name that a
    /// newsletter's line wrap splits) as the space alone: ripgrep reads a line at a time and
    /// refuses a pattern that names a line break.
    static func oneLine(_ pattern: String) -> String {
        pattern.replacingOccurrences(of: "(?: |\\r?\\n)", with: " ").replacingOccurrences(of: "[ \\n]", with: " ")
    }

    /// Letters beyond ASCII ("Ó", "Ní" in the name patterns) as their UTF-8 bytes, `\xC3\x93`:
    /// the patterns match bytes, as ripgrep's `--no-unicode` does, which refuses them as letters.
    static func asciiOnly(_ pattern: String) -> String {
        var out = ""
        for scalar in pattern.unicodeScalars {
            if scalar.isASCII { out.unicodeScalars.append(scalar) } else {
                out += String(scalar).utf8.map { String(format: "\\x%02X", $0) }.joined()
            }
        }
        return out
    }
}

import SticklerCrypto
