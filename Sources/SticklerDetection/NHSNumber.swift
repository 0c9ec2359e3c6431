/// NHS number (England, Wales, Isle of Man): 10 digits; weights 10..2 on the first
/// nine; check = 11 - (sum mod 11); 11 becomes 0; 10 is never issued (invalid).
/// Source: NHS Data Dictionary, "NHS NUMBER".
public enum NHSNumber {
    /// NHS Digital's published example, 943 476 5919: in its guides, forms' hints and lessons
    /// on check digits, no one's number.
    public static let publishedExamples: Set<[UInt8]> = [Array("9434765919".utf8)]

    /// Whether the number is in the range reserved for test and demonstration data, 999 000 0000
    /// to 999 999 9999: valid by the checksum, never issued to a patient (a supplier's training
    /// system, an INSET scenario's "NHS no. 999 000 0077").
    public static func isTestNumber(_ digits: [UInt8]) -> Bool {
        digits.count == 10 && digits.starts(with: "999".utf8)
    }

    public static func checkDigit(_ first9: [UInt8]) -> Int? {
        guard first9.count == 9 else { return nil }
        var sum = 0
        for (index, byte) in first9.enumerated() { sum += digitValue(byte) * (10 - index) }
        let check = 11 - sum % 11
        if check == 11 { return 0 }
        if check == 10 { return nil }
        return check
    }

    public static func isValid(_ digits: [UInt8]) -> Bool {
        guard digits.count == 10, digits.allSatisfy(isDigit) else { return false }
        // All-same-digit numbers pass the checksum but are never issued.
        if digits.allSatisfy({ $0 == digits[0] }) { return false }
        return checkDigit(Array(digits[0..<9])) == digitValue(digits[9])
    }
}
