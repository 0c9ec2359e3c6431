import Foundation

/// People a school teaches about, reads or follows, whose names fill lesson plans, schemes
/// of work and reading lists: no pupil's or parent's personal data. Lower-case, a given name
/// and a surname (as `PersonName.inRunningText` compares them: the whole name, or its first
/// and last words). Only names whose first word is a common given name matter here.
enum FamousNames {
    /// Whether a table's name ("Hermione Granger", "Granger, Hermione", "Granger Hermione")
    /// is someone a school teaches about or reads, either way round; or a book's titled
    /// character (`PersonName.titledCharacters`: "Mr Twit", "Miss Trunchbull", a maths lesson's
    /// made-up payslips, round 2826's).
    static func names(_ value: String) -> Bool {
        let words = value.lowercased().split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard words.count >= 2 else { return false }
        if words.count == 2, PersonName.isTitledCharacter(words[0] + " " + words[1]) { return true }
        // (Each name in `all` begins with one of `firstWords`: most cells' first and last words
        // are none, and cost no string built. Asked of every name a table reports.)
        let first = firstWords.contains(words[0]), last = firstWords.contains(words[words.count - 1])
        guard first || last else { return false }
        return first && (all.contains(words.joined(separator: " ")) || all.contains(words[0] + " " + words[words.count - 1]))
            || last && all.contains(words[words.count - 1] + " " + words[0])
    }

