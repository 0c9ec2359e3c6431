/// Community Health Index number (NHS Scotland): 10 digits, the first six the holder's
/// date of birth as DDMMYY, the ninth odd for men and even for women, the tenth a
/// modulus 11 check with the NHS number's weights (10..2; a check of 10 is never issued).
/// Source: NHS Scotland Data Dictionary, "Community Health Index (CHI) Number".
public enum CHINumber {
    public static func isValid(_ digits: [UInt8]) -> Bool {
        guard digits.count == 10, digits.allSatisfy(isDigit) else { return false }
        let day = digitValue(digits[0]) * 10 + digitValue(digits[1])
        let month = digitValue(digits[2]) * 10 + digitValue(digits[3])
        let year = digitValue(digits[4]) * 10 + digitValue(digits[5])
        // The century is not written; 2000 (00) was a leap year, so year % 4 decides 29 February.
        guard DateValue.exists(day: day, month: month, year: 2000 + year) else { return false }
        return NHSNumber.isValid(digits)
    }
}

/// Health and Care number (Northern Ireland): an NHS-style number (10 digits, modulus 11
/// with weights 10..2) from the range kept for Northern Ireland, 320 000 001 to 399 999 999
/// before the check digit. Source: NHS Digital, "NHS number" ranges.
public enum HealthAndCareNumber {
    public static func isValid(_ digits: [UInt8]) -> Bool {
        guard digits.count == 10, digits.allSatisfy(isDigit) else { return false }
        let stem = digits[0..<9].reduce(0) { $0 * 10 + digitValue($1) }
        return (320_000_001...399_999_999).contains(stem) && NHSNumber.isValid(digits)
    }
}

/// Scottish Candidate Number (SQA): 9 digits, the first two the year of issue, the last a
/// check: 11 - (sum of the first eight x 3,2,7,6,5,4,3,2 mod 11); 11 becomes 0; 10 is
/// never issued. Source: HESA data dictionary, "Scottish Candidate Number".
public enum SCN {
    static let weights = [3, 2, 7, 6, 5, 4, 3, 2]
    /// The number guides print as the format's example ("Specimen: SCN 051234561"): no one's.
    public static let publishedExamples: Set<[UInt8]> = [Array("051234561".utf8)]

    public static func checkDigit(_ first8: [UInt8]) -> Int? {
        guard first8.count == 8 else { return nil }
        var sum = 0
        for (index, byte) in first8.enumerated() { sum += digitValue(byte) * weights[index] }
        let check = 11 - sum % 11
        if check == 11 { return 0 }
        return check == 10 ? nil : check
    }

    public static func isValid(_ digits: [UInt8]) -> Bool {
        guard digits.count == 9, digits.allSatisfy(isDigit) else { return false }
        if digits.allSatisfy({ $0 == digits[0] }) { return false }
        return checkDigit(Array(digits[0..<8])) == digitValue(digits[8])
    }
}
