import SticklerDetection

/// Near-misses that must never be reported: wrong check characters, banned prefixes,
/// Luhn failures, ISBNs, order numbers, timetables full of digits.
public struct Decoys {
    public var ids: Identifiers

    public init(seed: UInt64) { ids = Identifiers(seed: seed) }

    /// Ten-digit schemes share a shape: a decoy for one must not be valid for another.
    static let tenDigitValidators = ["nhs_mod11", "uln_mod11", "utr_mod11", "chi_mod11", "hc_mod11"]

    static func invalid(_ text: String, _ validator: String) -> Bool {
        let validators = tenDigitValidators.contains(validator) ? tenDigitValidators : [validator]
        return validators.allSatisfy { !Validators.registry[$0]!(Array(text.utf8)) }
    }

    mutating func altered(_ value: String, at index: Int, alphabet: [String], validator: String) -> String {
        var characters = Array(value).map(String.init)
        for replacement in alphabet.shuffled(using: &ids.random) where replacement != characters[index] {
            characters[index] = replacement
            let candidate = characters.joined()
            if Self.invalid(candidate, validator) { return candidate }
        }
        return value
    }

    public mutating func upnWrongLetter() -> String {
        altered(ids.upn(), at: 0, alphabet: Identifiers.upnLetters, validator: "upn_check_letter")
    }

    public mutating func nhsWrongCheck() -> String {
        altered(ids.nhs(), at: 9, alphabet: Identifiers.digitStrings, validator: "nhs_mod11")
    }

    public mutating func ulnWrongCheck() -> String {
        altered(ids.uln(), at: 9, alphabet: Identifiers.digitStrings, validator: "uln_mod11")
    }

    public mutating func ninoBadPrefix() -> String {
        ids.random.pick(["GB", "BG", "NK", "KN", "TN", "NT", "ZZ", "QQ", "DA", "FY", "AO"]) + ids.random.digits(6) + ids.random.letters(1, from: "ABCD")
    }

    public mutating func ninoBadSuffix() -> String {
        String(ids.nino().prefix(8)) + ids.random.letters(1, from: "EFGHJKXYZ")
    }

    public mutating func cardLuhnFailure() -> String {
        let card = ids.card()
        let digit = (Int(String(card.last!))! + Int.random(in: 1...9, using: &ids.random)) % 10
        return String(card.dropLast()) + String(digit)
    }

    public mutating func isbn13() -> String {
        while true {
            let body = "978" + ids.random.digits(9)
            let sum = body.enumerated().reduce(0) { $0 + Int(String($1.element))! * ($1.offset % 2 == 0 ? 1 : 3) }
            let value = body + String((10 - sum % 10) % 10)
            if Self.invalid(value, "luhn_card") { return value }
        }
    }

    public mutating func ibanWrongCheck() -> String {
        altered(ids.iban(), at: 21, alphabet: Identifiers.digitStrings, validator: "iban_mod97")
    }

    public mutating func badPostcode() -> String {
        ids.random.pick(["QA1 1AA", "VX2 3BD", "XY1 1AB", "LS1 4CB", "M1 1IK", "ZZ99 9ZZ"])
    }

    public mutating func orderNumber() -> String { "ORD-" + ids.random.digits(8) }

    public mutating func timetableLine() -> String {
        let period = Int.random(in: 1...6, using: &ids.random)
        let start = 830 + period * 55
        return "Period \(period)  \(String(format: "%04d", start))-\(String(format: "%04d", start + 50))  Room \(Int.random(in: 1...40, using: &ids.random))  Set \(Int.random(in: 1...9, using: &ids.random))  Code \(ids.random.digits(4)) \(ids.random.digits(4)) \(ids.random.digits(4))"
    }

    /// A line of decoys of every kind, for tests that require zero findings.
    public mutating func line() -> String {
        switch Int.random(in: 0..<12, using: &ids.random) {
        case 0: return "Pupil ref \(upnWrongLetter()) pending"
        case 1: return "NHS number \(nhsWrongCheck()) (check digit wrong)"
        case 2: return "ULN \(ulnWrongCheck()) rejected by LRS"
        case 3: return "NI number \(ninoBadPrefix()) is not a valid prefix"
        case 4: return "Card \(cardLuhnFailure()) failed Luhn"
        case 5: return "ISBN \(isbn13()) - Oxford Reading Tree"
        case 6: return "Order \(orderNumber()) total £\(Int.random(in: 10...900, using: &ids.random)).\(ids.random.digits(2))"
        case 7: return timetableLine()
        case 8: return "IBAN \(ibanWrongCheck()) bounced"
        case 9: return "Postcode \(badPostcode()) not recognised"
        case 10: return "Trip on \(Int.random(in: 1...28, using: &ids.random))/0\(Int.random(in: 1...9, using: &ids.random))/2025 costs £12.50"
        default: return "Hash 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 build 20250114.3"
        }
    }
}
