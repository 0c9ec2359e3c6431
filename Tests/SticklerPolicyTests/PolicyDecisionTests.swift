import SticklerCore
import SticklerPolicy
import XCTest

/// Situations -> verdicts under the standard policy; every decision carries reasons.
final class PolicyDecisionTests: XCTestCase {
    let policy = Policy.standard
    let stick = DeviceIdentity(vendor: "Stickler", serial: "Stickler_FakeStick_0001", bus: "usb", volumeUUIDs: ["1234-5678"])

    func summary(findings: Int = 0, byRisk: [String: Int] = [:], highest: RiskLevel = .none, encrypted: Int = 0) -> ScanSummary {
        var summary = ScanSummary()
        summary.files = 10
        summary.scanned = 10 - encrypted
        summary.encrypted = encrypted
        summary.findings = findings
        summary.filesWithFindings = byRisk.values.reduce(0, +)
        summary.filesByRisk = byRisk
        summary.highestRisk = highest
        return summary
    }

    func decide(_ encryption: [String] = ["none"], _ summary: ScanSummary? = nil, incomplete: String? = nil,
                malware: PolicyInput.Malware = .notChecked, device: DeviceIdentity? = nil) -> Decision {
        let decision = policy.decide(PolicyInput(device: device ?? stick, volumeEncryption: encryption, summary: summary,
                                                 incompleteReason: incomplete, malware: malware))
        XCTAssertFalse(decision.reasons.isEmpty)
        return decision
    }

    func testEncryptedVolumesAreAllowedWithoutAScan() {
        for kinds in [["luks1"], ["luks2"], ["bitlocker"], ["luks2", "bitlocker"]] {
            let decision = decide(kinds)
            XCTAssertEqual(decision.verdict, .allow)
            XCTAssertEqual(decision.situation, .encryptedVolume)
        }
    }

    func testUnknownEncryptionIsNotCompliant() {
        XCTAssertEqual(decide(["unknown"]).verdict, .warn)
        XCTAssertEqual(decide(["luks2", "none"], summary()).situation, .noPersonalData)
    }

    func testFindingsAgainstTheThreshold() {
        XCTAssertEqual(decide(["none"], summary()).verdict, .allow)
        let low = decide(["none"], summary(findings: 2, byRisk: ["low": 1], highest: .low))
        XCTAssertEqual(low.verdict, .warn)
        XCTAssertEqual(low.situation, .lowRiskOnly)
        let high = decide(["none"], summary(findings: 90, byRisk: ["high": 2, "low": 1], highest: .high))
        XCTAssertEqual(high.verdict, .secureDelete)
        XCTAssertEqual(high.situation, .personalData)
        XCTAssertTrue(high.reasons[0].contains("2 file(s)"), high.reasons[0])
    }

    func testRecoverableDeletedFilesAreASecondReason() {
        let input = PolicyInput(device: stick, volumeEncryption: ["none"], summary: summary(findings: 12, byRisk: ["high": 1], highest: .high),
                                recoverableDeletedFiles: 1)
        let decision = policy.decide(input)
        XCTAssertEqual(decision.situation, .personalData)
        XCTAssertTrue(decision.reasons[1].hasPrefix("1 deleted file(s) with personal data are still recoverable"), "\(decision.reasons)")
        XCTAssertFalse(decide(["none"], summary(findings: 12, byRisk: ["high": 1], highest: .high)).reasons.contains { $0.contains("recoverable") })
    }

    func testEncryptedFilesOnly() {
        let decision = decide(["none"], summary(encrypted: 1))
        XCTAssertEqual(decision.situation, .encryptedFilesOnly)
        XCTAssertEqual(decision.verdict, .warn)
    }

    func testMalwareBlocksAndUnavailableCheckRaisesToWarn() {
        XCTAssertEqual(decide(["none"], summary(), malware: .found(["Stickler.Test.EICAR"])).verdict, .block)
        let unavailable = decide(["none"], summary(), malware: .unavailable("clamd socket missing"))
        XCTAssertEqual(unavailable.verdict, .warn)
        XCTAssertTrue(unavailable.reasons.contains { $0.contains("virus check unavailable") })
    }

    func testIncompleteIsRecordedAsIncomplete() {
        let decision = decide(["none"], nil, incomplete: "device removed during the scan")
        XCTAssertEqual(decision.verdict, .warn)
        XCTAssertEqual(decision.recorded, .incomplete)
        XCTAssertEqual(decision.situation, .incomplete)
    }

    func testExemptionsBySerialAndVolumeUUID() {
        var policy = Policy.standard
        policy.exemptions = [Policy.Exemption(serial: "Stickler_FakeStick_0001", reason: "school-issued")]
        let decision = policy.decide(PolicyInput(device: stick, volumeEncryption: ["none"],
                                                 summary: summary(findings: 9, byRisk: ["high": 3], highest: .high)))
        XCTAssertEqual(decision.verdict, .allow)
        XCTAssertEqual(decision.situation, .exempt)
        XCTAssertTrue(decision.reasons[0].contains("school-issued"))
        policy.exemptions = [Policy.Exemption(volumeUUID: "1234-5678", reason: "IT office")]
        XCTAssertEqual(policy.decide(PolicyInput(device: stick, volumeEncryption: ["none"], summary: summary(findings: 9, byRisk: ["high": 3], highest: .high))).situation, .exempt)
    }
}
