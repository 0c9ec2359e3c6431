import SticklerCore

/// One validated kind of personal data.
public struct Detector: Sendable, Codable {
    /// How the detector finds candidates.
    public enum Kind: Sendable, Equatable, Codable {
        /// A Vectorscan pattern.
        case pattern(String)
        /// A set of keywords (special-category data), compiled into one word-bounded pattern.
        case keywords([String])
        /// Cells of table columns whose header names the detector (e.g. forename, surname).
        case columns
    }

    /// What a value must not touch on either side.
    public enum Boundary: String, Sendable, Codable {
        /// No ASCII letter or digit directly before or after.
        case alnum
        /// No ASCII digit directly before or after (letters may touch).
        case digit
        /// As `alnum`, and no hyphen joining it to a digit: not the end of an ISBN
        /// ("978-0141378640") or the middle of a reference.
        case number
        case none
    }

    /// How a value is normalised before fingerprinting.
    public enum Normalization: String, Sendable, Codable {
        /// Letters and digits only, upper-cased.
        case alnum
        /// Digits only.
        case digits
        /// Lower-cased, white space collapsed.
        case lower
        /// A person's name: lower-cased, commas and full stops dropped, its words in
        /// alphabetical order, so that "Hughes, Olivia", "HUGHES Olivia" and a row's
        /// Surname and Forename columns count as the one person "Olivia Hughes" is.
        case name
        /// A calendar date as `yyyy-mm-dd`, however written ("14/03/2015", "14 March 2015",
        /// "2015-03-14" are one date of birth); what is not a date stays as `lower` gives it.
        case date
        /// A UK phone number's digits in national form: "+44 (0)7700 900123", "0044 7700
        /// 900123" and "07700 900123" are one number.
        case phone
    }

    /// How a value is shown to people.
    public enum Redaction: String, Sendable, Codable {
        /// First two and last letter or digit kept.
        case standard
        /// Only the last four digits kept (cards, accounts).
        case last4
        /// Only the first character kept.
        case mask
        /// `j•••@example.sch.uk`
        case email
        /// `O••••• S••••`
        case name
    }

