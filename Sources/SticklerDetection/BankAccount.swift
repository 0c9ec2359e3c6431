/// UK sort code and account number written together: a sort code `nn-nn-nn` (or with
/// spaces or none) followed within a short gap by an 8-digit account number. Rejected
/// when the sort code is 00-00-00 or the account is one repeated digit.
public enum BankAccount {
    public static func isValid(_ value: [UInt8]) -> Bool {
        let digits = value.digits
        guard digits.count == 14 else { return false }
        let sortCode = digits[0..<6], account = digits[6...]
        if sortCode.allSatisfy({ $0 == 48 }) { return false }
        // A lesson's or a form's made-up example: "12-34-56 12345678", "01-02-03 11112222".
        return !Validators.madeUp(Array(account)) && !(Validators.madeUp(Array(sortCode)) && Validators.madeUp(Array(account), strict: false))
    }

    /// A BACS Standard 18 payment record: the payee's sort code and account number (its
    /// first 14 digits) must read as a real pair.
    public static func isPaymentRecord(_ value: [UInt8]) -> Bool {
        let digits = value.digits
        return digits.count >= 14 && isValid(Array(digits.prefix(14)))
    }
}
