/// Which table cells look like a person's name (used only for columns whose header
/// names them: forename, surname, ...).
public enum PersonName {
    static let notNames: Set<String> = [
        "n/a", "na", "none", "unknown", "tbc", "tba", "yes", "no", "male", "female", "other", "test",
        // A CPOMS incident's labels down its first column, under Student (round 822's PDF).
        "categories", "category", "alerted", "actions", "action taken", "outcome", "linked students", "recorded by",
        // An interview day's schedule under Candidate ("15:00 | Panel | Deliberation").
        "panel", "governors", "deliberation", "interviews", "feedback", "welcome", "tour", "lunch break",
        // Canvas's gradebook export's second row, under Student.
        "points possible",
        // A markbook's grade bands in its first column, under its pupils ("Exceeding,>= 40").
        "exceeding", "secure", "developing", "emerging", "expected", "working towards", "greater depth", "mastery",
        "mastering", "beginning", "entering", "grade thresholds", "thresholds", "boundaries", "grade boundaries",
        // A contact list's team or mailbox where a person would be.
        "bookings", "booking", "enquiries", "reception", "admissions", "accounts", "finance", "sales", "office", "admin",
        "helpdesk", "support", "info", "customer services", "duty officer", "on call", "exams", "exams office", "it", "ict",
        "it helpdesk", "hr", "estates", "premises", "site team", "catering", "kitchen",
        "null", "nil", "not known", "not applicable", "withheld", "all", "everyone", "anyone", "nobody", "various",
        // A markbook's summary rows under its name column.
        "max", "maximum", "min", "minimum", "total", "totals", "average", "class average", "mean", "median",
        "out of", "possible", "target", "grade boundary", "pass mark",
        // An election's count sheet.
        "spoilt", "spoiled", "spoilt papers", "electorate", "turnout", "abstentions", "rejected", "votes cast",
        // A mail merge's fields down a template's table ("Pupil name | DOB | Parent", each with where
        // the MIS holds it, round 1206's exclusion letter).
        "parent", "parents", "carer", "carers", "guardian", "parent/carer", "contact", "contacts", "dob", "address",
        // A form's labels in its value column, where its table is read under the label beside it ("Child's
        // full name | | Known as" over "Date of birth | | Class | Owls / Hedgehogs", round 2296's).
        "class", "year group", "form group", "tutor group", "date of birth", "gender", "signature", "signed", "date",
        // ("Dates | from ________ to ________", round 2802's exemption request form.)
        "dates", "times",
        // ("Pupil name | | Form |" over "Location | ☐ classroom ☐ corridor | Reported by |", round 2882's
        // incident report form.)
        "location", "venue", "witnesses", "witness", "reported by",
    ]

