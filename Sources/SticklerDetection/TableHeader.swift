import Foundation

/// Column headers of a table (CSV/TSV, spreadsheet sheets): which detectors a column
/// gives context to, and which columns hold person names.
public struct TableHeader: Sendable {
    public struct Column: Sendable {
        public var title: String
        /// Detector indices for which this header is context.
        public var contextFor: Set<Int>
        /// Index of a `columns` detector (e.g. person_name) this column feeds.
        public var columnDetector: Int?
        /// The header names identifier, contact or financial data (`Home phone`): it vetoes
        /// the detectors of those categories it does not name (worked out once per header).
        public var namesStructuredData = false
        /// The header holds a special-category keyword ("Medical condition", "SEN status").
        public var namesSpecialCategory = false
        /// Its column detector finds people's names (Name, Forename, Parent/Carer).
        public var namesPeople = false
        /// Its cells are people whatever their names (beside a column of pupil data): a
        /// cell needs only read as a full name.
        public var trusted = false
        /// A name column in a table of things (beside "ISBN", "Qty": its detector's
        /// `not_beside`): its cells name books or stock, read by no name rule.
        public var namesThings = false
        /// A name column beside a column of roles ("Role | Name | Contact": a policy's or a
        /// training handout's designated staff): a titled name there ("Mrs Angela Price")
        /// is a member of staff in that role.
        public var besideRoles = false
        /// A grid's column ("Col A", "B", "3", untitled): its cells are collected for the
        /// `any_cell` detectors (an exam seating plan's desks) though no detector claims it.
        public var grid = false
        /// A template's or a field map's column of examples ("Example", "Sample value"): its
        /// values are made up ("01/09/2012" beside a mail merge's «DOB»).
        public var holdsExamples = false
        /// An organisation's column ("Supplier", "Office"): a contact in it is the organisation's,
        /// wherever the column stands.
        public var namesOrganisation = false

        /// Whether the rules know what this column holds.
        var isKnown: Bool { !contextFor.isEmpty || columnDetector != nil || namesSpecialCategory || namesThings || namesStructuredData }
    }

    public var columns: [Column]

    /// A column's titles saying its values are examples.
    /// A log's abbreviated titles for its people ("Stf | Dpt | Dt", "Nm | Yr/F", "Stu | Yr | Nd"):
    /// a cell of initials under one is a person's (`DocumentState.initialsColumnInstead`), and a
    /// row that begins with one that is a given name too ("Stu") is still a header.
    static let abbreviatedPeopleTitles: Set<String> = ["stf", "nm", "lrnr", "lnr", "pup", "stu", "yp", "cyp", "ch", "chld"]

    static let exampleTitles: Set<String> = ["example", "examples", "sample", "example value", "example values", "sample value",
                                             "sample values", "example data", "sample data", "eg", "e g", "example entry",
                                             // (A trust's guidance on its central record's columns: "| DOB | dd/mm/yyyy | 01/01/1990 |"
                                             // under "Example format", round 1502's.)
                                             "example format", "example formats", "sample format", "format example", "sample entry",
                                             "dummy value", "dummy values", "dummy data", "example input", "worked example"]

    /// Whether a title names a sum of money ("Opening balance £", "Amount (£)", "Total cost"):
    /// its cells are figures, no one's phone or account number (a maths lesson's model whose
    /// "2147483647" passed a phone's checks, round 745's).
    static func namesMoney(_ title: String, _ normalized: String) -> Bool {
        if title.contains("£") || title.contains("€") { return true }
        let words = normalized.split(separator: " ")
        return words.count <= 4 && words.contains { moneyWords.contains(String($0)) }
    }

    static let moneyWords: Set<String> = ["balance", "amount", "total", "cost", "costs", "price", "income", "fee", "fees", "budget",
                                          "spend", "spent", "owed", "arrears", "salary", "gbp", "vat", "subtotal", "profit", "interest"]

