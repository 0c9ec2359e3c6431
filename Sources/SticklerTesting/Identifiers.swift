import SticklerDetection

/// Valid synthetic identifiers of every kind. Check characters are chosen by trying each
/// candidate against the product's validator, so a value here is valid by definition of
/// the validator; the validators themselves are tested against published vectors.
public struct Identifiers {
    public var random: SeededRandom

    public init(seed: UInt64) { random = SeededRandom(seed: seed) }

    static func valid(_ text: String, _ validator: String) -> Bool {
        Validators.registry[validator]!(Array(text.utf8))
    }

    static func completing(_ random: inout SeededRandom, _ candidates: (inout SeededRandom) -> String, suffixes: [String],
                           validator: String, prefix: Bool = false) -> String {
        while true {
            let body = candidates(&random)
            for suffix in suffixes {
                let value = prefix ? suffix + body : body + suffix
                if Self.valid(value, validator) { return value }
            }
        }
    }

    static let upnLetters = "ABCDEFGHJKLMNPQRTUVWXYZ".map(String.init)
    static let digitStrings = (0...9).map(String.init)
    static let laCodes = [201, 202, 204, 209, 302, 306, 330, 352, 373, 383, 800, 801, 823, 850, 873, 881, 886, 919, 926, 936]

    /// A permanent UPN: check letter + LA + establishment + year + serial.
    public mutating func upn() -> String {
        Self.completing(&random, { (random: inout SeededRandom) in String(random.pick(Self.laCodes)) + random.digits(4) + random.pick(["18", "19", "20", "21", "22", "23"]) + random.digits(3) },
                   suffixes: Self.upnLetters, validator: "upn_check_letter", prefix: true)
    }

    /// A temporary UPN: the serial ends in a letter.
    public mutating func temporaryUPN() -> String {
        Self.completing(&random, { (random: inout SeededRandom) in String(random.pick(Self.laCodes)) + random.digits(4) + "24" + random.digits(2) + random.pick(Self.upnLetters) },
                   suffixes: Self.upnLetters, validator: "upn_check_letter", prefix: true)
    }

    public mutating func uln() -> String {
        Self.completing(&random, { (random: inout SeededRandom) in String(Int.random(in: 1...9, using: &random)) + random.digits(8) }, suffixes: Self.digitStrings, validator: "uln_mod11")
    }

    public mutating func nhs() -> String {
        Self.completing(&random, { (random: inout SeededRandom) in String(Int.random(in: 4...6, using: &random)) + random.digits(8) }, suffixes: Self.digitStrings, validator: "nhs_mod11")
    }

    /// A CHI number (Scotland): a date of birth as DDMMYY, then three digits and the check.
    public mutating func chi(day: Int, month: Int, year: Int) -> String {
        let date = String(format: "%02d%02d%02d", day, month, year % 100)
        return Self.completing(&random, { (random: inout SeededRandom) in date + random.digits(3) }, suffixes: Self.digitStrings, validator: "chi_mod11")
    }

    /// A Health and Care number (Northern Ireland): 320 000 001 to 399 999 999, then the check.
    public mutating func healthAndCare() -> String {
        Self.completing(&random, { (random: inout SeededRandom) in "3" + String(Int.random(in: 2...9, using: &random)) + random.digits(7) }, suffixes: Self.digitStrings, validator: "hc_mod11")
    }

    /// A Scottish Candidate Number: the year of issue, six digits and the check.
    public mutating func scn() -> String {
        Self.completing(&random, { (random: inout SeededRandom) in random.pick(["12", "14", "16", "18", "20", "22"]) + random.digits(6) }, suffixes: Self.digitStrings, validator: "scn_mod11")
    }

    public mutating func nhsSpaced() -> String {
        let value = nhs()
        return String(value.prefix(3)) + " " + value.dropFirst(3).prefix(3) + " " + value.suffix(4)
    }