    public static func clean(_ text: String) -> String? {
        let trimmed = CellText.trimmed(text, quotes: true)
        // A column's abbreviated title under a form's label ("Dt", "Src", "Wk"): no vowel, no name
        // ("Ng" is a surname; initials in capitals, "JT", are someone's).
        if (2...3).contains(trimmed.utf8.count), trimmed.utf8.allSatisfy({ ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 }),
           trimmed.utf8.contains(where: { $0 >= 97 }),
           !trimmed.utf8.contains(where: { "aeiouy".utf8.contains($0 | 0x20) }), trimmed.lowercased() != "ng" { return nil }
        // A post by its letters, a form's "Completed by | DSP" (round 889's; not initials, "JT").
        if (3...6).contains(trimmed.utf8.count), trimmed.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 }),
           postLetters.contains(trimmed.lowercased()) { return nil }
        // A template's example row: "e.g. SURNAME", "Example: Forename" (lower-cased only when
        // the first letter could begin one).
        if let first = trimmed.utf8.first, placeholderInitials.contains(first | 0x20) {
            let lower = trimmed.lowercased()
            if lower.hasPrefix("e.g") || lower.hasPrefix("eg ") || lower.hasPrefix("example") || placeholders.contains(lower) { return nil }
        }
        // Surname first: "BLOGGS, Joe", "OTHER, A. N.", "CANDIDATE, Example".
        // (On bytes: an MIS export writes every name so, and this runs for each of its cells.)
        if let comma = trimmed.utf8.firstIndex(of: 44), trimmed.utf8.count <= 48 {
            // The part lower-cased, without the spaces (and, `bare`, the full stops) around it.
            func part(_ bytes: Substring.UTF8View.SubSequence, bare: Bool = false) -> String {
                let strip: (UInt8) -> Bool = { $0 == 32 || (bare && $0 == 46) }
                let lower = bytes.map(ContextKeyword.fold)
                guard let first = lower.firstIndex(where: { !strip($0) }), let last = lower.lastIndex(where: { !strip($0) }) else { return "" }
                return String(decoding: lower[first...last], as: UTF8.self)
            }
            let before = trimmed.utf8[..<comma], after = trimmed.utf8[trimmed.utf8.index(after: comma)...]
            let surname = part(before)
            if placeholders.contains(part(after) + " " + surname) || placeholderWords.contains(surname)
                || placeholderWords.contains(part(after, bare: true)) { return nil }
        }
        if trimmed.utf8.allSatisfy({ $0 < 0x80 }) { return cleanASCII(trimmed) }
        guard (2...48).contains(trimmed.count), let first = trimmed.first, first.isUppercase else { return nil }
        guard !notNames.contains(trimmed.lowercased()) else { return nil }
        var letters = 0, commas = 0
        for character in trimmed {
            if character.isLetter { letters += 1; continue }
            if " -'’.".contains(character) { continue }
            if character == "," { commas += 1; continue }
            return nil
        }
        return letters >= 2 && commas <= 1 && !trimmed.hasSuffix(",") ? trimmed : nil
    }

    /// Whether a name is a book's character known by title and surname (`titledCharacters`, each
    /// a title, "mr", "mrs", "miss", "ms" or "dr", and a word): asked of every name a table reports,
    /// so a name that begins with no title's letter builds no string.
    static func isTitledCharacter(_ name: String) -> Bool {
        guard let first = name.utf8.first, first | 0x20 == UInt8(ascii: "m") || first | 0x20 == UInt8(ascii: "d") else { return false }
        return titledCharacters.contains(name.lowercased())
    }

    /// A template's placeholders, the headers' own words ("Forename" under "First name").
    static let placeholders: Set<String> = ["forename", "forenames", "surname", "surnames", "first name", "firstname",
                                            "family name", "full name", "student name", "staff name",
                                            // Britain's "John Doe", a lesson's or a form's made-up person.
                                            "joe bloggs", "fred bloggs", "jo bloggs", "joe blogs", "john doe", "jane doe",
                                            "a n other", "a. n. other"]
    /// Small words, written in small letters, that no name has after its first word.
    static let smallWords: Set<String> = ["and", "the", "of", "for", "with", "from", "to", "in", "on", "at", "by", "or"]

    /// Words that make a surname-first name a template's ("CANDIDATE, Example"), and a system's
    /// built-in account's (Moodle's "Admin | User", "Guest user", round 806's dump).
    static let placeholderWords: Set<String> = ["example", "sample", "specimen", "dummy", "candidate", "pupil", "student", "surname", "forename",
                                                "user", "admin"]
    /// The small first letters of `placeholders` and of "e.g" and "example".
    static let placeholderInitials = Set(placeholders.compactMap(\.utf8.first) + [UInt8(ascii: "e")])

    /// A name heading a document about the person: "Esme Fenwick - Summer Report 2025",
    /// "Hollie Holroyd - UCAS reference (final)", "Oscar Mistry: Annual Review". The name (before
    /// the dash, the colon or the bar) as a name in running text; not a project on someone a
    /// class studies ("Roald Dahl - Book Report", "Mary Seacole - research project").
    public static func headsDocument(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        let head = CellText.before(firstOf: [" -", " \u{2013}", " \u{2014}", ":", "|", " (", ","], in: text)
        let rest = text.dropFirst(head.count).lowercased()
        let words = rest.split(whereSeparator: { !$0.isLetter })
        if ["book", "research", "project", "biography", "fact", "facts", "author", "film", "news", "lesson", "lessons", "scheme",
            "unit", "revision", "homework", "planning"].contains(where: { word in words.contains { $0 == word } }) { return false }
        // A sentence, not a heading: "Our SENCo - Priya Shah - checks each healthcare plan".
        if words.contains(where: { sentenceWords.contains(String($0)) }) { return false }
        return inRunningText(foldedCapitals(Array(head.utf8)))
    }

    /// Small words and verbs that a sentence has between a name and a plan, and a heading
    /// does not.
    static let sentenceWords: Set<String> = [
        "each", "every", "the", "a", "an", "his", "her", "their", "our", "your", "my", "this", "that", "these", "those",
        "for", "to", "with", "and", "in", "on", "at", "by", "from", "will", "has", "have", "had", "is", "was", "are",
        "were", "be", "can", "should", "must", "may", "checks", "check", "writes", "reviews", "leads", "runs", "oversees",
        "manages", "updates", "keeps", "holds", "agreed", "signed", "wrote", "sent", "shared", "read", "see", "new",
    ]

    /// A name after a document's title: "End of Year Report: Oscar Mistry", "UCAS reference -
    /// Callum Firth", "Report for Amelia Hughes". The last two words as a name in running text.
    public static func afterDocumentTitle(_ bytes: [UInt8]) -> Bool {
        let words = bytes.split(separator: 32)
        guard words.count >= 2 else { return false }
        let first = Array(words[words.count - 2]), last = Array(words[words.count - 1])
        if inRunningText(foldedCapitals(first + [32] + last)) { return true }
        // "HUANG Hao": a surname in capitals first, as boarding and EAL records write a name.
        return first.count >= 2 && first.allSatisfy(isUpper) && inRunningText(last + [32] + foldedCapitals(first))
    }

    /// A document a child's given name heads as its owner's: "Jaxon's home-school diary",
    /// "Kian's physiotherapy programme", "Callum's communication passport" (not a member of
    /// staff's "Sarah's lesson plan"). The name a common given name, or one that is also a word
    /// ("Summer's postural management plan": here it is a name).
    public static func possessiveHeading(_ bytes: [UInt8]) -> Bool {
        guard let apostrophe = bytes.firstIndex(where: { $0 == 39 || $0 == 0xE2 }) else { return false }
        let name = String(decoding: bytes[..<apostrophe], as: UTF8.self).lowercased()
        guard GivenNames.contains(name) || GivenNames.wordLike.contains(name) else { return false }
        let rest = String(decoding: bytes[apostrophe...], as: UTF8.self).lowercased()
        return !rest.split(whereSeparator: { !$0.isLetter }).contains { staffDocumentWords.contains(String($0)) }
    }

    /// Words of a member of staff's own documents, not a child's ("Sarah's lesson plan").
    static let staffDocumentWords: Set<String> = ["lesson", "lessons", "scheme", "unit", "teaching", "class", "my", "planning"]

    /// "PENDLE" read as "Pendle": capitals after a word's first letter lower-cased.
    static func foldedCapitals(_ bytes: [UInt8]) -> [UInt8] {
        bytes.enumerated().map { index, byte in index > 0 && isUpper(byte) && isUpper(bytes[index - 1]) ? byte + 32 : byte }
    }

    /// A given name alone after a child's label ("Name | Sienna", "Child's name: Kobe"): a
    /// common given name, or a thing's that is a name here ("Sienna", "Ruby"); not one that is
    /// more often a word ("Summer").
    public static func givenNameAfterLabel(_ bytes: [UInt8]) -> Bool {
        guard let separator = bytes.lastIndex(where: { $0 == 58 || $0 == 9 }) else { return false }
        let name = CellText.trimmed(String(decoding: bytes[(separator + 1)...], as: UTF8.self)).lowercased()
        return (GivenNames.contains(name) || TableTokenizer.thingNames.contains(name)) && !GivenNames.wordLike.contains(name)
    }

    /// The name in brackets after an account ("User: 22hepwortha (Aisha Hepworth"), judged as
    /// a name in running text.
    public static func inBracketsAfterAccount(_ bytes: [UInt8]) -> Bool {
        guard let open = bytes.lastIndex(of: 40) else { return false }
        return inRunningText(foldedCapitals(Array(bytes[(open + 1)...])))
    }

    /// A titled name that is a story's ("Dear Mr Pig", "Mr B. Wolf", "Mrs Twit", "Mr Tickle"): a
    /// letter-writing lesson's model, a class book's characters. (Words that are also
    /// surnames, "Fox", "Lamb", "Bird", "Snow", "Strong", "Small", are left to the context.)
    public static func titledPerson(_ bytes: [UInt8]) -> Bool {
        let words = String(decoding: bytes, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "." })
        guard let last = words.last else { return false }
        // (Nor a mail merge's layout check: "Dear Mr Surname", round 788's template.)
        if ["surname", "lastname", "forename", "name"].contains(last.lowercased()) { return false }
        // (Nor a set text's character, "Mrs Sybil Birling", "Mr Arthur Birling".)
        if words.count >= 3, FamousNames.all.contains(words[1...].joined(separator: " ").lowercased()) { return false }
        // (Nor one known by title and surname: a lesson's "Dear Mr Darcy".)
        if words.count >= 2, titledCharacters.contains((words[words.count - 2] + " " + last).lowercased()) { return false }
        return !storyWords.contains(last.lowercased())
    }

    /// Set texts' characters known by title and surname, as an English lesson's letters and
    /// essays write them.
    static let titledCharacters: Set<String> = [
        "mr darcy", "mrs bennet", "mr bennet", "mr bingley", "mr wickham", "mr collins", "mr rochester", "mrs fairfax",
        "mrs reed", "mrs danvers", "mr bumble", "mr micawber", "mr gradgrind", "mr bounderby", "mr pocket", "mr jaggers",
        "mr wemmick", "mr pumblechook", "mrs joe", "miss havisham", "mr fezziwig", "mrs cratchit", "mr cratchit",
        "mr scrooge", "mr utterson", "mr hyde", "dr jekyll", "dr lanyon", "mr enfield", "mrs lyons", "mrs johnstone",
        "mr birling", "mrs birling", "miss birling", "mrs dalloway", "mr tumnus", "mr beaver", "mrs beaver",
        "mr wormwood", "mrs wormwood", "miss honey", "miss trunchbull", "mr fox", "mrs fox", "mr twit", "mrs twit",
        "mr kipling", "mr bean", "mr brownlow", "mr sowerberry", "mr sikes", "mrs mann", "mrs corney", "dr frankenstein",
        "mr ramsay", "mrs ramsay", "mr norrell", "mrs hudson", "dr watson", "mr holmes", "mrs sparsit", "mr sleary",
        // The Curious Incident of the Dog in the Night-Time's neighbours and psychologist (rounds 651, 658).
        "mrs shears", "mr shears", "mr jeavons", "mr boone", "mrs boone",
        // Holes' camp guards (round 2253's English unit).
        "mr sir", "mr pendanski",
        // Hogwarts' letters, in a lesson on formal letters ("Dear Mr Potter").
        "mr potter", "mrs potter", "mr weasley", "mrs weasley", "mr dursley", "mrs dursley", "mr filch", "mr malfoy",
        "mr dumbledore", "mr snape", "mr ollivander", "mr lupin",
        // Roald Dahl's and Paddington's (not the everyday surnames: "Mr Brown", "Mrs Bird").
        "mr wonka", "mrs gloop", "mrs teavee", "mr gruber",
        // More of Dickens's, a PSHE lesson's on school attendance ("Mr Wopsle's great-aunt's
        // evening school", round 979's), and of Austen's and the Brontës'.
        "mr wopsle", "mr squeers", "mrs squeers", "mr creakle", "mr murdstone", "miss murdstone", "mr dombey", "mr pecksniff",
        "mrs gamp", "mr fagin", "mr pickwick", "mr dorrit", "mrs jellyby", "mr tulkinghorn", "mr brocklehurst", "miss temple",
        "mr knightley", "mrs elton", "miss bates", "mr woodhouse", "mr lockwood", "mrs dean", "mr heathcliff",
        // Beverly Cleary's and Michelle Magorian's title characters (round 1981's letters-home lesson).
        "mr henshaw", "mister tom",
        // Wonder's headteacher (round 2007's English lesson), Oliver Twist's magistrate (round 2014's
        // courtroom role play), Peter Rabbit's gardener (round 2029's story time).
        "mr tushman", "mr fang", "mr mcgregor",
    ]

    static let storyWords: Set<String> = [
        "pig", "pigs", "piggy", "wolf", "bear", "bears", "goat", "goats", "troll", "giant", "toad", "badger", "mole", "rat",
        "mouse", "hedgehog", "owl", "tiger", "lion", "dragon", "elephant", "giraffe", "monkey", "rabbit", "bunny", "penguin",
        "frog", "dinosaur", "zebra", "squirrel", "cat", "dog", "duck", "hen", "cow", "sheep", "horse", "donkey", "spider",
        "snail", "worm", "bee", "ladybird", "caterpillar", "butterfly", "unicorn", "grinch", "twit", "twits", "gruffalo",
        "potato", "carrot", "snowman", "scarecrow", "panda", "koala", "kangaroo", "crocodile", "shark", "whale", "octopus",
        "hippo", "rhino", "gorilla", "parrot", "pirate", "wizard", "witch", "robot", "alien", "monster", "claus", "grumpy",
        "tickle", "happy", "greedy", "bump", "messy", "silly", "nobody", "noisy", "clever", "muddle", "jelly", "worry",
        // Children's television's ("Mr Tumble (Justin Fletcher)", Makaton's signs of the week).
        "tumble",
        "nosey", "sneeze", "lazy", "bounce", "uppity", "fussy", "mischief", "tiddlywinks", "stink", "bean", "men",
        // Little Miss and more of Mr Men.
        "sunshine", "chatterbox", "bossy", "naughty", "helpful", "princess", "hug", "giggles", "splendid", "scatterbrain",
        "trouble", "tiny", "contrary", "somersault", "lucky", "whoops", "tidy", "wise", "curious", "inventor", "brave",
        "strong", "small", "nonsense", "rush", "dizzy", "daydream", "slow", "forgetful", "quiet", "cheeky", "cool", "rude",
        "grumble", "skinny", "nice", "busy", "sunny", "hiccup", "fickle", "magic", "twins", "shy", "neat",
    ]

    /// One word in every part, "Test | Test", a handwriting sheet's "Sam | Sam | Sam": no one.
    /// (A full name twice is one person twice: a SAR log's requester and data subject where a
    /// pupil asks for their own, round 685's.)
    static func oneWordRepeated(_ parts: [String]) -> Bool {
        parts.count >= 2 && parts.dropFirst().allSatisfy { CellText.sameIgnoringCase($0, parts[0]) }
            && !CellText.trimmed(parts[0]).utf8.contains(32)
    }

    /// A name split over columns that is no one's: a template's example row ("CANDIDATE |
    /// Example", "Surname | Forename"), or one word again and again (a handwriting sheet's
    /// "Sam   Sam   Sam" read as a table).
    /// (Run for every row of a class list: on bytes, a String made only for a likely word.)
    static func isPlaceholder(parts: [String]) -> Bool {
        guard parts.count >= 2 else { return false }
        if oneWordRepeated(parts) { return true }
        // (A cell that is a placeholder word alone, "CANDIDATE", rules its row out before this.)
        // Either way round: a record's surname field may come first ("Bloggs | Joe").
        let first = parts[0].utf8.first.map { placeholderInitials.contains($0 | 0x20) } ?? false
        let last = parts[parts.count - 1].utf8.first.map { placeholderInitials.contains($0 | 0x20) } ?? false
        return (first && placeholders.contains(parts.joined(separator: " ").lowercased()))
            || (last && placeholders.contains(parts.reversed().joined(separator: " ").lowercased()))
    }

    /// A made-up person as a training deck or a system's demonstration writes one: "Test
    /// Pupil", "Demo Student", "Sample Parent", or Britain's "Joe Bloggs".
    static func isPlaceholderPerson(_ text: String) -> Bool {
        let words = text.lowercased().split(separator: " ")
        if words.count == 2, placeholderPersonFirst.contains(String(words[0])), placeholderPersonSecond.contains(String(words[1])) { return true }
        return madeUpPeople.contains(words.joined(separator: " "))
    }

    /// A record's forename and surname fields ("forename: Olivia\nsurname: Hughes") that are
    /// no test record's or documentation's ("Test | Student", "Jane | Doe").
    public static func fieldsNameARealPerson(_ bytes: [UInt8]) -> Bool {
        let values = bytes.split(separator: 10).compactMap { line -> String? in
            guard let mark = line.firstIndex(where: { $0 == 58 || $0 == 9 }) else { return nil }
            return String(decoding: line[(mark + 1)...], as: UTF8.self).trimmingCharacters(in: .whitespaces).lowercased()
        }
        guard let first = values.first, let last = values.last else { return true }
        // (Either field may come first.)
        return ![first + " " + last, last + " " + first].contains { isPlaceholderPerson($0) || hasMadeUpSurname($0) }
    }

    /// A form printed with each label on its own line and its value on the next, as a PDF of
    /// an MIS record reads ("Legal Surname\nO'Driscoll\nLegal Forename\nSaoirse"): the two
    /// values no label, the forename a given name, and no made-up person.
    public static func fieldsOnTheirOwnLines(_ bytes: [UInt8]) -> Bool {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        guard lines.count == 4 else { return false }
        let forenameFirst = lines[0].lowercased().contains("forename") || lines[0].lowercased().contains("first") || lines[0].lowercased().contains("given")
        let given = forenameFirst ? lines[1] : lines[3], surname = forenameFirst ? lines[3] : lines[1]
        guard GivenNames.contains(given.lowercased()), !isFormLabel(given), !isFormLabel(surname),
              !placeholderWords.contains(surname.lowercased()), !notNames.contains(surname.lowercased()) else { return false }
        let full = given.lowercased() + " " + surname.lowercased()
        return !isPlaceholderPerson(full) && !hasMadeUpSurname(full)
    }

    /// A name on the line under its label ("Name of child\nCharlie Pimm"): the name's line
    /// read as `holdsGivenName` reads a name.
    public static func underLabel(_ bytes: [UInt8]) -> Bool {
        let lines = bytes.split(whereSeparator: { $0 == 10 || $0 == 13 })
        guard let last = lines.last else { return false }
        let line = Array(last.drop { $0 == 32 || $0 == 9 }.reversed().drop { $0 == 32 || $0 == 9 }.reversed())
        // (Not a word broken at the line's end, "Florence Nightin-": whose it is cannot be told.)
        guard line.last != 45 else { return false }
        return !isFormLabel(String(decoding: line, as: UTF8.self)) && holdsGivenName(line)
    }

    /// A cell that is a day or a month, not a name (a template's "Day | Mon | Tue" under "Pupil:").
    static func isCalendarCell(_ text: String) -> Bool {
        guard text.utf8.count <= 9 else { return false } // "wednesday", "september"
        let lower = text.lowercased()
        return lower == "day" || calendarWords.contains(lower)
    }

    static let madeUpPeople: Set<String> = ["joe bloggs", "fred bloggs", "jo bloggs", "joe blogs", "john doe", "jane doe", "a n other",
                                            "a. n. other", "a.n. other", "a n example", "a. n. example", "a.n. example"]

    /// Names as common as a placeholder, made up only under a template's example row (`nameCandidates`).
    static let stockNames: Set<String> = ["john smith", "jane smith", "joe smith", "john citizen", "jane citizen"]

    static let placeholderPersonFirst: Set<String> = ["test", "demo", "sample", "example", "dummy", "fake", "training", "practice"]
    static let placeholderPersonSecond: Set<String> = ["pupil", "student", "child", "learner", "parent", "carer", "user", "teacher",
                                                       "staff", "person", "account", "visitor", "candidate", "applicant"]

    /// A template's example row names its made-up people so: "Alex Sample", "Jordan Example",
    /// "Casey Testcase", and Britain's forms and lessons "Jane Bloggs".
    static func hasMadeUpSurname(_ name: String) -> Bool {
        // (On bytes, without a String per call: asked of every name cell of a table.) Any word
        // after the first: a labelled name may run on into the next label ("Jane Bloggs Tel").
        var name = name
        return name.withUTF8 { bytes in
            guard var start = bytes.firstIndex(of: 32) else { return isMadeUpSurname(bytes) } // a surname's cell
            while start < bytes.count {
                start += 1
                var end = start
                while end < bytes.count && bytes[end] != 32 { end += 1 }
                if end - start >= 4, isMadeUpSurname(UnsafeBufferPointer(rebasing: bytes[start..<end])) { return true }
                start = end
            }
            return false
        }
    }

    /// Whether a word is one of `madeUpSurnames`, in any case.
    static func isMadeUpSurname<Word: Collection<UInt8>>(_ word: Word) -> Bool {
        guard word.count >= 4, word.count <= 11 else { return false }
        return madeUpSurnameBytes.contains { surname in surname.count == word.count && zip(surname, word).allSatisfy { $0 == $1 | 0x20 } }
    }

    static let madeUpSurnameBytes = madeUpSurnames.map { Array($0.utf8) }

    static let madeUpSurnames: Set<String> = ["sample", "example", "testcase", "dummy", "placeholder", "fictional", "testperson", "bloggs",
                                              // A template's row that says what goes there: "Firstname Lastname,Y10,piano" (round
                                              // 2943's lesson register).
                                              // (Not "surname": a form's fields on lines, "Amelia Surname Pimm", pass through here.)
                                              "lastname",
                                              // In Welsh: example, sample ("Sam Enghraifft", round 846's training case study).
                                              "enghraifft", "sampl"]

    /// A template's word for a person: "Example", "CANDIDATE", "Pupil", "e.g. Olivia".
    static func isPlaceholderWord(_ text: String) -> Bool {
        guard let first = text.utf8.first, placeholderWordInitials.contains(first | 0x20) else { return false }
        let lower = text.lowercased()
        return placeholderWords.contains(lower) || lower.hasPrefix("e.g")
    }

    static let placeholderWordInitials = Set(placeholderWords.compactMap(\.utf8.first) + [UInt8(ascii: "e")])

    /// A cell that reads as a person's full name, whoever it is: two to four capitalised
    /// words ("Chiamaka Obi", "OBI, Chiamaka", "Tiago Ferreira-Costa"), not a school phrase.
    public static func readsAsFullName(_ text: String) -> Bool {
        guard let name = clean(text) else { return false }
        let words = name.split(whereSeparator: { $0 == " " || $0 == "," })
        guard (2...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true || particles.contains(String($0)) }),
              words.first?.first?.isUppercase == true else { return false }
        // (Nor a post: "Deputy DSL", "Base TA", nor posts: "DSL, Headteacher" under Assigned To, round 825's.)
        if endsWithPost(words.last) || words.allSatisfy({ roleWords.contains($0.lowercased()) }) { return false }
        return !words.contains { word in
            let lower = word.lowercased()
            return phraseWords.contains(lower) || placeWords.contains(lower) || organisationWords.contains(lower)
        }
    }

    /// School phrases shaped like a name: a word of these after the first makes it no name.
    /// (Words that are common surnames too, Hall, Lane, Park, House, are not here.)
    static let phraseWords: Set<String> = [
        "forename", "forenames", "surname", "surnames", "survey", "surveys", "questionnaire",
        // A forest school's camping kettle ("Fire Lighting & Kelly Kettles", round 1192's risk assessment).
        "kettle", "kettles",
        // A school production's box office in a file's name ("RE oliver box office settlement", round 2346's).
        "box",
        // The sentence after an initial's full stop ("Isla M. I've", round 710's e-mail).
        "i've", "i'm", "i'll", "i'd", "i’ve", "i’m", "i’ll", "i’d",
        // Welsh: a team, pastoral ("Tîm Bugeiliol Blwyddyn 8": the Year 8 pastoral team).
        "tîm", "bugeiliol",
        // Welsh: a centre, a unit, a language, a class ("Canolfan Iaith": the language centre).
        "canolfan", "uned", "iaith", "dosbarth",
        // Welsh: an eisteddfod's competitions ("Unawd Alaw Werin Blwyddyn 7-9": a folk song solo
        // for Years 7 to 9, "Alaw" a given name too; "Cerdd Dant", "Llefaru").
        "nyrsio", "werin", "unawd", "llefaru", "cerdd", "dant", "eisteddfod", "cystadleuaeth", "cystadleuaethau", "côr", "deuawd",
        // A hearing aid's radio system ("the radio aid (Roger Touchscreen)", round 792's profile).
        "touchscreen", "microphone", "receiver", "transmitter",
        // Early years guidance ("Focus ELGs / Dev Matters", round 808's long-term plan); software
        // and programmes ("Arbor MIS", "Numicon Breaking Barriers", rounds 823 and 817).
        "matters", "mis", "numicon", "barriers", "online", "software", "platform",
        // A library's system ("Source: Oliver LMS + AR reports", round 1391's governors' statistics).
        "lms", "vle",
        // A SEN summary's column of annual reviews due ("Ann Revs due", round 1397's).
        "revs",
        // Welsh labels after a name on a form's line ("Elin Gruffydd  Ffôn symudol", round 820's): phone, address.
        "ffôn", "ffon", "cyfeiriad", "symudol",
        // The next label on a report's line whose spaces a PDF squeezed ("Name: Oluwaseun Adeyemi Tutor group: 9RB", round 816's).
        "tutor",
        // An MIS export's or a report's definition ("name": "Student Profile").
        "profile", "profiles", "template", "templates", "definition", "export", "exports", "layout",
        "term", "scheme", "group", "groups", "class", "classes", "set", "trip", "team", "assembly", "awards", "award",
        // (Welsh's "little" after a setting's name: "Meithrinfa Seren Fach", round 1610's.)
        "fach",
        "club", "homework", "curriculum", "test", "tests", "exams", "exam", "reading", "maths", "english",
        "science", "writing", "phonics", "teacher", "teachers", "lead", "leader", "coordinator", "plan",
        "report", "reports", "register", "list", "unit", "topic", "week", "day", "show", "concert", "play",
        "party", "fair", "festival", "camp", "road", "street", "school",
        "academy", "college", "church", "centre", "center", "pupils", "students", "parents", "children",
        "stage", "results", "option", "options", "choir", "band", "residential", "visit", "celebration",
        // A place's or an event's name ("Eden Project", "Grace Darling Lifeboat Museum").
        "project", "projects", "museum", "gallery", "lifeboat", "garden", "gardens", "zoo", "farm", "castle",
        // A test's or a screener's title ("name": "York Assessment of Reading for Comprehension").
        "assessment", "assessments", "spelling", "vocabulary", "comprehension", "screening", "screener", "battery",
        // A safeguarding system's categories and a training catalogue's courses ("name": "Physical
        // Abuse", "Online Safety", "Prevent Duty", "Female Genital Mutilation").
        "abuse", "safety", "health", "duty", "mutilation", "neglect", "exploitation", "harassment", "radicalisation",
        "wellbeing", "awareness", "safeguarding", "bullying", "cyberbullying", "harmful", "sexual", "behaviour", "behavior",
        "genital", "female", "male", "online", "domestic", "criminal", "physical", "emotional", "mental",
        "word", "words", "picture", "pictures", "scale",
        // A coach firm's or a travel agent's sender ("From: Ashton Travel Bookings <bookings@…>").
        "travel", "bookings", "booking", "tours", "holidays",
        // A governing body's committees and panels ("name": "Pupil Discipline", "Complaints Panel").
        "panel", "panels", "committee", "committees", "discipline", "appeals", "complaints", "board", "subcommittee",
        // An SEN provision map's interventions ("name": "Talk Boost", "Lego Therapy", "Precision Teaching").
        "therapy", "boost", "intervention", "interventions", "teaching", "literacy", "numeracy", "catch-up", "tuition",
    ]

    /// A name in prose before a year group ("Olivia Hughes (Year 7)"): capitalised words
    /// before the year, the first a common given name (`GivenNames`), none of the others a
    /// word of school phrases ("Grace Term", "Amber Group").
    /// (A given name that is a word too, "Patience Ogunleye (Y9)", as before a form group: the
    /// year says it is a pupil's; its other words no calendar's, place's or organisation's,
    /// "Summer Term (Year 4)", "Hope Street (Y5)".)
    public static func inProse(_ bytes: [UInt8]) -> Bool {
        // (A name a line wraps is read as on one line: "please make sure Zofia\nWiśniewska in Year 2
        // is only ever released to her grandmother", round 2419's newsletter.)
        // (Or a wrap between the name and its year, read past: "Tobiah Nwachukwu-Reyes in\nYear 8",
        // round 2594's newsletter; only a wrap inside the name may run onto a label's word.)
        if bytes.contains(10) {
            let lines = bytes.filter { $0 != 13 }, flat = onOneLine(lines)
            let name = CellText.before(firstOf: yearMarkers, in: String(decoding: flat, as: UTF8.self))
            return !wrapsOntoWord(Array(lines.prefix(name.utf8.count))) && inProse(flat)
        }
        let name = CellText.before(firstOf: yearMarkers, in: String(decoding: bytes, as: UTF8.self))
        let words = name.split(separator: " ").map { $0.lowercased() }
        // (Not a chaplaincy's role, `faithRoles`.)
        if startsWithGivenName(name) { return !(words.count == 2 && faithRoles.contains(words[1])) }
        guard (2...3).contains(words.count), GivenNames.wordLike.contains(words[0]), clean(name) != nil else { return false }
        return !words.dropFirst().contains { phraseWords.contains($0) || calendarWords.contains($0) || placeWords.contains($0) || organisationWords.contains($0) }
    }

    /// "Zainab Al-Rashid, 16,", "Kayden Marsh (14)": a name and an age after it (the pattern's),
    /// the name judged as `inProse` judges one.
    public static func withAge(_ bytes: [UInt8]) -> Bool {
        var name = bytes.prefix { $0 != 44 && $0 != 40 }
        while name.last == 32 { name = name.dropLast() }
        return inProse(Array(name))
    }

    /// A value a line wraps (`line_wrap`) as on one line: each line break a space, no carriage return.
    static func onOneLine(_ bytes: [UInt8]) -> [UInt8] {
        bytes.compactMap { $0 == 13 ? nil : $0 == 10 ? 32 : $0 }
    }

    /// Whether the word after a value's line break is a label's or a note's, no surname: a form's
    /// "Hafsa\nMedicine given at 11.00" (`line_wrap` lets a name run on past a line break).
    static func wrapsOntoWord(_ bytes: [UInt8]) -> Bool {
        guard let newline = bytes.firstIndex(of: 10) else { return false }
        let word = String(decoding: bytes[(newline + 1)...].prefix { $0 != 32 && $0 != 10 && $0 != 13 }, as: UTF8.self).lowercased()
        return isEverydayWord(word) || notNicknames.contains(word)
    }

    /// Where a year group begins after a name: "(Year 7)", ", Yr 10", " - Year R", " Y4", Welsh
    /// "(Blwyddyn 5)" (as person_name_year's `value_until` lists them: not the name's own Y,
    /// "Yusuf Ali (Blwyddyn 5)"); "in" one, "Poppy Ashworth in Reception", "in your form" (person_name_in_year's).
    static let yearMarkers = ["(Y", "(B", "(y", ",Y", ", Y", ",B", ", B", " -Y", " - Y", " -B", " - B", " Year", " Yr", " Blwyddyn", ", y", " - y",
                              " Y1", " Y2", " Y3", " Y4", " Y5", " Y6", " Y7", " Y8", " Y9", " YR", "**", "__",
                              " in Y", " in Reception", " in Nursery", " in your ", " in my ", " in our "]

    /// A name after a message header's or a letter's label ("From: Sarah Jones <...>",
    /// "Re: Olivia Hughes"), judged as `inProse` judges one: "Subject: Sports Day" and
    /// "To: All Staff" are no names.
    public static func afterLabel(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let colon = text.firstIndex(of: ":") else { return false }
        var name = CellText.trimmed(String(text[text.index(after: colon)...]), quotes: true)
        // "Re: Miss Jade Pritchard": the name after its title.
        if let space = name.firstIndex(of: " "), isTitle(name[..<space].lowercased().replacingOccurrences(of: ".", with: "")) {
            name = String(name[name.index(after: space)...])
        }
        return startsWithGivenName(name)
    }

    /// Two capitalised words (a third is allowed), the first a common given name (or, if
    /// hyphenated, starting with one: Anne-Marie), none of the others a word of school phrases.
    static func startsWithGivenName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard (2...3).contains(words.count), clean(name) != nil else { return false }
        let first = words[0].lowercased()
        guard GivenNames.contains(first) else { return false }
        // (Nor a person a school teaches about: "Mary Seacole (Y2 History)".)
        guard !FamousNames.all.contains(words.map { $0.lowercased() }.joined(separator: " ")) else { return false }
        return !words.dropFirst().contains { phraseWords.contains($0.lowercased()) }
    }

    /// The words a match opens with up to its first in small letters, read as `inRunningText`
    /// reads a name: "Brooklyn Thistlewood" in "Brooklyn Thistlewood out of the⏎group photo"
    /// (`person_name_photo_restricted`: what follows the name is the pattern's, not the name's).
    public static func inRunningTextFirst(_ bytes: [UInt8]) -> Bool {
        var end = 0, wordStart = true
        while end < bytes.count {
            let byte = bytes[end]
            if byte == 32 || byte == 10 || byte == 13 { wordStart = true; end += 1; continue }
            if wordStart, byte >= 97, byte <= 122 { break }
            wordStart = false
            end += 1
        }
        while end > 0, [32, 10, 13].contains(bytes[end - 1]) { end -= 1 }
        return end > 0 && inRunningText(Array(bytes[..<end]))
    }

    /// A name in running text ("Ethan Turner has been diagnosed with", "Pupils involved:
    /// Amelia Clarke, Harry Evans"): a common given name (the pattern's), perhaps a middle
    /// name, and a surname; not a school phrase ("Rose Garden Day"), not a weekday or month
    /// ("Grace Monday"), and not one of the people a school teaches about or reads
    /// (`FamousNames`: "Florence Nightingale", "Eva Smith" of *An Inspector Calls*).
    public static func inRunningText(_ bytes: [UInt8], alsoGiven: Set<String> = []) -> Bool {
        // (A name a line wraps is read as on one line, "Bernadette\nÓ Súilleabháin", round 2445's.)
        if bytes.contains(10) { return !wrapsOntoWord(bytes) && inRunningText(onOneLine(bytes), alsoGiven: alsoGiven) }
        // "Ava Khan's mum": the name is "Ava Khan" (a shorter match the engine tries next).
        guard bytes.last != 39, !(bytes.count > 2 && bytes[bytes.count - 2] == 39 && bytes[bytes.count - 1] == 115) else { return false }
        guard let words = words(bytes), words.count >= 2, GivenNames.contains(words[0]) || alsoGiven.contains(words[0]),
              Set(words).count > 1 else { return false } // "Sam Sam" on a handwriting sheet
        // A middle name is a given name, and the name after it no given name alone: "Chloe Ann
        // Vaughan", "Mohammed Ali Shah" (round 797's register, round 793's groups), not a PDF
        // table's names run together, "Harvey Doyle Grace O'Connor".
        if words.count == 3, words[1].count > 2, !particles.contains(words[1]), !surnameParticles.contains(words[1]),
           !middleParticles.contains(words[1]),
           !GivenNames.contains(words[1]) || GivenNames.common.contains(words[2]) && !givenNamesAsSurnames.contains(words[2]) {
            return false
        }
        if words.dropFirst().contains(where: { phraseWords.contains($0) || calendarWords.contains($0) || placeWords.contains($0) || organisationWords.contains($0)
                                                || faithRoles.contains($0) }) {
            return false // "Grace Coaches", "Jack Plug", "Max-Min Thermometer", "Christian Chaplain"
        }
        // A surname in capitals ("Samuel ADEYEMI") is no acronym or word written in capitals
        // ("Amy NOT attending", "Grace GCSE results").
        if let last = bytes.split(separator: 32).last, last.count >= 3, last.allSatisfy({ ($0 >= 65 && $0 <= 90) || $0 == 45 }),
           capitalWords.contains(words[words.count - 1]) {
            return false
        }
        let joined = words.joined(separator: " ")
        // (Nor a guide's placeholder person: "Jane Doe (parent of Joe Bloggs, 5K)".)
        return !FamousNames.all.contains(joined) && !FamousNames.all.contains(words[0] + " " + words[words.count - 1])
            && !placeholders.contains(joined)
    }

    /// "kayden whitlow (y8)": a hurried note's pupil in lower case, a year group in brackets
    /// after (the pattern's). A common given name that is no everyday word in lower case
    /// ("mark scheme (y9)", "will need (y8)"), and a second word no note's phrase puts there.
    public static func inLowerCase(_ match: [UInt8]) -> Bool {
        // (The whole match comes: the name is before its bracket.)
        let bytes = match.firstIndex(of: 40).map { Array(match[..<$0].dropLast($0 > 0 && match[$0 - 1] == 32 ? 1 : 0)) } ?? match
        let words = bytes.split(separator: 32)
        guard words.count == 2, bytes.allSatisfy({ ($0 >= 97 && $0 <= 122) || $0 == 32 || $0 == 45 || $0 == 39 }) else { return false }
        let given = String(decoding: words[0], as: UTF8.self), surname = String(decoding: words[1], as: UTF8.self)
        // (A given name no list holds before a surname that is one by its shape, an O' or a Mc:
        // "jessamy o'keeffe (9RB)", round 1921's.)
        guard GivenNames.contains(given) || irishOrScottishSurname(surname) && given.count >= 3 && !given.contains("'") && !isPhraseWordInLowerCase(given),
              !GivenNames.wordLike.contains(given), !lowerCaseWords.contains(given),
              given != surname, surname.count >= 2, !FamousNames.all.contains(given + " " + surname) else { return false }
        return !isPhraseWordInLowerCase(surname)
    }

    /// "o'keeffe", "mcallister": an O' or a Mc and three letters or more.
    static func irishOrScottishSurname(_ word: String) -> Bool {
        word.count >= 5 && (word.hasPrefix("o'") || word.hasPrefix("mc") && word != "mcdonalds") && !word.contains("-")
            && word.dropFirst(2).allSatisfy { $0 >= "a" && $0 <= "z" }
    }

    /// Whether a word after a given name in lower case is a note's or a place's, not a surname
    /// ("will need", "kit list", "trip to leeds"): the checks the lower-case rules share.
    static func isPhraseWordInLowerCase(_ word: String) -> Bool {
        phraseWords.contains(word) || calendarWords.contains(word) || placeWords.contains(word)
            || organisationWords.contains(word) || smallWords.contains(word) || lowerCaseWords.contains(word)
    }

    /// "priya sharma v unsettled after lunch", "zofia wiśniewska (Y8) - dad left", "name: lowri
    /// pritchard-evans": a hurried note's pupil or parent in lower case, found at a given name
    /// that is no everyday word (`GivenNames.lowerCaseTriggers`, the pattern's first word). The
    /// second word must be no word a note puts after a name ("priya said", "tomasz v upset").
    /// (A possessive's "'s" and a letter cut in two are the engine's shorter matches' to drop.)
    public static func inLowerCaseProse(_ bytes: [UInt8]) -> Bool {
        guard let last = bytes.last, last != 39, last != 45, last < 0xC0,
              !(bytes.count > 2 && bytes[bytes.count - 2] == 39 && last == 115) else { return false }
        var words = bytes.split(separator: 32)
        // A surname's particle: "dylan ap rhys", "yusuf bin hamid", "lotte van dijk".
        if words.count == 3, surnameParticles.contains(String(decoding: words[1], as: UTF8.self)) { words.remove(at: 1) }
        // A full given name in brackets between: "izzy (isabella) fairbrother-kaur 11R got really
        // distressed", round 1979's invigilation note.
        if words.count == 3, words[1].count >= 5, words[1].first == 40, words[1].last == 41,
           words[1].dropFirst().dropLast().allSatisfy({ $0 >= 97 && $0 <= 122 }) { words.remove(at: 1) }
        guard words.count == 2, words.joined(separator: [32]).allSatisfy({ ($0 >= 97 && $0 <= 122) || $0 == 32 || $0 == 45 || $0 == 39 || $0 == 46 || $0 >= 0x80 })
        else { return false }
        let given = String(decoding: words[0], as: UTF8.self), surname = String(decoding: words[1], as: UTF8.self)
        // (The given name must be one of the triggers': at a document's start the pattern runs
        // without one, "template id", "import random". A hyphenated one's first part, which the
        // trigger is then: "kacey-leigh morrow".)
        guard GivenNames.lowerCaseTriggerSet.contains(given)
                || words[0].firstIndex(of: 45).map({ GivenNames.lowerCaseTriggerSet.contains(String(decoding: words[0][..<$0], as: UTF8.self)) }) == true
        else { return false }
        // A given name and the surname's initial ("kacper w in period 2", "tomasz k."), the
        // pattern's letters only (not "a", "i", "o", "u", "v", nor a text's "c", "n", "r", "x",
        // "y"): its confidence is its context's. (A "b" is one: "tilly b (matilda brennan)
        // disclosed ...", round 1807's handover log.)
        if words[1].count <= 2 {
            return (words[1].count == 1 || words[1].last == 46) && initialsInLowerCase.contains(words[1].first!)
        }
        // (A double-barrelled surname's initials, "lily f-s up, dry, took to loo", round 1831's night log.)
        // (Any letter first where a hyphen makes them initials: "freddie a-k in 4R", round 1980's.)
        let initials = Array(words[1].filter { $0 != 46 })
        if initials.count == 3, initials[1] == 45, (97...122).contains(initials[0]), (97...122).contains(initials[2]) { return true }
        // (A possessive's "'s" was ruled out above: the engine's shorter match is the name.)
        guard !surname.contains(".") else { return false }
        // A Welsh contraction, not an O' or a D' surname (nor "ng'ang'a"): "allan o'r ystafell"
        // (out of the room), "i'r", "a'r", "ti'n": the article's or the verb's clitic after the apostrophe.
        if let apostrophe = words[1].lastIndex(of: 39), words[1].endIndex - apostrophe == 2,
           [114, 110, 109, 119].contains(words[1][apostrophe + 1]) { return false }
        // Two given names are a song's or a story's "mary ann", not a name and a surname
        // (unless the second is a surname as often: "mohammed ali", "ffion rhys").
        if GivenNames.common.contains(surname), !givenNamesAsSurnames.contains(surname) { return false }
        guard given != surname else { return false }
        // A verb after the name, not a surname: "tomasz swapping", "olamide wanted", "pawel
        // pushed" (not "mohammed", "ahmed", "javed", "saeed", "syed", nor "fleming", "manning").
        if surname.hasSuffix("ing"), surname.count >= 6, !ingSurnames.contains(surname) { return false }
        if surname.hasSuffix("ed"), surname.count >= 6, !["med", "eed", "yed", "ved"].contains(where: surname.hasSuffix) { return false }
        return !(noteWords.contains(surname) || isPhraseWordInLowerCase(surname) || FamousNames.all.contains(given + " " + surname))
    }

    /// The surname initials `person_name_lower_case_prose`'s pattern allows after a given name.
    static let initialsInLowerCase = Set("bdefghjklmpqstwz".utf8)

    /// "mrs zhang rang re lily", "ring mr abdi (hamza's dad)": a title in lower case and a
    /// surname, no word a note puts there ("mrs said") nor a story's character ("mr men").
    public static func inLowerCaseTitled(_ bytes: [UInt8]) -> Bool {
        guard let last = bytes.last, last != 39, last != 45, last < 0xC0 else { return false }
        let words = bytes.split(separator: 32)
        guard words.count == 2, words[1].count >= 2 else { return false }
        let title = String(decoding: words[0], as: UTF8.self), surname = String(decoding: words[1], as: UTF8.self)
        guard ["mr", "mrs", "ms"].contains(title) else { return false }
        return !(noteWords.contains(surname) || isPhraseWordInLowerCase(surname)
                 || storyTitledSurnames.contains(surname) || FamousNames.all.contains("mr " + surname)
                 || FamousNames.all.contains("mrs " + surname))
    }

    /// Children's books' and set texts' titled people, as a hurried essay or a reading corner's
    /// list types them.
    static let storyTitledSurnames: Set<String> = [
        "men", "tumble", "bean", "blobby", "motivator", "happy", "tickle", "greedy", "bump", "grumpy", "messy", "strong",
        "nobody", "muddle", "noisy", "silly", "clever", "magoo", "potato", "darcy", "bennet", "twit", "twits", "fox",
        "wolf", "toad", "rochester", "jekyll", "hyde", "scrooge", "fezziwig", "bumble", "brownlow", "birling", "gradgrind",
        "micawber", "havisham", "jaggers", "wemmick", "pumblechook", "utterson", "lanyon", "poole", "enfield", "guest",
        "hyde's", "tiggy-winkle", "mcgregor", "wormwood", "trunchbull", "honey", "stink", "gum", "hoppy", "plod", "men's",
        "bucket", "wonka", "peregrine", "benn", "jelly", "jolly", "whippy", "wishy-washy", "tidy", "worry", "grinch",
    ]

    /// Given names that are as often surnames ("mohammed ali", "gareth owen", "ffion rhys").
    static let givenNamesAsSurnames: Set<String> = ["ali", "ahmed", "ahmad", "hussain", "hussein", "hassan", "james", "thomas",
                                                    "lewis", "owen", "rhys", "morgan", "evan", "john", "david", "mohammed",
                                                    "mohamed", "muhammad", "rahman", "hamid", "karim", "aziz", "jordan",
                                                    "george", "henry", "francis", "russell", "grant", "gordon", "murray",
                                                    "stanley", "dennis", "marshall", "howell", "lloyd", "emrys", "iwan",
                                                    "ellis", "elliott", "elliot", "harvey", "wallace", "abraham", "isaac",
                                                    "joseph", "samuel", "daniel", "simon", "martin", "kelly", "lee", "ray",
                                                    // Somali and Arabic patronymics ("yusuf abdi", round 693's).
                                                    "abdi", "farah", "omar", "osman", "yusuf", "ibrahim", "ismail", "jama",
                                                    "warsame", "abdullahi", "mahamed", "idris", "salah", "khalil"]

    /// Surnames that end as a verb's "-ing" does.
    static let ingSurnames: Set<String> = ["fleming", "manning", "harding", "golding", "browning", "cumming", "spalding",
                                           "hosking", "channing", "pickering", "dowling", "goring", "gilling", "hemming",
                                           "keeling", "darling", "whiting", "fielding", "redding", "kipling", "wilding",
                                           "dering", "deering", "hastings", "cushing", "billing", "starling", "fanning"]

    /// Words a note puts after a pupil's given name, none a surname ("priya said", "tomasz
    /// v upset today", "aisha and jay"): verbs, adverbs, a note's states and family words.
    static let noteWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "if", "so", "as", "at", "by", "for", "from", "in", "into", "of", "off", "on",
        "onto", "out", "over", "to", "up", "with", "without", "about", "after", "before", "since", "until", "than", "then",
        "this", "that", "these", "those", "who", "whose", "which", "what", "when", "where", "why", "how", "while",
        "is", "isn't", "was", "wasn't", "are", "were", "be", "been", "being", "am", "has", "hasn't", "have", "haven't", "had",
        "hadn't", "do", "does", "doesn't", "did", "didn't", "done", "can", "can't", "cannot", "could", "couldn't", "would",
        "wouldn't", "should", "shouldn't", "will", "won't", "shall", "may", "might", "must", "need", "needs", "needed",
        "said", "says", "say", "saying", "told", "tells", "tell", "asked", "asks", "ask", "rang", "rings", "ring", "called",
        "calls", "came", "comes", "come", "coming", "went", "goes", "go", "going", "gone", "got", "gets", "get", "getting",
        "left", "leaves", "leaving", "arrived", "arrives", "returned", "returns", "refused", "refuses", "forgot", "forgets",
        "lost", "loses", "hit", "hits", "kicked", "kicks", "pushed", "pushes", "punched", "bit", "cried", "cries", "crying",
        "ran", "runs", "running", "sat", "sits", "sitting", "stood", "walked", "walks", "shouted", "swore", "threw",
        "wants", "wanted", "likes", "liked", "loves", "loved", "hates", "seems", "seemed", "looks", "looked", "looking",
        "felt", "feels", "feeling", "made", "makes", "took", "takes", "gave", "gives", "used", "uses", "tried", "tries",
        "worked", "works", "working", "finished", "started", "starts", "struggled", "struggles", "struggling",
        "managed", "completed", "missed", "misses", "attended", "attends", "joined", "joins", "moved", "moves",
        "upset", "unsettled", "settled", "absent", "late", "ill", "sick", "poorly", "unwell", "tired", "hungry", "sad",
        "happy", "angry", "cross", "quiet", "loud", "calm", "ok", "okay", "fine", "good", "great", "well", "better", "worse",
        "best", "lovely", "brilliant", "excellent", "super", "amazing", "fab", "not", "no", "yes", "never", "always",
        "really", "very", "v", "quite", "too", "also", "still", "again", "just", "only", "even", "already", "often",
        "today", "tonight", "yesterday", "tomorrow", "now", "later", "soon", "here", "there", "back", "away", "home",
        "mum", "mum's", "mums", "mom", "dad", "dad's", "dads", "nan", "nana", "gran", "grandma", "grandad", "grandpa",
        "brother", "sister", "bro", "sis", "aunt", "auntie", "uncle", "cousin", "family", "parent", "parents", "carer",
        "carers", "teacher", "class", "group", "table", "year", "yr", "form", "set", "team", "house", "support", "plan",
        "all", "both", "each", "every", "some", "any", "more", "most", "less", "much", "many", "one", "two", "three",
        "first", "last", "next", "new", "old", "other", "own", "same", "his", "her", "hers", "their", "them", "they",
        "he", "she", "it", "its", "i", "me", "my", "we", "us", "our", "you", "your", "him", "thanks", "thank", "please",
        "re", "via", "per", "etc", "eg", "ie", "pm", "asap", "tbc", "n/a",
        // Welsh's small words after a name in lower case ("dylan yn", "beth yw").
        "yn", "yw", "ydy", "ydi", "y", "ar", "wedi", "ddim", "sy", "sydd", "mae", "oedd", "efo", "gyda", "ac",
        // Irregular verbs and a markbook's or a jotting's nouns ("olamide wrote", "pawel essay").
        "wrote", "read", "spoke", "drew", "ate", "drank", "fell", "broke", "found", "saw", "knew", "thought", "brought",
        "bought", "caught", "taught", "sang", "swam", "won", "slept", "woke", "hid", "spent", "sent", "kept",
        // Present tenses a note runs on with ("ffion lives with mam & tad", round 676's).
        "lives", "stays", "sleeps", "eats", "shouts", "knows", "thinks", "wears", "brings", "sees",
        "essay", "work", "book", "books", "writing", "reading", "spelling", "spellings", "maths", "english", "science",
        "homework", "test", "score", "scores", "mark", "marks", "grade", "grades", "target", "targets", "level", "levels",
        "behaviour", "attendance", "report", "reports", "answer", "answers", "story", "poem", "project", "coursework",
        "piece", "drawing", "picture", "presentation", "pair", "partner", "seat", "tray", "peg", "bag", "coat",
        "kit", "lunch", "snack", "water", "bottle", "diary", "folder", "phone", "trip", "letter", "slip",
    ]

    /// A line of a note typed in lower case, a name and a form or a year group before a dash
    /// ("aarav patel 6T - sesame + kiwi", "lily okonkwo-bell yr2 - no dairy"): the name read
    /// as `inLowerCase` reads it.
    public static func inLowerCaseLine(_ match: [UInt8]) -> Bool {
        let words = match.split(separator: 32)
        guard words.count >= 3 else { return false }
        // (A surname's particle, or letters with accents, read as a note's prose reads them:
        // "siobhán ó dálaigh yr10 - renewal - ... camhs since the overdose", round 2594's panel notes.)
        if words.count >= 4, surnameParticles.contains(String(decoding: words[1], as: UTF8.self)) {
            return inLowerCaseProse(Array(words[0]) + [32] + Array(words[1]) + [32] + Array(words[2]))
        }
        if words[0].contains(where: { $0 >= 0x80 }) || words[1].contains(where: { $0 >= 0x80 }) {
            return inLowerCaseProse(Array(words[0]) + [32] + Array(words[1]))
        }
        return inLowerCase(Array(words[0]) + [32] + Array(words[1]))
    }

    /// Words of two letters, no one's initials: "(to re-do, 9RB)" is no "(tj mcallister-reyes, 9RB)".
    static let twoLetterWords: Set<String> = ["am", "an", "as", "at", "be", "by", "do", "eg", "go", "he", "hi", "if", "in", "is",
                                              "it", "me", "mr", "ms", "mx", "my", "no", "of", "oh", "ok", "on", "or", "re", "so",
                                              "to", "up", "us", "we", "ye", "yr", "ta", "pe", "vs", "pm", "dr"]

    /// Given names that are everyday words written in lower case, and words a note puts
    /// after one ("mark scheme", "will need", "kit list", "grace period").
    static let lowerCaseWords: Set<String> = [
        "mark", "will", "bill", "jack", "grace", "rose", "joy", "dawn", "amber", "ruby", "holly", "ivy", "daisy", "poppy", "lily",
        "iris", "violet", "hazel", "pearl", "april", "may", "june", "august", "ray", "dean", "drew", "miles", "sky", "river",
        "rain", "storm", "angel", "bob", "penny", "sandy", "frank", "pat", "sue", "art", "guy", "gene", "chase", "hunter",
        "carter", "mason", "archer", "taylor", "harper", "sage", "jade", "ginger", "robin", "wren", "sonny", "sunny", "star",
        "chance", "reed", "clay", "cliff", "rocky", "major", "king", "prince", "duke", "earl", "noble", "royal", "jet", "ace",
        "buddy", "honey", "candy", "cherry", "crystal", "destiny", "heather", "winter", "lane", "brook", "glen", "dale",
        "heath", "forest", "lake", "kit", "max", "rich", "don", "ben", "roman", "london", "paris", "india", "asia", "china",
        "sierra", "phoenix", "blue", "red", "rusty", "tuesday", "scheme", "need", "needs", "list", "bag", "period", "group",
        "groups", "class", "classes", "pupils", "pupil", "students", "student", "boys", "girls", "kids", "children", "lesson",
        "lessons", "books", "book", "trip", "trips", "test", "tests", "exam", "exams", "work", "homework", "only", "also",
        "again", "today", "said", "says", "was", "is", "has", "had", "and", "or", "but", "not", "too", "very", "all",
    ]

    /// The words of a name the patterns matched (letters, ' - . and single spaces), lower-cased,
    /// if there are at most three and each starts with a capital. ASCII (most names) is read
    /// on bytes, each word a small string (no allocation); an accented name ("Zoë Wójcik")
    /// as text.
    static func words(_ bytes: [UInt8]) -> [String]? {
        // A name known by in brackets after the given name ("Amelia-Rose (Millie) Barker"): read
        // without it.
        if let open = bytes.firstIndex(of: 40), open > 0, bytes[open - 1] == 32, let close = bytes[open...].firstIndex(of: 41),
           close + 1 < bytes.count, bytes[close + 1] == 32 {
            return words(Array(bytes[..<open]) + Array(bytes[(close + 2)...]))
        }
        // Or in quotation marks, straight or curly ("Kyle \"Kylo\" McAllister-Reid", "Bethan 'Bee'
        // Morgan", round 1646's): the quotation mark after a space (not an apostrophe inside a
        // name, "D'Arcy \"Dee\" Walsh"), its close before one.
        if let open = bytes.indices.dropFirst().first(where: { bytes[$0 - 1] == 32 && (bytes[$0] == 34 || bytes[$0] == 39 || bytes[$0] == 0xE2) }) {
            let (opening, closing): ([UInt8], [UInt8]) = switch bytes[open] {
            case 34: ([34], [34])
            case 39: ([39], [39])
            default: open + 2 < bytes.count && bytes[open + 2] == 0x9C ? ([0xE2, 0x80, 0x9C], [0xE2, 0x80, 0x9D]) : ([0xE2, 0x80, 0x98], [0xE2, 0x80, 0x99])
            }
            if bytes[open...].starts(with: opening), let close = bytes[(open + opening.count)...].firstRange(of: closing),
               close.upperBound < bytes.count, bytes[close.upperBound] == 32 {
                return words(Array(bytes[..<open]) + Array(bytes[(close.upperBound + 1)...]))
            }
        }
        // A Gaelic surname's particles ("Ruairidh Mac an t-Saoir", "Màiri Nic a' Phearsain"):
        // read as the surname after them.
        // (Only where " Mac a", " Nic a" or " Mac G" is: asked of every name found in running text.)
        if bytes.count > 12, (1..<(bytes.count - 6)).contains(where: { index in
            bytes[index] == 32 && (bytes[index + 1] == 77 || bytes[index + 1] == 78) && bytes[index + 4] == 32
                && (bytes[index + 5] == 97 || bytes[index + 5] == 71)
        }) {
            for particle in gaelicParticles {
                if let range = bytes.firstRange(of: particle), range.upperBound < bytes.count, isUpper(bytes[range.upperBound]) {
                    return words(Array(bytes[..<range.lowerBound]) + [32] + Array(bytes[range.upperBound...]))
                }
            }
        }
        if bytes.contains(where: { $0 >= 0x80 }) {
            let words = String(decoding: bytes, as: UTF8.self).split(separator: " ", omittingEmptySubsequences: false)
            guard words.count <= 3, words.enumerated().allSatisfy({ index, word in
                word.first?.isUppercase == true || (index > 0 && index < words.count - 1 && particles.contains(String(word)))
            }) else { return nil }
            return words.map { $0.lowercased() }
        }
        var words: [String] = []
        var start = 0
        for end in 0...bytes.count where end == bytes.count || bytes[end] == 32 {
            guard end > start, words.count < 3 else { return nil }
            let word = String(unsafeUninitializedCapacity: end - start) { buffer in
                for index in start..<end { buffer[index - start] = bytes[index] >= 65 && bytes[index] <= 90 ? bytes[index] + 32 : bytes[index] }
                return end - start
            }
            // "Dafydd ap Gruffydd", "Maria de Souza": a small particle between the names.
            guard isUpper(bytes[start]) || (start > 0 && end < bytes.count && particles.contains(word)) else { return nil }
            words.append(word)
            start = end + 1
        }
        return words
    }

    static let gaelicParticles = [" Mac an t-", " Nic an t-", " Mac an ", " Nic an ", " Mac a' ", " Nic a' ", " Mac Giolla ", " Nic Giolla "]
        .map { Array($0.utf8) }

    /// Words between a given name and a surname written in small letters: Welsh "ap" and "ab"
    /// (son of), "ferch", and those of Dutch, Spanish, Italian, Arabic and Malay names. (Irish
    /// "Ní", "Nic", "Ó", "Mac" are capitalised words as they are.)
    /// Whether a capitalised name's later word is written small and is no particle ("van",
    /// "bin"): "Workhouse group A", "Gang group" under a "Children (group)" column.
    /// (On bytes: asked of every name cell.)
    static func hasSmallWordInside(_ name: String) -> Bool {
        let utf8 = name.utf8
        guard let first = utf8.first, isUpper(first) else { return false }
        // (The second and third words only, up to a dash or a bracket: "Olivia Hughes - left
        // early" is a name and a note.)
        var index = utf8.startIndex, position = 0
        while position < 2, let space = utf8[index...].firstIndex(of: 32) {
            let start = utf8.index(after: space)
            guard start < utf8.endIndex else { return false }
            index = start
            position += 1
            if isUpper(utf8[start]) { continue }
            guard isLower(utf8[start]) else { return false }
            let end = utf8[start...].firstIndex(where: { $0 == 32 || $0 == 44 }) ?? utf8.endIndex
            if !particles.contains(String(decoding: utf8[start..<end], as: UTF8.self)) { return true }
        }
        return false
    }

    static let particles: Set<String> = ["ap", "ab", "ferch", "de", "da", "di", "du", "van", "von", "bin", "binti", "al", "el"]

    /// A name before a form or registration group ("Harry Pendle (9K)", "Ruby Walker, 8K",
    /// "Harry PENDLE 10B2"): the words before the group, judged as `inRunningText` judges them
    /// (the surname may be in capitals, as MIS reports print it).
    public static func beforeFormGroup(_ bytes: [UInt8]) -> Bool {
        // "Wei Zhang (张伟) in 5W", "Filip Kozłowski (klasa 3W)": the name ends at the bracket.
        if let open = bytes.firstIndex(of: 40), open > 1, bytes[open - 1] == 32, open + 1 < bytes.count,
           bytes[open + 1] >= 0x80 || ["klasa ", "clasa "].contains(lowerASCII(bytes[(open + 1)...].prefix(6))) {
            return inRunningText(foldedCapitals(Array(bytes[..<(open - 1)])), alsoGiven: GivenNames.wordLike)
        }
        guard let space = bytes.lastIndex(of: 32) else { return false }
        var end = space
        // " ( , -" and an en or em dash (E2 80 93, E2 80 94) before the group.
        while end > 0 {
            // (And Markdown's bold after the name: "**Declan Lewandowski** (6B)".)
            if [32, 40, 42, 44, 45, 95].contains(bytes[end - 1]) { end -= 1; continue }
            if end >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, bytes[end - 1] == 0x93 || bytes[end - 1] == 0x94 { end -= 3; continue }
            // "Kian Papadopoulos in 8L".
            if end >= 3, bytes[end - 3] == 32, bytes[end - 2] == 105, bytes[end - 1] == 110 { end -= 3; continue }
            break
        }
        return inRunningText(foldedCapitals(Array(bytes[..<end])), alsoGiven: GivenNames.wordLike)
    }

    /// A given name that is also a word and a double-barrelled surname: "Brook Tremayne-Adeyemi had
    /// another bruise" (round 2499's forest school note). Two words, the second joined by a hyphen
    /// and no part of it an everyday word (`isEverydayWord`: a phrase's, a place's, an
    /// organisation's too); read as in running text.
    public static func wordLikeDoubleBarrelled(_ bytes: [UInt8]) -> Bool {
        // (A line may wrap between the two: "Hope\nCastellanos-Byrne is in 3B", round 2824's handover.)
        let words = String(decoding: bytes, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        guard words.count == 2, words[1].contains("-"),
              words[1].split(separator: "-", omittingEmptySubsequences: false).allSatisfy({ $0.count >= 2 }),
              !words[1].lowercased().split(separator: "-").contains(where: { isEverydayWord(String($0)) })
        else { return false }
        return inRunningText(bytes, alsoGiven: GivenNames.wordLikeOrSunday)
    }

    /// A given name that is also a word and a surname heading a note: "Summer Hallworth - hospital
    /// Tues am" (round 2550's planning margin). The second word no everyday word, no title's,
    /// phrase's, calendar's, place's or organisation's ("Summer Term", "Hope Street"); the pair
    /// read as in running text, the given names that are words allowed.
    public static func wordLikeSurname(_ bytes: [UInt8]) -> Bool {
        // (The match runs on to its dash, colon or bracket, or to what the child has: "Summer Brooks
        // has a severe peanut allergy", round 2607's road safety walk.)
        var bytes = Array(bytes.prefix { $0 != 58 && $0 != 40 && $0 != 45 && $0 != 0xE2 })
        while bytes.last == 32 { bytes.removeLast() }
        var words = String(decoding: bytes, as: UTF8.self).split(separator: " ")
        // (Or what she did: "Summer Lindqvist came to see me at lunch very upset", round 2715's log.)
        // (Or who she lives with: "Hope Lister stays with her full time", round 2807's welfare call log.)
        let verbFollows = words.count > 2 && ["has", "came", "told", "disclosed", "said", "sits", "had", "stays", "lives", "is", "was", "went"].contains(words[2])
        if verbFollows {
            words = Array(words.prefix(2))
            bytes = Array(words.joined(separator: " ").utf8)
        }
        guard words.count == 2 else { return false }
        let surname = words[1].lowercased()
        // (A plural's singular too: "Faith Schools", "Summer Camps"; not before what a child has or
        // did, where a plural is no heading's, "Summer Brooks has".)
        let singular = surname.hasSuffix("s") && !verbFollows ? String(surname.dropLast()) : surname
        guard !isEverydayWord(surname), !isEverydayWord(singular), isPlainSurname(String(words[1])),
              isPlainSurnameWord(surname), isPlainSurnameWord(singular) else { return false }
        return inRunningText(bytes, alsoGiven: GivenNames.wordLike)
    }

    /// `wordLikeSurname` on the match's last two words, after the words of a watch kept on a child:
    /// "keep an eye on Sunny Kowalczyk" (round 2680's handover).
    public static func wordLikeSurnameLast(_ bytes: [UInt8]) -> Bool {
        let words = bytes.split(separator: 32)
        guard words.count >= 3 else { return false }
        return wordLikeSurname(Array(words[words.count - 2]) + [32] + Array(words[words.count - 1]))
    }

    /// A name after a year group and a dash or a colon, as minutes head an item: "4a. Year 12 -
    /// Storm Achterberg. Continues to present with low mood" (round 2476's safeguarding minutes).
    /// The name after the dash read as in running text, the given names that are words allowed.
    public static func afterYearLabel(_ bytes: [UInt8]) -> Bool {
        guard let mark = bytes.firstIndex(where: { $0 == 45 || $0 == 0x93 || $0 == 0x94 || $0 == 58 }) else { return false }
        var start = mark + 1
        while start < bytes.count, bytes[start] == 32 { start += 1 }
        guard start < bytes.count else { return false }
        return inRunningText(Array(bytes[start...]), alsoGiven: GivenNames.wordLike)
    }

    /// A given name no list holds before a surname that is one by its shape (double-barrelled,
    /// an O' or a Mc) and a form group: "Tobiah Okonkwo-Reyes in 4M is now subject to a child
    /// protection plan" (round 2378's bulletin). The whole match comes; no word of the name is a
    /// title, a label's, a phrase's, a calendar's, a place's or an organisation's.
    public static func unlistedGivenBeforeForm(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let cut = text.range(of: " in ", options: .backwards) ?? text.range(of: " (", options: .backwards) else { return false }
        let name = text[..<cut.lowerBound]
        let parts = name.split(separator: " ")
        guard parts.count == 2, parts[0].count >= 3, !isFormLabel(String(name)) else { return false }
        let given = parts[0].lowercased()
        guard !namesAThing(given), !noteWords.contains(given), !GivenNames.wordLike.contains(given) else { return false }
        let surname = parts[1].lowercased().split(separator: "-").map(String.init)
        guard !surname.contains(where: namesAThing) else { return false }
        let joined = given + " " + surname.joined(separator: "-")
        return !FamousNames.all.contains(joined) && !placeholders.contains(joined)
    }

    /// A nickname in quotes before a form group ("\"Zizzy\" (8RK)", "\"Bizzy\" from 10JT"): the
    /// quoted word no phrase's, calendar's, place's, organisation's or note's word, no title, no
    /// season and no famous name's first word alone (a set text's "\"Macbeth\" (10B)").
    /// (Or in Markdown's bold: "**Raffo** (7G, top bunk by the window)", round 2386's matron's notes.)
    public static func quotedNickname(_ bytes: [UInt8]) -> Bool {
        // (Or in none, before its bracket: "Dizzo (that's what everyone calls him", round 2428's.)
        // (Or in bold with its bracket: "**Zuzzy (7K)**", round 2594's music award notes.)
        let open = bytes.starts(with: [42, 42]) ? 2 : bytes.first == 34 ? 1 : bytes.first == 0xE2 ? 3 : 0
        guard open < bytes.count, let close = bytes[open...].firstIndex(where: { $0 == 34 || $0 == 0xE2 || $0 == 42 || (open == 0 || open == 2) && $0 == 32 }),
              close > open else { return false }
        let word = String(decoding: bytes[open..<close], as: UTF8.self).lowercased()
        let parts = word.split(whereSeparator: { $0 == "-" || $0 == " " }).map(String.init)
        // (A bracket that says outright it is what everyone calls the child takes a word's nickname too:
        // "**Bugsy** (that's what everyone in 5K calls him", round 2895's; "**Pip-Squeak** (that's what
        // everyone in 6P calls the tiny one", round 2887's. Not a day's or a lesson's word.)
        if close < bytes.count, bytes[close...].starts(with: Array("** (that".utf8)) || bytes[close...].starts(with: Array(" (that".utf8)),
           let text = String(bytes: bytes[close...], encoding: .utf8), text.contains("what everyone") || text.contains("what everybody")
            || text.contains("what the whole class") || text.contains("what the class") {
            return !parts.contains { notNicknames.contains($0) || noteWords.contains($0) || lowerCaseWords.contains($0) || calendarWords.contains($0) }
                && !GivenNames.wordLike.contains(parts.first ?? "")
        }
        // (Two words in quotes too, "\"Pip-Squeak Bo\" (Bo in 5 Kestrel, ...)", round 2663's: each its own.)
        return !parts.contains { isEverydayWord($0) }
    }

    /// A nickname in quotes somewhere in the match, as `quotedNickname` reads one from its quote:
    /// after the child's year and class, "**Bl5 Dosbarth Collen - \"Gwibs\"** - SALT review letter
    /// came back, confirms ASD diagnosis" (round 2421's whiteboard).
    public static func quotedNicknameAfter(_ bytes: [UInt8]) -> Bool {
        guard let open = bytes.indices.first(where: { bytes[$0] == 34 || bytes[$0] == 0xE2 && $0 + 2 < bytes.count
                                                      && bytes[$0 + 1] == 0x80 && bytes[$0 + 2] == 0x9C }) else { return false }
        // (Not a lesson's title after its subject: "Year 8 English - \"Outsiders\": characters who grow up
        // in care", round 2409's lesson.)
        let before = String(decoding: bytes[..<open], as: UTF8.self).lowercased().split { !$0.isLetter }
        if before.contains(where: { lessonWords.contains(String($0)) }) { return false }
        return quotedNickname(Array(bytes[open...]))
    }

    /// A hyphenated nickname after a form group's dash or colon, no quotes: "Heads up for 4H –
    /// Pipsqueak-Dee won't be wearing anything wool, her eczema has flared" (round 2695's chat).
    /// The word after the mark, read as `quotedNickname` reads one in quotes.
    public static func nicknameAfterFormMark(_ bytes: [UInt8]) -> Bool {
        guard let mark = bytes.firstIndex(where: { $0 == 45 || $0 == 58 || $0 == 0x93 || $0 == 0x94 }) else { return false }
        let word = bytes[(mark + 1)...].drop { $0 == 32 }.prefix { $0 != 32 }
        return word.count >= 4 && quotedNickname([34] + Array(word) + [34])
    }

    /// Words of a lesson, a text or a subject before a title in quotes (`quotedNicknameAfter`).
    static let lessonWords: Set<String> = ["english", "maths", "math", "science", "history", "geography", "french", "spanish", "german",
                                           "music", "drama", "art", "computing", "pshe", "rse", "re", "rs", "reading", "writing", "phonics",
                                           "assembly", "lesson", "lessons", "homework", "unit", "topic", "text", "texts", "novel", "book",
                                           "books", "poem", "poetry", "play", "film", "project", "literature", "story", "stories", "song",
                                           "performance", "production", "show", "choir", "club", "theme", "scheme", "module", "week"]

    /// A name after the words that say it is what a child goes by: "She's only going by Tibbs this
    /// year, won't answer to her full name" (round 2422's mentoring log), "calls herself \"Kit\"".
    /// The last word, perhaps in quotes: a capital and a small letter, no everyday word's, no
    /// word for who nor a day's or a month's.
    public static func nicknameAfterPhrase(_ bytes: [UInt8]) -> Bool {
        var text = Substring(String(decoding: bytes[((bytes.lastIndex(of: 32) ?? -1) + 1)...], as: UTF8.self))
        text = text.drop { $0 == "\"" || $0 == "\u{201C}" }
        while let last = text.last, last == "\"" || last == "\u{201D}" { text = text.dropLast() }
        if text.hasSuffix("'s") { text = text.dropLast(2) } // "Monday's"
        guard text.count >= 2, text.first?.isUppercase == true, text.dropFirst().contains(where: { $0.isLowercase }) else { return false }
        let lower = text.lowercased()
        return !lower.split(separator: "-").contains { isEverydayWord(String($0)) || notNicknames.contains(String($0)) }
    }

    /// A nickname no list holds, alone before a form group ("Bexie in 8M - please keep her here.
    /// Dad rang: she's started wetting the bed again since the court hearing", round 2390's room
    /// plan): one capitalised word that no list knows as anything else (a phrase's, a note's, a
    /// subject's, a calendar's, a place's, an organisation's word, a title, a label's, a given
    /// name the other rules read) nor a word for who ("Everyone in 8M").
    public static func nicknameBeforeForm(_ bytes: [UInt8]) -> Bool {
        guard let space = bytes.firstIndex(of: 32), space >= 3 else { return false }
        // (Its quotation marks and a Markdown bold's asterisks aside: "\"Bibi-Z\" (the quiet one",
        // "**Pocket** (the little one", rounds 2491 and 2468.)
        let word = String(String(decoding: bytes[..<space], as: UTF8.self).trimmingCharacters(in: Self.quotesAndAsterisks))
        guard word.first?.isUppercase == true, word.dropFirst().contains(where: { $0.isLowercase }) else { return false }
        let lower = word.lowercased()
        let parts = lower.split(separator: "-").map(String.init)
        // (A given name and a pet name's short word after it is a nickname: "Tilly-Boo (the flyer in 9R", round
        // 2964's squad chat; "Lily-Bear".)
        if parts.count == 2, parts[0].count >= 3, (2...4).contains(parts[1].count), isCommonGiven(parts[0]), !isEverydayWord(parts[0]),
           !notNicknames.contains(parts[0]) { return true }
        guard let head = parts.first, head.count >= 3, !GivenNames.contains(lower), !GivenNames.wordLike.contains(head),
              !isFormLabel(word) else { return false }
        // (Nor a noun by its ending: "Vaccinations from Y8 - allergy forms due".)
        if nounEndings.contains(where: { lower.hasSuffix($0) }) { return false }
        return !parts.contains { isEverydayWord($0) || notClassNames.contains($0) || notNicknames.contains($0) }
    }

    /// A nickname a note asks staff to watch, the match's last word ("Please watch Tiggy-B", round
    /// 2623's handover), as `nicknameBeforeForm` reads one.
    public static func nicknameWatched(_ bytes: [UInt8]) -> Bool {
        guard let space = bytes.lastIndex(of: 32) else { return false }
        return nicknameBeforeForm(Array(bytes[(space + 1)...]) + [32])
    }

    /// A nickname with "'s" ("has" or "is"), the match's first word: "Biscuit's had a rough week, the
    /// social worker visited on Monday" (round 2797's exam chat log), as `nicknameBeforeForm` reads one.
    public static func nicknamePossessive(_ bytes: [UInt8]) -> Bool {
        guard let space = bytes.firstIndex(of: 32) else { return false }
        var word = Array(bytes[..<space])
        if word.suffix(2) == [39, 115] { word.removeLast(2) } else if word.suffix(4) == [0xE2, 0x80, 0x99, 115] { word.removeLast(4) } else { return false }
        return nicknameBeforeForm(word + [32])
    }

    static let quotesAndAsterisks = CharacterSet(charactersIn: "\"*\u{201C}\u{201D}")

    /// Endings of nouns that no nickname has (`nicknameBeforeForm`).
    static let nounEndings = ["tion", "tions", "sion", "sions", "ings", "ment", "ments", "ness", "ship", "ance", "ence"]

    /// Whether a word (lower case) is a phrase's, a calendar's, a place's, an organisation's, a
    /// capitalised note's word or a title: no name's part (`unlistedGivenBeforeForm`).
    static func namesAThing(_ word: String) -> Bool {
        phraseWords.contains(word) || calendarWords.contains(word) || placeWords.contains(word) || organisationWords.contains(word)
            || capitalWords.contains(word) || titles.contains(word)
    }

    /// `namesAThing`, or a note's or an everyday word, or a play's, a book's or a season's: no
    /// nickname (`quotedNickname`, `nicknameBeforeForm`).
    static func isEverydayWord(_ word: String) -> Bool {
        namesAThing(word) || noteWords.contains(word) || lowerCaseWords.contains(word) || nicknameNotPeople.contains(word)
    }

    /// Capitalised words before a form group that say who or what, not a child's nickname.
    static let notNicknames: Set<String> = ["everyone", "everybody", "someone", "somebody", "anyone", "nobody", "children", "pupils",
                                            "students", "boys", "girls", "kids", "those", "these", "others", "another",
                                            "group", "groups", "table", "tables", "seat", "seats", "room", "rooms", "class", "classes",
                                            "form", "forms", "set", "sets", "tutor", "tutors", "teacher", "teachers", "staff", "cover",
                                            "lesson", "lessons", "homework", "maths", "english", "science", "history", "geography",
                                            "french", "spanish", "german", "music", "drama", "art", "computing", "pshe", "rse", "re",
                                            "reading", "writing", "spelling", "spellings", "phonics", "assembly", "trip", "visit",
                                            "register", "registration", "detention", "detentions", "isolation", "behaviour", "attendance",
                                            "today", "tomorrow", "yesterday", "tonight", "mornings", "afternoons", "lunch", "break",
                                            "also", "only", "just", "even", "still", "both", "each", "every", "most", "many", "some",
                                            "several", "half", "all", "none", "nothing", "something", "anything", "everything",
                                            "sorry", "thanks", "please", "note", "notes", "reminder", "reminders", "update", "updates",
                                            "concern", "concerns", "incident", "incidents", "injury", "injuries", "allergy", "allergies",
                                            "medication", "medicine", "medicines", "seizure", "seizures", "asthma", "epilepsy", "diabetes",
                                            // A lesson plan's headings before a dash ("Starter - panic attacks and the body").
                                            "starter", "plenary", "extension", "objective", "objectives", "outcome", "outcomes", "resources", "task", "tasks", "activity", "activities", "intro", "introduction", "recap", "discussion", "reflection", "vocabulary", "challenge", "differentiation", "main", "warm-up", "cool-down"]

    /// Quoted words before a class that are a play's, a book's or a project's, not a child's.
    static let nicknameNotPeople: Set<String> = ["macbeth", "hamlet", "othello", "oliver", "matilda", "annie", "grease", "joseph",
                                                 "bugsy", "wonder", "holes", "skellig", "kensuke", "goodnight", "spring", "summer",
                                                 "autumn", "winter", "christmas", "easter", "diwali", "eid", "hanukkah", "harvest"]

    /// A name with a date after it that can be a birth date ("Siblings: Amelia Hughes
    /// (03/05/2017)", a headerless class list's "Noah PATEL 12.11.2016"): the name as a name
    /// in running text is judged (`inRunningText`, a surname in capitals read as a word), the
    /// date must exist and fall in `DateValue.birthYears` but two years or more before this
    /// one, so that a log's "spoke to Grace Okafor (12/03/2026)" this year does not count by
    /// its date, nor does a historical "Walter Tull 28/04/1888".
    public static func beforeBirthDate(_ bytes: [UInt8]) -> Bool {
        // The date: from the first digit that begins one ("14/03/2012", "24 September 2012"; a
        // class's "4B, DOB 12/02/2015" passed over).
        var dateStart: Int?
        for index in bytes.indices where isDigit(bytes[index]) && (index == 0 || !isDigit(bytes[index - 1])) {
            let date = Array(bytes[index...].filter { $0 != 40 && $0 != 41 })
            if let parts = DateValue.components(date), DateValue.birthYears.contains(parts.year),
               parts.year <= DateValue.birthYears.upperBound - 2,
               DateValue.exists(day: parts.day, month: parts.month, year: parts.year) { dateStart = index; break }
        }
        guard var end = dateStart else { return false }
        // The name: up to its bracket, its comma or a dash ("Sami Qureshi, Class 4B, DOB ...").
        if let mark = bytes[..<end].firstIndex(where: { $0 == 40 || $0 == 44 }) { end = mark }
        if let dash = (0..<max(0, end - 2)).first(where: { bytes[$0] == 32 && bytes[$0 + 1] == 45 && bytes[$0 + 2] == 32 }) { end = dash }
        while end > 0, [32, 40, 44, 45].contains(bytes[end - 1]) { end -= 1 }
        // (Without the date's label: "Connor McBride DOB 30/01/2009", "Maisie Dunn born 02/03/2015".)
        var name = Array(bytes[..<end]), labelled = false
        while let space = name.lastIndex(of: 32),
              birthLabelWords.contains(String(decoding: name[(space + 1)...], as: UTF8.self).lowercased()) {
            name = Array(name[..<space])
            while name.last == 32 || name.last == 44 || name.last == 45 { name.removeLast() }
            labelled = true
        }
        // (A given name alone before its label is someone's too: "Marek DOB 03/02/1979".)
        if labelled, !name.contains(32), name.first.map(isUpper) == true {
            return isCommonGiven(String(decoding: name, as: UTF8.self).lowercased())
        }
        return inRunningText(foldedCapitals(name))
    }

    /// Particles before a surname written capitalised, beyond `surnameParticles`: "Bríd Mhic
    /// Lochlainn", "Máire Uí Dhochartaigh", "Ana Dos Santos".
    static let middleParticles: Set<String> = ["mhic", "uí", "ui", "ó", "ní", "dos", "das", "del", "della", "der", "ter", "ten",
                                               "ibn", "abu", "bint", "giolla", "san", "santa", "lo"]

    /// The words of a date of birth's label after a name ("DOB", "d.o.b.", "born", "date of birth:").
    static let birthLabelWords: Set<String> = ["dob", "dob:", "d.o.b", "d.o.b.", "d.o.b:", "d.o.b.:", "born", "born:", "b.", "birth",
                                               "birth:", "of", "date", "bday", "dyddiad", "geni", "geni:", "ganwyd"]

    /// A name before a form group in brackets, as registers and behaviour logs write a pupil:
    /// "PENDLE, Harry (9K)" (a surname in capitals, then a given name) or "Amelia (7B)" (a
    /// given name alone, hyphenated perhaps). The given name must be a common one, so that
    /// "Room (7B)" or "Total (10X)" is none.
    public static func beforeBracketedGroup(_ bytes: [UInt8]) -> Bool {
        guard let open = bytes.lastIndex(of: 40) else { return false }
        let name = String(decoding: bytes[..<open], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        let parts = name.split(separator: ",", maxSplits: 1)
        if parts.count == 2 {
            var surname = parts[0]
            for prefix in ["Mac", "Mc"] where surname.hasPrefix(prefix) { surname = surname.dropFirst(prefix.count); break }
            guard surname.count >= 2, surname.allSatisfy({ $0.isUppercase || "-'\u{2019}".contains($0) }) else { return false }
        }
        guard let given = parts.last?.trimmingCharacters(in: .whitespaces), !given.utf8.contains(32),
              given.first?.isUppercase == true else { return false }
        return GivenNames.contains(given.lowercased())
    }

    /// A given name before " in " and a form group, as a first-aider's or a TA's note writes a
    /// pupil ("Tyrese in 3M"): a common given name that is not more often a word ("Summer in
    /// 4C"), and a form group that is no dimension ("3D").
    public static func givenNameInForm(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let range = text.range(of: " in ", options: .backwards) else { return false }
        let given = text[..<range.lowerBound].lowercased()
        let group = text[range.upperBound...]
        guard !notFormGroups.contains(String(group)) else { return false }
        // ("in 6 Ash", a year and its class: not "in 2 Weeks".)
        if let space = group.firstIndex(of: " "), notYearClassWords.contains(group[group.index(after: space)...].lowercased()) { return false }
        return isCommonGiven(given)
    }

    /// A row's first cell that is a common given name alone, no everyday word ("Rhiannon,Y5,group
    /// C", not "Summer,Y5" or "Total,Y5"): each part of a double name one.
    public static func givenNameCell(_ bytes: [UInt8]) -> Bool {
        isCommonGiven(String(decoding: bytes.prefix { $0 != 44 && $0 != 9 }, as: UTF8.self).lowercased())
    }

    /// What follows "in" after a given name without being a form group ("Tyrese in 3D glasses").
    static let notFormGroups: Set<String> = ["3D", "2D", "4D", "4K", "8K", "5G", "4G", "3G"]

    /// Words after "in" and a number that make it no year and its class's name: a time ("in 6
    /// weeks"), a count ("in 2 more", "in 3 goes").
    static let notYearClassWords: Set<String> = ["weeks", "days", "months", "years", "hours", "mins", "minutes", "secs", "seconds",
                                             "wks", "hrs", "yrs", "times", "lessons", "sessions", "goes", "tries", "more", "other", "out", "and"]

    /// A given name in small letters and the form group after it, in a note written so: "kwame
    /// in 4B", or with the surname in a bracket before the form, "lily-rose (harper, 7C)". A
    /// common given name that is no everyday word ("summer in 4C"), no 3D or 4K after "in",
    /// and no family's or staff member's word in the bracket ("kwame (mum, 4B)"); or the year
    /// group first in the bracket ("kian (yr4, oak class)").
    public static func lowerCaseGivenNameInForm(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let space = text.firstIndex(of: " ") else { return false }
        let given = String(text[..<space])
        let rest = text[text.index(after: space)...]
        guard isCommonGiven(given) else { return false }
        if rest.hasPrefix("in ") {
            let group = rest.dropFirst(3)
            // (A year and its class's name, "in 6 oak"; not a time, "in 6 weeks".)
            if let space = group.firstIndex(of: " ") { return !notYearClassWords.contains(String(group[group.index(after: space)...])) }
            return !notFormGroups.contains(String(group))
        }
        // (The year group first in the bracket: "kian (yr4, oak class)".)
        if rest.hasPrefix("(y") || rest.hasPrefix("(Y") { return true }
        // (Or the year and a dash, no bracket: "her dau siobhan yr4 - mum says", round 2469's call log.)
        if rest.hasPrefix("yr") || rest.hasPrefix("Yr") || rest.hasPrefix("year") || rest.hasPrefix("Year") { return true }
        // (The form bare and small, a word perhaps after it, then a dash: "jean-luc 10f trombone -", a
        // brass teacher's diary, round 2869's; not a date's or a time's "10th", "2pm".)
        if let digit = rest.first, digit.isNumber {
            let letters = String(rest.drop { $0.isNumber }.prefix { $0.isLetter })
            return !["st", "nd", "rd", "th", "am", "pm"].contains(letters)
        }
        // (The form alone in the bracket, an initial perhaps before it: "ngozi a. (11T)".)
        if let open = rest.firstIndex(of: "("), rest[open...].dropFirst().first?.isNumber ?? false {
            let before = rest[..<open]
            return before.isEmpty || before.count <= 3 && before.first!.isLowercase && before.last == " "
        }
        // (The class's name alone and a dash after it: "- lily-mae (acorn) - mum disclosed", a forest
        // school's minutes, round 2084's; not a relation's or a role's word, "(mum) -".)
        if rest.hasPrefix("("), let close = rest.firstIndex(of: ")"), !rest[..<close].contains(",") {
            let word = String(rest[rest.index(after: rest.startIndex)..<close])
            let name = word.hasSuffix(" class") ? String(word.dropLast(6)) : word
            return !contactRelations.contains(name) && !roleWords.contains(name) && !phraseWords.contains(name)
        }
        guard rest.hasPrefix("("), let comma = rest.firstIndex(of: ",") else { return false }
        // (An initial before it, the surname capitalised: "jayden (J. Whitfield-Moore, yr4)".)
        var surname = String(rest[rest.index(after: rest.startIndex)..<comma]).lowercased()
        if surname.count > 3, surname.dropFirst().hasPrefix(".") { surname = String(surname.dropFirst(2).drop { $0 == " " }) }
        return !contactRelations.contains(surname) && !roleWords.contains(surname)
            && !phraseWords.contains(surname) && !GivenNames.wordLike.contains(surname)
    }

    /// A pupil's full name in small letters in a bracket after the name a note calls them by,
    /// the form group in the bracket or just after it, as a nurse's or a key worker's jotting
    /// writes it: "kez (keziah o'donnell-barnes, 8M)", "jonno (jonathan pryce) y11". The name
    /// as `inLowerCase` reads one (a common given name, a surname that is no note's word).
    public static func inLowerCaseBracketed(_ bytes: [UInt8]) -> Bool {
        // (After a nickname in quotes: "\"Kwaku\" (kwame asante-boateng) asking about ...".)
        let bytes = bytes.first == 34 ? Array(bytes.drop { $0 != 40 }) : bytes
        guard bytes.first == 40, let end = bytes.firstIndex(where: { $0 == 44 || $0 == 41 }) else { return false }
        var inner = Array(bytes[1..<end])
        // (The form after the name in the bracket, no comma between: "(rebecca tull 10HMD)".)
        if let space = inner.lastIndex(of: 32), space + 1 < inner.count, isDigit(inner[space + 1]) { inner = Array(inner[..<space]) }
        let withForm = bytes[end...].prefix { $0 != 41 }.contains(where: isDigit) || inner.count < end - 1
        // (The surname an initial: "pip (philippa h) - epipen".)
        let words = inner.split(separator: 32)
        // (Any letter but "a" and "i" in a bracket: "kac (kacper n, 7RS)", round 1877's handover.)
        if words.count == 2, words[1].count == 1, let initial = words[1].first, initial != 97, initial != 105 {
            let given = String(decoding: words[0], as: UTF8.self)
            return GivenNames.contains(given) && !GivenNames.wordLike.contains(given) && !lowerCaseWords.contains(given)
        }
        // (Initials for the given name and a double-barrelled surname, with a form: "quick one re TJ in
        // my period 3 yr 9 set (tj mcallister-reyes, 9RB)", round 2063's note to a head of year.)
        if words.count == 2, words[0].count == 2, bytes.contains(where: isDigit),
           !twoLetterWords.contains(String(decoding: words[0], as: UTF8.self)) {
            let parts = words[1].split(separator: 45)
            return parts.count == 2 && parts.allSatisfy { $0.count >= 2 && $0.allSatisfy { $0 >= 97 && $0 <= 122 || $0 == 39 } }
        }
        if inLowerCase(inner) { return true }
        // With a form group, a given name that is a word too: "quick one re ruby (ruby achterberg
        // 4M) - she was in tears again", round 2255's note; the surname no word nor given name.
        guard withForm, words.count == 2, words[1].count >= 4,
              words[1].allSatisfy({ $0 >= 97 && $0 <= 122 || $0 == 39 || $0 == 45 }) else { return false }
        let given = String(decoding: words[0], as: UTF8.self), surname = String(decoding: words[1], as: UTF8.self)
        return GivenNames.contains(given) && !GivenNames.contains(surname) && !isPhraseWordInLowerCase(surname)
            && !noteWords.contains(surname) && !FamousNames.all.contains(given + " " + surname)
    }

    /// A given name in small letters heading a note's line, perhaps with a short name in a
    /// bracket ("tyrese-jay - epipen in blue bag", "wiktoria (wiki) - ..."): a common given
    /// name, or two joined by a hyphen, the first no word a note writes in small letters
    /// ("amber - asthma plan", "will - ..."), the second none either unless it is a given name too.
    public static func lowerCaseGivenNoted(_ bytes: [UInt8]) -> Bool {
        let word = String(decoding: bytes.prefix(while: { $0 != 32 }), as: UTF8.self)
        let parts = word.split(separator: "-").map(String.init)
        guard !parts.isEmpty, parts.count <= 2, parts.allSatisfy({ $0 == $0.lowercased() }), !lowerCaseWords.contains(parts[0]) else { return false }
        // (A double given name's second part may be a word too when both are given names: "amara-rose
        // nana collected early, asked re bruise", round 2958's key worker's diary.)
        if parts.count == 2, lowerCaseWords.contains(parts[1]) { return isCommonGiven(parts[0]) && isCommonGiven(parts[1]) }
        return isCommonGiven(word)
    }

    /// "deshawn's asthma", "kacper’s mum": a common given name in small letters (no everyday
    /// word, as `lowerCaseGivenNoted` judges it) before its possessive.
    public static func lowerCaseGivenPossessive(_ bytes: [UInt8]) -> Bool {
        let name = bytes.prefix { $0 != 39 && $0 != 0xE2 }
        guard name.count < bytes.count else { return false }
        return lowerCaseGivenNoted(Array(name))
    }

    /// A given name with a primary class's name in brackets, as a DSL's or a TA's notes write a
    /// pupil ("Ruby (Hedgehogs)", "Ibrahim (Owls)", "Keira (Rowan)"): a common given name, then
    /// one capitalised word that is no given name (not a nickname, "Amelia (Millie)") unless
    /// classes are named after it (trees and birds: "Willow", "Robin"), nor a family's or a
    /// staff member's word ("Jack (Dad)", "Sam (TA)").
    public static func beforeClassName(_ bytes: [UInt8]) -> Bool {
        guard let open = bytes.lastIndex(of: 40), open >= 3, bytes.last == 41 else { return false }
        let given = String(decoding: bytes[..<open], as: UTF8.self).trimmingCharacters(in: .whitespaces).lowercased()
        guard !given.utf8.contains(32), GivenNames.contains(given), !GivenNames.wordLike.contains(given) else { return false }
        var inside = Array(bytes[(open + 1)..<(bytes.count - 1)])
        // (The year's number before the class's name: "Izzy (5 Oak) - told me at lunch that her dad
        // has gone to prison again", round 2371's pastoral notes. Not a count, "(3 Days)", nor a
        // book of the Bible, "(2 Kings)".)
        var year = false
        if let space = inside.firstIndex(of: 32), space > 0, space <= 2, inside[..<space].allSatisfy(isDigit) {
            inside.removeSubrange(...space)
            year = true
        }
        guard inside.count >= 3, inside.count <= 20, isUpper(inside[0]), inside.dropFirst().allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return false }
        let word = String(decoding: inside, as: UTF8.self).lowercased()
        if year, notYearClassWords.contains(word) || numberedBooks.contains(word) { return false }
        // A nickname, the given name's own first letters ("William (Willie) Beech", "Alexander (Alex)").
        if word.prefix(3) == given.prefix(3) { return false }
        if GivenNames.contains(word) { return classNames.contains(word) }
        return !notClassNames.contains(word)
    }

    /// Books of the Bible with a number before them ("1 Kings", "2 Corinthians").
    static let numberedBooks: Set<String> = ["kings", "chronicles", "corinthians", "thessalonians", "samuel", "timothy", "peter",
                                             "john", "esdras", "maccabees"]

    /// Given names primary classes are named after.
    static let classNames: Set<String> = ["willow", "hazel", "rowan", "holly", "ivy", "robin", "wren", "jay", "aspen",
                                          "juniper", "poppy", "daisy", "bluebell", "heather", "iris", "jasmine", "ruby",
                                          "amber", "jade", "pearl", "sapphire", "luna", "skye", "river", "phoenix"]

    /// Words in brackets after a given name that are no class.
    static let notClassNames: Set<String> = ["mum", "dad", "mother", "father", "nan", "nanna", "gran", "grandma",
                                             "grandad", "grandpa", "aunt", "auntie", "uncle", "sister", "brother",
                                             "carer", "parent", "teacher", "head", "deputy", "senco", "office", "cook",
                                             "headteacher", "headmaster", "headmistress", "principal", "dsl", "chaplain",
                                             "secretary", "manager", "bursar", "administrator", "receptionist", "technician",
                                             "librarian", "trustee", "treasurer",
                                             // A reading list's languages ("Sali Mali (Welsh)", round 730's).
                                             "welsh", "english", "french", "spanish", "german", "polish", "urdu", "irish",
                                             "gaelic", "cymraeg", "translated", "translation", "audiobook", "ebook", "picture",
                                             // A history lesson's offices ("David Lloyd George (Chancellor)").
                                             "chancellor", "president", "premier", "emperor", "empress", "pope", "senator",
                                             "minister", "general", "admiral", "commander", "chairman", "leader", "suffragette",
                                             "suffragist", "mp", "lord", "lady", "duke", "duchess", "earl", "countess",
                                             "caretaker", "nurse", "governor", "chair", "clerk", "student", "pupil",
                                             "child", "boy", "girl", "absent", "present", "late", "left", "new", "leaver",
                                             "author", "illustrator", "character", "narrator", "host", "guest", "organiser",
                                             "coach", "captain", "vice", "reserve", "sub", "goalkeeper", "age", "aged",
                                             "twin", "twins", "sibling", "siblings", "baby", "toddler", "optional", "tbc",
                                             "english", "maths", "science", "history", "geography", "music", "art", "french",
                                             "spanish", "german", "computing", "reading", "writing", "phonics", "football",
                                             "netball", "choir", "band", "orchestra", "drama", "dance", "swimming",
                                             // A concert programme's soloists ("Poppy (Violin)").
                                             "violin", "viola", "cello", "flute", "clarinet", "piano", "guitar", "drums",
                                             "trumpet", "saxophone", "oboe", "bassoon", "horn", "trombone", "harp", "vocals",
                                             "voice", "soprano", "alto", "tenor", "bass", "keyboard", "recorder", "ukulele",
                                             // An RE worksheet's "Christian (Catholic)".
                                             "catholic", "protestant", "anglican", "methodist", "baptist", "orthodox",
                                             "pentecostal", "quaker", "muslim", "sunni", "shia", "hindu", "sikh", "jewish",
                                             "buddhist", "christian", "christianity", "islam", "judaism", "hinduism", "sikhism",
                                             "buddhism", "atheist", "agnostic", "humanist"]

    /// An exam seating plan's desk: perhaps its seat ("A1"), a candidate number of four digits,
    /// then a surname in capitals and an initial ("1193 KAUR E", "A1 3542 / ABDI C"); the
    /// surname no word, acronym or place ("2024 NHS A", "1200 TOTAL B").
    public static func candidateSurnameInitial(_ bytes: [UInt8]) -> Bool {
        var words = bytes.split(whereSeparator: { $0 == 32 || $0 == 10 || $0 == 9 })[...]
        if let seat = words.first, seat.count <= 3, seat.count >= 2, isUpper(seat[seat.startIndex]), seat.dropFirst().allSatisfy(isDigit) {
            words = words.dropFirst()
            if words.first.map({ Array($0) == [47] }) == true { words = words.dropFirst() }
        }
        // An exam number, or in Scotland the candidate's SCN ("A1 / 134461314 / MACKENZIE R").
        guard let number = words.first, number.allSatisfy(isDigit),
              number.count == 4 || number.count == 9 && SCN.isValid(Array(number).digits) else { return false }
        words = words.dropFirst()
        if words.first.map({ Array($0) == [47] }) == true { words = words.dropFirst() }
        guard words.count == 2, let surname = words.first, let initial = words.last, initial.count == 1, isUpper(initial[initial.startIndex]),
              surname.count >= 2, surname.allSatisfy({ isUpper($0) || $0 == 45 || $0 == 39 }) else { return false }
        var name = String(decoding: surname, as: UTF8.self)
        for prefix in ["MAC", "MC"] where name.hasPrefix(prefix) && name.count > prefix.count + 1 { name = String(name.dropFirst(prefix.count)); break }
        return !notSurnamesInCapitals.contains(name.lowercased())
    }

    /// A forename and a surname in quotes, a record's values ("'Maisie', 'Fairclough'"): read as
    /// a name in prose is (a common given name, no school phrase, no one a school teaches
    /// about), and no made-up person ("'Test', 'Student'").
    public static func quotedPair(_ bytes: [UInt8]) -> Bool {
        let words = bytes.split(whereSeparator: { $0 == 39 || $0 == 44 || $0 == 32 })
        guard words.count == 2 else { return false }
        let name = String(decoding: words[0], as: UTF8.self) + " " + String(decoding: words[1], as: UTF8.self)
        return !isPlaceholderPerson(name) && !hasMadeUpSurname(name) && startsWithGivenName(name)
    }

    /// A list's line by surname, initials and year group in columns ("W01  Tremayne O.   Y10",
    /// a boarding house's laundry list): the surname no word of a school's phrases, title,
    /// month or day ("Group A.  Y9", "Room B.  Y7").
    public static func surnameInitialYear(_ bytes: [UInt8]) -> Bool {
        guard let space = bytes.firstIndex(of: 32), space >= 2 else { return false }
        return isPlainSurname(String(decoding: bytes[..<space], as: UTF8.self))
    }

    /// A surname no word of a school's phrases, title, month or day, nor a word a given name
    /// may be, each part of a hyphenated one.
    static func isPlainSurname(_ surname: String) -> Bool {
        surname.lowercased().split(separator: "-").allSatisfy { part in
            let word = String(part)
            return !phraseWords.contains(word) && !isTitle(word) && !calendarWords.contains(word) && !notNames.contains(word)
                && !GivenNames.wordLike.contains(word) && !notSurnamesInCapitals.contains(word)
        }
    }

    /// An absence record's subject after its label ("Staff absence record - O. Rees", "Return
    /// to work interview: Mrs D Patel", "Sickness record for Owen Rees"): an initial or a common
    /// given name (perhaps after a title), then a plain surname.
    public static func absenceRecordSubject(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let cut = [" - ", " \u{2013} ", ": ", " for "].compactMap({ text.range(of: $0)?.upperBound }).min() else { return false }
        var words = text[cut...].split(separator: " ").map(String.init)
        if let first = words.first, isTitle(first.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))) { words.removeFirst() }
        guard words.count == 2 else { return false }
        let given = words[0], surname = words[1]
        let initial = given.count == 1 || (given.count == 2 && given.hasSuffix("."))
        guard initial || GivenNames.contains(given.lowercased()) else { return false }
        let word = surname.lowercased()
        return word.count >= 3 && !sentenceOpeners.contains(word) && !roleWords.contains(word) && isPlainSurname(surname)
    }

    /// An initial and a surname before a post in brackets or a colon ("D. Okonkwo (", "C. Ní
    /// Bhriain:"): the surname no word of a school's phrases, title, month or day, nor a
    /// word a given name may be ("Plan B. Then").
    public static func initialSurname(_ bytes: [UInt8]) -> Bool {
        guard bytes.count > 4, bytes[1] == 46, bytes[2] == 32 else { return false }
        var rest = Array(bytes[3...])
        // (Its bracket, colon, or a table's bar or tab after it.)
        while let last = rest.last, last == 40 || last == 58 || last == 32 || last == 124 || last == 9 { rest.removeLast() }
        let words = String(decoding: rest, as: UTF8.self).split(separator: " ")
        guard let surname = words.last else { return false }
        let word = surname.lowercased()
        return word.count >= 3 && !sentenceOpeners.contains(word) && !roleWords.contains(word) && isPlainSurname(String(surname))
    }

    /// A titled name with a child's in brackets ("Mrs Hughes (Olivia)"): the bracket holds a
    /// common given name, not a subject or a role ("Mr Smith (Geography)").
    public static func titledParent(_ bytes: [UInt8]) -> Bool {
        guard let open = bytes.lastIndex(of: 40) else { return false }
        // (The child's form after a comma: "Mrs Dumitru (Ionut, 8D)".)
        var inside = String(decoding: bytes[(open + 1)...], as: UTF8.self).trimmingCharacters(in: CharacterSet(charactersIn: ") "))
            .split(separator: ",").first.map(String.init) ?? ""
        // ("Mr Emeka Okafor (for Chidi Okafor Y6)": the child after "for", a year after the name.)
        for lead in ["for ", "re "] where inside.hasPrefix(lead) { inside = String(inside.dropFirst(lead.count)) }
        if let last = inside.split(separator: " ").last, last.count <= 4, last.first == "Y" || last.first?.isNumber == true,
           last.contains(where: \.isNumber) {
            inside = inside.split(separator: " ").dropLast().joined(separator: " ")
        }
        guard let first = inside.split(separator: " ").first else { return false }
        // (Not a story's character: "Little Miss Sunshine (Roger Hargreaves)".)
        let titled = String(decoding: bytes[..<open], as: UTF8.self).split(separator: " ")
        if let surname = titled.last, storyWords.contains(surname.lowercased()) { return false }
        // (Nor a book's titled character and its book: "Miss Honey (Matilda)", round 689's.)
        if titled.count >= 2, titledCharacters.contains(titled.suffix(2).joined(separator: " ").lowercased()) { return false }
        return GivenNames.contains(first.lowercased()) && !FamousNames.all.contains(inside.lowercased())
    }

    /// A cell of a contact column ("Primary contact", "Contact"): a person ("Mrs K Wilson",
    /// "Sarah Hughes", "Mr and Mrs Adeyemi"), not a role or a team a staff handbook names
    /// ("Trust payroll team", "SENCo", "ICT Technician via the helpdesk").
    public static func contactCell(_ bytes: [UInt8]) -> Bool {
        guard let name = clean(String(decoding: bytes, as: UTF8.self)) else { return false }
        // A healthcare plan's row label where a contact would be ("GP", "SW"): letters in
        // capitals, three or fewer, are an abbreviation, not a name.
        if name.count <= 3, name.allSatisfy(\.isUppercase) { return false }
        for word in name.split(whereSeparator: { $0 == " " || $0 == "," }) {
            let lower = word.lowercased()
            if roleWords.contains(lower) || organisationWords.contains(lower) || phraseWords.contains(lower) { return false }
            // (Nor a school's or a utility's: a site poster's "Ashbrook Primary", "Yorkshire Water",
            // round 1198's.)
            if contactPlaceWords.contains(lower) { return false }
            // (A relation before the name in brackets, "Nan (Pauline Roper)": the relation is no name.)
            if contactRelations.contains(lower) { return false }
            if word.first?.isUppercase != true && !particles.contains(lower) && lower != "and" { return false }
        }
        return true
    }

    /// A school's kind and a utility's service, which end no contact's name.
    static let contactPlaceWords: Set<String> = ["primary", "infant", "infants", "junior", "juniors", "nursery", "water", "gas",
                                                 "electricity", "energy"]

    /// A family's words for its members, in small letters.
    static let relations: Set<String> = ["mum", "dad", "mother", "father", "nan", "nana", "nanna", "gran", "grandma", "grandad",
                                         "grandpa", "aunt", "auntie", "uncle", "stepmum", "stepdad", "sister", "brother"]
    static let contactRelations = relations.union(["carer", "guardian"])

    /// Words of school roles and teams, not of names.
    static let roleWords: Set<String> = [
        "senco", "sendco", "dsl", "ddsl", "team", "technician", "helpdesk", "office", "reception", "payroll", "headteacher",
        "head", "deputy", "manager", "officer", "coordinator", "co-ordinator", "admin", "ict", "hr", "bursar", "caretaker",
        "clerk", "governors", "teacher", "tutor", "assistant", "ta", "lsa", "desk", "lead", "staff", "colleague",
        // "Site Supervisor", "Mr Pablo Ruiz, MFL", "Miss Jo Haigh, PE": a role, or a member of
        // staff by department, as a handbook's or a booklet's contacts name them.
        "supervisor", "invigilator", "invigilators", "administrator", "secretary", "receptionist", "librarian", "principal",
        "director", "governor", "trustee", "chair", "hlta", "elsa", "mentor", "counsellor", "apprentice", "slt",
        "mfl", "pe", "re", "rs", "dt", "pshe", "rshe", "computing", "science", "sciences", "geography", "history",
        "humanities", "languages", "mathematics", "spanish", "french", "german", "music", "drama", "art", "eyfs",
        "ks1", "ks2", "ks3", "ks4", "ks5", "sixth", "pastoral", "premises", "site", "catering", "finance", "safeguarding",
        "attendance", "wellbeing", "hv", "lado", "duty", "helpline", "switchboard", "service", "services", "line",
        // A healthcare plan's contacts by who they are ("GP", "School nurse", "Consultant").
        "gp", "doctor", "nurse", "dentist", "consultant", "paediatrician", "surgery", "practice", "hospital", "clinic",
        "pharmacy", "optician", "physiotherapist", "therapist",
    ]

    /// A chaplaincy's roles, no surname after a given name that is a word of faith too:
    /// "Visiting Christian Chaplain (fortnightly)" (round 2699's staffing structure).
    static let faithRoles: Set<String> = ["chaplain", "chaplains", "chaplaincy", "imam", "rabbi", "vicar", "curate", "reverend"]

    /// A cell under a header that says only "Name" (a class list's, or a stock list's, a
    /// reading list's): a person's only if one of its words is a common given name
    /// ("Olivia Hughes", "HUGHES, Olivia"), so "Bunsen Burner" and "Holes" are not.
    /// Whether a name column's cell names a team or a mailbox ("Reception", "IT", "Office",
    /// "Coach Hire"): then the row's other name cells ("Exams | Office") are no one's either.
    /// (Asked of every name cell that is no name: on its bytes, lower-cased once.)
    static func namesTeam(_ text: String) -> Bool {
        let trimmed = CellText.trimmed(text)
        var lower = trimmed.utf8.contains(where: { $0 >= 0x80 }) ? trimmed.lowercased() : lowerASCII(trimmed.utf8)
        if notNames.contains(lower) { return true }
        return lower.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 32 { end += 1 }
                if end > start, organisationWordShapes.holds(bytes, start, end),
                   organisationWords.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) { return true }
                start = end + 1
            }
            return false
        }
    }

    /// "Mason -", "Anne-Marie –": a common given name before the dash of a note (not one
    /// that is more often a word, "Summer -", nor a thing's, "Rose -", "Holly -").
    public static func headsNote(_ bytes: [UInt8]) -> Bool {
        guard let space = bytes.firstIndex(of: 32) else { return false }
        // (In Markdown bold, "Geoff**": the name before its asterisks.)
        let word = String(decoding: bytes[..<space].prefix { $0 != 42 }, as: UTF8.self).lowercased()
        return GivenNames.contains(word) && !GivenNames.wordLike.contains(word) && !TableTokenizer.thingNames.contains(word)
    }

    /// A given name before "in your group" ("Poppy in your group has coeliac disease"): a
    /// word-like name too, or a class's (Poppy, Summer), which the words after it make a child's.
    public static func givenNameInGroup(_ bytes: [UInt8]) -> Bool {
        // (A line break may end it: "Gráinne⏎(Mr Mac Giolla's TA in Willow) won't be back", round 2972's.)
        guard let space = bytes.firstIndex(where: { $0 == 32 || $0 == 10 || $0 == 13 }) else { return false }
        return GivenNames.contains(String(decoding: bytes[..<space], as: UTF8.self).lowercased())
    }

    /// A given name and a surname "in" a primary class by its name ("Ilinca Moraru-Dobre in Foxes is
    /// currently living with her nan", round 2884's newsletter draft): a common given name, a surname
    /// that is no note's word, and a class named after animals or birds (a plural: "Foxes", "Owls")
    /// or trees and flowers (`classNames`, "Willow"); not a year group, which `person_name_in_year`
    /// reads, nor a place ("in Wales", "in Leeds").
    public static func givenSurnameInClass(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" }).map(String.init)
        guard words.count >= 4, let inIndex = words.firstIndex(of: "in"), inIndex == 2 else { return false }
        let given = words[0].lowercased(), surname = words[1].lowercased(), group = words[3].lowercased()
        guard isCommonGiven(given), !GivenNames.wordLike.contains(surname), !lowerCaseWords.contains(surname), !noteWords.contains(surname),
              !notClassNames.contains(group), !notInClassPlaces.contains(group) else { return false }
        return classNames.contains(group) || group.count >= 4 && group.hasSuffix("s") && !GivenNames.contains(group)
    }

    /// Places and words of four letters or more ending in "s" that follow "in" and are no class
    /// ("in Wales", "in Leeds", "in lessons"): only such a word could pass as one.
    static let notInClassPlaces: Set<String> = ["wales", "leeds", "paris", "athens", "brussels", "barnes", "lyons",
                                                "years", "sessions", "lessons", "class", "classes",
                                                "groups", "sets", "forms", "pairs", "threes", "fours", "tens", "minutes", "hours",
                                                "days", "weeks", "months", "terms", "maths",
                                                "assemblies", "lunches", "tears", "bits", "pieces", "pyjamas", "shorts", "trousers",
                                                "goals", "nets", "plays", "arts", "sciences", "humanities", "languages", "games",
                                                "sports", "athletics", "gymnastics", "singles", "doubles", "mocks", "exams"]

    /// A given name and the short form staff call the child by, in a bracket ("Lottie-Mae
    /// (Lotts) v. unsettled again", round 2173's nursery observations; "Jonathan (Jonno)"):
    /// a common given name, the bracket's word beginning as it does and no other word of it.
    public static func givenNameShortForm(_ bytes: [UInt8]) -> Bool {
        guard let open = bytes.firstIndex(of: 40), open > 1, bytes.last == 41 else { return false }
        let name = String(decoding: bytes[..<(open - 1)], as: UTF8.self).lowercased()
        let short = String(decoding: bytes[(open + 1)..<(bytes.count - 1)], as: UTF8.self).lowercased()
        let first = name.split(separator: "-").first.map(String.init) ?? name
        // (Shorter than the name: not a word beginning as it does, "Mark (Marking)", "Holly (Hollies)".)
        guard short.count >= 2, short.count < name.count, short != first, isCommonGiven(first),
              name.prefix(2) == short.prefix(2) else { return false }
        return !GivenNames.wordLike.contains(short) && !lowerCaseWords.contains(short) && !noteWords.contains(short)
    }

    /// A given name's possessive ("Poppy's button", "Isla’s mum"): the word before the
    /// apostrophe a common given name, not one more often a word ("Summer's").
    public static func givenNamePossessive(_ bytes: [UInt8]) -> Bool {
        guard let apostrophe = bytes.firstIndex(where: { $0 == 39 || $0 == 0xE2 }) else { return false }
        return isCommonGiven(String(decoding: bytes[..<apostrophe], as: UTF8.self).lowercased())
    }

    /// A message's signature under its sign-off ("Cheers,\nDaniel Ferreira"): the last line a
    /// common given name and a surname, no one's famous.
    public static func signOffName(_ bytes: [UInt8]) -> Bool {
        let line = bytes.split(whereSeparator: { $0 == 10 || $0 == 13 }).last.map { String(decoding: $0, as: UTF8.self) } ?? ""
        return startsWithGivenName(CellText.trimmed(line))
    }

    /// A given name as the second word, after a verb ("Mae Lili-Mai (grŵp y Gwenyn) wedi cael
    /// diagnosis": Welsh's "Mae", is).
    public static func givenNameSecond(_ bytes: [UInt8]) -> Bool {
        guard let space = bytes.firstIndex(of: 32) else { return false }
        var rest = bytes[(space + 1)...]
        // (Welsh "Mae gan Nel ..." (Nel has): the name after "gan".)
        if rest.starts(with: "gan ".utf8) { rest = rest.dropFirst(4) }
        // (In Markdown bold: "mae **Gwenllian** (Ystafell y Dreigiau) wedi cael ffit".)
        while rest.first == 42 { rest = rest.dropFirst() }
        let end = rest.firstIndex(where: { $0 == 32 || $0 == 40 || $0 == 42 }) ?? rest.endIndex
        return GivenNames.contains(String(decoding: rest[..<end], as: UTF8.self).lowercased())
    }

    /// A family by its surname and its children by their given names: "the Dunmore family
    /// (Callum, Y3 and Isla, Y1)" (round 1059's PTA minutes). The surname no word a family is
    /// called by ("the Foster family" is one, "the Host family" none), the first word in the
    /// brackets a common given name, and the pair no story's ("the Weasley family (Ron ...").
    public static func familyWithChildren(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        let words = text.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == "," || $0 == ")" })
        guard words.count >= 4, words[2] == "family" else { return false }
        let surname = words[1].lowercased(), given = words[3].lowercased()
        guard !familyKinds.contains(surname), !GivenNames.contains(surname), isCommonGiven(given) else { return false }
        return !FamousNames.pair(given, surname)
    }

    /// Words before "family" that say which kind, not whose.
    static let familyKinds: Set<String> = ["host", "royal", "whole", "same", "other", "extended", "adoptive", "birth", "new",
                                           "school", "next", "first", "last", "nuclear", "blended", "wider", "entire", "english",
                                           "welsh", "scottish", "irish", "british", "polish", "ukrainian", "syrian", "afghan"]

    /// A given name in quotes, the name a pupil goes by, then the surname: "\"Freddie\"
    /// Featherstone-Lowe" (straight or curly quotes). The given name a common one, the two a
    /// name as `holdsGivenName` reads one.
    public static func quotedGivenSurname(_ bytes: [UInt8]) -> Bool {
        var text = String(decoding: bytes, as: UTF8.self)
        text.removeAll { $0 == "\"" || $0 == "\u{201C}" || $0 == "\u{201D}" }
        guard let given = text.split(separator: " ").first, isCommonGiven(given.lowercased()) else { return false }
        return holdsGivenName(Array(text.utf8))
    }

    public static func holdsGivenName(_ bytes: [UInt8]) -> Bool {
        guard let name = clean(String(decoding: bytes, as: UTF8.self)) else { return false }
        // A support role written as staff write it, no one's name: "Base TA", "1:1 LSA", "Floating HLTA"
        // (a provision map's Staff column, round 792's).
        if endsWithPost(name.split(separator: " ").last) { return false }
        var words = name.lowercased().split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        // "Mr Ahmed" (a fixtures list's member of staff) names a surname only: a given name
        // must follow the title ("Mrs Sarah Hughes").
        // (Or an initial: "Mrs P Thakrar", "Thakrar, Mrs P", a cover manager's list of who is off.)
        // (The initial with its full stop too: "Mrs P. Kowalczyk".)
        func isInitial(_ word: String) -> Bool { word.count == 1 || (word.count == 2 && word.hasSuffix(".")) }
        if words.count == 3, isTitle(words[1]), isInitial(words[2]), isLetterWord(words[0]) { return true }
        if let title = words.first, isTitle(title) {
            words.removeFirst()
            guard words.count >= 2 else { return false }
            if words.count == 2, isInitial(words[0]), isLetterWord(words[1]) { return true }
        }
        // The given name comes first ("Olivia Hughes") or last ("HUGHES, Olivia", "Hughes
        // Olivia"); a supplier's or a thing's name ("Hope Education", "Philip Harris
        // Education") has a word of an organisation.
        // A book's or a film's title is no name ("Harry Potter and the Philosopher's Stone",
        // "Oliver Twist" in a library's stock list): two to four words, none a small word of
        // a title, not a character a school reads about.
        // (A monarch by the numeral after the name, a history worksheet's "Edward I", "Henry VIII".)
        guard let first = words.first, let last = words.last, words.count <= 4, !regnalNumerals.contains(last),
              !words.contains(where: { organisationWords.contains($0) || placeWords.contains($0) || titleWords.contains($0) }),
              !FamousNames.all.contains(words.joined(separator: " ")), !storyFirstWords.contains(first),
              // (A famous name with a middle one: "Marie Sklodowska Curie".)
              words.count < 3 || !FamousNames.all.contains(first + " " + last),
              // ("Mark Scheme", "Mark Sheet": a given name that is a word of marking too.)
              !(first == "mark" && DocumentState.markPhraseWords.contains(words[1])) else { return false }
        let afterComma = name.split(separator: ",").dropFirst().first?.split(separator: " ").first.map { $0.lowercased() }
        if [first, last, afterComma ?? last].contains(where: GivenNames.contains) { return true }
        // A given name that is an everyday word too, in a column of people ("Payee | Mark Nowak",
        // round 660's refunds): before a surname that is no word of a mark scheme or a list.
        return words.count == 2 && columnGivenNames.contains(first) && isLetterWord(last) && !lowerCaseWords.contains(last)
            && !columnThingWords.contains(last) && !GivenNames.contains(last)
    }

    /// Given names left out of the lists as everyday words, taken in a column of people.
    static let columnGivenNames: Set<String> = ["mark", "will", "bill", "frank", "pat", "sue", "guy", "dean", "ray", "drew",
                                                "miles", "dawn", "rose", "joy", "june", "holly", "robin", "glen", "rich", "don"]
    /// What such a word names besides a person ("Mark scheme", "Will writing", "Rose Garden").
    static let columnThingWords: Set<String> = ["scheme", "schemes", "sheet", "sheets", "book", "books", "up", "down", "writing",
                                                "garden", "gardens", "bowl", "cottage", "bush", "hill", "road", "lane", "street", "bed",
                                                "total", "totals", "entry", "entries", "allocation", "allocations", "grade", "grades"]

    static let regnalNumerals: Set<String> = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]

    /// A surname's word, for a titled initial's: letters (and a hyphen or an apostrophe), no
    /// organisation's, place's or phrase's word.
    static func isLetterWord(_ word: String) -> Bool {
        word.count >= 2 && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" }
            && !organisationWords.contains(word) && !placeWords.contains(word) && !phraseWords.contains(word) && !fieldWords.contains(word)
    }

    /// A name typed in small letters into a form's name field ("ruby-jean platt", "zac
    /// pemberton"), capitalised: two or three words of letters, the first a common given
    /// name, none a small word or a school's ("ollie and sam", "nobody really" are none).
    static func capitalisedTypedName(_ text: String) -> String? {
        guard let head = text.utf8.first, head >= 97, head <= 122,
              text.utf8.allSatisfy({ ($0 >= 97 && $0 <= 122) || $0 == 32 || $0 == 45 || $0 == 39 }) else { return nil }
        let words = text.split(separator: " ").map(String.init)
        guard (2...3).contains(words.count), let first = words.first,
              isCommonGiven(first) || first.split(separator: "-").first.map({ isCommonGiven(String($0)) }) == true,
              !words.contains(where: { smallWords.contains($0) || phraseWords.contains($0) || placeWords.contains($0)
                  || organisationWords.contains($0) || GivenNames.wordLike.contains($0) })
        else { return nil }
        return words.map { word in
            word.split(separator: "-", omittingEmptySubsequences: false).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
        }.joined(separator: " ")
    }

    /// A name in a file's or a folder's name ("File: Olivia Hughes", or as a register lists
    /// pupils, surname first: "File: Rhodes Ruby - 2811"): a given name first, or a surname
    /// that is no word of a school's phrases before one.
    public static func inFileName(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let colon = text.firstIndex(of: ":") else { return false }
        let words = CellText.trimmed(String(text[text.index(after: colon)...])).split(separator: " ").map { $0.lowercased() }
        // (A history project's "Florence Nightingale.pptx" is no pupil's file.)
        if afterLabel(bytes) { return !FamousNames.all.contains(words.joined(separator: " ")) }
        guard words.count == 2, !GivenNames.contains(words[0]), GivenNames.contains(words[1]) else { return false }
        // (A monarch's or a saint's title before the name, "Queen Victoria", "Saint George".)
        return !royalTitles.contains(words[0]) && !phraseWords.contains(words[0]) && isPlainSurnameWord(words[0])
            && !FamousNames.all.contains(words[1] + " " + words[0])
    }

    /// A file name's surname (in lower case) that is no place's, organisation's or month's word.
    static func isPlainSurnameWord(_ word: String) -> Bool {
        !placeWords.contains(word) && !organisationWords.contains(word) && !calendarWords.contains(word)
    }

    /// A file named for what it is and then whose: "session notes - Amelia Thornbury 12.11.txt",
    /// a speech therapist's (round 1170's). After the "File: " line's " - ", a common given name
    /// and a surname (`startsWithGivenName`, which rules out the famous), the surname a plain one.
    public static func inFileNameAfterDash(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.hasPrefix("File: "), let dash = text.range(of: " - ", options: .backwards) else { return false }
        let name = String(text[dash.upperBound...])
        let words = name.split(separator: " ").map { $0.lowercased() }
        return words.count == 2 && startsWithGivenName(name) && isPlainSurnameWord(words[1])
    }

    /// Titles of monarchs, nobles and saints, never a surname before a given name.
    static let royalTitles: Set<String> = ["queen", "king", "prince", "princess", "saint", "st", "lord", "lady", "sir", "dame",
                                           "duke", "duchess", "emperor", "empress", "pope", "tsar", "czar", "pharaoh", "chief"]

    /// A photograph or a video named after the pupil in it, as a list of a trip's or a
    /// website's pictures writes them: "IMG_4100_Amara_Okonkwo.jpg", "Liam_OBrien_sports_day.JPG".
    /// Two words joined by an underscore, the first a common given name (not one more often a
    /// word: "Summer_Fair"), the second capitalised and no word of a school's phrases, a place,
    /// an organisation or a month; no one a school teaches about ("Grace_Darling_poster.png").
    public static func inPhotoFileName(_ bytes: [UInt8]) -> Bool {
        let stem = bytes.prefix { $0 != 46 } // without the extension
        let words = stem.split(whereSeparator: { $0 == 95 || $0 == 32 }).map { String(decoding: $0, as: UTF8.self) }
        for (given, surname) in zip(words, words.dropFirst()) {
            guard let initial = given.unicodeScalars.first, initial.properties.isUppercase,
                  let first = surname.unicodeScalars.first, first.properties.isUppercase,
                  surname.dropFirst().contains(where: \.isLowercase) else { continue }
            let lowerGiven = given.lowercased(), lowerSurname = surname.lowercased()
            guard isCommonGiven(lowerGiven), !phraseWords.contains(lowerSurname), !placeWords.contains(lowerSurname),
                  !organisationWords.contains(lowerSurname), !calendarWords.contains(lowerSurname),
                  !notNames.contains(lowerSurname), !FamousNames.pair(lowerGiven, lowerSurname) else { continue }
            return true
        }
        return false
    }

    /// A letter's addressee without a title ("Kelly Beech" over "45 Sandford Street"): the
    /// first line is a name that starts with a common given name, no one a school teaches about.
    public static func addressee(_ bytes: [UInt8]) -> Bool {
        let line = String(decoding: bytes.prefix { $0 != 10 && $0 != 13 }, as: UTF8.self)
        return startsWithGivenName(CellText.trimmed(line)) && !FamousNames.all.contains(line.lowercased().trimmingCharacters(in: .whitespaces))
    }

    /// A name and a home address on one line, down to the postcode: "(Màiri MacAulay, 3 Sràid
    /// na h-Eaglaise, Tobar Mhoire PA75 6NT)" (round 1113's class notes). The name a common given
    /// name's and no one's famous, no word of an organisation in it or in the address (a
    /// company's or a school's own: "Grace Coaches, 4 Mill Lane, Leeds LS6 2AB"), and a valid
    /// postcode at the end.
    public static func namedInlineAddress(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let comma = text.firstIndex(of: ",") else { return false }
        let name = CellText.trimmed(String(text[..<comma]))
        func words(_ part: Substring) -> [String] {
            part.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" }).map(String.init)
        }
        func organisations(_ word: String) -> Bool { organisationWords.contains(word) || blockWords.contains(word) || roleWords.contains(word) }
        guard startsWithGivenName(name), !words(text[...]).contains(where: organisations) else { return false }
        // (Not a building's name before its street: a charity's "Wells Lawrence House, 126 Back
        // Church Lane, London E1 1FH", round 2349's contacts list.)
        if let last = words(Substring(name)).last, buildingNames.contains(last) { return false }
        let parts = text.split(separator: " ")
        return Postcode.isValid(Array(parts.suffix(2).joined().utf8)) || Postcode.isValid(Array(parts.suffix(1).joined().utf8))
    }

    /// A letter's addressee over an address without a house number ("Mr and Mrs Douglas
    /// Whitcombe\nLarch Barn\nBishops Frome\nWorcester WR6 5AT"): the titled name's line holds
    /// no post ("Mrs J Kerr, Headteacher"), no line of the block an organisation's word (a
    /// school's, a council's, a company's address under its head's name), and the block
    /// ends in a valid postcode.
    public static func addressBlock(_ bytes: [UInt8]) -> Bool {
        let lines = bytes.split(whereSeparator: { $0 == 10 || $0 == 13 }).map { String(decoding: $0, as: UTF8.self) }
        guard lines.count >= 3, let first = lines.first, let last = lines.last else { return false }
        func words(_ line: String) -> [String] {
            line.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" }).map(String.init)
        }
        let nameWords = words(first)
        func organisations(_ word: String) -> Bool { organisationWords.contains(word) || blockWords.contains(word) }
        guard !nameWords.contains(where: { roleWords.contains($0) || organisations($0) }),
              !FamousNames.all.contains(nameWords.dropFirst().joined(separator: " ")) else { return false }
        for line in lines.dropFirst() where words(line).contains(where: organisations) {
            return false
        }
        // (The postcode's two parts, or one: "WR6 5AT", "WR65AT".)
        let parts = last.split(separator: " ")
        return Postcode.isValid(Array(parts.suffix(2).joined().utf8)) || Postcode.isValid(Array(parts.suffix(1).joined().utf8))
    }

    /// A building's name's last word, which no family is called: "Lawrence House", "Kestrel Court".
    static let buildingNames: Set<String> = ["house", "court", "buildings", "building", "tower", "towers", "mews", "centre",
                                             "works", "wharf", "quay", "plaza", "exchange"]

    /// Words of an organisation's or an office's address block, beyond `organisationWords`.
    static let blockWords: Set<String> = [
        "directorate", "offices", "unit", "headteacher", "principal", "governors", "governor", "faculty", "campus",
        "llp", "chambers", "hmrc", "dfe", "ofsted", "hospital", "po", "box", "suite", "industrial", "enterprise",
        "trading", "commercial",
    ]

    /// A statement's or a declaration's maker ("I, Callum Beddoes, of 8 Gasworks Lane",
    /// "I, Mrs Amelia Clarke, make this statement"): the words between "I," and the next
    /// comma, a title perhaps first, are a name in running text.
    public static func statementMaker(_ bytes: [UInt8]) -> Bool {
        guard let comma = bytes.firstIndex(of: 44) else { return false }
        let rest = bytes[(comma + 1)...].drop { $0 == 32 }
        guard let end = rest.firstIndex(of: 44) else { return false }
        var name = Array(rest[..<end])
        if let space = name.firstIndex(of: 32),
           isTitle(String(decoding: name[..<space], as: UTF8.self).lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))) {
            name = Array(name[(space + 1)...])
        }
        return inRunningText(name)
    }

    /// A chat export's sender ("[12/03/2025, 19:04] Imran Mills: " from an iPhone,
    /// "12/03/2025, 19:04 - Imran Mills: " from Android): the words between the time and
    /// the colon are a name that starts with a common given name.
    public static func chatSender(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let start = text.range(of: "] ") ?? text.range(of: " - "), let colon = text.lastIndex(of: ":"),
              start.upperBound < colon else { return false }
        return startsWithGivenName(String(text[start.upperBound..<colon]))
    }

    /// A name and its account's username in brackets, the username holding the surname or the
    /// given name (three letters or more): "Zoë Hartley-Nash (23hartleynashZ)", "Tom Price (tprice)".
    public static func withUsername(_ bytes: [UInt8]) -> Bool {
        guard let open = bytes.firstIndex(of: 40), open > 0, bytes.last == 41 else { return false }
        let name = String(decoding: bytes[..<(open - 1)], as: UTF8.self)
        guard startsWithGivenName(name) else { return false }
        let username = String(decoding: bytes[(open + 1)..<(bytes.count - 1)], as: UTF8.self).lowercased().filter(\.isLetter)
        let words = name.split(separator: " ").map { String($0.lowercased().filter { $0.isASCII && $0.isLetter }) }
        return words.contains { $0.count >= 3 && username.contains($0) }
    }

    /// A calendar invitation's display name, "CN=Priya Raval:" or "CN=Łukasz Nowak;": a common
    /// given name first, and no office's, room's or team's word after it.
    public static func calendarAttendee(_ bytes: [UInt8]) -> Bool {
        guard bytes.count > 4, let last = bytes.last, last == 58 || last == 59 else { return false }
        // (Without its quotes and a post in brackets: 'CN="Agnieszka Nowak"', "CN=Kim Baxter (Family Support Worker):".)
        var inner = bytes[3..<(bytes.count - 1)]
        if let open = inner.firstIndex(of: 40) { inner = inner[..<open] }
        let name = String(decoding: inner.filter { $0 != 34 }, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        // (Or a Vietnamese name, its family name first: "CN=Nguyễn Văn Long", round 813's.)
        if let family = name.split(separator: " ").first, name.utf8.contains(32),
           vietnameseFamilyNames.contains(vietnameseFolded(family)), vietnameseName(Array(name.utf8)) { return true }
        return startsWithGivenName(name)
            && !name.split(separator: " ").dropFirst().contains { organisationWords.contains($0.lowercased()) }
    }

    /// An exam entries record's "SURNAME:FORENAMES" after its number ("…614SUTCLIFFE:MUHAMMAD THOMAS"): the first
    /// forename a common given name, the surname not a label ("NOTE:", "RE:", "SUBJECT:").
    public static func examEntry(_ bytes: [UInt8]) -> Bool {
        guard let colon = bytes.firstIndex(of: 58) else { return false }
        let start = bytes.firstIndex { $0 < 48 || $0 > 57 } ?? 0 // after the record's number
        guard start < colon else { return false }
        let surname = String(decoding: bytes[start..<colon], as: UTF8.self).lowercased()
        let forenames = bytes[(colon + 1)...].split(separator: 32).map { String(decoding: $0, as: UTF8.self).lowercased() }
        guard surname.count >= 2, let first = forenames.first, GivenNames.contains(first), !GivenNames.wordLike.contains(first),
              !entryLabels.contains(surname), !fieldWords.contains(surname), !isTitle(surname), !roleWords.contains(surname) else { return false }
        return !forenames.contains { phraseWords.contains($0) || calendarWords.contains($0) }
    }

    /// A passenger record's name ("NOWAK/JAKUB 22APR11 F GBR"): a surname, a slash, forenames
    /// in capitals, the first a common given name, then the date of birth.
    public static func passenger(_ bytes: [UInt8]) -> Bool {
        guard let slash = bytes.firstIndex(of: 47) else { return false }
        let surname = String(decoding: bytes[..<slash], as: UTF8.self).lowercased()
        let forenames = bytes[(slash + 1)...].split(separator: 32).prefix { !($0.first.map(isDigit) ?? true) }
            .map { String(decoding: $0, as: UTF8.self).lowercased() }
        guard surname.count >= 2, let first = forenames.first, GivenNames.contains(first), !GivenNames.wordLike.contains(first),
              !entryLabels.contains(surname), !fieldWords.contains(surname), !isTitle(surname), !roleWords.contains(surname) else { return false }
        return !forenames.contains { phraseWords.contains($0) || calendarWords.contains($0) }
    }

    /// "ADEYEMI, Esther": a surname of three capitals or more (after "Mc" or "Mac") that is
    /// no word, label or place written in capitals, then a common given name.
    public static func capsReversed(_ bytes: [UInt8]) -> Bool {
        guard let comma = bytes.firstIndex(of: 44) else { return false }
        var surname = String(decoding: bytes[..<comma], as: UTF8.self)
        for prefix in ["Mac", "Mc"] where surname.hasPrefix(prefix) { surname = String(surname.dropFirst(prefix.count)); break }
        let given = String(decoding: bytes[(comma + 1)...], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        guard !placeholders.contains(given.lowercased() + " " + surname.lowercased()), surname.count >= 3, surname.allSatisfy({ $0.isUppercase || "-'\u{2019}".contains($0) }),
              GivenNames.contains(given.lowercased()), !GivenNames.wordLike.contains(given.lowercased()) else { return false }
        return !notSurnamesInCapitals.contains(surname.lowercased())
    }

    /// A name written surname first in brackets or quotes, as a system's log or an import
    /// report writes a pupil ("pupil C383241517545 (Okafor, Chidi)", "incoming 'Begum,
    /// Ayesha'"): a capitalised surname that is no word, place or sentence opener ("However,
    /// Grace"), then a common given name; not a famous person's ("(Dickens, Charles)").
    public static func reversedInBrackets(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: CharacterSet(charactersIn: "()'\"\u{2018}\u{2019}"))
        let parts = text.components(separatedBy: ", ")
        guard parts.count == 2 else { return false }
        let surname = parts[0].lowercased(), given = parts[1].lowercased()
        guard isCommonGiven(given), !placeholders.contains(given + " " + surname), !isPlaceholderWord(surname),
              !FamousNames.pair(given, surname) else { return false }
        // (Nor a post before an organisation's name: "Director, Hussain Accountancy Ltd".)
        return !notSurnamesInCapitals.contains(surname) && !sentenceOpeners.contains(surname) && !roleWords.contains(surname)
            && !["partner", "treasurer", "member", "owner", "founder", "patron", "volunteer", "shareholder"].contains(surname)
    }

    /// Two lines of a list, each a surname, a comma and a common given name ("Begum, Ibrahim\n
    /// Gallacher, Esme"), perhaps figures after ("Sutcliffe, Callum 3.8-7.8 8 67").
    public static func reversedListPair(_ bytes: [UInt8]) -> Bool {
        let lines = bytes.split(separator: 10, omittingEmptySubsequences: false)
        guard lines.count == 2 else { return false }
        return lines.allSatisfy { line in
            // The name before any figures: "Surname, Given" and what follows a space.
            guard let comma = line.firstIndex(of: 44) else { return false }
            var end = line.index(after: comma)
            if end < line.endIndex, line[end] == 32 { end += 1 }
            while end < line.endIndex, line[end] != 32, line[end] != 9, line[end] != 13 { end += 1 }
            return reversedInBrackets(Array(line[line.startIndex..<end]).filter { $0 != 9 })
        }
    }

    /// A label, a colon, then a surname, a comma and a common given name ("Pupil: Mensah,
    /// Zainab", an MIS report's).
    public static func labelledReversed(_ bytes: [UInt8]) -> Bool {
        guard let colon = bytes.firstIndex(of: 58) else { return false }
        return reversedInBrackets(Array(bytes[(colon + 1)...].drop { $0 == 32 || $0 == 9 }))
    }

    /// A numbered heading, then a surname, a comma and a common given name: an appeal clerk's
    /// "Appeal 3 of 9 - Adeyemi, Oluwaseun  (WL2)", "Case 4: Begum, Ayesha" (round 795's notes).
    /// The words after the heading's last dash or colon, as `reversedInBrackets` reads them.
    public static func numberedHeadingReversed(_ bytes: [UInt8]) -> Bool {
        guard let comma = bytes.lastIndex(of: 44) else { return false }
        var start = comma
        while start > 0, bytes[start - 1] != 32 { start -= 1 }
        return reversedInBrackets(Array(bytes[start...]))
    }

    /// The words after a Vietnamese family name ("Nguyễn Thị Mai", "Tran Bao Anh") are name
    /// syllables, not a sentence's words after a name given first: a PDF table's "Minh Anh
    /// Nguyễn | Not in 3 days" read as one line (round 798's pastoral log).
    public static func vietnameseName(_ bytes: [UInt8]) -> Bool {
        let words = String(decoding: bytes, as: UTF8.self).split(separator: " ").dropFirst()
        guard !words.isEmpty else { return false }
        return words.allSatisfy { vietnameseSyllables.contains(vietnameseFolded($0)) }
    }

    /// A Vietnamese word in small letters without its marks ("Đặng" -> "dang").
    static func vietnameseFolded(_ word: Substring) -> String {
        word.lowercased().replacingOccurrences(of: "đ", with: "d").folding(options: .diacriticInsensitive, locale: nil)
    }

    /// The commonest Vietnamese family names, without their marks.
    static let vietnameseFamilyNames: Set<String> = ["nguyen", "tran", "pham", "hoang", "huynh", "dang", "bui", "do", "ngo",
                                                     "duong", "truong", "luong", "dinh", "vo", "vu", "le", "phan", "ly", "ho"]

    /// Syllables of Vietnamese given and middle names, without their marks.
    static let vietnameseSyllables: Set<String> = [
        "an", "anh", "ba", "bach", "bang", "bao", "bay", "bich", "binh", "bui", "cam", "canh", "chau", "chi", "chinh",
        "cong", "cuc", "cuong", "dai", "dam", "dan", "dang", "danh", "dao", "dat", "diem", "diep", "dieu", "dinh",
        "doan", "dong", "duc", "dung", "duong", "duy", "gia", "giang", "giao", "ha", "hai", "han", "hang", "hanh",
        "hao", "hau", "hien", "hieu", "hoa", "hoai", "hoan", "hoang", "hoanh", "hong", "hop", "hue", "hung", "huong",
        "huu", "huy", "huyen", "huynh", "kha", "khac", "khai", "khang", "khanh", "khiem", "khoa", "khoi", "khue",
        "khuong", "kien", "kieu", "kim", "lam", "lan", "lap", "le", "lien", "linh", "loan", "loc", "loi", "long",
        "luan", "luong", "luu", "ly", "mai", "manh", "mau", "minh", "my", "nam", "nga", "ngan", "nghia", "ngo", "ngoc",
        "ngon", "nguyen", "nguyet", "nhan", "nhat", "nhi", "nhien", "nhu", "nhuan", "nhung", "nu", "oai", "oanh",
        "pham", "phan", "phat", "phi", "phong", "phu", "phuc", "phung", "phuoc", "phuong", "quan", "quang", "quoc",
        "quy", "quyen", "quynh", "sang", "si", "sinh", "son", "suong", "sy", "tai", "tam", "tan", "thach", "thai",
        "thang", "thanh", "thao", "thi", "thien", "thinh", "tho", "thoa", "thong", "thu", "thuan",
        "thuc", "thuong", "thuy", "thuyen", "tien", "tiep", "tin", "tinh", "toan", "tra", "tram", "tran", "trang",
        "tri", "trieu", "trinh", "trong", "truc", "trung", "truong", "tu", "tuan", "tue", "tung", "tuong", "tuyen",
        "tuyet", "ut", "uy", "uyen", "van", "vi", "vien", "viet", "vinh", "vo", "vu", "vuong", "vy", "xuan", "y", "yen",
    ]

    /// A calendar event about someone: its kind, a dash, then the name ("SUMMARY:Annual review -
    /// Mai Nguyễn 11T", "Mock interview – Priya Venkataraman (Medicine\, Cambridge)", rounds 792
    /// and 798). The words after the event's last dash as in running text.
    public static func eventSubject(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let dash = [" - ", " \u{2013} ", " \u{2014} "].compactMap({ text.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound })
        else { return false }
        return inRunningText(foldedCapitals(Array(text[dash.upperBound...].utf8)))
    }

    /// Words that open a sentence before a comma and a name ("However, Grace ...", "Thanks, Amelia").
    static let sentenceOpeners: Set<String> = [
        "however", "yesterday", "today", "tomorrow", "tonight", "meanwhile", "afterwards", "finally", "firstly", "secondly",
        "thirdly", "lastly", "also", "then", "later", "sadly", "thankfully", "luckily", "unfortunately", "fortunately", "well",
        "okay", "ok", "yes", "no", "hello", "hi", "hey", "dear", "thanks", "sorry", "please", "again", "now", "so", "and", "but",
        "morning", "afternoon", "evening", "congratulations", "welcome", "cheers", "regards", "remember", "look", "listen",
        "suddenly", "eventually", "instead", "overall", "otherwise", "still", "anyway", "indeed", "first", "next", "once",
    ]

    /// A label, then a surname in capitals and a given name ("Candidate: BRENNAN Tyler"): the
    /// surname no word or label written in capitals, the given name a common one.
    public static func labelledSurnameFirst(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let separator = text.firstIndex(where: { $0 == ":" || $0 == "\t" }) else { return false }
        return surnameInCapitalsThenGiven(text[text.index(after: separator)...])
    }

    /// "BRENNAN Tyler": a surname in capitals, then a common given name.
    static func surnameInCapitalsThenGiven(_ text: Substring) -> Bool {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        return words.count == 2 && isSurnameInCapitals(String(words[0])) && isCommonGiven(words[1].lowercased())
    }

    /// Two lines of a list without a header, each a surname in capitals then a common given
    /// name, as a SIMS export or a typed list writes its pupils: "- ASHDOWN Reuben 19.01.21 -
    /// EYPP yes", "MCALINDEN Orlaith      cand 51204", "NI BHRIAIN Saoirse". On the first line
    /// what follows the given name is a column (two spaces, a tab, a date or a number, a note
    /// after a dash or in brackets) or nothing; the second line is read to its given name.
    public static func capitalsFirstListPair(_ bytes: [UInt8]) -> Bool {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count == 2 else { return false }
        return capitalsFirstLine(lines[0], columnAfter: true) && capitalsFirstLine(lines[1], columnAfter: false)
    }

    /// A surname in capitals, a common given name and a form group after a dash or in
    /// brackets ("REINTEGRATION - KOWALCZYK Noah - 8AC", "HAIGH Reggie (9K)"): read as a
    /// list's line is, the form group its column.
    public static func capitalsFirstBeforeForm(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let cut = text.range(of: " - ") ?? text.range(of: " \u{2013} ") ?? text.range(of: " (") else { return false }
        return capitalsFirstLine(text[..<cut.lowerBound], columnAfter: false)
    }

    /// A surname in capitals and a common given name after an exam candidate's number, on its
    /// line or the line after its seat ("4113 BELL Harriet", "A1 4101\nAHMED Yusuf"): a
    /// seating plan's or an entries list's candidate.
    public static func capitalsFirstAfterNumber(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        var line = text.split(separator: "\n").last ?? Substring(text)
        line = line.drop { $0.isNumber || $0 == " " || $0 == "\t" }
        return capitalsFirstLine(line, columnAfter: false)
    }

    /// A surname's first words that are no surname alone ("NI BHRIAIN", "VAN DER BERG").
    /// (Irish's with their accents too: "siobhán ó dálaigh yr10 - renewal", round 2594's panel notes.)
    static let surnameParticles: Set<String> = ["ni", "nic", "mac", "mag", "ua", "van", "von", "der", "den", "de", "da", "di", "du",
                                                 "le", "la", "el", "al", "bin", "binti", "ap", "ab", "st", "ó", "ní", "uí"]

    static func capitalsFirstLine(_ line: Substring, columnAfter: Bool) -> Bool {
        var rest = line.drop { " \t-*\u{2022}".contains($0) }
        if rest.hasSuffix("\r") { rest = rest.dropLast() }
        // The surname: one word in capitals or two ("NI BHRIAIN", "VAN DER BERG" is three).
        var surname: [Substring] = []
        while let space = rest.firstIndex(of: " "), surname.count < 3 {
            let word = rest[..<space]
            var capitals = word
            for prefix in ["Mac", "Mc"] where word.hasPrefix(prefix) { capitals = word.dropFirst(prefix.count); break }
            guard capitals.count >= 2, capitals.allSatisfy({ $0.isUppercase || "-'\u{2019}".contains($0) }) else { break }
            surname.append(word)
            rest = rest[space...].drop { $0 == " " }
        }
        guard let last = surname.last, surname.joined().count >= 3, isSurnameInCapitals(String(last)),
              surname.dropLast().allSatisfy({ surnameParticles.contains($0.lowercased()) || !notSurnamesInCapitals.contains($0.lowercased()) }) else { return false }
        let givenEnd = rest.firstIndex(where: { $0 == " " || $0 == "\t" }) ?? rest.endIndex
        let given = rest[..<givenEnd]
        // (Each part of a hyphenated one capitalised: "Ellie-Mae".)
        guard given.split(separator: "-").allSatisfy({ part in
                  part.first?.isUppercase == true && part.dropFirst().allSatisfy { $0.isLowercase || "'\u{2019}".contains($0) } }),
              isCommonGiven((given.split(separator: "-").first.map(String.init) ?? "").lowercased()),
              !placeholders.contains(given.lowercased() + " " + surname.joined(separator: " ").lowercased()) else { return false }
        guard columnAfter else { return true }
        let after = rest[givenEnd...]
        if after.allSatisfy({ $0 == " " || $0 == "\t" }) { return true }
        for column in ["  ", "\t", " - ", " \u{2013} ", " ("] where after.hasPrefix(column) { return true }
        return after.count >= 2 && after.first == " " && after.dropFirst().first!.isNumber
    }

    /// A name in capitals heading a comment that names them again by their given name
    /// ("CIARAN MURPHY - Ciaran has"): the given name a common one, the surname no word in
    /// capitals ("GRACE PERIOD - Grace").
    public static func capitalsHeadingComment(_ bytes: [UInt8]) -> Bool {
        let words = String(decoding: bytes, as: UTF8.self).split(whereSeparator: { " -:\u{2013}".contains($0) }).map(String.init)
        guard words.count == 3 else { return false }
        let given = words[0].lowercased()
        return words[2].lowercased() == given && isCommonGiven(given) && isSurnameInCapitals(words[1])
    }

    /// A name surname first at the start of a list's line: after a number ("2473412  Nowak,
    /// Kacper"), or heading a comment whose next line begins with the given name ("Atkinson,
    /// Grace  [Developing]" over "Grace is a confident reader"). As `reversedInBrackets`.
    public static func reversedListLine(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var first = Substring(lines[0]).drop { $0.isNumber || $0 == " " || $0 == "\t" }
        for marker in ["  ", " [", " (", "\t", " -", " \u{2013}", "\r"] {
            if let range = first.range(of: marker) { first = first[..<range.lowerBound] }
        }
        if lines.count > 1 {
            let parts = first.components(separatedBy: ", ")
            let next = lines[lines.count - 1].trimmingCharacters(in: .whitespaces)
            guard parts.count == 2, next == parts[1].split(separator: "-").first.map(String.init) ?? "" || next == parts[1] else { return false }
        }
        return reversedInBrackets(Array(first.utf8))
    }

    /// A candidate number, then a surname in capitals and a given name ("1006  SHARMA Marcus"):
    /// as `labelledSurnameFirst`, the number standing for the label.
    public static func numberedSurnameFirst(_ bytes: [UInt8]) -> Bool {
        var text = Substring(String(decoding: bytes, as: UTF8.self))
        // (A log's key before the number: "cand=4061 HUSSAIN Zainab".)
        // (Or a quoted value, its surname perhaps with a comma: 'pupil="HUSSAIN Zara"',
        // 'pupil="BHATTI, Sameer"'.)
        if let mark = text.firstIndex(where: { $0 == "=" || $0 == "#" }), text[..<mark].allSatisfy({ $0.isLetter || $0 == "_" }) {
            text = text[text.index(after: mark)...]
        }
        if text.first == "\"" {
            text = Substring(text.dropFirst().prefix { $0 != "\"" }.replacingOccurrences(of: ",", with: ""))
        }
        // (Or a word and a space before it: "cand 0078 CHAUDHRY Hamza", "Candidate no. 0301".)
        if text.first?.isLetter == true, let digit = text.firstIndex(where: \.isNumber), text.distance(from: text.startIndex, to: digit) <= 24,
           text[..<digit].allSatisfy({ $0.isLetter || $0 == " " || $0 == "." }) {
            text = text[digit...]
        }
        return surnameInCapitalsThenGiven(text.drop { $0.isNumber || $0 == " " || $0 == "\t" })
    }

    /// Whether a name's last word is a post in capitals (`supportRoleAcronyms`: "TA", "DSL", "HLTAs").
    static func endsWithPost(_ last: Substring?) -> Bool {
        guard let last, last.count <= 5, last.allSatisfy({ $0.isUppercase || $0 == "s" }) else { return false }
        return supportRoleAcronyms.contains(last.lowercased())
    }

    /// Support staff's roles in capitals after a word ("Base TA", "Class LSA").
    static let supportRoleAcronyms: Set<String> = ["ta", "tas", "hlta", "hltas", "lsa", "lsas", "sna", "snas", "ea", "eas", "lsw", "ssa", "cs",
                                                   // And posts: "Deputy DSL" in a CPOMS export's "Assigned to" (round 811's).
                                                   "dsl", "ddsl", "dsls", "senco", "sendco", "slt", "sbm", "hoy", "hod"]

    /// Posts written as their letters alone in a cell: safeguarding leads (Wales's "designated
    /// safeguarding person"), SEN coordinators, the data protection officer.
    static let postLetters: Set<String> = ["dsl", "ddsl", "dsp", "ddsp", "senco", "sendco", "alnco", "slt", "sbm", "hlta", "dpo"]

    /// A common given name (lower-cased) that is not more often a word ("summer", "hope"). A
    /// hyphenated name counts by its first part, as `GivenNames.contains` reads one: "lily-mae",
    /// "jean-luc", "amelia-rose" (so a pair of common given names always passes).
    static func isCommonGiven(_ lower: String) -> Bool {
        GivenNames.contains(lower) && !GivenNames.wordLike.contains(lower)
    }

    /// A surname written in capitals ("BRENNAN", "McDONALD", "O'NEILL"): two capitals or more
    /// after a Mc or Mac, and no word, label or place written so.
    static func isSurnameInCapitals(_ word: String) -> Bool {
        var surname = Substring(word)
        for prefix in ["Mac", "Mc"] where surname.hasPrefix(prefix) && surname.count > prefix.count + 1 {
            surname = surname.dropFirst(prefix.count)
            break
        }
        return surname.count >= 2 && surname.allSatisfy({ $0.isUppercase || "-'\u{2019}".contains($0) })
            && !notSurnamesInCapitals.contains(surname.lowercased())
    }

    /// Every word written in capitals that is no surname (the lists above, once).
    static let notSurnamesInCapitals = capitalWords.union(entryLabels).union(fieldWords).union(placeWords).union(medicalAcronyms)
        .union(organisationWords).union(phraseWords).union(calendarWords).union(capitalsNotSurnames)

    /// Conditions written in capitals before a comma and a name ("COPD, Freya does the shopping",
    /// round 809's pen portraits).
    static let medicalAcronyms: Set<String> = ["copd", "ptsd", "ocd", "dcd", "hiv", "ibs", "gord", "pots", "fasd", "pda", "cfs", "me"]

    /// A name in capitals after a label ("NAME: AISHA HAWORTH"): the first word a common given
    /// name, no word a label's, a field's or a school phrase's ("NAME: PLEASE PRINT").
    public static func capitalsAfterLabel(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let separator = text.firstIndex(where: { $0 == ":" || $0 == "\t" }) else { return false }
        let words = text[text.index(after: separator)...].split(separator: " ").map { $0.lowercased() }
        guard let first = words.first, GivenNames.contains(first), !GivenNames.wordLike.contains(first) else { return false }
        return !words.contains { fieldWords.contains($0) || phraseWords.contains($0) || capitalWords.contains($0)
            || entryLabels.contains($0) || organisationWords.contains($0) || placeWords.contains($0) }
            && !placeholders.contains(words.joined(separator: " "))
    }

    /// Whether two letters are a Welsh digraph written as one initial, "Ll", "Ch", "Dd", "Ff", "Rh"
    /// or "Th" (its first letter in either case: "E.ll.J.").
    @inline(__always) static func isWelshDigraph(_ first: UInt8, _ second: UInt8) -> Bool {
        switch (first & 0xDF, second) {
        case (76, 108), (67, 104), (68, 100), (70, 102), (82, 104), (84, 104): return true
        default: return false
        }
    }

    /// A pupil's initials before a year group ("EW (Y9"): two or three capitals that are no
    /// subject, qualification or acronym of a school's ("PE (Y9)", "SEN (Y7)").
    public static func initials(_ bytes: [UInt8]) -> Bool {
        // (A double given name's and a surname's, "R-M F (10HW)": round 1062's note.)
        if bytes.count >= 5, bytes[1] == 45, bytes[3] == 32, [0, 2, 4].allSatisfy({ bytes[$0] >= 65 && bytes[$0] <= 90 }),
           bytes.count == 5 || !isLetter(bytes[5]) { return true }
        // (A patronymic's "ap" or "ab" between them, "D.ap I. (9G)": round 1374's Welsh pastoral notes.)
        if bytes.count >= 6, bytes[1] == 46, bytes[2] == 97, bytes[3] == 112 || bytes[3] == 98, (65...90).contains(bytes[0]) {
            return initials(Array(bytes[..<2]) + bytes[(bytes[4] == 32 ? 5 : 4)...])
        }
        // (A Welsh digraph is one initial: "Ll.O." is "LO", round 1522's boarding house note; "E.ll.J."
        // is "ELJ", a middle name's in small letters, round 1571's.)
        if let digraph = (0..<max(0, bytes.count - 2)).first(where: { ($0 == 0 || bytes[$0 - 1] == 46) && bytes[$0 + 2] == 46
                                                                  && isWelshDigraph(bytes[$0], bytes[$0 + 1]) }) {
            return initials(Array(bytes[..<digraph]) + [bytes[digraph] & 0xDF] + bytes[(digraph + 2)...])
        }
        // (With their full stops too: "T.B." is "TB".)
        let letters = bytes.prefix { $0 >= 65 && $0 <= 90 || $0 == 46 }.filter { $0 != 46 }
        // (Or a hyphened given name's or a surname's with an accent, "M-L.F.", "R.Ó'C.": round 2706's
        // small-room list. Read as their capitals.)
        if letters.count == 1, bytes.count > 2, [45, 39, 0xC3].contains(bytes[1]) || bytes[1] == 46 && bytes[2] == 0xC3 {
            var folded: [UInt8] = [], index = 0
            while index < bytes.count {
                if bytes[index] == 0xC3, index + 1 < bytes.count, bytes[index + 1] == 0x93 { folded.append(79); index += 2; continue }
                folded.append(bytes[index]); index += 1
            }
            let capitals = folded.prefix { $0 >= 65 && $0 <= 90 || $0 == 46 || $0 == 45 || $0 == 39 }.filter { $0 >= 65 && $0 <= 90 }
            return capitals.count > 1 && initials(Array(capitals))
        }
        guard (2...3).contains(letters.count) else { return false }
        let word = String(decoding: letters, as: UTF8.self).lowercased()
        // (With their full stops, a subject's code is a child's initials, "S.C. (P4)", round
        // 1023's; but for the subjects still written so, "R.E.", "P.E.".)
        let dotted = bytes.prefix { $0 >= 65 && $0 <= 90 || $0 == 46 }.dropFirst().contains(46)
        var notPeople = dotted ? dottedNotPeople.contains(word) : initialsNotPeople.contains(word)
        // (But a colleague's "A.M." with her post in brackets after it is no time of day: "Mae
        // A.M. (Athrawes Blwyddyn 2, ...) wedi bod yn absennol", round 1177's wellbeing note.)
        let after = bytes.drop { $0 >= 65 && $0 <= 90 || $0 == 46 }
        if notPeople, dotted, word == "am" || word == "pm", after.starts(with: [32, 40]), after.count > 2,
           (65...90).contains(after[after.startIndex + 2]) { notPeople = false }
        return !notPeople && !isCapitalWord(word, dotted: dotted) && !entryLabels.contains(word)
    }

    /// Whether initials' letters (lower-cased) are one of `capitalWords`: but a football club's,
    /// with their stops, are a child's ("F.C. arrived wearing the same uniform", "**Pupil:**
    /// F.C. (2H)", round 1456's concern log).
    static func isCapitalWord(_ word: String, dotted: Bool) -> Bool {
        capitalWords.contains(word) && !(dotted && word == "fc")
    }

    /// Subjects and posts written with full stops as often as without, in lower case.
    static let dottedNotPeople: Set<String> = ["pe", "re", "rs", "dt", "it", "ict", "pshe", "rse", "ta", "hlta", "sen", "ks", "am", "pm"]

    /// Initials with full stops after a child's label ("Child: A.B.", "Plentyn\tC.B."): the
    /// letters after the label.
    public static func initialsAfterLabel(_ bytes: [UInt8]) -> Bool {
        // (A comma after them, their last full stop left out: "Child:** E.P-J,".)
        // (Or the space after them, "Young person: J.McI  (S3", round 1042's.)
        let bytes = bytes.last == 44 || bytes.last == 32 ? Array(bytes.dropLast()) : bytes
        // (Or without stops, before a year group in brackets: "Pupil:** T-J W (Y10", round
        // 1588's; the letters are those before the bracket, after the label.)
        if bytes.last.map(isDigit) ?? false, let bracket = bytes.lastIndex(of: 40), bracket > 0,
           let label = bytes[..<bracket].firstIndex(where: { $0 == 58 || $0 == 9 }) {
            let letters = bytes[(label + 1)..<bracket].filter { $0 != 42 && $0 != 95 }
            guard let word = initialLetters(letters[...]), word.count <= 3 else { return false }
            return !isCapitalWord(word, dotted: false) && !initialsNotPeople.contains(word) && !postLetters.contains(word)
                && !notedNotPeople.contains(word) && !entryLabels.contains(word) && !["na", "nk"].contains(word) // ("not known")
        }
        // (And in bold: "Child: **T.B., Year 4", a cook's note to the DSL, round 1300's.)
        guard var start = bytes.lastIndex(where: { $0 == 58 || $0 == 9 || $0 == 32 }) else { return false }
        while start + 1 < bytes.count, bytes[start + 1] == 42 || bytes[start + 1] == 95 { start += 1 }
        guard let word = initialLetters(bytes[(start + 1)...]), word.count <= 3 else { return false }
        // (With their full stops after a child's label, a subject's letters are the child's:
        // "Plentyn: R.E.", round 893's; "T.E-P.", a double-barrelled surname's.)
        return !isCapitalWord(word, dotted: bytes[(start + 1)...].contains(46)) // (not a label's: "RE:" is written without its stops)
    }

    /// A cell of initials ("R.A.", "T.McG", "J.S-B", "KW"): no subject's, post's or label's letters.
    public static func initialsCell(_ bytes: [UInt8]) -> Bool {
        guard let word = initialLetters(bytes[...]) else { return false }
        return !initialsNotPeople.contains(word) && !capitalWords.contains(word) && !postLetters.contains(word)
            && !(bytes.count == word.utf8.count && entryLabels.contains(word)) // (a label's "RE", not "R.E.")
    }

    /// Initials heading a line of a head's or a line manager's jottings ("KM - seemed flat
    /// again in briefing. Husband moved out", round 1107's): a cell of initials, and no
    /// service's, post's or note's letters that head such a line ("OH - referral sent", "GP -
    /// fit note to 22nd", "NB - "). (Subjects' and posts' letters, "PE", "DSL", are already no
    /// cell of initials.)
    public static func notedInitials(_ bytes: [UInt8]) -> Bool {
        // (The match runs on to the line's word: the initials are up to the first space, or a
        // comma before a form group's code: "J.McK, 9LB".)
        let bytes = Array(bytes.prefix { $0 != 32 && $0 != 44 })
        guard initialsCell(bytes), let word = initialLetters(bytes[...]) else { return false }
        return !notedNotPeople.contains(word)
    }

    /// A list's row headed by a pupil's initials and a date of birth however written ("T.O'S.   b.
    /// 14th of the 3rd, '12", "H A-K    08-IX-2011", round 2599's allergy sign-off): the initials
    /// up to the gap before the date (a space inside them only before a capital, "H A-K"), as
    /// `notedInitials` reads them.
    public static func initialsBornLoosely(_ bytes: [UInt8]) -> Bool {
        var end = 0
        while end < bytes.count, bytes[end] != 9 {
            if bytes[end] == 32, !(end + 1 < bytes.count && (65...90).contains(bytes[end + 1])) { break }
            end += 1
        }
        return notedInitials(bytes[..<end].filter { $0 != 32 })
    }

    /// A handover list's row: a pupil's initials, a date of birth of someone of school age (2
    /// to 20 years ago) and a form group, columns apart ("MO'B  08/11/16  5J   CIN, dad in
    /// prison"): the initials as `notedInitials` reads them, or any written with an apostrophe,
    /// a full stop or a hyphen; the date a valid one.
    public static func initialsBirthDateRow(_ bytes: [UInt8]) -> Bool {
        let fields = bytes.split(separator: 32)
        guard fields.count >= 3 else { return false }
        return initialsAndBirthDate(Array(fields[0]), Array(fields[1]))
    }

    /// A table cell of a pupil's initials and date of birth and nothing else ("A.M.R. 03/08/2018",
    /// "LMT 14.06.17"): the initials and the date as `initialsBirthDateRow` reads them.
    public static func initialsBirthDateCell(_ bytes: [UInt8]) -> Bool {
        let fields = bytes.split(separator: 32)
        guard fields.count == 2, fields[1].contains(where: isDigit) else { return false }
        return initialsAndBirthDate(Array(fields[0]), Array(fields[1]))
    }

    /// Initials and a bracket that holds the year or form, then the date of birth: "JW (yr3,
    /// 12/07/16)" (round 2833's sticky note), the initials and the date as `initialsAndBirthDate`
    /// reads them.
    public static func initialsYearBirthDate(_ bytes: [UInt8]) -> Bool {
        let fields = bytes.split { $0 == 32 || $0 == 40 || $0 == 41 || $0 == 44 }
        guard fields.count == 3, !fields[1].contains(47), !fields[1].contains(46) else { return false }
        return initialsAndBirthDate(Array(fields[0]), Array(fields[2]))
    }

    /// The same after a heading's dash or colon: "annual review - JB (12.03.2015) - yr 4 willow"
    /// (round 2553's review notes); the match begins with the heading's last letter and the mark.
    public static func initialsBirthDateAfterMark(_ bytes: [UInt8]) -> Bool {
        guard let mark = bytes.firstIndex(where: { $0 == 45 || $0 == 58 || $0 == 0x93 }),
              mark + 2 < bytes.count, bytes[mark + 1] == 32 else { return false }
        return initialsBirthDateCell(Array(bytes[(mark + 2)...]))
    }

    /// A fixed-width list's row to its date: initials, perhaps a year or a form ("3", "R", "5J",
    /// "Y4", four bytes at most), and a date of birth, two spaces or more or a tab apart
    /// ("M.A-R.   3    14/03/2016"), the initials and the date as `initialsBirthDateRow` reads them.
    public static func initialsSpacedBirthDate(_ bytes: [UInt8]) -> Bool {
        var fields = bytes.split { $0 == 32 || $0 == 9 }
        // (The surname's initial after a single space: "TJ W  14/03/2011", read as "TJW".)
        if fields.count >= 3, fields[1].count == 1, isUpper(fields[1].first!), let gap = bytes.firstIndex(of: 32),
           gap + 2 < bytes.count, bytes[gap + 2] == 32 || bytes[gap + 2] == 9 {
            fields = [fields[0] + fields[1]] + fields.dropFirst(2)
        }
        guard fields.count == 2 || fields.count == 3 && fields[1].count <= 4 else { return false }
        return initialsAndBirthDate(Array(fields[0]), Array(fields[fields.count - 1]))
    }

    /// Initials as `notedInitials` reads them, or any written with an apostrophe, a full stop or a
    /// hyphen (no label's: "MO'B" is no "MOB"), and a valid date of someone 2 to 20 years old.
    static func initialsAndBirthDate(_ initials: [UInt8], _ date: [UInt8]) -> Bool {
        // (The date in brackets: "L.H. (10/03/2018)", person_initials_bracket_dated's.)
        let date = date.first == 40 && date.last == 41 && date.count > 2 ? Array(date.dropFirst().dropLast()) : date
        let marked = initials.contains { $0 == 39 || $0 == 46 || $0 == 45 } && initialLetters(initials[...]) != nil
        guard marked || notedInitials(initials), let date = DateValue.components(date),
              DateValue.exists(day: date.day, month: date.month, year: date.year) else { return false }
        let year = DateValue.birthYears.upperBound
        return (year - 20...year - 2).contains(date.year)
    }

    static let notedNotPeople: Set<String> = ["oh", "gp", "hr", "eap", "ht", "dht", "aht", "ivf", "dwp", "nhs", "la", "ok", "nb",
                                              "ps", "fyi", "pto", "cc", "uk", "eu", "tbc", "tba", "aob", "sms", "bbc", "cp",
                                              "ot", "sw", "mp", "dfe", "sts", "ecm", "cpd", "pay", "ups", "mps", "cv", "dbs", "id",
                                              "pta", "fgb", "lgb", "mat", "aln", "ady"]

    /// Initials in brackets before a form group ("(T.R., 6H)", "(M.O'D 6K)"): the letters
    /// up to the comma or space, as a cell of initials.
    public static func bracketedInitials(_ bytes: [UInt8]) -> Bool {
        guard bytes.first == 40 else { return false }
        let word = bytes.dropFirst().prefix { $0 != 44 && $0 != 32 }
        return initialsCell(Array(word))
    }

    /// Latin-1's capitals (C3 80 to C3 9E) as their plain small letters ("Á" as "a"); nil where none.
    static let latinCapitalBase: [UInt8?] = "aaaaaaaceeeeiiii-nooooo--uuuuy-".utf8.map { $0 == 45 ? nil : $0 }

    /// The letters of initials, lower-cased: two to four capitals (a "Mc" counted as one),
    /// perhaps with full stops, hyphens or spaces between; nil for anything else.
    static func initialLetters(_ bytes: ArraySlice<UInt8>) -> String? {
        var letters: [UInt8] = [], previous: UInt8 = 0
        for byte in bytes {
            switch byte {
            case 65...90: letters.append(byte | 0x20)
            // An accented capital, as its plain letter: "M-Á.L-D." (round 2420's room note), "C.N.-Ó.".
            case 0xC3: break
            case 0x80...0x9E where previous == 0xC3:
                guard let plain = latinCapitalBase[Int(byte) - 0x80] else { return nil }
                letters.append(plain)
            case 99 where previous == 77: break // the "c" of "McG"
            // (The "'" of "O'D", and its "O" no initial of its own: "M.J.O'D-R." has four, round 2380's.)
            case 39 where previous == 79 && letters.count > 1: letters.removeLast()
            case 39 where previous == 79: break
            // (And an Ó's: "R.Ó'D-M.", round 2540's handover; 0x93 follows only an 0xC3 here.)
            case 39 where previous == 0x93 && letters.count > 1: letters.removeLast()
            case 39 where previous == 0x93: break
            // A Welsh digraph is one initial: "F.Ll." (Llywelyn), "G.Rh.", "T.Dd." (round 1341's DSL note).
            case 97...122 where (65...90).contains(previous) && isWelshDigraph(previous, byte): break
            // (And a patronymic's "ap" or "ab" between them: "G.ap.R.", round 1350's.)
            case 97 where previous == 46: break
            case 112 where previous == 97, 98 where previous == 97: break
            // (And a "de" or a "van" in small letters: "R.d.V.", "S.deV", round 2599's allergy sign-off.)
            case 100 where previous == 46, 101 where previous == 100, 118 where previous == 46: break
            case 46, 45, 32: break
            default: return nil
            }
            previous = byte
        }
        return (2...4).contains(letters.count) ? String(decoding: letters, as: UTF8.self) : nil
    }

    /// Capitals before a year group that are a school's subjects, groups or acronyms, in lower case.
    static let initialsNotPeople: Set<String> = ["pe", "re", "rs", "dt", "it", "ict", "cs", "mfl", "art", "pp", "pshe", "rse",
                                                 "eal", "sen", "fsm", "lac", "cla", "cin", "ks", "sats", "ta", "tas", "hlta",
                                                 "all", "gcse", "btec", "nea", "cat", "cats", "mock", "set", "grp", "sci",
                                                 "eng", "mat", "mth", "his", "geo", "fr", "sp", "ger", "mus", "dra", "drm",
                                                 "bio", "che", "phy", "psy", "soc", "eco", "bus", "law", "ppa", "ofs", "ap",
                                                 "ar", "am", "pm", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "bst",
                                                 "ma", "sc", "hi", "gg", "ch", "bi", "ph", "dr", "mu", "ft", "ep", "en", "ge",
                                                 "hu", "ps", "ci", "slt", "hoy", "lsa", "sen", "tlr", "nqt", "ect", "ks3", "ks4",
                                                 // Vaccines by year group ("HPV (Year 8)", round 1671's medicines policy).
                                                 "hpv", "mmr", "bcg", "ipv", "dtp", "flu", "td"]

    /// Words written in capitals before a comma and a name, in lower case: greetings and headings.
    static let capitalsNotSurnames: Set<String> = ["uk", "gb", "eu", "us", "hello", "hey", "thanks", "thank", "you", "welcome", "congratulations", "well",
                                                   "done", "great", "brilliant", "fantastic", "amazing", "super", "star", "go",
                                                   "dear", "happy", "birthday", "good", "luck", "morning", "afternoon", "evening",
                                                   "night", "sorry", "yes", "okay", "reminder", "update", "notice", "attention",
                                                   "london", "england", "wales", "scotland", "ireland", "britain", "europe", "usa",
                                                   "total", "totals", "subtotal", "average", "set", "sets", "top", "end", "start",
                                                   // A post's initials before a name ("our CEO, Lisa Hartley").
                                                   "ceo", "cfo", "coo", "cto", "dpo", "sbm", "hlta", "slt", "hr", "it", "pa", "md",
                                                   // A council's and a health service's teams ("Leeds CSC, Sandra", round 748's).
                                                   "csc", "cyps", "mash", "edt", "camhs", "cahms", "sendias", "sendiass", "ewo", "ews", "yot",
                                                   "nhs", "gp", "hv", "salt", "ot", "ep", "sw", "cin", "cp", "lac", "cla", "sen", "send",
                                                   // Plans by their initials ("IHCP, Tobi", round 781's clerk's notes).
                                                   "ihcp", "ehcp", "iep", "idp", "pep", "psp", "bsp", "cdu", "sop"]

    /// Labels written in capitals before a colon, not surnames.
    static let entryLabels: Set<String> = ["re", "fw", "fwd", "nb", "ps", "to", "cc", "bcc", "note", "notes", "attn", "subject",
                                           "from", "sent", "tel", "ref", "pupil", "student", "candidate", "parent", "child",
                                           "dear", "key", "warning", "important", "urgent", "action", "time", "day", "week",
                                           "term", "teacher", "staff", "contact", "emergency", "author", "by", "for", "and",
                                           "info", "update", "reminder", "fao", "att", "todo", "task", "q", "a", "answer", "question"]

    /// A name after a label ("Pupil: Olivia Hughes", "Name: Oluwaseun Adeyemi"): not an
    /// organisation, a course or a service ("School Name: Highfield Academy", "Course Name:
    /// Applied Science", "Name: Customer Services"), a church or a school named after a saint
    /// ("name": "St Aldhelm's"), or a form's made-up person ("Name: Joe Bloggs").
    public static func afterGenericLabel(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        let lower = text.lowercased()
        if placeholders.contains(where: lower.hasSuffix) { return false }
        let rest: Substring
        if text.last == ")", let open = text.range(of: " (", options: .backwards),
           relationsInBrackets.contains(text[open.upperBound..<text.index(before: text.endIndex)].lowercased()) {
            // A name before its relation: "Mark Whitaker (father)". (Not a titled one, the titled
            // rule's, nor a reference to a document's part, "See Appendix Three (Carer)".)
            let words = text[..<open.lowerBound].lowercased().split(separator: " ").map(String.init)
            guard let first = words.first, !isTitle(first),
                  !words.contains(where: { sentenceWords.contains($0) || documentPartWords.contains($0) || bracketedRoleWords.contains($0) })
            else { return false }
            rest = text[..<open.lowerBound]
        } else if let colon = text.firstIndex(where: { $0 == ":" || $0 == "\t" }) {
            rest = text[text.index(after: colon)...]
        } else if let leader = text.range(of: "....") {
            rest = text[leader.upperBound...].drop { $0 == "." } // "Name .......... Poppy Hargreaves"
        } else if let bar = text.firstIndex(of: "|") {
            rest = text[text.index(after: bar)...] // a Markdown form's "| Child's name | Amelia Hartigan |"
        } else if let attribute = text.range(of: "=\"") {
            rest = text[attribute.upperBound...] // a log's 'from="Funmi Adeyemi"'
        } else if let equals = text.firstIndex(of: "=") {
            rest = text[text.index(after: equals)...] // a log's or a query's "FamilyName='Llewelyn'", "surname=Vaughan"
        } else if let introduced = text.range(of: "name is ") {
            rest = text[introduced.upperBound...] // "My name is Chiamaka Eze"
        } else if let open = text.firstIndex(of: "("), text.last == ")" {
            rest = text[text.index(after: open)..<text.index(before: text.endIndex)] // a relation's: "Uncle (Imran Ali)"
        } else {
            return false
        }
        // (Markdown's bold after a label's colon: "**Candidate:** Shaun McAteer".)
        let words = rest.split(separator: " ").map { $0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "\"'*_")) }
            .filter { !$0.isEmpty }
        if let first = words.first, first == "st" || first == "st." || first == "saint" || first == "the" { return false } // ("The Forge - Hub 2")
        // A play's or a story's noble or royal character ("Name: Lady Macduff", "Name: King Duncan"),
        // a fairy tale's ("Child's name: Goldilocks Bear-Trouble").
        if words.count >= 2, Self.rankWords.contains(words[0]) || Self.storyFirstWords.contains(words[0]) { return false }
        // A table's header row read as a form's label and value ("School Name\tAcademic Year",
        // "Participant Name\tHome Address"): the next title, not a person.
        if words.contains(where: fieldWords.contains) { return false }
        // (Or a title beginning with whose it is: "Parent/carer\tParent NI no", round 710's.)
        if let first = words.first, valueLabelWords.contains(first) { return false }
        // (Or a post where a contacts list's name would be: "name: Deputy Headteacher (Pastoral)", round 2993's.)
        if let first = words.first, postFirstWords.contains(first) { return false }
        // A post under a staff label ("staff: Bilingual TA (Polish)", round 1806's visit timetable): a
        // support role's letters after a word that is no given name.
        if words.count >= 2, supportRoleAcronyms.contains(words[words.count - 1]), !isCommonGiven(words[0]) { return false }
        // A demo's stand-in with a placeholder for a surname ("name": "Alex Example").
        if words.count >= 2, isPlaceholderWord(words[words.count - 1]) { return false }
        // A worked example's made-up surname, the name run on into the next label ("Parent:
        // Jane Bloggs Tel: ...").
        if words.count >= 2, words.dropFirst().contains(where: { isMadeUpSurname($0.utf8) }) { return false }
        // A story's titled character ("Name: Mr Twit", a writing frame's).
        if words.count >= 2, isTitle(words[0]), storyWords.contains(words[words.count - 1]) { return false }
        // A fact card's or a lesson's famous person ("Name: Malala Yousafzai").
        if words.count >= 2, FamousNames.all.contains(words.joined(separator: " ")) || FamousNames.all.contains(words[0] + " " + words[words.count - 1]) {
            return false
        }
        return !words.contains { phraseWords.contains($0) || placeWords.contains($0) || organisationWords.contains($0) }
    }

    /// A post's first word, no name's (`afterGenericLabel`).
    static let postFirstWords: Set<String> = ["deputy", "headteacher", "headmaster", "headmistress", "assistant", "acting", "interim",
                                              "executive", "designated", "senco", "dsl", "ddsl", "school", "office", "business"]

    /// A governing body's posts, which its minutes write with the governor's category in
    /// brackets ("Present: Vice Chair (Parent), Headteacher", round 709's).
    static let bracketedRoleWords: Set<String> = ["chair", "vice", "governor", "governors", "clerk", "trustee", "trustees",
                                                  "representative", "rep", "member", "members", "co-opted", "elected",
                                                  // A carer's legal status before the relation ("Special Guardian (aunt)", round 752's).
                                                  "special", "kinship", "guardianship"]

    /// The first words of a form's or a table's titles, never of a person's name: whose the
    /// field is ("Parent NI no", "Pupil premium", "Child's surname").
    static let valueLabelWords: Set<String> = ["parent", "parents", "parent's", "carer", "carers", "carer's", "pupil", "pupils",
                                               "pupil's", "student", "students", "student's", "child", "child's", "children",
                                               "learner", "learner's", "guardian", "guardian's", "applicant", "applicant's"]

    /// A document's parts, which a form refers to with a relation in brackets after them.
    static let documentPartWords: Set<String> = ["appendix", "annex", "section", "part", "page", "table", "figure", "schedule", "form"]

    /// The relations a form writes in brackets after a name ("Mark Whitaker (father)"), in lower case.
    static let relationsInBrackets: Set<String> = [
        "mother", "father", "mum", "dad", "stepmother", "stepfather", "stepmum", "stepdad", "step-mother", "step-father",
        "step-mum", "step-dad", "grandmother", "grandfather", "grandma", "grandad", "gran", "nan", "aunt", "auntie",
        "uncle", "carer", "foster carer", "guardian", "parent", "brother", "sister", "mam", "tad", "nain", "taid", "mamgu", "tadcu",
    ]

    /// A group's attendance line ("Present: Ruby Okafor, Harvey Brennan, ..."): its first two
    /// entries each a common given name and a surname, people's names as `clean` reads them.
    public static func attendanceLine(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let colon = text.firstIndex(of: ":") else { return false }
        let entries = text[text.index(after: colon)...].split(separator: ",").prefix(2)
        guard entries.count == 2 else { return false }
        return entries.allSatisfy { entry in
            var words = entry.split(whereSeparator: { $0 == " " || $0 == "*" })
            if words.last == "and" { words.removeLast() }
            if let last = words.last, last.hasSuffix(".") { words[words.count - 1] = last.dropLast() }
            guard words.count == 2, isCommonGiven(words[0].lowercased()) else { return false }
            return clean(words.joined(separator: " ")) != nil
        }
    }

    /// Fairy tales' and picture books' characters' first names, no child's: a reception class's
    /// role-play form ("Goldilocks Bear-Trouble", "Paddington Brown").
    static let storyFirstWords: Set<String> = ["goldilocks", "rapunzel", "cinderella", "pinocchio", "rumpelstiltskin",
                                               "paddington", "gruffalo", "thumbelina", "humpty", "mummy", "daddy",
                                               "grandma", "granny", "grandpa", "wicked"]

    /// Ranks and royal titles before a name: a character's or a public figure's, never how a
    /// form writes a pupil or a parent.
    static let rankWords: Set<String> = ["lady", "lord", "king", "queen", "prince", "princess", "duke", "duchess", "earl",
                                         "countess", "baron", "baroness", "dame", "sir", "emperor", "empress", "pharaoh",
                                         // A war memorial's or a battlefields worksheet's soldier ("Name | Second
                                         // Lieutenant Walter Tull", round 708's).
                                         "second", "lieutenant", "sergeant", "corporal", "lance", "private", "captain",
                                         "colonel", "brigadier", "admiral", "rifleman", "gunner", "sapper", "trooper", "able"]

    /// Words and acronyms written in capitals after a given name that are no surname
    /// ("Amy NOT attending", "Grace GCSE results", "Jack ADHD"), in lower case.
    static let capitalWords: Set<String> = [
        // (A library's shelf mark: "Nelson Mandela (920) under MAN, Mary Seacole"; a monarch's
        // number, "Henry VIII, Elizabeth I".)
        "man", "naa", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "xiii", "xiv", "xv", "xvi",
        "not", "and", "the", "for", "all", "are", "was", "has", "had", "new", "now", "yes", "off", "out", "only",
        "must", "never", "please", "urgent", "note", "notes", "important", "today", "absent", "late", "present",
        "left", "right", "home", "also", "will", "can", "did", "with", "from", "this", "that", "have", "been", "who",
        "what", "when", "where", "why", "how", "our", "your", "his", "her", "their", "see", "got", "get", "done",
        "need", "needs", "sent", "told", "said", "tbc", "tba", "asap", "fyi", "pto", "rsvp", "nb", "aka", "etc",
        "gcse", "gcses", "sats", "sen", "send", "ehcp", "fsm", "eal", "adhd", "asd", "add", "odd", "spld", "semh",
        "mld", "slcn", "pmld", "ict", "pshe", "rse", "mfl", "dfe", "nhs", "camhs", "cpoms", "dsl", "senco", "lac",
        "cla", "cin", "iep", "pep", "slt", "smt", "ofsted", "inset", "ppa", "nqt", "ect", "pgce", "dbs", "hlta",
        "pta", "bbc", "itv", "ltd", "plc", "fc", "afc", "cofe", "ks1", "ks2", "ks3", "ks4", "ks5", "eyfs", "no", "ok",
        "via", "per", "pupil", "pupils", "student", "students", "staff", "parent", "parents", "child", "children",
        "teacher", "class", "form", "year", "group", "team", "house", "club", "lunch", "break", "trip", "room",
        "meeting", "name", "date", "signed", "unless", "again", "still", "just", "very", "well", "ill", "sick",
        "unwell", "away", "back", "due", "wants",
        // A record's labels after a name ("Zofia DOB 14/03/2015", "Kacper UPN ...").
        "dob", "upn", "uln", "scn", "nino", "ni", "ref", "tel", "mob",
    ]

    /// The first letters and lengths of the field words and the organisation words: a long
    /// cell's words are most of them passed over without building and hashing a string.
    static let fieldWordShapes = WordShapes(fieldWords)
    static let organisationWordShapes = WordShapes(organisationWords)

    /// Words of a table's column titles or a form's labels, never of a person's name.
    static let fieldWords: Set<String> = ["name", "names", "address", "code", "year", "date", "number", "status", "phone",
                                          "email", "contact", "details", "type", "id", "reference", "manager", "data",
                                          "academic", "software", "postcode", "telephone", "mobile", "dob", "account",
                                          "amount", "due", "total", "signature", "signed", "employer", "effective",
                                          "insurance", "birth", "home",
                                          // A form's next labels under a name's (rounds 724 and 730's).
                                          "relation", "nationality", "occupation", "religion", "upn", "e-mail", "gp",
                                          // A blank form's instruction ("Parent/carer: Please print").
                                          "please", "print",
                                          // An exams office's titles ("Candidate\tCand No", "Access arrangements",
                                          // "Fee paid").
                                          "no", "no.", "nos", "ref", "cand", "fee", "fees", "paid", "arrangements",
                                          // A configuration's or a policy export's fields and groups ("Name\tCreated
                                          // Time", "displayName: All Staff Devices").
                                          "time", "created", "modified", "updated", "version", "size", "path", "owner",
                                          "device", "devices", "computers", "users", "policy", "settings", "all",
                                          // A template's next title ("Learner First Name\tLearner Last Name"),
                                          // an app's author ("name": "Seesaw Community").
                                          "first", "last", "middle", "learner", "community",
                                          // A report definition's fields ("<Field Name="Medical Condition"/>").
                                          "condition", "conditions", "medical", "medication", "enrolment", "surname",
                                          "forename", "forenames", "legal", "preferred", "gender", "ethnicity",
                                          // A risk assessment's rows under its "Pupil name" ("Factor | Question", "Task",
                                          // "Load", "Environment": TILEO).
                                          "factor", "factors", "task", "tasks", "load", "environment", "individual", "weight",
                                          "question", "hazard", "hazards", "risk", "risks", "control", "measures",
                                          // A blank referral form's labels beside its family's boxes ("Siblings",
                                          // "Referrer", "Relationship to child").
                                          "siblings", "sibling", "referrer", "referee", "relationship", "agency", "agencies",
                                          "professionals", "involved", "consent", "reason", "concerns",
                                          // (A medical consent form's "Allergies | | Dietary needs", round 2971's.)
                                          "allergies", "allergy", "diagnosis", "dietary", "needs", "dose"]

    /// A form's label under a name column ("Pupil | «PupilName»" above "Account | ...", a
    /// blank Gift Aid form's "Full home address"): a two-column form read as a table.
    /// (On bytes: once for every name cell of a table. A field word is ASCII, two to
    /// fourteen letters, "relationship".)
    static func isFormLabel(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                var end = start
                // (A title's note in brackets too: "Covering (staff code)".)
                while end < bytes.count && bytes[end] != 32 && bytes[end] != 44 && bytes[end] != 40 && bytes[end] != 41 { end += 1 }
                if end - start >= 2 && end - start <= 14, fieldWordShapes.holds(bytes, start, end),
                   !bytes[start..<end].contains(where: { $0 >= 0x80 }) {
                    if fieldWords.contains(lowerASCII(bytes[start..<end])) { return true }
                }
                start = end + 1
            }
            return false
        }
    }

    /// Titles before a name, in lower case, without a full stop.
    static let titles: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr", "rev", "revd", "prof", "sir", "dame", "cllr",
                                      // An MFL department's ("Sr. Daly", "Mme Okonkwo", "Herr Becker").
                                      "sr", "sra", "srta", "mme", "mlle", "herr", "frau"]

    /// Whether a word in lower case is a title, with or without its full stop ("mrs", "dr.").
    static func isTitle(_ word: String) -> Bool {
        titles.contains(word.hasSuffix(".") ? String(word.dropLast()) : word)
    }

    /// Small words of titles, never of names.
    /// (Not "a" or "an": a middle initial, "Olivia A Hughes".)
    static let titleWords: Set<String> = ["and", "the", "of", "for", "with", "from", "&"]

    /// Words of organisations, services and subjects, not of people's names.
    static let organisationWords: Set<String> = [
        // A school's and a council's services' cards ("FN:Castlebrook Careers Office", "FN:Gwasanaeth
        // ADY Cyngor Sir Gâr", "FN:Paediatric SLT Admin", rounds 778-784).
        "careers", "attendance", "gwasanaeth", "cyngor", "paediatric", "paediatrics",
        // A council's children's services ("concerns about a child: Trafford Children's First Response").
        "children's", "childrens", "response",
        // A contact list's public body ("name: Local Authority Children's Front Door (MASH)", round 1782's).
        "authority", "authorities",
        // A governing body's meetings ("name: Full Governing Body", round 1810's timetable).
        "governing",
        // A national charity's ("name: Anaphylaxis UK", "Coeliac UK", round 1847's contacts).
        "uk", "cymru",
        // A helpline's name ("name: Beat Youthline", round 1852's contacts).
        "youthline", "textline", "parentline", "careline", "adviceline",
        // An outdoor centre's company as a payee ("payee": "Kingswood Learning & Leisure Group Ltd").
        "learning", "leisure", "group",
        // A church by its denomination ("- name: Leytonstone Methodist", a food bank's sites, round 677's).
        "methodist", "baptist", "anglican", "quaker", "quakers", "pentecostal", "evangelical", "congregational", "adventist",
        // A trade's or a board's contact card ("FN:Clearview Windows & Maintenance", "FN:Little
        // Chefs Bakery", "FN:Pearson Edexcel Exams Officers").
        "windows", "maintenance", "bakery", "chefs", "cleaning", "plumbing", "electrical", "roofing", "glazing",
        "landscaping", "gardening", "joinery", "builders", "exams", "officers", "edexcel", "helpline",
        // A haulier's and a courier's cards ("FN:Ouseview Commercials – Service desk", "FN:Parcelforce
        // Worldwide – Yellow Label", rounds 711 and 713's); a medicine's brand under "name"
        // ("EpiPen Jr", round 710's allergy register).
        "commercials", "commercial", "worldwide", "logistics", "couriers", "courier", "epipen", "jext", "emerade",
        // An IT supplier's card ("FN:Pennine Broadband NOC", "FN:Northern Edge IT - Accounts", round 707's).
        "broadband", "noc", "it", "ict", "telecom", "telecoms", "networks", "systems", "mailbox",
        // A governing body's committees ("- name: Staff Dismissal & Grievance Committee", round 709's).
        "dismissal", "grievance", "committee", "disciplinary", "appeals",
        // A Welsh school's ("name": "Ysgol Bryn Coed").
        "ysgol", "coleg",
        // A venue in a risk assessment ("name: Kirkburton Baths (operated by ...)", round 722's).
        "baths", "pool", "pools", "lido", "leisure", "stadium", "arena", "track", "pavilion", "rink",
        // A council's list of services and a music service's groups ("- name: Northshire CAMHS
        // single point of access", "Young Carers Northshire", "{name: Brass Ensemble}",
        // "Wolverhampton Multi-Agency Safeguarding Hub").
        "camhs", "carers", "ensemble", "ensembles", "orchestra", "choir", "band", "multi-agency", "safeguarding",
        // A chat export's apps and bots ("displayName": "Attendance Bot", "Microsoft Forms").
        "bot", "bots", "app", "forms", "microsoft", "google", "apple",
        "academy", "school", "college", "university", "services", "service", "customer", "department", "office",
        "council", "trust", "centre", "center", "ltd", "limited", "plc", "inc", "company", "society", "association",
        "applied", "science", "sciences", "studies", "technology", "design", "art", "arts", "music", "drama",
        "history", "geography", "mathematics", "physics", "chemistry", "biology", "english", "french", "spanish",
        "german", "education", "computing", "business", "programme", "program", "course", "project", "products",
        "support", "team", "admin", "administrator", "reception", "finance", "payroll", "enquiries", "helpdesk",
        "surgery", "practice", "clinic", "pharmacy", "nhs", "police", "county", "borough", "city", "district",
        // A fire service ("name: Northshire Fire and Rescue Service", round 2771's contacts).
        "fire", "rescue",
        "ltd.", "educational", "supplies", "coaches", "travel", "taxis", "taxi", "cars", "cabs", "minibuses", "buses",
        // A local offer's services ("Sheffield SENDIASS", "Sheffield Parent Carer Forum").
        "sendiass", "iass", "forum", "network", "alliance", "hub", "catering", "books", "publishing",
        "solutions", "associates", "motors", "consulting", "consultancy", "designs", "interiors",
        "exams", "hire", "bookings", "helpline", "switchboard",
        // A phone's contacts of trades and shops ("Riverside Vets", "Pizza Fratelli").
        "vets", "vet", "veterinary", "pizza", "pizzeria", "takeaway", "cafe", "café", "restaurant", "dental",
        "dentist", "opticians", "plumbing", "plumbers", "electrical", "electricians", "builders", "roofing",
        "glazing", "garage", "salon", "barbers", "florist", "florists", "bakery", "butchers", "cleaning",
        "removals", "locksmith", "kennels", "cattery", "nursery", "decorators", "heating", "fratelli",
        "kit", "set", "pack", "oil", "thermometer", "stencil", "mould", "rods", "charcoal", "plug", "lead",
        // A technician's suppliers ("Kyocera Copier Servicing").
        "servicing", "copier", "copiers", "photocopier", "photocopiers", "repairs", "maintenance", "networks", "systems",
        // A school's bank in its settings ("name": "Lloyds Bank").
        "bank", "insurance", "solicitors", "accountants",
        // A charity by the condition it serves ("- name: Young Epilepsy", a parents' contacts
        // page, round 1645's; "Asthma Lung UK", "Diabetes UK").
        "epilepsy", "asthma", "diabetes", "autism", "dyslexia", "cancer", "leukaemia", "arthritis", "dementia",
        // A pension scheme and a hostel under a "name" key ("Local Government Pension Scheme (LGPS)",
        // round 1651's; "Jugendgaste Hostel Mitte", round 1655's trip itinerary).
        "government", "pension", "pensions", "scheme", "hostel", "hostels",
        // A service's hyphenated word cut short ("name: Brookvale Multi-Agency Safeguarding Hub", round 1668's).
        "multi", "agency",
    ]

    static let calendarWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        // As a to-do list or a rota shortens them ("swap rooms with Sam Thurs P3").
        "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    /// Words after a given name that make a place, a thing or a school group of it.
    /// (Not Ward or Cross, which are more often surnames: "Mark Ward", "Rachel Cross".)
    static let placeWords: Set<String> = [
        "line", "station", "hospital", "room", "building", "block", "wing", "garden", "gardens", "library",
        "primary", "infant", "infants", "junior", "juniors", "nursery", "house", "lodge", "court", "square",
        "bridge", "theatre", "museum", "trust", "foundation", "award", "prize", "medal", "cup", "shield",
        "appeal", "fund", "memorial", "way", "avenue", "close", "drive", "crescent", "terrace",
        "falls", "springs", "lake", "island", "islands", "bay", "river", "mountain", "mountains", "valley",
        "forest", "dock", "docks", "palace", "castle", "abbey", "cathedral", "airport", "harbour", "canal",
        "gate", "tower", "stadium", "arena", "embankment", "pier", "quay", "beach", "port", "project",
        // A street's abbreviation ("Great George St LS1 3EX", "Kirkstall Rd"; "Town Hall Extension, Albert Sq,
        // M60 2LA", round 2969's contacts poster).
        "st", "rd", "sq", "ave", "cres", "pl",
        // A school's rooms in a settings file ("- name: Sports Hall", round 711's exam rooms).
        "hall", "gym", "gymnasium", "studio", "studios", "annexe", "annex", "pavilion", "lab", "laboratory",
        // An accident book's location after the child, a PDF's cells run together ("Ibrahim Hassan
        // Corridor Tripped over", round 739's).
        "corridor", "playground", "toilets", "classroom", "canteen", "corridors", "stairs", "stairwell",
        // A Welsh house's name ("Bryn Teg, 3 Oak Lane", "Bryn Awel, 3 Heol y Felin": fair hill, breezy hill).
        "teg", "awel", "isaf", "uchaf", "hyfryd", "heulog",
    ]

    /// Words in capitals that join a report's boilerplate and no name ("END OF REPORT").
    static let reportWords: Set<Substring> = ["OF", "TO", "BE", "THE", "AND", "FOR", "PAGE", "END"]

    /// `clean` for an ASCII cell (most are), on its bytes: no Unicode properties to look up.
    static func cleanASCII(_ trimmed: String) -> String? {
        let bytes = trimmed.utf8
        guard (2...48).contains(bytes.count), let first = bytes.first, isUpper(first) else { return nil }
        var letters = 0, commas = 0, previous: UInt8 = 0
        var smallWord = false // a word after a space starting with a small letter
        var lastWord = bytes.startIndex // where the last word after a space starts
        var possessive = false, possessiveEnd = bytes.endIndex // a word ending in "'s"
        for index in bytes.indices {
            let byte = bytes[index]
            switch byte {
            case 65...90: letters += 1
            case 97...122:
                letters += 1
                if previous == 32 { smallWord = true }
            case 32, 45, 39, 46: break // space - ' .
            case 44: commas += 1 // "Hughes, Olivia", as MIS exports write a name
            default: return nil
            }
            if previous == 32, byte != 32 { lastWord = index }
            if byte == 115, previous == 39, index != bytes.startIndex { possessiveEnd = bytes.index(after: index) }
            if possessiveEnd == index, byte == 32 || byte == 44 { possessive = true }
            previous = byte
        }
        guard letters >= 2, commas <= 1, bytes.last != 44, !notNames.contains(trimmed.lowercased()), !isRoleLetter(trimmed) else { return nil }
        // A report's words in capitals, no name: "END OF REPORT", "PREVIOUS SERVICE TO BE" (a
        // joining word no name holds in capitals).
        if trimmed.utf8.contains(32), trimmed.split(separator: " ").contains(where: reportWords.contains) { return nil }
        // A possessive is someone's something, no name: "Head's PA", "Olivia's mum".
        if possessive { return nil }
        // A phrase, not a name: "Support for teachers", "Health and safety" (not "Mr and Mrs Adeyemi").
        if smallWord {
            let words = trimmed.split(separator: " ")
            if words.indices.dropFirst().contains(where: { smallWords.contains(String(words[$0])) && !(words[$0] == "and" && isTitle(words[$0 - 1].lowercased())) }) {
                return nil
            }
        }
        // A guide's stand-in with a placeholder for a surname: "Jamie Sample", "Alex Example".
        if lastWord != bytes.startIndex, placeholderWordInitials.contains(bytes[lastWord] | 0x20),
           isPlaceholderWord(String(trimmed[lastWord...])) { return nil }
        return trimmed
    }

    /// A worksheet's or an anonymised case study's stand-in: "Student A", "Pupil B", "Child X".
    /// ("Group 2" is none already: a name has no digits.)
    static func isRoleLetter(_ text: String) -> Bool {
        // Most cells end otherwise: look at the last two bytes before splitting.
        let bytes = text.utf8
        guard bytes.count >= 3, let last = bytes.last, (65...90).contains(last),
              bytes[bytes.index(bytes.endIndex, offsetBy: -2)] == 32 else { return false }
        let words = text.split(separator: " ")
        guard words.count == 2 else { return false }
        return roleLetterWords.contains(words[0].lowercased())
    }

    static let roleLetterWords: Set<String> = ["student", "pupil", "child", "group", "person", "learner", "candidate", "team", "parent",
                                               "patient", "member", "case", "young", "adult", "teacher", "employee", "customer", "user"]
}

