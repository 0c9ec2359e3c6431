/// HMRC Unique Taxpayer Reference: 10 digits, the first is the check digit:
/// "21987654321"[sum(digits 2-10 x 6,7,8,9,10,5,4,3,2) mod 11].
public enum UTR {
    static let weights = [6, 7, 8, 9, 10, 5, 4, 3, 2]
    static let table = Array("21987654321".utf8)

    public static func checkDigit(_ last9: [UInt8]) -> UInt8? {
        guard last9.count == 9 else { return nil }
        var sum = 0
        for (index, byte) in last9.enumerated() { sum += digitValue(byte) * weights[index] }
        return table[sum % 11]
    }

    public static func isValid(_ digits: [UInt8]) -> Bool {
        guard digits.count == 10, digits.allSatisfy(isDigit) else { return false }
        if Set(digits).count == 1 { return false }
        return checkDigit(Array(digits[1...])) == digits[0]
    }
}
