import Vectorscan

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
    /// non-geographic number: no column title makes it a family's), by the words beside it in
    /// its own cell (`byKind` too: "via school office, 0113 496 0000, ext. 210" under a
    /// directory's "Contact"), or by where it stands (a letterhead above, which a class list's
    /// column of parents' numbers under the school's name overrules).
    enum Finding { case byKind, byPlace }

    static func names(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int, kind: Kind, database: Database, scratch: Scratch) -> Finding? {
        switch kind {
        case .email:
            if isRoleMailbox(buffer, from: from, to: to) || displayNameIsOrganisations(buffer, before: from)
                || messageIDBefore(buffer, from: from) || groupKeyBefore(buffer, from: from)
                || mailboxNamesOrganisationInText(buffer, from: from, to: to) || mailboxNamesHouseAbove(buffer, from: from, to: to) { return .byKind }
        case .phone: if isNonGeographic(buffer, from: from, to: to) { return .byKind }
        case .mailbox: return addressAfterIsRoles(buffer, after: to) ? .byKind : nil
        case .other: break
        }
        // (A mobile is a person's wherever it stands: a team sheet's parents' under "U12 Football";
        // but for the school's own, said just before it: "wristbands with the school mobile 07700 900001".)
        if kind == .phone, isMobile(buffer, from: from, to: to) {
            if schoolsMobileBefore(buffer, from: from) || schoolsMobileAfter(buffer, to: to) { return .byKind }
            // (Or a service's text line beside its landline, in its block: "Oakridge Young Minds
            // Drop-in (charity)" over "  Tel: 01632 960 418   Text: 07700 900 612", round 2548's
            // poster of where to get help. Its block is an organisation's as a landline's is.)
            guard textLabelAfterLandline(buffer, from: from) else { return nil }
        }
        let near = Neighbourhood(buffer, from: from, to: to, database: database, scratch: scratch)
        guard byPlace(near, from: from, to: to, kind: kind) else { return nil }
        return kind == .phone && byOwnCell(near, from: from, to: to) ? .byKind : .byPlace
    }

    /// Whether a landline's own cell says it is an organisation's: a service before it in the
    /// cell ("via school office, 0113 ..."), an extension or opening hours after it, and no
    /// family's word in the cell.
    static func byOwnCell(_ near: Neighbourhood, from: Int, to: Int) -> Bool {
        let buffer = near.buffer
        // (A line of no tab and no bar is a CSV's, its cells between commas: "Base contact,Stays
        // at school,Reception 0113 496 0000".)
        let csv = !(near.lineStart..<near.lineEnd).contains { buffer[$0] == 9 || buffer[$0] == 124 }
        func bounds(_ byte: UInt8) -> Bool { byte == 9 || byte == 124 || csv && byte == 44 }
        var start = from
        while start > near.lineStart, !bounds(buffer[start - 1]) { start -= 1 }
        var end = to
        while end < near.lineEnd, !bounds(buffer[end]) { end += 1 }
        guard start > near.lineStart || end < near.lineEnd, !near.has(.personal, from: start, to: end) else { return false }
        return near.has(.service, from: start, to: from) || extensionFollows(buffer, after: to) || hoursFollow(buffer, after: to)
    }

    // MARK: Mailboxes and numbers

    /// Whether `local` is the initials of capitalised words earlier on the line (up to 120
    /// bytes back), a word in capitals giving its first letter or itself: "Bladder & Bowel UK"
    /// gives "bbuk", "National Autistic Society" "nas". Words in small letters are passed over.
    static func initialsOfNameBefore(_ buffer: UnsafeRawBufferPointer, at from: Int, local: [UInt8]) -> Bool {
        var start = from
        while start > 0, from - start < 120, buffer[start - 1] != 10 { start -= 1 }
        var words: [ArraySlice<UInt8>] = []
        var index = start
        while index < from {
            guard isLetter(buffer[index]) else { index += 1; continue }
            var end = index
            while end < from, isLetter(buffer[end]) { end += 1 }
            if isUpper(buffer[index]) { words.append(ArraySlice(buffer[index..<end])) }
            index = end
        }
        func lower(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte + 32 : byte }
        // From word `word` on, whether the rest of `local` from `at` is their initials.
        func matches(_ word: Int, _ at: Int) -> Bool {
            if at == local.count { return true }
            guard word < words.count, words[word].count >= 2, lower(words[word].first!) == local[at] else { return false }
            if matches(word + 1, at + 1) { return true }
            let whole = words[word]
            guard whole.count <= 4, whole.allSatisfy(isUpper), at + whole.count <= local.count else { return false }
            return zip(whole, local[at...]).allSatisfy { lower($0) == $1 } && matches(word + 1, at + whole.count)
        }
        // (Not a person's initials at work: "Sarah Jane Hughes, sjh@", "Mrs K L Brown, klb@": words
        // of one letter pass no initial, and a given name begins no organisation's.)
        return words.indices.contains { matches($0, 0) && !GivenNames.contains(String(decoding: words[$0].map(lower), as: UTF8.self)) }
    }

    /// A mailbox of a role or a team, not of a person: its local part's first word
    /// ("office@", "office.admin@", "admissions2025@", "no-reply@").
    static func isRoleMailbox(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool {
        guard let at = (from..<to).first(where: { buffer[$0] == UInt8(ascii: "@") }), at > from else { return false }
        let local = lowerASCII(buffer[from..<at])
        if roleMailboxes.contains(local) { return true }
        // An organisation's own at its own name: "nipso@nipso.org.uk" (an ombudsman's, round 1214's
        // complaints procedure).
        if local.count >= 3, local.allSatisfy(\.isLetter), to - at > local.count + 2,
           lowerASCII(buffer[(at + 1)..<(at + 1 + local.count)]) == local, buffer[at + 1 + local.count] == 46 { return true }
        // An organisation's initials, its name before them on the line: "Bladder & Bowel UK, 0161
        // 214 4591, bbuk@disabledliving.co.uk" (round 2179's night support policy).
        if (3...8).contains(local.count), local.allSatisfy(\.isLetter), initialsOfNameBefore(buffer, at: from, local: Array(local.utf8)) { return true }
        // A helpline's public address, on every school's signposting leaflet ("jo@samaritans.org").
        if publicHelplines.contains(lowerASCII(buffer[from..<to])) { return true }
        // Scotland's Glow, a school's office by its establishment's prefix ("gw07officeglenburn@").
        if local.hasPrefix("gw"), local.count > 4, local.dropFirst(2).prefix(2).allSatisfy(\.isNumber),
           ["office", "admin", "enquiries", "headteacher", "reception"].contains(where: local.dropFirst(4).hasPrefix) { return true }
        // A mailing list's server ("dt-network@lists.example.gov.uk").
        if to - at > 7, lowerASCII(buffer[(at + 1)..<(at + 7)]) == "lists." { return true }
        // A year's or a house's number after a role's ("hoy9@", "year11@", "hos2@"), a year's,
        // a class's or a key stage's list ("yr6@", "y6@", "class3@", "ks2@").
        let role = local.prefix { !$0.isNumber }
        if !role.isEmpty, role.count < local.count, local.dropFirst(role.count).allSatisfy(\.isNumber),
           roleMailboxes.contains(String(role)) || yearListPrefixes.contains(String(role)) { return true }
        // A class's list by its year and its name ("y2kestrels@", "yr6owls@", "year3robins@"), or
        // a class's by its number and letter ("class1a@", "dosbarth2b@", round 730's).
        if yearListPrefixes.contains(String(role)) || role == "year" || role == "dosbarth" {
            let number = local.dropFirst(role.count).prefix(while: \.isNumber)
            let name = local.dropFirst(role.count + number.count)
            let byLetter = (role == "class" || role == "dosbarth") && (1...2).contains(name.count)
            if !number.isEmpty, name.count >= 3 || byLetter, name.allSatisfy(\.isLetter) { return true }
        }
        // An office's, a team's or a parents' list, in one word or in words joined by hyphens
        // or underscores ("dataoffice@", "y9parents@", "preschool-parents@", "SENtransport@").
        let joined = local.split(whereSeparator: { $0 == "-" || $0 == "_" })
        var word = joined.joined()
        // (A year's after it too: "y6parents-2024@", round 2790's invitation.)
        if joined.count >= 2, let last = joined.last, (2...4).contains(last.count), last.allSatisfy(\.isNumber) { word = joined.dropLast().joined() }
        // (Up to 24 letters: a council's "multiagencyreferralunit@", 23.)
        if word.count <= 24, let suffix = roleSuffixes.first(where: word.hasSuffix), word.allSatisfy({ $0.isLetter || $0.isNumber }),
           // (A family's own at a mail provider is no council team's: "familyfinance@gmail.com".)
           !(moneySuffixes.contains(suffix) && Email.personalDomains.contains(lowerASCII(buffer[(at + 1)..<to]))) { return true }
        // A setting's own in one word, its kind first and its place after: a Welsh playgroup's
        // or school's "cylchllanbedrog@", "ysgolpenybryn@" (round 889's newsletter), a parents'
        // association's "friendsofstmarys@" (whatever the provider: small settings use free ones).
        if word.count <= 30, word.allSatisfy(\.isLetter),
           let prefix = settingPrefixes.first(where: word.hasPrefix), word.count - prefix.count >= 4 { return true }
        if word.count <= 24, word.allSatisfy(\.isLetter), let prefix = familyServicePrefixes.first(where: word.hasPrefix),
           word.count - prefix.count >= 3, Email.workSuffixes.contains(where: lowerASCII(buffer[(at + 1)..<to]).hasSuffix) { return true }
        // A list of every parent or every member of staff ("parents-all@", "all-staff@").
        if joined.count >= 2, joined.contains(where: { $0 == "all" || $0 == "everyone" }),
           joined.contains(where: { part in listMembers.contains(where: part.hasSuffix) }) { return true }
        // A year's or a key stage's list ("parents-y7@", "year11_parents@", "ks2-staff@").
        if joined.count >= 2, joined.contains(where: { listMembers.contains(String($0)) }),
           joined.allSatisfy({ part in listMembers.contains(String(part)) || isYearToken(part) }) { return true }
        // Its first word or its last ("office.admin@", "lscp.training@").
        let words = local.split(whereSeparator: { !$0.isLetter })
        // A class's or a setting's list of its parents or pupils ("parents-nursery@", "pupils.6h@").
        if words.count >= 2, let first = words.first, listMembers.contains(String(first)) { return true }
        // (Not the last at a personal provider: a music teacher's "jmcallister.music@outlook.com".)
        if words.first.map({ roleMailboxes.contains(String($0)) }) ?? false { return true }
        // (Or its last word ending as an office's or a team's does: an NHS trust's
        // "sonct.paedsappointments@", round 715's.)
        // (Not a person's tag after a "+": "j.smith+parents@".)
        let dotted = (local.split(separator: "+").first ?? "").split(separator: ".")
        // A parents' association's committee at a free provider ("fosb.committee@gmail.com",
        // round 948's newsletter).
        if dotted.count >= 2, let last = dotted.last, associationMailboxes.contains(String(last)) { return true }
        if dotted.count >= 2, let last = dotted.last, last.count <= 20, last.allSatisfy(\.isLetter),
           roleSuffixes.contains(where: last.hasSuffix),
           !Email.personalDomains.contains(lowerASCII(buffer[(at + 1)..<to])) { return true }
        // (Or any of three or more: an NHS trust's "sonct.camhs.ipswich@", round 715's.)
        guard words.count >= 2, let last = words.last,
              roleMailboxes.contains(String(last)) || words.count >= 3 && words.contains(where: { roleMailboxes.contains(String($0)) })
        else { return false }
        return !Email.personalDomains.contains(lowerASCII(buffer[(at + 1)..<to]))
    }

    /// Whether a one-word mailbox at a workplace is named after an organisation the text names:
    /// its initials ("hfa@" beside "Holybrook Friends' Association", a PTA's; "sfl@" beside
    /// "Support for Learning"), its words run together ("uskhouse@" beside "Usk House", a
    /// boarding house's) or its words before the last ("rainbows@" beside "Rainbows Club"), the
    /// name's last word an organisation's (`organisationNameEnds`). Rounds 765-773's.
    static func mailboxNamesOrganisationInText(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool {
        guard let at = (from..<to).first(where: { buffer[$0] == UInt8(ascii: "@") }), (2...24).contains(at - from),
              (from..<at).allSatisfy({ isLetter(buffer[$0]) }) else { return false }
        let domain = lowerASCII(buffer[(at + 1)..<to])
        guard Email.workSuffixes.contains(where: domain.hasSuffix) else { return false }
        let local = Array(lowerASCII(buffer[from..<at]).utf8)
        // The words before each capitalised organisation's word, read back (at most five more).
        // (Within 16 KB either side: a newsletter's or a calendar's name of the body is near
        // its mailbox, and a long document's other mailboxes each cost a pass.)
        var index = max(0, from - 16_384)
        let limit = min(buffer.count, to + 16_384)
        while index < limit {
            guard isUpper(buffer[index]), index == 0 || !isLetter(buffer[index - 1]) else { index += 1; continue }
            var end = index
            while end < buffer.count, isLetter(buffer[end]) { end += 1 }
            defer { index = end }
            // (Compared as bytes: every capitalised word of the text is looked at.)
            let length = end - index
            guard length >= 3, length <= 12, organisationNameEndBytes.contains(where: { word in
                word.count == length && word.indices.allSatisfy { buffer[index + $0] | 0x20 == word[$0] }
            }) else { continue }
            // Back over the name's words: capitalised ones, and "of", "the", "and", "for" between
            // (an ampersand or an apostrophe before a word ends the name).
            var words: [[UInt8]] = [Array(lowerASCII(buffer[index..<end]).utf8)]
            var start = index
            while words.count < 6 {
                var position = start
                // The gap: a space, perhaps after an apostrophe ("Friends' Association").
                guard position >= 2, buffer[position - 1] == 32 else { break }
                position -= 1
                if buffer[position - 1] == 39 { position -= 1 }
                var wordStart = position
                while wordStart > 0, isLetter(buffer[wordStart - 1]) { wordStart -= 1 }
                if wordStart > 0, buffer[wordStart - 1] == 38 || buffer[wordStart - 1] == 39 { break }
                let word = Array(lowerASCII(buffer[wordStart..<position]).utf8)
                guard !word.isEmpty, isUpper(buffer[wordStart]) || connectives.contains(String(decoding: word, as: UTF8.self)) else { break }
                words.insert(word, at: 0)
                start = wordStart
                // Every run of the name's last words: "Holybrook Friends' Association", and
                // "Friends' Association" within it; its initials with or without its small words
                // ("sfl@" for "Support for Learning").
                let named = words.filter { !connectives.contains(String(decoding: $0, as: UTF8.self)) }
                if named.count >= 2, named.map({ $0[0] }) == local || words.map({ $0[0] }) == local || Array(words.joined()) == local {
                    return true
                }
                // Or its name without the last word: "rainbows@" for "Rainbows Club" (not a given
                // name's: "holly@" is Holly's whatever the text calls a club).
                if local.count >= 5, Array(words.dropLast().joined()) == local, !PersonName.isCommonGiven(String(decoding: local, as: UTF8.self)) {
                    return true
                }
                // Or its first word's plural: "practicals@" for "Practical Science Team" (round 2137's
                // awarding body).
                if named.count >= 2, local.count >= 6, local.last == 115, Array(local.dropLast()) == words[0] { return true }
            }
        }
        return false
    }

    /// A house's or a team's mailbox by its name in the record above: "house: Seacole" over
    /// "contact: seacole@oakfield-academy.example.org" (round 1958's published list of heads of
    /// house), "Turing House" ... "turing@". Its name capitalised, within 300 bytes before it.
    static func mailboxNamesHouseAbove(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool {
        guard let at = (from..<to).first(where: { buffer[$0] == UInt8(ascii: "@") }) else { return false }
        let length = at - from
        guard (4...20).contains(length), (from..<at).allSatisfy({ isLetter(buffer[$0]) }) else { return false }
        var index = max(0, from - 300)
        while index + length < from {
            defer { index += 1 }
            guard isUpper(buffer[index]), index == 0 || !isLetter(buffer[index - 1]), !isLetter(buffer[index + length]),
                  (0..<length).allSatisfy({ buffer[index + $0] | 0x20 == buffer[from + $0] | 0x20 }) else { continue }
            let before = lowerASCII(buffer[max(0, index - 10)..<index])
            let after = lowerASCII(buffer[(index + length)..<min(buffer.count, index + length + 6)])
            if before.contains("house") || before.contains("team") || after == " house" { return true }
        }
        return false
    }

    /// The last word of an organisation's name, of a PTA's, a house's, a club's, a school's
    /// (`mailboxNamesOrganisationInText`, `inOrganisationsRecord`).
    static let organisationNameEnds: Set<String> = [
        "association", "friends", "society", "committee", "trust", "club", "council", "federation", "partnership",
        "foundation", "academy", "school", "college", "house", "centre", "center", "group", "network", "forum",
        "service", "services", "unit", "department", "office", "programme", "project", "fund", "charity", "alliance",
        "union", "league", "board", "hub", "team", "choir", "orchestra", "band",
        // A service's: "Support for Learning" (round 771's Scottish secondary).
        "learning", "support", "provision",
        // A school's and a company's (a census return's "school: Ardnagreen College", round 782's).
        "primary", "secondary", "nursery", "infants", "juniors", "ltd", "limited", "plc",
        // A public body's ("Teaching Regulation Agency: tra.employer@…", a safer recruitment policy, round 1765's).
        "agency", "authority", "commission", "inspectorate", "ombudsman", "regulator", "executive", "ministry",
        // A charity's store: "Kettering Community Uniform Bank ... uniformbank@" (round 1902's signposting page).
        "bank", "foodbank", "pantry", "larder",
    ]

    static let organisationNameEndBytes = organisationNameEnds.map { Array($0.utf8) }

    static let connectives: Set<String> = ["of", "the", "and", "for"]

    /// Whether the "address" is a message's id in a mail log ("msgid=<CAF7x1.ios@gmail.com>",
    /// "message-id=<…>", "in-reply-to=<…>"): no one's mailbox.
    /// Whether the address is a group's by its key on its line: a Google Classroom export's
    /// "courseGroupEmail" (read as "course group email: 10Sci-2_Physics_8e2d77@…"), a
    /// directory's "Group email", "distribution list" (round 760's).
    static func groupKeyBefore(_ buffer: UnsafeRawBufferPointer, from: Int) -> Bool {
        var start = from
        while start > 0, from - start < 48, buffer[start - 1] != 10 { start -= 1 }
        let before = lowerASCII(buffer[start..<from])
        return ["group email", "group_email", "groupemail", "group mail", "distribution list", "mailing list"].contains(where: before.contains)
    }

    static func messageIDBefore(_ buffer: UnsafeRawBufferPointer, from: Int) -> Bool {
        guard from >= 2, buffer[from - 1] == UInt8(ascii: "<") else { return false }
        let before = lowerASCII(buffer[max(0, from - 16)..<(from - 1)])
        return ["msgid=", "msg-id=", "message-id=", "messageid=", "in-reply-to=", "references="].contains(where: before.hasSuffix)
    }

    /// Whether the name a message's header gives the address is a house's, an office's or a
    /// team's ("From: Wykeham House <wykeham@…>", "Exams Office <eo@…>"): its last word.
    static func displayNameIsOrganisations(_ buffer: UnsafeRawBufferPointer, before from: Int) -> Bool {
        guard from > 0, buffer[from - 1] == UInt8(ascii: "<") else { return false }
        var end = from - 1
        while end > 0, buffer[end - 1] == 32 || buffer[end - 1] == UInt8(ascii: "\"") { end -= 1 }
        var start = end
        while start > 0, isLetter(buffer[start - 1]) { start -= 1 }
        guard start < end, isUpper(buffer[start]), start > 0, buffer[start - 1] == 32 else { return false }
        if displayNameEndings.contains(lowerASCII(buffer[start..<end])) { return true }
        // A list's name: "All Secondary Head Teachers <secondaryhts@…>".
        var lineStart = start
        while lineStart > 0, start - lineStart < 80, buffer[lineStart - 1] != 10, buffer[lineStart - 1] != 58,
              buffer[lineStart - 1] != 44, buffer[lineStart - 1] != 34 { lineStart -= 1 }
        while lineStart < start, buffer[lineStart] == 32 { lineStart += 1 }
        return start - lineStart >= 4 && lowerASCII(buffer[lineStart..<(lineStart + 4)]) == "all "
    }

    /// The last words of a header's name that make it an organisation's or a team's.
    static let displayNameEndings: Set<String> = ["house", "office", "team", "school", "academy", "department", "dept", "college",
                                                  "parents", "newsletter", "trust", "council", "services", "service", "admissions",
                                                  "nursery", "committee", "governors", "helpdesk", "support", "reception", "pta",
                                                  "bookings"]

    static let publicHelplines: Set<String> = ["jo@samaritans.org", "help@nspcc.org.uk",
                                               // Papyrus's HOPELINEUK (round 2003's list of support services).
                                               "pat@papyrus-uk.org"]

    /// "y7", "yr11", "year9", "ks2", "10": a year group or a key stage in a list's name.
    static func isYearToken(_ part: Substring) -> Bool {
        let digits = part.drop { !$0.isNumber }
        guard (1...2).contains(digits.count), digits.allSatisfy(\.isNumber) else { return false }
        return ["", "y", "yr", "year", "ks"].contains(part.dropLast(digits.count))
    }

    /// Whether the value's line holds a role's or a team's mailbox.
    static func lineHoldsRoleMailbox(_ near: Neighbourhood) -> Bool {
        holdsRoleMailbox(near.buffer, from: near.lineStart, to: near.lineEnd)
    }

    static func holdsRoleMailbox(_ buffer: UnsafeRawBufferPointer, from lineStart: Int, to lineEnd: Int) -> Bool {
        for at in lineStart..<lineEnd where buffer[at] == UInt8(ascii: "@") {
            var start = at
            while start > lineStart, isAlnum(buffer[start - 1]) || [46, 45, 95].contains(buffer[start - 1]) { start -= 1 }
            var end = at + 1
            while end < lineEnd, isAlnum(buffer[end]) || [46, 45].contains(buffer[end]) { end += 1 }
            if start < at, end > at + 1, isRoleMailbox(buffer, from: start, to: end) { return true }
        }
        return false
    }

    /// Whether the record lines just above the value's (each "key: value", no blank line
    /// between, three at most) hold a role's mailbox or a post, and none a family's word.
    static func recordAboveIsRoles(_ near: Neighbourhood) -> Bool {
        let buffer = near.buffer
        var lineEnd = near.lineStart - 1, seen = 0, roles = false
        while lineEnd > near.regionStart, seen < 3 {
            var lineStart = lineEnd
            while lineStart > near.regionStart, buffer[lineStart - 1] != 10 { lineStart -= 1 }
            guard recordKey(buffer, lineStart, lineEnd) != nil else { break }
            if near.has(.personal, from: lineStart, to: lineEnd) { return false }
            if holdsRoleMailbox(buffer, from: lineStart, to: lineEnd) || near.has(.staff, from: lineStart, to: lineEnd) { roles = true }
            seen += 1
            lineEnd = lineStart - 1
        }
        return roles
    }

    /// Whether a line is a heading over a list of an organisation's places: "Clinic locations",
    /// "Our sites", "Where to find us" (a line of at most four words, no digits).
    static func placesHeading(_ buffer: UnsafeRawBufferPointer, _ from: Int, _ to: Int) -> Bool {
        // (Its bullet, Markdown's marks and its colon aside; on bytes, before any string is made.)
        var start = from, end = to
        while start < end, headingMarks.contains(buffer[start]) { start += 1 }
        while end > start, headingMarks.contains(buffer[end - 1]) { end -= 1 }
        guard start < end, end - start <= 40, !buffer[start..<end].contains(where: { $0 >= 48 && $0 <= 57 }) else { return false }
        let line = lowerASCII(buffer[start..<end])
        let words = line.split(separator: " ")
        guard words.count <= 4, let last = words.last else { return false }
        return placesHeadings.contains(line) || placesWords.contains(String(last))
    }

    static let headingMarks: Set<UInt8> = [32, 9, 13, 58, 35, 42, 45]
    static let placesWords: Set<String> = ["locations", "sites", "venues", "clinics", "branches", "bases"]

    static let placesHeadings: Set<String> = ["where to find us", "where we are", "our sites", "our offices", "our centres",
                                              "our clinics", "how to find us", "venues"]

    /// Whether the words just after a number (on its line, within 40 bytes) offer a service's
    /// advice or support ("for impartial advice", "for confidential support").
    static func serviceFollows(_ buffer: UnsafeRawBufferPointer, after: Int) -> Bool {
        var end = after
        while end < buffer.count, end - after < 40, buffer[end] != 10 { end += 1 }
        return holdsPhrase(serviceOffers, in: buffer[after..<end])
    }

    /// The service phrases that say a postcode is a place's own ("school's postcode", "postcode
    /// for sat nav"), and a few more, looked for across a line break as well.
    static let ownPostcodes = PhraseSet(servicePhrases.filter { $0.contains("postcode") }
        + ["schools postcode", "our postcode", "academy's postcode", "college's postcode", "postcode for ambulance", "cod post yr ysgol"])

    static let serviceOffers = PhraseSet(["for impartial", "for free advice", "for free, impartial", "for confidential", "for advice",
                                          "for information and advice", "for support and advice", "advice line", "helpline",
                                          // A venue's bookings line ("tel 020 3757 8500 (group bookings)").
                                          "group bookings", "school bookings", "bookings", "box office"])

    /// Whether the record's next line is a role's mailbox under a key that is no family's (a
    /// settings file's "phone: 0113 496 0124" over "email: office@…").
    static func recordBelowIsRoles(_ near: Neighbourhood) -> Bool {
        let buffer = near.buffer
        var start = near.lineEnd
        guard start < buffer.count, buffer[start] == 10 else { return false }
        start += 1
        var end = start
        while end < buffer.count, end - start < 300, buffer[end] != 10 { end += 1 }
        guard let key = recordKey(buffer, start, end), !personalWords.contains(key.name) else { return false }
        return holdsRoleMailbox(buffer, from: start, to: end)
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

    /// Whether the words just before a mobile number (on its line, within 32 bytes) say it is
    /// the school's or a trip's own phone, not a person's.
    static func schoolsMobileBefore(_ buffer: UnsafeRawBufferPointer, from: Int) -> Bool {
        // (Past a dotted leader: "School duty phone (SLT, 24 hrs during visit) ...... 07700 …".)
        var end = from
        while end > 0, from - end < 64, [32, 46, 58, 9, 45, 95].contains(buffer[end - 1]) { end -= 1 }
        var start = end
        while start > 0, end - start < 64, buffer[start - 1] != 10 { start -= 1 }
        // (A service's text number after its phone's: "0800 068 4141, text 07860 039967", round 2141's
        // table of helplines; not "please text me".)
        if [", text", " or text", "/ text"].contains(where: { DocumentState.endsWith(buffer, end, from: start, $0) }) { return true }
        // (Or a record's text key under its phone's: a contacts file's "phone: \"01536 493 000\"" over
        // "text: \"07700 900 386\"" for a school nursing service, round 2213's.)
        if textKeyUnderPhone(buffer, start: start, end: end) { return true }
        return holdsSchoolsMobile(buffer[start..<end])
    }

    /// Whether a "Text:" label comes just before a number (on its line), after a "Tel:" label
    /// that opens the line: a service's text line beside its landline.
    static func textLabelAfterLandline(_ buffer: UnsafeRawBufferPointer, from: Int) -> Bool {
        var end = from
        while end > 0, from - end < 8, buffer[end - 1] == 32 || buffer[end - 1] == 9 { end -= 1 }
        var start = end
        while start > 0, end - start < 80, buffer[start - 1] != 10 { start -= 1 }
        guard DocumentState.endsWith(buffer, end, from: start, "text:") else { return false }
        var first = start
        while first < end, buffer[first] == 32 || buffer[first] == 9 { first += 1 }
        return DocumentState.opensWith(buffer, at: first, before: end, phoneKeys)
    }

    /// Whether `buffer[start..<end]` is a "text" key alone (a quote after it passed over) and the
    /// line above a "phone" key's: a service's record, its text line under its phone number.
    static func textKeyUnderPhone(_ buffer: UnsafeRawBufferPointer, start: Int, end: Int) -> Bool {
        var first = start, last = end
        while first < last, buffer[first] == 32 || buffer[first] == 9 || buffer[first] == 45 { first += 1 }
        while last > first, buffer[last - 1] == 34 || buffer[last - 1] == 39 || buffer[last - 1] == 32 { last -= 1 }
        guard last - first <= 6, DocumentState.startsWithCaseless(buffer, at: first, end: last, "text"),
              last - first == 4 || last - first == 5 && buffer[first + 4] == 58, start > 0 else { return false }
        var above = start - 1
        while above > 0, buffer[above - 1] != 10 { above -= 1 }
        while above < start, buffer[above] == 32 || buffer[above] == 9 || buffer[above] == 45 { above += 1 }
        return DocumentState.opensWith(buffer, at: above, before: start, phoneKeys)
    }

    static let phoneKeys: [StaticString] = ["phone:", "tel:", "telephone:"]

    /// Whether the words just after a mobile number (on its line, within 32 bytes) say it is
    /// an organisation's duty phone ("07700 900000 (trust on-call phone)").
    static func schoolsMobileAfter(_ buffer: UnsafeRawBufferPointer, to: Int) -> Bool {
        var end = to
        while end < buffer.count, end - to < 32, buffer[end] != 10 { end += 1 }
        return holdsSchoolsMobile(buffer[to..<end])
    }

    /// Whether a few bytes beside a mobile number hold one of `schoolsMobiles`, in any case.
    /// (On bytes: asked of every mobile number; Foundation's substring search cost the dense
    /// benchmark's text 7%.)
    static func holdsSchoolsMobile(_ bytes: UnsafeRawBufferPointer.SubSequence) -> Bool {
        // (Not another line: "contact me on 07700 900263 or via the non-emergency line".)
        holdsPhrase(schoolsMobiles, in: bytes) { bytes, index in
            if index - 4 >= bytes.startIndex && ContextKeyword.fold(bytes[index - 4]) == 110 && ContextKeyword.fold(bytes[index - 3]) == 111
                && ContextKeyword.fold(bytes[index - 2]) == 110 && (bytes[index - 1] == 45 || bytes[index - 1] == 32) { return true }
            // (Nor one the writer says not to use: "my own number is 07481 609325 (don't use the
            // school mobile, it's in my locker)", round 992's.)
            let before = String(decoding: bytes[max(bytes.startIndex, index - 16)..<index].map(ContextKeyword.fold), as: UTF8.self)
            return before.hasSuffix("don't use the ") || before.hasSuffix("do not use the ") || before.hasSuffix("not the ")
                || before.hasSuffix("don\u{2019}t use the ")
        }
    }

    /// Whether a few bytes hold one of a set's phrases (lower-case bytes), in any case, at an
    /// index `excluded` does not rule out. (On bytes, each offset against the phrases that begin
    /// with its byte only: asked of every mobile and landline, comparing every phrase at every
    /// offset cost a scan of text dense with numbers 3%.)
    static func holdsPhrase(_ set: PhraseSet, in bytes: UnsafeRawBufferPointer.SubSequence,
                            excluded: (UnsafeRawBufferPointer.SubSequence, Int) -> Bool = { _, _ in false }) -> Bool {
        set.firstStart.withUnsafeBufferPointer { firstStart in
            set.starts.withUnsafeBufferPointer { starts in
                set.bytes.withUnsafeBufferPointer { phraseBytes in
                    var index = bytes.startIndex
                    let end = bytes.endIndex
                    while index < end {
                        let first = Int(ContextKeyword.fold(bytes[index]))
                        var entry = firstStart[first]
                        let stop = firstStart[first + 1]
                        while entry < stop {
                            let from = starts[entry], count = starts[entry + 1] - from
                            entry += 1
                            guard index + count <= end else { continue }
                            var offset = 1
                            while offset < count, ContextKeyword.fold(bytes[index + offset]) == phraseBytes[from + offset] { offset += 1 }
                            if offset == count, !excluded(bytes, index) { return true }
                        }
                        index += 1
                    }
                    return false
                }
            }
        }
    }

    static let schoolsMobiles = PhraseSet(["school mobile", "school's mobile", "schools mobile", "trip mobile", "trip phone", "school phone",
                                           "duty mobile", "on-call mobile", "on call mobile", "office mobile", "residential mobile",
                                           // ("Phone the school office ... (or the duty SLT mobile 07700 900 000 after
                                           // 4pm)", round 2265's trip leaders' procedure.)
                                           "duty slt", "slt mobile", "slt on-call", "slt on call", "duty manager",
                                           "on-call phone", "on call phone", "duty phone", "out of hours:", "emergency line", "24h emergency",
                                           "24 hour emergency",
                                           // ("Contact the school's 24-hour trip line: 07700 900001", round 1882's visits policy.)
                                           "trip line", "24-hour trip", "24 hour trip",
                                           // A role's shared phone in a list of useful numbers ("Caretaker mobile
                                           // (shared work phone) 07700 …").
                                           "shared work phone", "shared work mobile", "shared phone", "shared mobile",
                                           // A service's text line on a leaflet ("Text ChatHealth on 07312 …"): the NHS
                                           // school nurses' messaging service, a helpline's.
                                           "chathealth", "helpline", "text service", "textline",
                                           // ("Text <strong>07480 …</strong> (school nursing service, Mon–Fri", round 2073's poster.)
                                           "school nursing", "nursing service", "nursing team",
                                           // (A food bank's in a newsletter's table of support, "07700 900 321
                                           // (coordinator)", round 2119's.)
                                           "(coordinator)", "(co-ordinator)",
                                           // A college's wellbeing text line ("Text the wellbeing line: 07860 …", round 1102's leaflet).
                                           "wellbeing line", "support line", "text the team",
                                           // A school's absence text line ("text 07860 024 744 (school absence line)",
                                           // a settings file's "absence_line_sms", round 744's).
                                           "absence line", "attendance line", "absence text", "absence_line", "text line", "sms line",
                                           // A trip's own phone, in English and Welsh ("Ffôn argyfwng y daith / Trip
                                           // emergency phone: 07700 …").
                                           "trip emergency phone", "trip emergency mobile", "ffôn argyfwng y daith", "ffôn y daith",
                                           "ffôn yr ysgol", "ffon argyfwng y daith", "ffon y daith", "ffon yr ysgol",
                                           // An expedition group's phone, the school's ("Supervisor phone (group mobile):
                                           // 07700 … (school-owned, returned after exp.)", round 793's kit list).
                                           "group mobile", "group phone", "expedition mobile", "expedition phone", "minibus mobile",
                                           "minibus phone", "school-owned", "school owned",
                                           // A system's test number in a config file ("sms_gateway: "+44 7700 900123"  # test
                                           // number for alerts", round 800's).
                                           "test number", "test phone", "dummy number", "sms_gateway", "sms gateway"])

    /// A UK number no household has: 03 (organisations' national rate), 05 (corporate),
    /// 08 (freephone and business rate), 09 (premium rate). A home's is geographic (01, 02), a
    /// person's own a mobile (07).
    static func isNonGeographic(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool {
        areaDigit(buffer, from: from, to: to).map { "3589".utf8.contains($0) } ?? false
    }

    /// A UK mobile number (07).
    static func isMobile(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool {
        isMobile(Array(buffer[from..<to]))
    }

    /// Whether a UK number, as written, is a mobile's (07, +44 7, 0044 7).
    static func isMobile(_ value: [UInt8]) -> Bool {
        areaDigit(value) == UInt8(ascii: "7")
    }

    /// The digit after the 0 of a UK number in national form (+44 and 0044 read as 0, as its
    /// fingerprint reads them).
    static func areaDigit(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> UInt8? {
        areaDigit(Array(buffer[from..<to]))
    }

    static func areaDigit(_ value: [UInt8]) -> UInt8? {
        let national = Fingerprinter.normalize(bytes: value, .phone)
        return national.count > 1 ? national[1] : nil
    }

    // MARK: Lines

    /// The vocabulary's matches (`Engine.organisationDatabase`) in the value's line and the
    /// lines above it, read on bytes: a candidate costs one short Vectorscan call, not a
    /// String per word (which had made the dense benchmark corpus twice as slow).
    struct Neighbourhood {
        let buffer: UnsafeRawBufferPointer
        /// The value's line, and where the region scanned begins: four lines above at most,
        /// within 400 bytes (three non-empty ones are read).
        let lineStart: Int, lineEnd: Int, regionStart: Int
        var words: [(kind: Word, from: Int, to: Int)] = []

        init(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int, database: Database, scratch: Scratch) {
            self.buffer = buffer
            var start = from
            while start > 0, from - start < 300, buffer[start - 1] != 10 { start -= 1 }
            var end = to
            while end < buffer.count, end - to < 300, buffer[end] != 10 { end += 1 }
            lineStart = start
            lineEnd = end
            var region = start, lines = 0
            while region > 0, lines < 4, start - region < 400 {
                region -= 1
                while region > 0, start - region < 400, buffer[region - 1] != 10 { region -= 1 }
                lines += 1
            }
            regionStart = region
            let text = UnsafeRawBufferPointer(rebasing: buffer[region..<end])
            for match in (try? database.matches(in: text, scratch: scratch)) ?? [] {
                let word = OrganisationContact.vocabulary[Int(match.id)]
                let to = region + Int(match.to), from = to - word.text.utf8.count
                // Whole words only.
                if from > 0, isLetter(buffer[from - 1]) || buffer[from - 1] >= 0x80 { continue }
                if to < buffer.count, isLetter(buffer[to]) || buffer[to] >= 0x80 { continue }
                // (A directory's sign-in name is no post: Entra's "userPrincipalName", read as
                // "user principal name".)
                if word.kind == .staff, word.text == "principal", to + 5 <= buffer.count,
                   lowerASCII(buffer[to..<(to + 5)]) == " name" { continue }
                // (Gaelic's "nan" in small letters between a name's capitalised words is its
                // article, no grandmother: "Sgoil Àird nan Ròn", round 1597's island school.)
                if word.kind == .personal, word.text == "nan", buffer[from] == 110, from >= 2, to + 1 < buffer.count,
                   buffer[from - 1] == 32, buffer[to] == 32, isUpperLead(buffer[to + 1]),
                   isLetter(buffer[from - 2]) || buffer[from - 2] >= 0x80 {
                    var start = from - 1
                    while start > 0, buffer[start - 1] != 32, buffer[start - 1] != 10 { start -= 1 }
                    if isUpperLead(buffer[start]) { continue }
                }
                words.append((word.kind, from, to))
            }
            // A family's word inside an organisation's name is the organisation's: "Emergency
            // Department", "Family Centre".
            let named = words.filter { $0.kind == .organisation }
            if !named.isEmpty {
                words.removeAll { word in word.kind == .personal && named.contains { $0.from <= word.from && $0.to >= word.to && $0.to - $0.from > word.to - word.from } }
                // (Or a capitalised one just before an organisation's word: "org: Millbrook Family Surgery"
                // over "address: 14 Station Road", round 2965's contacts list.)
                words.removeAll { word in
                    word.kind == .personal && isUpper(buffer[word.from]) && named.contains { $0.from == word.to + 1 && buffer[word.to] == 32 && isUpper(buffer[$0.from]) }
                }
            }
        }

        func has(_ kind: Word, from: Int, to: Int) -> Bool {
            words.contains { $0.kind == kind && $0.from >= from && $0.to <= to }
        }
    }

    enum Word { case organisation, leading, company, venue, personal, staff, service, phase }

    /// Every word the checks look for, with what it says. The sets are sorted: a set's order
    /// changes from one process to the next, and the compiled database is cached by its
    /// patterns in order, so an unsorted vocabulary would be compiled and stored again at
    /// every start.
    static let vocabulary: [(kind: Word, text: String)] =
        organisationWords.sorted().map { (.organisation, $0) } + leadingOrganisationWords.sorted().map { (.leading, $0) }
        + companySuffixes.sorted().map { (.company, $0) } + venueLabels.sorted().map { (.venue, $0) }
        + personalWords.sorted().map { (.personal, $0) } + staffRoles.sorted().map { (.staff, $0) }
        + servicePhrases.map { (.service, $0) } + phaseWords.sorted().map { (.phase, $0) }

    /// The vocabulary as literal caseless patterns (case is checked on the bytes where it matters).
    static var patterns: [Pattern] {
        vocabulary.enumerated().map { index, word in
            Pattern(KeywordPattern.escapeLiteral(word.text), id: UInt32(index), flags: .caseless)
        }
    }

    static func byPlace(_ near: Neighbourhood, from: Int, to: Int, kind: Kind) -> Bool {
        // (A mailbox at a personal provider takes a service's words on its own line only: an
        // exams office's "From: Exams Office <exams@…>" is over "To: macylomas08@icloud.com".)
        let personal = kind == .email && Email.namesMailboxOutsideWork(near.buffer, from: from, personalOnly: true)
        // (A postcode ends an address, further from the service's name: "Rompa service desk: 01246
        // 211 777, Goyt Side Road, Chesterfield, Derbyshire S40 2PH".)
        if servesBefore(near, from: from, lineAbove: !personal, reach: kind == .other ? 96 : 64) { return true }
        // A venue's label and its colon before the value on its line, not only at its start: a
        // brochure's "Governor induction (venue: Adams Court, Kildare Terrace, LS12 1DB)".
        // (Not "Destination:" or "Accommodation:", which may be a host family's home.)
        if near.words.contains(where: { word in
            word.kind == .venue && word.from >= near.lineStart && word.to < from && near.buffer[word.to] == UInt8(ascii: ":")
                && placeLabels.contains(lowerASCII(near.buffer[word.from..<word.to]))
        }) { return true }
        // A postcode said to be the school's ("The school's postcode for ambulance crews is CV32
        // 6DX", "our postcode for sat navs"), within 64 bytes before it even over a line break
        // (`servesBefore` looks at the line above only for a value beginning its line).
        if kind == .other {
            var start = from
            while start > near.regionStart, from - start < 64 { start -= 1 }
            if holdsPhrase(ownPostcodes, in: near.buffer[start..<from]) { return true }
        }
        // A switchboard and an extension ("0113 496 0500 ext 214") or its menu ("(option 3)").
        if kind == .phone, extensionFollows(near.buffer, after: to) { return true }
        // A service's opening hours ("0113 496 0000 (Mon-Fri 9am-5pm)", "- lines open 8am to 6pm").
        if kind == .phone, hoursFollow(near.buffer, after: to) { return true }
        // A member of staff's work number or mailbox, on a line that gives their post ("Ms Laura
        // Finch, Head of Year 11 - l.finch@…"); not a mailbox at a personal domain (a member of
        // staff's own).
        let familys = near.has(.personal, from: near.lineStart, to: near.lineEnd)
        if !personal, !familys, kind != .other, near.has(.staff, from: near.lineStart, to: near.lineEnd) { return true }
        // A landline or an address beside a team's mailbox ("Contact: 0113 496 0100 or year9@…",
        // a newsletter's footer "Kirkstall Brow, Leeds LS5 3XQ · 0113 496 0100 · sixthform@…").
        if kind == .phone || kind == .other, !familys, lineHoldsRoleMailbox(near) { return true }
        // A number beginning its line under a line that ends with a team's mailbox ("... via
        // office@greystone-chs.cymru or" over "01685 870 600."), none of it a family's.
        // (Or an address line under it, "Anstey Lane, Leicester LE4 0FL." under "Telephone 0116 235
        // 6789; email careers@beaumontleys-academy.org.uk;", round 674's.)
        if kind == .phone || kind == .other, !familys, from - near.lineStart <= 12 || kind == .other && near.lineEnd - near.lineStart <= 80,
           near.lineStart > near.regionStart {
            var above = near.lineStart - 1
            while above > near.regionStart, near.buffer[above - 1] != 10 { above -= 1 }
            if holdsRoleMailbox(near.buffer, from: above, to: near.lineStart - 1), !near.has(.personal, from: above, to: near.lineStart - 1) { return true }
        }
        // A service's offer after a landline ("on 01422 266141 for impartial advice").
        if kind == .phone, serviceFollows(near.buffer, after: to) { return true }
        // A record's fields on lines of their own (a JSON contact's "role: PE subject lead" and
        // "email: pe@…" above its "phone: 01632 960 410"): a role's mailbox or a post among the
        // record's lines above, none of them a family's.
        if kind == .phone || kind == .other, !familys, recordKey(near.buffer, near.lineStart, near.lineEnd) != nil,
           recordAboveIsRoles(near) || recordBelowIsRoles(near) { return true }
        // (Never a mailbox at a personal provider under an organisation's line: an exams
        // office's "From: Exams Office <exams@…>" over "To: macylomas08@icloud.com".)
        return !personal && onOrganisationLines(near, familys: familys)
    }

    /// An organisation's service just before the value ("via the school office on",
    /// "helpdesk", "Contact us:", "AQA customer services", "our Attendance Officer, Mrs Pilling,
    /// is available from 8am on"), within 64 bytes on its line; or at the end of the line above
    /// when the value begins its line or nearly ("on 01632 960000": a PDF's paragraph wraps
    /// "contact the office" above its number; not the line above a sentence, "an epipen is kept
    /// in the office." over "Questions to k.bennett@…").
    static func servesBefore(_ near: Neighbourhood, from: Int, lineAbove: Bool = true, reach: Int = 64) -> Bool {
        var start = from
        while start > near.regionStart, from - start < reach, near.buffer[start - 1] != 10 { start -= 1 }
        if lineAbove, start > near.regionStart, near.buffer[start - 1] == 10, from - start <= 12 {
            start -= 1
            while start > near.regionStart, from - start < 64, near.buffer[start - 1] != 10 { start -= 1 }
        }
        // (Not a service named earlier on a family's line, their own number labelled after it: "use
        // interpreter (Polish) for parents' evening. Home number 0141 496 0821.")
        guard let service = near.words.last(where: { $0.kind == .service && $0.from >= start && $0.to <= from }) else { return false }
        return !near.words.contains { word in
            word.kind == .personal && word.from >= service.to && word.to <= from
                && familyLabels.contains(lowerASCII(near.buffer[word.from..<word.to]))
        }
    }

    /// A family's own label, after a service's name on its line ("... interpreter ... Home number").
    static let familyLabels: Set<String> = ["home", "mum", "mum's", "dad", "dad's", "mother", "mother's", "father", "father's",
                                            "parent", "parent's", "carer", "grandparent", "nan", "family"]

    static let servicePhrases = [
        // A place's own postcode, for a sat nav or an ambulance ("Give the centre's postcode CA10 2DZ").
        "switsfwrdd", "y switsfwrdd", "centre's postcode", "centre postcode",
        // A council's front door for referrals, a university's outreach ("Early Help Hub: 0113 …").
        "early help hub", "early help team", "front door", "duty team", "widening participation",
        // A council's educational psychology service ("Educational Psychology   01632 960 310").
        "educational psychology", "psychology service",
        // A story's or a lesson's famous address, no family's ("221B Baker Street, London NW1 6XE").
        "221b baker street", "10 downing street", "4 privet drive", "privet drive",
        // A council's SEND information, advice and support service (a SEND policy's "SENDIASS — Tel:").
        "sendiass", "sendias", "information, advice and support", "advice and support service",
        // A school's text messaging to parents ("Parents are texted automatically via the school's
        // messaging service from 01925 610 200", round 2276's staff guide).
        "messaging service", "texting service", "text messaging service",
        // Northern Ireland's Education Authority ("the EA CPSS (028 9598 5590)", "EA Catering, 40
        // Academy Street, Belfast BT1 2NQ. Tel 028 9056 4000"), a hospital's A&E.
        "education authority", "ea cpss", "cpss", "ea catering", "nearest a&e", "a&e", "infirmary",
        // A risk assessment's "home contact (school) on 0116 …", a memorial's address on a worksheet.
        "(school)", "(school office)", "arch of remembrance", "war memorial",
        // (The Curious Incident's Swindon and Willesden addresses, in a lesson on the novel.)
        "36 randolph street", "451c chapter road", "chapter road, willesden", "school's postcode", "school postcode", "venue's postcode", "venue postcode",
        "site postcode", "site's postcode", "hotel's postcode", "postcode for sat nav", "postcode for satnav", "sat nav:", "satnav:",
        "school office", "the office", "main office", "front office", "office on", "office:", "helpdesk", "help desk",
        // An export's or a settings file's key ("office_phone": "029 2000 0000").
        "office phone", "office tel", "office_tel", "office telephone", "office number", "office landline",
        "office_landline", "office_number", "officephone",
        "attendance office", "exams office", "admissions office", "finance office", "pupil services",
        "service desk", "customer services", "customer service", "customer contact", "switchboard", "reception",
        "enquiries", "helpline", "hotline", "advice line", "attendance line", "absence line", "duty desk",
        // The school's safeguarding number ("telephoned the school DSL line (0161 496 0744)", round 741's).
        "dsl line", "safeguarding line",
        "out of hours", "out-of-hours", "duty phone", "duty mobile", "on-call phone", "on call phone", "contact us", "officer", "the dpo", "support contract", "team", "queries",
        "phone the school", "call the school", "ring the school", "the school on", "school number", "emergency line",
        // A programme's "Contact the school: Tel 01632 960 400", "School tel".
        "contact the school", "school tel", "school phone", "school telephone",
        // A school's IT support desk ("reported to IT Support (01480 212 500)"), Welsh's school
        // office ("Ffôn / Phone (Swyddfa'r Ysgol): 029 2018 0000": a whole word before the "'r").
        "it support", "ict support", "it helpdesk", "technical support", "swyddfa",
        // ("Contact the MIS support desk on 01632 960 777 or misdesk@...", round 2570's import guide.)
        "support desk", "mis support",
        // Welsh's helpline and published number ("Llinell Gymorth Anaphylaxis UK 01252 542 029 (rhif
        // cyhoeddedig)", a meithrinfa's allergy policy, round 1610's).
        "llinell gymorth", "rhif cyhoeddedig",
        "embassy", "consulate", "by post", "in writing to", "point of access", "single point", "front door",
        "report absences", "report an absence", "absences on",
        // A visitor attraction's or a venue's public lines ("Iona Abbey visitor line 01681 700 512").
        "visitor line", "visitors line", "bookings line", "booking line", "information line", "box office",
        // A village's or a church's hall, its bookings and its charity ("Village Hall, Church Row,
        // Great Ashby, Penrith CA10 2QT", round 675's).
        "village hall", "church hall", "town hall", "community hall", "parish hall", "memorial hall", "scout hut",
        // A policy's contractors and archives ("our contracted supplier, Restore Datashred (Unit 8, ...",
        // "the Record Office for Leicestershire, ..., Wigston Magna LE18 2AH", round 685's).
        "contracted supplier", "our supplier", "record office", "records office",
        "duty & advice", "duty and advice", "duty and assessment", "first response", "registered charity",
        "pension fund", "pension scheme", "pensions helpline", "catering by", "catered by", "exams line", "exam line",
        "exams office line",
        // A PO box is no one's home ("fund_address": "PO Box 67, Bradford BD1 1UQ").
        "po box", "p.o. box",
        // A coach operator's or a centre's round-the-clock line ("Operator 24h line 01777 700 666").
        "24h line", "24hr line", "24 hour line", "24-hour line", "24h number", "24hr number", "24 hour number",
        "24-hour number", "out of hours line", "out-of-hours line", "operations line", "control room",
        // A trip's and a school's own lines ("school 24h trip line 0113 …", "call our safeguarding
        // line 0116 …"), a performing arts exam board's ("LAMDA, 155 Talgarth Road, …").
        "trip line", "trips line", "safeguarding line", "wellbeing line", "lamda", "abrsm", "trinity college london",
        // The data protection regulator ("Information Commissioner's Office ... Wycliffe House, ...").
        "information commissioner", "wycliffe house",
        // A college's campus on its letterhead ("Church Lane Campus, Leicester LE2 8NR"), a
        // mental health service's front door ("Leicestershire CAMHS SPA 0116 …").
        "campus,", "campus ", "camhs spa",
        // Welsh: a venue, enquiries, the Urdd youth movement ("lleoliad": "Parc Margam, ...").
        "lleoliad", "ymholiadau", "urdd",
        // A uniform shop's address in a newsletter, a meeting's dial-in, the Foreign Office's
        // consular line ("fco_consular_assistance": "+44 20 7008 5000").
        "uniform shop", "uniform supplier", "dial-in", "dial in", "conference id", "consular",
        // A policy's appeal "c/o the school, Moorgate Lane, ...", a trip's "Oakfield Academy, 01709
        // 512 600 (office)".
        "c/o the school", "c/o school", "(office)",
        // A policy's contacts ("Student Services: 0121 496 0750", "Sandwell Inclusion Support: ...").
        "student services", "inclusion support", "inclusion service",
        // A school's own site in a policy or an FAQ ("the school's postcode for ambulance crews is
        // CV32 6DX", "to the main gate (Mill Lane, EX2 5BN)", "the main entrance ... (postcode S6 4AB)").
        "school's postcode", "school postcode", "main gate", "main entrance", "school gate", "school gates",
        "the school's own", "school's own address",
        // A school's office by its hours or its department ("Office hours: 08:15-16:00. Tel ...",
        // "Forms from the Music Office, 01632 960 415").
        "office hours", "office,",
        // An invoice's "Accounts: 0113 496 0877", "Sales: ...".
        "accounts:", "sales:", "orders:", "billing:",
        // A safeguarding poster's services ("LADO 0113 496 0300", "Emergency Duty Team").
        "lado", "mash", "duty team", "nspcc", "childline",
        // A trip's or an insurer's ("School emergency contact during trip:", "Emergency assistance:").
        "school emergency", "school contact", "emergency assistance", "assistance line", "claims line", "24-hour",
        // A form's return address ("Return to: Trust DPO, Unit 4 Kirkstall Works, Leeds LS5 3BT").
        "return to", "send to", "post to", "return this form", "return the form", "trust dpo",
        // An alarm company's ("Monitoring centre: 0113 496 0900").
        "monitoring centre", "monitoring center", "alarm receiving centre", "control room",
        // A shop's, a supplier's ("Available from Uniformity, 12 Town Street, Leeds LS13 1HP").
        "available from", "stockist", "stockists", "supplied by", "sold by", "bought from", "purchased from",
        // Health services on a poster or a medical room's wall ("ChatHealth text service: ...",
        // "Leeds Sexual Health: ...").
        "text service", "chathealth", "sexual health", "nursing team", "school nursing",
        // A policy's council services ("Children's Social Care duty line (0113 ...)").
        "duty line", "social care", "children's services", "childrens services", "duty and advice",
        // A leaflet's "call the Family Information Service on 01632 …", an escort's "then transport
        // control 01632 …".
        "service on", "services on", "information service", "transport control", "transport team", "transport office",
        // An interpreting line ("Interpreter available: ffoniwch 01632 960100 (Llinell Iaith)").
        "interpreter", "cyfieithydd", "llinell iaith", "language line",
        // A Welsh council's front door ("Porth Teulu / IAA y cyngor - 01632 …").
        "y cyngor", "porth teulu",
        // A council's adviser in their role ("Contact: Lancashire Outdoor Education Adviser, 01632 …").
        "adviser,", "advisor,", "adviser:", "advisor:",
        // A letter home's "please contact their tutor or the Head of Year on 0121 496 0000": the
        // school's number, whoever answers it (a person's own mobile is theirs wherever it stands).
        "head of year on", "tutor on", "class teacher on", "senco on", "the dsl on", "head of house on",
        // An exams office's list of the awarding bodies' lines ("OCR 01223 553998").
        "aqa", "ocr", "wjec", "eduqas", "edexcel", "ccea", "sqa", "jcq", "ncfe", "city & guilds", "city and guilds",
        "awarding body", "exam board", "subject support", "subject officer",
        // The same in Welsh (round 649's): WJEC's own name (CBAC), its subject officers, a tribunal,
        // the government's buildings, the police, the Urdd's camps.
        "cbac", "swyddog pwnc", "cymorth pwnc", "tribiwnlys", "dribiwnlys", "llywodraeth", "heddlu", "gwersyll", "urdd",
        // A phone system's lines in an IT change log ("main line 01938 552301 re-routed ...; fax
        // 01938 552399 retired"), a rescue team's base on a kit list ("Mountain Rescue. Dales base:").
        "main line", "fax", "mountain rescue", "cave rescue", "coastguard", "lifeboat station",
    ]

    static func extensionFollows(_ buffer: UnsafeRawBufferPointer, after: Int) -> Bool {
        guard after < buffer.count else { return false }
        let end = min(buffer.count, after + 16)
        // (A line break for a space: a paragraph wrapped before "(option 1)", its next line
        // indented as a list item's is.)
        var text = lowerASCII(buffer[after..<end])
        if text.first == "\n" || text.first == "\r\n" { text = " " + text.dropFirst().drop { $0 == " " || $0 == "\t" } } // (CR LF is one Character)
        return text.hasPrefix(" ext") || text.hasPrefix(" x2") || text.hasPrefix(" (ext") || text.hasPrefix(", ext")
            // A switchboard's menu: "0113 496 0000 (option 3)", "01632 960 400, option 1", "(press 2)".
            || [" (option", ", option", " option ", " (opt ", " (opt.", " (press ", ", press ", " (opsiwn", ", opsiwn"].contains(where: text.hasPrefix)
    }

    /// Whether a service's opening hours follow a number within a few bytes: a weekday's range
    /// ("(Mon-Fri 9am-5pm)", "Monday to Friday"), "lines open", "open 24 hours", "24/7",
    /// "office hours", "8.30am".
    static func hoursFollow(_ buffer: UnsafeRawBufferPointer, after: Int) -> Bool {
        guard after < buffer.count else { return false }
        let text = lowerASCII(buffer[after..<min(buffer.count, after + 32)])
        let start = text.drop { " (,-–:;".contains($0) }
        for prefix in ["mon-fri", "mon - fri", "mon to fri", "monday to friday", "monday - friday", "monday-friday", "mon-thu",
                       "lines open", "open 24", "24/7", "24 hours", "office hours", "opening hours", "weekdays", "8am", "9am",
                       "8.30am", "8:30am", "8.30 am", "9.00am", "8.00am", "8.45am", "9 am", "8 am"] where start.hasPrefix(prefix) {
            return true
        }
        return false
    }

    /// Posts a member of staff is named with on a contact line ("Head of Year 11").
    static let staffRoles: Set<String> = [
        "head of",
        "headteacher", "headmaster", "headmistress", "deputy", "senco", "sendco", "officer", "manager", "coordinator",
        "co-ordinator", "administrator", "bursar", "clerk", "receptionist", "secretary", "dsl", "lead", "leader",
        "director", "principal", "librarian", "technician", "teacher", "tutor", "governor", "trustee", "caretaker",
    ]

    /// Whether the value's line names an organisation ("Eden Camp Museum, Malton YO17 6RT"), or
    /// one of the three lines above it begins with one and none between is a person's
    /// ("Hollins Lane Primary School\nHollins Lane, Bramley\nLeeds LS13 9QZ"). Not on a line of a
    /// family's or a pupil's ("Home address:", "Mum's mobile"), nor under a titled name ("Mrs K
    /// Abdi\n14 Cobden Terrace\nLeeds LS12 5DQ" is her home).
    static func onOrganisationLines(_ near: Neighbourhood, familys: Bool) -> Bool {
        if beginsWithTitle(near.buffer, near.lineStart, near.lineEnd) { return false }
        // (A family's word in the organisation's own name is no family's: "Northshire Parent
        // Carer Forum  npcf@…", "Young Carers Service".)
        if familys {
            guard let end = organisationNameEnd(near, near.lineStart, near.lineEnd) else { return false }
            return !near.words.contains { $0.kind == .personal && $0.from >= end && $0.to <= near.lineEnd }
        }
        if namesOrganisation(near, near.lineStart, near.lineEnd) || beginsWithKnownBody(near.buffer, near.lineStart, near.lineEnd) { return true }
        // (Or a record's key for one: "ground: Hollins Park, Leeds LS13 9QZ"; or whose words name
        // one, no family's: a trip's emergency contacts' "llinell_argyfwng_y_cyngor:", "camp:".)
        if let key = recordKey(near.buffer, near.lineStart, near.lineEnd) {
            if organisationKeys.contains(key.name) { return true }
            let parts = key.name.split(separator: "_").map(String.init)
            if parts.contains(where: organisationKeyWords.contains), !parts.contains(where: personalWords.contains) { return true }
            // (Or a record in a list of organisations: "suppliers:" over "- name: Peters Books"
            // and its "phone:".)
            if inOrganisationList(near.buffer, lineStart: near.lineStart) { return true }
            // (Or a record that is an organisation's: a census return's "school: Ardnagreen
            // College" over its "address:", round 782's.)
            if inOrganisationsRecord(near.buffer, lineStart: near.lineStart) { return true }
        }
        // (Five lines up for a short line of its own, an address block's postcode or the number
        // under it: "Hillside Primary Academy / Hillside Road / Shipley / West Yorkshire / BD18
        // 1AA", a letterhead's "... / Shrewsbury SY3 9QL / Tel: 01743 362918", round 743's.)
        let reach = near.lineEnd - near.lineStart <= 24 ? 5 : 3
        var lineEnd = near.lineStart - 1, seen = 0
        while lineEnd > near.regionStart, seen < reach {
            var lineStart = lineEnd
            while lineStart > near.regionStart, near.buffer[lineStart - 1] != 10 { lineStart -= 1 }
            defer { lineEnd = lineStart - 1 }
            guard (lineStart..<lineEnd).contains(where: { isAlnum(near.buffer[$0]) }) else { continue }
            seen += 1
            if near.has(.personal, from: lineStart, to: lineEnd) || beginsWithTitle(near.buffer, lineStart, lineEnd) { return false }
            if beginsWithOrganisation(near, lineStart, lineEnd) || beginsWithKnownBody(near.buffer, lineStart, lineEnd) { return true }
            // A list of places under its heading ("Clinic locations" over "- Burnley: Thursby
            // Square, Burnley BB11 2BF").
            if placesHeading(near.buffer, lineStart, lineEnd) { return true }
            // A record's field whose value is an organisation's name (a settings file's "line 1: St
            // Brigid's Catholic Primary School" over its "postcode: LS5 3XX").
            if let colon = (lineStart..<min(lineEnd, lineStart + 32)).first(where: { near.buffer[$0] == UInt8(ascii: ":") }),
               namesOrganisation(near, colon + 1, lineEnd) { return true }
            // A paragraph's sentence wrapped after an organisation's name, the address going on
            // ("...the Local Authority's OH service (Cardiff Council, County Hall," over
            // "Atlantic Wharf, CF10 4UW). Telephone 029 2087 2000.").
            if seen == 1, let last = (lineStart..<lineEnd).last(where: { near.buffer[$0] != 32 && near.buffer[$0] != 13 }),
               near.buffer[last] == UInt8(ascii: ","), namesOrganisation(near, lineStart, lineEnd) { return true }
            // A signature's post at its organisation ("Clerk to the Governors | Ashgrove Primary Academy").
            if near.has(.staff, from: lineStart, to: lineEnd), namesOrganisation(near, lineStart, lineEnd) { return true }
        }
        return false
    }

    /// The first word of a stretch and where it ends, after spaces and a bullet.
    static func firstWord(_ buffer: UnsafeRawBufferPointer, _ from: Int, _ to: Int) -> (from: Int, to: Int)? {
        var start = from
        while start < to, !isAlnum(buffer[start]), buffer[start] < 0x80 { start += 1 }
        guard start < to else { return nil }
        var end = start
        while end < to, isAlnum(buffer[end]) || buffer[end] >= 0x80 || buffer[end] == UInt8(ascii: "'") { end += 1 }
        return (start, end)
    }

    static func beginsWithTitle(_ buffer: UnsafeRawBufferPointer, _ from: Int, _ to: Int) -> Bool {
        guard let word = firstWord(buffer, from, to), firstWord(buffer, word.to, to) != nil else { return false }
        return PersonName.isTitle(lowerASCII(buffer[word.from..<word.to]))
    }

    /// A capitalised word and an organisation's word after it in one cell ("Lane Primary
    /// School", "Leeds City Council", "Eden Camp"), a company's suffix ("Ltd"), or a venue's
    /// label beginning the line ("Centre: PGL Osmington Bay"); not a label ("School:").
    static func namesOrganisation(_ near: Neighbourhood, _ from: Int, _ to: Int) -> Bool {
        let buffer = near.buffer
        for word in near.words where word.from >= from && word.to <= to {
            switch word.kind {
            case .company:
                if isCapitalised(buffer, word.from, word.to) || lowerASCII(buffer[word.from..<word.to]) == "plc" { return true }
            case .venue:
                if beginsWithVenueLabel(near, from, to) { return true }
            case .leading:
                // "Ysgol Gyfun Gymraeg Bro Taf": the word first, a capitalised word after it.
                guard isCapitalised(buffer, word.from, word.to), word.to + 1 < to, buffer[word.to] == 32,
                      isUpperLead(buffer[word.to + 1]) else { continue }
                return true
            case .organisation, .phase:
                // A whole place's name in words of its own, each capitalised: "Sessions House",
                // "County Hall", "Met Office", "National Trust".
                // ("Department for Education": its small joining words aside.)
                if word.kind == .organisation, buffer[word.from..<word.to].contains(32),
                   buffer[word.from..<word.to].split(separator: 32).allSatisfy({ isUpperLead($0.first!) || ["for", "of", "and", "y", "yr"].contains(lowerASCII($0)) }),
                   isUpperLead(buffer[word.from]) { return true }
                guard isCapitalised(buffer, word.from, word.to), !(word.to < to && buffer[word.to] == UInt8(ascii: ":")) else { continue }
                if word.kind == .phase, !endsSchoolsName(buffer, word, to) { continue }
                // The word before, in the same cell: capitalised, no label.
                var end = word.from
                while end > from, buffer[end - 1] == 32 { end -= 1 }
                // (Or at the end of the line above, a paragraph wrapped inside the name: "the pupils
                // at Hollybank Primary" over "School, 2 Hollybank Lane, Leeds LS6 4AB".)
                if end == from, from == near.lineStart, from - 1 > near.regionStart, word.to < to, buffer[word.to] == 44,
                   let above = lastWordOfLine(buffer, endingAt: from - 1, after: near.regionStart), isUpperLead(buffer[above]) { return true }
                // (A saint's possessive ends with its apostrophe: "St Thomas' Hospital".)
                if end > from + 1, end < word.from, buffer[end - 1] == UInt8(ascii: "'"), isAlnum(buffer[end - 2]) { end -= 1 }
                guard end < word.from, end > from, isAlnum(buffer[end - 1]) || buffer[end - 1] >= 0x80 else { continue }
                var start = end
                while start > from, isAlnum(buffer[start - 1]) || buffer[start - 1] >= 0x80 || buffer[start - 1] == UInt8(ascii: "'") { start -= 1 }
                if isUpperLead(buffer[start]) { return true }
            default:
                continue
            }
        }
        return false
    }

    /// Where the last word of the line ending at `lineEnd` (its line break) begins, after no
    /// later than `after`; nil when the line ends with no word.
    static func lastWordOfLine(_ buffer: UnsafeRawBufferPointer, endingAt lineEnd: Int, after: Int) -> Int? {
        var end = lineEnd
        while end > after, buffer[end - 1] == 13 || buffer[end - 1] == 32 { end -= 1 }
        var start = end
        while start > after, isAlnum(buffer[start - 1]) || buffer[start - 1] >= 0x80 { start -= 1 }
        return start < end ? start : nil
    }

    /// A line that begins with an organisation's name: capitalised words up to an
    /// organisation's word ("Hollins Lane Primary School", "THE PRIORY ACADEMY").
    static func beginsWithOrganisation(_ near: Neighbourhood, _ from: Int, _ to: Int) -> Bool {
        organisationNameEnd(near, from, to) != nil
    }

    /// Whether a line begins with a national body's name, an exams office's list of boards
    /// ("WJEC / Eduqas" over its "Address:" and "Tel:"), "UCAS, Rosehill, New Barn Lane, …".
    static func beginsWithKnownBody(_ buffer: UnsafeRawBufferPointer, _ from: Int, _ to: Int) -> Bool {
        // (Or a record's name: "- name: AQA".)
        var from = from
        if let key = recordKey(buffer, from, to), key.name == "name" || key.name == "organisation" || key.name == "body" { from = key.valueFrom }
        guard let word = firstWord(buffer, from, to), word.to - word.from <= 12 else { return false }
        // (Its name, not a word of a sentence: "OCR" or "Ofqual", then its line's end or a mark.)
        guard word.to == to || [32, 44, 58, 47, 40, 13, 9].contains(buffer[word.to]) else { return false }
        return knownBodies.contains(lowerASCII(buffer[word.from..<word.to]))
    }

    static let knownBodies: Set<String> = ["aqa", "ocr", "wjec", "eduqas", "edexcel", "pearson", "ccea", "sqa", "jcq", "ncfe", "cbac",
                                           "ucas", "ofqual", "ofsted", "estyn", "dfe", "esfa", "hmrc", "dvla", "nspcc", "childline",
                                           "samaritans", "acas", "unison", "nasuwt", "neu", "naht", "ascl", "gmb", "ico", "cafcass",
                                           "ea", "ccms", "parcelforce", "dhl", "ups", "yodel", "evri"]

    /// Where the organisation's name a line begins with ends (`beginsWithOrganisation`); the
    /// line's end where a label or a key says so.
    static func organisationNameEnd(_ near: Neighbourhood, _ from: Int, _ to: Int) -> Int? {
        let buffer = near.buffer
        // (Or a venue's label: a vCard's "ORG:Swindon Stationers" above its "TEL;TYPE=WORK:".)
        if beginsWithVenueLabel(near, from, to) { return to }
        var position = from, index = 0
        // A settings file's key for a site, then its name ("site": "Ashbridge Park Academy"). A
        // key that names an organisation's record says so whatever its name ("board": "AQA",
        // "supplier": "Kestrel Coaches" over its address and switchboard).
        if let key = recordKey(buffer, from, to) {
            if organisationKeys.contains(key.name), let value = firstWord(buffer, key.valueFrom, to), isUpperLead(buffer[value.from]),
               !PersonName.isTitle(lowerASCII(buffer[value.from..<value.to])) { return to }
            if siteKeys.contains(key.name) { position = key.valueFrom }
        }
        while index < 8, let word = firstWord(buffer, position, to) {
            if word.to < to, buffer[word.to] == UInt8(ascii: ":") { return nil }
            if index > 0, near.words.contains(where: { ($0.kind == .organisation || $0.kind == .company || $0.kind == .phase && endsSchoolsName(buffer, $0, to))
                                                       && $0.from == word.from && $0.to == word.to }),
               isCapitalised(buffer, word.from, word.to) { return word.to }
            if index == 0, word.to + 1 < to, buffer[word.to] == 32, isUpperLead(buffer[word.to + 1]),
               near.words.contains(where: { $0.kind == .leading && $0.from == word.from && $0.to == word.to }) { return firstWord(buffer, word.to, to)?.to ?? to }
            let lower = lowerASCII(buffer[word.from..<word.to])
            guard isUpperLead(buffer[word.from]) || (index > 0 && ["of", "and", "the"].contains(lower)) else { return nil }
            position = word.to
            index += 1
        }
        return nil
    }

    /// A line's first word as a record's key, in small letters, and where its value begins:
    /// "site: …", JSON's `"board": …` (the word's closing quote, then the colon).
    static func recordKey(_ buffer: UnsafeRawBufferPointer, _ from: Int, _ to: Int) -> (name: String, valueFrom: Int)? {
        guard var key = firstWord(buffer, from, to) else { return nil }
        // (Its words joined by underscores: "exam_board", "llinell_argyfwng_y_cyngor".)
        while key.to + 1 < to, buffer[key.to] == 95, isAlnum(buffer[key.to + 1]) {
            key.to += 1
            while key.to < to, isAlnum(buffer[key.to]) { key.to += 1 }
        }
        var colon = key.to
        if colon < to, buffer[colon] == UInt8(ascii: "\"") { colon += 1 }
        guard colon < to, buffer[colon] == UInt8(ascii: ":") else { return nil }
        return (lowerASCII(buffer[key.from..<key.to]), colon + 1)
    }

    /// Whether bank details at `from..<to` are an organisation's: a company's registration
    /// among the lines about them (three above, four below), an account's name (three above,
    /// two below) that ends with a business's or a school fund's
    /// word ("Account name: Bryn Hafren CP School Fund", "Payee: Kestrel Coaches Ltd"), or the
    /// line just above beginning with a company's name ("Education IT Services Ltd, Barclays Bank
    /// plc, ..."). A person's name ("Account name: Mr J Smith") or a bank's alone says nothing.
    static func organisationsAccount(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool {
        // A company's invoice: its registration in its letterhead and "invoice" among its first
        // lines ("Caledonian Education Supplies Ltd" / "VAT Reg No: GB 348 5021 61 | Registered in
        // Scotland No. SC612345" / "INVOICE INV-20931", round 771's, its bank details a page down).
        if from > 0 {
            let head = lowerASCII(buffer[0..<min(from, 600)])
            if head.contains("invoice"), companyRegistration.contains(where: head.contains) { return true }
            // (Or a company's booking or quotation with its VAT number in its head: a coach operator's
            // confirmation, `"operator": {… "vat": "GB 301 5562 18"}` over its "payment" details, round 828's.)
            if ["booking", "quotation", "invoice"].contains(where: head.contains), let vat = head.range(of: "vat"),
               head[vat.upperBound...].prefix(12).contains("gb") { return true }
        }
        var lineStart = from
        while lineStart > 0, from - lineStart < 300, buffer[lineStart - 1] != 10 { lineStart -= 1 }
        var lineEnd = to
        while lineEnd < buffer.count, lineEnd - to < 300, buffer[lineEnd] != 10 { lineEnd += 1 }
        // The value's line (0), six above (1...6) and four below (-1...-4).
        var lines: [(from: Int, to: Int, above: Int)] = [(lineStart, lineEnd, 0)]
        var start = lineStart
        for above in 1...6 where start > 0 {
            let end = start - 1
            var s = end
            while s > 0, end - s < 300, buffer[s - 1] != 10 { s -= 1 }
            lines.append((s, end, above))
            start = s
        }
        var next = lineEnd
        for below in 1...4 where next < buffer.count {
            let s = next + 1
            var e = s
            while e < buffer.count, e - s < 300, buffer[e] != 10 { e += 1 }
            lines.append((s, e, -below))
            next = e
        }
        for line in lines where line.from < line.to {
            // A supplier's record in a settings file or an export (`"supplier": "Scotia Schoolwear
            // Ltd"`, `"company_no": "SC318822"` over its `"bacs"` details), six lines up at most.
            if line.above >= 0 {
                // (As written, "company_no", or as a JSON file's text reads its keys, "company no".)
                let head = lowerASCII(buffer[line.from..<min(line.to, line.from + 40)]).drop { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == "-" }
                if let colon = head.firstIndex(of: ":"),
                   supplierKeys.contains(head[..<colon].filter { $0 != "\"" }.replacingOccurrences(of: " ", with: "_")) {
                    return true
                }
            }
            guard line.above <= 3 else { continue }
            let text = lowerASCII(buffer[line.from..<line.to])
            // A company's registration beside them: an invoice's footer, "VAT reg GB 298 4471 62 |
            // Company no. 04482913" (round 766's supplier, four lines down).
            if companyRegistration.contains(where: text.contains) { return true }
            // An organisation's name or its kind of account before the value on its line: a PTA's
            // "Barclays Community Account – HOLYBROOK FRIENDS ASSOCIATION – sort code ..." (round 765's).
            if line.above == 0 {
                // (Or its kind after it: "Remit to: Ashgrove Centre, Sort code 30-94-57, Acct 00418823
                // (school budget account)", a PRU's invoice to its council, round 1455's.)
                let after = lowerASCII(buffer[min(to, line.to)..<line.to])
                if schoolAccountKinds.contains(where: after.contains) { return true }
                let before = lowerASCII(buffer[line.from..<from])
                if organisationAccountKinds.contains(where: before.contains)
                    || before.split(whereSeparator: { !$0.isLetter }).contains(where: { organisationOnlyWords.contains(String($0)) || $0 == "association" }) {
                    return true
                }
                // A BACS run's supplier or its originator, the school itself (`<Payee supplierId="ITSV01">HWB
                // NETWORKS SOLUTIONS</Payee><SortCode>…`, `<Originator name="CWM DERWEN HS DELEG" …`, round 818's),
                // or a business's name in the cell before ("HWB NETWORKS SOLUTIONS\t401162\t88120455").
                if ["supplierid", "supplier_id", "supplier=", "supplier:", "<originator", "originator="].contains(where: before.contains)
                    || before.split(whereSeparator: { !$0.isLetter }).contains(where: { businessWords.contains(String($0)) }) { return true }
            }
            // A BACS originator's record, its service user number's column over it ("name | sun | sort Code | account").
            if (1...3).contains(line.above), text.split(whereSeparator: { $0 == "\t" || $0 == "," || $0 == "|" })
                .contains(where: { ["sun", "service user number", "originator", "originator name"].contains($0.trimmingCharacters(in: .whitespaces)) }) {
                return true
            }
            // (An account's name three lines up at most, or two down.)
            guard line.above >= -2 else { continue }
            for label in accountNameLabels {
                guard let range = text.range(of: label) else { continue }
                let value = text[range.upperBound...].drop { $0 == " " || $0 == ":" || $0 == "\t" || $0 == "*" }
                let words = value.prefix { $0 != "," && $0 != "(" && $0 != "|" && $0 != "\t" }
                    .split(whereSeparator: { !$0.isLetter && $0 != "&" }).map(String.init)
                if let last = words.last, organisationAccountWords.contains(last) || words.contains(where: organisationOnlyWords.contains) { return true }
            }
            // The line just above: a company's name first ("Education IT Services Ltd, Barclays Bank plc").
            // (Or the line above that, over the company's sort code and account: an invoice's
            // "Thameside Coaches Ltd" / "Sort code: 20-32-53 Account: 73915528" / "IBAN: GB84 ...".)
            if line.above == 1 || line.above == 2 && lines.contains(where: { other in
                other.above == 1 && other.from < other.to && ["sort code", "account"].contains(where: lowerASCII(buffer[other.from..<other.to]).contains)
            }) {
                let first = text.prefix { $0 != "," }.split(separator: " ").map(String.init)
                if let last = first.last, ["ltd", "ltd.", "limited", "llp"].contains(last), !first.contains("bank"), !text.contains(":") { return true }
            }
        }
        return false
    }

    /// A bank's accounts for organisations, by name.
    static let organisationAccountKinds = ["community account", "business account", "charity account", "club account",
                                           "society account", "treasurer's account", "treasurers account",
                                           // In Welsh: the charity's account, a charity's (round 975's playgroup).
                                           "cyfrif yr elusen", "cyfrif elusen"]

    /// A school's own accounts, named after their numbers.
    static let schoolAccountKinds = ["budget account", "school account", "school fund account", "school's account", "delegated budget"]

    /// What a company's letterhead or footer says of its registration.
    static let companyRegistration = ["company no", "company number", "company reg", "registered in england", "registered in wales",
                                      "registered in scotland", "registered in northern ireland", "vat reg", "vat no", "vat number",
                                      // In Welsh: company number, VAT number (round 975's toy supplier's invoice).
                                      "rhif cwmni", "rhif taw", "rhif cofrestru cwmni"]

    /// A record's keys that make it a supplier's (not "company": an employee's record may name
    /// their employer).
    static let supplierKeys: Set<String> = ["supplier", "supplier_name", "vendor", "contractor", "company_no", "company_number",
                                            "vat_no", "vat_number", "companyno", "vatno", "vat_reg"]

    static let accountNameLabels = ["account name", "originator name", "payee", "beneficiary", "cheques payable to", "made payable to", "pay to",
                                    "enw'r cyfrif", "enw cyfrif", "bacs:", "bacs to", "pay by bacs to", "bank transfer to"]
    /// The last word of an organisation's account's name ("School Fund", "Kestrel Coaches Ltd").
    static let organisationAccountWords: Set<String> = ["ltd", "limited", "plc", "llp", "fund", "pta", "ptfa", "council", "academy",
                                                        "school", "trust", "college", "charity", "cic", "association", "club", "society",
                                                        "diocese", "federation", "account", "cronfa", "ysgol",
                                                        // A village hall's, a parish's, a playgroup's, a church's (round 675's).
                                                        "hall", "parish", "playgroup", "preschool", "pre-school", "nursery",
                                                        "church", "chapel", "committee", "centre", "center", "group", "foundation",
                                                        "appeal", "partnership", "cooperative", "co-op", "union", "league",
                                                        // A BACS file's originator, a school ("KESTREL PARK PRIMARY", round 772's).
                                                        "primary", "infants", "juniors", "centres"]
    /// Words only an organisation's name holds, wherever they stand ("Friends of Hillside PTA").
    static let organisationOnlyWords: Set<String> = ["ltd", "limited", "plc", "llp", "pta", "ptfa", "academy", "school", "council", "ysgol",
                                                     // A Welsh company's "Cyf", a playgroup's "Cylch Meithrin", a charity.
                                                     "cyf", "cyfyngedig", "meithrin", "elusen"]

    /// Words of a business's name, never of a person's, before its bank details on their line.
    static let businessWords: Set<String> = ["solutions", "services", "supplies", "systems", "networks", "enterprises", "trading",
                                             "consultancy", "consulting", "technologies", "holdings", "contractors", "catering"]

    /// Whether the record line at `lineStart` ("phone: …", "- name: …") belongs to an entry in a
    /// list whose key names organisations: YAML's "suppliers:" over "- name: Peters Books" and
    /// "phone: …", JSON's `"organisations": [` over `{ "name": …`. Read upwards, 120 lines at
    /// most, through the entries' record lines (blank lines and brackets between), to the first
    /// key less indented than the line that opens a list; none of the keys read a family's
    /// ("home_phone", "parent_email"; a value may say "home to school transport").
    static func inOrganisationList(_ buffer: UnsafeRawBufferPointer, lineStart: Int) -> Bool {
        func indentation(_ start: Int) -> Int { OrganisationContact.indentation(buffer, start) }
        var lineEnd = lineStart
        while lineEnd < buffer.count, buffer[lineEnd] != 10 { lineEnd += 1 }
        guard recordKey(buffer, lineStart, lineEnd) != nil else { return false }
        // (A JSON file's text is flat, "key: value" lines under its arrays' and objects' keys as
        // headings: "services:" over "name: Contact", "address: …".)
        let indent = indentation(lineStart)
        var end = lineStart - 1, seen = 0
        while end > 0, seen < 120, lineStart - end < 8_000 {
            var start = end
            while start > 0, buffer[start - 1] != 10 { start -= 1 }
            defer { end = start - 1; seen += 1 }
            let line = buffer[start..<end]
            if line.allSatisfy({ [32, 9, 13, 44, 45, 91, 93, 123, 125].contains($0) }) { continue } // blank, "{", "},", "- "
            guard let key = recordKey(buffer, start, end) ?? readableKey(buffer, start, end) else { return false }
            if key.name.split(separator: "_").contains(where: { personalWords.contains(String($0)) }) { return false }
            let value = buffer[key.valueFrom..<end]
            guard indentation(start) < indent || indentation(start) == indent && value.allSatisfy({ [32, 9, 13].contains($0) }),
                  value.allSatisfy({ [32, 9, 13, 91, 123].contains($0) }) else { continue }
            return key.name.split(separator: "_").contains { organisationListWords.contains(String($0)) }
        }
        return false
    }

    /// A JSON file's key as its text reads it, a few words and a colon ("service name: Contact",
    /// "registered charity: 284912"): its words joined by underscores, and where its value begins.
    static func readableKey(_ buffer: UnsafeRawBufferPointer, _ from: Int, _ to: Int) -> (name: String, valueFrom: Int)? {
        guard let colon = (from..<min(to, from + 40)).first(where: { buffer[$0] == 58 }), colon > from else { return nil }
        let words = buffer[from..<colon].split(separator: 32)
        guard words.count <= 4, words.allSatisfy({ $0.allSatisfy { isLetter($0) || $0 == 39 } }) else { return nil }
        return (words.map { lowerASCII($0) }.joined(separator: "_"), colon + 1)
    }

    /// Whether the record line at `lineStart` ("address: …") belongs to a record whose key for
    /// the organisation it is about names one ("school: Ardnagreen College", "company:
    /// Brightwash Ltd"), its siblings (the lines of its indentation, 40 up and down at most)
    /// holding no person's key (a pupil's record names their school beside their own address).
    static func inOrganisationsRecord(_ buffer: UnsafeRawBufferPointer, lineStart: Int) -> Bool {
        func lineEnd(_ start: Int) -> Int {
            var index = start
            while index < buffer.count, buffer[index] != 10 { index += 1 }
            return index
        }
        // (A YAML list's item opens with its dash, its first key indented as the keys under it: "  - org:
        // Brambleford Children's Centre" over "    address: 14 Mill Lane, ...", round 2484's contacts.)
        // (The item's first line is the record's first: reading up stops after it, reading down
        // before the next item's.)
        func recordIndentation(_ start: Int) -> (own: Int, opensItem: Bool) {
            let own = OrganisationContact.indentation(buffer, start)
            let dash = start + own + 1 < buffer.count && buffer[start + own] == 45 && buffer[start + own + 1] == 32
            return (dash ? own + 2 : own, dash)
        }
        let (indent, opensItem) = recordIndentation(lineStart)
        var namesOrganisation = false, namesPerson = false
        /// Reads a line near the record's: whether the record goes on past it (a blank line or a
        /// nested one does; a less indented line or a person's key ends the reading).
        func read(_ start: Int, upward: Bool) -> Bool {
            let end = lineEnd(start), (own, item) = recordIndentation(start)
            guard own <= indent, (start..<end).contains(where: { isAlnum(buffer[$0]) }) else { return true }
            guard own == indent, upward || !item else { return false }
            guard let key = recordKey(buffer, start + own, end) else { return !(upward && item) }
            if personRecordKeys.contains(key.name) {
                namesPerson = true
                return false
            }
            if organisationRecordKeys.contains(key.name),
               let last = lowerASCII(buffer[key.valueFrom..<end]).split(whereSeparator: { !$0.isLetter }).last {
                namesOrganisation = namesOrganisation || organisationNameEnds.contains(String(last))
            }
            return !(upward && item)
        }
        var start = lineStart
        for _ in 0..<40 where start > 0 && !opensItem {
            var previous = start - 1
            while previous > 0, buffer[previous - 1] != 10 { previous -= 1 }
            guard read(previous, upward: true) else { break }
            start = previous
        }
        var next = lineEnd(lineStart) + 1
        for _ in 0..<40 where next < buffer.count && !namesPerson {
            guard read(next, upward: false) else { break }
            next = lineEnd(next) + 1
        }
        return namesOrganisation && !namesPerson
    }

    /// A line's indentation from `start`: its spaces and tabs.
    static func indentation(_ buffer: UnsafeRawBufferPointer, _ start: Int) -> Int {
        var index = start
        while index < buffer.count, buffer[index] == 32 || buffer[index] == 9 { index += 1 }
        return index - start
    }

    static let organisationRecordKeys: Set<String> = ["school", "school_name", "organisation", "organization", "organisation_name",
                                                      "company", "company_name", "supplier", "supplier_name", "establishment",
                                                      "establishment_name", "academy", "setting", "provider", "provider_name",
                                                      // A council team's record in a procedure's YAML ("la_contact:" over "team: SEN
                                                      // Statutory Assessment and Provision Team", "email: sensap@…", round 1762's).
                                                      "team", "team_name", "service", "service_name", "department", "agency", "council",
                                                      "org", "org_name"]
    static let personRecordKeys: Set<String> = ["forename", "forenames", "first_name", "firstname", "surname", "last_name", "lastname",
                                                "given_name", "family_name", "legal_first_name", "legal_surname", "dob", "date_of_birth",
                                                "upn", "uln", "pupil", "student", "child", "parent", "name_of_child", "pupil_name"]

    /// A list key's words that say its entries are organisations ("suppliers", "external_agencies").
    static let organisationListWords: Set<String> = ["suppliers", "organisations", "organizations", "agencies", "services", "providers",
                                                     "contractors", "companies", "venues", "charities", "businesses", "partners",
                                                     "hospitals", "clinics", "councils", "boards", "sefydliadau", "cyflenwyr",
                                                     // An exams office's "awarding_bodies:" and "couriers:" (round 663's).
                                                     "bodies", "couriers", "carriers", "contacts_organisations",
                                                     // A food bank's "distribution_centres:", a trust's "sites:" (round 677's).
                                                     "centres", "centers", "sites", "branches", "depots", "hubs", "churches", "schools",
                                                     // A transport planner's "operators:" and its routes' "stops:" (round 769's).
                                                     "operators", "vendors", "firms", "stops", "locations", "places", "buildings", "facilities",
                                                     // One organisation's record, named by its key: a club's contacts file's
                                                     // "hexley_council_childrens_front_door:" over "phone:" and "email:" (round 1711's).
                                                     "council", "helpline", "service", "team", "department", "hub", "clinic", "hospital",
                                                     "trust", "charity", "centre", "center", "office", "police", "surgery", "nspcc", "childline"]

    /// Whether a line begins with a venue's label and its colon ("Centre:", "ORG:"), perhaps
    /// after a word or two that say which ("Trip venue:", "Residential centre:"; not a
    /// family's: "Host family accommodation:").
    static func beginsWithVenueLabel(_ near: Neighbourhood, _ from: Int, _ to: Int) -> Bool {
        guard let first = firstWord(near.buffer, from, to) else { return false }
        return near.words.contains { word in
            guard word.kind == .venue, word.from >= first.from, word.to < to, near.buffer[word.to] == UInt8(ascii: ":") else { return false }
            if word.from == first.from { return true }
            let before = near.buffer[first.from..<word.from]
            guard before.count <= 24, before.last == 32, before.allSatisfy({ DocumentScanner.isLetter($0) || $0 == 32 }) else { return false }
            let words = before.split(separator: 32).map { lowerASCII($0) }
            return words.count <= 2 && !words.contains { familyLabelWords.contains($0) }
        }
    }

    /// A label's words before a venue's that make it a family's ("Host family accommodation:").
    static let familyLabelWords: Set<String> = ["home", "host", "family", "pupil", "pupils", "student", "child", "childs",
                                                "parent", "parents", "carer", "my", "our", "your", "their", "his", "her"]

    /// "School" or "SCHOOL", not "school" or "SChool".
    static func isCapitalised(_ buffer: UnsafeRawBufferPointer, _ from: Int, _ to: Int) -> Bool {
        guard from < to, isUpperLead(buffer[from]) else { return false }
        let rest = buffer[(from + 1)..<to].filter(isLetter)
        return rest.allSatisfy { $0 >= 97 && $0 <= 122 } || rest.allSatisfy { $0 >= 65 && $0 <= 90 }
    }

    /// An upper-case ASCII letter, or the lead byte of an accented Latin letter ("É", "Ś"; its
    /// case is not told apart).
    static func isUpperLead(_ byte: UInt8) -> Bool { isUpper(byte) || isLatinLetterLead(byte) }

    /// The last word of an organisation's name. (Not "Primary", "House", "Park", "Office" or
    /// "Education": a pupil's "SEN Primary need", a home's "Ivy House", a street's "Park", a
    /// subject's "Physical Education".)
    /// Words that begin an organisation's name in Welsh, Scottish Gaelic and Irish ("Ysgol
    /// Gynradd Llanfair", "Coleg Gwent", "Cyngor Caerdydd", "Sgoil Lionacleit", "Gaelscoil").
    static let leadingOrganisationWords: Set<String> = [
        "ysgol", "coleg", "cyngor", "prifysgol", "canolfan", "meithrinfa", "cylch", "sgoil", "bunscoil", "gaelscoil",
        "gaelcholáiste", "coláiste", "colaiste", "scoil",
        // A service, an authority, a movement, the government, a tribunal, a commissioner
        // ("Gwasanaeth Cynhwysiant Gwynedd a Môn", "Mudiad Meithrin", "Tribiwnlys Addysg Cymru").
        "gwasanaeth", "gwasanaethau", "awdurdod", "mudiad", "llywodraeth", "tribiwnlys", "comisiynydd",
        // A camp ("Gwersyll yr Urdd Llangrannog"); an office ("Swyddfa'r Comisiynydd Gwybodaeth").
        "gwersyll", "swyddfa'r",
        // A library, a museum ("Llyfrgell Genedlaethol Cymru, Aberystwyth SY23 3BU").
        "llyfrgell", "amgueddfa",
        // A council's team ("Tîm Derbyn i Ysgolion, Canolfan Ddinesig": the admissions team).
        "tîm",
    ]

    static let organisationWords: Set<String> = [
        "school", "academy", "college", "infants", "juniors", "nursery", "trust", "council", "federation", "university",
        // A homework sheet's heading, no family's home ("Home learning: visit the Florence
        // Nightingale Museum, 2 Lambeth Palace Road, London SE1 7EW"): its "home" is no
        // family's word (a family's word inside an organisation's words is theirs).
        "home learning", "home-learning",
        "surgery", "practice", "centre", "center", "hospital", "clinic", "library", "museum", "church", "cathedral",
        // A firm's or a league's premises ("Bramfield County FA, Unit 4 Riverside Business Park, Bramfield BF2 5TG",
        // round 2971's league bulletin).
        "business park", "industrial estate", "trading estate", "county fa",
        "arboretum", "aquarium", "planetarium", "observatory", "archives", "archive", "gallery", "inspectorate", "ombudsman",
        "supplies",
        // A pension scheme's administrator ("Teachers' Pensions, Mowden Hall").
        "pensions",
        "mosque", "gurdwara", "synagogue", "temple", "foundation", "charity", "services", "service", "partnership", "society",
        "embassy", "consulate", "hostel",
        "association", "authority", "constabulary", "police", "hotel", "theatre", "zoo", "camp", "diocese", "agency",
        "institute", "studios", "solutions", "commissioner", "systems", "technologies", "networks", "communications",
        // A church school's diocese ("Diocesan Schools Commission (Archdiocese of Birmingham): 0121 ...",
        // round 1523's reading list).
        "commission", "archdiocese", "diocesan",
        // A national body's or a firm's name ("Careers & Enterprise Company, 2-7 Clerkenwell Green"),
        // a body's team signing off a bulletin ("UCAS Adviser Relations", "SQA Operations"), an
        // attraction a trip visits ("Ulster American Folk Park").
        "company", "relations", "operations", "folk park", "theme park", "wildlife park", "safari park", "farm park", "adventure park",
        // A parents' or a providers' forum ("Northshire Parent Carer Forum  npcf@...").
        "forum",
        // A trip's or a fieldwork day's sites ("Ilkley Lido car park, Denton Road, LS29 0BZ").
        "lido", "car park", "coach park", "nature reserve", "country park", "stadium", "arena", "national trust", "english heritage",
        // A class trip's attraction ("Cadbury World (Linden Road, Bournville, B30 1JR)"), a court.
        "world", "magistrates' court", "magistrates court", "crown court", "county court", "tribunal",
        // A council's or a charity's transport ("ring Passenger Transport on ...", "Community Transport CIO"),
        // and a trip's coach or taxi firm ("Allied Coaches  01632 960888").
        "passenger transport", "community transport", "coaches", "coach hire", "taxis", "cabs", "minibus hire",
        // A trip's attraction ("Cadbury World, Bournville B30 1JR").
        "world", "aquarium", "safari park", "farm park", "theme park", "adventure park", "pgl", "urdd", "outdoor centre",
        "outdoor education", "activity centre",
        // A uniform supplier's quote ("Stitch & Print Schoolwear, Unit 4 Canal Wharf, Leeds").
        "schoolwear", "uniforms", "embroidery", "printers",
        // A government department's sign-off ("Department for Education, Sanctuary Buildings").
        "department for", "buildings",
        // Government's offices ("Met Office, FitzRoy Road, Exeter EX1 3PB" under a data set).
        "met office", "home office", "cabinet office", "war office", "foreign office",
        // A council's venues ("Sessions House, Maidstone ME14 1XQ").
        "sessions house", "county hall", "town hall", "civic centre", "guildhall",
        // In Welsh: the town hall, the county hall, the civic centre.
        "neuadd y dref", "neuadd y sir", "canolfan ddinesig",
        // A trip's nearest hospital and its heritage sites ("Cumberland Infirmary, Carlisle CA2 7HY",
        // "Birdoswald Roman Fort, CA8 7DD").
        "infirmary", "emergency department", "accident and emergency", "emergency services", "family centre", "family hub", "carers trust", "carers centre", "young carers", "parent carer forum", "hub", "medical centre", "health centre", "minor injuries unit", "fort", "castle", "abbey", "priory", "palace",
        "heritage centre", "visitor centre", "youth hostel", "field centre", "field studies", "campsite",
    ]

    /// A school's phase, the last word of its name where the name stops there ("Calder Vale
    /// Primary, Tuel Lane", "Heptonstall CE Junior (HX7 7LY)"); not a pupil's "SEN Primary
    /// need" or "Primary carer".
    static let phaseWords: Set<String> = ["primary", "junior", "infant"]

    /// Whether a phase's word ends a school's name: a comma, a bracket, a dash, a full stop,
    /// a tab or the line's end after it (no word), and no "SEN" or "main" before it.
    static func endsSchoolsName(_ buffer: UnsafeRawBufferPointer, _ word: (kind: Word, from: Int, to: Int), _ to: Int) -> Bool {
        var next = word.to
        while next < to, buffer[next] == 32 { next += 1 }
        if next < to {
            let byte = buffer[next]
            // (A dash or an en dash set off by a space: "Calder Vale Primary - Tuel Lane".)
            let dash = next > word.to && (byte == UInt8(ascii: "-") || byte == 0xE2)
            guard dash || ",()|.;\t\r\n".utf8.contains(byte) else { return false }
        }
        var end = word.from
        while end > 0, buffer[end - 1] == 32 { end -= 1 }
        var start = end
        while start > 0, isLetter(buffer[start - 1]) { start -= 1 }
        return !["sen", "send", "main", "first", "her", "his", "their", "the"].contains(lowerASCII(buffer[start..<end]))
    }

    /// A line's label that names an organisation or a place, not a person.
    static let venueLabels: Set<String> = ["centre", "venue", "hotel", "hostel", "provider", "company", "supplier",
                                           "organisation", "organization", "destination", "accommodation", "museum",
                                           "org", // a vCard's organisation ("ORG:Swindon Stationers")
                                           // A school's own record ("urn": 123456 above its "postcode" in a
                                           // website's or an app's settings): a school's number, no pupil's.
                                           "urn", "laestab", "dfe number", "dfe no",
                                           // A policy's "School address: Milton Road, Fenbridge CB4 9XT".
                                           "school address", "school's address", "address of school",
                                           // In Welsh: the school's address ("Cyfeiriad yr ysgol: Heol y Coleg").
                                           "cyfeiriad yr ysgol", "cyfeiriad ysgol",
                                           // A menu's or a trip's firms ("Caterer: Cityserve, 1 Lancaster Circus, …").
                                           "caterer", "caterers", "contractor", "coach company", "coach operator"]

    /// A company's suffix, capitalised ("Ltd", "LIMITED"; not "limited space").
    static let companySuffixes: Set<String> = ["ltd", "limited", "plc", "llp", "cic", "cio", "scio", "cyf", "cyfyngedig"]

    /// Words of a family's or a pupil's line: its details are theirs, whatever organisation it names.
    static let personalWords: Set<String> = [
        "home", "parent", "parents", "parent's", "mum", "mum's", "dad", "dad's", "mother", "mother's", "father", "father's",
        "carer", "carers", "guardian", "emergency", "personal", "pupil", "pupil's", "child", "child's", "student",
        "student's", "kin", "family", "grandparent", "grandma", "grandad", "nan", "aunt", "uncle", "foster", "lives",
        "resides", "private", "mobile",
        // Welsh: a home ("cyfeiriad cartref": home address).
        "cartref",
        // A pupil's record above an address: a school's report ("Name: Freya Tuckwell  DOB:
        // 09/01/2011" between its letterhead and "Address: 7 Lapwing Close").
        "dob", "date of birth", "upn",
        // A staff record's own keys above its home address, as an export writes them (round
        // 697's payroll set-up: "role: Teacher of Maths" over "date_of_birth:" and "ni_number:").
        "date_of_birth", "ni_number", "ni number", "national insurance", "nino",
    ]

    /// A settings file's keys whose value is a site's or an organisation's name (not "school",
    /// which a pupil's form uses for the previous school above the home address).
    static let siteKeys: Set<String> = ["site", "sitename", "site_name", "establishment", "organisation", "organization",
                                        "setting", "campus"]

    /// A record's key whose value is an organisation's name, whatever the name ("board":
    /// "AQA", "supplier": "Kestrel Coaches", "awarding_body": "WJEC").
    static let organisationKeys: Set<String> = ["board", "exam_board", "examboard", "awarding_body", "awardingbody", "supplier",
                                                "supplier_name", "company", "company_name", "organisation", "organization",
                                                "organisation_name", "organization_name", "org", "agency", "venue", "provider_name",
                                                // A fixtures feed's grounds ("ground": "Hollins Park, Leeds LS13 9QZ").
                                                "ground", "pitch", "home_ground"]

    /// A record key's words that name an organisation's number or address, in English and Welsh
    /// (a council, a camp, a centre, a hospital, the police).
    static let organisationKeyWords: Set<String> = ["council", "cyngor", "gyngor", "camp", "gwersyll", "centre", "canolfan",
                                                    "hospital", "ysbyty", "police", "heddlu", "switchboard", "helpline", "venue",
                                                    // A risk assessment's "nearest_ae:", "school_office:", "out_of_hours_duty_line:".
                                                    "ae", "office", "reception", "duty", "line", "helpdesk",
                                                    // A menu's "kitchen_tel:" (round 661's: the county's catering helpdesk).
                                                    "kitchen", "catering", "caterer", "caterers",
                                                    // Northern Ireland's Education Authority ("ea_out_of_hours:").
                                                    "ea",
                                                    // A pension scheme's ("fund_address:", "administrator:").
                                                    "fund", "administrator", "scheme", "pensions", "insurer"]

    /// The venue labels that name a place wherever they stand on a line.
    static let placeLabels: Set<String> = ["venue", "centre", "hotel", "hostel", "museum", "provider", "supplier", "company",
                                           "organisation", "organization", "caterer", "caterers", "contractor"]

    /// Who a list of everyone is to ("parents-all@", "all-staff@").
    static let listMembers = ["parents", "staff", "pupils", "students", "teachers", "governors", "families"]

    /// What a year's, a class's or a key stage's list begins with, before its number ("yr6@";
    /// not a role's word alone: "y.patel@" is a person's).
    static let yearListPrefixes: Set<String> = ["y", "yr", "class", "ks", "form", "set", "group",
                                                // Irish and Welsh years, a year's office ("bliain8@", round 1478's).
                                                "bliain", "blwyddyn", "bl"]

    /// A one-word mailbox's ending that names an office or a list of parents.
    static let roleSuffixes = ["office", "parents", "transport", "admissions", "enquiries", "helpdesk", "team",
                               // A sixth form's health drop-in ("healthdropin@", round 2042's), a clinic's.
                               "dropin", "clinic",
                               // A class's own mailbox by its name ("oakclass@", round 2097's newsletter).
                               "class",
                               // An office holder's ("examsofficer@", "dataofficer@", round 2137's).
                               "officer",
                               // A department's list ("sciencestaff@", round 732's).
                               "staff",
                               // "familysupport@", "pupilsupport@", "studentservices@".
                               "support", "services", "guidance",
                               // A supplier's "customerservice@" (round 1193's invoice).
                               "service",
                               // "groupbookings@", "schoolbookings@", a council's fair access panel's "fairaccess@".
                               "bookings", "access",
                               // A council's lost pupil database ("pupiltracking@", round 1174's contact list).
                               "tracking",
                               // A council's schools' data protection officer ("schoolsdpo@").
                               "dpo",
                               // "curriculumcommittee@", "financecttee@".
                               "committee", "cttee",
                               // A school's young carers' lead ("youngcarers@", round 957's poster).
                               "carers",
                               // A school's volunteers' coordinator ("readingvols@", round 1041's induction booklet).
                               "vols", "volunteers",
                               // A council's and a trust's bulletins, training and appointments ("sendbulletin@",
                               // "sendcpd@", "peoplematters@", "paedsappointments@", rounds 714-715's).
                               "bulletin", "cpd", "matters", "appointments", "integrations",
                               // A school's own mailbox by its name ("BalgowanAcademy@pkc.gov.uk", round 721's).
                               "academy", "primary", "highschool",
                               // A council's distribution lists ("primaryheads@", "secondaryheads@", round 675's).
                               "heads", "headteachers", "governors", "clerks", "bursars", "sencos",
                               // A council SEN team's "annualreviews@", "senreviews@".
                               "reviews",
                               // A supplier's "schoolorders@", "weborders@", "customercare@".
                               "orders", "sales", "care",
                               // A council's front door ("multiagencyreferralunit@", round 1527's policy), a
                               // school's chaplaincy ("chaplaincy@", round 1523's reading list).
                               "unit", "referrals", "hub", "chaplaincy",
                               // Welsh: "tribiwnlysaddysg@" (education), "archebion@" (orders), a
                               // council's "ymholiadau@" (enquiries), "derbyniadau@" (admissions).
                               "addysg", "archebion", "ymholiadau", "derbyniadau", "swyddfa",
                               // (And "recriwtio@", recruitment, a Welsh-medium school's job advert, round 1729's;
                               // "swyddi@", jobs; "cyllid@", finance.)
                               "recriwtio", "swyddi", "cyllid",
                               // A council's child protection conference team ("cpconferences@", round 1737's guidance).
                               "cpconferences", "cpconference", "conferences", "conference",
                               // A council's child licensing team, a health trust's children's therapy service
                               // ("childlicensing@", "childrenstherapy@", rounds 2197 and 2199's).
                               "licensing", "therapy", "therapies", "psychology",
                               // A national body's schools programme ("schoolsprogramme@", round 2203's contacts).
                               "programme", "programmes",
                               // A council's safeguarding in education team ("safeguardingineducation@", round 2220's).
                               "education",
                               // A council's child performance licensing ("childperformance@", round 2257's guidance).
                               "performance",
                               // A council's child employment and licensing team ("childemployment@", round 1755's
                               // production contacts); a school's pupil voice ("studentvoice@", round 1759's).
                               "childemployment", "childrenemployment", "employment", "studentvoice", "pupilvoice",
                               "schoolcouncil", "studentcouncil", "youthcouncil",
                               // A regulator's line for employers ("tra.employer@", round 1765's safer recruitment policy).
                               "employer", "employers", "employerenquiries",
                               // A council's early years funding team ("eyfunding@", round 1770's claim guidance).
                               "eyfunding", "funding", "earlyyearsfunding", "eyentitlements",
                               // A governing body's clerk ("clerc@", round 723's).
                               "clerc", "clerk",
                               // An insurer's or a scheme's claims desk ("rpaclaims@", round 772's).
                               "claims",
                               // A council's uniform grants ("uniformgrants@", round 2757's voucher guidance).
                               "grants", "vouchers",
                               // A health trust's immunisation team ("anyshire.imms@", round 2834's uptake figures).
                               "imms", "immunisation", "immunisations", "vaccinations",
                               // A council's payroll, finance or pensions team ("schoolpayroll@",
                               // "schoolsfinance@").
                               ] + moneySuffixes.sorted()

    /// Role suffixes a family's own address may end with too ("familyfinance@gmail.com"): at a
    /// personal mail provider, no role's.
    static let moneySuffixes: Set<String> = ["payroll", "finance", "pensions"]

    /// A setting's kind that begins its one-word mailbox (`isRoleMailbox`).
    static let settingPrefixes = ["cylchmeithrin", "cylch", "ysgol", "meithrinfa", "playgroup", "preschool", "friendsof"]
    /// A council's or a charity's family service in one word ("familyfirst@stockport.gov.uk",
    /// round 1937's signposting list), at a public body's, a school's or a charity's domain only
    /// (`Email.workSuffixes`: a family's own at a free provider is theirs, "familysmith@gmail.com").
    static let familyServicePrefixes = ["family", "families"]

    /// A dotted mailbox's last word that names a parents' association or a committee, at any
    /// provider ("fosb.committee@gmail.com").
    static let associationMailboxes: Set<String> = ["committee", "pta", "ptfa", "fundraising", "friends",
                                                     // A partnership's business unit ("wscp.business@", round 1687's terms of reference).
                                                     "business"]

    /// A mailbox's first word that names a role or a team ("office", "dpo", "no-reply").
    static let roleMailboxes: Set<String> = [
        "office", "schooloffice", "chaperones", "chaperoning", "childemployment", "child.employment", "admin", "administration", "enquiries", "enquiry", "info", "information", "head",
        // A council's in-year admissions team ("inyear@"); Welsh offices, orders and enquiries.
        "inyear", "intransfer", "archebion", "gwybodaeth", "post",
        // A council's housing team ("housing.options@", round 2893's attendance contacts).
        "housing",
        // A school's site team ("role: Site Manager" over "email: site@oakfieldprimary.sch.uk", round 2038's).
        "site", "caretaker", "sitemanager", "siteteam",
        // A council's standing advisory council on religious education ("sacre@", round 1780's annual report).
        "sacre",
        // A translation or an interpreting service's ("translations@", round 1788's guidance).
        "translations", "translation", "interpreting", "interpreters", "interpreter",
        // A council's child employment and licensing team ("child.employment@leeds.gov.uk").
        "employment", "licensing", "licences", "entertainment",
        // An eisteddfod's office ("eisteddfod@urdd.org"), a staff calendar's invitations ("calendar@").
        "eisteddfod", "calendar",
        // Irish and Scottish Gaelic: orders, information, office, enquiries ("orduithe@", round 1565's
        // invoice from a Gaelscoil's bookshop).
        "orduithe", "eolas", "oifig", "fiosruithe", "oifis", "fiosrachadh",
        // Welsh: admissions ("derbyn@abertawe.gov.uk"). A school's nursery or pre-school
        // ("nursery@brookfield-primary.sch.uk" beside its switchboard).
        "derbyn", "nursery", "preschool", "playgroup",
        // Professional development, in Welsh and in English ("dpp@": Datblygiad Proffesiynol Parhaus).
        "dpp",
        // A school's houses' and departments' shared mailboxes ("houses@", "sport@").
        "houses",
        // Wraparound care's bookings ("asc@" beside the school office's number, round 1033's price list).
        "asc", "oosc", "afterschoolclub",
        // A boarding school's sanatorium ("san@", round 1204's opening hours).
        "san", "sanatorium", "matron", "matrons",
        // An advice service's or a helpline's mailbox ("advice@healthcareers.nhs.uk" on a careers
        // fair's exhibitor list, round 1637's).
        "advice", "adviceline", "helpline",
        // Scottish Gaelic: information ("fios@gaidhlig.scot", round 1674's Gaelic-medium contacts).
        "fios",
        // A virtual school's shared mailboxes ("pep@harrowfield.gov.uk" on a blank PEP template, round 1149's).
        "pep", "peps", "epep", "virtualschool", "virtual.school", "virtualschoolhead", "vsh", "lac.education",
        "renewals", "renewal", "licensing", "licences", "licenses", "subscriptions", "customersuccess",
        "headteacher", "headmaster", "headmistress", "headsoffice", "principal", "reception", "finance", "accounts",
        "payroll", "hr", "recruitment", "vacancies", "jobs", "careers", "dpo", "dataprotection", "privacy", "gdpr",
        // Information requests ("foi@", "sar@", "subjectaccess@", round 740's publication scheme).
        "foi", "freedomofinformation", "sar", "subjectaccess", "informationrequests", "inforequests",
        // An employer's recruiting inbox ("earlycareers@"), a council's Family Information Service ("fis@").
        "earlycareers", "graduates", "apprenticeships", "workexperience", "placements", "fis", "familyinformation",
        // A payroll system's integrations team ("integrations@", round 714's), a clinic's appointments,
        // a Scottish school's parent council ("parentcouncil.balgowan@gmail.com", round 721's).
        "integrations", "integration", "appointments", "parentcouncil", "parentforum", "parentsforum",
        // Welsh services' mailboxes and names: catering, admissions, finance, attendance, transport.
        "arlwyo", "prydau", "derbyniadau", "cyllid", "presenoldeb", "trafnidiaeth", "cludiant",
        // And wellbeing, counselling, support, safeguarding, additional learning needs (round 827's leaflet).
        "lles", "cwnsela", "cwnsler", "cymorth", "diogelu", "ady",
        "lettings", "lets", "hire", "hires", "bookings", "helpdesk", "servicedesk", "support", "itsupport", "ict", "it", "techsupport",
        "technicians", "sales", "billing", "invoices", "allstaff", "staff", "teachers", "governors", "governance",
        "clerk", "safeguarding", "dsl", "attendance", "absence", "absences", "sen", "senco", "send", "inclusion", "exams",
        "examinations", "bursar", "contact", "contactus", "hello", "noreply", "no-reply", "donotreply", "admissions",
        "catering", "kitchen", "transport", "premises", "facilities", "estates", "marketing", "communications", "comms",
        "press", "media", "newsletter", "newsdesk", "newsroom", "editorial", "pta", "friends", "parentmail", "library", "trips", "uniform", "shop", "payments",
        "wellbeing", "pastoral", "transition", "sixthform", "customerservices", "customer", "operations", "cover",
        // A club's or a charity's officers ("treasurer@hillsboroughtkd.org.uk", round 837's
        // lettings calendar; "secretary@", "chair@", "membership@", "welfare@").
        "treasurer", "secretary", "chair", "chairman", "chairperson", "vicechair", "president", "membership",
        "welfare", "welfareofficer", "fixtures",
        // A club's or a company's community scheme and its sponsors' ("community@example-countyfc.co.uk", round 847's raffle).
        "community", "communitytrust", "partnerships", "sponsorship",
        // A parent council's ("stninians.pc@", round 846's minutes); a Welsh school's ALNCo (CydADY).
        "pc", "aln", "alnco", "cady", "cydady",
        // A school's counselling service ("counselling@", round 751's policy).
        "counselling", "counseling", "counsellor", "counsellors", "mentalhealth", "mhst",
        "data", "datamanager", "mis", "webmaster", "postmaster", "orders", "purchasing", "procurement", "complaints",
        // A refunds or a security team's (a phishing-awareness example's "refunds@hmrc-gov-secure.example").
        "refunds", "refund", "verification", "account",
        // A council's early years and assessment teams, the STA's helpline ("earlyyears@",
        // "assessments@education.gov.uk", round 682's).
        "earlyyears", "eyfs", "assessment", "assessments", "moderation", "sendteam", "inclusionteam",
        // (An early years SEND advisory team's, "eysend@", round 2879's contacts for families.)
        "eysend", "eysen", "eyinclusion",
        // (A virtual school's for children in care, "vschool@", round 2945's PEP template.)
        "vschool", "virtual-school", "virtualschools",
        // (A league's referees' appointments, "refs@", round 2971's.)
        "refs", "referees",
        "feedback", "lado", "mash", "prevent", "channel", "recruiting", "hub", "referrals", "duty", "team", "year7", "year11", "year", "sixth", "nurse", "medical",
        // A head of year's, a head of school's, a head of department's.
        "hoy", "hos", "hod", "headofyear", "headofcentre", "headofschool", "vocational", "customersupport",
        // An EAL and new arrivals team's ("eal@", round 805's glossary).
        "eal", "ealteam", "newarrivals", "ema",
        // A school nursing team's and a cluster of schools' ("lch.schoolnursing.east@nhs.net",
        // "harehills.cluster@leeds.gov.uk", round 804's).
        "schoolnursing", "nursing", "cluster", "clusters",
        // A governing board's list ("lgb-haywoodpark@", round 812's log).
        "lgb", "fgb", "board", "trustees", "localgoverningbody",
        // A school's medical room and its nurses ("medicalroom@", "firstaid@", "schoolnurse@").
        "medicalroom", "medicalcentre", "medicalcenter", "healthroom", "sickbay", "firstaid", "schoolnurse", "schoolnurses", "nurses", "healthcentre",
        // A trust's HR team and its business managers' list ("people@", "sbm@", "sbms@").
        "people", "peopleteam", "sbm", "sbms", "businessmanager", "businessmanagers", "heads", "headteachers",
        // A council's income teams ("debtrecovery@", "revenues@", "counciltax@").
        "debtrecovery", "debt", "recovery", "income", "revenues", "benefits", "counciltax", "housingbenefit",
        // A school's educational visits coordinator ("evc@"), its travel office, a council's safety team,
        // its Duke of Edinburgh's Award coordinator ("dofe@", round 708's kit list).
        "evc", "visits", "travel", "healthandsafety", "healthsafety", "safety", "dofe", "dofe.coordinator", "expeditions",
        // A council's outdoor education adviser ("outdoored@", round 2590's visits policy).
        "outdoored", "outdooreducation", "outdoorlearning", "educationalvisits", "oeap",
        // A training provider's ("cpd@"), a league's ("fixtures@"), a department's ("computing@",
        // "humanities@": a lesson resource's or a README's contact).
        "cpd", "fixtures", "computing", "humanities", "mathematics", "mfl", "technology", "re", "dt", "arts", "design",
        // An insurer's or a scheme's ("rpa.claims@").
        "claims", "claim",
        // Teams and services of other organisations ("camhs.spa@", "sendiass@", "groups@"), a
        // school's departments ("pe@", "music@"), accounts receivable and payable ("ar@").
        // In Welsh: exams, admissions, the head's office.
        "arholiadau", "derbyniadau",
        // A council's ALN team and a county's ALNCos' list, in Welsh ("ady@", "cady-cynradd@").
        "ady", "cady", "aln", "alnco",
        "camhs", "mhst", "sendiass", "sendias", "iass", "spa", "providers", "provider", "report", "reportit", "concerns", "worried", "tellus", "speakup", "whistleblowing", "swyddfa", "gweinyddol", "ymholiadau", "derbynfa", "rhieni", "disgyblion", "competitions", "competition", "cyllid", "presenoldeb", "pennaeth", "aca", "acad", "sch", "pri", "prim", "ithelp", "itservices", "ictsupport", "ictservices", "ithelpdesk", "repro", "reprographics", "printroom", "print", "printing", "ews", "ewo", "ewss", "welfare", "earlyhelp", "cme", "wex", "workexperience", "placements", "groups", "group", "reservations", "booking", "pe", "sport", "sports",
        // A music service's lessons and tuition ("lessons@westmeremusichub.org.uk", round 1248's contact page).
        "lessons", "lesson", "tuition", "instrumental",
        "music", "science", "maths", "english", "history", "geography", "drama", "languages", "ar", "ap",
        "creditcontrol", "remittance", "remittances", "ledger", "consular", "embassy", "events", "visits", "tours",
        "schools", "school", "education", "learning", "timetable", "timetabler", "timetabling", "rota",
        // Systems' senders: a backup's, a filter's, a printer's reports ("veeam@", "alerts@").
        "training", "courses", "heads", "sync", "bot", "svc", "veeam", "backup", "backups", "alerts", "alert", "monitoring", "monitor", "notifications", "notification",
        "system", "sysadmin", "root", "nas", "printer", "printers", "scanner", "sophos", "smoothwall", "securly",
        "lightspeed", "server", "mailer-daemon", "daemon", "reports", "updates", "security", "netadmin",
        // A parent app's help desk ("parentsupport@").
        "parentsupport", "parentapp", "parenthelp", "appsupport",
        // A council's lists and bulletins ("All SENCos <sencos@…>", "send.bulletin@").
        "sencos", "sendcos", "headteachers", "dsls", "bulletin", "bulletins", "newsletters",
        // A school's fundraising and former pupils' mailboxes ("alumni@", "lottery@").
        "alumni", "oldpupils", "fundraising", "lottery", "donations", "donate", "giftaid", "development", "raffle",
        // A school's behaviour and pastoral teams ("behaviour@", "inclusionteam@").
        "behaviour", "behavior", "conduct", "exclusions", "rewards",
        // A board's chair, a guidance or family support team ("chair@", "sec.guidance@"). (Not
        // "family": "mabbott.family@" is a family's own.)
        "chair", "chairofgovernors", "vicechair", "guidance", "familysupport",
        // A university's outreach team, a payroll provider's new starters, a council's list of
        // every school ("outreach@", "newstarters@", "allschools@").
        "outreach", "widening", "wideningparticipation", "newstarters", "newstarter", "starters", "leavers",
        "allschools", "schoolsbulletin",
        // A council's SEND local offer and its schools' HR team ("localoffer@", "schoolshr@").
        "localoffer", "schoolshr", "hrschools", "hradvice", "hrservices",
        // An appeals service's and a mailing list's ("appeals@", "panel-members-list@").
        "appeals", "appeal", "panel", "list", "lists", "ucas", "references",
        // A supplier's ("credit.control@", "offers@").
        "credit", "offers", "promotions", "deals", "news",
        // A school's clubs and wraparound care; a trust's or a department's heads ("ceo@", "rdd.eastmidlands@").
        "clubs", "club", "wraparound", "breakfastclub", "afterschool", "ceo", "coo", "cfo", "rdd",
        // A summer school's or a holiday club's ("summerschool@", round 756's timetable).
        "summerschool", "summer", "holidayclub", "holidayclubs", "events",
        // Key stage assessments' ("sats@", "ks2@", round 754's).
        "sats", "ks1", "ks2", "ks3", "ks4", "census",
        // Irish: office, information, enquiries ("oifig@gaelscoil…", round 759's newsletter).
        "oifig", "eolas", "fiosruchain",
        // Shared devices' accounts ("cart-a-00@", "exam-room-01@", "library-kiosk-07@").
        "cart", "kiosk", "exam", "room", "shared", "device", "devices", "chromebook", "ipad", "laptop", "loaner", "spare",
        "volunteers", "volunteering", "menu", "menus",
        // A STEM hub's ambassadors' team ("ambassadors@stemhub.example.org", round 2606's visiting speakers procedure).
        "ambassadors", "stemambassadors",
        // An event's team managers' list ("To: teammanagers@schoolscheer.example.org", round 2645's bulletin).
        "teammanagers", "managers", "teamleaders", "entries", "results",
        // A science department's prep room ("prep@", "prep.room@").
        "prep", "preproom", "lab", "labs", "technician",
        // A registrar's (admissions at an independent school), a network's or forum's list, an
        // exams officer's support desk at a board ("eos@").
        "registrar", "registry", "network", "forum", "eos", "boarding",
        // A publisher's or a jobs board's ("adverts@").
        "adverts", "advert", "advertising", "ads", "classifieds",
        // A secondary school's library (its learning resource centre) and a service's loans desk
        // ("lrc@", "loans@", "instrumentloans@").
        "lrc", "librarian", "loans", "loan", "instrumentloans", "returns", "resources",
        // A council's free school meals and benefits teams ("fsm@", "schoolmeals@").
        "fsm", "freeschoolmeals", "schoolmeals", "meals", "benefits", "grants", "uniformgrant", "hardship",
        // A governing board's committees' lists ("curriculum-committee@", "resources.committee@").
        "committee", "committees", "cttee", "curriculum", "board", "trustees", "members",
        // An independent school's bursary and international office ("bursary@", "visas@").
        "bursary", "visas", "visa", "international", "intl", "guardianship",
        // A vendor's help desk ("help@", "helpline@").
        "help", "helpline", "helpteam",
        // A subject's team at an exam board ("eng@aqa.org.uk", round 776's), its qualifications
        // team ("quals@", round 786's).
        "eng", "math", "sciences", "quals", "qualifications",
        // A health board's therapy teams ("paediatric.slt.hdd@wales.nhs.uk", round 778's).
        "slt", "salt", "paediatric", "paediatrics", "therapy", "therapies", "physio", "physiotherapy",
        // A council's educational psychology service ("eps@", round 2202's bulletin).
        "eps", "edpsych", "psychology",
        // A council's environmental health team ("envhealth@", round 2258's housing leaflet).
        "envhealth", "environmentalhealth",
        // A school's health room ("health@", round 1370's medicines policy); a Welsh school's
        // "talk" box for reporting bullying ("siarad@", round 1374's).
        "health", "healthroom", "siarad", "talk",
        // A helpline's listening service ("listen@teacherline.example.org", round 2774's contacts).
        "listen", "listening",
    ]
}

/// Lower-case phrases to look for in a few bytes (`OrganisationContact.holdsPhrase`), ordered
/// by their first byte: the phrases beginning with byte `b` are entries `firstStart[b]
/// ..< firstStart[b + 1]`, entry `e`'s bytes `bytes[starts[e] ..< starts[e + 1]]`.
struct PhraseSet {
    let firstStart: [Int]
    let starts: [Int]
    let bytes: [UInt8]

    init(_ phrases: [String]) {
        let sorted = phrases.map { Array($0.utf8) }.filter { !$0.isEmpty }.sorted { $0[0] < $1[0] }
        var firstStart = [Int](repeating: 0, count: 257), starts: [Int] = [], bytes: [UInt8] = []
        for phrase in sorted {
            firstStart[Int(phrase[0]) + 1] += 1
            starts.append(bytes.count)
            bytes += phrase
        }
        starts.append(bytes.count)
        for byte in 0..<256 { firstStart[byte + 1] += firstStart[byte] }
        self.firstStart = firstStart
        self.starts = starts
        self.bytes = bytes
    }
}