import Foundation

/// A table cell that can be a line of a home address: 3 to 120 characters with at least
/// two letters, not a placeholder.
public enum AddressCell {
    public static func isValid(_ bytes: [UInt8]) -> Bool {
        let text = CellText.trimmed(String(decoding: bytes, as: UTF8.self))
        guard (3...120).contains(text.count), text.filter(\.isLetter).count >= 2 else { return false }
        // A history lesson's or a story's famous address ("Address to know: 10 Downing Street").
        let lower = text.lowercased()
        if famousAddresses.contains(where: lower.hasPrefix) { return false }
        // (Nor a mail merge's field: "<<Address1>>", "«Address_Line_1»", "{{address}}".)
        if CellText.isTemplateField(text) { return false }
        // (Nor a template's made-up street: "1 Any Street", "2 Example Road", "10 Sample Lane".)
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," })
        if words.count >= 2, words.contains(where: { placeholderStreetWords.contains(String($0)) }) { return false }
        // (A word alone, no figure, is no address: a blank form's next label, "UPN", under its
        // "Address" row, round 683's.)
        if words.count < 2, !text.contains(where: \.isNumber) { return false }
        // (A word alone with figures is a house's number or a postcode written without its
        // space, "Flat2", "LS62AB"; not a product's code under an invoice's rows, "AVA-RGJ-01",
        // round 1105's kit order, whose "Address" row above read as the column's header.)
        if words.count < 2, text.count > 5, !Postcode.isValid(Array(text.uppercased().utf8)) { return false }
        // (Nor a form's label whose only figures are in brackets: "Other adults (16+) in
        // household", "DBS certificate no. (12 digits)", under a blank "Home address" row, round 853's.)
        if text.contains("("), text.contains(where: \.isNumber) {
            var depth = 0, outside = false
            for character in text {
                if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) }
                else if depth == 0 && character.isNumber { outside = true; break }
            }
            if !outside { return false }
        }
        return !PersonName.notNames.contains(text.lowercased())
    }

    /// A home address after its label ("address: 14 Elm Grove, Leeds", "Address\t7 Mill Lane",
    /// the match beginning at the label's "address"): no word after it that makes it an
    /// organisation's ("Address (work):"; the words before it, "School address:", are the
    /// rule's `not_on_lines_of`), and the street no template's made-up one.
    public static func afterLabel(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        // (Its label ends at a colon, a tab or a dotted leader: "Home address ....... 27 Tannery Close".)
        // (Or at a Markdown table's bar between its label cell and its value cell.)
        // (Or at the line's end, the address on the line under it: "3. Address\n9 Monkmoor Avenue".)
        guard let cut = text.firstIndex(where: { $0 == ":" || $0 == "\t" || $0 == "|" || $0 == "\n" || $0 == "\r\n" })
                ?? text.range(of: "....")?.lowerBound else { return false }
        let label = text[..<cut].lowercased().split(whereSeparator: { !$0.isLetter })
        if label.contains(where: { notHomeLabelWords.contains(String($0)) }) { return false }
        return isValid(Array(text[text.index(after: cut)...].drop { $0 == "." || $0 == " " || $0 == "\n" || $0 == "\r\n" || $0 == "\t" }.utf8))
    }

    /// Addresses every pupil learns or reads: a government's, a detective's, a palace's.
    static let famousAddresses = ["10 downing street", "11 downing street", "221b baker street", "221 b baker street",
                                  "buckingham palace", "1600 pennsylvania avenue", "4 privet drive", "12 grimmauld place",
                                  "62 west wallaby street", "32 windsor gardens"]

    /// The words of an address's label that make it no one's home: an organisation's, a
    /// venue's, an invoice's, a message's.
    static let notHomeLabelWords: Set<String> = [
        "school", "schools", "academy", "college", "nursery", "setting", "venue", "site", "centre", "center", "office",
        "delivery", "invoice", "invoicing", "billing", "registered", "business", "company", "work", "employer", "employers",
        "email", "e", "mail", "web", "website", "ip", "mac", "return", "returns", "hotel", "club", "organisation",
        "organization", "church", "surgery", "practice", "pickup", "pick", "drop", "meeting", "event", "accommodation",
        "hostel", "camp", "supplier", "suppliers", "trust", "council", "head", "main", "reception", "collection",
        "destination", "trip", "visit", "placement", "provider", "agency", "contractor", "branch", "shop", "store",
        "warehouse", "depot", "museum", "park", "station", "hospital", "clinic", "ysgol", "swyddfa", "example", "sample",
    ]

    /// A template's made-up street's words ("1 Any Street", "2 Example Road").
    static let placeholderStreetWords: Set<String> = ["any", "example", "sample", "dummy", "fake", "anytown", "anyville", "somewhere"]
}

/// Which (first byte, length) pairs a set of lower-case words has, their first letters in
/// either case: a word whose pair is not among them is not in the set. (A word longer than
/// `maxLength` is always looked up.)
struct WordShapes {
    static let maxLength = 31
    private var seen = [Bool](repeating: false, count: 256 * (WordShapes.maxLength + 1))

    init(_ words: Set<String>) {
        for word in words {
            guard let first = word.utf8.first, word.utf8.count <= Self.maxLength else { continue }
            for byte in [first, (97...122).contains(first) ? first - 32 : first] {
                seen[Int(byte) * (Self.maxLength + 1) + word.utf8.count] = true
            }
        }
    }

    /// Whether `bytes[start..<end]` may be one of the words.
    @inline(__always) func holds(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let length = end - start
        guard length <= Self.maxLength else { return true }
        return seen[Int(bytes[start]) * (Self.maxLength + 1) + length]
    }
}
