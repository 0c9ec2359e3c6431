/// Payment card numbers (ISO/IEC 7812): 13-19 digits, Luhn check, a known issuer prefix,
/// and a digit-histogram filter against filler numbers: rejected where one digit
/// appears more than 7 times, or two digits more than 5 times each.
public enum PaymentCard {
    /// Card schemes' and payment providers' published test numbers (Stripe's, Adyen's, the
    /// schemes' own), as a sandbox's settings or a lesson on Luhn copies them.
    public static let publishedTestNumbers: Set<[UInt8]> = Set([
        "4111111111111111", "4242424242424242", "4012888888881881", "4000056655665556", "4000002500003155",
        "5555555555554444", "5105105105105100", "2223003122003222", "5200828282828210", "378282246310005",
        "371449635398431", "378734493671000", "6011111111111117", "6011000990139424", "3530111333300000",
        "3566002020360505", "30569309025904", "38520000023237", "6200000000000005", "4222222222222",
        // The worked examples of Luhn tutorials, copied into worksheets (rounds 720, 767, 780, 783).
        "4539148803436467", "4532015112830366",
    ].map { Array($0.utf8) })

    public static func luhn(_ digits: [UInt8]) -> Bool {
        var sum = 0
        for (index, byte) in digits.reversed().enumerated() {
            var value = digitValue(byte)
            if index % 2 == 1 {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
        }
        return sum % 10 == 0
    }

    /// Visa, Mastercard (51-55, 2221-2720), Amex (34, 37), Maestro (50, 56-58, 6759, 6761-6763),
    /// Discover (6011, 644-649, 65), JCB (3528-3589), Diners (36, 38, 300-305), UnionPay (62).
    /// No card issued now has 13 digits (Visa's stopped long ago; UK Maestro had 16 to 19):
    /// thirteen digits are a product's barcode (EAN-13: "50" is the UK's GS1 prefix, "40" to
    /// "44" Germany's), one in ten of which passes the Luhn check.
    public static func knownIssuer(_ digits: [UInt8]) -> Bool {
        guard digits.count >= 6 else { return false }
        let p2 = digitValue(digits[0]) * 10 + digitValue(digits[1])
        let p3 = p2 * 10 + digitValue(digits[2])
        let p4 = p3 * 10 + digitValue(digits[3])
        let length = digits.count
        if digits[0] == 52 { return [16, 19].contains(length) } // Visa: '4'
        if (51...55).contains(p2) || (2221...2720).contains(p4) { return length == 16 }
        if p2 == 34 || p2 == 37 { return length == 15 }
        if p2 == 36 || p2 == 38 || (300...305).contains(p3) { return (14...19).contains(length) }
        if (3528...3589).contains(p4) { return (16...19).contains(length) }
        if p4 == 6011 || (644...649).contains(p3) || p2 == 65 { return (16...19).contains(length) }
        if p2 == 50 || (56...58).contains(p2) || p4 == 6759 || (6761...6763).contains(p4) { return (16...19).contains(length) }
        if p2 == 62 { return (16...19).contains(length) }
        return false
    }

    /// Rejects numbers where one digit appears more than 7 times, or two different digits
    /// more than 5 times each (filler such as 4444 4444 4444 4448, 4000 0000 0000 0002 or
    /// 4545 4545 4545 4541). (Five of two digits is common in real numbers: one in a hundred
    /// random ones, "4159 4540 5399 5445", round 675's.)
    public static func histogramLooksReal(_ digits: [UInt8]) -> Bool {
        var counts = [Int](repeating: 0, count: 10)
        for byte in digits { counts[digitValue(byte)] += 1 }
        if counts.contains(where: { $0 > 7 }) { return false }
        return counts.filter { $0 > 5 }.count < 2
    }

    public static func isValid(_ digits: [UInt8]) -> Bool {
        guard (13...19).contains(digits.count) else { return false }
        return knownIssuer(digits) && luhn(digits) && histogramLooksReal(digits)
    }
}