    /// Titles of a thing's number, not a person's: a column of them vetoes every identifier,
    /// contact and financial detector (an equipment inventory's serial number read as a phone).
    static let thingNumberTitles: Set<String> = [
        "serial", "serial no", "serial number", "serial numbers", "s n", "asset tag", "asset no", "asset number",
        "asset id", "barcode", "bar code", "part no", "part number", "product code", "model no", "model number", "isbn", "ean",
        "order no", "order number", "po number", "po no", "invoice no", "invoice number", "licence key", "license key",
        "imei", "mac address", "device id", "stock code", "catalogue number", "cat no",
        // A book order's "ISBN10" and "ISBN13" (round 659's: Penguin's "0140698213" is no landline).
        "isbn10", "isbn13", "isbn 10", "isbn 13", "isbn-10", "isbn-13", "isbn no", "ean13", "ean 13",
    ]
    /// A column holds data the rules know (a date of birth, a phone number) or names a
    /// special category: a given name alone on its row is a child the row says more about
    /// (worked out once, with the header).
    public var saysMoreThanNames = false
    /// A table of organisations (a supplier list, an employer database, a processor
    /// register): its contact names, addresses, numbers and mailboxes are businesses' and
    /// their staff's at work, reported at `low` (worked out once, with the header).
    public var namesOrganisations = false
    /// A table of lives ("Monarch | Born | Reigned | Died", a history display's scientists):
    /// its dates are the dead's and the famous', no one's whose birth date a stick must not carry.
    public var tellsLives = false
    /// A table of lives with their births too ("Name | Born | Died | Edinburgh address", a
    /// history task's): its names and addresses are the dead's as well.
    public var tellsWholeLives = false
    /// A reading list's or a lesson's table of characters ("Title | Author | Character |
    /// Condition shown", round 1862's): a "Character" column and no column of people's names
    /// (a cast list's "Pupil | Character" names its pupils).
    public var namesCharacters = false
    static let characterTitles: Set<String> = ["character", "characters", "main character", "character name", "fictional character"]
    /// A column of dates of birth (some detector's context), and a timeline's first column
    /// ("Date | Event", "Dyddiad | Digwyddiad"): see `DocumentState.dropLongDeadRows`.
    public var holdsBirthDates = false
    public var timeline = false
    /// Titles beside which a "Born" column is an author's or an artist's (a library's
    /// catalogue: "Author | Born | Title | ISBN").
    static let makerTitles: Set<String> = ["author", "authors", "author s", "illustrator", "poet", "composer", "artist", "isbn",
                                           // A drama or a science lesson's table of whom it teaches ("Practitioner | Born |
                                           // Key technique", round 935's Augusto Boal).
                                           "practitioner", "practitioners", "playwright", "playwrights", "dramatist", "scientist",
                                           "scientists", "inventor", "inventors", "mathematician", "mathematicians", "architect"]
    /// Column titles of a birth date, with which a "Died" column makes a table of whole lives.
    static let birthTitles: Set<String> = ["born", "date of birth", "birth", "year of birth", "birth date", "dyddiad geni",
                                           "дата народження", "народився", "дата рождения", "data urodzenia"]
    /// Column titles that make a table one of lives.
    static let lifeTitles: Set<String> = ["died", "death", "date of death", "reigned", "reign", "executed", "year of death",
                                          // In Welsh, Ukrainian, Russian and Polish ("Дата смерті": a lesson's writers).
                                          "bu farw", "dyddiad marw", "дата смерті", "помер", "померла", "дата смерти", "умер",
                                          "data śmierci", "zmarł", "zmarła"]
    /// Its columns of staff roles ("Role", "Area"): on a row whose role cell names a school
    /// or business post ("Headteacher", "Catering Manager"), the person is staff in that
    /// role, and the row's contact details are theirs at work.
    public var roleColumns: [Int] = []

    /// Titles of a column of a publication's credits or title, or of a governing body's
    /// members, whom a school publishes (normalised).
    static let publicationTitles: Set<String> = ["author", "authors", "author s", "publisher", "publishers", "illustrator",
                                                 "editor", "imprint", "book title", "title of book", "composer", "artist", "poet",
                                                 "governor", "governors", "governor name", "name of governor", "trustee", "trustees",
                                                 "trustee name", "name of trustee", "member of the local governing body"]
    /// Titles of a column of things' makers and models: an inventory's "Make/model" holds
    /// "Trevor James 10X" (a flute), no pupil in 10X.
    static let thingTitles: Set<String> = ["make", "model", "make model", "make and model", "make & model", "brand", "manufacturer",
                                           "maker", "model name", "model number", "model no", "product name", "brand name",
                                           // A class's name, a tree's or a bird's ("Room | Class | Day": "Hazel (Y2)",
                                           // "Willow (Y6)", a parents' evening grid, round 1234's).
                                           "class", "class name", "classes"]
    /// The publication titles of a board's members.
    static let boardTitles: Set<String> = ["governor", "governors", "governor name", "name of governor", "trustee", "trustees",
                                           "trustee name", "name of trustee", "member of the local governing body"]

    /// Titles of a column of staff roles (normalised).
    /// Columns of notes about each row's person: beside one, a given name alone is a child the
    /// notes are about ("Name | Mon | … | Comment": a behaviour chart's "Albie | hit Alfie in
    /// the line - parents informed").
    static let noteTitles: Set<String> = ["comment", "comments", "note", "notes", "concern", "concerns", "incident", "incidents",
                                          "behaviour", "behavior", "what happened", "action taken", "observation", "observations",
                                          "needs", "support", "strategies", "strategy", "next steps", "notes concerns",
                                          "additional information", "additional needs", "medical", "allergies", "dietary needs"]

    /// A notes column's title, as listed or ending in "notes", "comments" or "concerns"
    /// ("Position / notes").
    static func isNoteTitle(_ normalized: String) -> Bool {
        noteTitles.contains(normalized) || ["notes", "comments", "concerns"].contains(normalized.split(separator: " ").last.map(String.init) ?? "")
    }

    /// Whether a normalised title names staff roles: one of `roleTitles`, or a bilingual one
    /// with "role" or the Welsh "swydd" or "rôl" among its words ("Swydd / Role").
    static func isRoleTitle(_ normalized: String) -> Bool {
        roleTitles.contains(normalized) || normalized.split(separator: " ").contains { ["role", "swydd", "rôl", "rol"].contains($0) }
    }

    static let roleTitles: Set<String> = ["role", "roles", "job title", "job role", "responsibility", "responsibilities",
                                          "designation", "post", "post held", "position held", "area of responsibility"]

