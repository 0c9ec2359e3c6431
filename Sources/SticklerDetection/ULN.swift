/// Unique Learner Number (Learning Records Service): 10 digits;
/// r = (digits 1-9 x weights 10..2) mod 11; r = 0 is invalid; else digit 10 = 10 - r.
/// Source: LRS "ULN validation" guidance.
public enum ULN {
    public static func checkDigit(_ first9: [UInt8]) -> Int? {
        guard first9.count == 9 else { return nil }
        var sum = 0
        for (index, byte) in first9.enumerated() { sum += digitValue(byte) * (10 - index) }
        let remainder = sum % 11
        return remainder == 0 ? nil : 10 - remainder
    }

    public static func isValid(_ digits: [UInt8]) -> Bool {
        guard digits.count == 10, digits.allSatisfy(isDigit), digits[0] != 48 else { return false }
        if digits.allSatisfy({ $0 == digits[0] }) { return false }
        return checkDigit(Array(digits[0..<9])) == digitValue(digits[9])
    }
}