    /// Whether two capitalised words in `buffer[from..<to]` are someone a school teaches about:
    /// an assembly slide's "Malala Yousafzai ... Born 12 July 1997" gives her life, no pupil's.
    static func namedWithin(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool {
        var previous = (from: 0, to: 0), older = (from: 0, to: 0)
        var index = max(0, from)
        let end = min(to, buffer.count)
        let bytes = buffer.assumingMemoryBound(to: UInt8.self)
        while index < end {
            while index < end, !isLetter(buffer[index]) { index += 1 }
            let start = index
            while index < end, isLetter(buffer[index]) || buffer[index] >= 0x80 || buffer[index] == 45 || buffer[index] == 39 { index += 1 }
            guard index > start else { continue }
            let first = previous, grand = older
            older = previous
            previous = (start, index)
            // (A given name, a middle one and the surname: "Carol Ann Duffy (born 23 December 1955)".)
            if grand.to > grand.from, first.to > first.from, isCapital(buffer[grand.from]), isCapital(buffer[first.from]), isCapital(buffer[start]),
               first.from - grand.to <= 2, start - first.to <= 2 {
                let given = lowered(buffer[grand.from..<grand.to])
                if firstWords.contains(given), pair(given, lowered(buffer[start..<index])), !namesAPlace(buffer, after: index) { return true }
            }
            guard first.to > first.from, isCapital(buffer[first.from]), isCapital(buffer[start]), start - first.to <= 2,
                  firstWordShapes.holds(bytes, first.from, first.to) else { continue }
            // (The first word alone first: most capitalised pairs begin with no famous given name.)
            let given = lowered(buffer[first.from..<first.to])
            guard firstWords.contains(given) else { continue }
            // (A possessive is the name's: "Marcus Rashford's 2020 campaign".)
            var surnameEnd = index
            if surnameEnd - start > 3, buffer[surnameEnd - 1] == 115 {
                if buffer[surnameEnd - 2] == 39 { surnameEnd -= 2 } else if surnameEnd - start > 5, buffer[surnameEnd - 2] == 0x99,
                    buffer[surnameEnd - 3] == 0x80, buffer[surnameEnd - 4] == 0xE2 { surnameEnd -= 4 }
            }
            if pair(given, lowered(buffer[start..<surnameEnd])), !namesAPlace(buffer, after: index) { return true }
        }
        return false
    }

    /// The famous given name a sentence's subject is, named in full earlier in the document: a
    /// reading group's "Christopher lives at 36 Randolph Street, Swindon" after "Christopher
    /// Boone, 15, the narrator" (round 1052's book club notes). The capitalised word within the
    /// 24 bytes before `verb`, and a famous name it begins in `buffer[from..<verb]`.
    static func subjectNamedInFull(_ buffer: UnsafeRawBufferPointer, verb: Int, from: Int) -> Bool {
        var end = verb
        while end > 0, verb - end < 24, !isLetter(buffer[end - 1]) { end -= 1 }
        var start = end
        while start > 0, isLetter(buffer[start - 1]) { start -= 1 }
        guard start < end, isCapital(buffer[start]) else { return false }
        let given = lowered(buffer[start..<end])
        guard firstWords.contains(given) else { return false }
        // Each capitalised word earlier that is the given name, then the word after it.
        var index = max(0, from)
        let stop = start
        while index < stop {
            while index < stop, !isLetter(buffer[index]) { index += 1 }
            let wordStart = index
            while index < stop, isLetter(buffer[index]) { index += 1 }
            guard index - wordStart == end - start, isCapital(buffer[wordStart]), lowered(buffer[wordStart..<index]) == given,
                  index < stop, buffer[index] == 32 else { continue }
            var surnameEnd = index + 1
            while surnameEnd < stop, isLetter(buffer[surnameEnd]) || buffer[surnameEnd] == 39 || buffer[surnameEnd] == 45 { surnameEnd += 1 }
            if surnameEnd > index + 1, pair(given, lowered(buffer[(index + 1)..<surnameEnd])) { return true }
        }
        return false
    }

    /// Whether the word after a famous name makes it a place's or a body's named after them
    /// ("Aneurin Bevan UHB", "Florence Nightingale Hospital", "Isaac Newton Academy").
    static func namesAPlace(_ buffer: UnsafeRawBufferPointer, after end: Int) -> Bool {
        guard end < buffer.count, buffer[end] == 32 else { return false }
        var stop = end + 1
        while stop < buffer.count, stop - end < 16, isLetter(buffer[stop]) { stop += 1 }
        guard stop > end + 1 else { return false }
        return placeWords.contains(lowered(buffer[(end + 1)..<stop]))
    }

    static let placeWords: Set<String> = ["uhb", "university", "health", "hospital", "school", "academy", "college", "centre",
                                          "center", "house", "building", "trust", "primary", "ward", "unit", "clinic", "surgery",
                                          "library", "hall", "court", "foundation", "institute"]

    @inline(__always) static func isCapital(_ byte: UInt8) -> Bool { byte >= 65 && byte <= 90 }

    /// Whether a match ends in a famous name: its last word and one of the three words before
    /// it ("Name\tHarry James Potter" ends in Harry ... Potter).
    static func endsWithFamousName(_ bytes: [UInt8]) -> Bool {
        let words = bytes.split(whereSeparator: { !isLetter($0) && $0 < 0x80 && $0 != 39 && $0 != 45 }).suffix(4)
        guard words.count >= 2, let last = words.last else { return false }
        let surname = String(decoding: last, as: UTF8.self).lowercased()
        return words.dropLast().contains { pair(String(decoding: $0, as: UTF8.self).lowercased(), surname) }
    }

    /// A word in lower case: on bytes where it is ASCII (no array or Unicode tables between).
    static func lowered(_ bytes: UnsafeRawBufferPointer.SubSequence) -> String {
        bytes.contains(where: { $0 >= 0x80 }) ? String(decoding: bytes, as: UTF8.self).lowercased() : lowerASCII(bytes)
    }

    /// Whether a given name and a surname (lower-cased) are someone in `all`: the given name
    /// looked up first, so that most pairs cost no string built.
    static func pair(_ given: String, _ surname: String) -> Bool {
        (firstWords.contains(given) || given.utf8.contains { $0 >= 0x80 }) && all.contains(given + " " + surname)
    }

    /// The first words of `all`'s names.
    static let firstWords = Set(all.names.map { String($0.prefix { $0 != " " }) })
    static let firstWordShapes = WordShapes(firstWords)

    /// Names written without their accents, found with them too: "Jane Eyre (Charlotte Brontë,
    /// 1847)" (round 1907's lesson), "Frédéric Chopin".
    struct NameSet {
        let names: Set<String>
        func contains(_ name: String) -> Bool {
            names.contains(name) || name.utf8.contains { $0 >= 0x80 } && names.contains(name.folding(options: .diacriticInsensitive, locale: nil))
        }
    }

    static let all = NameSet(names: [
        // (Marks a school reads, paints, teaches or follows; "Mark" counts as a given name.)
        "mark twain", "mark haddon", "mark rothko", "mark antony", "mark zuckerberg", "mark drakeford", "mark cavendish",
        "mark wahlberg", "mark ruffalo", "mark hamill", "mark knopfler", "mark ronson", "mark carney", "mark rutte",
        "mark lowery", "mark sperring", "mark wallinger",
        // An assembly's athlete and a reading list's singer (rounds 992-993's).
        "colin jackson", "florence welch",
        // Olympians, Paralympians and footballers of a PE lesson's reading cards (round 1503's "Rebecca
        // Adlington (born 1989, Mansfield)"); the names only, no common pair ("Louis Smith" stays a pupil's).
        "rebecca adlington", "laura trott", "greg rutherford", "helen glover", "katherine grainger", "lizzie yarnold",
        "jayne torvill", "christopher dean", "ann packer", "mary rand", "steve ovett", "ben ainslie",
        "victoria pendleton", "cathy freeman", "eric liddell", "harold abrahams", "michael phelps", "steve backley",
        "fatima whitbread", "tessa sanderson", "duncan goodhew", "beth tweddle", "nile wilson", "bryony page",
        "bianca walkden", "galal yafai", "jodie grinham", "hollie arnold", "aled davies", "libby clegg",
        "sophie christiansen", "steven gerrard", "jamie vardy", "jack grealish", "bobby moore", "geoff hurst",
        "jack charlton", "bobby charlton", "stanley matthews", "tim henman", "virginia wade", "fred perry",
        "johanna konta", "katie boulter",
        // Father Christmas in Welsh, on a meithrinfa's newsletter (round 1610's).
        "siôn corn", "sion corn",
        // History, science, society
        "florence nightingale", "mary seacole", "joseph merrick", "david copperfield", "tracy beaker", "isaac newton", "charles darwin", "albert einstein", "marie curie",
        // (A lesson on famous people who grew up in care, round 2863's.)
        "marilyn monroe", "eleanor roosevelt",
        "rosa parks", "martin luther", "martin king", "nelson mandela", "winston churchill", "elizabeth fry",
        "grace darling", "emmeline pankhurst", "emily davison", "amelia earhart", "neil armstrong", "tim peake",
        // Rounds 352-357's lessons: a deafblind author and her teacher, the Great Fire's baker, Mr Tumble.
        "helen keller", "anne sullivan", "thomas farriner", "justin fletcher", "laurence olivier",
        // Round 504's newsletter: braille's inventor. An explorer a history lesson names.
        "louis braille", "marco polo",
        // The royal family, as a timeline or an assembly names them ("King Charles III born 14/11/1948").
        // (By number, not title: "King, George" is a class list's pupil.)
        "charles iii", "elizabeth ii",
        // The cases and inquiries every safeguarding and safer recruitment course names ("the
        // Bichard Inquiry after Ian Huntley's conviction", "lessons from Victoria Climbié").
        "ian huntley", "maxine carr", "holly wells", "jessica chapman", "michael bichard", "victoria climbié",
        "victoria climbie", "peter connelly", "daniel pelka", "arthur labinjo-hughes", "star hobson", "khyra ishaq",
        "hamzah khan", "keanu williams", "jimmy savile", "eileen munro", "alan wood", "herbert laming", "josh macalister",
        "sara sharif", "alexis jay", "molly russell", "ruth perry", "lord laming",
        // Cases an anti-bullying or an anti-racism assembly names.
        "stephen lawrence", "doreen lawrence", "damilola taylor", "james bulger", "sarah everard",
        // Education secretaries, as a pay or a policy briefing names them ("Michael Gove (pay progression)").
        "michael gove", "gavin williamson", "nadhim zahawi", "gillian keegan", "bridget phillipson", "kenneth baker",
        "david blunkett", "ed balls", "nicky morgan", "damian hinds", "justine greening", "angela rayner",
        "jocelyn bell burnell", "jocelyn bell", "mae jemison", "maggie aderin-pocock", "steve backshall",
        "helen sharman", "george stephenson", "alexander fleming", "edward jenner", "louis pasteur", "ada lovelace",
        "alan turing", "stephen hawking", "rosalind franklin", "james watt", "thomas edison", "charles babbage",
        "michael faraday", "david attenborough", "greta thunberg", "anne frank", "henry tudor", "anne boleyn",
        "catherine parr", "catherine howard", "jane seymour", "catherine aragon", "elizabeth tudor", "mary tudor",
        "oliver cromwell", "thomas cromwell", "thomas more", "richard rich", "jim crow", "thomas howard", "thomas wolsey", "anne of cleves", "thomas cranmer", "robert aske", "william wallace", "robert bruce", "walter raleigh",
        // Scotland's Wars of Independence, as an S1 history worksheet lists them.
        // (Not those whose names many living people share: James Douglas, Mary Stewart, Andrew Murray.)
        "andrew moray", "john balliol", "john comyn", "edward bruce", "flora macdonald", "rabbie burns", "mary slessor",
        "elsie inglis",
        // Wales's: Owain Glyndŵr, Llywelyn, Hywel Dda.
        "owain glyndwr", "owain glyndŵr", "hywel dda", "llywelyn fawr", "dic penderyn", "betsi cadwaladr", "gwen john",
        "francis drake", "james cook", "christopher columbus", "harriet tubman", "frederick douglass",
        "abraham lincoln", "george washington", "john kennedy", "barack obama", "michelle obama", "joe biden",
        "donald trump", "boris johnson", "theresa may", "keir starmer", "rishi sunak", "margaret thatcher",
        "tony blair", "gordon brown", "david cameron", "liz truss", "mary anning", "william wilberforce",
        "olaudah equiano", "walter tull", "noor khan", "edith cavell", "wilfred owen", "john logie", "john baird",
        // The war poets of a scheme of work (round 776's), a Berlin Wall victim (round 775's German
        // lesson), a director of a set text's production (round 774's), Rochdale's Gracie Fields.
        "isaac rosenberg", "siegfried sassoon", "jessie pope", "edward thomas", "ivor gurney", "vera brittain",
        "john mccrae", "peter fechter", "stephen daldry", "gracie fields",
        // A battlefields visit's Kipling's son (round 793's), and a walking route named like a
        // person: Wales's Kerry Ridgeway (round 797's expedition).
        "john kipling", "jack kipling", "kerry ridgeway",
        // A phonics programme's author (round 805's timetable), Romania's and Poland's scientists in
        // a multilingual glossary.
        "ruth miskin", "ana aslan", "marie skłodowska-curie", "marie sklodowska-curie", "maria skłodowska",
        // Children's poets and authors on reading spines and class library lists (rounds 825 and 826).
        "joseph coelho", "kwame alexander", "sita brahmachari", "frank cottrell-boyce", "piers torday", "elle mcnicoll",
        "sharon draper", "nicola davies", "jenny valentine",
        "tim berners-lee", "katherine johnson", "jane goodall", "david livingstone", "ernest shackleton",
        // Shackleton's crew and other explorers on a guided reading sheet (round 2963's residential pack).
        "tom crean", "frank wild", "perce blackborow", "frank worsley", "matthew henson", "gertrude bell", "isabella bird",
        "tenzing norgay", "robert peary", "roald amundsen", "ann bancroft", "freya stark",
        "robert scott", "edmund hillary", "samuel pepys", "william caxton", "thomas becket", "alfred great",
        "richard lionheart", "william conqueror", "harold godwinson", "elizabeth windsor", "charles windsor",
        "diana spencer", "joseph lister", "john snow", "james dyson", "george orwell", "claudia jones",
        "grace hopper", "mary mallon", "malala yousafzai",
        // Computing's British pioneers on a timeline ("Tommy Flowers", Colossus, round 854's).
        "tommy flowers", "sophie wilson", "steve furber", "dennis ritchie", "ken thompson", "john mccarthy",
        "karen jones", "mary somerville", "stephanie shirley", "joan clarke", "max newman", "bill tutte", "maurice wilkes",
        "clive sinclair", "alan sugar", "demis hassabis", "john vincent", "gordon moore", "guido rossum",
        // A computing or an e-safety lesson's pioneers, founders and hackers.
        "kevin mitnick", "bill gates", "steve jobs", "steve wozniak", "mark zuckerberg", "elon musk", "jeff bezos",
        "larry page", "sergey brin", "linus torvalds", "margaret hamilton", "hedy lamarr", "dorothy vaughan",
        "mary jackson", "annie easley", "gary mckinnon", "julian assange", "edward snowden",
        // Authors a school's policies and CPD cite ("Paul Dix, When the Adults Change").
        "paul dix", "tom bennett", "doug lemov", "dylan wiliam", "carol dweck", "barak rosenshine", "daisy christodoulou",
        "mary myatt", "ross greene", "bruce perry", "dan siegel", "daniel siegel", "john hattie", "daniel willingham",
        "tom sherrington", "alex quigley", "david didau", "kim golding", "louise bomber", "dan hughes", "tina payne bryson",
        "marcus rashford", "roger bannister", "derek bentley", "mo farah", "mo salah", "jessica ennis", "jamie oliver", "mary berry", "gordon ramsay", "nigella lawson",
        // (A GCSE PE lesson's athletes who lived with illness, round 2383's.)
        "arthur ashe", "muhammad ali", "lou gehrig", "ludwig guttmann", "jackie robinson", "joe louis",
        "emma raducanu", "lewis hamilton", "andy murray", "tom daley", "simone biles", "serena williams",
        // (Fundraisers an assembly tells of: "| Terry Fox | 28 July 1958 | Osteosarcoma; leg amputated |",
        // round 2595's.)
        "terry fox", "captain tom", "captain tom moore", "tom moore", "stephen sutton", "jane tomlinson", "kevin sinfield",
        "rob burrow", "doddie weir", "claire lomas", "lloyd scott", "eddie izzard", "bob geldof", "jo cox",
        // A careers or a PE lesson's footballers, pundits and managers.
        "gary neville", "phil neville", "ian wright", "jill scott", "wayne rooney", "alex scott", "gareth southgate",
        "sarina wiegman", "rio ferdinand", "kelly smith", "gary lineker", "alan shearer", "micah richards", "karen carney",
        "fara williams", "casey stoney", "nikita parris", "lauren james", "millie bright", "lotte wubben-moy",
        "ollie watkins", "cole palmer", "trent alexander-arnold", "jordan pickford", "kieran trippier", "kyle walker",
        "isambard brunel", "isambard kingdom", "isambard kingdom brunel", "mary somerville", "caroline herschel", "william herschel",
        // Science, invention, politics and literature a KS3/KS4 lesson names
        "joseph priestley", "antoine lavoisier", "john dalton", "dmitri mendeleev", "ernest rutherford", "niels bohr",
        "james chadwick", "robert hooke", "robert boyle", "gregor mendel", "alfred wallace", "alfred russel wallace",
        "james watson", "francis crick", "dorothy hodgkin", "galileo galilei", "nicolaus copernicus",
        "johannes kepler", "william harvey", "ignaz semmelweis", "antonie leeuwenhoek", "jan ingenhousz",
        "henry cavendish", "humphry davy", "joseph swan", "alexander bell", "alexander graham bell", "nikola tesla",
        "thomas newcomen", "richard arkwright", "james hargreaves", "samuel crompton", "edmund cartwright",
        "elizabeth garrett anderson", "elizabeth anderson", "millicent fawcett", "emily pankhurst",
        "christabel pankhurst", "sylvia pankhurst", "annie kenney", "mary wollstonecraft", "john locke",
        "thomas hobbes", "adam smith", "karl marx", "robert louis stevenson", "arthur conan doyle", "carol ann duffy", "alan bennett", "barbara taylor bradford", "taylor bradford",
        "jb priestley", "inspector goole", "henry viii", "robert stephenson", "ada byron", "james clerk maxwell",
        "james maxwell", "peter higgs", "edward wilson", "howard carter", "mary beard", "david olusoga",
        "rosa luxemburg", "emmeline pethick", "ellen wilkinson", "clement attlee", "neville chamberlain",
        "harold wilson", "edward heath", "john major", "james callaghan", "anthony eden", "adolf hitler",
        // Social reformers in a history of school meals and welfare.
        "charles booth", "seebohm rowntree", "joseph rowntree", "william beveridge", "margaret mcmillan", "rachel mcmillan",
        "lord shaftesbury", "thomas barnardo", "octavia hill", "robert owen", "eleanor rathbone",
        // Prime ministers of the past, in a history lesson's timeline ("Arthur Balfour (PM 1902-1905)").
        "arthur balfour", "herbert asquith", "david lloyd george", "stanley baldwin", "ramsay macdonald", "bonar law",
        "robert peel", "william gladstone", "benjamin disraeli", "robert walpole", "william pitt", "harold macmillan",
        "alec douglas-home",
        "benito mussolini", "joseph stalin", "vladimir lenin", "franklin roosevelt", "harry truman", "john f kennedy",
        "mikhail gorbachev", "ronald reagan", "fidel castro",
        // Characters a computing lesson's practice data uses, and authors on reading lists
        "draco malfoy", "neville longbottom", "luna lovegood", "ginny weasley", "fred weasley", "george weasley",
        "percy weasley", "severus snape", "minerva mcgonagall", "rubeus hagrid", "cho chang", "cedric diggory",
        "sirius black", "remus lupin", "dudley dursley", "vernon dursley", "petunia dursley", "lily potter",
        "james potter", "tom riddle", "dean thomas", "seamus finnigan", "lavender brown", "oliver wood",
        "gilderoy lockhart", "dolores umbridge", "bellatrix lestrange", "lucius malfoy", "peter parker", "tony stark",
        "bruce wayne", "clark kent", "steve rogers", "natasha romanoff", "bruce banner", "diana prince", "lois lane",
        "mary jane", "luke skywalker", "leia organa", "han solo", "frodo baggins", "bilbo baggins", "samwise gamgee",
        "homer simpson", "bart simpson", "lisa simpson", "marge simpson", "neil gaiman", "mark haddon", "philip reeve",
        "holly jackson", "angie thomas", "derek landy", "cornelia funke", "lemony snicket", "veronica roth",
        "james dashner", "markus zusak", "john boyne", "sharon creech", "kate dicamillo", "darren shan",
        "charlie higson", "robert muchamore", "alex wheatle", "jason reynolds", "benjamin dean",
        "kiran millwood hargrave", "sophie anderson", "abi elphinstone", "polly ho-yen", "jenny downham",
        "juno dawson", "sally green", "robin stevens", "katherine applegate", "r j palacio", "raquel palacio",
        "david baddiel",
        // (A music lesson's percussionist, round 1818's; insulin's discoverers and its first patient, a
        // PSHE lesson's, round 1828's.)
        "evelyn glennie", "theodore roosevelt", "florence griffith joyner", "leonard thompson", "frederick banting", "charles best", "john macleod",
        // A reading session's author ("Hans Christian Andersen was dyslexic", round 1929's; read
        // from his middle name too).
        "hans christian andersen", "christian andersen", "hans andersen",
        // Jenner's first patient and the cartoonist of vaccination (round 1944's science lesson).
        "james gillray",
        // Psychology's and sociology's classic studies and cases
        "henry molaison", "william scoville", "phineas gage", "kim peek", "clive wearing", "john bowlby", "mary ainsworth",
        "harry harlow", "stanley milgram", "philip zimbardo", "solomon asch", "elizabeth loftus", "albert bandura",
        "john watson", "rosalie rayner", "sigmund freud", "anna freud", "jean piaget", "lev vygotsky", "noam chomsky",
        "carl rogers", "abraham maslow", "ivan pavlov", "michael rutter", "peter hollis", "leon festinger",
        // Nursery rhymes' and story books' people
        "lucy locket", "georgie porgie", "polly flinders", "kitty fisher", "tom thumb", "jack horner", "doctor foster",
        "mary quite", "bo peep", "willie winkie", "polly put", "jack sprat", "simple simon", "tommy tucker",
        // Authors, poets, illustrators
        "william shakespeare", "charles dickens", "jane austen", "emily bronte", "charlotte bronte", "anne bronte",
        "mary shelley", "john steinbeck", "harper lee", "arthur miller", "robert stevenson", "roald dahl",
        "david walliams", "michael morpurgo", "jacqueline wilson", "katherine paterson", "nick butterworth", "mick inkpen", "martin waddell", "jill murphy", "jez alborough", "rod campbell", "lucy cousins", "emily gravett", "giles andreae", "tony ross", "mo willems", "jon klassen", "chris haughton", "helen oxenbury", "janet ahlberg", "julia donaldson", "enid blyton", "lewis carroll",
        // Picture books an early years plan reads ("'The Colour Monster' by Anna Llenas").
        "anna llenas", "rachel bright", "jim field", "eileen browne", "todd parr", "sue hendra", "steve antony", "ross montgomery",
        "benji davies", "sam mcbratney", "anita jeram", "martin handford",
        // The SEND and early years writers a local offer or a guidance page cites (one-page
        // profiles, Attention Autism's "Bucket time", schemas, sensory integration).
        // (Not those as common as any parent's: "Julie Fisher", "Jan White", "Tina Bruce".)
        // A Welsh newsletter's "Dydd Gŵyl Dewi Hapus!" (Happy St David's Day), and the saint.
        "dewi hapus", "dewi sant",
        "helen sanderson", "gina davies", "julia dunlop", "jean ayres", "chris athey", "cathy nutbrown", "jennie lindon",
        "elizabeth jarman", "helen bilton", "kathy sylva", "margaret donaldson", "penny tassoni", "marion dowling",
        "beatrix potter", "philip pullman", "anthony horowitz", "malorie blackman", "william golding", "george eliot",
        "thomas hardy", "oscar wilde", "william blake", "william wordsworth", "john keats", "percy shelley",
        "robert burns", "rupert brooke", "charles kingsley", "carol duffy", "simon armitage", "seamus heaney", "ted hughes",
        "sylvia plath", "maya angelou", "benjamin zephaniah", "john agard", "grace nichols", "lemn sissay",
        "jackie kay", "imtiaz dharker", "agatha christie", "arthur doyle", "rudyard kipling", "edgar poe",
        "ernest hemingway", "virginia woolf", "kate tempest", "david almond", "frank boyce", "michael rosen",
        "allan ahlberg", "jeff kinney", "liz pichon", "cressida cowell", "tom palmer", "katherine rundell",
        "kiran hargrave", "onjali rauf", "lauren child", "eoin colfer", "ross welford", "emma carroll",
        "chris riddell", "oliver jeffers", "axel scheffler", "john burningham", "judith kerr", "anthony browne",
        "shirley hughes", "nick sharratt", "eric carle", "david mckee", "joanne rowling", "john tolkien",
        "clive lewis", "kazuo ishiguro", "john priestley", "willy russell", "dennis kelly", "robert frost",
        // GCSE drama and prose set texts' authors (an exam board's list, round 738's).
        "simon stephens", "shelagh delaney", "tanika gupta", "stephen kelman", "bali rai", "lorraine hansberry", "robert sherriff",
        // A wellbeing reading list's authors (round 751's).
        "siobhan dowd", "charlie mackesy", "stephen chbosky", "alice oseman", "holly bourne",
        // Matilda's characters (a citizenship lesson's mock appeal, round 752's).
        "jennifer honey", "harry wormwood", "matilda wormwood", "zinnia wormwood", "michael wormwood", "agatha trunchbull",
        "bruce bogtrotter", "lavender brown",
        "christina rossetti", "elizabeth browning", "alfred tennyson", "john donne",
        "charlotte perkins", "zadie smith", "andrea levy", "meera syal", "alice walker", "toni morrison",
        "louis sachar", "patrick ness", "sally gardner", "anne fine", "nina bawden", "michelle magorian",
        "david eddings", "rick riordan", "suzanne collins", "stephenie meyer", "john green", "dav pilkey",
        "tom fletcher", "matt haig", "ben miller", "emma yarlett",
        // Characters in set texts and class readers
        "harry potter", "ron weasley", "hermione granger", "albus dumbledore", "ebenezer scrooge", "bob cratchit",
        // ("Tiny Tim Cratchit" and his family, Goodnight Mister Tom's evacuee and his guardian.)
        "tim cratchit", "martha cratchit", "peter cratchit", "belinda cratchit", "emily cratchit", "william beech",
        "willie beech", "tom oakley", "zach wrenn", "christopher boone",
        // Picture books' and class readers' characters with a home ("Paddington Bear - from Darkest
        // Peru, lives at 32 Windsor Gardens, London", a Year 2 word bank, round 1308's).
        "paddington bear", "paddington brown",
        // A photojournalism lesson's set text's author (Ways of Seeing). (Not Migrant Mother's
        // Florence Owens Thompson: "Florence Thompson" is as likely a pupil's name.)
        "john berger",
        // A set-text list's poet with her birth date ("Carol Ann Duffy (born 23 December 1955)");
        // Under Milk Wood's townsfolk (a Year 6 unit on Dylan Thomas).
        "carol duffy", "rosie probert", "polly garter", "myfanwy price", "mog edwards", "cherry owen",
        "willy nilly", "dai bread", "lily smalls",
        "jacob marley", "tiny tim", "oliver twist", "eva smith", "sheila birling", "arthur birling", "eric birling",
        "sybil birling", "gerald croft", "daisy renton", "edna birling", "george milton", "lennie small",
        "romeo montague", "juliet capulet", "tybalt capulet", "henry jekyll", "edward hyde", "gabriel utterson",
        "victor frankenstein", "elizabeth bennet", "jane bennet", "lydia bennet", "fitzwilliam darcy",
        "jane eyre", "edward rochester", "helen burns", "bertha mason", "grace poole", "blanche ingram", "adele varens",
        "georgiana reed", "catherine earnshaw", "atticus finch", "scout finch", "jem finch",
        "boo radley", "tom robinson", "bob ewell", "mayella ewell", "winston smith", "willy loman",
        "mickey johnstone", "eddie lyons", "edward lyons", "sherlock holmes", "james bond",
        "peter pan", "wendy darling", "alice liddell", "charlie bucket", "willy wonka", "augustus gloop", "veruca salt", "violet beauregarde", "mike teavee", "matilda wormwood",
        "james trotter", "danny champion", "tracy beaker", "stanley yelnats", "percy jackson", "katniss everdeen",
        "bruno gretel", "greg heffley", "tom gates", "tom kitten", "peter rabbit", "paddington brown",
        "christopher robin", "lucy pevensie", "edmund pevensie", "susan pevensie", "peter pevensie",
        "lyra belacqua", "will parry", "alex rider", "artemis fowl", "hazel grace", "ruby bridges",
        "katie morag", "amelia fang", "horrid henry", "isadora moon", "rosie revere", "ada twist",
        "iggy peck", "charlie brown", "pippi longstocking", "anne shirley", "billy elliot",
        "sephy hadley", "callum mcgregor", "jude mcgregor", "kamal hadley", "jasmine hadley", "meggie mcgregor",
        "christopher boone", "ed boone", "judy boone", "august pullman", "auggie pullman", "via pullman", "jack will",
        "william beech", "tom oakley", "tommo peaceful", "charlie peaceful", "thomas peaceful", "jim hawkins",
        "mary lennox", "colin craven", "dickon sowerby", "carrie willow", "nick willow", "ralph rover",
        "jack merridew", "peeta mellark", "gale hawthorne", "primrose everdeen",
        // (Mark Twain's, round 2246's PSHE case cards.)
        "tom sawyer", "huck finn", "huckleberry finn", "becky thatcher",
        "estella havisham", "abel magwitch", "joe gargery", "philip pirrip",
        // Hard Times' (a governors' training case study, round 2891's).
        "thomas gradgrind", "louisa gradgrind", "josiah bounderby", "sissy jupe",
        // Oliver Twist's Artful Dodger by his name, his mother, and Bill Sikes's Nancy (a KS3 unit
        // on crime in Dickens, round 1699's); Katie Morag's surname on a reading list.
        "jack dawkins", "agnes fleming", "bill sikes", "noah claypole", "nancy sikes", "katie mccoll",
        // (The Goldfish Boy's, round 2254's library lesson.)
        "matthew corbin",
        "conor o'malley", "starr carter", "khalil harris", "addie darrow", "maia fielding", "ted spark", "kat spark",
        "coraline jones", "hector zeroni", "fern arable", "sammy johnstone", "linda johnstone", "alem kelo",
        "cameron kelsey", "beatrice prior", "tris prior", "bella swan", "edward cullen", "holden caulfield",
        "zach wrench", "jay gatsby", "daisy buchanan", "nick carraway", "tom buchanan", "james gatz", "myrtle wilson", "jordan baker", "meyer wolfsheim", "esther greenwood", "lyddie worthen",
        "stanley kowalski", "blanche dubois", "john proctor", "elizabeth proctor", "mary warren", "abigail williams", "eddie carbone", "joe keller",
        // Public figures children follow
        "harry kane", "lionel messi", "venus williams",
        "ellie simmonds", "bukayo saka",
        "raheem sterling", "jude bellingham", "leah williamson", "chloe kelly", "beth mead", "lucy bronze",
        "mary earps", "ben stokes", "joe root", "david beckham", "victoria beckham", "taylor swift", "ed sheeran",
        "adele adkins", "billie eilish", "harry styles", "dua lipa", "stormzy", "joe wicks", "tom holland",
        "emma watson", "daniel radcliffe", "rupert grint", "kylian mbappe", "cristiano ronaldo",
        "usain bolt", "katarina johnson-thompson", "dina asher-smith", "sarah storey", "jason kenny", "laura kenny",
        "chris hoy", "chris packham", "bradley wiggins", "max whitlock", "adam peaty", "tom dean", "keely hodgkinson",
        // Composers and musicians a music department teaches (first and last words: "Johann
        // Sebastian Bach" is read as "Sebastian Bach", "George Frideric Handel" as "George Frideric";
        // not John Williams, James Brown, Michael Jackson or George Harrison, as many parents are called)
        "wolfgang amadeus", "samuel coleridge-taylor", "samuel coleridge", "florence price", "johann sebastian",
        "sebastian bach", "johann bach", "george frideric", "george handel", "henry purcell", "joseph haydn",
        "wolfgang mozart", "amadeus mozart", "ludwig beethoven", "edward elgar", "benjamin britten",
        "ralph vaughan", "ralph williams", "gustav holst", "thomas tallis", "william byrd", "frederic chopin",
        "claude debussy", "igor stravinsky", "george gershwin", "leonard bernstein", "aaron copland", "steve reich",
        "philip glass", "hans zimmer", "howard shore", "andrew lloyd", "andrew webber", "edvard grieg",
        "antonio vivaldi", "franz schubert", "johannes brahms", "richard wagner", "giuseppe verdi", "scott joplin",
        "louis armstrong", "duke ellington", "ella fitzgerald", "billie holiday", "bob marley", "freddie mercury",
        "david bowie", "elton john", "paul mccartney", "john lennon", "ringo starr",
        "amy winehouse", "stevie wonder", "aretha franklin", "nina simone", "miles davis",
        "ray charles", "jimi hendrix", "kate bush", "karl jenkins", "john rutter", "eric whitacre",
        "clara schumann", "robert schumann", "fanny mendelssohn", "felix mendelssohn", "hildegard bingen",
        "camille saint-saens", "sergei prokofiev", "peter tchaikovsky", "maurice ravel",
        // Shops, brands and places shaped like a name
        "john lewis", "jack wills", "ted baker", "thomas cook", "laura ashley", "grace jones",
        // International figures lessons teach about (a PSHE deck of "inspiring figures").
        "valentina tereshkova", "yuri gagarin", "chinua achebe", "wole soyinka", "tu youyou", "vladimir putin",
        "leo tolstoy", "fyodor dostoevsky", "anton chekhov", "frida kahlo", "wangari maathai", "kofi annan",
        "mahatma gandhi", "indira gandhi", "dmitri shostakovich", "eric hill", "maxim gorky",
        "nikita khrushchev", "alexei navalny", "mikhail kalashnikov", "khalid hosseini", "rahul dravid",
        "yuri andropov", "ekaterina gordeeva", "anastasia romanov", "bogdan khmelnytsky", "ayrton senna",
        "chimamanda adichie", "ngozi okonjo-iweala", "babatunde olatunji", "maryam mirzakhani", "zaha hadid",
        "omar khayyam", "ibn battuta", "ibn sina",
        // Wales's, Scotland's and Northern Ireland's figures and children's characters (a Welsh
        // lesson's "Enwogion Cymru"; first and last words: "Gwenllian ferch Gruffydd"). Only
        // names no parent is likely to have: not Dylan Thomas, Mary Jones or Robert Burns.
        "owain glyndŵr", "owain glyndwr", "gwenllian gruffydd", "tanni grey-thompson", "aneurin bevan", "hywel dda",
        "gareth bale", "shirley bassey", "ivor novello", "catherine zeta-jones", "sali mali", "tomos caradog",
        "mary slessor", "elsie inglis", "nicola sturgeon", "billy connolly",
        "van morrison", "rory mcilroy", "carl frampton",
        // A computing lesson's sample table of cartoon characters; vaccination's history; psychology's
        // case studies.
        "maggie simpson", "ned flanders",
        "jon arbuckle", "shaggy rogers",
        "milhouse houten", "milhouse van houten", "nelson muntz", "ralph wiggum", "seymour skinner", "edna krabappel",
        "montgomery burns", "moe szyslak", "apu nahasapeemapetilon", "peter griffin", "fred flintstone",
        "james phipps", "sarah nelmes", "albert b", "little albert", "genie wiley",
        "kitty genovese", "little hans", "natasha ednan-laperouse", "natasha ednan",
        // Poets of the GCSE anthologies (Power and Conflict, Love and Relationships, Worlds and Lives).
        "beatrice garland", "carol rumens", "jane weir", "daljit nagra", "maura dooley", "owen sheers", "charlotte mew",
        "andrew waterhouse", "moniza alvi", "gillian clarke", "patience agbabi", "raymond antrobus",
        // Education's authors a head's or a CPD reading list names (not the common ones).
        "daniel kahneman", "dylan wiliam", "doug lemov", "tom sherrington", "daisy christodoulou", "carol dweck",
        "john hattie", "barak rosenshine", "mary myatt", "alex quigley", "daniel willingham", "peps mccrea",
        "christine counsell", "barbara kingsolver", "claire keegan", "adam boxer", "zoe enser",
        // British athletes a PE theory lesson names.
        "jessica ennis-hill", "jonny wilkinson", "kelly holmes", "paula radcliffe", "steph houghton",
        "heather knight", "alistair brownlee", "jonny brownlee", "kadeena cox",
        "hannah cockroft", "jonnie peacock", "david weir", "lando norris", "jordan henderson", "alessia russo",
        "jack laugher", "zharnel hughes", "denise lewis", "daley thompson", "steve redgrave",
        "matthew pinsent", "ronnie o'sullivan", "jonny may", "maro itoje", "owen farrell", "ellen white",
        "nicola adams", "anthony joshua", "tyson fury", "katie taylor", "laura muir", "sky brown",
        "charlotte worthington", "tom pidcock", "geraint thomas", "mark cavendish", "lizzy yarnold",
        "amy williams", "jade jones", "charlotte dujardin",
        // Artists an art lesson names (first and last words: "Vincent van Gogh" as "Vincent Gogh"; not
        // those many people are called: Henry Moore, William Morris, Peter Blake).
        "bridget riley", "david hockney", "barbara hepworth", "georgia o'keeffe", "vincent gogh",
        "vincent van gogh", "andy warhol", "pablo picasso", "claude monet", "yayoi kusama", "keith haring",
        "roy lichtenstein", "grayson perry", "tracey emin", "damien hirst", "jackson pollock", "wassily kandinsky",
        "henri matisse", "paul cezanne", "salvador dali", "rene magritte", "andy goldsworthy", "romero britto",
        "jean-michel basquiat", "kehinde wiley", "chris ofili", "lubaina himid", "sonia boyce", "anish kapoor",
        "antony gormley", "rachel whiteread", "cornelia parker", "gustav klimt", "edvard munch",
        "paul klee", "joan miro", "piet mondrian", "georges seurat", "edgar degas", "pierre-auguste renoir",
        "mary cassatt", "louise bourgeois", "quentin blake", "john constable",
        "thomas gainsborough", "stephen lowry",
        // Olympic sprinters a statistics lesson tabulates, and footballers a PE lesson names (not
        // those many parents or pupils are called: Colin Jackson, Kyle Walker, Keira Walsh).
        "florence griffith joyner", "florence joyner", "florence griffith", "ann fraser-pryce", "linford christie", "gail devers",
        "donovan bailey", "justin gatlin", "shelly-ann fraser-pryce", "elaine thompson", "elaine thompson-herah", "carl lewis",
        "marcell jacobs", "noah lyles", "julien alfred", "jesse owens", "wilma rudolph",
        "allyson felix", "sebastian coe", "sally gunnell",
        "millie bright", "georgia stanway", "ella toone", "lauren hemp",
        "declan rice", "phil foden", "cole palmer", "jordan pickford",
        "trent alexander-arnold", "ollie watkins", "kobbie mainoo", "erling haaland", "mohamed salah",
        "kevin de bruyne", "martin odegaard", "bruno fernandes",
        // Autism's and dyslexia's researchers and the role models a SEND training deck names
        // ("Temple Grandin, born 29 August 1947", "Keira Knightley, actor - diagnosed aged 6").
        "leo kanner", "hans asperger", "lorna wing", "judith gould", "uta frith", "simon baron-cohen",
        // Wonder's characters (an anti-bullying week's quiz: "Julian Albans").
        "julian albans", "olivia pullman",
        "temple grandin", "keira knightley", "richard branson", "orlando bloom",
        "steven spielberg", "whoopi goldberg", "tom cruise", "daryl hannah",
        // Ireland's presidents and figures a Northern Ireland quiz names.
        "mary mcaleese", "brian friel", "george best",
        "dan aykroyd", "henry winkler", "kara tointon", "holly smale", "sally shaywitz",
    ])
}