    /// Whether a title is a directory's: listed, or saying what each person is responsible
    /// for ("Surveys they own", "Link governor for", "Contact for").
    static func isDirectoryTitle(_ normalized: String) -> Bool {
        directoryTitles.contains(normalized)
            || normalized.split(separator: " ").contains { ["own", "owns", "responsible", "responsibility", "oversees", "covers", "lead"].contains($0) }
    }

    /// Titles a staff directory's or a sign-off's table holds beside its roles, names and
    /// contact details (normalised): a table with any other column (an absence record's
    /// "Episodes", "Reasons") is about its staff, not a list of who does what.
    static let directoryTitles: Set<String> = ["extension", "ext", "room", "office", "location", "base", "date", "signed",
                                               "signature", "department", "dept", "team", "area", "site", "hours", "days",
                                               "availability", "working days", "title", "contact", "contact details",
                                               "how to contact", "when available", "key stage", "year group", "subject",
                                               "responsible for", "owner", "owns", "surveys", "surveys owned", "link",
                                               "phase", "class", "classes", "email address", "work email", "telephone",
                                               // Welsh: e-mail, work e-mail, extension, phone, department.
                                               "e bost", "e bost gwaith", "estyniad", "ffon", "ffôn", "adran"]

    /// Titles of a column of organisations: a table of businesses, not of people (normalised).
    static let organisationTitles: Set<String> = ["organisation", "organization", "organisation name", "organization name",
                                                  "company", "company name", "supplier", "supplier name", "employer",
                                                  "employer name", "business", "business name", "provider", "provider name",
                                                  "vendor", "firm", "agency", "processor", "contractor", "service provider",
                                                  "operator", "operator name", "trading name", "haulier", "taxi firm",
                                                  "service", "service name", "charity", "charity name",
                                                  // An exams office's awarding bodies ("Board | Department | Phone").
                                                  "board", "exam board", "awarding body", "awarding organisation",
                                                  // A raffle's local businesses, a fixtures list's grounds.
                                                  "donated by", "sponsor", "sponsored by", "venue", "venue name",
                                                  // A council's directory of short-break units or provision ("Unit |
                                                  // Ages | Beds | Address").
                                                  "unit", "unit name", "provision", "provision name", "premises", "centre name",
                                                  // A list of places: a transport list's stops, a catchment's streets.
                                                  "stop name", "bus stop", "naptan code", "catchment", "postcode sector",
                                                  // A UCAS guide's universities by their codes ("Inst | Code | Course |
                                                  // Typical offer | Tel (admissions)").
                                                  "inst", "institution", "institution code", "inst code", "university", "uni",
                                                  // A handbook's table of its offices ("Office | Telephone | Email").
                                                  "office", "department", "dept",
                                                  // A council service's teams ("Team | Telephone | Email | Address":
                                                  // an educational psychology service's contacts, round 1253's).
                                                  "team", "team name",
                                                  // A data file's element for one ("<contact><org>WJEC/CBAC</org><address>",
                                                  // round 749's exam board specification).
                                                  "org", "org name", "orgname",
                                                  // A visits calendar's places ("VisitRef | Year group |
                                                  // Destination | Postcode", round 877's).
                                                  "destination", "destination name", "attraction",
                                                  // Northern Ireland's health and social care trusts' gateway teams ("Trust
                                                  // area | Telephone | Out of hours", round 2234's referral template).
                                                  "trust area", "health trust", "hsc trust", "locality",
                                                  // A trip leaders' procedure's nearest casualty departments ("Hospital |
                                                  // Address | Phone", round 2265's), a leaflet's surgeries and pharmacies.
                                                  "hospital", "hospital name", "nearest hospital", "a e", "a e department",
                                                  "surgery", "gp surgery", "gp practice", "practice name", "clinic", "clinic name",
                                                  "pharmacy", "pharmacy name", "hospice"]

    /// Whether a title names an organisation's contact detail: its first word an organisation's,
    /// its last a contact's ("Supplier Tel", "Company email", "Venue postcode", round 757's
    /// invoice list).
    static func organisationsContactTitle(_ normalized: String) -> Bool {
        let words = normalized.split(separator: " ")
        guard words.count >= 2, words.count <= 4, let first = words.first, let last = words.last else { return false }
        return organisationContactFirstWords.contains(String(first)) && contactLastWords.contains(String(last))
    }

    /// (Not "School email": a pupil's own school account; nor "Employer tel": a placement's
    /// contact, often their own mobile.)
    static let organisationContactFirstWords: Set<String> = ["supplier", "company", "business", "vendor", "contractor", "provider",
                                                             "venue", "agency", "firm", "council"]
    static let contactLastWords: Set<String> = ["tel", "telephone", "phone", "number", "no", "email", "address", "postcode", "contact",
                                                "fax", "website"]

    /// Titles only a register of organisations has: their company and VAT numbers, a supplier's
    /// reference, a switchboard.
    static let organisationRecordTitles: Set<String> = ["company no", "company number", "company reg", "company reg no",
                                                        "company registration", "company registration number", "companies house number",
                                                        "vat no", "vat number", "vat reg", "vat reg no", "vat registration number",
                                                        "supplier id", "supplier no", "supplier number", "supplier code", "supplier ref",
                                                        "charity no", "charity number", "registered charity number", "switchboard",
                                                        // An employer's insurance ("Insurance cert ref": a placements list, round 1231's).
                                                        "insurance cert ref", "insurance ref", "insurance certificate", "insurance cert",
                                                        "el cert ref", "el certificate", "el insurance", "insurance policy", "insurance policy number"]

