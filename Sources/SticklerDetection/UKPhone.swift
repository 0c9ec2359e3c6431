/// UK telephone numbers (Ofcom National Telephone Numbering Plan): after `+44`/`0044`
/// or a leading 0, 10 national digits starting 1, 2 or 3 (geographic and non-geographic
/// landlines) or 7 (mobiles, excluding 70 personal and 76 pagers but for 7624, the Isle of
/// Man's mobiles); 0800/0808 freephone too. Ofcom's drama ranges (e.g. 07700
/// 900000-900999) are fictional but still report.
public enum UKPhone {
    public static func national(_ value: [UInt8]) -> [UInt8]? {
        var digits = value.digits
        if value.first == 43 /* + */ {
            guard digits.starts(with: Array("44".utf8)) else { return nil }
            digits.removeFirst(2)
            if digits.first == 48 { digits.removeFirst() } // +44 (0)20 ...
        } else if digits.starts(with: Array("0044".utf8)) {
            digits.removeFirst(4)
            if digits.first == 48 { digits.removeFirst() }
        } else {
            guard digits.first == 48 else { return nil }
            digits.removeFirst()
        }
        return digits
    }

    /// The drama range's first number, 07700 900000, without its 0: a template's.
    static let dramaRangeFirst = Array("7700900000".utf8)

    /// A form's or a lesson's made-up number: after the first national digit, one digit
    /// repeated or counting up ("01234 567890", "07123 456789", "07777 777777").
    static func placeholder(_ national: [UInt8]) -> Bool {
        let rest = national.dropFirst()
        guard let first = rest.first else { return false }
        if rest.allSatisfy({ $0 == first }) { return true }
        // (Or six noughts at its end, "07000 000000", or the drama range's first number, a template's
        // "07700 900000": not an organisation's round "0370 010 0000".)
        if national.count >= 9, national.suffix(6).allSatisfy({ $0 == 48 }) { return true }
        if national.elementsEqual(dramaRangeFirst) { return true }
        if zip(rest, rest.dropFirst()).allSatisfy({ (Int($1) - Int($0) + 10) % 10 == 1 }) { return true }
        // A role play's or a form's number counting from its start: "0123 456780", "01234 567890".
        return national.count >= 8 && zip(national.prefix(8), national.prefix(8).dropFirst()).allSatisfy { Int($1) - Int($0) == 1 }
    }

    public static func isValid(_ value: [UInt8]) -> Bool {
        guard let national = national(value) else { return false }
        // The drama range grouped in thousands, as a maths worksheet writes a big number ("07 700 900
        // 123 ÷ 3 = ?", rounds 786 and 822): no one's phone is so.
        if national.starts(with: Array("7700900".utf8)), value.split(separator: 32).map(\.count) == [2, 3, 3, 3] { return false }
        // A few short geographic numbers have 9 national digits (e.g. 016977 xxxx).
        // (Never under a three-digit code, 011x or 01x1, whose numbers all have seven digits:
        // "0141023570" is a Penguin book's ISBN.)
        guard national.count == 10 || (national.count == 9 && national[0] == 49 && national[1] != 49 && national[2] != 49) else { return false }
        if placeholder(national) { return false }
        // A geographic number's local part never begins with 0 or 1: "01234 000001" is a
        // lesson's made-up number. (After 02x, 011x or 01x1, and 01xxx.)
        if national[0] == 49 || national[0] == 50 {
            let local = national[0] == 50 || national[1] == 49 || national[2] == 49 ? (national[0] == 50 ? 2 : 3) : 4
            if national[local] == 48 || national[local] == 49 { return false }
        }
        switch national[0] {
        case 49, 50: return true                         // 1, 2
        // 03: 0300, 0303, 0306, 033x, 034x, 037x only (Berlin's 030 2458 7193 is none).
        case 51: return national[1] == 48 ? [48, 51, 54].contains(national[2]) : [51, 52, 55].contains(national[1])
        // 7x except 70 and 76 (pagers), but for 7624: the Isle of Man's mobiles (round 688's).
        case 55: return national[1] != 48 && (national[1] != 54 || national[2] == 50 && national[3] == 52)
        case 56: return national[1] == 48 && (national[2] == 48 || national[2] == 56) // 800, 808
        default: return false
        }
    }
}
