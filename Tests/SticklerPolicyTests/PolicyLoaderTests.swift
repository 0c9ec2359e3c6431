import SticklerCore
import SticklerPolicy
import SticklerTesting
import XCTest

/// The shipped policy loads and equals the documented default; mistakes name file and line.
final class PolicyLoaderTests: XCTestCase {
    func testShippedPolicyIsTheStandardOne() throws {
        let policy = try PolicyLoader.load(file: TestSupport.rulesDirectory().appendingPathComponent("policy.yaml"))
        var expected = Policy.standard
        expected.retentionDays = 1095
        XCTAssertEqual(policy, expected)
    }

    func testSettingsAreRead() throws {
        let policy = try PolicyLoader.parse("""
            policy: strict
            version: 3
            verdicts:
              low_risk_only: secure_delete
              incomplete: secure_delete
            thresholds:
              risk: high
              files: 2
            exemptions:
              - serial: ABC
                reason: school stick
            scan:
              timeout_seconds: 60
            """, file: "strict.yaml")
        XCTAssertEqual(policy.versionString, "policy:strict@3")
        XCTAssertEqual(policy.verdict(for: .lowRiskOnly), .secureDelete)
        XCTAssertEqual(policy.verdict(for: .personalData), .secureDelete)
        XCTAssertEqual(policy.riskThreshold, .high)
        XCTAssertEqual(policy.minimumFiles, 2)
        XCTAssertEqual(policy.exemptions, [Policy.Exemption(serial: "ABC", reason: "school stick")])
        XCTAssertEqual(policy.scanTimeoutSeconds, 60)
    }

    func testEveryMistakeNamesFileAndLine() {
        let text = """
            policy: broken
            verdicts:
              personal_data: delete_it
              mystery: allow
              malware: warn
            thresholds:
              risk: enormous
            exemptions:
              - reason: no identity
              - serial: X
            colour: blue
            """
        XCTAssertThrowsError(try PolicyLoader.parse(text, file: "broken.yaml")) { error in
            let errors = (error as? PolicyErrors)?.errors ?? []
            let lines = errors.map(\.line)
            XCTAssertEqual(lines, [3, 4, 5, 7, 9, 10, 11], "\(error)")
            XCTAssertTrue(errors.allSatisfy { $0.file == "broken.yaml" })
            XCTAssertTrue("\(error)".contains("broken.yaml:3: 'delete_it' is not a verdict for personal_data"), "\(error)")
        }
    }

    func testInvalidYAMLNamesTheLine() {
        XCTAssertThrowsError(try PolicyLoader.parse("verdicts:\n  a: [\n", file: "bad.yaml")) { error in
            XCTAssertTrue("\(error)".hasPrefix("bad.yaml:"), "\(error)")
        }
    }
}