    /// A place's or a business's own contact column ("depot phone", "hotel tel", "office
    /// email"): its word for the place, then its word for the contact.
    static func isPlaceContactTitle(_ title: String) -> Bool {
        let words = title.split(separator: " ")
        guard words.count >= 2, words.count <= 4, let place = words.first, placeContactWords.contains(String(place)) else { return false }
        return words.dropFirst().contains { contactWords.contains(String($0)) }
    }

    static let placeContactWords: Set<String> = ["depot", "office", "site", "branch", "venue", "hotel", "centre", "center", "surgery",
                                                 "practice", "clinic", "company", "supplier", "garage", "station", "council", "agency",
                                                 "provider", "operator", "firm", "hq", "business", "store", "shop", "warehouse", "yard",
                                                 "club", "library", "museum", "hostel", "campsite", "operator's", "depots"]
    static let contactWords: Set<String> = ["phone", "telephone", "tel", "email", "e-mail", "address", "postcode", "fax", "switchboard", "number"]

    /// A timeline's first column's titles ("Date | Event").
    static let timelineTitles: Set<String> = ["date", "dates", "year", "years", "when", "dyddiad", "blwyddyn", "period"]

    /// A list of places' titles: its streets, and what else it says of each street.
    static let streetTitles: Set<String> = ["street", "streets", "street name", "road", "roads", "road name"]
    static let placeTitles: Set<String> = ["postcode", "postcodes", "postcode sector", "area", "ward", "town", "village",
                                           "parish", "locality", "district", "notes", "note", "comments", "side",
                                           "in catchment", "catchment", "distance", "zone", "route", "stop"]

    /// A school's own number: the DfE's, an establishment's URN, Wales's and Scotland's codes.
    static let schoolNumberTitles: Set<String> = ["dfe no", "dfe number", "dfe", "dfe ref", "dfe ref no", "urn", "laestab", "la estab",
                                                  "la estab no", "estab no", "estab number", "school number", "school no", "seed code",
                                                  "seedcode", "de ref", "de reference"]

    /// A list of schools' titles ("School | URN | Address | Main phone"): a table of
    /// organisations only where its other columns are the schools' own details (not a breach
    /// log's "Academy | ... | Data subjects affected", an appraisal tracker's "School | Headteacher").
    static let schoolTitles: Set<String> = ["school", "school name", "setting", "setting name", "establishment",
                                            "establishment name", "secondary school", "primary school", "feeder school",
                                            "academy", "nursery",
                                            // A trust's sites ("Site | Data protection lead (role) | Phone | Email").
                                            "site", "site name", "school site", "campus"]
    static let schoolDetailTitles: Set<String> = ["urn", "dfe number", "dfe no", "laestab", "la", "local authority", "phase",
                                                  "type", "website", "address", "postcode", "phone", "main phone", "telephone",
                                                  "tel", "email", "main email", "office email", "distance", "distance miles",
                                                  "switchboard", "switchboard number", "main switchboard",
                                                  "office phone", "office tel", "office telephone", "school phone", "school email",
                                                  "school telephone", "email address", "telephone number", "phone number",
                                                  "age range", "ofsted", "ofsted rating", "number on roll", "nor", "pan", "capacity",
                                                  // A trust's list of its schools and their heads (published on every
                                                  // school's website): "URN | School | ... | Headteacher".
                                                  "headteacher", "head teacher", "headteacher name", "head teacher name", "principal",
                                                  "head of school", "executive headteacher", "estab", "estab no",
                                                  // An officer's rota of visits to schools ("Day | Time | School |
                                                  // Room | Activity | Contact (office)"): the schools' offices.
                                                  "day", "time", "times", "activity", "session", "contact office", "office contact",
                                                  // A directory of Gaelic- or Welsh-medium schools ("School | Authority |
                                                  // Address | Postcode | Telephone | GME stages").
                                                  "authority", "council", "stages", "gme stages", "sector", "denomination",
                                                  "medium", "language medium"]
    /// Words of a school list's figures ("Y6 cohort 2025", "Number on roll (Jan)").
    static let schoolFigureWords: Set<String> = ["cohort", "roll", "capacity", "pan", "places", "ofsted", "intake",
                                                 // A feeder list's transfers ("Transferring to BCH", "First preferences").
                                                 "transferring", "transfers", "transferred", "transfer", "preferences", "applications", "offers",
                                                 // A secondary's feeder primaries and its visits to them ("Transition visit date").
                                                 "visit", "visits", "transition", "liaison"]

    static func isSchoolDetailTitle(_ title: String) -> Bool {
        schoolDetailTitles.contains(title) || title.split(separator: " ").contains { schoolFigureWords.contains(String($0)) }
    }

    /// Words of a title that make its column people's, not a business's contact: a pupil's,
    /// a family's, an applicant's, an employee's.
    static let personTitleWords: Set<String> = ["pupil", "pupils", "student", "students", "child", "children", "learner",
                                                "learners", "parent", "parents", "carer", "carers", "candidate", "applicant",
                                                "participant", "young", "employee", "volunteer", "member", "placement",
                                                "home", "personal", "dob", "birth", "upn", "uln", "ni", "kin", "emergency", "medical",
                                                "allergy", "allergies"]

