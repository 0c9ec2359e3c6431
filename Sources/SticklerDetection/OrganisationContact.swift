/// An organisation's contact details, not a person's (`organisation_contact: true`): a
/// school's letterhead ("Hollins Lane Primary School | Leeds LS13 9QZ | Tel 0113 496 0120"),
/// a venue's, a council's or an exam board's address and switchboard, a helpline's
/// non-geographic number ("FRANK 0300 123 6600"), a role's mailbox ("office@", "dpo@").
/// Nearly every document a school writes carries its letterhead; these are reported at
/// `low`, seen with `--min-confidence low` and not counted, so a blank form or a policy is
/// not a family's details. (A table's column title still says whose they are: a class
/// list's "Previous school | Postcode" is the pupil's postcode.)
enum OrganisationContact {
    /// What kind of value is checked, beyond the lines around it.
    enum Kind {
        /// `mailbox`: a message's correspondent whose own address is a role's ("From: Paul Dunn
        /// <head@…>" is the head at work).
        case email, phone, other, mailbox

        init(setting: String, validator: String?) {
            switch (setting, validator) {
            case ("mailbox", _): self = .mailbox
            case (_, "email"): self = .email
            case (_, "uk_phone"): self = .phone
            default: self = .other
            }
        }
    }

    /// Whose the value is, if an organisation's: by its kind (a role's mailbox, a
    /// non-geographic number: no column title makes it a family's) or by where it stands.
    enum Finding { case byKind, byPlace }

    static func names(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int, kind: Kind) -> Finding? {
        switch kind {
        case .email: if isRoleMailbox(buffer, from: from, to: to) { return .byKind }
        case .phone: if isNonGeographic(buffer, from: from, to: to) { return .byKind }
        case .mailbox: return addressAfterIsRoles(buffer, after: to) ? .byKind : nil
        case .other: break
        }
        // (A mobile is a person's wherever it stands: a team sheet's parents' under "U12 Football".)
        if kind == .phone, isMobile(buffer, from: from, to: to) { return nil }
        return byPlace(buffer, from: from, to: to, kind: kind) ? .byPlace : nil
    }

    static func byPlace(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int, kind: Kind) -> Bool {
        if servesBefore(buffer, from: from) { return true }
        // A switchboard and an extension ("0113 496 0500 ext 214").
        if kind == .phone, extensionFollows(buffer, after: to) { return true }
        // A member of staff's work number or mailbox, on a line that gives their post ("Ms Laura
        // Finch, Head of Year 11 - l.finch@…"); not a mailbox at a personal domain (a member of
        // staff's own).
        let personal = kind == .email && Email.namesMailboxOutsideWork(buffer, from: from, personalOnly: true)
        if !personal, kind != .other, onStaffLine(buffer, from: from, to: to) { return true }
        return onOrganisationLines(buffer, from: from, to: to)
    }

    // MARK: Mailboxes and numbers