    public mutating func nino() -> String {
        while true {
            let value = random.letters(2, from: "ABCEGHJKLMNPRSTWXYZ") + random.digits(6) + random.letters(1, from: "ABCD")
            if Self.valid(value, "nino_prefix") { return value }
        }
    }

    public mutating func ninoSpaced() -> String {
        let value = Array(nino())
        return "\(String(value[0...1])) \(String(value[2...3])) \(String(value[4...5])) \(String(value[6...7])) \(value[8])"
    }

    public mutating func utr() -> String {
        Self.completing(&random, { (random: inout SeededRandom) in random.digits(9) }, suffixes: Self.digitStrings, validator: "utr_mod11", prefix: true)
    }

    public mutating func passport() -> String { String(Int.random(in: 1...9, using: &random)) + random.digits(8) }

    public mutating func drivingLicence(surname: String, day: Int, month: Int, year: Int, initials: String, female: Bool) -> String {
        let letters = surname.uppercased().filter { $0.isLetter && $0.isASCII }
        let five = String((letters + "99999").prefix(5))
        let decade = (year / 10) % 10, unit = year % 10
        let monthCode = female ? month + 50 : month
        let two = String((initials.uppercased() + "99").prefix(2))
        let value = "\(five)\(decade)\(String(format: "%02d", monthCode))\(String(format: "%02d", day))\(unit)\(two)9\(random.letters(2))"
        return value
    }

    public mutating func postcode() -> String {
        let (_, area) = random.pick(Names.towns)
        while true {
            let district = String(Int.random(in: 1...19, using: &random))
            let value = area + district + " " + random.digits(1) + random.letters(2, from: "ABDEFGHJLNPQRSTUWXYZ")
            if Self.valid(value.replacingOccurrences(of: " ", with: ""), "uk_postcode") { return value }
        }
    }

    /// Ofcom drama ranges: 07700 900000-900999 and 020 7946 0000-0999, 0161 496 0000-0999.
    public mutating func mobile() -> String { "07700 900" + random.digits(3) }
    public mutating func landline() -> String { random.pick(["020 7946 0", "0161 496 0", "0113 496 0", "0117 496 0"]) + random.digits(3) }

    public mutating func email(given: String, family: String) -> String {
        let local = random.pick(["\(given).\(family)", "\(given.prefix(1))\(family)", "\(family)\(Int.random(in: 1...99, using: &random))"])
        return local.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "." } + "@" + random.pick(["example.com", "example.org", "example.net", "mail.example.co.uk"])
    }

    public mutating func dateOfBirth(schoolAge: Bool = true) -> (day: Int, month: Int, year: Int) {
        (Int.random(in: 1...28, using: &random), Int.random(in: 1...12, using: &random),
         schoolAge ? Int.random(in: 2008...2020, using: &random) : Int.random(in: 1960...2000, using: &random))
    }

    public mutating func card() -> String {
        let prefix = random.pick(["4", "51", "52", "53", "54", "55"])
        return Self.completing(&random, { (random: inout SeededRandom) in prefix + random.digits(15 - prefix.count) }, suffixes: Self.digitStrings, validator: "luhn_card")
    }

    public mutating func cardSpaced() -> String {
        let value = Array(card())
        return stride(from: 0, to: 16, by: 4).map { String(value[$0..<$0 + 4]) }.joined(separator: " ")
    }

    /// A GB IBAN with a fictional bank code.
    public mutating func iban() -> String {
        let bban = random.pick(["WEST", "BUKB", "NWBK", "MIDL"]) + random.digits(14)
        for check in 2...98 {
            let value = "GB" + String(format: "%02d", check) + bban
            if Self.valid(value, "iban_mod97") { return value }
        }
        return iban()
    }

    public mutating func sortCode() -> String { "\(Int.random(in: 10...99, using: &random))-\(random.digits(2))-\(random.digits(2))" }
    public mutating func accountNumber() -> String { String(Int.random(in: 1...9, using: &random)) + random.digits(7) }
}