    /// Whether a role cell names a post in a school or a business ("Headteacher", "Catering
    /// Manager", "DPO"), not a pupil's part ("Form captain", "Head girl", "Reading buddy").
    static func namesStaffPost(_ cell: String) -> Bool {
        let words = normalize(cell).split(separator: " ").map(String.init)
        guard !words.isEmpty, words.count <= 6, !words.contains(where: { pupilPostWords.contains($0) }) else { return false }
        return words.contains { staffPostWords.contains($0) }
    }

    static let staffPostWords: Set<String> = ["headteacher", "headmaster", "headmistress", "principal", "deputy", "senco",
                                              "sendco", "dsl", "ddsl", "dpo", "manager", "officer", "bursar", "clerk",
                                              "governor", "trustee", "caretaker", "receptionist", "administrator", "technician",
                                              "teacher", "hlta", "nurse", "secretary", "director", "ceo", "coordinator",
                                              "co-ordinator", "librarian", "chef", "cook", "accountant", "advisor", "adviser",
                                              "controller", "chair", "treasurer", "head", "lead", "partner", "consultant",
                                              "worker", "practitioner", "assistant", "mentor", "counsellor", "therapist",
                                              "psychologist", "specialist", "keyworker", "supervisor", "engineer", "tutor",
                                              // Welsh: head, deputy, teacher, coordinator, officer, nurse, governor, assistant, manager.
                                              "pennaeth", "dirprwy", "athro", "athrawes", "cydlynydd", "swyddog", "nyrs",
                                              "llywodraethwr", "cynorthwyydd", "rheolwr", "clerc", "dynodedig", "swyddfa", "cydady",
                                              "alnco", "designated", "office"]
    static let pupilPostWords: Set<String> = ["pupil", "student", "captain", "prefect", "girl", "boy", "council", "buddy",
                                              "ambassador", "monitor", "councillor", "leader", "rep", "representative", "young"]

    /// Whether a first row reads as column headers rather than the first line of a form:
    /// no title holds a value's digits, a date's or a class's ("14/03/2025", "4B"; a
    /// markbook's "A1", "KS2", "Autumn 1" are titles; any goes where a name column sits
    /// beside pupil data such as "Y6 SATs", its `trusted_beside`); at least two of them name data the rules know
    /// (context for a detector, a name column, a special category); and no name column is
    /// followed by what reads as a person's full name ("Pupil name | Olivia Hughes" is a
    /// form's label and value, whose labels must not become names; a made-up person, "Pupil |
    /// Test Pupil", makes no titles at all: `Engine.header`).
    public var readsAsHeader: Bool {
        guard !columns.contains(where: { Self.holdsValueDigits($0.title) }) || columns.contains(where: \.trusted) else { return false }
        // "Candidate | «Legal_Forename» «Legal_Surname»": a mail merge's form, label and field.
        guard !columns.contains(where: { CellText.isTemplateField($0.title) }) else { return false }
        // "Relationship to child | Mother": a form's label and its answer.
        guard !(columns.count == 2 && Self.asksRelationship(columns[0].title)) else { return false }
        // "Status | Visitor - parent" on an accident form: a label and its answer, a relation.
        guard !(columns.count == 2 && columns[0].columnDetector == nil && Self.answersRelationship(columns[1].title)) else { return false }
        // "Centre name | Harefield Park Academy" atop a JCQ form: a label and its answer, an
        // organisation's name (round 738's Form 8, whose candidate's name lost its label).
        guard !(columns.count == 2 && !columns[1].isKnown && DocumentState.cellNamesAnOrganisation(columns[1].title)) else { return false }
        guard columns.filter(\.isKnown).count >= 2 || readsAsNameListHeader || readsAsListHeader else { return false }
        for index in columns.indices.dropLast() where columns[index].columnDetector != nil {
            let next = columns[index + 1]
            // (Capitalised words, as a name is written: "First language" beside "Name" is a title.)
            if !next.isKnown, PersonName.readsAsFullName(next.title) { return false }
        }
        return true
    }

    /// Whether a title asks how someone is related ("Relationship", "Relationship to child",
    /// "Relation to pupil").
    static func asksRelationship(_ title: String) -> Bool {
        let lower = title.lowercased().trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
        return lower.hasPrefix("relationship") || lower.hasPrefix("relation to") || lower == "relation"
    }

    /// A column's title as the output may show it: itself, unless it reads as a value (a data
    /// row taken for the header: "23mcguinnessr (Ryan McGuinness, 8L)"), which is never shown.
    public static func shownTitle(_ title: String) -> String {
        // (Without a byte-order mark a CSV saved by Excel begins with: "\u{FEFF}Student", round 820's.)
        let title = title.replacingOccurrences(of: "\u{FEFF}", with: "")
        return readsAsData(title) ? "(a title that reads as data, not shown)" : title
    }

