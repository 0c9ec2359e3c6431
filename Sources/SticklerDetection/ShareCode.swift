/// A Home Office share code: nine letters and digits an employee (W, right to work), a tenant
/// (R, right to rent) or anyone (S, immigration status) gives so that their record can be
/// viewed with their date of birth; written "WB1 CD2 34E" or "W12-345-67X". No check
/// character is published: the shape, and a digit or the three groups of three (not a word
/// in capitals, "WORKSHOPS"); not a guide's example whose digits count up ("W12 345 67X").
public enum ShareCode {
    /// The nine characters at the end of `bytes` (spaces and hyphens between them skipped),
    /// after a label or alone in a cell ("Share code: WB1 CD2 34E", "wb1cd234e").
    public static func isValid(_ bytes: [UInt8]) -> Bool {
        var code: [UInt8] = []
        var separators: [Int] = [] // after how many characters (from the end) a space or hyphen came
        var index = bytes.count
        while index > 0, code.count < 9 {
            let byte = bytes[index - 1]
            if isAlnum(byte) {
                code.append(byte >= 97 && byte <= 122 ? byte - 32 : byte)
            } else if byte != 32 && byte != 45 || code.isEmpty {
                break
            } else {
                separators.append(code.count)
            }
            index -= 1
        }
        // Nine, and no tenth character joined to them.
        guard code.count == 9, index == 0 || !isAlnum(bytes[index - 1]) else { return false }
        code.reverse()
        guard [UInt8(ascii: "W"), UInt8(ascii: "R"), UInt8(ascii: "S")].contains(code[0]) else { return false }
        let digits = code.filter(isDigit)
        guard digits.count < 9, digits.count >= 1 || separators == [3, 6] else { return false }
        return digits.count < 4 || !Validators.madeUp(digits)
    }
}
