/// International Bank Account Number (ISO 13616): move the first four characters to the
/// end, letters become 10-35, the number mod 97 must be 1; the length must match the
/// country (GB: 22).
public enum IBAN {
    /// The examples banks' and standards' documentation publishes (ECBS, ISO 13616, Wikipedia),
    /// as a payment system's sandbox settings or a lesson copies them: no one's account.
    public static let publishedExamples: Set<[UInt8]> = Set([
        "GB82WEST12345698765432", "GB33BUKB20201555555555", "GB29NWBK60161331926819", "GB94BARC10201530093459",
        "DE89370400440532013000", "FR1420041010050500013M02606", "NL91ABNA0417164300", "ES9121000418450200051332",
        "IE29AIBK93115212345678", "BE68539007547034", "CH9300762011623852957", "IT60X0542811101000000123456",
    ].map { Array($0.utf8) })

    /// Lengths for the countries a UK school is likely to see.
    public static let lengths: [String: Int] = [
        "GB": 22, "IE": 22, "DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "PT": 25,
        "PL": 28, "CH": 21, "AT": 20, "DK": 18, "SE": 24, "NO": 15, "FI": 18, "LT": 20, "LV": 21,
        "RO": 24, "BG": 22, "GR": 27, "CZ": 24, "SK": 24, "HU": 28, "LU": 20, "MT": 31, "CY": 28,
        "HR": 21, "SI": 19, "EE": 20, "IS": 26, "GI": 23, "IM": 22, "JE": 22, "GG": 22, "TR": 26,
        "AE": 23, "SA": 24, "PK": 24, "IN": 0,
    ]

    public static func mod97(_ value: [UInt8]) -> Int? {
        guard value.count > 4 else { return nil }
        let rearranged = Array(value[4...]) + Array(value[0..<4])
        var remainder = 0
        for byte in rearranged {
            if isDigit(byte) {
                remainder = (remainder * 10 + digitValue(byte)) % 97
            } else if isUpper(byte) {
                remainder = (remainder * 100 + Int(byte) - 55) % 97
            } else {
                return nil
            }
        }
        return remainder
    }

    public static func isValid(_ value: [UInt8]) -> Bool {
        guard value.count >= 15, value.count <= 34 else { return false }
        guard isUpper(value[0]), isUpper(value[1]), isDigit(value[2]), isDigit(value[3]) else { return false }
        let country = String(decoding: value[0...1], as: UTF8.self)
        guard let length = lengths[country], length == value.count else { return false }
        return mod97(value) == 1
    }
}