    /// Whether a title holds what would identify someone: an e-mail address, five digits or
    /// more in a row, a date with its year, or a common given name beside a capitalised word
    /// ("Ryan McGuinness", "McGuinness, Ryan").
    static func readsAsData(_ title: String) -> Bool {
        if title.contains("@") { return true }
        var run = 0
        for character in title {
            run = character.isNumber ? run + 1 : 0
            if run >= 5 { return true }
        }
        let bytes = Array(title.utf8)
        if holdsDate(bytes) || holdsPostcode(bytes) { return true }
        let words = title.split(whereSeparator: { !($0.isLetter || $0 == "'" || $0 == "-") }).filter { $0.contains(where: \.isLetter) }
        for (index, word) in words.enumerated() where GivenNames.contains(word.lowercased()) && word.first?.isUppercase == true {
            if index + 1 < words.count, words[index + 1].first?.isUppercase == true { return true }
            if index > 0, words[index - 1].first?.isUppercase == true, words[index - 1].count >= 2 { return true }
        }
        return false
    }

    /// Whether `bytes` hold a date with its year: digits, a separator (/ . -), one or two
    /// digits, the same kind of separator or another, and two digits or more ("3/4/2019").
    static func holdsDate(_ bytes: [UInt8]) -> Bool {
        func isDigit(_ at: Int) -> Bool { at < bytes.count && bytes[at] >= 48 && bytes[at] <= 57 }
        func isSeparator(_ at: Int) -> Bool { at < bytes.count && (bytes[at] == 47 || bytes[at] == 46 || bytes[at] == 45) }
        for at in bytes.indices where isDigit(at) && isSeparator(at + 1) && isDigit(at + 2) {
            for month in 1...2 where (0..<month).allSatisfy({ isDigit(at + 2 + $0) }) {
                let separator = at + 2 + month
                if isSeparator(separator), isDigit(separator + 1), isDigit(separator + 2) { return true }
            }
        }
        return false
    }

    /// Whether `bytes` hold a postcode as a word of its own: one or two capitals, a digit, a
    /// digit or capital perhaps, a space perhaps, a digit and two capitals ("SW1A 1AA", "M11AE").
    static func holdsPostcode(_ bytes: [UInt8]) -> Bool {
        func isUpper(_ at: Int) -> Bool { at < bytes.count && bytes[at] >= 65 && bytes[at] <= 90 }
        func isDigit(_ at: Int) -> Bool { at < bytes.count && bytes[at] >= 48 && bytes[at] <= 57 }
        // A word's byte as `\b` sees it (bytes of other scripts' letters among them).
        func isWord(_ at: Int) -> Bool {
            guard at >= 0, at < bytes.count else { return false }
            let byte = bytes[at]
            return isUpper(at) || isDigit(at) || (byte >= 97 && byte <= 122) || byte == 95 || byte >= 0x80
        }
        for start in bytes.indices where isUpper(start) && !isWord(start - 1) {
            for area in 1...2 where (0..<area).allSatisfy({ isUpper(start + $0) }) {
                let district = start + area
                guard isDigit(district) else { continue }
                for extra in 0...1 where extra == 0 || isDigit(district + 1) || isUpper(district + 1) {
                    for space in 0...1 where space == 0 || (district + 1 + extra < bytes.count && bytes[district + 1 + extra] == 32) {
                        let inward = district + 1 + extra + space
                        if isDigit(inward), isUpper(inward + 1), isUpper(inward + 2), !isWord(inward + 3) { return true }
                    }
                }
            }
        }
        return false
    }

    /// Whether a cell answers how someone is related, a form's answer rather than a title:
    /// "Mother", "Visitor - parent", "Grandparent" (its last word a family's).
    static func answersRelationship(_ title: String) -> Bool {
        let words = title.lowercased().split(whereSeparator: { !$0.isLetter })
        guard let last = words.last, words.count <= 4 else { return false }
        return ["parent", "mother", "father", "mum", "dad", "carer", "guardian", "grandparent", "grandmother",
                "grandfather", "stepmother", "stepfather", "aunt", "uncle"].contains(String(last))
    }

    /// A word that titles a column of a class list ("Surname", "Class"), not a surname.
    static func isKnownTitleWord(_ word: String) -> Bool {
        ["surname", "forename", "name", "class", "form", "year", "group", "dob", "gender", "sex", "upn", "tutor", "reg"].contains(word.lowercased())
    }

    /// A grid's column title: empty, a letter or a number or both ("B", "3", "A1"), "Col A",
    /// "Column 3", "Desk 4", "Seat 12", "Row 1".
    static func isGridTitle(_ title: String) -> Bool {
        var words = title.lowercased().split(separator: " ")
        if let first = words.first, ["col", "column", "desk", "seat", "row"].contains(first) { words.removeFirst() }
        guard words.count <= 1 else { return false }
        guard let code = words.first else { return true }
        return code.count <= 3 && code.allSatisfy { $0.isNumber || ($0 >= "a" && $0 <= "z") } && (code.count == 1 || code.contains(where: \.isNumber))
    }

