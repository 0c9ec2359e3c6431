import Foundation
import SticklerCore
import SticklerTesting

/// A simulated week at a school: devices plugged in at random times on school days, a
/// mix of verdicts, remediations later the same day, some sticks checked twice. It keeps
/// the totals it expects the governors' report to show.
struct WeekSimulation {
    struct Expected {
        var checks = 0
        var devices = Set<Int>()
        var verdicts: [Verdict: Int] = [:]
        var incidents = 0
        var remediations = 0
        var completed = 0
        var encrypted = Set<Int>()
        /// Devices that were held, then cleaned.
        var remediated: [Int] = []
    }

    var records: [VerdictRecord] = []
    var expected = Expected()

    /// `devices` sticks numbered from `first`, checked in the 7 days from `start`.
    init(start: Date, devices: Int, first: Int, seed: UInt64, encryptedShare: Double, cleanShare: Double) {
        var random = SeededRandom(seed: seed)
        let findingCount = AuditFixtures.sample.findings.count
        for number in first..<(first + devices) {
            let day = Int.random(in: 0..<7, using: &random)
            let time = start + Double(day * 86_400 + Int.random(in: 8..<15, using: &random) * 3600
                                      + Int.random(in: 0..<60, using: &random) * 60)
            let isEncrypted = random.chance(encryptedShare)
            let device = AuditFixtures.device(number, encrypted: isEncrypted)
            var verdict = Verdict.allow, findings = 0
            var reasons = ["encrypted volume (luks2)"]
            if !isEncrypted {
                let roll = Double.random(in: 0..<1, using: &random)
                switch roll {
                case ..<cleanShare: reasons = ["no personal data found"]
                case ..<(cleanShare + 0.2):
                    verdict = .warn; findings = Int.random(in: 2...6, using: &random)
                    reasons = ["a few low-risk findings (contact details)"]
                case ..<(cleanShare + 0.23): verdict = .incomplete; reasons = ["device removed before the check finished"]
                case ..<(cleanShare + 0.26): verdict = .readOnly; findings = 10; reasons = ["personal data; copy it to school storage"]
                case ..<0.98:
                    verdict = .secureDelete; findings = Int.random(in: 15...40, using: &random)
                    reasons = ["readable personal data on an unencrypted device", "risk above the policy threshold"]
                default: verdict = .block; reasons = ["malware: Eicar-Test-Signature (synthetic)"]
                }
            }
            let offset = findings == 0 ? 0 : Int.random(in: 0..<max(1, findingCount - findings), using: &random)
            add(AuditFixtures.record(time: time, device: device, verdict: verdict, findings: findings, offset: offset,
                                     reasons: reasons), number: number, encrypted: isEncrypted)
            if [.readOnly, .secureDelete, .block].contains(verdict) && random.chance(0.75) {
                let done = random.chance(0.9)
                let later = time + Double(Int.random(in: 1...3, using: &random) * 3600)
                add(AuditFixtures.record(time: later, device: device, verdict: done ? .allow : .warn, findings: 0,
                                         source: "remediation",
                                         reasons: [verdict == .block ? "malware removed" : "moved to school storage and securely deleted",
                                                   "re-checked"]),
                    number: number, encrypted: isEncrypted)
                if done && verdict != .block { expected.remediated.append(number) }
            } else if verdict == .allow && day < 6 && random.chance(0.15) {
                add(AuditFixtures.record(time: time + 86_400, device: device, verdict: .allow, findings: 0, reasons: reasons),
                    number: number, encrypted: isEncrypted)
            }
        }
        records.sort { $0.time < $1.time }
    }

    mutating func add(_ record: VerdictRecord, number: Int, encrypted: Bool) {
        records.append(record)
        if record.source == "remediation" {
            expected.remediations += 1
            if record.verdict == .allow { expected.completed += 1 }
            return
        }
        expected.checks += 1
        expected.devices.insert(number)
        if encrypted { expected.encrypted.insert(number) }
        expected.verdicts[record.verdict, default: 0] += 1
        if record.verdict >= .warn { expected.incidents += 1 }
    }
}
