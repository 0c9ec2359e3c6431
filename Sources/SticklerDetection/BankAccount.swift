/// UK sort code and account number written together: a sort code `nn-nn-nn` (or with
/// spaces or none) followed within a short gap by an 8-digit account number. Rejected
/// when the sort code is 00-00-00 or the account is one repeated digit.
public enum BankAccount {
    public static func isValid(_ value: [UInt8]) -> Bool {
        let digits = value.digits
        guard digits.count == 14 else { return false }
        let sortCode = digits[0..<6], account = digits[6...]
        if sortCode.allSatisfy({ $0 == 48 }) { return false }
        // A national insurance number's digits and its suffix letter, then another number
        // ("NI no JT 48 21 93 C, employee no 00318842"): no sort code is followed by a letter
        // standing alone (an account's "A/C 41592653" is no such letter).
        if let gap = value.firstIndex(where: { !($0 >= 48 && $0 <= 57) && $0 != 32 && $0 != 45 }),
           (65...68).contains(value[gap]), gap + 1 == value.count || [32, 44, 59, 41, 9, 10].contains(value[gap + 1]),
           Array(value.prefix(gap)).digits.count == 6 {
            return false
        }
        // A test case of Vocalink's modulus checking, as a computing lesson on check digits or a
        // finance system's test notes copy it ("08-99-99 66374958").
        if publishedExamples.contains(digits) { return false }
        // A lesson's or a form's made-up example: "12-34-56 12345678", "01-02-03 11112222", or
        // one whose first seven digits are ("12345677": a training system's accounts counted on
        // from one, round 834's).
        if Validators.madeUp(Array(account)) || Validators.madeUp(Array(account.prefix(7))) { return false }
        return !(Validators.madeUp(Array(sortCode)) && Validators.madeUp(Array(account), strict: false))
    }

    /// Pairs from Vocalink's modulus checking test cases, as `IBAN.publishedExamples` keeps the
    /// banks' documented IBANs: sort code and account, 14 digits.
    public static let publishedExamples: Set<[UInt8]> = Set([
        "08999966374958", "10799988837491", "20295963748472", "87142746238510", "87242746238510", "87142709123496",
        "87142799123496", "82000073688637", "82799973988638", "82710128748352", "13402063849203", "11876564371389",
        "20091541011166", "93861107806039", "93860042368003", "93806355065200", "77279899345694", "08609006774744",
        "30907002355688", "30907012345668", "30907012345677", "30907099345694", "93806315764273", "93806315764264",
        "93806315763217", "11876564371388", "20309966831036", "20309958716970", "08999966374959", "10799988837493",
        "07445612345112", "07011634012583", "07445611104102", "18000200000190",
    ].map { Array($0.utf8) })

    /// A BACS Standard 18 payment record: the payee's sort code and account number (its
    /// first 14 digits) must read as a real pair.
    public static func isPaymentRecord(_ value: [UInt8]) -> Bool {
        let digits = value.digits
        return digits.count >= 14 && isValid(Array(digits.prefix(14)))
    }
}