    /// Whether a title holds digits other than a markbook's column code: a word then a number
    /// of one or two digits ("A1", "KS2", "Y7", "Autumn 1", "Test 10").
    static func holdsValueDigits(_ title: String) -> Bool {
        var title = title.trimmingCharacters(in: .whitespaces)
        // A note in brackets after a word: "Checked (every 10 min)", "Temp (°C)".
        if let open = title.firstIndex(of: "("), open > title.startIndex, title[..<open].contains(where: \.isLetter),
           !title[..<open].contains(where: \.isNumber) {
            title = title[..<open].trimmingCharacters(in: .whitespaces)
        }
        // A mark's maximum after its title: "Interview /20", "Paper 1 (/80)", "Total / 100".
        if let slash = title.lastIndex(of: "/") {
            let after = title[title.index(after: slash)...].filter { $0 != " " && $0 != ")" }
            let before = title[..<slash].trimmingCharacters(in: CharacterSet(charactersIn: " ("))
            if !after.isEmpty, after.count <= 3, after.allSatisfy(\.isNumber), before.contains(where: \.isLetter) { title = before }
        }
        let text = title.utf8
        guard text.contains(where: { $0 >= 48 && $0 <= 57 }) else { return false }
        // A register's dated column ("2 Oct", "16th October", "16/10"): a title.
        if isDayTitle(title) { return false }
        // A chart's time of day or interval ("12:50", "1pm", "Check 10m", "20 mins"): a sleep or
        // a nappy chart's columns.
        let words = title.split(separator: " ")
        if words.allSatisfy({ !$0.contains(where: \.isNumber) || isTimeWord($0) }) { return false }
        if words.count == 2, Int(words[0]).map({ (1...99).contains($0) }) == true, intervalUnits.contains(words[1].lowercased()) { return false }
        // Words with a key stage's, a year's or a paper's number beside words without: "KS2
        // Scaled", "Paper 1 Mark", "Y7 Target" (a markbook's titles).
        if words.count >= 2, words.contains(where: { !$0.contains(where: \.isNumber) }) {
            return words.contains { $0.contains(where: \.isNumber) && !isNumberedWord($0) }
        }
        let letters = text.prefix { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 }
        var rest = text.dropFirst(letters.count)
        if rest.first == 32 { rest = rest.dropFirst() }
        // (Or a range of them: a deployment table's periods, "P1-2 | P3-5", round 1066's.)
        if !letters.isEmpty, letters.count <= 12, Self.isNumberRange(rest) { return false }
        return letters.isEmpty || letters.count > 12 || rest.isEmpty || rest.count > 2 || !rest.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// One or two digits, a hyphen, one or two digits: "1-2", "10-11".
    static func isNumberRange(_ bytes: Substring.UTF8View.SubSequence) -> Bool {
        guard let dash = bytes.firstIndex(of: 45) else { return false }
        let first = bytes[..<dash], second = bytes[bytes.index(after: dash)...]
        return (1...2).contains(first.count) && (1...2).contains(second.count)
            && first.allSatisfy { $0 >= 48 && $0 <= 57 } && second.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// An interval's units after its number ("10m", "20 mins", "2hrs").
    static let intervalUnits: Set<String> = ["m", "min", "mins", "minutes", "h", "hr", "hrs", "hours"]

    /// A time of day or an interval: "12:50", "1pm", "10am", "10m", "20mins", "2hrs" (not "9.30",
    /// which may be money).
    static func isTimeWord(_ word: Substring) -> Bool {
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count) else { return false }
        let rest = word.dropFirst(digits.count).lowercased()
        if intervalUnits.contains(rest) || rest == "am" || rest == "pm" { return true }
        // "12:50" (and "12:50pm").
        guard rest.first == ":" else { return false }
        var minutes = rest.dropFirst()
        if minutes.hasSuffix("am") || minutes.hasSuffix("pm") { minutes = minutes.dropLast(2) }
        return minutes.count == 2 && minutes.allSatisfy(\.isNumber) && (Int(digits) ?? 99) <= 23 && (Int(minutes) ?? 99) <= 59
    }

    /// A word of letters (twelve at most, perhaps none) then one or two digits: "KS2", "Y7", "1".
    static func isNumberedWord(_ word: Substring) -> Bool {
        let letters = word.utf8.prefix { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 }
        let rest = word.utf8.dropFirst(letters.count)
        return letters.count <= 12 && (1...2).contains(rest.count) && rest.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// A day without its year as a register titles a column: "2 Oct", "16th October", "16/10".
    static func isDayTitle(_ title: String) -> Bool {
        let parts = title.split(separator: " ")
        if parts.count == 2, let day = Int(parts[0].prefix { $0.isNumber }), (1...31).contains(day),
           ["", "st", "nd", "rd", "th"].contains(parts[0].drop { $0.isNumber }.lowercased()) {
            let month = parts[1].lowercased().trimmingCharacters(in: .punctuationCharacters)
            return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"].contains { month.hasPrefix($0) }
                && month.count <= 9
        }
        let numbers = title.split(separator: "/")
        return numbers.count == 2 && numbers.allSatisfy { $0.count <= 2 && Int($0) != nil }
            && (1...31).contains(Int(numbers[0]) ?? 0) && (1...12).contains(Int(numbers[1]) ?? 0)
    }

    /// "Name | Form", "Name | Target | Mock": a small table of pupils whose other titles the
    /// rules do not know. A name column's title and, beside it, short titles (three words at
    /// most) none of which starts with a given name ("Name | Olivia" is a form's row).
    var readsAsNameListHeader: Bool {
        // (Or of public names: a board's published register, "Name | Category | Appointed by",
        // a book list's "Title | Author", whose names its header rules out.)
        guard columns.count >= 2, columns.contains(where: { $0.namesPeople || $0.namesThings }) else { return false }
        return columns.allSatisfy { $0.isKnown || Self.isShortTitle($0.title) }
    }

    /// A title of one to three words (without a note in brackets: "Checked (every 10 min)" is
    /// one word; "%" is a title too) whose first is no given name ("Name | Olivia" is a form's row).
    static func isShortTitle(_ title: String) -> Bool {
        let normalized = normalize(title)
        let words = (normalized.isEmpty ? title : normalized).split(separator: " ")
        return (1...3).contains(words.count) && !GivenNames.contains(words[0].lowercased())
    }

    /// "Room | Guest | M/F | Date of birth": a list of three columns or more, one of them data
    /// the rules know (context for a detector), the others short titles as `readsAsNameListHeader`
    /// wants them, none of them reading as a person's full name.
    var readsAsListHeader: Bool {
        guard columns.count >= 3, columns.contains(where: { !$0.contextFor.isEmpty }) else { return false }
        return columns.allSatisfy { $0.isKnown || (Self.isShortTitle($0.title) && !PersonName.readsAsFullName($0.title)) }
    }

    /// A class or teaching group's code as a column title: "8B1", "7HU", "10X/Sc1", "Y7".
    static func isClassCode(_ title: String) -> Bool {
        let text = title.trimmingCharacters(in: .whitespaces)
        guard (2...8).contains(text.count), text.first?.isNumber == true || text.first == "Y",
              text.contains(where: \.isNumber), text.contains(where: \.isLetter) else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "/" || $0 == "-") }
    }

