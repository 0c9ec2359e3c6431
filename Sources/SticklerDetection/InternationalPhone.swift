/// Telephone numbers outside the UK in international form (ITU-T E.164): `+`, a country
/// code of one to three digits, then the national number, at most 15 digits in all. A
/// boarding school keeps its international pupils' families' numbers this way ("+86 139
/// 1234 5678", "+971 50 123 4567", "+33 (0)6 12 34 56 78"). `+44` is the UK's, which
/// `UKPhone` reads.
public enum InternationalPhone {
    /// E.164's one- and two-digit country codes in use (E.164 assigns the rest in three
    /// digits, under the first digits in `threeDigitLeads`).
    static let shortCodes: Set<Int> = [
        1, 7,
        20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 45, 46, 47, 48, 49,
        51, 52, 53, 54, 55, 56, 57, 58, 60, 61, 62, 63, 64, 65, 66,
        81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98,
    ]
    /// The two leading digits of the three-digit country codes ("21" for Morocco's 212,
    /// "97" for the Emirates' 971).
    static let threeDigitLeads: Set<Int> = [21, 22, 23, 24, 25, 26, 29, 35, 37, 38, 42, 50, 59, 67, 68, 69, 85, 87, 88, 96, 97, 99]

    /// The country code's length in digits at the start of `digits`, or nil where none is
    /// assigned there (`+44`, the UK's, included: not an international number here).
    static func countryCodeLength(_ digits: [UInt8]) -> Int? {
        guard digits.count >= 3 else { return nil }
        let first = Int(digits[0] - 48), two = first * 10 + Int(digits[1] - 48)
        if first == 0 || two == 44 { return nil }
        if shortCodes.contains(first) { return 1 }
        if shortCodes.contains(two) { return 2 }
        if threeDigitLeads.contains(two) { return 3 }
        return nil
    }

    public static func isValid(_ value: [UInt8]) -> Bool {
        guard value.first == 43 /* + */ else { return false }
        // A trunk prefix in brackets, "+33 (0)6 12 34 56 78", is not dialled from abroad.
        var text = value
        if let open = text.firstIndex(of: 40), open + 2 < text.count, text[open + 1] == 48, text[open + 2] == 41 {
            text.removeSubrange(open...(open + 2))
        }
        let digits = text.digits
        guard let code = countryCodeLength(digits) else { return false }
        let national = digits.dropFirst(code)
        guard digits.count <= 15, national.count >= 7 else { return false }
        // North America: a three-digit area code and a seven-digit number, neither starting 0 or 1.
        if code == 1 {
            guard national.count == 10 else { return false }
            let area = Array(national)
            if area[0] < 50 || area[3] < 50 { return false }
        }
        // An example or a placeholder: after the national number's first digit, one digit
        // repeated or counting up ("+1 234 567 8901", "+33 6 12 34 56 78", "+49 1111 111111").
        let rest = Array(national.dropFirst())
        if let first = rest.first, rest.allSatisfy({ $0 == first }) { return false }
        if rest.count >= 6, zip(rest, rest.dropFirst()).allSatisfy({ (Int($1) - Int($0) + 10) % 10 == 1 }) { return false }
        return true
    }
}