    public var id: String
    public var name: String
    public var category: Category
    public var subcategory: String?
    public var kind: Kind
    public var flags: [String]
    /// The widest match in bytes (from the pattern, or `max_width` for unbounded ones).
    public var maxWidth: Int
    /// Whether the pattern itself bounds its matches to `maxWidth` (an unbounded pattern
    /// with `max_width` is not): then phase two may scan several windows at once.
    public var boundedWidth: Bool
    /// Cheap patterns of which every match of `pattern` contains at least one; phase one
    /// looks only for these, and the exact pattern runs in a window around each hit.
    /// Empty: the exact pattern itself is used in phase one (correct, slower).
    public var triggers: [String]
    /// The triggers as the rule file writes them (`'{given_names} '`), before each list
    /// became a literal per word: the pack cache keeps these and expands them again.
    public var writtenTriggers: [String] = []
    /// Every match begins where a hit of one of its (literal) triggers begins (the trigger
    /// is the value's first word): phase two looks only from there on.
    public var triggerAtStart = false
    /// The only trigger of a detector that phase two looks for around a common given name's
    /// hit with a word in capitals before it ("ASHDOWN Reuben", `at_given_names:
    /// after_capitals`), not around triggers of its own: no trigger finds a surname in capitals
    /// (a shape of capitals and a space cost every scan of clean text 13%), and the given names
    /// are found anyway. No UTF-8 text holds it: it only names the detectors' group.
    public static let afterCapitalsTrigger = "\\xFF\\xFF\\xFF"
    /// Words (lower case) that rule a value out when the next word after it is one of them:
    /// "Thomas Telford School", "Grace Coaches Ltd" are no people.
    public var notFollowedBy: [String] = []
    /// Roles that, named just before or after a value, make it a member of staff in their
    /// role, not a person the document is about ("The Headteacher, Karen Doyle", "Our
    /// Allergy Lead is Sarah Evans", "Karen Doyle, Headteacher"): the match is ruled out.
    public var notInRole: [String] = []
    /// Whether only keywords before a value are its context (`context: {before_only: true}`):
    /// a form's "DfE No: 3834012" above "TRN: awaiting QTS" is no TRN.
    public var contextBeforeOnly = false
    /// Whether only keywords on the value's own line are its context (`context: {same_line:
    /// true}`): a note's "Mason - ADHD assessment pending", not the line above.
    public var contextOnItsLine = false
    /// Whether keywords after the value count on its own line only (`context: {after_same_line:
    /// true}`): a session's date over "Friedrich Froebel, born 21 April 1782".
    public var contextAfterOnItsLine = false
    /// Whether keywords later in the value's sentence count beyond the window, up to 240 bytes
    /// after it (`context: {sentence: true}`): a newsletter's "Tomasz Wiśniewski in Hazel Class
    /// will now have a one-to-one assistant every afternoon because his epilepsy medication
    /// was changed".
    public var contextSentence = false
    /// Whether a line break in a value must be prose's line wrap (`line_wrap: true`): the value
    /// after a space inside a line of text, and a small letter after it ("please make sure
    /// Zofia\nWiśniewska in Year 2 is only ever released to her grandmother"), not a form's
    /// label and its answer on the next line ("Name\tHafsa\nMedicine\tCalpol").
    public var lineWrap = false
    /// Whether a value must begin its line, after spaces, a bullet or a list number
    /// (`starts_line: true`): a note headed by a pupil's given name.
    public var startsLine = false
    /// Whether a value may also begin a sentence on its line, after a full stop, a question or
    /// an exclamation mark and a space (`starts_line: sentence`): "Spoke to Mrs Okafor.
    /// Chidera has a severe latex allergy".
    public var startsSentence = false
    /// Whether the value is its match's last line, the lines before it evidence (`value_line:
    /// last`): a list's last name, read with the line above it.
    public var valueOnLastLine = false
    /// Whether its finding spans its value only, from after the first `value_after` marker its
    /// match holds (`span: value`), not the whole match: a calendar event's name after "SUMMARY:
    /// Call re phone 07700 900123 - ", whose other values keep their own findings.
    public var spansValueOnly = false
    /// Words that rule a match out anywhere in its context window ("Ltd", "VAT" on a
    /// supplier's invoice: a company's bank details).
    public var notNear: [String] = []
    /// Words that rule a match out anywhere in the `notBelowWindow` bytes above it (`not_below:
    /// {words: [vat reg], window: 1500}`): an invoice's head, its VAT number, far above its
    /// payment line.
    public var notBelow: [String] = []
    public var notBelowWindow = 0
    /// `organisation_contact`: `true`, a value on an organisation's lines or of an organisation's
    /// kind (a role's mailbox, a non-geographic number) is reported at `low`; `mailbox`, a
    /// correspondent at a role's mailbox is (`OrganisationContact`).
    public var organisationContact: String?
    /// Labels of lines whose values are ruled out: the words before the colon that begins
    /// the line ("Present: Margaret Bell (Chair), Amir Khan" in minutes names attendees).
    public var notOnLinesOf: [String] = []
    /// Column titles (normalised) beside which this detector's column holds people whatever
    /// their names (a "Name" column beside "KS2" and "Target" is a class's): its cells then
    /// need only read as a full name, not pass the validator.
    public var trustedBeside: [String] = []
    /// Column titles (normalised) that make a table one of things, not people: beside one,
    /// this detector's column is not read at all (a library's "Name" beside "ISBN" and
    /// "Copies" holds books, whose "Reading age" is no pupil's).
    public var notBeside: [String] = []
    /// Whether its findings alone make a document more than low risk. A date of birth with
    /// no name or identifier beside it ("a baby was born on 14/03/2012", a maths worksheet),
    /// perhaps with a public phone number or e-mail address, identifies no one.
    public var identifiesAlone = true
    /// A keyword set whose words say a document's people are made up ("fictional data",
    /// "made-up card numbers"): its hits are not reported; they hold the document at low risk.
    public var marksMadeUp = false
    /// A marker that says the document's people are made up (`marks_made_up: people`): their
    /// names, birthdays, contact details and conditions are reported at low.
    public var madeUpPeople = false
    /// Compiled in a phase-two database of its own, not with the other patterns its trigger
    /// serves: two patterns that compile in 10 MB each can take 38 MB together, and a cold
    /// start peaks at its largest compile (a window of its group is scanned once more).
    public var ownDatabase = false
    /// Also feed it a table's first column when no header names it and its title is empty
    /// or a class code ("8B1": a markbook's names).
    public var untitledFirstColumn = false
    /// Also read every cell of a table, whatever its column, with this detector's validator
    /// (an exam seating plan's desks, "1193 KAUR E", in a grid with no header): checked in
    /// Swift on the cells the tokenizer has, so it costs phase one nothing.
    public var anyCell = false
    /// Not vetoed by a column that names another identifier or contact detector: a value whose
    /// shape is its own (an e-mail address under a Microsoft 365 export's "Primary user UPN",
    /// the user's sign-in address, not a Unique Pupil Number).
    public var anyColumn = false
    public var validator: String?
    public var normalization: Normalization
    public var redaction: Redaction
    public var boundary: Boundary
    /// Confidence without context; nil when a match without context is not reported at all.
    public var baseConfidence: Confidence?
    public var contextConfidence: Confidence
    public var contextKeywords: [String]
    /// Characters on each side searched for a context keyword.
    public var contextWindow: Int
    /// A document holding this many distinct values found without context reports them
    /// all at `contextConfidence` (a seating plan's two dozen names tell more than any one).
    public var promoteAt: Int?
    /// Whether a value found without context is reported at `contextConfidence` once its
    /// document holds a special category's word (`confidence: {promote_with: special}`): a
    /// safeguarding form's table ("Plentyn | C.B.") whose concern is in the prose around it.
    public var promoteWithSpecial = false
    /// Table column headers that name this detector's column (normalised).
    public var columns: [String]
    public var excludeColumns: [String]
    /// Special-category keyword sets count only where identifiers co-occur.
    public var requiresIdentifiers: Bool
    /// Whether this detector's findings make special-category keywords count (default:
    /// identifiers, personal and financial data; a name in a letter's greeting does not).
    public var anchorsSpecial: Bool
    /// `anchors_special: outside_work`: anchors only where its line names an address outside a
    /// workplace (a parent's "<gemma.m79@outlook.com>", a pupil's "10pearsonk@"; not a
    /// colleague's "@school.sch.uk" or a council's "@sheffield.gov.uk").
    public var anchorsOutsideWork = false
    /// `anchors_special: personal_mailbox`: as `outside_work`, but only an address at a
    /// personal mailbox provider counts (an e-mail address on its own, a company's, may be anyone's).
    public var anchorsPersonalMailboxOnly = false
    /// Keep only the text after the first of these markers found (on each line of the
    /// match) as the value (e.g. ":" for "Pupil: Olivia Hughes"); none: the whole match.
    public var valueAfter: [String]
    /// Keep only the text before this marker's last occurrence, without the spaces and
    /// punctuation before it (e.g. "Y" for "Olivia Hughes (Year 7)").
    public var valueBefore: String?
    /// Keep only the text before the first of these markers (whichever comes first), without
    /// the spaces and punctuation before it (e.g. " -" and ":" for "Esme Fenwick - Summer
    /// Report", "Esme Fenwick: Report"); none: as `valueBefore` says.
    public var valueUntil: [String] = []
    public var matchExamples: [String]
    public var noMatchExamples: [String]
    /// Whether `rules export --regex` includes it (keyword sets are large and dull).
    public var exported: Bool
    public var file: String
    public var line: Int
}