    /// Lower-cased, letters and digits only, single spaces: "Pupil's Surname" -> "pupils surname".
    /// "familyName" -> "family Name", "ParentForename" -> "Parent Forename", "Address1" ->
    /// "Address 1": a title without spaces, split where a small letter meets a capital that
    /// begins a word, or a letter a digit; as it is when that leaves a word of one letter
    /// ("eMail", "DoB") or it has no small letters ("UPN").
    static func splitCamelCase(_ title: String) -> String {
        guard !title.utf8.contains(32), title.contains(where: \.isLowercase) else { return title }
        let characters = Array(title)
        var words: [String] = [], current = ""
        for (index, character) in characters.enumerated() {
            if let previous = current.last {
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                // (And an acronym's start or end: "EmailOrUPN", "NHSNumber"; not "DoB".)
                let wordStart = character.isUppercase && previous.isLowercase && (next?.isLowercase == true || next?.isUppercase == true)
                    || character.isUppercase && previous.isUppercase && next?.isLowercase == true && current.count >= 2
                if wordStart || (character.isNumber && previous.isLetter) {
                    words.append(current)
                    current = ""
                }
            }
            current.append(character)
        }
        words.append(current)
        guard words.count > 1, words.allSatisfy({ $0.count >= 2 || $0.allSatisfy(\.isNumber) }) else { return title }
        return words.joined(separator: " ")
    }

    /// Whether one of `text`'s words begins with `prefix` (which may run over words: "document
    /// name"), as `(" " + text).contains(" " + prefix)` says, without Foundation's search
    /// (a header's every title against every column detector's excluded words).
    static func hasWord(startingWith prefix: String, in text: String) -> Bool {
        var text = text, prefix = prefix
        return text.withUTF8 { text in
            prefix.withUTF8 { prefix in
                guard let first = prefix.first else { return true }
                guard prefix.count <= text.count else { return false }
                for start in 0...(text.count - prefix.count) where text[start] == first && (start == 0 || text[start - 1] == 32) {
                    if memcmp(text.baseAddress! + start, prefix.baseAddress!, prefix.count) == 0 { return true }
                }
                return false
            }
        }
    }

    /// A title's words in small letters with each plural's "s" dropped ("names + mobiles" ->
    /// "name mobile"), or nil when no word is a plural (four letters or more, not "-ss").
    static func singular(_ title: String) -> String? {
        var plural = false
        let words = title.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { word -> Substring in
            guard word.count >= 4, word.hasSuffix("s"), !word.hasSuffix("ss") else { return word }
            plural = true
            return word.dropLast()
        }
        return plural ? words.joined(separator: " ") : nil
    }

    public static func normalize(_ title: String) -> String {
        // "Forename(s)", "Parent name(s)": the plural in brackets dropped.
        // A note in brackets ("Name (Class)", "Student Name (Form)", "Forename(s)", Google's
        // "First Name [Required]") says what else the cells hold; the title is what is before it.
        // A title in camel case ("familyName", "givenName": OneRoster and School Data Sync
        // files) is read as its words.
        var text = splitCamelCase(title).lowercased()
        if let open = text.firstIndex(where: { $0 == "(" || $0 == "[" }), open > text.startIndex {
            // (Unless the note says the cells are only initials: a rota's "Pupil (initials)".)
            let note = text[text.index(after: open)...].drop { $0 == " " }
            text = String(text[..<open]) + (note.hasPrefix("initials") ? " initials" : "")
        }
        let cleaned = text.filter { $0 != "'" && $0 != "\u{2019}" && $0 != "\u{FEFF}" }
        let mapped = cleaned.map { character -> Character in
            (character.isLetter || character.isNumber) ? character : " "
        }
        return String(mapped).split(separator: " ").joined(separator: " ")
    }
}