    /// A mailbox of a role or a team, not of a person: its local part's first word
    /// ("office@", "office.admin@", "admissions2025@", "no-reply@").
    static func isRoleMailbox(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool {
        guard let at = (from..<to).first(where: { buffer[$0] == UInt8(ascii: "@") }), at > from else { return false }
        let local = lowerASCII(buffer[from..<at])
        if roleMailboxes.contains(local) { return true }
        let first = local.split(whereSeparator: { !$0.isLetter }).first.map(String.init) ?? ""
        return roleMailboxes.contains(first)
    }

    /// Whether the address after a correspondent's name, on its line ("Paul Dunn
    /// <head@…>"), is a role's mailbox.
    static func addressAfterIsRoles(_ buffer: UnsafeRawBufferPointer, after: Int) -> Bool {
        var index = after
        while index < buffer.count, index - after < 8, buffer[index] != UInt8(ascii: "<"), buffer[index] != 10 { index += 1 }
        guard index < buffer.count, buffer[index] == UInt8(ascii: "<") else { return false }
        var end = index + 1
        while end < buffer.count, end - index < 256, buffer[end] != UInt8(ascii: ">"), buffer[end] != 10 { end += 1 }
        return isRoleMailbox(buffer, from: index + 1, to: end)
    }

    /// A UK number no household has: 03 (organisations' national rate), 05 (corporate),
    /// 08 (freephone and business rate), 09 (premium rate). A home's is geographic (01, 02), a
    /// person's own a mobile (07).
    static func isNonGeographic(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool {
        var digits: [UInt8] = []
        for index in from..<to where isDigit(buffer[index]) {
            digits.append(buffer[index])
            if digits.count == 4 { break }
        }
        // The national number's first digit: after the 0, or after +44 / 0044.
        var national = digits[...]
        if national.starts(with: Array("0044".utf8)) { national = national.dropFirst(4) }
        else if from < to, buffer[from] == UInt8(ascii: "+"), national.starts(with: Array("44".utf8)) { national = national.dropFirst(2) }
        else if national.first == UInt8(ascii: "0") { national = national.dropFirst() }
        guard let first = national.first else { return false }
        return [UInt8(ascii: "3"), UInt8(ascii: "5"), UInt8(ascii: "8"), UInt8(ascii: "9")].contains(first)
    }

    /// A UK mobile number (07).
    static func isMobile(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool {
        var digits: [UInt8] = []
        for index in from..<to where isDigit(buffer[index]) {
            digits.append(buffer[index])
            if digits.count == 4 { break }
        }
        if digits.starts(with: Array("0044".utf8)) { return digits.count > 4 ? digits[4] == UInt8(ascii: "7") : true }
        if digits.starts(with: Array("447".utf8)) || digits.starts(with: Array("07".utf8)) { return true }
        return false
    }

    // MARK: Lines

    /// An organisation's service just before the value on its line ("via the school office on",
    /// "helpdesk", "Contact us:", "AQA customer services", "our Attendance Officer, Mrs Pilling,
    /// is available from 8am on").
    static func servesBefore(_ buffer: UnsafeRawBufferPointer, from: Int) -> Bool {
        // (Across one line break: a PDF's paragraph wraps "contact the office on" above its number.)
        var start = from, breaks = 0
        while start > 0, from - start < 64 {
            if buffer[start - 1] == 10 {
                breaks += 1
                if breaks > 1 { break }
            }
            start -= 1
        }
        guard start < from else { return false }
        let before = " " + lowerASCII(buffer[start..<from]).replacingOccurrences(of: "\n", with: " ")
        return servicePhrases.contains { before.contains($0) }
    }

    static let servicePhrases = [
        "school office", "the office", "main office", "front office", " office on", " office:", "helpdesk", "help desk",
        "service desk", "customer services", "customer service", "customer contact", "switchboard", " reception",
        " enquiries", "helpline", "hotline", "advice line", "attendance line", "absence line", "duty desk",
        "out of hours", "contact us", " officer", " the dpo", "support contract", " team", "queries",
        "phone the school", "call the school", "ring the school", "the school on", "school number", "emergency line",
        "embassy", "consulate", "by post", "write to", "in writing to", "point of access", "single point",
    ]

    static func extensionFollows(_ buffer: UnsafeRawBufferPointer, after: Int) -> Bool {
        guard after < buffer.count else { return false }
        let end = min(buffer.count, after + 8)
        let text = lowerASCII(buffer[after..<end])
        return text.hasPrefix(" ext") || text.hasPrefix(" x2") || text.hasPrefix(" (ext") || text.hasPrefix(", ext")
    }

    /// Whether the value's line gives a post ("Exams Officer", "Head of Year 11", "SENCo") and
    /// no family's or personal word.
    static func onStaffLine(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool {
        var start = from
        while start > 0, from - start < 200, buffer[start - 1] != 10 { start -= 1 }
        var end = to
        while end < buffer.count, end - to < 200, buffer[end] != 10 { end += 1 }
        let line = words(buffer, from: start, to: end)
        guard !line.contains(where: isPersonalWord) else { return false }
        for (index, word) in line.enumerated() {
            let lower = word.lowercased().filter { $0 != ":" }
            if staffRoles.contains(lower) { return true }
            if lower == "head", index + 1 < line.count, line[index + 1].lowercased() == "of" { return true }
        }
        return false
    }

    /// Posts a member of staff is named with on a contact line.
    static let staffRoles: Set<String> = [
        "headteacher", "headmaster", "headmistress", "deputy", "senco", "sendco", "officer", "manager", "coordinator",
        "co-ordinator", "administrator", "bursar", "clerk", "receptionist", "secretary", "dsl", "lead", "leader",
        "director", "principal", "librarian", "technician", "teacher", "tutor", "governor", "trustee", "caretaker",
    ]

    /// Whether the value's line names an organisation ("Eden Camp Museum, Malton YO17 6RT"), or
    /// one of the three lines above it begins with one and none between is a person's
    /// ("Hollins Lane Primary School\nHollins Lane, Bramley\nLeeds LS13 9QZ"). Not on a line of a
    /// family's or a pupil's ("Home address:", "Mum's mobile"), nor under a titled name ("Mrs K
    /// Abdi\n14 Cobden Terrace\nLeeds LS12 5DQ" is her home).
    static func onOrganisationLines(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool {
        var start = from
        while start > 0, from - start < 300, buffer[start - 1] != 10 { start -= 1 }
        var end = to
        while end < buffer.count, end - to < 300, buffer[end] != 10 { end += 1 }
        let line = words(buffer, from: start, to: end)
        if line.contains(where: isPersonalWord) || beginsWithTitle(line) { return false }
        if namesOrganisation(line) { return true }
        // Up to three non-empty lines above, within 400 bytes.
        var lineEnd = start - 1, seen = 0
        while lineEnd > 0, seen < 3, start - lineEnd < 400 {
            var lineStart = lineEnd
            while lineStart > 0, lineEnd - lineStart < 300, buffer[lineStart - 1] != 10 { lineStart -= 1 }
            let above = words(buffer, from: lineStart, to: lineEnd)
            lineEnd = lineStart - 1
            if above.isEmpty { continue }
            seen += 1
            if above.contains(where: isPersonalWord) || beginsWithTitle(above) { return false }
            if beginsWithOrganisation(above) { return true }
        }
        return false
    }

    /// The words of a stretch (letters, digits, apostrophes and an ampersand), a colon kept
    /// on the word it follows ("School:" is a label), a tab a word.
    static func words(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> [Substring] {
        guard from < to else { return [] }
        // (A tab is a word of its own: a table's cells are not one name, "Mrs Amelia Smith\tOffice".)
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: buffer[from..<to]), as: UTF8.self)
            .replacingOccurrences(of: "\t", with: " \t ")
        return text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "&" || $0 == ":" || $0 == "\t") })
    }

    static func isPersonalWord(_ word: Substring) -> Bool {
        personalWords.contains(word.lowercased().filter { $0 != ":" })
    }

    static func beginsWithTitle(_ words: [Substring]) -> Bool {
        guard let first = words.first else { return false }
        return PersonName.isTitle(first.lowercased().filter { $0 != ":" }) && words.count > 1
    }

    /// A capitalised word and an organisation's word after it ("Lane Primary School", "Leeds
    /// City Council", "Eden Camp"), or a company's suffix ("Ltd"); not a label ("School:").
    static func namesOrganisation(_ words: [Substring]) -> Bool {
        // "Centre: PGL Osmington Bay, Shortlake Lane, Weymouth DT3 6EG": a venue's label.
        if let first = words.first, first.hasSuffix(":"), venueLabels.contains(first.dropLast().lowercased()) { return true }
        for index in words.indices {
            let word = words[index]
            if word.hasSuffix(":") { continue }
            if companySuffixes.contains(String(word)) { return true }
            guard index > 0, isOrganisationWord(word), let previous = words[index - 1].first,
                  previous.isUppercase, !words[index - 1].hasSuffix(":") else { continue }
            return true
        }
        return false
    }

    /// A line that begins with an organisation's name: capitalised words up to an
    /// organisation's word ("Hollins Lane Primary School", "THE PRIORY ACADEMY").
    static func beginsWithOrganisation(_ words: [Substring]) -> Bool {
        for index in words.indices.prefix(8) {
            let word = words[index]
            guard let first = word.first, first.isUppercase || (index > 0 && ["of", "and", "&", "the"].contains(word)) else { return false }
            if word.hasSuffix(":") { return false }
            if index > 0, isOrganisationWord(word) || companySuffixes.contains(String(word)) { return true }
        }
        return false
    }

    static func isOrganisationWord(_ word: Substring) -> Bool {
        guard let first = word.first, first.isUppercase else { return false }
        let lower = word.lowercased()
        guard organisationWords.contains(lower) else { return false }
        // "School" or "SCHOOL", not "SChool".
        return word.dropFirst().allSatisfy(\.isLowercase) || word.allSatisfy(\.isUppercase)
    }

    /// The last word of an organisation's name. (Not "Primary", "House", "Park", "Office" or
    /// "Education": a pupil's "SEN Primary need", a home's "Ivy House", a street's "Park", a
    /// subject's "Physical Education".)
    static let organisationWords: Set<String> = [
        "school", "academy", "college", "infants", "juniors", "nursery", "trust", "council", "federation", "university",
        "surgery", "practice", "centre", "center", "hospital", "clinic", "library", "museum", "church", "cathedral",
        "mosque", "gurdwara", "synagogue", "temple", "foundation", "charity", "services", "service", "partnership", "society",
        "embassy", "consulate", "hostel",
        "association", "authority", "constabulary", "police", "hotel", "theatre", "zoo", "camp", "diocese", "agency",
        "institute", "studios", "solutions", "commissioner",
    ]

    /// A line's label that names an organisation or a place, not a person.
    static let venueLabels: Set<String> = ["centre", "venue", "hotel", "hostel", "provider", "company", "supplier",
                                           "organisation", "organization", "destination", "accommodation", "museum"]

    static let companySuffixes: Set<String> = ["Ltd", "LTD", "Limited", "LIMITED", "PLC", "plc", "LLP", "CIC"]

    /// Words of a family's or a pupil's line: its details are theirs, whatever organisation it names.
    static let personalWords: Set<String> = [
        "home", "parent", "parents", "parent's", "mum", "mum's", "dad", "dad's", "mother", "mother's", "father", "father's",
        "carer", "carers", "guardian", "emergency", "personal", "pupil", "pupil's", "child", "child's", "student",
        "student's", "kin", "family", "grandparent", "grandma", "grandad", "nan", "aunt", "uncle", "foster", "lives",
        "resides", "private", "mobile",
    ]

    /// A mailbox's first word that names a role or a team ("office", "dpo", "no-reply").
    static let roleMailboxes: Set<String> = [
        "office", "schooloffice", "admin", "administration", "enquiries", "enquiry", "info", "information", "head",
        "headteacher", "headmaster", "headmistress", "headsoffice", "principal", "reception", "finance", "accounts",
        "payroll", "hr", "recruitment", "vacancies", "jobs", "careers", "dpo", "dataprotection", "privacy", "gdpr",
        "lettings", "bookings", "helpdesk", "servicedesk", "support", "itsupport", "ict", "it", "techsupport",
        "technicians", "sales", "billing", "invoices", "allstaff", "staff", "teachers", "governors", "governance",
        "clerk", "safeguarding", "dsl", "attendance", "absence", "absences", "sen", "senco", "send", "inclusion", "exams",
        "examinations", "bursar", "contact", "contactus", "hello", "noreply", "no-reply", "donotreply", "admissions",
        "catering", "kitchen", "transport", "premises", "facilities", "estates", "marketing", "communications", "comms",
        "press", "media", "newsletter", "pta", "friends", "parentmail", "library", "trips", "uniform", "shop", "payments",
        "wellbeing", "pastoral", "transition", "sixthform", "customerservices", "customer", "operations", "cover",
        "data", "datamanager", "mis", "webmaster", "postmaster", "orders", "purchasing", "procurement", "complaints",
        "feedback", "lado", "mash", "referrals", "duty", "team", "year7", "year11", "sixth", "nurse", "medical",
        // Teams and services of other organisations ("camhs.spa@", "sendiass@", "groups@"), a
        // school's departments ("pe@", "music@"), accounts receivable and payable ("ar@").
        "camhs", "mhst", "sendiass", "spa", "groups", "group", "reservations", "booking", "pe", "sport", "sports",
        "music", "science", "maths", "english", "history", "geography", "drama", "languages", "ar", "ap",
        "creditcontrol", "remittance", "remittances", "ledger", "consular", "embassy", "events", "visits", "tours",
        "schools", "school", "education", "learning",
    ]
}
