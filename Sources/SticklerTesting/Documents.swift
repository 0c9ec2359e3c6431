import Foundation

/// Synthetic documents of the kinds schools keep, with identifiers of every kind.
public struct Documents {
    public var ids: Identifiers
    public var decoys: Decoys

    public init(seed: UInt64) {
        ids = Identifiers(seed: seed)
        decoys = Decoys(seed: seed &+ 1)
    }

    public struct Person {
        public var given: String
        public var family: String
        public var female: Bool
        public var dob: (day: Int, month: Int, year: Int)
        public var dobText: String { String(format: "%02d/%02d/%04d", dob.day, dob.month, dob.year) }
    }

    public mutating func person(schoolAge: Bool = true) -> Person {
        Person(given: ids.random.pick(Names.given), family: ids.random.pick(Names.family),
               female: ids.random.chance(0.5), dob: ids.dateOfBirth(schoolAge: schoolAge))
    }

    /// A class list as exported from a school MIS: the header names every column.
    public mutating func classList(pupils: Int) -> String {
        var lines = ["UPN,Legal Surname,Legal Forename,DOB,Gender,Year,Reg Group,SEN Status,FSM Eligible,ULN"]
        for _ in 0..<pupils {
            let pupil = person()
            lines.append([ids.upn(), pupil.family, pupil.given, pupil.dobText, pupil.female ? "F" : "M",
                          "7", "7B", ids.random.pick(["N", "N", "N", "K", "E"]), ids.random.pick(["Y", "N", "N"]), ids.uln()].joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A letter home: names, address with postcode, phone, e-mail, date of birth.
    public mutating func parentLetter() -> String {
        let child = person(), parent = person(schoolAge: false)
        let (town, _) = ids.random.pick(Names.towns)
        return """
        Highfield Academy
        Dear \(parent.female ? "Mrs" : "Mr") \(child.family),

        Re: \(child.given) \(child.family), date of birth \(child.dobText), UPN \(ids.upn())

        We are writing about \(child.given)'s attendance this term, which has fallen to 89%.
        Please contact the attendance officer to arrange a meeting.

        Our records show your address as \(Int.random(in: 1...120, using: &ids.random)) \(ids.random.pick(Names.streets)), \(town) \(ids.postcode()),
        home telephone \(ids.landline()), mobile \(ids.mobile()) and e-mail \(ids.email(given: parent.given, family: parent.family)).
        Please tell the school office if any of these details have changed.

        Yours sincerely,
        Head of Year 7

        """
    }

    /// A medical register (tab-separated): NHS numbers, conditions, medication.
    public mutating func medicalRegister(pupils: Int) -> String {
        var lines = ["Pupil name\tDOB\tNHS Number\tCondition\tMedication\tEmergency contact"]
        for _ in 0..<pupils {
            let pupil = person()
            lines.append([pupil.given + " " + pupil.family, pupil.dobText, ids.nhsSpaced(),
                          ids.random.pick(["Asthma", "Epilepsy", "Nut allergy (anaphylaxis)", "Type 1 diabetes", "ADHD"]),
                          ids.random.pick(["Inhaler (blue)", "EpiPen x2", "Insulin pump", "Methylphenidate 10mg"]),
                          ids.mobile()].joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A payroll extract: NI numbers and bank details of staff.
    public mutating func payroll(staff: Int) -> String {
        var lines = ["Staff name,NI Number,Sort Code,Account Number,Salary"]
        for _ in 0..<staff {
            let member = person(schoolAge: false)
            lines.append(["\(member.given) \(member.family)", ids.nino(), ids.sortCode(), ids.accountNumber(),
                          String(Int.random(in: 24000...62000, using: &ids.random))].joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A safeguarding note in prose (special category with identifiers).
    public mutating func safeguardingNote() -> String {
        let child = person()
        return """
        CONFIDENTIAL - safeguarding concern
        Pupil: \(child.given) \(child.family) (UPN \(ids.upn()), DOB \(child.dobText))
        NHS No: \(ids.nhsSpaced())
        Child protection plan in place; social worker informed on Monday. Looked after child since 2023.
        Parent NI number for the referral: \(ids.ninoSpaced()).

        """
    }

    static let vocabulary = """
    the a of and to in is that for on with as it this be by are students pupils will lesson learning should \
    can their they from at which have class work each group activity teacher science forces energy motion \
    reading writing maths fractions history river volcano plants cells light sound electricity map poem \
    chapter question answer explain describe compare evaluate model diagram table results method homework \
    assessment objective outcome success criteria starter plenary extension differentiation resources worksheet \
    experiment prediction conclusion evidence vocabulary paragraph sentence noun verb adjective design practical \
    term week unit topic skills knowledge discuss partner board slides video quiz review feedback improve
    """.split(separator: " ").map(String.init)

    /// A paragraph of lesson-plan prose with no personal data.
    public mutating func prose(words: Int) -> String {
        var out: [String] = []
        var sentence = 0
        for index in 0..<words {
            var word = ids.random.pick(Self.vocabulary)
            if sentence == 0 { word = word.prefix(1).uppercased() + word.dropFirst() }
            sentence += 1
            if sentence > 8 && ids.random.chance(0.15) || index == words - 1 { word += "."; sentence = 0 }
            out.append(word)
        }
        return out.joined(separator: " ")
    }

    /// A lesson plan: headings, prose, a timetable and a reading list (decoys, no personal data).
    public mutating func lessonPlan() -> String {
        var parts = ["Year 8 Science - Forces and Motion", "Learning objectives", prose(words: 60), "Timetable"]
        for _ in 0..<4 { parts.append(decoys.timetableLine()) }
        parts.append("Reading list")
        for _ in 0..<3 { parts.append("ISBN \(decoys.isbn13())") }
        parts.append(prose(words: 120))
        return parts.joined(separator: "\n") + "\n"
    }
}
