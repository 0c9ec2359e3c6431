/// GB driving licence number (DVLA): 16 characters - surname (5, padded with 9), decade
/// digit, month (01-12, or 51-62 for women), day (01-31), year digit, 2 initials (padded
/// with 9), 1 arbitrary digit, 2 check characters. Issue digits after it are not part.
public enum DrivingLicence {
    /// The number the DVLA's specimen licence prints (Sarah Meredyth Morgan's), copied into
    /// guides and training ("Example (specimen from DVLA guidance)", round 1067's): no one's.
    public static let specimens: Set<[UInt8]> = [Array("MORGA657054SM9IJ".utf8)]

    public static func isValid(_ value: [UInt8]) -> Bool {
        guard value.count == 16, !specimens.contains(value) else { return false }
        let surname = value[0..<5]
        guard isUpper(surname.first!) else { return false }
        // Letters, then only 9s as padding.
        var padding = false
        for byte in surname {
            if byte == 57 { padding = true } else if isUpper(byte) { if padding { return false } } else { return false }
        }
        guard value[5...10].allSatisfy(isDigit) else { return false }
        let month = digitValue(value[6]) * 10 + digitValue(value[7])
        guard (1...12).contains(month) || (51...62).contains(month) else { return false }
        let day = digitValue(value[8]) * 10 + digitValue(value[9])
        guard (1...31).contains(day) else { return false }
        guard isUpper(value[11]), isUpper(value[12]) || value[12] == 57 else { return false }
        guard isDigit(value[13]) else { return false }
        return value[14...15].allSatisfy { isUpper($0) || isDigit($0) }
    }
}
