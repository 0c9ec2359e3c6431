import SticklerCore

extension Policy {
    /// The decision for one device; every branch says why.
    public func decide(_ input: PolicyInput) -> Decision {
        if let exemption = exemption(for: input.device) {
            return Decision(verdict: .allow, recorded: .allow, situation: .exempt,
                            reasons: ["exempt by policy: \(exemption.reason)"])
        }
        let kinds = input.volumeEncryption
        if !kinds.isEmpty && kinds.allSatisfy({ ["luks1", "luks2", "bitlocker"].contains($0) }) {
            let names = Set(kinds).sorted().joined(separator: ", ")
            return make(.encryptedVolume, ["every volume is encrypted (\(names))"])
        }
        if kinds.contains("unknown") {
            return make(.unknownEncryption, ["a volume has no recognised signature but looks encrypted (possibly VeraCrypt); not treated as compliant"])
        }
        if case .found(let names) = input.malware {
            return make(.malware, ["malware found: \(names.count) detection(s) (\(Set(names).sorted().prefix(3).joined(separator: ", ")))"])
        }
        var decision: Decision
        if let reason = input.incompleteReason {
            decision = make(.incomplete, ["the check could not finish: \(reason)"])
            decision.recorded = .incomplete
            if let summary = input.summary, summary.findings > 0 {
                decision.reasons.append("\(summary.findings) finding(s) in \(summary.filesWithFindings) file(s) before it stopped")
            }
        } else if let summary = input.summary {
            decision = decideFindings(summary)
        } else {
            decision = make(.incomplete, ["no scan result"])
            decision.recorded = .incomplete
        }
        if input.recoverableDeletedFiles > 0 {
            // Second, after what the situation is: the files are counted in the scan's totals.
            decision.reasons.insert("\(input.recoverableDeletedFiles) deleted file(s) with personal data are still recoverable from the device: "
                                    + "deleting is not secure deletion", at: min(1, decision.reasons.count))
        }
        if case .unavailable(let why) = input.malware {
            let floor = verdict(for: .virusCheckUnavailable)
            decision.reasons.append("virus check unavailable: \(why)")
            if floor > decision.verdict {
                decision.verdict = floor
                if decision.recorded != .incomplete { decision.recorded = floor }
            }
        }
        return decision
    }

    func decideFindings(_ summary: ScanSummary) -> Decision {
        let atRisk = RiskLevel.allCases.filter { $0 >= riskThreshold && $0 != .none }
            .reduce(0) { $0 + (summary.filesByRisk[$1.rawValue] ?? 0) }
        if summary.findings > 0 && atRisk >= minimumFiles && summary.highestRisk >= riskThreshold {
            return make(.personalData, [
                "readable personal data: \(atRisk) file(s) at or above \(riskThreshold.rawValue) risk (policy threshold: \(minimumFiles))",
                "\(summary.findings) finding(s), about \(summary.subjects) data subject(s), highest risk \(summary.highestRisk.rawValue)",
            ])
        }
        if summary.findings > 0 {
            return make(.lowRiskOnly, [
                "\(summary.findings) finding(s) in \(summary.filesWithFindings) file(s), highest risk \(summary.highestRisk.rawValue) (below the \(riskThreshold.rawValue) threshold)",
            ])
        }
        if summary.errors > 0 {
            // A file that could not be read (a bad cluster, a name the filesystem cannot
            // give back) may be the class list: the device was not fully checked.
            var decision = make(.incomplete, [
                "\(summary.errors) file(s) could not be read, so the device was not fully checked; no personal data in \(summary.scanned) scanned file(s)",
            ])
            decision.recorded = .incomplete
            return decision
        }
        if summary.encrypted > 0 {
            return make(.encryptedFilesOnly, [
                "no readable personal data, but \(summary.encrypted) encrypted file(s) could not be checked",
            ])
        }
        return make(.noPersonalData, ["no personal data found in \(summary.scanned) scanned file(s)"])
    }

    func make(_ situation: Situation, _ reasons: [String]) -> Decision {
        let verdict = verdict(for: situation)
        return Decision(verdict: verdict, recorded: verdict, situation: situation,
                        reasons: reasons + ["policy \(name)@\(version): \(situation.rawValue) -> \(verdict.rawValue)"])
    }

    func exemption(for device: DeviceIdentity) -> Exemption? {
        exemptions.first { exemption in
            if let serial = exemption.serial, serial == device.serial { return true }
            if let uuid = exemption.volumeUUID, device.volumeUUIDs.contains(where: { $0.caseInsensitiveCompare(uuid) == .orderedSame }) {
                return true
            }
            return false
        }
    }
}
