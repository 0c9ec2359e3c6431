import Foundation
import SticklerCore
import Vectorscan

/// A confirmed, validated value before it becomes a `Finding`.
struct Candidate {
    var detector: Int
    var from: Int   // global offsets
    var to: Int
    var confidence: Confidence
    var context: String?
    /// For table-column detectors: the value assembled from cells (e.g. forename + surname).
    var valueOverride: String?
    /// Reported only if a table column header supplies the context it needs.
    var requiresContext = false
    /// The table column's header, for locating the value.
    var column: String?
    /// Ruled out by a column header naming another kind of data.
    var vetoed = false
    /// An organisation's by its kind (a role's mailbox, a helpline): at low whatever its column.
    var keepsLow = false
    /// A member of staff's name or contact detail in a table of who holds which post (a key
    /// contacts list): reported, but a document of nothing else is at `low` risk.
    var atWork = false
}

/// The per-document state of one `DocumentScanner.scan` call: line counting, the table
/// tokenizer, held special-category hits and the tallies for the risk score.
struct DocumentState {
    let scanner: DocumentScanner
    let engine: Engine
    var document: DocumentDescription
    let options: ScanOptions
    let sink: (FindingEvent) -> Void

    var lines = LineCounter()
    var table: TableTokenizer?
    /// A form's first-name (or surname) row waiting for the other (`formName`), and rows seen.
    var formPending: (text: String, from: Int, to: Int, row: Int, isForename: Bool)?
    /// Whether this segment is a table of a form's example values, its first row's titles saying so
    /// ("Field | Example value" over "Forename / Surname | Test / Candidate", round 2135's guide).
    var exampleTable = false
    var formRows = 0
    var lastEmittedEnd = 0
    /// Whether the document says its people are made up (a `marks_made_up: people` marker).
    var madeUpPeople = false
    var reported = 0
    var bytes = 0
    /// Bytes of the segments before the current one.
    var earlierBytes = 0
    var tally: RiskTally
    /// Special-category hits wait until an identifier shows up in the same document.
    var held: [FindingEvent] = []
    /// A place's postcodes and landlines (`FindingEvent.place`) wait while they are all the
    /// document holds: a policy's ICO address, a fixtures list's other school, an itinerary's
    /// hotel. Anything else, or a third of either, reports them; at the document's end they
    /// are no one's (its risk is none) and reported at low only (`finish`).
    var placeHeld: [FindingEvent] = []
    var placeHeldSubjects: [Int: Set<SubjectKey>] = [:]
    static let placeHeldLimit = 64
    /// Whether `scanner.keywordMatches` holds the context keyword hits of the current
    /// chunk by end offset (once it has many candidates).
    var contextIndexed = false
    var contextLookups = 0
    /// The ends of the current chunk's staffing-matter phrases, in order (once it has asked
    /// for them often: `staffingIndexThreshold`).
    var staffingIndex: [Int]?
    var staffingLookups = 0
    /// How many candidates the current chunk's phase two found.
    var chunkCandidates = 0
    /// Table sections (by where they start) judged by `dropLongDeadRows`: true for an old register's.
    var oldSections: [Int: Bool] = [:]
    /// Per table section (by its start): whether its first row holds a life's years (a
    /// table of lives, `holdsALifesYears`).
    var livesSections: [Int: Bool] = [:]
    var livesTries: [Int: Int] = [:]
    static let staffingIndexThreshold = 16
    /// Names the document gives with a life's dates long ago ("Douglas Hyde (Dubhghlas de
    /// hÍde, b. 1860, d. 1949)"), folded: named again further on ("a pupil plays Douglas Hyde
    /// being interviewed", round 1263's lesson plan), they are the same person of history.
    var historicalNames: Set<[UInt8]> = []
    /// The surnames a story gives its animals ("an old badger called Barnaby Brock"), folded:
    /// the family's others are animals too ("His granddaughter Hazel Brock, aged 6, had a nut
    /// allergy", round 2260's circle time story).
    var animalFamilies: Set<[UInt8]> = []
    /// Look for special-category keywords in every chunk, holding them until an identifier
    /// shows up, not only from the first chunk with one: for a document read in parts (a
    /// letter's body, then its tables), whose identifiers may all come after its keywords.
    var specialEverywhere = false
    /// Whether this chunk's special-category keywords are looked for whatever it holds.
    var searchesSpecial: Bool { specialEverywhere || tally.anchorFindings > 0 }
    var heldOverflow = 0
    static let heldLimit = 10_000
    /// Per detector with `promoteAt`: its findings without context (below the reported
    /// confidence), waiting until the document holds enough distinct ones; nil once it
    /// does, after which they are reported as found.
    var waiting: [Int: [FindingEvent]] = [:]
    var promoted = Set<Int>()
    /// Whether a special category's word has been counted in the document (`promoteWithSpecial`).
    var specialSeen = false
    /// Waiting names by their given name's bytes ("Connor" of "Connor McCarthy"): a later
    /// mention by the given name alone beside a context word makes them the document's
    /// subject ("Sanction: Connor - 1 day internal exclusion"). Each entry: detector, index in
    /// `waiting`. At most `givenNamesWatched` given names.
    var waitingByGiven: [[UInt8]: [(detector: Int, index: Int)]] = [:]
    /// Waiting findings already reported so (by detector, index), skipped when the rest are.
    var reportedWhileWaiting: [Int: Set<Int>] = [:]
    static let givenNamesWatched = 8
    /// Column titles as the output shows them (`shownTitle`).
    var shownTitles: [String: String] = [:]
    /// Per detector with `promoteAt`: the distinct values so far (waiting or reported), and
    /// the bytes of all of them.
    var promotableSubjects: [Int: Set<SubjectKey>] = [:]
    /// Names read from tables' cells so far, and how many of them are famous or fictional.
    var namedCells = 0, famousCells = 0
    var promotableBytes: [Int: Int] = [:]
    /// Findings one detector keeps waiting for promotion; beyond it (memory stays bounded),
    /// they are reported as found when their confidence is asked for, else counted only.
    static let waitingLimit = 1_000
    /// The share of a document's text its values must cover to be promoted: a seating plan
    /// or a team sheet is mostly names; a lesson about six scientists is mostly not.
    static let promotedShare = 0.2

    init(scanner: DocumentScanner, document: DocumentDescription, sink: @escaping (FindingEvent) -> Void) {
        self.scanner = scanner
        engine = scanner.engine
        self.document = document
        options = scanner.options
        self.sink = sink
        tally = RiskTally(detectors: scanner.engine.detectorCount)
        if let delimiter = document.delimiter { table = TableTokenizer(delimiter: delimiter, collectsAll: document.formLike) }
    }

    /// Starts the next segment of the same document: fresh lines, offsets and table.
    mutating func begin(_ next: DocumentDescription) {
        earlierBytes += bytes
        bytes = 0
        document = next
        lines = LineCounter()
        lastEmittedEnd = 0
        table = next.delimiter.map { TableTokenizer(delimiter: $0, collectsAll: next.formLike) }
        formPending = nil
        exampleTable = false
    }

    mutating func process(buffer: UnsafeRawBufferPointer, bufferStart: Int, ownedFrom: Int, ownedTo: Int, eof: Bool) throws {
        bytes = max(bytes, bufferStart + buffer.count)
        var candidates = try findCandidates(buffer: buffer, bufferStart: bufferStart, ownedFrom: ownedFrom, ownedTo: ownedTo)
        if table != nil {
            var rows: [TableTokenizer.Row] = []
            let scanner = scanner, formLike = document.formLike
            var examples = false
            table!.consume(buffer: buffer, bufferStart: bufferStart, upTo: ownedTo, eof: eof, resolve: { titles in
                // (A form-like table titled with its example values' column: every value in it an example.)
                if formLike, titles.count <= 4, titles.contains(where: { Self.titleSaysExample($0) }) { examples = true }
                let header = scanner.header(titles: titles)
                // A form's first row ("Name | Olivia Hughes") is no header: no column context.
                // (Nor a label and a long answer: "Requester | Mrs Chidinma Okonkwo-Ade (mother, PR
                // confirmed – birth cert seen 23/01)", round 748's subject access bundle.)
                let answered = header.columns.count == 2 && header.columns[1].title.utf8.count > 48
                // (Nor, in any document, a label and a blank form's placeholder: "Pupil | [Forename
                // Surname] (Year __, tutor ____)" over "UPN | _ _ _", "Attendance YTD | ____ %", a home
                // visit record's template, round 1257's.)
                if header.columns.count == 2, CellText.isFormPlaceholder(header.columns[1].title) { return TableHeader(columns: []) }
                // (A timeline's titles in a Word table, "Year | Milestone | Key figure", are its header
                // whatever the rules know of them: its rows before 1930 name people of history, round
                // 1346's briefing notes.)
                let timeline = header.timeline && header.columns.count >= 3
                    && !header.columns.contains(where: { TableHeader.holdsValueDigits($0.title) })
                return !formLike || (header.readsAsHeader || timeline) && !answered ? header : TableHeader(columns: [])
            }) { rows.append($0) }
            if examples { exampleTable = true }
            if exampleTable { candidates.removeAll(); rows.removeAll() }
            applyColumnContext(&candidates, buffer: buffer, bufferStart: bufferStart)
            candidates.removeAll { $0.requiresContext && $0.context == nil }
            var cellNames: [Candidate] = [], reportedCells: [(from: Int, to: Int)] = [], exampleRows: [(from: Int, to: Int)] = []
            // (Whether any line begins with "#", a comment a template's rows may have under them.)
            let commentLines = !rows.isEmpty && Self.holdsCommentLine(buffer)
            for row in rows {
                cellNames += nameCandidates(row, cells: &reportedCells, examples: &exampleRows, buffer: buffer, bufferStart: bufferStart,
                                            commentLines: commentLines)
            }
            // A template's example row is no one's in any of its cells: "Joe | Bloggs |
            // 01/01/2012 | A000000000000 | EXAMPLE - delete this row".
            if !exampleRows.isEmpty {
                let lines = exampleRows.map { Self.rowLine($0.from, $0.to, buffer: buffer, bufferStart: bufferStart) }
                candidates.removeAll { candidate in lines.contains { candidate.from >= $0.from && candidate.to <= $0.to } }
            }
            if !engine.anyCellDetectors.isEmpty {
                for row in rows where !row.isHeader { cellNames += anyCellCandidates(row, cells: &reportedCells) }
            }
            // A later section's titles ("Name | First Join") are no one's name.
            for row in rows where row.startsSection { reportedCells += row.cells.map { ($0.from, $0.to) } }
            if document.formLike || table!.header?.columns.isEmpty ?? true {
                for row in rows { if let name = formName(row, cells: &reportedCells) { cellNames.append(name) } }
            }
            // A computing lesson's practice data ("Hermione | Granger | Gryffindor"): where half
            // of a document's table names or more are characters and people a school teaches
            // about (three at least), its table names are no one's.
            // (Names only: a row's address cells are candidates too, "742 Evergreen Terrace".)
            if !cellNames.isEmpty {
                let names = cellNames.filter { engine.isName[$0.detector] }
                famousCells += names.filter { FamousNames.names($0.valueOverride ?? "") }.count
                namedCells += names.count
                if famousCells >= 3 && famousCells * 2 >= namedCells { cellNames.removeAll() }
                // (And a book's character known by title and surname is no one's wherever it stands: "Miss
                // Honey (case 1)" under Employee in a governors' training exercise, round 2891's.)
                cellNames.removeAll { engine.isName[$0.detector] && PersonName.isTitledCharacter($0.valueOverride ?? "") }
            }
            if !reportedCells.isEmpty { removeNamesInside(reportedCells, from: &candidates) }
            candidates += cellNames
            lowerWorkContacts(rows, in: &candidates, buffer: buffer, bufferStart: bufferStart)
            dropLongDeadRows(rows, in: &candidates, buffer: buffer, bufferStart: bufferStart)
        }
        // A lesson's or a form's example: "Name: Joe Bloggs, Date of birth: 01/01/2000" (a
        // date of birth on the line of a made-up person is theirs).
        candidates.removeAll { engine.isBirthDate[$0.detector] && Self.lineNamesMadeUpPerson(buffer, around: $0.from - bufferStart) }
        // (Or on a line that gives HMRC's example National Insurance number: "Code: 50012345678     NI number: QQ 12 34
        // 56 C     Child DOB: 01/01/2021", round 2866's 30-hour code checking guide.)
        candidates.removeAll { engine.isBirthDate[$0.detector] && Self.lineHoldsExampleNINO(buffer, around: $0.from - bufferStart) }
        // (Or on a line that opens by saying it is an example: "- \"Example format only: NI number QQ 12
        // 34 56 C, DOB 01/01/1990 - do not enter this.\"", round 2100's instructions.)
        // (Or any value but a name: "Example of how to write a phone number: 01632 960000 (landline) or
        // 07700 900000 (mobile).", round 2132's booking form.)
        candidates.removeAll { $0.from >= bufferStart && !engine.isName[$0.detector] && Self.lineOpensWithExample(buffer, around: $0.from - bufferStart) }
        // A model letter's example greeting: "*Example only*: "Dear Mr Smith, Re: Joe Bloggs,
        // Year 4"" (round 959's complaints letter). (A greeting only: cheap to tell.)
        candidates.removeAll { candidate in
            engine.isName[candidate.detector] && candidate.valueOverride == nil && candidate.from >= bufferStart
                && Self.startsGreeting(buffer, at: candidate.from - bufferStart)
                && Self.lineNamesMadeUpPerson(buffer, around: candidate.from - bufferStart, sayingFictional: false)
        }
        // A range's bound is an age group's or a calendar's, no one's birth: "born 1 April – 31
        // August 2022", an intake's `"eligible_dob_range": {"from": "2021-09-01", "to": ...}`.
        candidates.removeAll { candidate in
            engine.isBirthDate[candidate.detector] && candidate.from >= bufferStart
                && Self.boundsARange(buffer, from: candidate.from - bufferStart, to: candidate.to - bufferStart)
        }
        // A data dictionary's or a form's format shown by example: "+44 format, e.g. +44 7700
        // 900000", "Postcode (for example LS1 4AB)".
        // (A name only after the marker as a label, "Example: John Smith, 01/01/2015, Class 3X": not
        // minutes' "for example, Olivia Hughes's mother asked".)
        // (Or a name set as code after the marker: "identified by **initials and form only**, e.g.
        // `A.B. (9XY)`", round 1481's procedure guidance.)
        // (Or quoted after it: a lesson's model message, 'e.g. "Dear Mrs Brown, Paddington has a tummy
        // ache"', round 1820's story week.)
        candidates.removeAll { candidate in
            candidate.from >= bufferStart && (Self.followsExampleMarker(buffer, at: candidate.from - bufferStart)
                && (!engine.isName[candidate.detector] || Self.followsExampleLabel(buffer, at: candidate.from - bufferStart)
                    || Self.opensQuoteOrCode(buffer, before: candidate.from - bufferStart))
                || Self.inExampleBracket(buffer, at: candidate.from - bufferStart, name: engine.isName[candidate.detector])
                || Self.underExampleIntro(buffer, at: candidate.from - bufferStart)
                || candidate.to <= bufferStart + buffer.count && Self.exampleBracketFollows(buffer, after: candidate.to - bufferStart))
        }
        // A log book's or a register's entry of long ago ("March 3rd 1890. ... Florence Pettigrew
        // absent 3 weeks", "12 Jan 1884 | Albert Tuckwell | Insolence"): its people are history's.
        // (Not a line that also reaches someone living: a memorial project's row of a soldier's
        // date of death and his great-niece's e-mail, mobile and postcode.)
        var oldLines: [Int: Bool] = [:]
        for candidate in candidates where candidate.from >= bufferStart && engine.reachesTheLiving[candidate.detector] {
            oldLines[Self.lineBounds(buffer, around: candidate.from - bufferStart).lowerBound] = false
        }
        candidates.removeAll { candidate in
            guard candidate.from >= bufferStart else { return false }
            let line = Self.lineBounds(buffer, around: candidate.from - bufferStart)
            if let known = oldLines[line.lowerBound] { return known }
            let old = Self.datedOnlyBefore1920(buffer, from: line.lowerBound, to: line.upperBound)
            oldLines[line.lowerBound] = old
            return old
        }
        // A name that runs on into a compound word ("Bro Hedd Welsh-medium School"), or a
        // template's made-up person ("Jane Bloggs (mum)", "Child's name: Joe" before "Bloggs").
        var headingMemo = (line: -1, answer: false)
        if ownedFrom < Self.madeUpReach {
            let from = ownedFrom - bufferStart, to = min(ownedTo, Self.madeUpReach) - bufferStart
            if from < to { Self.collectAnimalFamilies(buffer, from: from, to: to, into: &animalFamilies) }
        }
        var families = animalFamilies
        candidates.removeAll { candidate in
            guard engine.isName[candidate.detector], candidate.valueOverride == nil, candidate.from >= bufferStart else { return false }
            let from = candidate.from - bufferStart, to = candidate.to - bufferStart
            if Self.namedAsAnimal(buffer, at: from) {
                families.insert(Self.surnameFolded(buffer, from: from, to: to))
                return true
            }
            if !families.isEmpty, families.contains(Self.surnameFolded(buffer, from: from, to: to)) { return true }
            return Self.runsOnIntoCompound(buffer, at: to) || Self.endsWithMadeUpSurname(buffer, from: from, to: to)
                || Self.marksAssessment(buffer, from: from, to: to)
                || Self.citedAsAuthor(buffer, after: to) || Self.isWelshStreet(buffer, from: from)
                || Self.famousPastItsEnd(buffer, from: from, to: to) || Self.organisationsNameGoesOn(buffer, at: to)
                || Self.introducedAsMadeUp(buffer, at: from) || Self.describedAsMadeUp(buffer, after: to)
                || Self.namedEarlierAsMadeUp(buffer, from: from) || Self.famousWithWordBefore(buffer, from: from)
                || Self.streetAfterHouseNumber(buffer, from: from, to: to) || Self.clubsInitials(buffer, from: from)
                || Self.lineTellsADeathLongAgo(buffer, at: from)
                || Self.lifeSpanFollows(buffer, from: from, to: to) || Self.famousGivenNameAlone(buffer, from: from)
                || Self.storybookAnimal(buffer, from: from, to: to) || Self.titleGoesOn(buffer, after: to)
                || Self.underCharactersHeading(buffer, at: from, memo: &headingMemo)
        }
        animalFamilies = families
        // "Sample data (FICTIONAL)", "1911 census": said at a part's start or in the file's name.
        if !madeUpPeople, ownedFrom < Self.madeUpReach, let database = engine.madeUpDatabase {
            let from = ownedFrom - bufferStart, to = min(ownedTo, Self.madeUpReach) - bufferStart
            if from < to {
                let markers = try database.matches(in: UnsafeRawBufferPointer(rebasing: buffer[max(0, from - 64)..<to]), scratch: scanner.scratch)
                if !markers.isEmpty { tally.madeUp = true }
                if markers.contains(where: { engine.detectorTable[Int($0.id)].madeUpPeople }) { madeUpPeople = true }
            }
        }
        // Special-category keywords count only where identifiers co-occur: look for them
        // only once this document holds some (or values that wait for them: a log's initials).
        if engine.searchesSpecialKeywords, searchesSpecial || candidates.contains(where: anchors)
            || candidates.contains(where: { engine.templates[$0.detector].promoteWithSpecial })
            || waiting.keys.contains(where: { engine.templates[$0].promoteWithSpecial }) {
            candidates += try findSpecial(buffer: buffer, bufferStart: bufferStart, ownedFrom: ownedFrom, ownedTo: ownedTo)
        }
        candidates.sort { $0.from < $1.from }
        for candidate in resolveOverlaps(candidates) where candidate.valueOverride != nil || candidate.from >= lastEmittedEnd
                                                        || engine.isKeywordSet[candidate.detector] {
            emit(candidate, buffer: buffer, bufferStart: bufferStart)
        }
        if !waitingByGiven.isEmpty { promoteByGivenName(buffer, from: ownedFrom - bufferStart, to: ownedTo - bufferStart) }
        lines.advance(buffer: buffer, bufferStart: bufferStart, to: ownedTo)
        table?.trim(before: ownedTo)
    }

    // MARK: Phases one and two

    mutating func findCandidates(buffer: UnsafeRawBufferPointer, bufferStart: Int, ownedFrom: Int, ownedTo: Int) throws -> [Candidate] {
        guard !engine.exactDatabases.isEmpty else { return [] }
        scanner.phaseOneMatches.removeAll(keepingCapacity: true)
        try engine.triggerDatabase?.scan(buffer, scratch: scanner.scratch, into: &scanner.phaseOneMatches)
        engine.wordTriggers.scan(buffer, into: &scanner.phaseOneMatches)
        try engine.digitShapeTriggers?.scan(buffer, scratch: scanner.scratch, joined: &scanner.gateWindowBytes,
                                            windows: &scanner.gateWindows, into: &scanner.phaseOneMatches)
        try engine.markShapeTriggers?.scan(buffer, scratch: scanner.scratch, joined: &scanner.gateWindowBytes,
                                           windows: &scanner.gateWindows, into: &scanner.phaseOneMatches)
        // Windows around trigger hits that could belong to a match starting in the owned
        // range, each with the phase-two database of the detectors its trigger serves.
        let localFrom = ownedFrom - bufferStart, localTo = ownedTo - bufferStart
        var windows: [Window] = []
        windows.reserveCapacity(scanner.phaseOneMatches.count + 1)
        if bufferStart == 0 {
            // A trigger may need the byte before a value (e.g. "a non-digit, then digits"),
            // which the document's first value does not have: always look at its start, with
            // every database (an anchored one finds a value there only from the first byte).
            for group in engine.exactDatabases.indices {
                windows.append(Window(group: group, from: 0, to: min(buffer.count, engine.groupReach[group] + 1)))
            }
        }
        for hit in scanner.phaseOneMatches {
            let trigger = Int(hit.id), group = engine.triggerGroup[trigger]
            if engine.anchored[group] {
                // From the value's first byte, as far as its widest match and the byte after.
                let start = hit.to - engine.triggerValueStart[trigger]
                // "ASHDOWN Reuben": a given name after a word in capitals begins no value of
                // this group, but may end a surname written first (from the line's start).
                if let capitals = engine.afterCapitalsGroup, let lineStart = Self.capitalsBefore(buffer, start) {
                    windows.append(Window(group: capitals.group, from: lineStart, to: min(buffer.count, start + capitals.reach + 1)))
                }
                // "Olivia-Mae Hughes", "Anne-Marie Okafor": a hyphenated given name's second
                // part is the trigger; its first part begins the value too (in the chunk that
                // owns that first part).
                if let first = hyphenatedWordStart(buffer, before: start), first >= localFrom, first < localTo {
                    windows.append(Window(group: group, from: first, to: min(buffer.count, first + engine.triggerReach[trigger] + 1)))
                }
                guard start >= localFrom, start < localTo else { continue }
                windows.append(Window(group: group, from: start, to: min(buffer.count, start + engine.triggerReach[trigger] + 1)))
                continue
            }
            // ("HOLROYD Maja\t02/11/2016": a given name before a tab, which is no trigger, and a
            // date that is.)
            if let capitals = engine.afterCapitalsGroup, engine.isShapeTrigger[trigger],
               let lineStart = Self.lineBeginsWithCapitals(buffer, before: hit.to) {
                windows.append(Window(group: capitals.group, from: lineStart, to: min(buffer.count, lineStart + capitals.reach + 1)))
            }
            let reach = engine.triggerReach[trigger]
            guard hit.to > localFrom, hit.to - reach < localTo else { continue }
            windows.append(Window(group: group, from: max(0, hit.to - reach - 1), to: min(buffer.count, hit.to + reach)))
        }
        if windows.isEmpty { return [] }
        windows.sort { ($0.group, $0.from) < ($1.group, $1.from) }
        var merged: [Window] = []
        for window in windows {
            // Windows of one group closer than 256 bytes share one call: fewer, larger
            // scans are cheaper. (An anchored group's windows each begin a value.)
            if let last = merged.last, last.group == window.group,
               engine.anchored[window.group] ? window.from == last.from : window.from <= last.to + 256 {
                merged[merged.count - 1].to = max(last.to, window.to)
            } else {
                merged.append(window)
            }
        }

        // Phase two: exact matches with their leftmost start, inside the windows.
        var found: [Match] = []
        try phaseTwo(merged, buffer: buffer) { id, reported, end in
            let start = engine.leadingBoundary[Int(id)] ? PatternBoundary.valueStart(buffer, from: reported) : reported
            // Most matches in a long digit run fail their boundaries: drop them here,
            // before they are sorted and confirmed.
            guard start >= localFrom, start < localTo, boundaryHolds(buffer, from: start, to: end, engine.boundaries[Int(id)]) else { return }
            found.append(Match(id: id, from: start, to: end))
        }
        contextIndexed = false
        contextLookups = 0
        staffingIndex = nil
        staffingLookups = 0
        chunkCandidates = found.count
        return confirm(found, buffer: buffer, bufferStart: bufferStart)
    }

    /// When a word in capitals and one to three spaces come just before `start`: where its
    /// line begins (at most 80 bytes back); else nil.
    static func capitalsBefore(_ buffer: UnsafeRawBufferPointer, _ start: Int) -> Int? {
        var position = start
        while position > 0, buffer[position - 1] == 32, start - position < 3 { position -= 1 }
        guard position < start, position >= 2, (65...90).contains(buffer[position - 1]), (65...90).contains(buffer[position - 2]) else { return nil }
        var lineStart = position
        while lineStart > 0, buffer[lineStart - 1] != 10, start - lineStart < 80 { lineStart -= 1 }
        return lineStart
    }

    /// Where the line holding `index` begins (within 48 bytes) when it begins, after spaces or
    /// a bullet, with a word in capitals, one to three spaces and a capitalised word
    /// ("HOLROYD Maja", "- ASHDOWN Reuben"); else nil.
    static func lineBeginsWithCapitals(_ buffer: UnsafeRawBufferPointer, before index: Int) -> Int? {
        // Only a value in a column, after a tab or two spaces: a number in prose is not looked
        // back from. (Within 48 bytes: a list's line holds its date or its number soon after
        // the name.)
        var valueStart = min(index, buffer.count)
        while valueStart > 0, index - valueStart < 16, (48...57).contains(buffer[valueStart - 1]) || [47, 46, 45, 58].contains(buffer[valueStart - 1]) {
            valueStart -= 1
        }
        guard valueStart >= 2, buffer[valueStart - 1] == 9 || buffer[valueStart - 1] == 32 && buffer[valueStart - 2] == 32 else { return nil }
        var lineStart = min(index, buffer.count)
        while lineStart > 0, buffer[lineStart - 1] != 10 {
            lineStart -= 1
            if index - lineStart > 48 { return nil }
        }
        var position = lineStart
        while position < buffer.count, [32, 9, 45, 42].contains(buffer[position]) { position += 1 }
        let capitalsStart = position
        while position < buffer.count, (65...90).contains(buffer[position]) || buffer[position] == 39 || buffer[position] == 45 { position += 1 }
        guard position - capitalsStart >= 2 else { return nil }
        let spacesStart = position
        while position < buffer.count, buffer[position] == 32 { position += 1 }
        guard (1...3).contains(position - spacesStart), position + 1 < buffer.count,
              (65...90).contains(buffer[position]), (97...122).contains(buffer[position + 1]) else { return nil }
        return lineStart
    }

    /// Where the word before `start` begins when a hyphen joins the two ("Olivia-|Mae"): up
    /// to 20 bytes of letters (an accented one as its two UTF-8 bytes, "Zoë"), after a byte
    /// that is no letter (a space, a quote, a dash); else nil.
    func hyphenatedWordStart(_ buffer: UnsafeRawBufferPointer, before start: Int) -> Int? {
        guard start >= 2, start <= buffer.count, buffer[start - 1] == UInt8(ascii: "-") else { return nil }
        var first = start - 1
        while first > 0 {
            let step: Int
            if isLetter(buffer[first - 1]) {
                step = 1
            } else if first >= 2, isLatinLetterLead(buffer[first - 2]), (0x80...0xBF).contains(buffer[first - 1]) {
                step = 2
            } else {
                break // the word's start: no letter before it
            }
            if start - 1 - (first - step) > 20 { return nil } // too long for a given name
            first -= step
        }
        return first < start - 1 ? first : nil
    }

    /// Runs each window's phase-two database over it and hands over every match (detector,
    /// reported start, end) in buffer offsets. One call per window costs microseconds
    /// however short the window, so the windows of a group are scanned as one text where
    /// its patterns allow: joined by a separator no match can span, each match mapped back
    /// to its window.
    func phaseTwo(_ windows: [Window], buffer: UnsafeRawBufferPointer, _ found: (UInt32, Int, Int) -> Void) throws {
        var first = 0
        while first < windows.count {
            let group = windows[first].group
            var last = first
            while last + 1 < windows.count && windows[last + 1].group == group { last += 1 }
            let run = windows[first...last]
            first = last + 1
            if run.count == 1 || !engine.joinable[group] || !scanner.joinsWindows || engine.anchored[group] {
                for window in run {
                    scanner.phaseTwoMatches.removeAll(keepingCapacity: true)
                    let text = UnsafeRawBufferPointer(rebasing: buffer[window.from..<window.to])
                    try engine.exactDatabases[group].scan(text, scratch: scanner.scratch, into: &scanner.phaseTwoMatches)
                    for match in scanner.phaseTwoMatches { found(match.id, window.from + match.from, window.from + end(of: match, in: text)) }
                }
                continue
            }
            var joined: [UInt8] = []
            swap(&joined, &scanner.joinedWindows) // reuse its storage without a copy
            defer { scanner.joinedWindows = joined }
            joined.removeAll(keepingCapacity: true)
            var starts: [Int] = []
            starts.reserveCapacity(run.count)
            for window in run {
                if !joined.isEmpty { joined.append(contentsOf: engine.separators[group]) }
                starts.append(joined.count)
                joined.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[window.from..<window.to]))
            }
            scanner.phaseTwoMatches.removeAll(keepingCapacity: true)
            try joined.withUnsafeBytes { text in
                try engine.exactDatabases[group].scan(text, scratch: scanner.scratch, into: &scanner.phaseTwoMatches)
                for index in scanner.phaseTwoMatches.indices { scanner.phaseTwoMatches[index].to = end(of: scanner.phaseTwoMatches[index], in: text) }
            }
            for match in scanner.phaseTwoMatches {
                // The window holding the match's end (its last byte).
                var low = 0, high = starts.count - 1
                while low < high {
                    let mid = (low + high + 1) / 2
                    if starts[mid] < match.to { low = mid } else { high = mid - 1 }
                }
                let window = run[run.startIndex + low]
                let end = match.to - starts[low]
                // An end in the separator is no match in the window; a start before the
                // window is where the window's own text would have begun it.
                guard end <= window.to - window.from else { continue }
                found(match.id, window.from + max(0, match.from - starts[low]), window.from + end)
            }
        }
    }

    /// The end of a match's value in the text scanned: without the byte after it, where its
    /// pattern carries its end boundary.
    @inline(__always) func end(of match: Match, in text: UnsafeRawBufferPointer) -> Int {
        engine.trailingBoundary[Int(match.id)] ? PatternBoundary.valueEnd(text, to: match.to) : match.to
    }

    /// A stretch of the buffer and the phase-two database to run over it.
    struct Window {
        var group: Int
        var from: Int
        var to: Int
    }

    /// After this many context lookups in one chunk, one keyword scan of the whole chunk
    /// is cheaper than a lookup per candidate (a lookup in Swift costs a few thousand
    /// instructions; a keyword scan of a 256 KiB chunk, with the 300 context keywords the
    /// packs hold now, short caseless words among them, about 0.25 ms: 2048 was faster than
    /// 512 by 5-10% on text dense with identifiers, and the same on mixed text).
    static let contextIndexThreshold = 2048

    /// Special-category keywords in the owned range (only called once the document holds
    /// identifiers).
    mutating func findSpecial(buffer: UnsafeRawBufferPointer, bufferStart: Int, ownedFrom: Int, ownedTo: Int) throws -> [Candidate] {
        let localFrom = ownedFrom - bufferStart, localTo = ownedTo - bufferStart
        scanner.specialMatches.removeAll(keepingCapacity: true)
        if let special = engine.specialDatabase {
            try special.scan(buffer, scratch: scanner.scratch, into: &scanner.specialMatches)
            // (Ends only: each match's start looked up, before any is owned or not.)
            for index in scanner.specialMatches.indices where scanner.specialMatches[index].id != Engine.sentinelID {
                let match = scanner.specialMatches[index]
                scanner.specialMatches[index].from = engine.specialStarts[Int(match.id)]?.start(in: buffer, endingAt: match.to) ?? -1
            }
        }
        // (From a keyword's span before the owned range: a match's leftmost start, as a
        // Vectorscan end's, may lie before it, and the match is then not this chunk's.)
        engine.keywordWords.scan(buffer, from: max(0, localFrom - engine.keywordWords.span), to: localTo, into: &scanner.specialMatches)
        let owned = scanner.specialMatches.filter {
            $0.id != Engine.sentinelID && $0.from >= localFrom && $0.from < localTo && boundaryHolds(buffer, from: $0.from, to: $0.to, engine.boundaries[Int($0.id)])
                && !Self.insideWebAddress(buffer, from: $0.from, to: $0.to) && !Self.keySaysNo(buffer, after: $0.to)
                && !Self.questionSaysNo(buffer, after: $0.to) && !Self.negated(buffer, from: $0.from, to: $0.to)
                && !Self.lookedAfterSomeone(buffer, from: $0.from, to: $0.to)
        }
        return confirm(owned, buffer: buffer, bufferStart: bufferStart)
    }

    /// Whether a keyword is a record's key whose value says no (round 657's tracker export:
    /// `"care_experienced": false, "young_carer": false`; `young_carer: no`): a field that says
    /// the pupil is not in the group.
    static func keySaysNo(_ buffer: UnsafeRawBufferPointer, after to: Int) -> Bool {
        var index = to
        // The key's other words ("fsm eligible: false", an export's `fsm_eligible` as its JSON
        // is read; "meals fsm allowance used: 0"), at most three and 32 bytes.
        var words = 0
        while index < buffer.count, index - to < 32, isAlnum(buffer[index]) || buffer[index] == 32 || buffer[index] == 95 || buffer[index] == 45 {
            if buffer[index] == 32 || buffer[index] == 95 { words += 1 }
            index += 1
        }
        let inKey = index > to
        if words > 3 || index - to >= 32 { return false }
        if index < buffer.count, buffer[index] == 34 || buffer[index] == 39 { index += 1 } // the key's closing quote
        guard index < buffer.count, buffer[index] == 58 || buffer[index] == 61 else { return false } // ':' or '='
        index += 1
        while index < buffer.count, buffer[index] == 32 || buffer[index] == 34 || buffer[index] == 39 { index += 1 }
        guard let value = answer(buffer, at: index) else { return false }
        return ["false", "no", "n", "none", "nil", "null"].contains(value.word) || inKey && value.word == "0"
    }

    /// Whether "looked after" is a verb with its object after it ("Looked after new student Chloé
    /// all week", a reward's reason, round 774's; "looked after her brother"), not a child in
    /// care ("looked after child", "is looked after", "Looked after: Yes").
    static func lookedAfterSomeone(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool {
        guard to - from == 12, lowerASCII(buffer[from..<to]) == "looked after", to + 1 < buffer.count, buffer[to] == 32 else { return false }
        var end = to + 1
        while end < buffer.count, end - to < 12, isLetter(buffer[end]) { end += 1 }
        return lookedAfterObjects.contains(lowerASCII(buffer[(to + 1)..<end]))
    }

    static let lookedAfterObjects: Set<String> = ["her", "him", "his", "their", "them", "the", "a", "an", "new", "my", "your", "our",
                                                  "younger", "little", "baby", "each", "everyone", "it", "me", "us", "siblings",
                                                  "brother", "sister", "pets", "animals", "equipment", "visitors", "guests"]

    /// Whether a keyword is said not to apply, by the word just before it ("No ALN. Not LAC.",
    /// "no EHCP") or the words after it ("EHCP not held", "CP plan not in place"), round 744's
    /// and 745's. (Not "no longer LAC": a word between.)
    static func negated(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool {
        if from >= 3, buffer[from - 1] == 32 {
            var start = from - 1
            while start > 0, from - 1 - start < 4, isLetter(buffer[start - 1]) { start -= 1 }
            if start == 0 || !isAlnum(buffer[start - 1]) {
                let word = lowerASCII(buffer[start..<(from - 1)])
                if word == "not" || word == "no" || word == "non" { return true }
            }
        }
        return negatingPhrases.contains { bytes in
            to + bytes.count <= buffer.count && bytes.indices.allSatisfy { ContextKeyword.fold(buffer[to + $0]) == bytes[$0] }
        }
    }

    static let negatingPhrases = [" not held", " not in place", " not applicable", " not required", " not known"].map { Array($0.utf8) }

    /// The word of up to six letters or digits at `index`, in small letters, and where it ends:
    /// a field's or a form's answer ("false", "No").
    static func answer(_ buffer: UnsafeRawBufferPointer, at index: Int) -> (word: String, end: Int)? {
        var end = index
        while end < buffer.count, end - index < 6, isAlnum(buffer[end]) { end += 1 }
        guard end > index, end == buffer.count || !isAlnum(buffer[end]) else { return nil }
        return (lowerASCII(buffer[index..<end]), end)
    }

    /// Whether the keyword ending at `to` is asked about on its line, and the answer is no: a
    /// form's "Is the child looked after / previously looked after?  No", "Does the child have
    /// an EHCP? | No". The answer ends its line or its cell, or a form's gap follows it.
    static func questionSaysNo(_ buffer: UnsafeRawBufferPointer, after to: Int) -> Bool {
        var index = to
        while index < buffer.count, index - to < 100, buffer[index] != 63 { // '?'
            if buffer[index] == 10 || buffer[index] == 9 || buffer[index] == 124 { return false }
            index += 1
        }
        guard index < buffer.count, buffer[index] == 63 else { return false }
        index += 1
        while index < buffer.count, [32, 9, 124, 58].contains(buffer[index]) { index += 1 }
        guard let value = answer(buffer, at: index), ["no", "n", "none"].contains(value.word) else { return false }
        var end = value.end
        // (Or a form's gap before its next question: "EHCP?  No      SEN Support?  Yes".)
        if end + 1 < buffer.count, buffer[end] == 32, buffer[end + 1] == 32 { return true }
        while end < buffer.count, buffer[end] == 32 || buffer[end] == 46 { end += 1 }
        return end == buffer.count || [10, 13, 9, 124].contains(buffer[end])
    }

    /// Whether `buffer[from..<to]` is part of a web or e-mail address ("https://www.northshire-
    /// camhs.nhs.uk", "camhs.spa@…"): a service's name in its address tells nothing of anyone.
    static func insideWebAddress(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool {
        func ends(_ byte: UInt8) -> Bool { byte <= 32 || byte == 34 || byte == 39 || byte == 40 || byte == 41 || byte == 60 || byte == 62 }
        var start = from, end = to
        while start > 0, from - start < 128, !ends(buffer[start - 1]) { start -= 1 }
        while end < buffer.count, end - to < 128, !ends(buffer[end]) { end += 1 }
        let token = UnsafeRawBufferPointer(rebasing: buffer[start..<end])
        if token.contains(64) { return true } // '@'
        if token.count >= 4 { for index in 0...(token.count - 3) where token[index] == 58 && token[index + 1] == 47 && token[index + 2] == 47 { return true } } // "://"
        if token.count > 4, token[0] | 0x20 == 119, token[1] | 0x20 == 119, token[2] | 0x20 == 119, token[3] == 46 { return true } // "www."
        // A host's name: "-camhs.nhs.uk".
        return from > start && [45, 46, 47].contains(buffer[from - 1]) && to + 1 < end && buffer[to] == 46 && (97...122).contains(buffer[to + 1])
    }

    /// Per (detector, start): the longest end whose validator holds (boundaries were checked
    /// as the matches were collected), then context and confidence.
    mutating func confirm(_ found: [Match], buffer: UnsafeRawBufferPointer, bufferStart: Int) -> [Candidate] {
        if found.isEmpty { return [] }
        let sorted = found.sorted { ($0.id, $0.from, $1.to) < ($1.id, $1.from, $0.to) }
        var candidates: [Candidate] = []
        var index = 0
        while index < sorted.count {
            let id = sorted[index].id, start = sorted[index].from
            var next = index
            while next < sorted.count && sorted[next].id == id && sorted[next].from == start { next += 1 }
            defer { index = next }
            let detectorIndex = Int(id)
            for match in sorted[index..<next] {
                let from = match.from, to = match.to
                // (No match ends inside a letter's bytes: a shorter match of "Elin Gruffydd  Ffôn"
                // is not "Elin Gruffydd  Ff" and half of "ô", round 820's.)
                if to < buffer.count, buffer[to] & 0xC0 == 0x80 { continue }
                // A line break in the value only where prose wraps its line (`line_wrap`).
                if engine.detectorTable[detectorIndex].lineWrap, !Self.wrapsProse(buffer, from: from, to: to) { continue }
                if let validator = engine.validators[detectorIndex] {
                    var bytes: [UInt8] = []
                    swap(&bytes, &scanner.candidateBytes) // its storage, without a copy
                    bytes.removeAll(keepingCapacity: true)
                    bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[from..<to]))
                    let valid = validator(bytes)
                    // "Name | Harry James Potter": a character's or a famous person's name, turned
                    // down whole, is no one's in part either ("Harry James").
                    let famous = !valid && engine.isName[detectorIndex] && FamousNames.endsWithFamousName(bytes)
                    swap(&bytes, &scanner.candidateBytes)
                    if famous { break }
                    guard valid else { continue }
                }
                // "Mason - ADHD assessment pending": a note a given name heads.
                // (In a table a cell begins as a line does: a seating plan's "A4 | 4113 BELL Harriet".)
                if engine.detectorTable[detectorIndex].startsLine, !beginsLine(buffer, at: from),
                   !(engine.detectorTable[detectorIndex].startsSentence && Self.beginsSentence(buffer, at: from)),
                   !(from > 0 && table.map { $0.delimiter == 9 && buffer[from - 1] == 9 } == true) { break }
                // A vCard of an organisation's ("KIND:org", a supplier's service desk): its name,
                // address and numbers are no one's.
                if engine.isName[detectorIndex] || engine.detectorTable[detectorIndex].category == .contact,
                   Self.inOrganisationCard(buffer, at: from) { break }
                // "Thomas Telford School": no shorter match from this start is a person either.
                // (Or a capitalised word and then one: "The Jenny Lind Reading Room".)
                // (Not the next label on a line whose spaces a PDF's text squeezed to one: "Pupil:
                // Freddie Hollingworth School: Fenbridge Primary".)
                if !engine.notFollowedBy[detectorIndex].isEmpty, let next = nextWord(buffer, after: to),
                   engine.notFollowedBy[detectorIndex].contains(next) && !Self.isLabel(buffer, wordEnd: to + 1 + next.utf8.count)
                    || (buffer[to + 1] >= 65 && buffer[to + 1] <= 90
                        && nextWord(buffer, after: to + 1 + next.utf8.count).map(engine.notFollowedBy[detectorIndex].contains) == true) { break }
                // (Or a phrase: "Disclosure and Barring Service", a DBS check's, no disclosure.)
                if !engine.notFollowedByPhrases[detectorIndex].isEmpty, to + 1 < buffer.count, buffer[to] == 32,
                   engine.notFollowedByPhrases[detectorIndex].contains(where: { phrase in
                       to + 1 + phrase.count <= buffer.count && phrase.indices.allSatisfy { ContextKeyword.fold(buffer[to + 1 + $0]) == phrase[$0] }
                   }) { break }
                // (Or after an ampersand, a firm's: "Account name: Pennine Craft & Classroom Supplies Ltd".)
                if !engine.notFollowedBy[detectorIndex].isEmpty, andThenFirm(buffer, after: to) { break }
                // "Kwame Boateng 05/11/2024 16:10": a chat's sender and the time of the post, not
                // a birth date.
                if engine.namesByBirthDate[detectorIndex], followedByTime(buffer, after: to) { break }
                // (Nor a date with its time of day, a log's timestamp: "2024-09-20 14:02:19 ERROR
                // [BehaviourWatch] ... dob", round 759's.)
                if engine.isBirthDate[detectorIndex], followedByTime(buffer, after: to) { break }
                // A deadline or a range's end, not a birth date: "how many birthdays will they
                // have had by 01/03/2025?" (rounds 771 and 787's worksheets), "born before 1 September".
                if engine.isBirthDate[detectorIndex], let word = wordBefore(buffer, from), Self.deadlineWords.contains(word) { break }
                // A big number grouped in thousands, not a phone number at its start: a maths worksheet's
                // "07 734 218 956 312" (round 805's), its groups of three going on after the match.
                if engine.isUKPhone[detectorIndex], Self.groupsOfThreeGoOn(buffer, from: from, to: to) { break }
                // A share code's first two groups, not a postcode: an eVisa's "W7K 4PX 9RM" (round 822's).
                if engine.isPostcode[detectorIndex], Self.shareCodeGoesOn(buffer, after: to) { break }
                // (Nor one with a decimal part: "Round 07946 318 205.77 to 3 significant figures", round 815's.)
                if engine.isUKPhone[detectorIndex], to + 1 < buffer.count, buffer[to] == 46, isDigit(buffer[to + 1]) { break }
                // Nor a death's: "b. 8 August 1876 – d. 22 August 1948" under "Born / died" (round 804's lesson).
                if engine.isBirthDate[detectorIndex], Self.afterDeathWord(buffer, before: from) { break }
                // "Diary of Sir Alexander Cadogan, 27 May 1940": a knight's or a peer's date is
                // history's, no birth date.
                if engine.namesByBirthDate[detectorIndex], let word = wordBefore(buffer, from), Self.honours.contains(word) { break }
                // "Trip name: Ski Austria", a JSON export's "activity name: Giant Swing": a thing's.
                if engine.isName[detectorIndex], Self.isNameLabel(buffer, at: from),
                   let word = wordBefore(buffer, from, longest: 14), ThingNames.labelKinds.contains(word) { break }
                // "the BFG, Sophie and the Queen": a word in capitals after an article is no surname.
                // (A word of prose, a space before the name: not a register class's "1A" in the cell before.)
                if engine.isName[detectorIndex], from >= 2, from + 1 < buffer.count, buffer[from - 1] == 32,
                   (65...90).contains(buffer[from]), (65...90).contains(buffer[from + 1]),
                   let word = wordBefore(buffer, from), ["the", "a", "an"].contains(word),
                   from - 1 - word.utf8.count == 0 || [32, 10, 40, 34].contains(buffer[from - 2 - word.utf8.count]) { break }
                // "Ysgol Bryn Teg", "St John Ambulance", "Capel Bethel": a school's, a charity's or a
                // chapel's name, whose first word a given name follows.
                if engine.isName[detectorIndex], let word = wordBefore(buffer, from), Self.namedPlaceLeaders.contains(word) { break }
                // "Family Learning at Holly Lane" beside "office@hollylane.leicester.sch.uk": a school
                // named after its street, its name its mail's or its website's domain (round 1197's flyer).
                if engine.isName[detectorIndex], Self.namesMailDomain(buffer, from: from, to: to) { break }
                // "Daniel James (Gwyrosydd)": a full name and a bardic name or a nickname after it,
                // not a given name and its class (round 766's hymn's lyricist).
                if engine.namesGivenWithClass[detectorIndex], from >= 3, buffer[from - 1] == 32,
                   let word = wordBefore(buffer, from, longest: 20),
                   isUpper(buffer[from - 1 - word.utf8.count]), PersonName.isCommonGiven(word) { break }
                // "The Headteacher, Karen Doyle": a member of staff in a role, not a subject.
                // (Unless the member of staff is the subject of an HR case: "Disclosure made by
                // Carly Woodhead (Finance Officer) about the business manager, Gary Woodhead".)
                // (Then the case is its context: "Aaliyah Campbell (SENCo): progression deferred
                // pending outcome of a formal capability process".)
                var staffingMatter = false
                if !engine.notInRole[detectorIndex].isEmpty, namedInRole(buffer, from: from, to: to, engine.notInRole[detectorIndex],
                                                                          byLabel: engine.isName[detectorIndex]) {
                    // (A date's role is no person's: "Dr Lindqvist's report (dated 02/10/2024)" beside
                    // "was diagnosed" is a report's date, round 673's.)
                    guard engine.isName[detectorIndex], nearStaffingMatter(buffer, from: from, to: to) else { break }
                    staffingMatter = true
                }
                // "Brightside Supplies Ltd, Sort code 40-12-76": a company's, not a person's.
                // (Not a bank's own name: a new starter's "Bank: Lloyds Bank plc" over their sort code.)
                if let words = engine.notNear[detectorIndex] {
                    let window = engine.detectorTable[detectorIndex].contextWindow
                    var lower = max(0, from - window), near = false
                    while let hit = words.first(in: buffer, endingFrom: lower, to: min(buffer.count, to + window)) {
                        if Self.namesBank(buffer, keyword: engine.detectorTable[detectorIndex].notNear[hit.id], end: hit.end) {
                            lower = hit.end + 1
                            continue
                        }
                        // (A mobile in another cell of its row is no company's: a placements list's
                        // "Hamza Chen | 07417 793886 | Next plc Head Office | Mr Owen Gallagher | 07990 680039".)
                        if engine.detectorTable[detectorIndex].validator == "uk_phone", OrganisationContact.isMobile(buffer, from: from, to: to),
                           Self.cellBreakBetween(buffer, hit.end <= from ? hit.end : to, hit.end <= from ? from : hit.end,
                                                 delimiter: table.map { $0.fixedWidth ? 9 : $0.delimiter } ?? 9) {
                            lower = hit.end + 1
                            continue
                        }
                        near = true
                        break
                    }
                    if near { break }
                }
                // "VAT Reg No GB 318 4471 26" at an invoice's head, its payment line far below.
                if let words = engine.notBelow[detectorIndex],
                   words.first(in: buffer, endingFrom: max(0, from - engine.detectorTable[detectorIndex].notBelowWindow), to: from) != nil { break }
                // "Mary Mallon (born 23 September 1869)", "Walter Tull (1888-1918)": no one living.
                if engine.isName[detectorIndex], bornLongAgo(buffer, after: to) || Self.deceasedFollows(buffer, after: to) {
                    historicalNames.insert(buffer[from..<to].map(ContextKeyword.fold))
                    break
                }
                // An author cited with a work's year: "Colourful Semantics - Alison Bryan (1997)",
                // "(Bercow, 2008)" aside, as a reading list or a report's references write them.
                if engine.isName[detectorIndex], Self.citationFollows(buffer, after: to) { break }
                // (Nor a book's author after its quoted title: a reading list's "\"Can You See Me?\" -
                // Libby Scott & Rebecca Westcott", round 1224's.)
                if engine.isName[detectorIndex], Self.authorOfQuotedTitle(buffer, before: from, after: to) { break }
                // (Nor an author in brackets after a work's title in italics: "Cymeriad o'r nofel
                // *Llinyn Trons* (Bethan Gwanas)", round 1374's PSE lesson plan.)
                if engine.isName[detectorIndex], Self.authorAfterItalicTitle(buffer, from: from, to: to) { break }
                // (Nor a family named under a life's dates: "Died: 5 December 1791, Vienna" over
                // "Father: Leopold Mozart".)
                if engine.isName[detectorIndex], Self.diedLongAgoAbove(buffer, before: from) { break }
                // (Nor a life's dates on the lines below: "- name: Marc Chagall⏎    born: 1887-07-07⏎    died:
                // 1985-03-28", round 2831's display of refugees who changed the world.)
                if engine.isName[detectorIndex], Self.lifeLongAgoBelow(buffer, after: to) { break }
                // (Nor a famous person's relative who died, named just after him: "Charles Dickens (born 7
                // February 1812) - ... his sister-in-law Mary Hogarth died suddenly aged 17", round 2830's.)
                if engine.isName[detectorIndex], Self.startsWithCaseless(buffer, at: to, end: buffer.count, " died "),
                   FamousNames.namedWithin(buffer, from: from - 200, to: from) { break }
                // (Nor a book's author on its order line: "ISBN 978-1-84310-567-0 Starving the
                // Anxiety Gremlin - Kate Collins-Donnelly x1 15.99".)
                if engine.isName[detectorIndex], Self.lineHoldsISBN(buffer, at: from) { break }
                // (Nor a number labelled as a book's: "ISBN-10 0198350015" passes a phone's and
                // an NHS number's checks.)
                if buffer[from] >= 48, buffer[from] <= 57, Self.isbnLabelBefore(buffer, from) || Self.insideISBN(buffer, from: from, to: to) { break }
                // "Born 26 June 1952, St Catherine, Jamaica / Community activist ... / Died 12 July
                // 1979": a life's dates (for the detectors a death's word rules out before them).
                // (Nor either of two: "Alan Turing (23 June 1912 - 7 June 1954)", a team's age
                // band, "born 1 September 2011 - 31 August 2012".)
                if engine.tellsLives[detectorIndex], Self.inARange(buffer, from: from, to: to) || Self.deathFollows(buffer, after: to) { break }
                // (Nor a famous person's, named just before: "Malala Yousafzai\nBorn 12 July 1997".)
                if engine.tellsLives[detectorIndex], FamousNames.namedWithin(buffer, from: from - 160, to: from) { break }
                // (Nor a story's character by his given name, named in full earlier in the document:
                // "Christopher lives at 36 Randolph Street", round 1052's book club notes.)
                if engine.tellsLives[detectorIndex], engine.detectorTable[detectorIndex].category == .contact,
                   FamousNames.subjectNamedInFull(buffer, verb: Self.livingVerbStart(buffer, before: from) ?? from, from: from - 8192) { break }
                // (Nor a year group's number run into a month: "applied for Year 7 Sept 2025".)
                if engine.tellsLives[detectorIndex], buffer[from] >= 48, buffer[from] <= 57, let word = wordBefore(buffer, from),
                   ["year", "yr", "years", "blwyddyn"].contains(word) { break }
                // "Present: Margaret Bell (Chair), Amir Khan": a meeting's attendees.
                // (Not at a meeting about a pupil: "Present: Jack Smith (pupil), Mrs Smith (mum)".)
                // (A match that holds its own label, "Venue address: 3 Forest Road", is labelled by it.)
                if !engine.notOnLinesOf[detectorIndex].isEmpty,
                   let label = lineLabel(buffer, before: from) ?? ownLabelEnd(buffer, from: from, to: to, detectorIndex).flatMap({ lineLabel(buffer, before: $0) }),
                   engine.notOnLinesOf[detectorIndex].contains(label), !lineNamesAPupil(buffer, around: from) { break }
                // (Or a label on a line of its own over the value: "School address" over "1 School Lane".)
                if !engine.notOnLinesOf[detectorIndex].isEmpty, let label = labelLineWithin(buffer, from: from, to: to),
                   engine.notOnLinesOf[detectorIndex].contains(label) { break }
                // (And a name without a word of its own is the subject of an HR case it sits in:
                // "The Director of HR updated on Mr D. Kaczmarek ... absent following a cardiac event".)
                var context = contextKeyword(buffer, from: from, to: to, detector: detectorIndex) ?? (staffingMatter ? Self.staffingMatterContext : nil)
                // (Not a meeting's attendees: "Present: Mrs A Sheridan (Chair), Mr R Kapoor".)
                // (Nor a letterhead's head: "Headteacher: Mrs H. Marsh" above a pupil's suspension.)
                if context == nil, engine.isName[detectorIndex], !Self.onAttendeeLine(buffer, before: from),
                   !(lineLabel(buffer, before: from).map(OrganisationContact.staffRoles.contains) ?? false),
                   nearStaffingMatter(buffer, from: from, to: to) {
                    context = Self.staffingMatterContext
                }
                // A report's comment headed by its pupil: "Oliver Ackroyd: Oliver has struggled with
                // friendships this half term", "Priya Patel - She has ...".
                if context == nil, engine.isName[detectorIndex], beginsLine(buffer, at: from), Self.headsAComment(buffer, from: from, to: to) {
                    context = "comment"
                }
                var confidence = Confidence.low
                var requiresContext = false
                if context != nil {
                    confidence = engine.detectorTable[detectorIndex].contextConfidence
                } else if let base = engine.detectorTable[detectorIndex].baseConfidence {
                    confidence = base
                } else if table != nil {
                    requiresContext = true // its column header may still supply the context
                } else {
                    break
                }
                // "Hollins Lane Primary School | Leeds LS13 9QZ | Tel 0113 496 0120": a letterhead's.
                var keepsLow = false
                if confidence > .low, let kind = engine.organisationContact[detectorIndex],
                   let organisation = OrganisationContact.names(buffer, from: from, to: to, kind: kind,
                                                                database: engine.organisationDatabase, scratch: scanner.scratch) {
                    confidence = .low
                    keepsLow = organisation == .byKind
                }
                // A school fund's or a business's own account, as a charging policy or an invoice gives
                // it ("Account name: Bryn Hafren CP School Fund", "Education IT Services Ltd, Barclays
                // Bank plc" over its sort code and IBAN): no one's bank details.
                if confidence > .low, engine.detectorTable[detectorIndex].category == .financial,
                   OrganisationContact.organisationsAccount(buffer, from: from, to: to) {
                    confidence = .low
                    keepsLow = true
                }
                // A list of organisations' "- name: Arjo UK (slings and hoists)" names no one.
                if confidence > .low, engine.isName[detectorIndex], let lineStart = Self.recordLineStart(buffer, before: from),
                   OrganisationContact.inOrganisationList(buffer, lineStart: lineStart) {
                    confidence = .low
                    keepsLow = true
                }
                var start = from, end = to
                if engine.firstLineOnly[detectorIndex], let lineEnd = (from..<to).first(where: { buffer[$0] == 10 || buffer[$0] == 13 }) { end = lineEnd }
                // A name found by the birth date after it ends where its value does, so that the
                // date stays a candidate of its own ("Re: Jacob Bennett, date of birth 03/05/2012").
                if engine.namesByBirthDate[detectorIndex], let cut = Self.valueEnd(buffer, from: from, to: end, engine.valueUntilBytes[detectorIndex]) {
                    end = cut
                }
                if engine.lastLineOnly[detectorIndex] {
                    while end > from, buffer[end - 1] == 10 || buffer[end - 1] == 13 { end -= 1 } // (the line's own end)
                }
                if engine.lastLineOnly[detectorIndex], let newline = (from..<end).last(where: { buffer[$0] == 10 }) {
                    start = newline + 1
                    while start < end, [32, 9, 45, 42].contains(buffer[start]) { start += 1 } // spaces and a bullet
                    if end - start >= 3, buffer[start] == 0xE2, buffer[start + 1] == 0x80, buffer[start + 2] == 0xA2 { start += 3 } // •
                    while start < end, buffer[start] == 32 || buffer[start] == 9 { start += 1 }
                }
                // (Its value only, after the first of its markers: `span: value`.)
                if engine.valueSpanOnly[detectorIndex] {
                    let text = UnsafeRawBufferPointer(rebasing: buffer[start..<end])
                    if let base = text.baseAddress, let at = engine.valueAfterBytes[detectorIndex].lazy.compactMap({ marker in
                        Self.find(marker, in: text, base: base, from: 0, to: text.count).map { $0 + marker.count }
                    }).first {
                        start += at
                        while start < end, buffer[start] == 32 || buffer[start] == 9 { start += 1 }
                    }
                }
                candidates.append(Candidate(detector: detectorIndex, from: bufferStart + start, to: bufferStart + end,
                                            confidence: confidence, context: context, requiresContext: requiresContext, keepsLow: keepsLow))
                break
            }
        }
        // (After them all: a name's mention may be confirmed, under another detector, before the
        // one with its life's dates.)
        if !historicalNames.isEmpty {
            candidates.removeAll { candidate in
                engine.isName[candidate.detector]
                    && historicalNames.contains(buffer[(candidate.from - bufferStart)..<(candidate.to - bufferStart)].map(ContextKeyword.fold))
            }
        }
        candidates.sort { $0.from < $1.from }
        return candidates
    }

    /// Whether a candidate will be reported and identifies a person (so special-category
    /// keywords near it count).
    func anchors(_ candidate: Candidate) -> Bool {
        candidate.confidence >= ScanOptions.countedConfidence && !candidate.requiresContext && !candidate.atWork
            && (engine.detectorTable[candidate.detector].anchorsSpecial || engine.detectorTable[candidate.detector].anchorsOutsideWork
                || isHRSubject(candidate))
    }

    /// The context a name gets as the subject of an HR case.
    static let staffingMatterContext = "staffing matter"

    /// Whether a name is the subject of an HR case it sits in: no one named in a post, so its
    /// health is theirs ("Dr Siân Llewelyn-Rees (co-opted governor) ... diagnosed with breast cancer").
    func isHRSubject(_ candidate: Candidate) -> Bool {
        engine.isName[candidate.detector] && candidate.context == Self.staffingMatterContext
    }

    /// Whether `index` begins its line: only spaces, tabs, a bullet ("-", "*", "•", "·", ">")
    /// or a list number ("3.", "12)") before it on the line.
    /// Where the line holding `index` begins when it begins within 80 bytes before it, as a
    /// record's line does ("  - name: …", a JSON file's "name: …"); else nil.
    static func recordLineStart(_ buffer: UnsafeRawBufferPointer, before index: Int) -> Int? {
        var start = index
        while start > 0, index - start < 80, buffer[start - 1] != 10 { start -= 1 }
        guard start == 0 || buffer[start - 1] == 10, start <= index else { return nil }
        return start
    }

    /// Whether `index` follows a sentence's end on its line: ". ", "! " or "? " (one or two spaces).
    static func beginsSentence(_ buffer: UnsafeRawBufferPointer, at index: Int) -> Bool {
        var position = index
        while position > 0, index - position < 2, buffer[position - 1] == 32 { position -= 1 }
        guard position < index, position >= 2 else { return false }
        let mark = buffer[position - 1]
        // (Or a chat export's message after its sender: "[08:03] Becca: Izzy still on the
        // antibiotics", "06/03/2025, 08:03 - Becca: ...", round 2375's nursery handover.)
        if mark == 58 { return Self.followsChatSender(buffer, colon: position - 1) || Self.followsTimeLabel(buffer, colon: position - 1) }
        // (Not an initial's or a title's stop: "Mrs A. Okafor", "Dr. Haines".)
        return (mark == 46 || mark == 33 || mark == 63) && isLetter(buffer[position - 2]) && (position < 3 || isLetter(buffer[position - 3]))
            && !(position >= 4 && buffer[position - 4] == 32 && (buffer[position - 3] == 77 || buffer[position - 3] == 68)) // "Mr. ", "Dr. "
    }

    /// Whether the colon at `colon` ends a label of a school day's time that heads its line: a
    /// communication book's "Period 3: Denver had another absence seizure in English", round
    /// 2655's ("Lunch:", "Break:", "P4:", "Mon:").
    static func followsTimeLabel(_ buffer: UnsafeRawBufferPointer, colon: Int) -> Bool {
        var start = colon
        while start > 0, colon - start <= 16, buffer[start - 1] != 10 { start -= 1 }
        guard start == 0 || buffer[start - 1] == 10, colon - start >= 2, colon - start <= 16 else { return false }
        var end = start
        while end < colon, isLetter(buffer[end]) { end += 1 }
        let word = lowerASCII(buffer[start..<end])
        if timeLabels.contains(word) { return true }
        // ("P3:", "P1 & 2:".)
        return word == "p" && end < colon && isDigit(buffer[end])
    }

    static let timeLabels: Set<String> = ["period", "lesson", "break", "lunch", "lunchtime", "registration", "reg", "am", "pm", "morning",
                                          "afternoon", "assembly", "session", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
                                          "monday", "tuesday", "wednesday", "thursday", "friday", "playtime", "hometime", "tutor"]

    /// Whether the colon at `colon` ends a chat export's sender, one capitalised word after a
    /// timestamp's "] " or " - ": "[08:03] Becca:", "06/03/2025, 08:03 - Becca:".
    static func followsChatSender(_ buffer: UnsafeRawBufferPointer, colon: Int) -> Bool {
        var start = colon
        while start > 0, colon - start < 24, isLetter(buffer[start - 1]) { start -= 1 }
        guard start < colon, start >= 2, isUpper(buffer[start]), buffer[start - 1] == 32 else { return false }
        return buffer[start - 2] == 93 || start >= 4 && buffer[start - 2] == 45 && buffer[start - 3] == 32 && (48...57).contains(buffer[start - 4])
    }

    func beginsLine(_ buffer: UnsafeRawBufferPointer, at index: Int) -> Bool {
        var position = index
        func skipSpaces() { while position > 0 && (buffer[position - 1] == 32 || buffer[position - 1] == 9) { position -= 1 } }
        // (A value in Markdown bold, "**Geoff** – off until further notice", round 1495's note.)
        if position >= 2, buffer[position - 1] == 42, buffer[position - 2] == 42 { position -= 2 }
        skipSpaces()
        guard position > 0, buffer[position - 1] != 10, buffer[position - 1] != 13 else { return true }
        let byte = buffer[position - 1]
        // (Or a table's first cell, "|L-G.M.   R    09/11/2019   epilepsy", a text table's row boxed
        // in bars as a PDF of round 2081's prints it.)
        if byte == 45 || byte == 42 || byte == 62 || byte == 124 {
            position -= 1
        } else if position >= 3, buffer[position - 3] == 0xE2, buffer[position - 2] == 0x80, buffer[position - 1] == 0xA2 {
            position -= 3 // •
        } else if position >= 2, buffer[position - 2] == 0xC2, buffer[position - 1] == 0xB7 {
            position -= 2 // ·
        } else if byte == 46 || byte == 41 {
            position -= 1
            let digitsEnd = position
            while position > 0 && buffer[position - 1] >= 48 && buffer[position - 1] <= 57 { position -= 1 }
            guard position < digitsEnd, digitsEnd - position <= 3 else { return false }
        } else if byte >= 48 && byte <= 57 {
            // A late book's or a log's time first: "0852 jayden cole 8e - bus", "08:52", "8.52".
            // (Four digits alone only before a word in small letters: "1215 John - signs Magna
            // Carta" is a timeline's year.)
            guard let start = Self.timeBefore(buffer, end: position),
                  buffer[start..<position].contains(where: { $0 == 58 || $0 == 46 }) || (97...122).contains(buffer[index]) else { return false }
            position = start
        } else {
            return false
        }
        skipSpaces()
        return position == 0 || buffer[position - 1] == 10 || buffer[position - 1] == 13
    }

    /// Where a time of day ending at `end` begins ("0852", "08:52", "8.52"), if one does.
    static func timeBefore(_ buffer: UnsafeRawBufferPointer, end: Int) -> Int? {
        func digits(_ to: Int) -> Int {
            var from = to
            while from > 0, to - from < 4, buffer[from - 1] >= 48 && buffer[from - 1] <= 57 { from -= 1 }
            return from
        }
        func value(_ from: Int, _ to: Int) -> Int { (from..<to).reduce(0) { $0 * 10 + Int(buffer[$1] - 48) } }
        func standsAlone(_ from: Int) -> Bool { from == 0 || !(buffer[from - 1] >= 48 && buffer[from - 1] <= 57) }
        let minutesFrom = digits(end)
        if end - minutesFrom == 4 {
            // (Four digits alone: a 24-hour clock's.)
            guard standsAlone(minutesFrom) else { return nil }
            return value(minutesFrom, minutesFrom + 2) < 24 && value(minutesFrom + 2, end) < 60 ? minutesFrom : nil
        }
        guard end - minutesFrom == 2, minutesFrom > 0, [58, 46].contains(buffer[minutesFrom - 1]) else { return nil }
        let hoursFrom = digits(minutesFrom - 1)
        guard (1...2).contains(minutesFrom - 1 - hoursFrom), standsAlone(hoursFrom),
              value(hoursFrom, minutesFrom - 1) < 24, value(minutesFrom, end) < 60 else { return nil }
        return hoursFrom
    }

    /// Whether a time of day follows, after a space or a comma: " 16:10", ", 9:05".
    /// Words before a date that make it a deadline or a range's end (`isBirthDate` candidates).
    static let deadlineWords: Set<String> = ["by", "until", "till", "before", "after", "between", "since"]

    /// Whether a match ends with a group of three digits after a space and another such group
    /// follows it, then no more digits ("956 312" in "07 734 218 956 312").
    static func groupsOfThreeGoOn(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool {
        guard to - from >= 4, buffer[to - 4] == 32, (to - 3..<to).allSatisfy({ isDigit(buffer[$0]) }),
              to + 4 <= buffer.count, buffer[to] == 32 || buffer[to] == 44, (to + 1...to + 3).allSatisfy({ isDigit(buffer[$0]) }) else { return false }
        return to + 4 == buffer.count || !isDigit(buffer[to + 4])
    }

    /// Whether a third group of three follows a match, letters and digits both, then no more: a
    /// share code's "9RM" after "W7K 4PX" (not "HR4 9JX 100%", nor a country's "GBR").
    static func shareCodeGoesOn(_ buffer: UnsafeRawBufferPointer, after to: Int) -> Bool {
        guard to + 4 <= buffer.count, buffer[to] == 32, to + 4 == buffer.count || !isAlnum(buffer[to + 4]) else { return false }
        let group = (to + 1...to + 3).map { buffer[$0] }
        return group.allSatisfy { isDigit($0) || (65...90).contains($0) } && group.contains(where: isDigit) && group.contains { (65...90).contains($0) }
    }

    /// Whether a date follows a death's word: "d. 22 August 1948", "died 3/4/1901", "Died: 1948".
    static func afterDeathWord(_ buffer: UnsafeRawBufferPointer, before index: Int) -> Bool {
        var end = index
        while end > 0, buffer[end - 1] == 32 || buffer[end - 1] == 9 || buffer[end - 1] == 58 { end -= 1 }
        if end >= 2, buffer[end - 1] == 46, buffer[end - 2] | 0x20 == 100, end == 2 || !isLetter(buffer[end - 3]) { return true } // "d."
        var start = end
        while start > 0, end - start < 8, isLetter(buffer[start - 1]) { start -= 1 }
        guard start < end, start == 0 || !isLetter(buffer[start - 1]) else { return false }
        return ["died", "death", "dod", "buried", "farw", "marw"].contains(lowerASCII(buffer[start..<end]))
    }

    func followedByTime(_ buffer: UnsafeRawBufferPointer, after: Int) -> Bool {
        var index = after
        if index < buffer.count, buffer[index] == 44 { index += 1 }
        guard index < buffer.count, buffer[index] == 32 else { return false }
        index += 1
        var digits = 0
        while index < buffer.count, isDigit(buffer[index]), digits < 3 { index += 1; digits += 1 }
        guard (1...2).contains(digits), index + 2 < buffer.count, buffer[index] == 58 else { return false }
        return isDigit(buffer[index + 1]) && isDigit(buffer[index + 2])
    }

    /// Titles of knights, peers and royalty, before a name in history's documents.
    /// Whether the word "name" (in any case) begins at `index`, then a colon, a tab or a space.
    static func isNameLabel(_ buffer: UnsafeRawBufferPointer, at index: Int) -> Bool {
        guard index >= 0, index + 5 <= buffer.count else { return false }
        let word = zip([110, 97, 109, 101], 0..<4).allSatisfy { buffer[index + $1] | 0x20 == $0 }
        return word && (buffer[index + 4] == 58 || buffer[index + 4] == 9 || buffer[index + 4] == 32)
    }

    static let honours: Set<String> = ["sir", "lord", "lady", "dame", "baron", "baroness", "earl", "duke", "duchess", "king",
                                       "queen", "prince", "princess", "viscount", "marquess", "admiral", "general"]

    /// Whether the word ending at `wordEnd` is a label: a colon right after it.
    static func isLabel(_ buffer: UnsafeRawBufferPointer, wordEnd: Int) -> Bool {
        wordEnd < buffer.count && buffer[wordEnd] == 58
    }

    /// Whether " & " or " and " follows `after`, then up to three capitalised words, one of
    /// them a firm's ("& Classroom Supplies Ltd", "and Sons").
    func andThenFirm(_ buffer: UnsafeRawBufferPointer, after: Int) -> Bool {
        var position = after
        if position + 3 <= buffer.count, buffer[position] == 32, buffer[position + 1] == 38, buffer[position + 2] == 32 {
            position += 2
        } else if position + 5 <= buffer.count, buffer[position] == 32, buffer[position + 1] == 97, buffer[position + 2] == 110,
                  buffer[position + 3] == 100, buffer[position + 4] == 32 {
            position += 4
        } else {
            return false
        }
        for _ in 0..<3 {
            guard position + 1 < buffer.count, (65...90).contains(buffer[position + 1]), let word = nextWord(buffer, after: position) else { return false }
            // (A firm's word only: "Ethan Turner and Grace Hall" is two people.)
            if Self.firmWords.contains(word) { return true }
            position += 1 + word.utf8.count
        }
        return false
    }

    static let firmWords: Set<String> = ["ltd", "limited", "plc", "llp", "inc", "supplies", "services", "solutions", "associates",
                                         "partnership", "sons", "co", "stores", "solicitors", "accountants", "catering", "coaches",
                                         "taxis", "travel", "trust", "foundation", "insurance", "motors", "estates", "productions"]

    /// The word after a space at `after`, lower-cased (letters only, at most 24), if any.
    func nextWord(_ buffer: UnsafeRawBufferPointer, after: Int) -> String? {
        guard after + 1 < buffer.count, buffer[after] == 32 else { return nil }
        var end = after + 1
        while end < buffer.count, end - after <= 24, isLetter(buffer[end]) { end += 1 }
        guard end > after + 1 else { return nil }
        return lowerASCII(buffer[(after + 1)..<end])
    }

    /// Whether the value at `from..<to` is someone named in one of `roles`: the role just
    /// before it ("The Headteacher, Karen Doyle", "Our SENCo, Mrs Priya Shah", a title
    /// skipped), in the few words before an "is" or "was" of a sentence about no pupil ("Our
    /// Allergy Lead is Sarah Evans", "The governor responsible for SEND is Mr Tom Wright";
    /// not "Our new Head Girl is Olivia Hughes" or "The pupil referred to the school nurse
    /// was Amir Khan"), or as the last word of a phrase set off after it by a comma, a bracket,
    /// a dash or a line break ("Karen Doyle, Headteacher", "Sarah Evans (SENCo)", "Mr Kerr
    /// (Deputy Headteacher, Behaviour)"; not "Olivia Hughes (SENCo referral)" or "Olivia
    /// Hughes, Deputy Head Girl"). Words are read in lower case, hyphens kept ("co-ordinator").
    func namedInRole(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int, _ roles: Set<String>, byLabel: Bool = false) -> Bool {
        // A name whose own field's label names its post, among a line's several ("Pennaeth /
        // Headteacher: Mr Rhodri Llewelyn  Person Diogelu Dynodedig / Designated Safeguarding
        // Person: Mrs Bethan Lewis").
        // (Its last word, or a designated post's: not "Concerns raised by the lead teacher: Olivia Hughes".)
        // (Not a name followed by its year group, a pupil's whatever label comes before it: "a
        // reminder from Mrs Carter in the office: Maisie Thornton in Year 2 (Class Kingfisher) has
        // a severe peanut allergy", round 1198's note to the cleaners.)
        // (The name the label's value, not a sentence's after it: "A quick note for the office: escort Bev
        // logged that Tomasz Wiśniewski-Hale in Kestrel class⏎had a tonic-clonic seizure", round 2951's newsletter.)
        if byLabel, !Self.yearGroupFollows(buffer, after: to), Self.valueOpensAfterColon(buffer, at: from),
           let label = lineLabel(buffer, before: from, within: 64) {
            let words = label.split(whereSeparator: { !$0.isLetter }).map(String.init)
            if words.last.map(roles.contains) ?? false || words.contains(where: { ["designated", "dynodedig"].contains($0) && roles.contains($0) }) {
                return true
            }
        }
        // Backwards from `from`.
        var end = from
        func skipGap(_ gap: (UInt8) -> Bool) {
            var skipped = 0
            while end > 0, skipped < 6, gap(buffer[end - 1]) {
                end -= 1
                skipped += 1
            }
        }
        func previous() -> String? {
            var start = end
            while start > 0, end - start < 24, isLetter(buffer[start - 1])
                    || (buffer[start - 1] == 45 && start - 1 > 0 && isLetter(buffer[start - 2]) && start < end) { start -= 1 }
            guard start < end else { return nil }
            defer { end = start }
            return lowerASCII(buffer[start..<end])
        }
        skipGap(isRoleSeparator)
        var word: String?
        if end > 0, buffer[end - 1] == UInt8(ascii: ".") {
            // A title with its full stop ("Link governor: Rev. Michael Ashworth"), else no word.
            let dot = end
            end -= 1
            if let title = previous(), PersonName.isTitle(title) {
                if roles.contains("titled") { return true }
                skipGap(isRoleSeparator)
                word = previous()
            } else {
                end = dot
            }
        } else {
            word = previous()
            if let title = word, PersonName.isTitle(title) {
                // (`titled`: a title before the name rules it out, "Miss Catrin Pugh (Year 4)" is the class's teacher.)
                if roles.contains("titled") { return true }
                skipGap(isRoleSeparator)
                word = previous()
            }
        }
        if let word, roles.contains(word), !Self.yearGroupFollows(buffer, after: to) { return true }
        if word == "is" || word == "was" {
            // The sentence's last words before it (spaces and line breaks only between them):
            // a role among the nearest four, and no pupil among the nearest eight.
            var found = false
            for distance in 0..<8 {
                skipGap { $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 }
                guard let earlier = previous() else { break }
                if Self.pupilWords.contains(earlier) { return false }
                if distance < 4 && roles.contains(earlier) { found = true }
            }
            if found { return true }
        }
        // Forwards from `to`: a comma, a bracket or a dash (or a line break, as a letter's
        // signature puts the role under the name), then a phrase of up to three words whose
        // last is the role, ended by punctuation, a line's end or "of" ("Head of English").
        var start = to, separated = false, skipped = 0
        while start < buffer.count, skipped < 6, isRoleSeparator(buffer[start]) {
            if buffer[start] != 32 && buffer[start] != 9 { separated = true }
            start += 1
            skipped += 1
        }
        guard separated else { return false }
        var last: String?
        for _ in 0..<3 {
            var stop = start
            while stop < buffer.count, stop - start < 24, isLetter(buffer[stop]) || (buffer[stop] == 45 && stop > start) { stop += 1 }
            guard stop > start else { break }
            let next = lowerASCII(buffer[start..<stop])
            if next == "of" { break } // "Head of English": the role came before it
            // A family's word or a call's verb makes it a note, no post: "Zoë Hartley - mum rang
            // office" (round 726's).
            if Self.noteNotRole.contains(next) { return false }
            last = next
            start = stop
            guard start < buffer.count, buffer[start] == 32 else { break }
            start += 1
        }
        guard let last, roles.contains(last) else { return false }
        return true
    }

    /// Words after a name that make what follows a note about them, not their post.
    static let noteNotRole = PersonName.relations.union(["rang", "phoned", "called", "emailed", "texted", "said", "asked", "told"])

    /// Words that make the sentence about a pupil ("The pupil referred to the school nurse was
    /// Amir Khan", "Our new Head Girl is Olivia Hughes").
    static let pupilWords: Set<String> = ["pupil", "pupils", "student", "students", "child", "children", "girl", "boy",
                                          "son", "daughter", "learner", "prefect", "captain"]

    /// Whom a hearing is about, among its attendees: "Present: Anne Whitcombe (Chair), Alan
    /// Pemberton (employee), Gary Finch (NEU rep)" are a grievance's people.
    static let caseSubjectWords: Set<String> = ["employee", "complainant", "appellant", "claimant", "respondent", "grievant"]

    /// Whether a tab, a bar, the document's table delimiter (a cell break) or a line break (a
    /// record's next field: `"agency": "Wessex Guardians Ltd"` over the guardian's `"mobile"`,
    /// round 680's) lies in `buffer[from..<to]`.
    static func cellBreakBetween(_ buffer: UnsafeRawBufferPointer, _ from: Int, _ to: Int, delimiter: UInt8) -> Bool {
        guard from < to else { return false }
        for index in from..<min(to, buffer.count) where buffer[index] == 9 || buffer[index] == 124 || buffer[index] == delimiter
            || buffer[index] == 10 { return true }
        return false
    }

    /// Whether "ISBN", "ISBN-10", "ISBN13:" or "ISBN no." ends just before `from` (blanks, a
    /// colon or a full stop between).
    static func isbnLabelBefore(_ buffer: UnsafeRawBufferPointer, _ from: Int) -> Bool {
        var end = from
        while end > 0, from - end < 6, [32, 9, 58, 46, 35].contains(buffer[end - 1]) { end -= 1 }
        if end >= 2, buffer[end - 1] | 0x20 == 111, buffer[end - 2] | 0x20 == 110 { // "no"
            end -= 2
            while end > 0, from - end < 12, buffer[end - 1] == 32 { end -= 1 }
        }
        // "-10", "13", " 10"
        if end >= 2, buffer[end - 2] == 49, buffer[end - 1] == 48 || buffer[end - 1] == 51 {
            end -= 2
            if end > 0, buffer[end - 1] == 45 || buffer[end - 1] == 32 { end -= 1 }
        }
        guard end >= 4 else { return false }
        return buffer[end - 4] | 0x20 == 105 && buffer[end - 3] | 0x20 == 115 && buffer[end - 2] | 0x20 == 98 && buffer[end - 1] | 0x20 == 110
            && (end == 4 || !isLetter(buffer[end - 5]))
    }

    /// Whether digits are part of an ISBN written with hyphens: "978-1-9160431-2-8" (a run of
    /// 13 digits from 978 or 979), or a run after the label ("ISBN 1-86197-876-9"). (An
    /// invoice's "TRN-12 ... training pack (ISBN 978-1-9160431-2-8)" holds no teacher's
    /// reference number, round 1301's.)
    static func insideISBN(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool {
        var start = from, end = min(to, buffer.count)
        while start > 0, from - start < 20, isDigit(buffer[start - 1]) || buffer[start - 1] == 45 { start -= 1 }
        while end < buffer.count, end - to < 20, isDigit(buffer[end]) || buffer[end] == 45 { end += 1 }
        guard start < from || end > to else { return false }
        let digits = (start..<end).filter { isDigit(buffer[$0]) }
        if digits.count == 13, buffer[digits[0]] == 57, buffer[digits[1]] == 55, buffer[digits[2]] == 56 || buffer[digits[2]] == 57 {
            return true
        }
        return start < from && isbnLabelBefore(buffer, start)
    }

    /// Whether the line holding `at` names an ISBN: the word, or 978 or 979 and ten more
    /// digits (hyphens and spaces between them).
    static func lineHoldsISBN(_ buffer: UnsafeRawBufferPointer, at: Int) -> Bool {
        var start = min(at, buffer.count), end = min(at, buffer.count)
        while start > 0, at - start < 300, buffer[start - 1] != 10 { start -= 1 }
        while end < buffer.count, end - at < 300, buffer[end] != 10 { end += 1 }
        var index = start
        while index + 4 <= end {
            if buffer[index] | 0x20 == 105, buffer[index + 1] | 0x20 == 115, buffer[index + 2] | 0x20 == 98, buffer[index + 3] | 0x20 == 110,
               index == start || !isLetter(buffer[index - 1]) { return true }
            if buffer[index] == 57, buffer[index + 1] == 55, index + 2 < end, buffer[index + 2] == 56 || buffer[index + 2] == 57,
               index == start || !isDigit(buffer[index - 1]) {
                var digits = 0, at = index
                while at < end, isDigit(buffer[at]) || buffer[at] == 45 || buffer[at] == 32, digits < 13 {
                    if isDigit(buffer[at]) { digits += 1 }
                    at += 1
                }
                if digits == 13 { return true }
            }
            index += 1
        }
        return false
    }

    /// Whether the value's line, in the 100 bytes before it, labels it someone's home. (A
    /// label's words whole: not Motherwell's or the Mumbles' postcode, nor "my homework".)
    static func homeLabelBefore(_ buffer: UnsafeRawBufferPointer, from: Int) -> Bool {
        var start = from
        while start > 0, from - start < 100, buffer[start - 1] != 10 { start -= 1 }
        guard start < from else { return false }
        // (On bytes: most words on a value's line begin no label.)
        for index in start..<from where index == start || !isLetter(buffer[index - 1]) {
            let first = buffer[index] | 0x20
            guard homeLabelInitials.contains(first) else { continue }
            for label in homeLabelBytes where label[0] == first && index + label.count <= from {
                if (0..<label.count).allSatisfy({ buffer[index + $0] | (isLetter(buffer[index + $0]) ? 0x20 : 0) == label[$0] }),
                   index + label.count == from || !isLetter(buffer[index + label.count]) { return true }
            }
        }
        return false
    }

    static let homeLabelBytes = homeLabels.map { Array($0.utf8) }
    static let homeLabelInitials = Set(homeLabelBytes.map { $0[0] })

    /// Whether the line around `position` names a made-up person as forms and lessons do
    /// (`PersonName.madeUpPeople`: "Joe Bloggs", "Jane Doe", "A. N. Other"), in any case.
    /// The line around `position` (at most 300 bytes each way).
    static func lineBounds(_ buffer: UnsafeRawBufferPointer, around position: Int) -> Range<Int> {
        let position = min(max(0, position), buffer.count)
        var start = position, end = position
        while start > 0, position - start < 300, buffer[start - 1] != 10 { start -= 1 }
        while end < buffer.count, end - position < 300, buffer[end] != 10 { end += 1 }
        return start..<end
    }

    /// Whether `buffer[from..<to]` holds a date and all its dates are before 1920: written with
    /// separators ("12/03/1886", not a spreadsheet's empty date, 1899 or 1900) or with a
    /// month's name, as old registers abbreviate them ("Jany 7th 1889", "11 April 1917",
    /// "Decr 19th 1892"), or a year after "in" ("in 1870").
    static func datedOnlyBefore1920(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool {
        var index = max(0, from), old = false
        let end = min(to, buffer.count)
        while index + 4 <= end {
            guard isDigit(buffer[index]), index == from || !isDigit(buffer[index - 1]),
                  let year = fourDigits(buffer, at: index, limit: end), index + 4 == end || !isDigit(buffer[index + 4]) else {
                index += 1
                continue
            }
            defer { index += 4 }
            guard (1500...2099).contains(year) else { continue }
            let separated = Self.dayAndMonthBefore(buffer, index, from: from)
            // (Or a year after "in": a history lesson's "opened his first home for destitute children
            // in 1870 after meeting Jim Jarvis, a homeless boy", round 2208's.)
            guard separated || Self.monthBefore(buffer, index, from: from)
                    || index - 3 >= from && startsWithCaseless(buffer, at: index - 3, end: index, "in ")
                    && (index - 3 == from || !isLetter(buffer[index - 4]))
            else { continue }
            if year >= 1920 { return false }
            if !separated || (year != 1899 && year != 1900) { old = true }
        }
        return old
    }

    /// Whether a day and a month in digits, with the same separator after each, come just
    /// before `index` ("12/03/" before "1886"; not a time's range, "1530-" before "1630").
    static func dayAndMonthBefore(_ buffer: UnsafeRawBufferPointer, _ index: Int, from: Int) -> Bool {
        guard index - 4 >= from, [47, 46, 45].contains(buffer[index - 1]) else { return false }
        let separator = buffer[index - 1]
        var at = index - 1
        func digits() -> Bool {
            var count = 0
            while at > from, isDigit(buffer[at - 1]), count < 3 { at -= 1; count += 1 }
            return (1...2).contains(count)
        }
        guard digits(), at > from, buffer[at - 1] == separator else { return false }
        at -= 1
        guard digits() else { return false }
        return at == from || !isDigit(buffer[at - 1])
    }

    /// Whether a month's name (or its first three letters and more: "Jany", "Sept", "Decr")
    /// comes just before `index`, with the day between them or not ("March 3rd ", "11 April ").
    static func monthBefore(_ buffer: UnsafeRawBufferPointer, _ index: Int, from: Int) -> Bool {
        var end = index
        func skip(_ byte: (UInt8) -> Bool) { while end > from, byte(buffer[end - 1]) { end -= 1 } }
        skip { $0 == 32 || $0 == 44 || $0 == 46 }
        // A day after the month ("March 3rd 1890", "March 3 1890").
        if end - 3 >= from, isLetter(buffer[end - 1]), isLetter(buffer[end - 2]), isDigit(buffer[end - 3]) { end -= 2 }
        if end > from, isDigit(buffer[end - 1]) {
            skip(isDigit)
            skip { $0 == 32 || $0 == 44 }
        }
        var start = end
        while start > from, isLetter(buffer[start - 1]) { start -= 1 }
        guard end - start >= 3, end - start <= 9 else { return false }
        return DateValue.months.contains(lowerASCII(buffer[start..<(start + 3)]))
    }

    /// Whether a date is a range's bound: a dash, "to" or "and" between it and another date
    /// ("1 April – 31 August 2022", "01/09/2021 to 31/08/2022"), or a record's "from:" or "to:"
    /// before it.
    static func boundsARange(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool {
        guard from >= 0, to <= buffer.count, from < to else { return false }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
        let joiners = Self.rangeJoiners
        // After: a joiner, then a date's first digit (or a day's within a few bytes: "– 31").
        for joiner in joiners where to + joiner.count < buffer.count
            && buffer[to..<(to + joiner.count)].elementsEqual(joiner) && isDigit(buffer[to + joiner.count]) { return true }
        // Before: a joiner ending where the date begins, another date's digit shortly before it.
        for joiner in joiners where from >= joiner.count && buffer[(from - joiner.count)..<from].elementsEqual(joiner) {
            let start = from - joiner.count
            if (max(0, start - 12)..<start).contains(where: { isDigit(buffer[$0]) }) { return true }
        }
        // A record's "from:" or "to:" key ("from: 2021-09-01" in a JSON file's text).
        var index = from
        while index > 0, buffer[index - 1] == 32 || buffer[index - 1] == 34 { index -= 1 }
        guard index > 0, buffer[index - 1] == 58 else { return false }
        index -= 1
        var start = index
        while start > 0, isLetter(buffer[start - 1]) { start -= 1 }
        // (The key begins its line or a record's quotes: not a sentence's "born from:".)
        let keyBegins = start == 0 || buffer[start - 1] == 10 || (!isLetter(buffer[start - 1]) && buffer[start - 1] != 32)
        return keyBegins && Self.rangeKeys.contains(lowerASCII(buffer[start..<index]))
    }

    /// What joins a range's two dates, and a record's keys for its bounds (made once: asked of
    /// every date of birth).
    static let rangeJoiners: [[UInt8]] = [" - ", " – ", " to ", " and ", "-", "–"].map { Array($0.utf8) }
    static let rangeKeys: Set<String> = ["from", "to", "until", "start", "end", "starts", "ends"]

    /// Whether "e.g." or "mple" ("example") stands in the 60 bytes before `position` on its line: on bytes, a
    /// look before `clauseAfterMarker` builds its string (asked of every value with a digit).
    static func markerBefore(_ buffer: UnsafeRawBufferPointer, _ position: Int) -> Bool {
        var index = position - 4
        while index >= 0, position - index <= 60, buffer[index + 3] != 10 {
            if buffer[index] | 0x20 == 101, buffer[index + 1] == 46, buffer[index + 2] | 0x20 == 103, buffer[index + 3] == 46 { return true } // e.g.
            if buffer[index] == 109, buffer[index + 1] == 112, buffer[index + 2] == 108, buffer[index + 3] == 101 { return true } // mple
            index -= 1
        }
        return false
    }

    /// The words between an example's marker ("e.g.", "for example") and `position`, on its line
    /// within 60 bytes and with no full stop or semicolon after the marker; nil where there is none.
    static func clauseAfterMarker(_ buffer: UnsafeRawBufferPointer, before position: Int) -> String? {
        var start = position
        while start > 0, position - start < 60, buffer[start - 1] != 10 { start -= 1 }
        let line = lowerASCII(buffer[start..<position])
        guard let marker = ["e.g. ", "for example, ", "for example "].lazy.compactMap({ line.range(of: $0, options: .backwards) }).first else { return nil }
        let clause = line[marker.upperBound...]
        return clause.contains(where: { $0 == "." || $0 == ";" }) ? nil : String(clause)
    }

    /// Whether a value follows "e.g.", "eg" or "example" ("for example", a record's "example"
    /// key; a bracket, a colon or spaces between): a format shown by example, no one's.
    static func followsExampleMarker(_ buffer: UnsafeRawBufferPointer, at position: Int) -> Bool {
        guard position > 2, position <= buffer.count else { return false }
        // (Or the first of January in an example's clause: "Enter the child's details exactly as on
        // the form, e.g. surname SMITH, forename Alex, DOB 01/01/2011", round 2530's portal guide.)
        if position + 5 <= buffer.count, buffer[position] == 48, buffer[position + 1] == 49, buffer[position + 3] == 48,
           buffer[position + 4] == 49, [47, 46, 45].contains(buffer[position + 2]) {
            var start = position
            while start > 0, position - start < 60, buffer[start - 1] != 10 { start -= 1 }
            if lowerASCII(buffer[start..<position]).contains("e.g. ") { return true }
        }
        // (Or any date in a made-up case after the marker, its clause unbroken: "e.g. a Year 3 pupil
        // born 01/09/2013 would fail", round 2694's census reminders.)
        if position < buffer.count, isDigit(buffer[position]), Self.markerBefore(buffer, position),
           let clause = Self.clauseAfterMarker(buffer, before: position),
           clause.hasPrefix("a ") || clause.hasPrefix("an ") { return true }
        var end = position
        // (Spaces, a colon, a bracket, a comma or a record's quotes: `"example": "SW1A 1AA"`.)
        // (And Markdown's ` and bold's asterisks: "e.g. **07700 900123**", round 2536's app guide.)
        while end > 0, position - end < 7, [32, 9, 58, 40, 44, 34, 96, 42].contains(buffer[end - 1]) { end -= 1 }
        // (On bytes first, no string built: asked of every value but a name's. Each marker ends in
        // "g", ".", "e" or "t".)
        guard end > 0, end < position, [103, 71, 46, 101, 69, 116, 84].contains(buffer[end - 1]) else { return false }
        let before = lowerASCII(buffer[max(0, end - 10)..<end])
        // (A few words after the marker, then "like" or "such as": "e.g. a number like 07700 900123
        // or a name like \"Jane Smith\"", round 2116's redaction instructions.)
        if before.hasSuffix(" like") || before.hasSuffix("such as") {
            let reach = lowerASCII(buffer[max(0, end - 40)..<end])
            return reach.contains("e.g.") || reach.contains("for example") || reach.contains("example:")
        }
        // (In Welsh, "e.e." and "enghraifft": a playgroup's template, "Dyddiad geni — DD/MM/BBBB (e.e.
        // 01/01/2022)", round 975's.)
        // (And a format shown: "Contact number preferred: 07___ ___ ___ (example format: 07700
        // 900123)", a parents' meeting template, round 1734's.)
        guard before.hasSuffix("e.g") || before.hasSuffix("e.g.") || before.hasSuffix("example") || before.hasSuffix("e.e.")
                || before.hasSuffix("enghraifft") || before.hasSuffix("format") else {
            // ("eg" as a word: "eg 07700 900000", not "leg" or "peg", nor someone's initials "EG".)
            return before.hasSuffix("eg") && (before.count == 2 || !before.dropLast(2).last!.isLetter) && buffer[end - 1] == 103
        }
        return true
    }

    /// Whether a bracket just after the value says it is an example: "e.g. SMITH, Joe (example only)"
    /// (round 2161's guidance), "07700 900123 (dummy)".
    static func exampleBracketFollows(_ buffer: UnsafeRawBufferPointer, after to: Int) -> Bool {
        var open = to
        while open < buffer.count, open - to < 3, buffer[open] == 32 || buffer[open] == 44 { open += 1 }
        if open + 6 < buffer.count, buffer[open] == 40 { return Self.opensWith(buffer, at: open + 1, before: buffer.count, Self.exampleAsides) }
        // (Or a row shown by example, its marker opening the line and its aside later on it: "e.g. SMITH,
        // Jane, Oak, 2 (example only - do not upload this row)", round 2702's photographer's guidance.)
        // (The aside first, memchr on its line: asked of every candidate, and few lines hold one.)
        if to > 0, to < buffer.count, let base = buffer.baseAddress {
            var lineEnd = to
            while lineEnd < buffer.count, lineEnd - to < 60, buffer[lineEnd] != 10 { lineEnd += 1 }
            if let hit = memchr(base + to, 40, lineEnd - to) {
                let bracket = base.distance(to: UnsafeRawPointer(hit))
                if bracket + 6 < buffer.count, Self.opensWith(buffer, at: bracket + 1, before: buffer.count, Self.exampleAsides) {
                    var start = lineBounds(buffer, around: to - 1).lowerBound
                    while start < to, [32, 9, 45, 42].contains(buffer[start]) { start += 1 }
                    if to - start <= 80, Self.opensWith(buffer, at: start, before: to, Self.exampleOpenings) { return true }
                }
            }
        }
        // (Or after the quotation the value stands in, its opening quote before it on the line:
        // "Example: \"Smith, Jane - DOB 01/01/2010 - Level 2\" (example only)", round 2645's bulletin.)
        var back = to - 1, quoted = false
        while back >= 0, to - back <= 60, buffer[back] != 10 {
            if buffer[back] == 34 { quoted = true; break }
            back -= 1
        }
        guard quoted else { return false }
        var close = to
        while close < buffer.count, close - to <= 40, buffer[close] != 34, buffer[close] != 10 { close += 1 }
        guard close < buffer.count, buffer[close] == 34 else { return false }
        open = close + 1
        while open < buffer.count, open - close < 3, buffer[open] == 32 || buffer[open] == 44 { open += 1 }
        guard open + 6 < buffer.count, buffer[open] == 40 else { return false }
        return Self.opensWith(buffer, at: open + 1, before: buffer.count, Self.exampleAsides)
    }

    static let exampleOpenings: [StaticString] = ["e.g.", "eg ", "for example", "example"]
    // (Or "07700 900461 (this is just an example - use your own)", round 2490's app guide.)
    static let exampleAsides: [StaticString] = ["example", "dummy", "e.g.", "fictional", "made up", "made-up", "this is just an example",
                                                "this is an example", "just an example", "an example", "not a real"]

    /// Whether the bytes at `start` (before `end`) begin, in any case, with one of `words` (`startsWithCaseless`).
    static func opensWith(_ buffer: UnsafeRawBufferPointer, at start: Int, before end: Int, _ words: [StaticString]) -> Bool {
        words.contains { startsWithCaseless(buffer, at: start, end: min(end, buffer.count), $0) }
    }

    /// Whether a table's title names its column of example values: "Example value", "Example",
    /// "Sample entry", "Dummy data"; not a results table's "Sample" alone (a lab's specimen).
    static func titleSaysExample(_ title: String) -> Bool {
        let words = title.lowercased().split(whereSeparator: { !$0.isLetter })
        guard words.count <= 3 else { return false }
        return words.contains { ["example", "examples", "dummy"].contains($0) }
            || words.contains("sample") && words.contains { ["value", "values", "entry", "entries", "data", "answer", "answers"].contains($0) }
    }

    static let exampleLineOpenings: [StaticString] = ["example", "for example", "e.g."]

    /// Whether `position` lies in a bracket that opens with an example's marker, a few words
    /// before it: "Use first name + initial of surname only (e.g. Child A / Sam P)" (round 2121's
    /// nursery chart), "(for example 01632 960000 or 07700 900123)". A name only after a
    /// placeholder and a slash: minutes give a real pupil as an example, "(e.g. Jayden Cole in 4B,
    /// whose epilepsy ...)".
    static func inExampleBracket(_ buffer: UnsafeRawBufferPointer, at position: Int, name: Bool) -> Bool {
        guard position > 4, position <= buffer.count else { return false }
        var open = position - 1
        while open > 0, position - open < 48, buffer[open] != 40 {
            if [41, 10, 13].contains(buffer[open]) { return false }
            open -= 1
        }
        guard buffer[open] == 40, open + 4 < position else { return false }
        // (On bytes: asked of every value after a bracket on its line.)
        guard Self.opensWith(buffer, at: open + 1, before: position, Self.exampleOpenings) else { return false }
        return !name || buffer[open..<position].contains(47)
    }

    /// Whether the line holding `position` begins (after a bullet, spaces or a quote) with
    /// "Example", "For example" or "e.g.".
    static func lineOpensWithExample(_ buffer: UnsafeRawBufferPointer, around position: Int) -> Bool {
        guard position >= 0, position <= buffer.count else { return false }
        var start = position
        while start > 0, position - start < 400, buffer[start - 1] != 10 { start -= 1 }
        while start < position, [32, 9, 45, 42, 34, 39, 62].contains(buffer[start]) { start += 1 }
        // (Every marker begins with an "e" or an "f": most lines cost one byte's look.)
        guard start < position, [101, 102].contains(buffer[start] | 0x20) else { return false }
        return Self.opensWith(buffer, at: start, before: position, Self.exampleLineOpenings)
    }

    /// Whether the line holding `position` is an indented label's ("     Name: Alex Smith") in a
    /// block under a line ending "for example:" (up to four lines above, none blank; a label not
    /// indented, just under it): a letter's instructions showing a form filled in, round 2236's
    /// e-consent guide.
    static func underExampleIntro(_ buffer: UnsafeRawBufferPointer, at position: Int) -> Bool {
        guard position > 0, position <= buffer.count else { return false }
        let line = Self.lineBounds(buffer, around: position)
        let start = line.lowerBound
        guard line.contains(where: { buffer[$0] == 58 }) else { return false }
        // (Not indented, as HTML's text comes: the line just above only.)
        let indented = buffer[start] == 32 && start + 1 < position && buffer[start + 1] == 32 || buffer[start] == 9
        var lineStart = start
        for _ in 0..<(indented ? 4 : 1) {
            guard lineStart > 0 else { return false }
            let end = lineStart - 1
            var above = end
            while above > 0, end - above < 400, buffer[above - 1] != 10 { above -= 1 }
            var last = end
            while last > above, buffer[last - 1] == 32 || buffer[last - 1] == 13 { last -= 1 }
            guard last > above else { return false }
            if Self.exampleIntros.contains(where: { Self.endsWith(buffer, last, from: above, $0) }) { return true }
            lineStart = above
        }
        return false
    }

    static let exampleIntros: [StaticString] = ["for example:", "e.g.:", "example:", "for instance:"]

    /// Whether a backtick, a straight or a curly opening quote stands just before `position`.
    static func opensQuoteOrCode(_ buffer: UnsafeRawBufferPointer, before position: Int) -> Bool {
        guard position > 0, position <= buffer.count else { return false }
        if buffer[position - 1] == 96 || buffer[position - 1] == 34 { return true }
        return position >= 3 && buffer[position - 3] == 0xE2 && buffer[position - 2] == 0x80 && buffer[position - 1] == 0x9C
    }

    /// Where a value ends before the first of its `value_until` markers in `buffer[from..<to]`
    /// (the separators before the marker left out), if one is there.
    static func valueEnd(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int, _ markers: [[UInt8]]) -> Int? {
        var cut: Int?
        for bytes in markers {
            guard let first = bytes.first, to - from >= bytes.count else { continue }
            var index = from
            while index + bytes.count <= min(to, cut ?? to) {
                if buffer[index] == first, bytes.indices.allSatisfy({ buffer[index + $0] == bytes[$0] }) { cut = index; break }
                index += 1
            }
        }
        guard var end = cut, end > from else { return nil }
        while end > from, [32, 9, 44, 40, 45].contains(buffer[end - 1]) { end -= 1 }
        return end > from ? end : nil
    }

    /// Whether a value follows the example marker as its label, a colon after it ("Example:
    /// John Smith", "e.g.: Amy Jones").
    static func followsExampleLabel(_ buffer: UnsafeRawBufferPointer, at position: Int) -> Bool {
        var end = position
        while end > 0, position - end < 4, buffer[end - 1] == 32 || buffer[end - 1] == 9 { end -= 1 }
        return end > 0 && buffer[end - 1] == 58 && followsExampleMarker(buffer, at: end)
    }

    /// Whether the line around `position` holds "QQ" and a digit after it (a space between
    /// allowed): the prefix HMRC gives its example National Insurance numbers, no one's.
    static func lineHoldsExampleNINO(_ buffer: UnsafeRawBufferPointer, around position: Int) -> Bool {
        guard position >= 0, position < buffer.count else { return false }
        let line = lineBounds(buffer, around: position)
        return line.dropLast(3).contains { index in
            buffer[index] == 81 && buffer[index + 1] == 81 && (index == line.lowerBound || !isLetter(buffer[index - 1]))
                && (isDigit(buffer[index + 2]) || buffer[index + 2] == 32 && isDigit(buffer[index + 3]))
        }
    }

    static func lineNamesMadeUpPerson(_ buffer: UnsafeRawBufferPointer, around position: Int, sayingFictional: Bool = true) -> Bool {
        guard position >= 0, position < buffer.count else { return false }
        var start = position, end = position
        while start > 0, position - start < 300, buffer[start - 1] != 10 { start -= 1 }
        // (And the line above: a form's name field over its date of birth, "Pupil name ....
        // Joe Bloggs" over "Date of birth .... 01/01/2015"; not a table's row under a
        // made-up one's, "Olivia,Hughes,03/01/2012" under "Joe,Bloggs,01/01/2012".)
        if start > 0, position - start < 300, !(start..<position).contains(where: { buffer[$0] == 44 || buffer[$0] == 9 || buffer[$0] == 124 }) {
            start -= 1
            while start > 0, position - start < 300, buffer[start - 1] != 10 { start -= 1 }
        }
        while end < buffer.count, end - position < 300, buffer[end] != 10 { end += 1 }
        var index = start
        while index < end {
            defer { index += 1 }
            // (On bytes, a word's first letter first: asked of every date of birth.)
            guard madeUpSurnameInitials[Int(buffer[index] | 0x20)], index == start || !isLetter(buffer[index - 1]) else { continue }
            var stop = index
            while stop < end, isLetter(buffer[stop]) { stop += 1 }
            guard madeUpSurnames.contains(where: { surname in
                surname.count == stop - index && surname.indices.allSatisfy { buffer[index + $0] | 0x20 == surname[$0] }
            }) else { continue }
            // The surname with the two or three words before it ("joe bloggs", "a n other").
            let words = lowerASCII(buffer[max(start, index - 16)..<stop]).split(whereSeparator: { !$0.isLetter })
            if (2...3).contains(where: { words.count >= $0 && PersonName.madeUpPeople.contains(words.suffix($0).joined(separator: " ")) }) {
                return true
            }
            // (Or an initial and the surname, capitalised: guidance's "Example of what NOT to do: \"J.
            // Bloggs, DOB 01/01/2015, ASD\"", round 1304's; not an address's "olivia@example.com".)
            if words.count >= 2, words[words.count - 2].count == 1, buffer[index] >= 65, buffer[index] <= 90 { return true }
            // (Or a given name and the surname, capitalised: a training scenario's "A made-up pupil,
            // \"Jamie Example\" (DOB 01/01/2011)", round 1411's.)
            if words.count >= 2, buffer[index] >= 65, buffer[index] <= 90, GivenNames.contains(String(words[words.count - 2])) { return true }
            // (Or after a surname's label: an exam board guide's "Example only - do NOT use these values:"
            // over "Forename: Firstname Surname: Example Date of birth: 01/01/2012", round 2313's.)
            if words.count >= 2, buffer[index] >= 65, buffer[index] <= 90 {
                let label = String(words[words.count - 2]), twoWords = words.count >= 3 ? words[words.count - 3] + " " + label : label
                if Self.surnameLabels.contains(where: { $0 == label || $0 == twoWords }) { return true }
            }
            // Or written surname first, as an MIS prints it ("BLOGGS, Joe · DOB 01/01/1980", round 714's).
            if let given = lowerASCII(buffer[stop..<min(end, stop + 8)]).split(whereSeparator: { !$0.isLetter }).first,
               PersonName.madeUpPeople.contains(given + " " + lowerASCII(buffer[index..<stop])) {
                return true
            }
        }
        // Or a line that says its person is made up: "Example only: a fictional candidate,
        // "Candidate A", born 1 September 2014" (round 944's transfer-test leaflet).
        return sayingFictional && (start..<end).contains { index in
            (index == start || !isLetter(buffer[index - 1])) && madeUpLineWords.contains { word in
                index + word.count <= end && word.indices.allSatisfy { buffer[index + $0] | 0x20 == word[$0] }
            }
        }
    }

    /// Whether a letter's greeting begins at `index`: "Dear " or "Annwyl ".
    static func startsGreeting(_ buffer: UnsafeRawBufferPointer, at index: Int) -> Bool {
        func word(_ text: StaticString) -> Bool {
            index + text.utf8CodeUnitCount <= buffer.count
                && (0..<text.utf8CodeUnitCount).allSatisfy { buffer[index + $0] == text.utf8Start[$0] }
        }
        return word("Dear ") || word("Annwyl ")
    }

    /// Whether one of the four words before a name, in its sentence, says the person is made
    /// up: a lesson's task, "a medical form for a fictional explorer, \"Captain Ada Frostwick\",
    /// who has asthma" (round 1716's), "an imaginary pupil, Sam Lee".
    static func introducedAsMadeUp(_ buffer: UnsafeRawBufferPointer, at position: Int) -> Bool {
        var index = position, words = 0
        var after = ""
        while index > 0, words < 4, position - index < 60 {
            let byte = buffer[index - 1]
            // ("e.g." is read past as a word, no sentence's end: "EXAMPLE ROW - e.g. John Smith, Year 10",
            // round 2840's tutoring log template.)
            if byte == 46, index >= 4, buffer[index - 4] | 0x20 == 101, buffer[index - 3] == 46, buffer[index - 2] | 0x20 == 103 {
                index -= 4
                words += 1
                continue
            }
            // (A title's mark inside the sentence is no end: "In our class book, Splash!, ten-year-old
            // Milo Fenwick has asthma", round 1941's lesson.)
            if byte == 10 || byte == 46 || byte == 33 && !(index < buffer.count && buffer[index] == 44) || byte == 63 { return false }
            guard isLetter(byte) else { index -= 1; continue }
            var start = index
            while start > 0, isLetter(buffer[start - 1]) || buffer[start - 1] == 45 { start -= 1 }
            let word = lowerASCII(buffer[start..<index])
            // ("Also meet our story character: Jamie \"Boots\" Bright, aged 9", round 1980's reading sheet.)
            if introducingMadeUp.contains(word) || after == "book" && storyBookWords.contains(word)
                || after == "character" && storyCharacterWords.contains(word) { return true }
            // (Or a field that opens with an example's word: "EXAMPLE ONLY - John Smith,9Y,Vacuum
            // former", a template's row under no name column, round 2395's risk assessment.)
            if word == "example" || word == "placeholder" {
                var before = start
                while before > 0, buffer[before - 1] == 32 || buffer[before - 1] == 91 || buffer[before - 1] == 34 || buffer[before - 1] == 40 { before -= 1 }
                if before == 0 || [10, 13, 44, 9, 124].contains(buffer[before - 1]) { return true }
            }
            after = word
            words += 1
            index = start
        }
        return false
    }

    /// Whether a name's first word was introduced as made up earlier in its paragraph (600
    /// bytes back): a lesson's task, "write a diary entry as a fictional Year 7 pupil (\"Sam\")
    /// on camp. Sam has asthma" (round 2590's transition lesson), where the second "Sam" has
    /// no such word before it.
    static func namedEarlierAsMadeUp(_ buffer: UnsafeRawBufferPointer, from: Int) -> Bool {
        var end = from
        while end < buffer.count, end - from <= 24, isLetter(buffer[end]) { end += 1 }
        let length = end - from
        guard length >= 2, length <= 24, from > 0 else { return false }
        var index = from - 1
        let floor = max(0, from - 600)
        while index - length >= floor {
            let start = index - length
            // (The same word whole: a non-letter on both sides, its letters equal.)
            if buffer[start] == buffer[from], !isLetter(buffer[index]), start == 0 || !isLetter(buffer[start - 1]),
               (0..<length).allSatisfy({ buffer[start + $0] == buffer[from + $0] }),
               introducedAsMadeUp(buffer, at: start) || describedAsMadeUp(buffer, after: index) { return true }
            index -= 1
        }
        return false
    }

    /// Whether a one-word value is a famous person's surname after the given name: a role play's
    /// "\"Harry Potter\" (Year 5, lives with aunt and uncle, cupboard under the stairs)" read from
    /// "Potter" (round 2629's governor training pack).
    static func famousWithWordBefore(_ buffer: UnsafeRawBufferPointer, from: Int) -> Bool {
        guard from >= 3, buffer[from - 1] == 32, isLetter(buffer[from - 2]) else { return false }
        var end = from
        while end < buffer.count, end - from <= 24, isLetter(buffer[end]) || buffer[end] == 45 { end += 1 }
        var start = from - 1
        while start > 0, from - start <= 24, isLetter(buffer[start - 1]) { start -= 1 }
        guard end - from >= 2, from - 1 - start >= 2 else { return false }
        return FamousNames.all.contains(lowerASCII(buffer[start..<end]))
    }

    /// Whether a name is a street's after its house number: "address: 22 Willow Lane, Brackenford"
    /// (round 2632's contacts list), its last word a street's.
    static func streetAfterHouseNumber(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool {
        guard from >= 2, buffer[from - 1] == 32, isDigit(buffer[from - 2]) || from >= 3 && isLetter(buffer[from - 2]) && isDigit(buffer[from - 3]) else { return false }
        var start = to
        while start > from, isLetter(buffer[start - 1]) { start -= 1 }
        let word = lowerASCII(buffer[start..<to])
        return PersonName.placeWords.contains(word) || streetWords.contains(word)
    }

    /// Whether capitals after a capitalised word are a club's kind, not a person's initials: a
    /// timetable's venue "Brackenridge GC" over "Yr 8/9" (round 2646's golf academy), "Oakfield RFC".
    static func clubsInitials(_ buffer: UnsafeRawBufferPointer, from: Int) -> Bool {
        guard from >= 3, buffer[from - 1] == 32, (97...122).contains(buffer[from - 2]) else { return false }
        var end = from
        while end < buffer.count, end - from < 4, (65...90).contains(buffer[end]) { end += 1 }
        guard end - from >= 2, end == buffer.count || !isLetter(buffer[end]) else { return false }
        return clubKinds.contains(lowerASCII(buffer[from..<end]))
    }

    static let clubKinds: Set<String> = ["gc", "fc", "afc", "rfc", "cc", "ltc", "yc", "sc", "bc", "hc", "rufc", "cfc", "abc", "ac"]

    /// Streets' words that are surnames too, so not `PersonName.placeWords` ("Rachel Lane", "Amy Park").
    static let streetWords: Set<String> = ["lane", "road", "street", "grove", "place", "walk", "mews", "row", "rise", "hill", "view",
                                           "green", "park"]

    /// The words before "book" that make it a story's: "our class book", "a picture book".
    static let storyBookWords: Set<String> = ["class", "picture", "story", "reading", "chapter"]
    /// The words before "character" that make it a story's or a lesson's: "our story character:",
    /// "Case study character:".
    static let storyCharacterWords: Set<String> = ["story", "book", "novel", "case"]

    /// Whether the words just after a name say the person is made up: "Charlie is a fictional
    /// Year 7 pupil who has asthma" (round 1727's e-safety lesson), "Sam (fictional), 14".
    static func describedAsMadeUp(_ buffer: UnsafeRawBufferPointer, after position: Int) -> Bool {
        var index = position, words = 0
        while index < buffer.count, words < 3, index - position < 32 {
            let byte = buffer[index]
            if byte == 10 || byte == 46 { return false }
            guard isLetter(byte) else { index += 1; continue }
            var end = index
            while end < buffer.count, isLetter(buffer[end]) || buffer[end] == 45 { end += 1 }
            let word = lowerASCII(buffer[index..<end])
            if introducingMadeUp.contains(word) { return true }
            // (A template's row: "[John Smith - example only]", "Jane Doe (placeholder)", round 2436's
            // medication log; not "Olivia Hughes - example of excellent work".)
            if word == "placeholder" || word == "dummy" { return true }
            // (Or a bracket of its own: "John Smith (sample) - delete this row", round 2797's access
            // arrangements template.)
            if word == "sample" || word == "example", index > 0, buffer[index - 1] == 40, end < buffer.count, buffer[end] == 41 { return true }
            if word == "example", exampleDescriptions.contains(where: { startsWithCaseless(buffer, at: index, end: buffer.count, $0) }) { return true }
            // ("\"Danny Marsh\" (14) is a character created for this lesson", round 2083's case study;
            // not "Jayden is a character, always making us laugh".)
            if word == "character", words > 0, end + 1 < buffer.count, buffer[end] == 32 {
                var next = end + 1
                while next < buffer.count, next - end <= 12, isLetter(buffer[next]) { next += 1 }
                if createdWords.contains(lowerASCII(buffer[(end + 1)..<next])) { return true }
            }
            guard describingWords.contains(word) else { return false }
            words += 1
            index = end
        }
        return false
    }

    /// Whether a bracket just after a name gives a life's span that began long ago: a psychology
    /// revision sheet's "HM (Henry Molaison, 1926–2008) – ... surgery for epilepsy" (round
    /// 1767's), "\"Tan\" (Louis Victor Leborgne, 1809–1861)". Two years joined by a dash, the
    /// first before 1960, the second later than the first and not in the future, right after
    /// the bracket or after a name and a comma (a leaver's "(2018–2025)" and "(detention
    /// 1530-1630)" are no life).
    /// (The bracket after the name's words, within the match or just after it: a pattern whose
    /// match runs on past its value, "HM (…) – … epilepsy", has it inside.)
    static func lifeSpanFollows(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool {
        var index = from
        let limit = min(buffer.count, max(to, from) + 6, from + 60)
        while index < limit, buffer[index] != 40 {
            let byte = buffer[index]
            guard isLetter(byte) || byte >= 0x80 || [32, 39, 45, 46, 42, 34].contains(byte) else { return false }
            index += 1
        }
        guard index < limit, buffer[index] == 40 else { return false }
        let end = min(buffer.count, index + 80)
        func year(at start: Int) -> Int? {
            guard start + 4 <= end, (start..<start + 4).allSatisfy({ isDigit(buffer[$0]) }),
                  start + 4 == end || !isDigit(buffer[start + 4]), start == 0 || !isDigit(buffer[start - 1]) else { return nil }
            return (start..<start + 4).reduce(0) { $0 * 10 + Int(buffer[$1] - 48) }
        }
        let thisYear = DateValue.birthYears.upperBound
        // (Right after the bracket, or after a name and a comma: "(Henry Molaison, 1926–2008)";
        // not "(detention 1530-1630)".)
        func opening(_ cursor: Int) -> Bool {
            let before = buffer[(index + 1)..<cursor]
            // (Or a word or two of what they were: "Kim Peek (savant, 1951-2009)", round 1804's case studies.)
            let words = before.split(separator: 32)
            return before.allSatisfy { $0 == 32 }
                || before.last(where: { $0 != 32 }) == 44 && (words.allSatisfy { word in
                    word.first.map { isUpper($0) || $0 >= 0x80 || $0 == 34 } ?? true }
                    || words.count <= 2 && words.allSatisfy { $0.allSatisfy { isLetter($0) || $0 == 44 || $0 == 45 } })
        }
        var cursor = index + 1
        while cursor < end, buffer[cursor] != 41, buffer[cursor] != 10 {
            if let born = year(at: cursor), born >= 1000, born < 1960, opening(cursor) {
                var next = cursor + 4
                // A hyphen, an en or an em dash, spaces around it.
                while next < end, buffer[next] == 32 { next += 1 }
                if next < end, buffer[next] == 45 { next += 1 } else if next + 3 <= end, buffer[next] == 0xE2, buffer[next + 1] == 0x80,
                                                                     buffer[next + 2] == 0x93 || buffer[next + 2] == 0x94 { next += 3 } else { cursor += 1; continue }
                while next < end, buffer[next] == 32 { next += 1 }
                if let died = year(at: next), died > born, died <= thisYear { return true }
            }
            cursor += 1
        }
        return false
    }

    /// Whether a given name alone (no capitalised word after it) is a famous person's whom the
    /// text named in full before it: a set text's "Christopher is 15 and ... autistic" under
    /// "## Week 3: Christopher Boone" (round 1773's scheme of work), "Tracy's social worker"
    /// after "Tracy Beaker".
    static func famousGivenNameAlone(_ buffer: UnsafeRawBufferPointer, from: Int) -> Bool {
        guard from >= 0, from < buffer.count, isUpper(buffer[from]) else { return false }
        var end = from
        while end < buffer.count, isLetter(buffer[end]) { end += 1 }
        guard end - from >= 2 else { return false }
        if end + 1 < buffer.count, buffer[end] == 32, isUpper(buffer[end + 1]) { return false }
        return FamousNames.subjectNamedInFull(buffer, verb: end, from: from - 8192)
    }

    /// The words between a name and what makes it up ("is a fictional").
    static let describingWords: Set<String> = ["is", "was", "a", "an", "the", "our"]

    /// "Example" after a name that makes it a template's (`describedAsMadeUp`).
    static let exampleDescriptions: [StaticString] = ["example only", "example row", "example entry", "example record", "example data"]

    /// What follows "a character" when the name is one made for the text: "created", "invented".
    static let createdWords: Set<String> = ["created", "invented", "made", "designed", "written", "devised"]

    /// Words before or after a name that make its person up (a wider set than a line's,
    /// `madeUpLineWords`: next to the name, "invented" or "pretend" can only be about it).
    /// (And a cartoon's or a puppet's: "Nora is a cartoon squirrel who is allergic to peanuts", round
    /// 2147's allergy lesson.)
    static let introducingMadeUp: Set<String> = ["fictional", "fictitious", "imaginary", "made-up", "invented", "pretend", "hypothetical", "novel", "storybook",
                                                 "cartoon", "puppet"]

    /// A line's words saying its person is made up.
    /// (Or an MIS's demonstration record: "The demo record uses the dummy UPN `Z999999999999` and
    /// DOB `01/01/2000`", round 2276's staff guide.)
    static let madeUpLineWords: [[UInt8]] = ["fictional", "fictitious", "hypothetical", "made-up", "demo record", "demo account",
                                             "demo pupil", "dummy record", "dummy upn", "test record", "test pupil"].map { Array($0.utf8) }

    /// Whether every date written with separators in `buffer[from..<to]` ("12/03/1886",
    /// "2.11.1885") is before 1910, and one is not a spreadsheet's or a system's empty date
    /// (1899 or 1900: "30/12/1899", "01/01/1900" for a birth date not known); nil when it
    /// holds no date.
    static func datesBefore1910(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool? {
        let from = max(0, from), to = min(to, buffer.count)
        var index = from + 1, old = false, dated = false
        while index + 5 <= to {
            // A separator after a digit, then four digits not followed by a digit.
            let byte = buffer[index]
            guard byte == 47 || byte == 46 || byte == 45 else { index += 1; continue }
            if isDigit(buffer[index - 1]), let year = fourDigits(buffer, at: index + 1, limit: to), index + 5 == to || !isDigit(buffer[index + 5]) {
                if year >= 1910 || year < 1500 { return false }
                dated = true
                if year != 1899 && year != 1900 { old = true }
                index += 5
                continue
            }
            index += 1
        }
        return dated ? old : nil
    }

    /// Whether a name is cited as a work's author: a year of publication after it, in brackets
    /// ("Helen Bilton (2002)", "(Gina Davies, 2015)") or after its co-authors ("Julia Dunlop &
    /// Gill Stevenson, 2010, ISBN ..."), or "et al.": the year 1900-2029, then a closing bracket,
    /// a comma, a full stop, a colon or a semicolon. Not a year after a comma alone ("Olivia
    /// Hughes,2011,F", "Olivia Hughes, Headteacher, 2019."), nor one then a word ("2015 cohort").
    /// Whether a two-word name runs on into a famous person's surname, its second word their
    /// middle name ("Noor Inayat Khan", "Christopher John Francis Boone": the given name and the
    /// surname one or two words on).
    static func famousPastItsEnd(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool {
        // (Or begun a word or two before it: "Noor Inayat Khan" found as "Inayat Khan".)
        var lastStart = to
        while lastStart > from, isLetter(buffer[lastStart - 1]) || buffer[lastStart - 1] == 39 || buffer[lastStart - 1] == 45 { lastStart -= 1 }
        if lastStart > from {
            let surname = lowerASCII(buffer[lastStart..<to])
            var position = from
            for _ in 0..<2 {
                guard position >= 2, buffer[position - 1] == 32, isLetter(buffer[position - 2]) else { break }
                var start = position - 1
                while start > 0, position - start < 24, isLetter(buffer[start - 1]) { start -= 1 }
                guard (65...90).contains(buffer[start]) else { break }
                if FamousNames.pair(lowerASCII(buffer[start..<(position - 1)]), surname) { return true }
                position = start
            }
        }
        // (Or the match's last word a given name whose famous surname follows: a fact card's "name:
        // Stephen Hawking" read as its given name alone, round 2453's.)
        if lastStart < to, to + 1 < buffer.count, buffer[to] == 32, (65...90).contains(buffer[to + 1]) {
            var end = to + 1
            while end < buffer.count, end - to < 24, isLetter(buffer[end]) || buffer[end] == 39 || buffer[end] == 45 { end += 1 }
            if FamousNames.pair(lowerASCII(buffer[lastStart..<to]), lowerASCII(buffer[(to + 1)..<end])) { return true }
        }
        var givenEnd = from
        while givenEnd < to, isLetter(buffer[givenEnd]) || buffer[givenEnd] >= 0x80 { givenEnd += 1 }
        guard givenEnd > from, givenEnd < to else { return false }
        let given = lowerASCII(buffer[from..<givenEnd])
        guard FamousNames.firstWords.contains(given) else { return false }
        var position = to
        for _ in 0..<2 {
            guard position + 1 < buffer.count, buffer[position] == 32, (65...90).contains(buffer[position + 1]) else { return false }
            var end = position + 1
            while end < buffer.count, end - position < 24, isLetter(buffer[end]) || buffer[end] == 39 || buffer[end] == 45 { end += 1 }
            if FamousNames.pair(given, lowerASCII(buffer[(position + 1)..<end])) { return true }
            position = end
        }
        return false
    }

    /// Whether a company's word ending at `end` ends a bank's name ("Lloyds Bank plc", "Santander
    /// UK plc", "Monzo Bank Ltd"), which a family's bank details name as often as a business's.
    static func namesBank(_ buffer: UnsafeRawBufferPointer, keyword: String, end: Int) -> Bool {
        guard ["plc", "ltd", "limited"].contains(keyword), end <= buffer.count else { return false }
        let start = max(0, end - keyword.count - 28)
        // (Within the name itself, after its label or the comma before it: "Bank: Little Acorns
        // Nursery Ltd" is the nursery's.)
        let before = lowerASCII(buffer[start..<max(start, end - keyword.count)]).split(whereSeparator: { ":,;(\n".contains($0) }).last ?? ""
        return bankNames.contains { before.contains($0) }
    }

    static let bankNames = ["bank", "building society", "santander", "barclays", "lloyds", "natwest", "hsbc", "halifax", "nationwide",
                            "monzo", "starling", "revolut", "tsb", "virgin money", "clydesdale", "first direct", "co-operative"]

    /// Whether a "name" after a house number begins with a Welsh street's word that is a given
    /// name too ("10 Bryn Glas, Llanfyllin", "25 Bryn Glas, Kington": a hill's, not Bryn Terfel's).
    static func isWelshStreet(_ buffer: UnsafeRawBufferPointer, from: Int) -> Bool {
        guard from >= 2, buffer[from - 1] == 32, (48...57).contains(buffer[from - 2]) else { return false }
        var end = from
        while end < buffer.count, end - from < 8, DocumentScanner.isLetter(buffer[end]) { end += 1 }
        return welshStreetWords.contains(lowerASCII(buffer[from..<end]))
    }

    static let welshStreetWords: Set<String> = ["bryn", "heol", "ffordd", "maes", "cae", "llys", "pen", "tan", "bron", "coed", "pant",
                                                "glan", "nant", "erw", "rhes", "stryd", "cwrt", "plas", "parc", "tyn", "gwel", "min"]

    static func citedAsAuthor(_ buffer: UnsafeRawBufferPointer, after end: Int) -> Bool {
        let limit = min(buffer.count, end + 64)
        func isYear(_ at: Int) -> Bool {
            guard at + 4 <= buffer.count, (buffer[at] == 49 && buffer[at + 1] == 57) || (buffer[at] == 50 && buffer[at + 1] == 48 && buffer[at + 2] <= 50),
                  (0..<4).allSatisfy({ buffer[at + $0] >= 48 && buffer[at + $0] <= 57 }) else { return false }
            guard at + 4 < buffer.count else { return true }
            let next = buffer[at + 4]
            return next == 41 || next == 44 || next == 46 || next == 58 || next == 59
        }
        var index = end, coAuthors = false, bracketed = false
        while index < limit {
            let byte = buffer[index]
            if byte == 32 { index += 1; continue }
            if byte == 38 { coAuthors = true; index += 1; continue } // "&"
            // A work's title in italics between ("Eamon Duffy, *The Stripping of the Altars* (1992)").
            if byte == 42 || byte == 95, let close = (index + 1..<limit).first(where: { buffer[$0] == byte }), close > index + 1 {
                index = close + 1
                while index < limit, buffer[index] == byte { index += 1 }
                continue
            }
            if byte == 40 || byte == 44 { // "(" or ",": a year may follow
                if byte == 40 { bracketed = true }
                index += 1
                while index < limit, buffer[index] == 32 { index += 1 }
                if index < limit, buffer[index] >= 48 && buffer[index] <= 57 {
                    guard isYear(index) else { return false }
                    // (In brackets, "(2002)", or within the citation's own: "(Gina Davies, 2015)".)
                    return byte == 40 || coAuthors || (bracketed && index + 4 < buffer.count && buffer[index + 4] == 41)
                        || Self.openBracketBefore(buffer, end)
                }
                continue
            }
            // A co-author's name or initial, "and", or "et al".
            guard isLetter(byte) || byte >= 0x80 else { return false }
            let start = index
            while index < limit, isLetter(buffer[index]) || buffer[index] >= 0x80 || buffer[index] == 39 || buffer[index] == 45 || buffer[index] == 46 { index += 1 }
            let word = buffer[start..<index]
            if word.elementsEqual("and".utf8) { coAuthors = true; continue }
            if word.elementsEqual("et".utf8) { return index + 3 <= limit && buffer[index] == 32 && buffer[index + 1] == 97 && buffer[index + 2] == 108 }
            guard isUpper(byte) || byte >= 0x80 else { return false }
        }
        return false
    }

    /// Whether an opening bracket, not closed, comes before `end` on its line within 48 bytes:
    /// the name is inside a bracketed citation, "(Gina Davies, 2015)".
    static func openBracketBefore(_ buffer: UnsafeRawBufferPointer, _ end: Int) -> Bool {
        var index = min(end, buffer.count)
        while index > 0, end - index < 48 {
            let byte = buffer[index - 1]
            if byte == 10 || byte == 41 { return false }
            if byte == 40 { return true }
            index -= 1
        }
        return false
    }

    /// Whether a hyphen and three small letters follow `at` ("Welsh-medium", "Dahl-inspired").
    /// Whether a name's match is followed by a word that ends a body's name: "FN:Employee
    /// Assistance Programme (24/7)", "Name: Healthy Minds Service" (round 764's contact card).
    /// (A school's status in brackets between: "Hollowmere CE (VC) Primary School", round 777's.)
    static func organisationsNameGoesOn(_ buffer: UnsafeRawBufferPointer, at index: Int) -> Bool {
        guard index > 0, index + 3 < buffer.count, isLetter(buffer[index - 1]), buffer[index] == 32 else { return false }
        var start = index + 1
        if buffer[start] == 40, let close = (start..<min(buffer.count, start + 12)).first(where: { buffer[$0] == 41 }),
           close + 2 < buffer.count, buffer[close + 1] == 32 {
            start = close + 2
        }
        guard isUpper(buffer[start]) else { return false }
        var end = start
        while end < buffer.count, end - start < 16, isLetter(buffer[end]) { end += 1 }
        // (Not the next label on a squeezed line: "Pupil: Freddie Hollingworth School: Fenbridge".)
        guard end == buffer.count || !isLetter(buffer[end]) && buffer[end] != 58 else { return false }
        return bodyWordsAfterName.contains(lowerASCII(buffer[start..<end]))
    }

    static let bodyWordsAfterName: Set<String> = ["programme", "program", "service", "services", "helpline", "project", "network",
                                                    "partnership", "foundation", "association", "society", "charity", "ltd", "limited",
                                                    "plc", "llp", "hub", "alliance", "forum", "trust", "council", "centre", "center",
                                                    "primary", "school", "academy", "college", "nursery", "infants", "juniors",
                                                    // A contact card's office or line ("FN:Castlebrook Careers Office",
                                                    // "FN:Fernhill Attendance Line", rounds 779 and 784).
                                                    "office", "line", "admin", "desk", "helpdesk", "hotline"]

    /// Whether a name begins "Mark " before a word of marking or of a lesson ("Mark Scheme",
    /// "Mark Sheet Year 9", "Mark Making area"): "Mark" is a given name ("Mark Ellison (lay
    /// chaplain) phoned in ... work-related stress", round 955's) but a heading's word too.
    static func marksAssessment(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool {
        guard from >= 0, from + 6 < to, to <= buffer.count, buffer[from] == 77, buffer[from + 1] == 97, buffer[from + 2] == 114,
              buffer[from + 3] == 107, buffer[from + 4] == 32 else { return false }
        var end = from + 5
        while end < to, isLetter(buffer[end]) { end += 1 }
        return markPhraseWords.contains(lowerASCII(buffer[(from + 5)..<end]))
    }

    static let markPhraseWords: Set<String> = [
        "scheme", "schemes", "sheet", "sheets", "book", "books", "allocation", "allocations", "boundaries", "boundary", "making",
        "maker", "makers", "range", "ranges", "breakdown", "awarded", "total", "totals", "type", "types", "grid", "grids", "entry",
        "entries", "band", "bands", "scale", "scales", "distribution", "analysis", "summary", "review", "moderation", "recording",
        "record", "records", "criteria", "weighting", "given", "achieved", "available", "obtained", "gained", "conversion",
        "input", "tracker", "log", "policy", "feedback", "up", "down", "schema", "sheme", "schem", "scheme's", "key", "code",
        "codes", "plan", "plans", "point", "points", "per", "loss", "lost", "capture", "capturing", "verification", "checking",
        "check", "checks", "reading", "entering", "the", "and", "for", "of", "to", "as", "all", "each", "every", "your", "their",
        "this", "these", "that", "work", "it", "in", "on", "out", "off", "my", "our", "his", "her", "with", "using", "only",
        "pupil", "pupils", "student", "students", "paper", "papers", "question", "questions", "test", "tests", "exam", "exams",
        "homework", "assessment", "assessments", "level", "levels", "grade", "grades", "score", "scores", "time", "register",
        "registers", "attendance", "sports", "day", "date", "dates", "gospel", "chapter", "ch", "verse", "verses", "street",
        "road", "lane", "close", "house", "church", "centre", "square", "lesson", "lessons", "sample", "samples",
    ]

    static func runsOnIntoCompound(_ buffer: UnsafeRawBufferPointer, at index: Int) -> Bool {
        guard index > 0, index + 4 <= buffer.count, isLetter(buffer[index - 1]), buffer[index] == 45 else { return false }
        return (1...3).allSatisfy { (97...122).contains(buffer[index + $0]) }
    }

    /// Whether the name is a storybook animal's, its last word an animal's beginning with the
    /// given name's letter: "Tilly Tortoise", "Ruby Rabbit", "Hetty Hedgehog" (rounds 2100 and
    /// 2105's lesson and social story). (Not "Felicity Fox", "Laura Lamb": surnames people have.)
    /// Or a given name and "the" with an animal after it: "Ollie the Otter has a nut allergy"
    /// (round 2171's allergy lesson).
    static func storybookAnimal(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool {
        guard from < to, to <= buffer.count, isUpper(buffer[from]) else { return false }
        var nameEnd = from
        while nameEnd < to, isLetter(buffer[nameEnd]) || buffer[nameEnd] == 45 { nameEnd += 1 }
        if nameEnd + 6 < buffer.count, buffer[nameEnd] == 32, startsWithCaseless(buffer, at: nameEnd + 1, end: nameEnd + 5, "the ") {
            var end = nameEnd + 5
            while end < buffer.count, end - nameEnd < 20, isLetter(buffer[end]) { end += 1 }
            if end > nameEnd + 5, storybookAnimals.contains(lowerASCII(buffer[(nameEnd + 5)..<end])) { return true }
        }
        var start = to
        while start > from, isLetter(buffer[start - 1]) { start -= 1 }
        guard start > from, start < to else { return false }
        let animal = lowerASCII(buffer[start..<to])
        // (Whatever its letter, an animal no one is named after: "Poppy Hedgehog had diabetes",
        // round 2333's circle time story.)
        if animalsNoSurname.contains(animal) { return true }
        return ContextKeyword.fold(buffer[start]) == ContextKeyword.fold(buffer[from]) && storybookAnimals.contains(animal)
    }

    /// Storybook animals that are no family's surname (not "Fox", "Lamb", "Badger", "Bird").
    static let animalsNoSurname: Set<String> = ["tortoise", "rabbit", "bunny", "hedgehog", "squirrel", "piglet", "kitten", "puppy",
                                                "penguin", "panda", "hippo", "giraffe", "elephant", "zebra", "dinosaur", "unicorn",
                                                "duckling", "caterpillar", "ladybird", "bumblebee", "octopus", "crocodile", "kangaroo",
                                                "koala", "llama", "meerkat", "rhino", "dolphin", "turtle"]

    /// Whether the words just before a name give it to an animal: "an old badger called
    /// Barnaby Brock", "two rabbits named Flopsy Burrows" (round 2260's circle time story).
    /// (Asked of every name: the verb is compared in place, a string made only after it.)
    static func namedAsAnimal(_ buffer: UnsafeRawBufferPointer, at position: Int) -> Bool {
        guard position > 8, position <= buffer.count, buffer[position - 1] == 32 else { return false }
        let verbEnd = position - 1
        let verbStart = endsWith(buffer, verbEnd, from: 0, "called") ? verbEnd - 6 : endsWith(buffer, verbEnd, from: 0, "named") ? verbEnd - 5 : -1
        guard verbStart > 1, buffer[verbStart - 1] == 32 else { return false }
        var end = verbStart - 1
        while end > 0, buffer[end - 1] == 32 { end -= 1 }
        var start = end
        while start > 0, end - start < 16, isLetter(buffer[start - 1]) { start -= 1 }
        guard start < end else { return false }
        let animal = lowerASCII(buffer[start..<end])
        return storybookAnimals.contains(animal) || animal.hasSuffix("s") && storybookAnimals.contains(String(animal.dropLast()))
    }

    /// The surnames of the names `namedAsAnimal` finds in `buffer[from..<to]` (a story's
    /// opening): "an old badger called Barnaby Brock" gives "brock". (A name of two words or
    /// more: "a rabbit called Snowy" is a pet's.)
    static func collectAnimalFamilies(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int, into families: inout Set<[UInt8]>) {
        for index in from..<to where index + 1 < buffer.count && buffer[index] == 32 && isUpper(buffer[index + 1])
            && namedAsAnimal(buffer, at: index + 1) {
            let run = capitalisedRun(buffer, from: index + 1, to: min(buffer.count, index + 1 + 80))
            if run.words >= 2 { families.insert(buffer[run.last].map(ContextKeyword.fold)) }
        }
    }

    /// The last of the capitalised words from `from` (before `to`), folded: a name's surname,
    /// whatever the match goes on with ("Hazel Brock, aged 6,").
    static func surnameFolded(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> [UInt8] {
        buffer[capitalisedRun(buffer, from: from, to: to).last].map(ContextKeyword.fold)
    }

    /// The capitalised words from `from` (before `to`), one space between: how many (three at
    /// most) and where the last is.
    static func capitalisedRun(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> (words: Int, last: Range<Int>) {
        var start = from, end = from, words = 0
        while end < to, words < 3, isUpper(buffer[end]) {
            start = end
            while end < to, isLetter(buffer[end]) || buffer[end] == 45 || buffer[end] == 39 { end += 1 }
            words += 1
            guard end + 1 < to, buffer[end] == 32, isUpper(buffer[end + 1]) else { break }
            end += 1
        }
        return (words, start..<end)
    }

    /// Whether the nearest heading above `position` (a Markdown heading, or a short line ending
    /// with a colon, within 2 KB) lists a story's characters: "## Characters" over "- **Julian** –
    /// the bully." (round 2108's lesson on Wonder), "Main characters:".
    /// `memo`: the line last asked about and the answer for it, so that names on the lines below
    /// read up to that line only (a long document without headings read once, not 2 KB a name).
    static func underCharactersHeading(_ buffer: UnsafeRawBufferPointer, at position: Int,
                                       memo: inout (line: Int, answer: Bool)) -> Bool {
        guard position > 0, position <= buffer.count else { return false }
        var lineEnd = position
        while lineEnd > 0, buffer[lineEnd - 1] != 10 { lineEnd -= 1 }
        let line = lineEnd
        if line == memo.line { return memo.answer }
        var answer = false
        // Line by line upwards, from the line before the name's.
        while lineEnd > 0, position - lineEnd < 2048 {
            let end = lineEnd - 1
            var start = end
            while start > 0, buffer[start - 1] != 10 { start -= 1 }
            var first = start
            while first < end, buffer[first] == 32 { first += 1 }
            var last = end
            while last > first, buffer[last - 1] == 32 || buffer[last - 1] == 13 { last -= 1 }
            // (Or a passage's title saying it is fiction: "Text B: \"Matilda's Secret\" (fiction)" over
            // "Tilly Marsh, aged eleven, ... had asthma", round 2153's reading practice.)
            if first < last, last - first <= 80, Self.endsWith(buffer, last, from: first, Self.fictionTitle) { answer = true; break }
            // (Or a story told in a lesson: "Story time: Farmer Flo and the Dusty Barn" over "Tom
            // Barley, aged 10, lives on Windy Hill Farm with his gran ... Tom has asthma", round
            // 2015's science lesson.)
            if first < last, last - first <= 80, Self.opensWith(buffer, at: first, before: last, Self.storyOpenings) { answer = true; break }
            let heading = first < last && (buffer[first] == 35 || last - first <= 40 && buffer[last - 1] == 58 && !buffer[first..<last].contains(45))
            if heading {
                // (Not a play's "Cast:": a school play's cast are pupils.)
                answer = Self.characterHeadings.contains { Self.endsWith(buffer, last, from: first, $0) }
                    // (Or a character study anywhere in it: "# Year 9 Drama – Oliver! character study
                    // sheet" over "- **Nancy** – victim of domestic abuse", round 2197's.)
                    || Self.characterStudies.contains { phrase in
                        (first..<last).contains { Self.startsWithCaseless(buffer, at: $0, end: last, phrase) }
                    }
                break
            }
            // (The line last asked about, no heading between: its answer.)
            if start == memo.line, memo.line < line { answer = memo.answer; break }
            lineEnd = start
        }
        memo = (line, answer)
        return answer
    }

    static let fictionTitle: StaticString = "(fiction)"

    static let storyOpenings: [StaticString] = ["story time:", "storytime:", "story time -", "story time \u{2013}", "class story:",
                                                "circle time story:", "our story:", "a short story:", "read-aloud story:",
                                                // ("Story character activity" over "In the class reader, Tom has asthma ...
                                                // His friend Priya has a nut allergy", round 2322's nursing lesson.)
                                                "story character", "class reader:", "in the class reader,"]

    static let characterHeadings: [StaticString] = ["characters", "characters:", "character list"]

    static let characterStudies: [StaticString] = ["character study", "character studies", "character notes", "character profile",
                                                   "character sheet"]

    /// Whether `buffer[from..<end]` ends with `word` (lower case), in any case (`startsWithCaseless`).
    static func endsWith(_ buffer: UnsafeRawBufferPointer, _ end: Int, from: Int, _ word: StaticString) -> Bool {
        end - word.utf8CodeUnitCount >= from && end <= buffer.count && startsWithCaseless(buffer, at: end - word.utf8CodeUnitCount, end: end, word)
    }

    /// Whether a title in capitalised words goes on after the name with a pronoun or an article:
    /// "Social story: Milo Finds His Words" (round 2105's), "Tom Meets The Queen".
    /// Or the name's last word a verb of a title, the title going on in small words: "*Topsy and
    /// Tim Go to the Doctor*" (round 2173's story-time plan), "Kipper Goes to the Park".
    static func titleGoesOn(_ buffer: UnsafeRawBufferPointer, after to: Int) -> Bool {
        if to > 3, to + 4 < buffer.count, buffer[to] == 32, startsWithCaseless(buffer, at: to + 1, end: to + 4, "to ") {
            var start = to
            while start > 0, isLetter(buffer[start - 1]) { start -= 1 }
            if start > 0, buffer[start - 1] == 32, isUpper(buffer[start]),
               titleVerbs.contains(String(decoding: UnsafeRawBufferPointer(rebasing: buffer[start..<to]), as: UTF8.self)) { return true }
        }
        guard to > 0, to + 3 < buffer.count, isLetter(buffer[to - 1]), buffer[to] == 32, isUpper(buffer[to + 1]) else { return false }
        var end = to + 1
        while end < buffer.count, end - to <= 6, isLetter(buffer[end]) { end += 1 }
        // (And a capitalised word after it: "Milo Finds His Words", not "spoke to Olivia Hughes Her mum".)
        guard end + 1 < buffer.count, buffer[end] == 32, isUpper(buffer[end + 1]) else { return false }
        return titleGoingOnWords.contains(String(decoding: UnsafeRawBufferPointer(rebasing: buffer[(to + 1)..<end]), as: UTF8.self))
    }

    static let titleGoingOnWords: Set<String> = ["His", "Her", "Their", "The", "My", "Our", "Your"]

    /// A title's verbs that a name's last word can look like ("Tim Go", "Kipper Goes").
    static let titleVerbs: Set<String> = ["Go", "Goes", "Went", "Gets", "Moves", "Comes", "Came", "Says"]

    static let storybookAnimals: Set<String> = ["tortoise", "rabbit", "bunny", "mouse", "owl", "hedgehog", "squirrel", "frog", "toad",
                                                "pig", "piglet", "kitten", "puppy", "penguin", "panda", "hippo", "giraffe", "elephant",
                                                "monkey", "tiger", "zebra", "snail", "donkey", "dinosaur", "dragon", "unicorn", "badger",
                                                "duck", "duckling", "goose", "caterpillar", "ladybird", "bumblebee", "spider", "octopus",
                                                "crocodile", "lion", "bear", "teddy", "koala", "kangaroo", "llama", "meerkat", "otter",
                                                "robot", "rhino", "sheep", "snake", "worm", "whale", "dolphin", "seal", "turtle"]

    /// Whether a word of a name's match after its first, or the word after it, is a template's
    /// made-up surname (`PersonName.madeUpSurnames`: "Bloggs", "Example"), whatever the given
    /// name: "Jane Bloggs, Year 3" too, where the match ends with the year group.
    static func endsWithMadeUpSurname(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool {
        guard from < to, to <= buffer.count else { return false }
        // The word ending at `end`, when it begins a word.
        func madeUp(_ start: Int, _ end: Int) -> Bool {
            (start == 0 || !isLetter(buffer[start - 1])) && PersonName.isMadeUpSurname(UnsafeRawBufferPointer(rebasing: buffer[start..<end]))
        }
        var wordEnd = to
        while wordEnd > from {
            while wordEnd > from, !isLetter(buffer[wordEnd - 1]) { wordEnd -= 1 }
            var start = wordEnd
            while start > from, isLetter(buffer[start - 1]) { start -= 1 }
            if start > from, wordEnd - start >= 4, madeUp(start, wordEnd) { return true }
            wordEnd = start
        }
        var last = to
        while last > from, isLetter(buffer[last - 1]) { last -= 1 }
        if last < to, madeUp(last, to) { return true }
        // The next word, after one space.
        guard to + 1 < buffer.count, buffer[to] == 32 else { return false }
        var end = to + 1
        while end < buffer.count, end - to <= 12, isLetter(buffer[end]) { end += 1 }
        return end > to + 1 && madeUp(to + 1, end)
    }

    static let madeUpSurnames = Set(PersonName.madeUpPeople.compactMap { $0.split(separator: " ").last.map(String.init) }).map { Array($0.utf8) }
    /// Per byte (in small letters): whether a made-up surname begins with it.
    static let madeUpSurnameInitials: [Bool] = (0..<256).map { byte in madeUpSurnames.contains { $0.first == UInt8(byte) } }

    static let homeLabels = ["home address", "home phone", "home tel", "home telephone", "home number", "home no", "home landline",
                             "my address", "my home", "lives at", "living at", "moved to", "new address", "address at home",
                             // A family's number or address by whose it is ("Olivia's mum, ... parent: 0113 496
                             // 0577", "Exchange partner: accommodation: 14 Acacia Road"): no place's, alone too.
                             "mum", "dad", "mother", "father", "nan", "nana", "grandma", "grandad", "granny",
                             "host family", "exchange partner"]

    /// Whether the name's line, before it, or the line above gives a death before 1930:
    /// "Died" and a year within 40 bytes after it on its line (a composer's fact file's
    /// "Born: 27 January 1756, Salzburg    Died: 5 December 1791, Vienna").
    static func diedLongAgoAbove(_ buffer: UnsafeRawBufferPointer, before from: Int) -> Bool {
        var lineStart = from
        while lineStart > 0, from - lineStart < 300, buffer[lineStart - 1] != 10 { lineStart -= 1 }
        var start = lineStart
        if start > 0, buffer[start - 1] == 10 {
            start -= 1
            while start > 0, lineStart - start < 300, buffer[start - 1] != 10 { start -= 1 }
        }
        var index = start
        while index + 4 <= from {
            defer { index += 1 }
            guard buffer[index] | 0x20 == 100, buffer[index + 1] | 0x20 == 105, buffer[index + 2] | 0x20 == 101, buffer[index + 3] | 0x20 == 100,
                  index == 0 || !isAlnum(buffer[index - 1]), index + 4 == buffer.count || !isAlnum(buffer[index + 4]) else { continue }
            var at = index + 4
            while at + 4 <= min(buffer.count, index + 48), buffer[at] != 10 {
                if isDigit(buffer[at]), !isDigit(buffer[at - 1]), (at + 1..<at + 4).allSatisfy({ isDigit(buffer[$0]) }),
                   at + 4 == buffer.count || !isDigit(buffer[at + 4]) {
                    let year = (0..<4).reduce(0) { $0 * 10 + Int(buffer[at + $1] - 48) }
                    if year >= 1000 && year < 1930 { return true }
                }
                at += 1
            }
        }
        return false
    }

    /// Whether one of the three lines after the name's opens with "born" or "died" (a field's
    /// label, a dash or a colon after it) and a year before 1920: a record's "born: 1887-07-07",
    /// "died: 1849-10-17" under its "- name:".
    static func lifeLongAgoBelow(_ buffer: UnsafeRawBufferPointer, after to: Int) -> Bool {
        var index = to, lines = 0
        let end = min(buffer.count, to + 400)
        while index < end, lines < 3 {
            while index < end, buffer[index] != 10 { index += 1 }
            guard index < end else { return false }
            index += 1
            lines += 1
            while index < end, buffer[index] == 32 || buffer[index] == 9 || buffer[index] == 45 { index += 1 }
            guard startsWithCaseless(buffer, at: index, end: end, "born") || startsWithCaseless(buffer, at: index, end: end, "died") else { continue }
            var at = index + 4
            while at + 4 <= end, at - index < 24, buffer[at] != 10 {
                if isDigit(buffer[at]), !isDigit(buffer[at - 1]), let year = fourDigits(buffer, at: at, limit: end),
                   at + 4 == end || !isDigit(buffer[at + 4]) {
                    if year >= 1000 && year < 1920 { return true }
                    break
                }
                at += 1
            }
        }
        return false
    }

    /// Whether a work's year follows a name in brackets, as a citation writes it: " (1997)",
    /// " (2004a)", " (2011, p. 12)", " (2008: 14)".
    /// Or a quoted title, then its publisher's and year's brackets: ", 'Sensory Circuits' (LDA,
    /// 2009)" (a lesson plan's reference).
    static func citationFollows(_ buffer: UnsafeRawBufferPointer, after to: Int) -> Bool {
        if to + 4 < buffer.count, buffer[to] == 44, buffer[to + 1] == 32,
           buffer[to + 2] == 39 || buffer[to + 2] == 34 || (buffer[to + 2] == 0xE2 && buffer[to + 3] == 0x80) {
            return quotedTitleWithYearFollows(buffer, from: to + 3)
        }
        guard to + 7 < buffer.count, buffer[to] == 32, buffer[to + 1] == 40,
              let year = fourDigits(buffer, at: to + 2, limit: buffer.count), year >= 1900, year <= 2029 else { return false }
        var next = to + 6
        if isLower(buffer[next]), next + 1 < buffer.count { next += 1 } // "2004a"
        return buffer[next] == 41 || buffer[next] == 44 || buffer[next] == 58 || buffer[next] == 59
    }

    /// The number four digits at `index` spell (all before `limit`), or nil.
    static func fourDigits(_ buffer: UnsafeRawBufferPointer, at index: Int, limit: Int) -> Int? {
        guard index >= 0, index + 4 <= limit, index + 4 <= buffer.count,
              (index..<(index + 4)).allSatisfy({ isDigit(buffer[$0]) }) else { return nil }
        return (index..<(index + 4)).reduce(0) { $0 * 10 + Int(buffer[$1] - 48) }
    }

    /// Whether the name is said to be dead just after it: " (deceased)", ", deceased", " (dec'd)".
    static func deceasedFollows(_ buffer: UnsafeRawBufferPointer, after to: Int) -> Bool {
        guard to + 6 < buffer.count, buffer[to] == 32 || buffer[to] == 44 else { return false }
        var index = to
        while index < buffer.count, index - to < 3, buffer[index] == 32 || buffer[index] == 44 || buffer[index] == 40 { index += 1 }
        // (On bytes: asked after every name.)
        return deceasedWords.contains { word in
            index + word.count <= buffer.count && word.indices.allSatisfy { ContextKeyword.fold(buffer[index + $0]) == word[$0] }
        }
    }

    static let deceasedWords = ["deceased", "dec'd", "dec."].map { Array($0.utf8) }

    /// Whether a title's closing quote and then a bracket holding a year (1900-2029) follow
    /// `from` on its line, within 160 bytes: "Sensory Circuits' (LDA, 2009)".
    static func quotedTitleWithYearFollows(_ buffer: UnsafeRawBufferPointer, from: Int) -> Bool {
        let end = min(buffer.count, from + 160)
        var index = from, closed = false
        while index < end, buffer[index] != 10 {
            let byte = buffer[index]
            if !closed {
                if byte == 39 || byte == 34 || byte == 0x99 || byte == 0x9D { closed = true }
            } else if byte == 40 {
                var look = index + 1
                while look + 4 <= end, buffer[look] != 41, buffer[look] != 10 {
                    if let year = fourDigits(buffer, at: look, limit: end), year >= 1900, year <= 2029 { return true }
                    look += 1
                }
                return false
            }
            index += 1
        }
        return false
    }

    /// Whether the words after a name make it a historical person: a year of birth before
    /// 1930 after "born" or "b." (" (born 23 September 1869", ", born in 1820", " was born in
    /// 1819", a JSON record's `", "born": "1770-12-17"`), or a life's first year right
    /// after a bracket (" (1888-1918)", " (1820–1910)"), or a life's dates in full, whatever
    /// the years (" (30 June 1933 - 28 January 1953)"). Not a race ("(1500m)") or a time
    /// ("(detention 1530-1630)").
    func bornLongAgo(_ buffer: UnsafeRawBufferPointer, after to: Int) -> Bool {
        let end = min(buffer.count, to + 48)
        guard to + 6 < end else { return false }
        let head = String(decoding: buffer[to..<min(end, to + 12)], as: UTF8.self)
        // Four digits at `index`, no letter or digit after them, read by `limit`.
        func year(at index: Int, limit: Int = end) -> Int? {
            guard index + 4 == buffer.count || index + 4 < buffer.count && !isAlnum(buffer[index + 4]) else { return nil }
            return Self.fourDigits(buffer, at: index, limit: limit)
        }
        // (A year after a month's name: "June 1933", not "14/03/2012" or "Year 7 2019".)
        func afterMonth(_ index: Int) -> Bool {
            guard index >= 2, buffer[index - 1] == 32 else { return false }
            var start = index - 1
            while start > to, isLetter(buffer[start - 1]) { start -= 1 }
            return DateValue.monthNumber(ArraySlice(buffer[start..<(index - 1)])) != nil
        }
        if head.hasPrefix(" ("), let first = year(at: to + 2), to + 6 < end,
           buffer[to + 6] == UInt8(ascii: "-") || buffer[to + 6] == 0xE2 {
            return first >= 1000 && first < 1930 // a life's years
        }
        // A life's dates in full, a death's after a dash: "Derek Bentley (30 June 1933 - 28
        // January 1953)". No one living.
        if head.hasPrefix(" (") {
            var index = to + 2, years = 0, dash = false
            while index < end, buffer[index] != 41, buffer[index] != 10 {
                if !dash, years == 0, isDigit(buffer[index]), year(at: index) != nil, afterMonth(index) { years = 1; index += 4; continue }
                if years == 1, buffer[index] == 45 || buffer[index] == 0xE2 { dash = true }
                if dash, isDigit(buffer[index]), year(at: index) != nil, afterMonth(index) { return true }
                index += 1
            }
        }
        // A bracket that gives the life's years with their words, whatever comes first: " (Dubhghlas
        // de hÍde, b. 1860, d. 1949)", " (known as An Craoibhín, died 1949)".
        if head.hasPrefix(" (") {
            var index = to + 2
            let limit = min(buffer.count, to + 100)
            while index + 4 < limit, buffer[index] != 41, buffer[index] != 10 {
                if !isLetter(buffer[index - 1]) {
                    var yearAt: Int?
                    if (buffer[index] == 98 || buffer[index] == 100), buffer[index + 1] == 46, buffer[index + 2] == 32 { yearAt = index + 3 } // "b. ", "d. "
                    else if Self.startsWithCaseless(buffer, at: index, end: limit, "born ") || Self.startsWithCaseless(buffer, at: index, end: limit, "died ") {
                        yearAt = index + 5
                    }
                    if let at = yearAt, at + 4 <= limit, let found = year(at: at, limit: limit), found >= 1000, found < 1930 { return true }
                }
                index += 1
            }
        }
        // A date before 1930 after the name on its line, its year after a month's name: a
        // life's event ("Married Caroline Alice Roberts on 8 May 1889 at Brompton Oratory",
        // "Duncan - King of Scotland ... Historically Duncan I died 14 August 1040").
        let lineEnd = min(buffer.count, to + 200)
        var index = to
        while index + 4 <= lineEnd, buffer[index] != 10 {
            if buffer[index - 1] == 32, let found = year(at: index, limit: lineEnd), found >= 1000, found < 1930, afterMonth(index) { return true }
            index += 1
        }
        // A record's next key in JSON: "name": "Ludwig van Beethoven", "born": "1770-12-17".
        let key = String(decoding: buffer[to..<min(end, to + 9)].map(ContextKeyword.fold), as: UTF8.self)
        let jsonBirth = ["\", \"born", "\",\"born", "\", \"birth", "\",\"birth", "\", \"dob\"", "\",\"dob\""].contains { key.hasPrefix($0) }
        guard jsonBirth || head.hasPrefix(" (born ") || head.hasPrefix(", born ") || head.hasPrefix(" was born ") || head.hasPrefix(" (b. ")
                || head.hasPrefix(", b. ") else { return false }
        index = to + 4
        while index + 4 <= end {
            let byte = buffer[index]
            if byte == 41 || byte == 10 { return false } // ")", a line's end
            if isDigit(byte) {
                if let found = year(at: index) { return found >= 1000 && found < 1930 }
                while index < end, isDigit(buffer[index]) { index += 1 }
                continue
            }
            index += 1
        }
        return false
    }

    /// Whether the line around `position` has a word for a pupil or a family member ("pupil",
    /// "child", "mum", "parent"): an attendance line of a meeting about a child.
    func lineNamesAPupil(_ buffer: UnsafeRawBufferPointer, around position: Int) -> Bool {
        var start = position, end = position
        while start > 0, position - start < 512, buffer[start - 1] != 10 { start -= 1 }
        while end < buffer.count, end - position < 512, buffer[end] != 10 { end += 1 }
        var word = start
        while word < end {
            guard isLetter(buffer[word]) else { word += 1; continue }
            var stop = word
            while stop < end, isLetter(buffer[stop]) { stop += 1 }
            let text = lowerASCII(buffer[word..<stop])
            if Self.pupilWords.contains(text) || Self.familyWords.contains(text) || Self.caseSubjectWords.contains(text) {
                // A role: "Faisal Mir (parent governor)", "pupil voice", "student council".
                if !Self.roleFollows(buffer, after: stop, end: end) { return true }
            }
            word = stop
        }
        return false
    }

    /// Whether the name from `from` to `to` heads a comment: a colon or a dash after it on its
    /// line, or the name alone on its line and its comment on the next (or after two short lines,
    /// a learning journal's date and title: "Rhys Pritchard\n23/03/2021\nBuilding a tower\nRhys
    /// built ..."), then the name's first word again or a pronoun, and a verb's sentence after
    /// that. (Not a newsletter's new member of staff: "Sarah Evans\nSarah joins us as our new
    /// Year 3 teacher".)
    static func headsAComment(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool {
        var index = to
        while index < buffer.count, buffer[index] == 32 { index += 1 }
        guard index < buffer.count else { return false }
        var ownLine = false
        if buffer[index] == 58 || buffer[index] == 45 {
            index += 1
        } else if buffer[index] == 10 || buffer[index] == 13 {
            ownLine = true
            guard let start = commentLineStart(buffer, after: index) else { return false }
            index = start
        } else {
            return false
        }
        while index < buffer.count, buffer[index] == 32 || buffer[index] == 9 { index += 1 }
        var end = index
        while end < buffer.count, isLetter(buffer[end]) || buffer[end] >= 0x80 { end += 1 }
        guard end > index, end < buffer.count, buffer[end] == 32 else { return false }
        var first = from
        while first < to, isLetter(buffer[first]) || buffer[first] >= 0x80 { first += 1 }
        let next = buffer[index..<end]
        guard next.elementsEqual(buffer[from..<first]) || ["He", "She", "They", "His", "Her", "Their"].contains(where: { next.elementsEqual($0.utf8) }) else {
            return false
        }
        return !ownLine || !saysStaffPost(buffer, from: index, to: min(buffer.count, index + 240))
    }

    /// Where the comment under a name alone on its line begins: the next line that is not
    /// empty, passing over up to two short ones (under 40 bytes) first.
    static func commentLineStart(_ buffer: UnsafeRawBufferPointer, after lineEnd: Int) -> Int? {
        var index = lineEnd
        var passed = 0
        while index < buffer.count {
            while index < buffer.count, buffer[index] == 10 || buffer[index] == 13 || buffer[index] == 32 { index += 1 }
            var end = index
            while end < buffer.count, buffer[end] != 10, buffer[end] != 13 { end += 1 }
            if end - index >= 40 || end == buffer.count { return index }
            // A short line: the comment's own first line if it begins a sentence ("Rhys built a tower.").
            if buffer[index..<end].contains(46) { return index }
            passed += 1
            guard passed <= 2 else { return nil }
            index = end
        }
        return nil
    }

    static let newColleagueWords: Set<String> = ["teacher", "joins", "joined", "joining", "staff", "colleague", "colleagues",
                                                 "governor", "leads", "department", "retiring", "retire", "retires", "retirement",
                                                 "welcome", "welcomed", "appointed", "appointment", "qualified", "career"]

    /// Whether the words from `from` to `to` name a post or a new colleague ("teacher", "joins us").
    static func saysStaffPost(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        let text = lowerASCII(buffer[from..<to])
        let words = text.split(whereSeparator: { !$0.isLetter })
        return words.contains { TableHeader.staffPostWords.contains(String($0)) || Self.newColleagueWords.contains(String($0)) }
    }

    /// Whether a death is told within 160 bytes after `after` ("... Died 12 July 1979", "killed
    /// 25 March 1918"), the words starting a sentence or a line.
    static func deathFollows(_ buffer: UnsafeRawBufferPointer, after: Int) -> Bool {
        let end = min(buffer.count, after + 160)
        guard after < end else { return false }
        // (On bytes: a date's every candidate asks.) After a line break, a sentence's end or a
        // comma ("Born 3 May 1991 in London, died 12 October 2006 in Monza", a saint's life on a
        // reading list, round 1523's).
        for index in after..<end where buffer[index] == 10 || buffer[index] == 46 || buffer[index] == 59 || buffer[index] == 44 {
            var word = index + 1
            while word < end, buffer[word] == 32 { word += 1 }
            if Self.startsWithCaseless(buffer, at: word, end: end, "died ") || Self.startsWithCaseless(buffer, at: word, end: end, "killed ") { return true }
        }
        return false
    }

    /// Whether the bytes at `index` (before `end`) begin with `word` (lower case), in any case.
    static func startsWithCaseless(_ buffer: UnsafeRawBufferPointer, at index: Int, end: Int, _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index + count <= end else { return false }
        return word.withUTF8Buffer { bytes in
            (0..<count).allSatisfy { ContextKeyword.fold(buffer[index + $0]) == bytes[$0] }
        }
    }

    /// Whether the value from `from` to `to` is one end of a range of two: a digit, a dash (or
    /// an en dash) and the value, or the value, a dash and a digit (spaces allowed around the dash).
    static func inARange(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool {
        func skipSpaces(_ index: Int, _ step: Int) -> Int {
            var index = index
            while index >= 0, index < buffer.count, buffer[index] == 32 { index += step }
            return index
        }
        /// The dash's width if one (a hyphen, or an en dash's three bytes) ends at `last` or
        /// begins at `first`.
        func dash(endingAt last: Int) -> Int? {
            if last >= 0, last < buffer.count, buffer[last] == 45 { return 1 }
            if last >= 2, last < buffer.count, buffer[last - 2] == 0xE2, buffer[last - 1] == 0x80, buffer[last] == 0x93 { return 3 }
            return nil
        }
        func dash(beginningAt first: Int) -> Int? {
            if first >= 0, first < buffer.count, buffer[first] == 45 { return 1 }
            if first >= 0, first + 2 < buffer.count, buffer[first] == 0xE2, buffer[first + 1] == 0x80, buffer[first + 2] == 0x93 { return 3 }
            return nil
        }
        let before = skipSpaces(from - 1, -1)
        if let width = dash(endingAt: before) {
            let digit = skipSpaces(before - width, -1)
            if digit >= 0, isDigit(buffer[digit]) { return true }
        }
        let after = skipSpaces(to, 1)
        if let width = dash(beginningAt: after) {
            let digit = skipSpaces(after + width, 1)
            if digit < buffer.count, isDigit(buffer[digit]) { return true }
        }
        return false
    }

    /// Whether the word after `after` (spaces skipped, before `end`) makes a family's or a
    /// pupil's word a role's name ("parent governor", "pupil voice").
    static func roleFollows(_ buffer: UnsafeRawBufferPointer, after: Int, end: Int) -> Bool {
        var next = after
        while next < end, buffer[next] == 32 { next += 1 }
        var stop = next
        while stop < end, stop - next < 16, isLetter(buffer[stop]) { stop += 1 }
        return stop > next && roleAfterFamilyWord.contains(lowerASCII(buffer[next..<stop]))
    }

    static let roleAfterFamilyWord: Set<String> = ["governor", "governors", "rep", "reps", "representative", "representatives",
                                                   "trustee", "trustees", "voice", "council", "partnership", "forum", "member"]

    static let familyWords: Set<String> = ["mum", "dad", "mother", "father", "parent", "parents", "carer", "carers", "guardian",
                                           "grandparent", "grandmother", "grandfather", "nan", "gran", "aunt", "uncle", "foster"]

    /// The label of the line that holds `before`: its words before a colon within its first
    /// 32 bytes, lower case ("present" for "Present: Margaret Bell (Chair), Amir Khan"); nil
    /// for a line without one, or longer than 512 bytes before the value.
    /// When a match runs over a line break, its first line as a label ("3. School address:" ->
    /// "school address"): from its line's start, without a list number or a colon.
    func labelLineWithin(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> String? {
        guard let newline = (from..<min(to, from + 64)).first(where: { buffer[$0] == 10 || buffer[$0] == 13 }) else { return nil }
        var start = from
        while start > 0, from - start < 64, buffer[start - 1] != 10, buffer[start - 1] != 13 { start -= 1 }
        var label = CellText.trimmed(lowerASCII(buffer[start..<newline]))
        while label.last == ":" || label.last == " " { label.removeLast() }
        label = Self.withoutListNumber(label)
        return label.isEmpty ? nil : label
    }

    /// Where the label a match holds ends (after its colon), for a detector whose value comes
    /// after a marker (`value_after`).
    func ownLabelEnd(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int, _ detectorIndex: Int) -> Int? {
        guard !engine.detectorTable[detectorIndex].valueAfter.isEmpty else { return nil }
        return (from..<min(to, from + 48)).first { buffer[$0] == 58 }.map { $0 + 1 }
    }

    /// Whether no word in small letters stands between the colon before `at` on its line and
    /// `at`: a label's value ("Headteacher: Mr Rhodri Llewelyn"), not a sentence that goes on
    /// after a label ("for the office: escort Bev logged that Tomasz ...").
    static func valueOpensAfterColon(_ buffer: UnsafeRawBufferPointer, at: Int) -> Bool {
        var index = min(at, buffer.count)
        while index > 0, at - index < 96, buffer[index - 1] != 58, buffer[index - 1] != 10 { index -= 1 }
        guard index > 0, buffer[index - 1] == 58 else { return false }
        var word = 0, lower = false
        for position in index..<min(at, buffer.count) {
            let byte = buffer[position]
            if isLetter(byte) {
                if word == 0 { lower = byte >= 97 && byte <= 122 }
                word += 1
                if lower && word >= 3 { return false }
            } else {
                word = 0
            }
        }
        return true
    }

    func lineLabel(_ buffer: UnsafeRawBufferPointer, before: Int, within: Int = 32) -> String? {
        var start = before
        while start > 0, before - start < 512, buffer[start - 1] != 10, buffer[start - 1] != 13 { start -= 1 }
        guard start == 0 || buffer[start - 1] == 10 || buffer[start - 1] == 13 else { return nil }
        var colon = start
        while colon < before, colon - start < within, buffer[colon] != 58 { colon += 1 }
        guard colon < before, buffer[colon] == 58 else { return nil }
        // The label of the value's own field, after the field before it: "Date: 12/03/2025   DOB:
        // 14/03/2012" labels its second date "DOB", "Present: Graham Oddy. In attendance: Gillian
        // Hartley (SBM)" its second name "In attendance".
        if let last = buffer[(colon + 1)..<before].lastIndex(of: 58) {
            var field = last
            while field > colon + 1, last - field < within, !Self.endsField(buffer, at: field) { field -= 1 }
            guard Self.endsField(buffer, at: field) else { return nil }
            start = field
            colon = last
        }
        let label = Self.withoutListNumber(CellText.trimmed(lowerASCII(buffer[start..<colon])))
        return label.isEmpty ? nil : label
    }

    /// A numbered item's label without its number: "1. Apologies" -> "apologies", "4.2) Present".
    static func withoutListNumber(_ label: String) -> String {
        guard label.first?.isNumber == true else { return label }
        let words = label.drop { $0.isNumber || $0 == "." || $0 == ")" }
        return words.first == " " && words.dropFirst().first?.isLetter == true ? String(words.dropFirst()) : label
    }

    /// Whether the byte before `index` ends a field on a line of several: a full stop or a
    /// semicolon and a space, a bar, a tab, or two spaces.
    static func endsField(_ buffer: UnsafeRawBufferPointer, at index: Int) -> Bool {
        guard index >= 2 else { return false }
        let previous = buffer[index - 1], before = buffer[index - 2]
        if previous == 124 || previous == 9 { return true }
        return previous == 32 && [46, 59, 32, 124, 9].contains(before)
    }

    func boundaryHolds(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int, _ boundary: Detector.Boundary) -> Bool {
        let before: UInt8? = from > 0 ? buffer[from - 1] : nil
        let after: UInt8? = to < buffer.count ? buffer[to] : nil
        switch boundary {
        case .none: return true
        case .alnum:
            return !(before.map(isAlnum) ?? false) && !(after.map(isAlnum) ?? false)
                && !continuesWord(buffer, before: from, after: to)
        case .digit: return !(before.map(isDigit) ?? false) && !(after.map(isDigit) ?? false)
        case .number:
            guard !(before.map(isAlnum) ?? false), !(after.map(isAlnum) ?? false) else { return false }
            if before == UInt8(ascii: "-"), from >= 2, isDigit(buffer[from - 2]) { return false }
            if after == UInt8(ascii: "-"), to + 1 < buffer.count, isDigit(buffer[to + 1]) { return false }
            return true
        }
    }

    /// Words that begin a school's, a church's or a place's name before a given name ("Ysgol
    /// Bryn Teg", "St John Ambulance", "Coleg Elidyr", "Fort William").
    static let namedPlaceLeaders: Set<String> = ["ysgol", "coleg", "st", "saint", "capel", "eglwys", "canolfan", "cyngor",
                                                 "prifysgol", "plas", "parc", "heol", "ffordd", "stryd", "sgoil", "scoil",
                                                 "fort", "port", "mount", "cwm", "pen", "tref", "ty",
                                                 // A Welsh school's kind between "Ysgol" and its name ("Ysgol Gyfun
                                                 // Bryn Teg", "Ysgol Gynradd Bro Dewi"), a saint's ("Ysgol Santes Tudful").
                                                 "gyfun", "gynradd", "uwchradd", "feithrin", "arbennig", "babanod", "bro",
                                                 "sant", "santes",
                                                 // (And its language: "Ysgol Gyfun Gymraeg Bryn Celyn".)
                                                 "gymraeg", "cymraeg", "ddwyieithog"]

    /// Whether a letter beyond ASCII touches the value (Latin-1's and Latin Extended-A's, "ą",
    /// "â", "ś"): "Marek D" is no initial in "Marek Dąbrowski", nor "browski" a word in it.
    /// (Not a curly quote, a dash or a bullet, whose bytes begin E2; nor × and ÷.) Or the
    /// value's last letter goes on through an apostrophe to a capital: "Conor O'Malley" holds
    /// no "Conor O" (round 1393's lesson plan); a possessive's "'s" ends the word.
    @inline(__always) func continuesWord(_ buffer: UnsafeRawBufferPointer, before from: Int, after to: Int) -> Bool {
        @inline(__always) func isLetterLead(_ lead: UInt8, _ next: UInt8) -> Bool {
            (isLatinLetterLead(lead) && !(lead == 0xC3 && (next == 0x97 || next == 0xB7))) || lead == 0xC8
        }
        if to + 1 < buffer.count, isLetterLead(buffer[to], buffer[to + 1]) { return true }
        if to > from, to + 1 < buffer.count, isLetter(buffer[to - 1]) {
            if buffer[to] == 39, isUpper(buffer[to + 1]) { return true }
            // (A right single quote, E2 80 99.)
            if buffer[to] == 0xE2, to + 3 < buffer.count, buffer[to + 1] == 0x80, buffer[to + 2] == 0x99, isUpper(buffer[to + 3]) { return true }
        }
        if from >= 2, (0x80...0xBF).contains(buffer[from - 1]), isLetterLead(buffer[from - 2], buffer[from - 1]) { return true }
        return false
    }

    /// The first context keyword for `detector` whose match ends within its window around the value.
    mutating func contextKeyword(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int, detector: Int) -> String? {
        contextKeywordNear(buffer, from: from, to: to, detector: detector) ?? snakeKeyKeyword(buffer, from: from, detector: detector)
    }

    /// A record's key in snake case whose first or last words are one of the detector's
    /// keywords, its value just after it: a transfer record's `chi_number_assigned: "0310110742"`,
    /// `scn_assigned:`, `pupil_upn:`. (A keyword's match ends at a word's end, and an
    /// underscore is a word's byte, so the keyword set alone does not see them.)
    func snakeKeyKeyword(_ buffer: UnsafeRawBufferPointer, from: Int, detector: Int) -> String? {
        let keywords = engine.loweredContextKeywords[detector]
        guard !keywords.isEmpty, from < buffer.count else { return nil }
        var lineStart = from
        while lineStart > 0, from - lineStart < 160, buffer[lineStart - 1] != 10 { lineStart -= 1 }
        guard let key = OrganisationContact.recordKey(buffer, lineStart, from), key.name.contains("_"), key.valueFrom <= from,
              buffer[key.valueFrom..<from].allSatisfy({ $0 == 32 || $0 == 9 || $0 == 34 || $0 == 39 }) else { return nil }
        let parts = key.name.split(separator: "_")
        for count in stride(from: parts.count - 1, through: 1, by: -1) {
            for words in [parts.prefix(count).joined(separator: " "), parts.suffix(count).joined(separator: " ")]
            where keywords.contains(words) {
                return words
            }
        }
        return nil
    }

    mutating func contextKeywordNear(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int, detector: Int) -> String? {
        guard let database = engine.keywordDatabase else { return nil }
        let window = engine.detectorTable[detector].contextWindow
        if engine.detectorTable[detector].contextKeywords.isEmpty { return nil }
        var lower = max(0, from - window), upper = engine.detectorTable[detector].contextBeforeOnly ? from : min(buffer.count, to + window)
        if !engine.detectorTable[detector].contextBeforeOnly, let aside = Self.asideLength(buffer, after: to) {
            // An aside in brackets after the value is not counted against the window: "little
            // Evie Thornton (the one with the pink rucksack who sits behind you) has type 1
            // diabetes" (round 1111's).
            upper = min(buffer.count, upper + aside)
        }
        if engine.detectorTable[detector].contextSentence { upper = max(upper, Self.sentenceEnd(buffer, after: to, within: 240)) }
        if engine.detectorTable[detector].contextOnItsLine {
            var start = from
            while start > lower && buffer[start - 1] != 10 && buffer[start - 1] != 13 { start -= 1 }
            var end = to
            while end < upper && buffer[end] != 10 && buffer[end] != 13 { end += 1 }
            // A line of prose wrapped by its writer goes on after the break: "Gemma Lathwell rang
            // in at 7.10, she's had the\nresults back and it's confirmed endometriosis" (round
            // 1146's). A long line (60 bytes or more) ending in a small letter or a comma, the next
            // beginning with a small letter; twice at most (a sentence of a note wrapped at 80 or 90
            // columns: "\"Bibi-Z\" (the quiet\none by the window, ...) told me at the end she has\nbeen
            // self-harming again", round 2491's cover log).
            let bullet = Self.opensListItem(buffer, at: start)
            var lineStart = start
            for _ in 0..<2 {
                guard end < upper, end - lineStart >= 60,
                      let next = Self.wrappedLineStart(buffer, at: end, inListItem: bullet)
                        ?? (lineStart == start && !bullet ? Self.paragraphGoesOn(buffer, at: end, lineStart: lineStart) : nil) else { break }
                lineStart = next
                end = next
                while end < upper && buffer[end] != 10 && buffer[end] != 13 { end += 1 }
            }
            // A chat's message goes on in the next two (a group chat's export, where the reply
            // tells the matter: "[14/03 08:52] Mrs Hallworth: Heads up - Pudge from 8W is back in
            // isolation today" over "... he had a seizure on the bus Monday", round 2459's; "Tibs
            // from 13JW", round 2503's), up to 400 bytes after the value.
            if Self.opensChatMessage(buffer, at: start) {
                for _ in 0..<2 {
                    var next = end
                    if next < buffer.count, buffer[next] == 13 { next += 1 }
                    guard next < buffer.count, buffer[next] == 10, Self.opensChatMessage(buffer, at: next + 1) else { break }
                    var lineEnd = next + 1
                    while lineEnd < buffer.count, lineEnd - to < 400, buffer[lineEnd] != 10, buffer[lineEnd] != 13 { lineEnd += 1 }
                    end = lineEnd
                    if end - to >= 400 { break }
                }
            }
            lower = start
            upper = end
        } else if engine.detectorTable[detector].contextAfterOnItsLine {
            // A keyword after the value on its line only: one on the next line begins what
            // follows (a session's date over "Friedrich Froebel, born 21 April 1782").
            var end = to
            while end < upper && buffer[end] != 10 && buffer[end] != 13 { end += 1 }
            upper = end
        }
        // Of the keywords in the window, one on the value's own line is the one shown: "Lisa
        // Whitlock - enuresis" is not tagged with the next pupil's "asthma" (rounds 796-806).
        // (A keyword is on it if no line break lies between the two; asked of the keywords found
        // only, not by walking the line for every value.)
        func onValuesLine(_ end: Int) -> Bool {
            let (low, high) = end < from ? (end, from) : (to, max(to, end))
            return !(low..<high).contains { buffer[$0] == 10 || buffer[$0] == 13 }
        }
        contextLookups += 1
        if !contextIndexed && contextLookups > Self.contextIndexThreshold { indexChunk(buffer, database: database) }
        if contextIndexed {
            // Keyword hits of the whole chunk, by end offset: those ending in the window.
            let found: String? = scanner.keywordMatches.withUnsafeBufferPointer { index in
                var low = 0, high = index.count
                while low < high {
                    let mid = (low + high) / 2
                    if index[mid].to < lower { low = mid + 1 } else { high = mid }
                }
                var first: String?
                while low < index.count && index[low].to <= upper {
                    let keyword = Int(index[low].id)
                    if first != nil, index[low].to > to, !onValuesLine(index[low].to) { break }
                    if engine.owns(keyword: keyword, detector: detector), !labelsElsewhere(buffer, keywordEnd: index[low].to, value: from),
                       !(engine.isBirthDate[detector] && Self.labelsNextValue(buffer, keywordEnd: index[low].to, valueEnd: to)),
                       !namesARole(buffer, keywordEnd: index[low].to, keyword: keyword) {
                        if onValuesLine(index[low].to) { return engine.keywordTexts[keyword] }
                        if first == nil { first = engine.keywordTexts[keyword] }
                    }
                    low += 1
                }
                return first
            }
            if found != nil || engine.detectorTable[detector].contextOnItsLine || engine.detectorTable[detector].contextAfterOnItsLine { return found }
            return listHeadingKeyword(buffer, from: from, detector: detector)
        }
        // The keyword whose match ends first (as Vectorscan reports them), the lower id on a tie.
        var next = lower, first: String?
        while let hit = engine.contextKeywords[detector].first(in: buffer, endingFrom: next, to: upper) {
            if first != nil, hit.end > to, !onValuesLine(hit.end) { break }
            if !labelsElsewhere(buffer, keywordEnd: hit.end, value: from), !namesARole(buffer, keywordEnd: hit.end, keyword: hit.id),
               !(engine.isBirthDate[detector] && Self.labelsNextValue(buffer, keywordEnd: hit.end, valueEnd: to)) {
                if onValuesLine(hit.end) { return engine.keywordTexts[hit.id] }
                if first == nil { first = engine.keywordTexts[hit.id] }
            }
            next = hit.end + 1
        }
        if first != nil { return first }
        if !engine.detectorTable[detector].contextOnItsLine, !engine.detectorTable[detector].contextAfterOnItsLine {
            return listHeadingKeyword(buffer, from: from, detector: detector)
        }
        return nil
    }

    /// Whether a value holds no line break, or holds one where prose wraps its line: the value
    /// after a space, 24 bytes of its line or more before it, and after it a space (or a comma)
    /// and a small letter ("Zofia\nWiśniewska in Year 2 is only ever released", round 2419's;
    /// "Bernadette\nÓ Súilleabháin is off", round 2445's); not a form's label and its answer,
    /// "Name\tHafsa\nMedicine\tCalpol".
    static func wrapsProse(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool {
        guard let newline = (from..<to).first(where: { buffer[$0] == 10 }) else { return true }
        // (Or a break between two small letters' words inside the match, a sentence wrapped: "Pip-Squeak,
        // as the class and his gran both\ncall him (he won't answer", round 2618's kinship check-in.)
        if newline > from, newline + 1 < to, (97...122).contains(buffer[newline + 1]),
           (97...122).contains(buffer[newline - 1]) || buffer[newline - 1] == 13 && newline - 1 > from && (97...122).contains(buffer[newline - 2]) {
            return true
        }
        guard from > 0, buffer[from - 1] == 32 else { return false }
        var start = from - 1
        while start > 0, buffer[start - 1] != 10, from - start < 24 { start -= 1 }
        guard from - start >= 24 else { return false }
        var next = to
        if next < buffer.count, buffer[next] == 44 { next += 1 }
        // (Or a possessive's "'s": "Tomasz\nWiśniewski-Kaur's family since his mum's diagnosis", round 2499's newsletter.)
        if next + 1 < buffer.count, buffer[next] == 39, buffer[next + 1] == 115 { next += 2 }
        else if next + 3 < buffer.count, buffer[next] == 0xE2, buffer[next + 1] == 0x80, buffer[next + 2] == 0x99, buffer[next + 3] == 115 { next += 4 }
        return next + 1 < buffer.count && buffer[next] == 32 && (97...122).contains(buffer[next + 1])
    }

    /// Where the sentence holding `index` ends (a full stop, a question or an exclamation mark
    /// before a space or a line break, or a blank line), at most `within` bytes on.
    static func sentenceEnd(_ buffer: UnsafeRawBufferPointer, after index: Int, within: Int) -> Int {
        let limit = min(buffer.count, index + within)
        var position = index
        while position < limit {
            let byte = buffer[position]
            if byte == 46 || byte == 33 || byte == 63, position + 1 >= buffer.count || buffer[position + 1] == 32 || buffer[position + 1] == 10 {
                return position
            }
            if byte == 10, position + 1 < buffer.count, buffer[position + 1] == 10 || buffer[position + 1] == 13 { return position }
            position += 1
        }
        return limit
    }

    /// Where a hard-wrapped paragraph's next line begins when the value's line ends its sentence
    /// there: a line of prose (60 bytes or more, no tab or bar) ending with a full stop, the next
    /// a capital's and as long, no list's item. "Hope in 3M will be a bit wobbly today.⏎Social care
    /// visited the family again on Tuesday evening and she disclosed to me this" (round 2555's
    /// handover). Once, from the value's own line.
    static func paragraphGoesOn(_ buffer: UnsafeRawBufferPointer, at index: Int, lineStart: Int) -> Int? {
        guard index > lineStart, index < buffer.count, buffer[index - 1] == 46,
              !(lineStart..<index).contains(where: { buffer[$0] == 9 || buffer[$0] == 124 }) else { return nil }
        var next = index + 1
        if buffer[index] == 13, next < buffer.count, buffer[next] == 10 { next += 1 }
        guard next < buffer.count, (65...90).contains(buffer[next]) else { return nil }
        var end = next
        while end < buffer.count, buffer[end] != 10, buffer[end] != 13 { end += 1 }
        guard end - next >= 60, !(next..<end).contains(where: { buffer[$0] == 9 || buffer[$0] == 124 }) else { return nil }
        return next
    }

    /// Where the next line begins if the line break at `index` wraps a line of prose: the byte
    /// before it a small letter, a digit or a comma, the next line's first a small letter, or
    /// any letter after the spaces that indent a list item's wrapped line ("* Pip-Pip (Robins,
    /// Y1) had another toileting accident ... Mum told\n  Miss H at drop-off", round 2460's).
    /// (In a list item, `inListItem`, its line may end with any mark before its indented next line:
    /// "- Jojo-B (...) was in tears in reg again.\n  Says the self-harm marks on his forearm",
    /// round 2494's tutor log; "Not pushed;\n  ran off", round 2549's. And the next line may begin with a number, not a list's: "waited
    /// in the office till\n4.05 – her inhaler ran out", round 2492's gate notes.)
    @inline(__always)
    static func wrappedLineStart(_ buffer: UnsafeRawBufferPointer, at index: Int, inListItem: Bool = false) -> Int? {
        guard index > 0, index < buffer.count else { return nil }
        let before = buffer[index - 1]
        // (Or a digit: "... Amelia in Year 2\nhas a severe peanut allergy", round 1538's e-mail.)
        // (Or a dash after a space, the sentence going on: "Brook in 3O wasn't well enough to go on the field
        // again -⏎his diabetes is getting harder to manage", round 2878's council feedback.)
        let dash = before == 45 && index >= 2 && buffer[index - 2] == 32
            || index >= 4 && buffer[index - 3] == 0xE2 && buffer[index - 2] == 0x80 && (buffer[index - 1] == 0x93 || buffer[index - 1] == 0x94)
            && buffer[index - 4] == 32
        let small = (before >= 97 && before <= 122) || before == 44 || (before >= 48 && before <= 57) || dash
        var next = index + 1
        if buffer[index] == 13, next < buffer.count, buffer[next] == 10 { next += 1 }
        // (Or a bracket's end before a small letter: "Summer in 10B (the one in room 18, not Summer from
        // 9B)\ntold me at hot chocolate that her stepdad hits her mum", round 2615's trip note.)
        if before == 41, !inListItem, next < buffer.count, (97...122).contains(buffer[next]) { return next }
        guard small || inListItem && before != 32 else { return nil }
        // (A hanging indent under a log's time column too: "Tue lunch   - Jojo-B (8W) again - stayed in PR2
        // ... as well,⏎              told Mr Okafor ... she's on the eating disorder pathway", round 2723's.)
        var indented = next
        while indented < buffer.count, buffer[indented] == 32, indented - next < 24 { indented += 1 }
        if indented - next >= 2, indented < buffer.count, (65...90).contains(buffer[indented]) || (97...122).contains(buffer[indented]) {
            return indented
        }
        guard small, next < buffer.count else { return nil }
        if buffer[next] >= 97, buffer[next] <= 122 { return next }
        // A number that is no list's: its digits, then no full stop or bracket and a space.
        guard (48...57).contains(buffer[next]) else { return nil }
        var digits = next
        while digits < buffer.count, (48...57).contains(buffer[digits]), digits - next < 4 { digits += 1 }
        guard digits + 1 < buffer.count, !((buffer[digits] == 46 || buffer[digits] == 41) && buffer[digits + 1] == 32) else { return nil }
        return next
    }

    /// Whether the line at `start` is a chat's message: a time stamp in brackets ("[14/03 08:52]
    /// Mrs Hallworth: ...", "[2024-06-11 08:41] R. Penhaligon: ...") or a phone's export's date
    /// and a comma ("14/03/2024, 08:52 - Mrs Hallworth: ...").
    static func opensChatMessage(_ buffer: UnsafeRawBufferPointer, at start: Int) -> Bool {
        guard start + 12 < buffer.count else { return false }
        func digit(_ index: Int) -> Bool { (48...57).contains(buffer[index]) }
        if buffer[start] == 91, digit(start + 1) {
            return (start + 2..<min(buffer.count, start + 26)).contains { buffer[$0] == 93 }
        }
        guard digit(start), digit(start + 1) || buffer[start + 1] == 47 else { return false }
        var index = start
        while index < buffer.count, index - start < 10, digit(index) || buffer[index] == 47 { index += 1 }
        return index - start >= 6 && index + 2 < buffer.count && buffer[index] == 44 && buffer[index + 1] == 32 && digit(index + 2)
    }

    /// Whether the line at `start` opens a list's item: a dash, an asterisk or a bullet and a
    /// space, after spaces.
    static func opensListItem(_ buffer: UnsafeRawBufferPointer, at start: Int) -> Bool {
        var index = start
        while index < buffer.count, buffer[index] == 32, index - start < 8 { index += 1 }
        guard index + 1 < buffer.count else { return false }
        if (buffer[index] == 45 || buffer[index] == 42) && buffer[index + 1] == 32 { return true }
        return index + 3 < buffer.count && buffer[index] == 0xE2 && buffer[index + 1] == 0x80 && buffer[index + 2] == 0xA2 && buffer[index + 3] == 32
    }

    /// The length of an aside in brackets just after a value (after one space or none), of 24
    /// to 120 bytes with no bracket or blank line inside; nil for none.
    @inline(__always)
    static func asideLength(_ buffer: UnsafeRawBufferPointer, after to: Int) -> Int? {
        var open = to
        if open < buffer.count, buffer[open] == 32 { open += 1 }
        guard open < buffer.count, buffer[open] == 40 else { return nil }
        var index = open + 1
        let limit = min(buffer.count, open + 121)
        while index < limit {
            switch buffer[index] {
            case 41: return index - open >= 24 ? index + 1 - to : nil
            // (A line break of wrapped text, not a blank line.)
            case 10, 13: if index + 1 < limit, buffer[index + 1] == 10 || buffer[index + 1] == 13, buffer[index + 1] != buffer[index] {
                             index += 2
                         } else { index += 1 }
                         if index < limit, buffer[index] == 10 || buffer[index] == 13 { return nil }
            case 40: return nil
            default: index += 1
            }
        }
        return nil
    }

    /// A list's heading as context for each of its items: "Rhifau GIG / NHS numbers (for health
    /// visitor)" over "Gruffydd ap Rhys – 646 446 9118" and the lines after it (round 661's). The
    /// lines up from the value's, each holding a number of six digits or more (the list's
    /// items, twelve at most), then the heading: a line of no such number, which holds one of
    /// the detector's keywords.
    func listHeadingKeyword(_ buffer: UnsafeRawBufferPointer, from: Int, detector: Int) -> String? {
        func digitRun(_ start: Int, _ end: Int) -> Bool {
            var run = 0
            for index in start..<end {
                let byte = buffer[index]
                if byte >= 48 && byte <= 57 { run += 1; if run >= 6 { return true } } else if byte != 32 { run = 0 }
            }
            return false
        }
        var lineStart = from
        while lineStart > 0, from - lineStart < 160, buffer[lineStart - 1] != 10 { lineStart -= 1 }
        guard lineStart == 0 || buffer[lineStart - 1] == 10, lineStart < from else { return nil } // an item: its name first
        // (The value's own line an item too: a number of six digits or more on it.)
        var lineEnd = from
        while lineEnd < buffer.count, lineEnd - from < 160, buffer[lineEnd] != 10 { lineEnd += 1 }
        guard digitRun(lineStart, lineEnd) else { return nil }
        var end = lineStart - 1, items = 0
        while end > 0, items <= 12 {
            var start = end
            while start > 0, end - start < 160, buffer[start - 1] != 10 { start -= 1 }
            guard start == 0 || buffer[start - 1] == 10 else { return nil }
            if !(start..<end).contains(where: { buffer[$0] > 32 }) { return nil } // a blank line ends the list
            if digitRun(start, end) {
                items += 1
                end = start - 1
                continue
            }
            guard let hit = engine.contextKeywords[detector].first(in: buffer, endingFrom: start, to: end) else { return nil }
            return engine.keywordTexts[hit.id]
        }
        return nil
    }

    /// Whether a keyword after a date labels the next one, a digit after it (spaces, a colon or
    /// "on" between): "On 1 December 1955 Rosa Parks (born 4 February 1913)" is no one's birth
    /// date, "Date: 12/03/2025  DOB: 14/03/2012" one.
    static func labelsNextValue(_ buffer: UnsafeRawBufferPointer, keywordEnd: Int, valueEnd: Int) -> Bool {
        guard keywordEnd > valueEnd else { return false }
        var index = keywordEnd
        while index < buffer.count, index - keywordEnd < 4, buffer[index] == 32 || buffer[index] == 58 || buffer[index] == 9 { index += 1 }
        if index + 2 < buffer.count, buffer[index] | 0x20 == 111, buffer[index + 1] | 0x20 == 110, buffer[index + 2] == 32 { index += 3 } // "on "
        return index < buffer.count && buffer[index] >= 48 && buffer[index] <= 57
    }

    /// Whether a keyword before a value labels something else: a blank field of a form ("Child's
    /// date of birth: ________  Date of trip: 14/03/2025": three underscores or four dots
    /// between), or a value of its own on its line, the value being on a later line ("DOB
    /// 01/03/2010" in a chronology's title, then "12/09/2024 Bruise noticed": four digits or
    /// more after the keyword before the line ends).
    func labelsElsewhere(_ buffer: UnsafeRawBufferPointer, keywordEnd: Int, value: Int) -> Bool {
        guard keywordEnd < value else { return false }
        // A keyword that ends a sentence before the value's ("... until the child's 25th
        // birthday.\nThis policy was adopted on 01/09/2023"; not "DOB. 14/03/2012").
        let stop = buffer[keywordEnd], after = keywordEnd + 1 < buffer.count ? buffer[keywordEnd + 1] : 0
        if keywordEnd + 1 < value, stop == 46 || stop == 33 || stop == 63, after == 32 || after == 10 || after == 13,
           (keywordEnd + 1..<min(value, buffer.count)).contains(where: { isLetter(buffer[$0]) }) { return true }
        var underscores = 0, dots = 0, digits = 0, sameLine = true
        for index in keywordEnd..<min(value, buffer.count) {
            let byte = buffer[index]
            switch byte {
            case 95: underscores += 1; dots = 0
            case 46: dots += 1; underscores = 0
            default: underscores = 0; dots = 0
            }
            if underscores >= 3 || dots >= 4 {
                // A dotted leader up to the value is its label's ("D.O.B ........ 3rd May 2012"),
                // not a blank field's.
                var next = index + 1
                while next < value, buffer[next] == byte || buffer[next] == 32 { next += 1 }
                return next != value
            }
            if sameLine {
                if byte == 10 || byte == 13 {
                    if digits >= 4 { return true }
                    // A letter's greeting ("Dear Parents and Carers,") says whom the letter is
                    // to, nothing about the names in it.
                    if Self.greetingLine(buffer, endingAt: index) { return true }
                    sameLine = false
                } else if byte >= 48 && byte <= 57 {
                    digits += 1
                }
            }
        }
        return false
    }

    /// Whether a family's or a pupil's word begins a role's name ("Daniel Petrakis | Parent
    /// governor", "Pupil voice: Amir Khan", "parent council"): no family of the name's.
    /// (Or a form letter's addressee, a family word joined to another by a slash: "Dear
    /// Parent/Carer", "parent / carer" beside the trip leader's name; not "Dear parent/carer
    /// of Teddy Ramsden".)
    func namesARole(_ buffer: UnsafeRawBufferPointer, keywordEnd: Int, keyword: Int) -> Bool {
        guard keywordEnd < buffer.count, engine.familyKeywords.contains(keyword) else { return false }
        // "parent/carer": the family word after the slash (not "meeting w/ parent" before one).
        let next = Self.wordAcrossSlash(buffer, from: keywordEnd, forward: true)
        if next.slash { return Self.familyWords.contains(next.word) && !Self.ofFollows(buffer, at: next.end) }
        let previous = Self.wordAcrossSlash(buffer, from: keywordEnd - engine.keywordTexts[keyword].utf8.count, forward: false)
        if previous.slash { return Self.familyWords.contains(previous.word) && !Self.ofFollows(buffer, at: keywordEnd) }
        guard buffer[keywordEnd] == 32 else { return false }
        return Self.roleFollows(buffer, after: keywordEnd, end: buffer.count)
    }

    /// Whether a slash stands next to `index` (a space or two between), and the lower-cased
    /// word on its other side (up to 12 letters) with where that word ends: after the slash
    /// when `forward`, before it otherwise.
    static func wordAcrossSlash(_ buffer: UnsafeRawBufferPointer, from index: Int, forward: Bool) -> (slash: Bool, word: String, end: Int) {
        let step = forward ? 1 : -1
        // The byte looked at: `position` itself going forward, the one before it going back.
        func byte(_ position: Int) -> UInt8? {
            let at = forward ? position : position - 1
            return at >= 0 && at < buffer.count ? buffer[at] : nil
        }
        var position = index
        for _ in 0..<2 where byte(position) == 32 { position += step }
        guard byte(position) == 47 else { return (false, "", index) }
        position += step
        for _ in 0..<2 where byte(position) == 32 { position += step }
        let start = position
        while abs(position - start) < 12, let letter = byte(position), isLetter(letter) { position += step }
        let range = forward ? start..<position : position..<start
        return (true, lowerASCII(buffer[range]), forward ? position : start)
    }

    /// One pass of the keyword database over the chunk: its context keywords' hits by end offset
    /// (`scanner.keywordMatches`, `contextIndexed`) and its staffing-matter phrases' ends
    /// (`staffingIndex`), whichever of the two was asked for often first.
    mutating func indexChunk(_ buffer: UnsafeRawBufferPointer, database: Database) {
        scanner.keywordMatches.removeAll(keepingCapacity: true)
        try? database.scan(buffer, scratch: scanner.scratch, into: &scanner.keywordMatches)
        let base = UInt32(engine.staffingKeywordBase)
        var staffingEnds: [Int] = []
        scanner.keywordMatches.removeAll { match in
            guard match.id >= base else { return false }
            staffingEnds.append(match.to)
            return true
        }
        scanner.keywordMatches.sort { $0.to < $1.to } // in place (already in order, as Vectorscan reports them)
        contextIndexed = true
        if staffingIndex == nil { staffingIndex = staffingEnds.sorted() }
    }

    /// Whether " of " (or "of " after spaces) comes at `index`, as in "parent/carer of Teddy".
    static func ofFollows(_ buffer: UnsafeRawBufferPointer, at index: Int) -> Bool {
        var index = index
        while index < buffer.count, buffer[index] == 32 { index += 1 }
        return index + 2 < buffer.count && buffer[index] | 0x20 == 111 && buffer[index + 1] | 0x20 == 102 && buffer[index + 2] == 32
    }

    /// Words of an HR case within 300 bytes of a name (asked of a name in a role, and of a name
    /// without a word of its own). (One Vectorscan call over the 600 bytes around a name; after `staffingIndexThreshold`
    /// names in a chunk, one over the chunk and a binary search a name.)
    mutating func nearStaffingMatter(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool {
        let lower = max(0, from - 300), upper = min(buffer.count, to + 300)
        staffingLookups += 1
        if staffingIndex == nil, staffingLookups > Self.staffingIndexThreshold {
            // A chunk that will want its context keywords indexed too (as many candidates as
            // `contextIndexThreshold`) has both from one pass of the keyword database.
            if chunkCandidates > Self.contextIndexThreshold, let database = engine.keywordDatabase {
                indexChunk(buffer, database: database)
            } else {
                let matches = (try? engine.staffingMatterDatabase.matches(in: buffer, scratch: scanner.scratch)) ?? []
                staffingIndex = matches.map { $0.to }.sorted()
            }
        }
        guard let ends = staffingIndex else {
            let text = UnsafeRawBufferPointer(rebasing: buffer[lower..<upper])
            return !((try? engine.staffingMatterDatabase.matches(in: text, scratch: scanner.scratch)) ?? []).isEmpty
        }
        // The first phrase ending after `lower`: near if it ends by `upper`.
        var low = 0, high = ends.count
        while low < high {
            let mid = (low + high) / 2
            if ends[mid] <= lower { low = mid + 1 } else { high = mid }
        }
        return low < ends.count && ends[low] <= upper
    }

    /// Whether a name that ends in a street's word ("Holly Lane", "Rose Hill") is, run together,
    /// a domain in a mailbox or a web address within 4 KB ("@hollylane.", "www.rosehill-"):
    /// a school's or a setting's named after its street.
    static func namesMailDomain(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool {
        var start = to
        while start > from, isLetter(buffer[start - 1]) { start -= 1 }
        guard (3...6).contains(to - start), streetNameEnds.contains(lowerASCII(buffer[start..<to])) else { return false }
        let joined: [UInt8] = (from..<to).compactMap { isLetter(buffer[$0]) ? buffer[$0] | 0x20 : nil }
        let lower = max(0, from - 4096), upper = min(buffer.count, to + 4096)
        var index = lower
        while index < upper {
            let byte = buffer[index]
            index += 1
            guard byte == 64 || byte == 46 || byte == 47, index + joined.count < buffer.count else { continue }
            var length = 0
            while length < joined.count, buffer[index + length] | 0x20 == joined[length] { length += 1 }
            if length == joined.count, buffer[index + length] == 46 || buffer[index + length] == 45 { return true }
        }
        return false
    }

    /// A street's last word, that a school may be named after.
    static let streetNameEnds: Set<String> = ["lane", "hill", "park", "road", "street", "brook", "field", "fields", "wood",
                                              "green", "dale", "way", "grove", "vale", "heath", "bank", "cross", "gate",
                                              "mead", "meadow", "rise", "moor", "end", "croft", "avenue", "manor"]

    /// Whether the rest of the line from `from` says what two codes or more mean: "PO = by
    /// mouth; INH = inhaled" (within 512 bytes).
    static func lineDefinesCodes(_ buffer: UnsafeRawBufferPointer, from: Int) -> Bool {
        guard from >= 0 else { return false }
        var index = from, count = 0
        let end = min(buffer.count, from + 512)
        while index + 2 < end, buffer[index] != 10, buffer[index] != 13 {
            if buffer[index] == 32, buffer[index + 1] == 61, buffer[index + 2] == 32 {
                count += 1
                if count == 2 { return true }
            }
            index += 1
        }
        return false
    }

    /// Whether the line holding `index` is a comment ("#" first) that says "example".
    static func commentSaysExample(_ buffer: UnsafeRawBufferPointer, at index: Int) -> Bool {
        guard index >= 0, index <= buffer.count else { return false }
        var start = index
        while start > 0, buffer[start - 1] != 10, buffer[start - 1] != 13 { start -= 1 }
        guard start < buffer.count, buffer[start] == 35 else { return false }
        var end = start
        while end < buffer.count, end - start < 512, buffer[end] != 10, buffer[end] != 13 { end += 1 }
        return lowerASCII(buffer[start..<end]).contains("example")
    }

    /// Whether the row at `index` is the first under its header and a comment over the header
    /// says the template's example row is to go: "# Yearbook import template - delete example row
    /// before uploading" over "first_name,class,quote" and "Jane,6 Oak,\"Example quote goes here\""
    /// (round 2630's yearbook pack). Up to three comment lines over the header.
    static func commentOverHeaderSaysExample(_ buffer: UnsafeRawBufferPointer, at index: Int) -> Bool {
        guard index >= 0, index < buffer.count else { return false }
        // (Looking back only: `lineBounds` would read each line forward too.)
        func lineStart(_ position: Int) -> Int {
            var start = min(max(0, position), buffer.count)
            let from = start
            while start > 0, from - start < 300, buffer[start - 1] != 10 { start -= 1 }
            return start
        }
        let row = lineStart(index)
        guard row > 0 else { return false }
        let header = lineStart(row - 1)
        guard header > 0, buffer[header] != 35 else { return false }
        var line = header
        for _ in 0..<3 {
            guard line > 0 else { return false }
            line = lineStart(line - 1)
            guard buffer[line] == 35 else { return false }
            if commentLineSaysExampleRows(buffer, at: line) { return true }
        }
        return false
    }

    /// Whether " in Year 2", " in Reception" or " (Year 2" follows `after`.
    /// (A line wrap may stand for a space: "the school nurse, Zainab Okonkwo-Reyes in⏎Year 4 now
    /// carries her adrenaline auto-injector", round 2587's newsletter.)
    static func yearGroupFollows(_ buffer: UnsafeRawBufferPointer, after: Int) -> Bool {
        phrases: for phrase in yearGroupPhrases {
            var index = after
            for byte in phrase {
                guard index < buffer.count else { continue phrases }
                if byte == 32, buffer[index] == 13, index + 1 < buffer.count, buffer[index + 1] == 10 { index += 2; continue }
                guard buffer[index] == byte || byte == 32 && buffer[index] == 10 else { continue phrases }
                index += 1
            }
            guard index < buffer.count else { continue }
            return phrase.last == 32 ? (48...57).contains(buffer[index]) : !isLetter(buffer[index])
        }
        return false
    }

    static let yearGroupPhrases: [[UInt8]] = [" in Year ", " (Year ", " in Reception", " (Reception"].map { Array($0.utf8) }

    /// Whether the name `buffer[from..<to]` stands alone in brackets after a title in italics
    /// on its line ("*Llinyn Trons* (Bethan Gwanas)", "_Holes_ (Louis Sachar)"): the title's
    /// marks single (not bold's "**"), a capital after the opening one.
    static func authorAfterItalicTitle(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool {
        guard from >= 5, to < buffer.count, buffer[to] == 41, buffer[from - 1] == 40, buffer[from - 2] == 32 else { return false }
        let mark = buffer[from - 3]
        guard mark == 42 || mark == 95, buffer[from - 4] != mark else { return false }
        var index = from - 5
        while index >= 0, from - index < 120, buffer[index] != 10 {
            if buffer[index] == mark {
                return isUpper(buffer[index + 1]) && (index == 0 || buffer[index - 1] != mark && !isLetter(buffer[index - 1]))
            }
            index -= 1
        }
        return false
    }

    /// Whether the name at `before` follows a quoted title and a dash ("\"A Kind of Spark\" - Elle
    /// McNicoll", "’Holes’ – Louis Sachar"), or another such author and "&" or "and", on a line
    /// of a list (a number, a bullet or the quote first). Not a name with a bracket after it:
    /// a pupil's words quoted, "\"He hits me\" – Olivia Hughes (Y8)".
    static func authorOfQuotedTitle(_ buffer: UnsafeRawBufferPointer, before from: Int, after to: Int) -> Bool {
        if to + 1 < buffer.count, buffer[to] == 32, buffer[to + 1] == 40 { return false }
        var lineStart = from
        while lineStart > 0, from - lineStart < 400, buffer[lineStart - 1] != 10, buffer[lineStart - 1] != 13 { lineStart -= 1 }
        while lineStart < from, buffer[lineStart] == 32 || buffer[lineStart] == 9 { lineStart += 1 }
        guard lineStart < from else { return false }
        let lead = buffer[lineStart]
        guard (48...57).contains(lead) || lead == 45 || lead == 42 || lead == 34 || lead == 39 || lead == 0xE2 else { return false }
        var end = from
        for _ in 0..<3 {
            // " - ", " – " (E2 80 93) or " — " (E2 80 94) before the name, a closing quote before that.
            if end >= 4, buffer[end - 1] == 32 {
                var dash = end - 2
                if buffer[dash] == 45 { dash -= 1 } else if dash >= 2, buffer[dash - 2] == 0xE2, buffer[dash - 1] == 0x80,
                                                              buffer[dash] == 0x93 || buffer[dash] == 0x94 { dash -= 3 } else { dash = -1 }
                if dash >= 1, buffer[dash] == 32 {
                    let quote = buffer[dash - 1]
                    if quote == 34 || quote == 39 { return true }
                    if dash >= 3, buffer[dash - 3] == 0xE2, buffer[dash - 2] == 0x80, buffer[dash - 1] == 0x9D || buffer[dash - 1] == 0x99 { return true }
                }
            }
            // Back over "& " or "and " and the author before it (two or three words).
            var index = end
            if index >= 3, buffer[index - 1] == 32, buffer[index - 2] == 38, buffer[index - 3] == 32 { index -= 3 }
            else if index >= 5, buffer[index - 1] == 32, buffer[index - 2] == 100, buffer[index - 3] == 110, buffer[index - 4] == 97,
                    buffer[index - 5] == 32 { index -= 5 }
            else { return false }
            var words = 0
            while words < 3, index > 0, isLetter(buffer[index - 1]) || buffer[index - 1] == 45 || buffer[index - 1] == 39 {
                while index > 0, isLetter(buffer[index - 1]) || buffer[index - 1] == 45 || buffer[index - 1] == 39 { index -= 1 }
                words += 1
                guard isUpper(buffer[index]) else { return false }
                if index > 1, buffer[index - 1] == 32, isLetter(buffer[index - 2]) { index -= 1 } else { break }
            }
            guard words >= 2 else { return false }
            end = index
        }
        return false
    }

    /// Whether the line before `before` holds a meeting's attendees' label ("Present: Mrs A
    /// Sheridan (Chair), ... In attendance: Mrs S O'Brien").
    static func onAttendeeLine(_ buffer: UnsafeRawBufferPointer, before: Int) -> Bool {
        var start = before
        while start > 0, before - start < 512, buffer[start - 1] != 10, buffer[start - 1] != 13 { start -= 1 }
        // (On bytes: each colon on the line, the word before it.)
        for colon in start..<before where buffer[colon] == 58 {
            var word = colon
            while word > start, isLetter(buffer[word - 1]) || buffer[word - 1] == 32 { word -= 1 }
            let label = lowerASCII(buffer[word..<colon]).trimmingCharacters(in: .whitespaces)
            if attendeeLabels.contains(where: { label.hasSuffix($0) }) { return true }
        }
        return false
    }

    static let attendeeLabels = ["present", "apologies", "in attendance", "attendees", "attending", "clerk", "minute taker"]

    /// (A case's words, not a policy's: a behaviour or whistleblowing policy names its suspensions
    /// and its officers.)
    static let staffingMatterWords = ["suspended on full pay", "suspended pending",
                                      // ("Tomás Villanueva-Reyes (caretaker) came to see me again. He's had a⏎County Court
                                      // Judgment for about £6,800 of debt and payroll have now received an attachment⏎of
                                      // earnings order", round 2974's office manager's e-mail.)
                                      "county court judgment", "county court judgement", "attachment of earnings",
                                      // A grievance's chronology ("Complainant: Priya Rahman (Learning Mentor)").
                                      "complainant:", "respondent:", "formal grievance", "grievance chronology",
                                      "work-related stress", "signed off sick", "decision to suspend",
                                      "has been signed off", "was signed off", "signed off with", "disclosure made",
                                      // ("He's been signed off by his GP for two weeks with stress", round 950's.)
                                      "been signed off", "signed off by his", "signed off by her", "signed off by the gp",
                                      "investigation meeting", "disciplinary hearing on", "allegation that", "allegations that",
                                      "grievance raised", "raised a grievance", "grievance hearing", "hearing notes",
                                      "investigation notes", "management advice", "formal warning", "written warning",
                                      "referral to occupational health", "has been diagnosed", "was diagnosed", "receiving treatment",
                                      // ("Pat Brennan popped in ... He's been diagnosed with early-stage Parkinson's",
                                      // a reading volunteer, round 1208's.)
                                      "he's been diagnosed", "she's been diagnosed", "he’s been diagnosed", "she’s been diagnosed",
                                      "chemotherapy", "heart attack", "starts maternity leave", "long-term absence", "phased return",
                                      "days' sickness", "days sickness", "sickness absence (", "capability process", "formal capability",
                                      "progression deferred", "informal support plan", "cancer treatment", "oh follow-up",
                                      "remains absent", "absent following", "cardiac event", "moves to half pay", "on half pay",
                                      "overpayment", "repayment plan", "miscarriage", "ivf treatment", "exit interview",
                                      "progression appeal", "pay progression appeals", "appeal not upheld", "not to progress",
                                      "appraisal objectives were not met",
                                      // A head's appraisal record: pay, absence, wellbeing ("Current pay: L14 ... a
                                      // period of absence in the spring term (surgery, 6 weeks)").
                                      "current pay:", "recommendation to pay committee", "sleeping badly",
                                      "headteacher performance management", "headteacher performance review",
                                      // A note of a colleague off sick ("Priya Mistry (the other outreach teacher ...)
                                      // off sick again from Mon, fit note for 4 weeks", "Staff absence record - O. Rees",
                                      // rounds 984 and 986's).
                                      "off sick again", "off sick from", "fit note for", "staff absence record", "off with stress",
                                      // ("Gráinne Ní Bhriain (our technician) cut through two tendons ... and is off on full
                                      // sick pay until at least the 18th; HR have also opened a formal investigation",
                                      // round 2730's e-mail.)
                                      "full sick pay", "statutory sick pay", "opened a formal investigation",
                                      // ("Pauline Greatorex (LRC assistant, part-time) is off sick all this week ...
                                      // fit note to follow from her GP", round 1216's cover note.)
                                      "is off sick", "fit note to follow", "rang in sick",
                                      // A return-to-work meeting's minutes ("Present: ... Declan Murtagh (TA, Y6)" over
                                      // "Fit note said \"alcohol-related liver problems\"", round 1926's).
                                      "fit note said", "fit note says", "fit note stated",
                                      // A capability case's first meeting ("# Informal support meeting - minutes",
                                      // round 2027's; "Occupational health referral to be made").
                                      "informal support meeting", "occupational health referral",
                                      "gp fit note", "signed me off", "signed off for the rest",
                                      // In Welsh: a fit note, off work, sickness absence ("Mae Rhian Davies (...) i ffwrdd
                                      // o'r gwaith ... oherwydd llawdriniaeth", round 999's).
                                      "nodyn ffitrwydd", "i ffwrdd o'r gwaith", "absenoldeb salwch", "oherwydd llawdriniaeth",
                                      // ("Helen disclosed that she was off for three weeks ... following surgery",
                                      // a head's appraisal note, round 967's.)
                                      "following surgery", "occupational health referral",
                                      // A business manager's notes on an absence ("GP has signed him off another 2
                                      // wks ... trigger point reached", round 884's) and on a pregnancy.
                                      "signed him off", "signed her off", "signed them off", "trigger point reached",
                                      "reached the trigger point", "stage 1 attendance meeting", "stage 1 absence meeting",
                                      "matb1 received", "matb1 rec'd", "is expecting her baby", "pregnancy-related sickness",
                                      // A staff wellbeing lead's note of a conversation ("Spoke with Dominic Marsh (Head
                                      // of Year 9) ... his divorce ... drinking most nights", round 1085's).
                                      "not for personnel file", "note of conversation", "his divorce", "her divorce",
                                      "going through a divorce", "been drinking", "drinking most nights", "alcohol on his breath",
                                      "alcohol on her breath", "smelling of alcohol", "eap details", "employee assistance programme",
                                      "education support helpline", "struggling with money", "sleeping in his car", "sleeping in her car",
                                      // An office's absence log ("Bríd Ní Dhuibhir (classroom assistant ...) rang in ...
                                      // needs a hysterectomy", round 1087's).
                                      "hysterectomy", "needs surgery", "consultant has confirmed", "rang in sick", "rang in - off",
                                      // ("Gareth Pryce-Morgan will be off from the 15th for at least six weeks - he is
                                      // having treatment for bowel cancer", round 2477's e-mail.)
                                      "having treatment for", "undergoing treatment for", "treatment for cancer",
                                      // (The phrase a line wrap splits: "he is having\n   treatment for bowel cancer", round 2486's minutes.)
                                      "treatment for bowel", "treatment for breast", "treatment for prostate", "treatment for lung",
                                      // ("she's having her chemo restarted and HR have agreed she goes onto half pay", round 2501's.)
                                      "her chemo", "his chemo", "onto half pay", "to half pay from",
                                      // ("Graínne Ní Mhurchú won't be in ... she's got her follow-up at the breast clinic and
                                      // then she's off ... while she starts treatment", round 2563's e-mail.)
                                      "breast clinic", "starts treatment", "start treatment", "capability review"]

    /// Whether the line ending at `end` begins "Dear ".
    static func greetingLine(_ buffer: UnsafeRawBufferPointer, endingAt end: Int) -> Bool {
        var start = end
        while start > 0, end - start < 120, buffer[start - 1] != 10, buffer[start - 1] != 13 { start -= 1 }
        guard end - start >= 5 else { return false }
        return buffer[start] == 68 && buffer[start + 1] == 101 && buffer[start + 2] == 97 && buffer[start + 3] == 114 && buffer[start + 4] == 32
    }

    // MARK: Tables

    /// Where "lives at", "living at", "moved to" or the like begins, ending just before `index`
    /// (an address's value, after its verb; a match that holds its verb starts at it).
    static func livingVerbStart(_ buffer: UnsafeRawBufferPointer, before index: Int) -> Int? {
        var end = min(index, buffer.count)
        while end > 0, index - end < 4, buffer[end - 1] == 32 { end -= 1 }
        // The preposition, then the verb.
        var start = end
        while start > 0, isLetter(buffer[start - 1]) { start -= 1 }
        guard ["at", "to"].contains(lowerASCII(buffer[start..<end])), start > 1, buffer[start - 1] == 32 else { return nil }
        let verbEnd = start - 1
        var verbStart = verbEnd
        while verbStart > 0, isLetter(buffer[verbStart - 1]) { verbStart -= 1 }
        guard ["lives", "live", "living", "resides", "staying", "moved", "moving"].contains(lowerASCII(buffer[verbStart..<verbEnd])) else { return nil }
        return verbStart
    }

    /// The word (lower-cased) just before `index` on its line, if any.
    func wordBefore(_ buffer: UnsafeRawBufferPointer, _ index: Int, longest: Int = 8) -> String? {
        var end = min(index, buffer.count)
        while end > 0 && (buffer[end - 1] == 32 || buffer[end - 1] == 9) { end -= 1 }
        var start = end
        while start > 0 && isLetter(buffer[start - 1]) { start -= 1 }
        guard start < end, end - start <= longest else { return nil }
        return lowerASCII(buffer[start..<end])
    }

    /// Header context for candidates in a table column. A column whose header names another
    /// kind of structured data (`Phone` over a number that happens to pass the NHS check)
    /// vetoes identifier, contact and financial detectors it does not name. A name the
    /// patterns find in a column of things' names (a stock list's "Violet Stain") is no one's.
    mutating func applyColumnContext(_ candidates: inout [Candidate], buffer: UnsafeRawBufferPointer, bufferStart: Int) {
        guard let table, table.header != nil else { return }
        var vetoed = false
        for index in candidates.indices {
            // (A Markdown document's prose is no row of its table: a claim's notes above its "| Item |
            // Supplier | £ |" costs, "Pupil involved: **T.M. (Y3, Robins)**", round 1355's.)
            if table.delimiter == 124, candidates[index].from >= bufferStart,
               !Self.lineBounds(buffer, around: candidates[index].from - bufferStart).contains(where: { buffer[$0] == 124 }) { continue }
            guard let header = table.header(at: candidates[index].from), let column = table.column(at: candidates[index].from),
                  column < header.columns.count else { continue }
            let title = header.columns[column]
            // (Its title only where the rules know it as one, "Surname", "DOB": a data row taken
            // for the header holds values, "Robinson", "WF2 7QD", "Peanut (anaphylaxis) - EpiPen x2".)
            let named = !title.contextFor.isEmpty || title.columnDetector != nil
            let condition = title.namesSpecialCategory && title.title.split(separator: " ").count >= 3
            candidates[index].column = named && !condition ? title.title : "column \(column + 1)"
            // (A field map's or a template's "Example" column: made-up values.)
            if title.holdsExamples {
                candidates[index].vetoed = true
                vetoed = true
                continue
            }
            if title.namesThings, engine.isName[candidates[index].detector] {
                candidates[index].vetoed = true
                vetoed = true
                continue
            }
            // "Head Teacher | Mr Iain Matheson": a titled member of staff beside a Role column.
            if title.besideRoles, engine.isName[candidates[index].detector], candidates[index].valueOverride == nil,
               let word = wordBefore(buffer, candidates[index].from - bufferStart), PersonName.isTitle(word) {
                candidates[index].vetoed = true
                vetoed = true
                continue
            }
            // "| Charles III | 14/11/1948 | 2022- | |" under "Born" beside "Died": a life's dates.
            if header.tellsLives, engine.tellsLives[candidates[index].detector]
                || header.tellsWholeLives && (engine.isName[candidates[index].detector]
                                              || engine.detectorTable[candidates[index].detector].category == .contact) {
                candidates[index].vetoed = true
                vetoed = true
                continue
            }
            // A table of a story's characters: "| Five Feet Apart | Rachael Lippincott | Stella Grant, 17 |
            // cystic fibrosis |" (round 1862's reading list).
            if header.namesCharacters, engine.isName[candidates[index].detector] {
                candidates[index].vetoed = true
                vetoed = true
                continue
            }
            // "Supplier | Peters Books, 120 Bromsgrove Street, Birmingham B5 6RJ": a contact under
            // an organisation's title is the organisation's, wherever its column stands (a book
            // order's ninth, after the authors').
            if title.namesOrganisation, engine.detectorTable[candidates[index].detector].category == .contact {
                candidates[index].confidence = .low
                continue
            }
            if vetoes(title, candidates[index].detector) {
                candidates[index].vetoed = true
                vetoed = true
                continue
            }
            if title.contextFor.contains(candidates[index].detector), !candidates[index].keepsLow {
                let contextConfidence = engine.detectorTable[candidates[index].detector].contextConfidence
                if contextConfidence > candidates[index].confidence || candidates[index].context == nil {
                    candidates[index].confidence = max(candidates[index].confidence, contextConfidence)
                    candidates[index].context = "column: \(title.title)"
                }
            }
        }
        if vetoed { candidates.removeAll { $0.vetoed } }
    }

    /// A row's whole line (its tokenizer keeps some cells only), from its first cell's start
    /// and its last cell's end, in document offsets.
    static func rowLine(_ from: Int, _ to: Int, buffer: UnsafeRawBufferPointer, bufferStart: Int) -> (from: Int, to: Int) {
        var from = from - bufferStart, to = to - bufferStart
        while from > 0, from <= buffer.count, buffer[from - 1] != 10 { from -= 1 }
        while to >= 0, to < buffer.count, buffer[to] != 10 { to += 1 }
        return (from + bufferStart, to + bufferStart)
    }

    /// A business's contact (a supplier list's "Gemma Holroyd | 0113 496 0711 | orders@…") and a
    /// service's ("LADO | — | 0113 496 0777"): an organisation's, no one's personal data a stick
    /// must not carry, reported at `low` (seen with `--min-confidence low`, not counted). Staff in
    /// their posts ("Headteacher | Rachel Ainsworth", "DSL | Poppy Trevithick | ptrevithick@…")
    /// are people: a key contacts list is reported, at `low` risk (`Candidate.atWork`).
    /// (A row's span is its line's: its cells hold only the columns read, names and roles.)
    func lowerWorkContacts(_ rows: [TableTokenizer.Row], in candidates: inout [Candidate], buffer: UnsafeRawBufferPointer, bufferStart: Int) {
        guard let table else { return }
        // (An organisation's row: its bank details too, a supplier file's "Sort code | Account no".)
        // (A named contact's mobile stays: "Arup Engineering | Sinead Keane | 07700 900432" is
        // her phone wherever she works, unlike a switchboard or a team's mailbox.)
        var spans: [(from: Int, to: Int, organisation: Bool, namesSomeone: Bool, staff: Bool)] = []
        // A directory's rows under a "Name" column are its groups when two in three of them say so
        // by a word ("Banc Bwyd Dyffryn Nantlle", "Clwb Ieuenctid Penygroes"): the others are
        // groups too ("Ti a Fi Talysarn", round 1055's community groups list). Counted per section.
        var directory: [Int: (rows: Int, organisations: Int)] = [:]
        var rowsRead: [(first: Int, last: Int, section: Int, named: Bool, organisation: Bool, namesNoOne: Bool, namesSomeone: Bool,
                        organisationsSection: Bool, staff: Bool)] = []
        for row in rows where !row.isHeader {
            guard let first = row.cells.first, let last = row.cells.last, let header = table.header(at: first.from),
                  let section = table.section(at: first.from)?.from else { continue }
            let namesNoOne = !header.roleColumns.isEmpty && Self.namesNoOne(row, header) // "LADO | — | 0113 496 0777"
            let staff = !header.namesOrganisations && !namesNoOne && header.roleColumns.contains { column in
                row.cells.contains { $0.column == column && TableHeader.namesStaffPost($0.text) }
            }
            // (An invoice's customer under "Name": "Ashbourne Vale Sixth Form College – Finance Office".)
            // (Or a street without a house number in a table that names no one: a catchment's
            // gazetteer, "Moor Lane | Harrowfield | LS27 8DQ | 1-143 odd"; a directory's address
            // parts apart from its schools' names, round 752's.)
            let peopleColumns = header.columns.contains(where: \.namesPeople)
            // (Cheap tests first: most rows of a table dense with people name them in no organisation.)
            let organisationRow = !header.namesOrganisations && peopleColumns && Self.namesAnOrganisation(row, header)
            let organisation = header.namesOrganisations || organisationRow || streetsOnly(row, header)
            let named = peopleColumns && !header.namesOrganisations && row.cells.contains { cell in
                cell.column < header.columns.count && header.columns[cell.column].namesPeople && cell.text.utf8.contains { $0 > 32 }
            }
            if named {
                directory[section, default: (0, 0)].rows += 1
                if organisationRow { directory[section, default: (0, 0)].organisations += 1 }
            }
            // (Only rows that may be an organisation's, a staff post's or no one's are kept.)
            guard named || organisation || namesNoOne || staff else { continue }
            // (Asked only where it counts: a row kept as a directory's group names no one anyway.)
            let namesSomeone = (organisation || namesNoOne || staff) && peopleColumns
                && !(header.roleColumns.isEmpty ? Self.namesNoOne(row, header) : namesNoOne)
            rowsRead.append((first.from, last.to, section, named, organisation, namesNoOne, namesSomeone, header.namesOrganisations, staff))
        }
        for read in rowsRead {
            let groups = read.named && (directory[read.section].map { $0.rows >= 3 && $0.organisations * 3 >= $0.rows * 2 } ?? false)
            let organisation = read.organisation || groups
            guard organisation || read.namesNoOne || read.staff else { continue }
            let line = Self.rowLine(read.first, read.last, buffer: buffer, bufferStart: bufferStart)
            spans.append((line.from, line.to, organisation, read.namesSomeone && (read.organisationsSection || !organisation), read.staff))
        }
        guard !spans.isEmpty else { return }
        // (The rows come in order: the last span starting at or before a candidate holds it if any.)
        for index in candidates.indices {
            let detector = candidates[index].detector, category = engine.detectorTable[detector].category, from = candidates[index].from
            guard engine.isName[detector] || category == .contact || category == .financial else { continue }
            var low = 0, high = spans.count
            while low < high {
                let mid = (low + high) / 2
                if spans[mid].from <= from { low = mid + 1 } else { high = mid }
            }
            guard low > 0, from < spans[low - 1].to, category != .financial || spans[low - 1].organisation else { continue }
            if spans[low - 1].namesSomeone, engine.detectorTable[detector].validator == "uk_phone",
               OrganisationContact.isMobile(buffer, from: from - bufferStart, to: candidates[index].to - bufferStart) { continue }
            // (A name a sentence in a row of no one's gives with its context is that sentence's:
            // a staff survey's free text, "Sian Whitlock (Geography) told me she's been signed off
            // by her GP for anxiety", beside its "Department" column, round 1085's.)
            if engine.isName[detector], !spans[low - 1].staff, candidates[index].context != nil,
               candidates[index].valueOverride == nil { continue }
            if spans[low - 1].staff { candidates[index].atWork = true } else { candidates[index].confidence = .low }
        }
    }

    /// The initials column's detector, for a cell of initials under a name column: dotted
    /// initials are a person's, as under "Initials" (a young carers' drop-in log's "Nm | Yr/F |
    /// Cond (cared-for)": "R.B.", round 1034's; a Welsh forest school's "Plentyn": "T.E.", round
    /// 1077's). Capitals without full stops ("KW", "JT") are as often staff codes under "Name",
    /// and count only under a log's abbreviated title for its people ("Stf | Dpt | Dt | Iss":
    /// "GP", "KAD", round 1085's).
    func initialsColumnInstead(of detector: Int, _ name: String, title: String) -> Int? {
        guard engine.isName[detector], let initials = engine.initialsColumnDetector, initials != detector,
              name.utf8.count <= 8, !CellText.holds(32, name),
              CellText.holds(46, name) || TableHeader.abbreviatedPeopleTitles.contains(TableHeader.normalize(title)),
              engine.validators[initials]?(Array(name.utf8)) == true else { return nil }
        return initials
    }

    /// Whether a row's address is a street's, no home's: its address cells hold no digit (no
    /// house number, no flat), and no column of the table names people.
    func streetsOnly(_ row: TableTokenizer.Row, _ header: TableHeader) -> Bool {
        guard let address = engine.addressColumnDetector, !header.columns.contains(where: \.namesPeople) else { return false }
        // (Nor a home's number or name in a column of its own: a CTF's "PAON" beside its "Street".)
        guard !header.columns.contains(where: { Self.houseTitles.contains(TableHeader.normalize($0.title)) }) else { return false }
        var streets = 0
        for cell in row.cells where cell.column < header.columns.count && header.columns[cell.column].columnDetector == address {
            guard !cell.text.contains(where: \.isNumber) else { return false }
            streets += 1
        }
        return streets > 0
    }

    static let houseTitles: Set<String> = ["paon", "saon", "house", "house number", "house no", "house name", "number", "no",
                                           "building", "building name", "building number", "flat", "flat number", "property name",
                                           "property number", "door number", "premise", "premises"]

    /// A transcription of an old register ("Name of child | Date of birth | Parent or
    /// guardian | Residence", births in 1886): under a header with a date of birth's column, a
    /// section whose first row with dates has them all before 1910 is of people long dead;
    /// nothing on its rows is reported. A timeline's row ("Date | Event": "1588 | William
    /// Morgan translates the Bible") before 1930 names people of history: its names are not
    /// reported. (Each section is judged once, by its first row with dates: `oldSections`.)
    mutating func dropLongDeadRows(_ rows: [TableTokenizer.Row], in candidates: inout [Candidate], buffer: UnsafeRawBufferPointer, bufferStart: Int) {
        guard let table else { return }
        var spans: [(from: Int, to: Int, namesOnly: Bool)] = []
        for row in rows where !row.isHeader {
            // A table of lives, its first row holding a life's dates ("| Maria Montessori | 31
            // August 1870 - 6 May 1952 |"): its names are people of history. (Judged once a
            // section, by its first row.)
            if let first = row.cells.first, let last = row.cells.last, let section = table.section(at: first.from),
               livesSections[section.from] != false {
                let line = Self.rowLine(first.from, last.to, buffer: buffer, bufferStart: bufferStart)
                if livesSections[section.from] == nil { // (judged by its first row with a year, of its first three)
                    livesTries[section.from, default: 0] += 1
                    livesSections[section.from] = Self.holdsALifesYears(buffer, from: line.from - bufferStart, to: line.to - bufferStart)
                        ?? (livesTries[section.from]! >= 3 ? false : nil)
                }
                if livesSections[section.from] == true {
                    spans.append((line.from, line.to, true))
                    continue
                }
            }
            guard let first = row.cells.first, let last = row.cells.last, let section = table.section(at: first.from),
                  section.holdsBirthDates && oldSections[section.from] != false else { continue }
            let line = Self.rowLine(first.from, last.to, buffer: buffer, bufferStart: bufferStart)
            if oldSections[section.from] == nil, let old = Self.datesBefore1910(buffer, from: line.from - bufferStart, to: line.to - bufferStart) {
                oldSections[section.from] = old
            }
            if oldSections[section.from] == true { spans.append((line.from, line.to, false)) }
        }
        // A timeline's names are judged by their own line, not by the rows handed over (a
        // spreadsheet's "Year | Event | Key person | Lesson" hands over none of its data rows,
        // round 1339's): a line whose first field is a year before 1930 names people of history.
        candidates.removeAll { candidate in
            guard engine.isName[candidate.detector], candidate.from >= bufferStart, candidate.from - bufferStart < buffer.count,
                  let section = table.section(at: candidate.from), section.timeline, !section.holdsBirthDates else { return false }
            let line = Self.rowLine(candidate.from, candidate.from, buffer: buffer, bufferStart: bufferStart)
            return Self.leadingYear(buffer, from: line.from - bufferStart, to: line.to - bufferStart).map { $0 < 1930 } ?? false
        }
        guard !spans.isEmpty else { return }
        candidates.removeAll { candidate in
            spans.contains { candidate.from >= $0.from && candidate.from < $0.to && (!$0.namesOnly || engine.isName[candidate.detector]) }
        }
    }

    /// Whether a line holds a life's years in one field: a year before 1950, a dash between
    /// spaces or just after it, and a later year before 2025 at most 110 years on ("31 August
    /// 1870 - 6 May 1952", "(1860-1931)"; not a date's own dashes, "14-03-1948 | 01-09-1970");
    /// nil when the line holds no year at all (a table's rule, "|---|---|").
    static func holdsALifesYears(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool? {
        var index = max(0, from)
        let end = min(to, buffer.count)
        var born: Int?, bornEnd = -1, dash = false, year4 = false
        while index < end {
            let byte = buffer[index]
            if isDigit(byte) {
                var stop = index
                while stop < end, isDigit(buffer[stop]) { stop += 1 }
                if stop - index == 4, let year = fourDigits(buffer, at: index, limit: stop) {
                    year4 = true
                    if let birth = born, dash, year > birth, year - birth <= 110, year < 2025 { return true }
                    if (1400..<1950).contains(year) { born = year; bornEnd = stop; dash = false }
                }
                index = stop
                continue
            }
            if born != nil, byte == 0xE2 || byte == 45 && (index == bornEnd || buffer[index - 1] == 32) { dash = true } // "–" (E2 80 93) or "-"
            if byte == 124 || byte == 9 { born = nil; dash = false } // a field's end
            index += 1
        }
        return year4 ? false : nil // (nil: no year to judge by)
    }

    /// The year of a line's first field, when that field is a year or a date ("1588",
    /// "| 16/09/1400 |", "c. 1800").
    static func leadingYear(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Int? {
        var index = max(0, from)
        let end = min(to, buffer.count, index + 24)
        while index < end, buffer[index] == 32 || buffer[index] == 124 || buffer[index] == 9 { index += 1 }
        var year: Int?
        while index < end, buffer[index] != 124, buffer[index] != 9, buffer[index] != 44 {
            let byte = buffer[index]
            if isDigit(byte) {
                var stop = index
                while stop < end, isDigit(buffer[stop]) { stop += 1 }
                if stop - index == 4 { year = fourDigits(buffer, at: index, limit: stop) }
                index = stop
            } else if isLetter(byte) && byte != 99 { // ("c." for circa)
                return nil
            } else {
                index += 1
            }
        }
        return year
    }

    /// Whether a row of a table of roles and names leaves its name cells without a name (empty,
    /// a dash, a number): a service's row ("Leeds Front Door | — | 0113 496 0555"), whose contact is the service's.
    static func namesNoOne(_ row: TableTokenizer.Row, _ header: TableHeader) -> Bool {
        let nameColumns = header.columns.indices.filter { header.columns[$0].namesPeople }
        guard !nameColumns.isEmpty else { return false }
        return nameColumns.allSatisfy { column in
            guard let cell = row.cells.first(where: { $0.column == column }) else { return true }
            // (A "Contact" column names a person or holds a number: "0113 496 0555" names no one.)
            let text = cell.text.trimmingCharacters(in: .whitespaces)
            return !text.contains(where: \.isLetter) || ["n/a", "N/A", "tbc", "TBC"].contains(text)
        }
    }

    /// Whether a row's name columns, those it fills, all hold an organisation's name: two
    /// words or more, one of them a school's, a council's or a company's ("Leeds City Council",
    /// "Northern Lab Supplies Ltd"). (On bytes, without a String: asked of every row of every
    /// table, it cost a text with tables 14% as words.)
    static func namesAnOrganisation(_ row: TableTokenizer.Row, _ header: TableHeader) -> Bool {
        var filled = 0
        // (A blank cell says nothing: a Markdown row's, before its first pipe, "| School office
        // (reception) | 01325 496 400 |", under a "Who" column, round 1368's useful numbers. Nor
        // does a number or an address under a "Contact" column: "Falkirk Council Children's
        // Services | 01324 506600", a parent handbook's, round 1365's.)
        for cell in row.cells where cell.column < header.columns.count && header.columns[cell.column].namesPeople
            && cell.text.utf8.contains(where: { $0 > 32 }) && !cell.text.utf8.contains(where: { isDigit($0) || $0 == 64 }) {
            guard cellNamesAnOrganisation(cell.text) else { return false }
            filled += 1
        }
        return filled > 0
    }

    /// (Not a titled person's cell with a second paragraph: "Ms Hannah Whitcombe Current:
    /// Chellaston Academy", an interview panel's candidate.)
    static func cellNamesAnOrganisation(_ text: String) -> Bool {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard bytes.count <= 120, !bytes.contains(58) else { return false }
            var words = 0, organisation = false, index = 0
            while index < bytes.count {
                guard isLetter(bytes[index]) else { index += 1; continue }
                var end = index
                while end < bytes.count, isLetter(bytes[end]) { end += 1 }
                let word = UnsafeBufferPointer(rebasing: bytes[index..<end])
                if words == 0, titleWords.contains(where: { matchesLower(word, $0) }) { return false }
                if !organisation, (3...11).contains(word.count), organisationNameInitials[Int(word[0] | 0x20)] {
                    organisation = organisationNameWords.contains { matchesLower(word, $0) }
                }
                words += 1
                index = end
            }
            return words >= 2 && organisation
        } ?? false
    }

    /// Whether ASCII letters read as `lower` (small letters) in any case.
    @inline(__always) static func matchesLower(_ word: UnsafeBufferPointer<UInt8>, _ lower: [UInt8]) -> Bool {
        word.count == lower.count && lower.indices.allSatisfy { word[$0] | 0x20 == lower[$0] }
    }

    /// A company's suffixes (`OrganisationContact.companySuffixes`) and a school's, a council's
    /// or a surgery's words, as bytes.
    static let organisationNameWords: [[UInt8]] = (OrganisationContact.companySuffixes.sorted()
        + ["school", "college", "academy", "council", "university", "federation", "diocese", "nursery", "surgery", "ysgol", "coleg",
           // A community directory's groups, in English and in Welsh ("Clwb Ieuenctid Penygroes", "Banc Bwyd
           // Dyffryn Nantlle", "Menter Iaith Gwynedd", "Cyngor ar Bopeth", round 1055's). (Not "church",
           // "chapel", "temple": surnames as well.)
           "club", "clwb", "foodbank", "bank", "banc", "centre", "center", "canolfan", "cylch", "meithrin", "menter",
           "cyngor", "cymdeithas", "elusen", "charity", "trust", "society", "association", "foundation", "library",
           "llyfrgell", "playgroup", "juniors", "youth", "ieuenctid", "scouts", "brownies", "guides", "services",
           "gwasanaeth", "partnership", "network", "project", "prosiect", "mosque", "gurdwara", "advice", "families",
           "teuluoedd",
           // A council's or a school's desk: "LA Schools Finance helpdesk", "School office (reception)".
           "schools", "helpdesk", "helpline", "office", "reception",
           // A council's officer by its title: "Local Authority Designated Officer (LADO) | 0113 496 0777", round 2606's.
           "authority", "lado"])
        .map { Array($0.utf8) }
    static let organisationNameInitials: [Bool] = (0..<256).map { byte in organisationNameWords.contains { $0[0] == UInt8(byte) } }
    /// `PersonName.titles` as bytes.
    static let titleWords: [[UInt8]] = PersonName.titles.sorted().map { Array($0.utf8) }

    func vetoes(_ title: TableHeader.Column, _ detector: Int) -> Bool {
        guard title.namesStructuredData, !title.contextFor.contains(detector), !engine.detectorTable[detector].anyColumn,
              Engine.structuredCategories.contains(engine.detectorTable[detector].category) else { return false }
        // (A column one phone detector's word names holds the others' numbers too: "Emergency
        // number" is the stored-as-a-number mobile's keyword, and holds "07700 900123".)
        // (A number abroad is a phone number too: "Parent contacted" names international_phone by
        // its "parent", and holds "yes - mum 07700 900233".)
        if isPhone(detector), title.contextFor.contains(where: isPhone) { return false }
        // (Nor a column one financial detector's word names the others' numbers: a parent's
        // card keyed under "Payer Account".)
        if engine.detectorTable[detector].category == .financial,
           title.contextFor.contains(where: { engine.detectorTable[$0].category == .financial }) { return false }
        return true
    }

    func isPhone(_ detector: Int) -> Bool {
        engine.detectorTable[detector].normalization == .phone || engine.detectorTable[detector].validator == "international_phone"
    }

    /// A name the patterns find in (or over) a cell a name column reports is that column's
    /// (once, as the cell's value), not a second finding of running text. (A cell the column does not
    /// report, "Olivia H, Jack S" under "Children", keeps what the patterns find in it.)
    func removeNamesInside(_ cells: [(from: Int, to: Int)], from candidates: inout [Candidate]) {
        let spans = cells.map { ($0.from, $0.to) }.sorted { $0.0 < $1.0 } // cells do not overlap
        candidates.removeAll { candidate in
            guard candidate.valueOverride == nil, engine.isName[candidate.detector] else { return false }
            // The last span starting before the candidate's end: it holds part of the candidate
            // if it ends after its start (a form's "Surname\tHallworth" matched from its label).
            var low = 0, high = spans.count
            while low < high {
                let mid = (low + high) / 2
                if spans[mid].0 < max(candidate.to, candidate.from + 1) { low = mid + 1 } else { high = mid }
            }
            return low > 0 && candidate.from < spans[low - 1].1
        }
    }

    /// A row's cells that the `any_cell` detectors' validators accept, wherever they stand (an
    /// exam seating plan's grid of desks: "1193 KAUR E"), each at its detector's confidence
    /// without context; the value is the cell's words after its number ("KAUR E").
    func anyCellCandidates(_ row: TableTokenizer.Row, cells: inout [(from: Int, to: Int)]) -> [Candidate] {
        var found: [Candidate] = []
        for cell in row.cells {
            // (A quick look first, on bytes: 6 to 40 of them, a digit among the first eight: a
            // desk's number, or the date after a pupil's initials, "A.M.R. 03/08/2018".)
            let utf8 = cell.text.utf8
            guard utf8.count >= 6, utf8.count <= 40, utf8.prefix(8).contains(where: isDigit) else { continue }
            let text = CellText.trimmed(cell.text, quotes: true)
            for detector in engine.anyCellDetectors {
                guard let validator = engine.validators[detector], validator(Array(text.utf8)) else { continue }
                // (The words after a desk's number, or the initials before a date.)
                let words = text.split(separator: " ")
                let value = words.first?.first?.isNumber == true || words.first?.last?.isNumber == true
                    ? words.drop { $0.first?.isNumber == true || $0 == "/" || $0.count <= 2 && $0.last?.isNumber == true }.joined(separator: " ")
                    : words.prefix { !$0.contains(where: \.isNumber) }.joined(separator: " ")
                found.append(Candidate(detector: detector, from: cell.from, to: cell.to,
                                       confidence: engine.detectorTable[detector].baseConfidence ?? .low, valueOverride: value))
                cells.append((cell.from, cell.to))
                break
            }
        }
        return found
    }

    static let spacesAndQuotes = CharacterSet(charactersIn: " \"")

    /// Whether the line says its person died and holds a year before 1960: a lesson's table of the
    /// famous, "| Maureen Connolly | Tennis | 17 September 1934 | ... died of cancer in 1969 |"
    /// (round 2642's health topic, in HTML and in Markdown), not a pupil's row that mentions a
    /// grandparent's death.
    static func lineTellsADeathLongAgo(_ buffer: UnsafeRawBufferPointer, at position: Int) -> Bool {
        // (At most 300 bytes either side: `lineBounds`. On bytes, "died" or "Died" first, with
        // memchr: asked of every table row's names and every name in text.)
        let line = lineBounds(buffer, around: position)
        guard let base = buffer.baseAddress,
              find(Self.diedBytes, in: buffer, base: base, from: line.lowerBound, to: line.upperBound) != nil
                || find(Self.diedCapitalBytes, in: buffer, base: base, from: line.lowerBound, to: line.upperBound) != nil
        else { return false }
        return holdsYearBefore1960(Array(buffer[line]))
    }

    static let diedBytes: [UInt8] = Array("died".utf8), diedCapitalBytes: [UInt8] = Array("Died".utf8)

    /// Whether the bytes hold a year of four digits from 1800 to 1959, no digit either side.
    static func holdsYearBefore1960(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 4 else { return false }
        for start in 0...(bytes.count - 4) where bytes[start] == 49 && (bytes[start + 1] == 56 || bytes[start + 1] == 57) {
            guard (start + 2..<start + 4).allSatisfy({ isDigit(bytes[$0]) }), start == 0 || !isDigit(bytes[start - 1]),
                  start + 4 == bytes.count || !isDigit(bytes[start + 4]) else { continue }
            // (18xx, or 19xx before 1960.)
            if bytes[start + 1] == 56 || bytes[start + 2] < 54 { return true }
        }
        return false
    }

    /// A template's example row's first cell.
    static let exampleRowMarkers: Set<String> = ["e.g.", "e.g", "eg", "eg.", "e.g.:", "example", "example:", "example row", "e.e."]

    /// Whether the first field of the line holding `position` (up to a comma, a tab or a bar)
    /// is an example's marker, `exampleRowMarkers`.
    static func firstFieldSaysExample(_ buffer: UnsafeRawBufferPointer, at position: Int) -> Bool {
        guard position >= 0, position <= buffer.count else { return false }
        var start = position
        while start > 0, position - start < 4096, buffer[start - 1] != 10 { start -= 1 }
        while start < position, buffer[start] == 124 || buffer[start] == 32 || buffer[start] == 34 { start += 1 }
        // (Every marker begins with an "e": most rows cost one byte's look, no string built.)
        guard start < buffer.count, buffer[start] | 0x20 == 101 else { return false }
        var end = start
        while end < buffer.count, end - start <= 32, ![44, 9, 124, 10, 13].contains(buffer[end]) { end += 1 }
        guard end - start <= 32, end < buffer.count, [44, 9, 124].contains(buffer[end]) else { return false }
        let field = lowerASCII(buffer[start..<end]).trimmingCharacters(in: Self.spacesAndQuotes)
        // (Or the marker before the example's value: "\"e.g. 01/09/2025\",\"A. Volunteer\"", round 1983's sign-in sheet.)
        // (Or "Example row: 12 | Sam | mild asthma", a centre's blank medical form, round 2089's.)
        return exampleRowMarkers.contains(field) || field.hasPrefix("e.g. ") || field.hasPrefix("eg. ") || field.hasPrefix("example: ")
            || field.hasPrefix("example row: ")
    }

    /// Whether any field of the line holding `position` opens with a template's example marker,
    /// in any case: "John,Smith,31/12/2006,13Z,ABB,Sent,EXAMPLE ROW - e.g. SEN: dyslexia" (round
    /// 2377's reference tracker), "EXAMPLE - John Smith,01/01/2000,Room Y,Example: asthma" (round
    /// 2375's allergy register), "[EXAMPLE] A. N. Other,01/01/2015,4H" (round 2376's trip form).
    static func anyFieldSaysExample(_ buffer: UnsafeRawBufferPointer, at position: Int) -> Bool {
        guard position >= 0, position <= buffer.count else { return false }
        var index = position
        while index > 0, position - index < 4096, buffer[index - 1] != 10 { index -= 1 }
        let limit = min(buffer.count, index + 4096)
        var fieldStart = true
        while index < limit, buffer[index] != 10 {
            let byte = buffer[index]
            if byte == 44 || byte == 9 || byte == 124 { fieldStart = true; index += 1; continue }
            guard fieldStart else { index += 1; continue }
            if byte == 32 || byte == 34 { index += 1; continue }
            fieldStart = false
            for opening in exampleOpeningsByFirstByte[Int(ContextKeyword.fold(byte))]
                where index + opening.count <= limit && opening.indices.allSatisfy({ ContextKeyword.fold(buffer[index + $0]) == opening[$0] }) {
                return true
            }
            if byte == 91, bracketNamesAPlaceholder(buffer, at: index, end: limit) { return true }
            index += 1
        }
        return false
    }

    /// Whether the field opening at `index` with "[" is a blank form's placeholder for a person,
    /// its last word "name", "initials" or the like: "0000,A.B.,11X,25% extra time,Form
    /// 8,[learning difficulty],[SENCo initials]" (round 2934's access arrangements template).
    static func bracketNamesAPlaceholder(_ buffer: UnsafeRawBufferPointer, at index: Int, end: Int) -> Bool {
        var close = index + 1
        while close < end, close - index <= 40, buffer[close] != 93, buffer[close] != 44, buffer[close] != 9, buffer[close] != 10 { close += 1 }
        guard close < end, buffer[close] == 93, close - index > 4 else { return false }
        let inside = lowerASCII(buffer[(index + 1)..<close])
        return placeholderLastWords.contains { inside.hasSuffix($0) && (inside.count == $0.count || inside.dropLast($0.count).last == " ") }
    }

    static let placeholderLastWords = ["name", "initials", "surname", "forename", "signature", "names"]

    /// Whether a line of the buffer after its first begins with "#" (memchr for each "#").
    static func holdsCommentLine(_ buffer: UnsafeRawBufferPointer) -> Bool {
        guard let base = buffer.baseAddress else { return false }
        var from = 1
        while from < buffer.count, let hit = memchr(base + from, 35, buffer.count - from) {
            let index = base.distance(to: UnsafeRawPointer(hit))
            if buffer[index - 1] == 10 { return true }
            from = index + 1
        }
        return false
    }

    /// Whether a comment line a few lines below the row at `index`, in the same block of lines,
    /// says the rows are a template's examples: "# EXAMPLE ROWS ONLY - delete before use." under
    /// "0000,C.D.,11Y,rest breaks,Medical letter,[medical condition]" (round 2934's access
    /// arrangements template). Asked only of a buffer with a comment line (`process`'s check).
    static func commentUnderRowSaysExample(_ buffer: UnsafeRawBufferPointer, at index: Int) -> Bool {
        guard index >= 0, index < buffer.count, let base = buffer.baseAddress else { return false }
        var line = index
        for _ in 0..<6 {
            guard let newline = memchr(base + line, 10, buffer.count - line) else { return false }
            line = base.distance(to: UnsafeRawPointer(newline)) + 1
            guard line < buffer.count, buffer[line] != 10, buffer[line] != 13 else { return false }
            guard buffer[line] == 35 else { continue }
            return commentLineSaysExampleRows(buffer, at: line)
        }
        return false
    }

    /// Whether the comment line beginning at `line` (its first 512 bytes) says a template's rows
    /// are examples: "example row" (and "example rows"), "example only", "examples only".
    /// (`commentOverHeaderSaysExample`, `commentUnderRowSaysExample`.)
    static func commentLineSaysExampleRows(_ buffer: UnsafeRawBufferPointer, at line: Int) -> Bool {
        var end = line
        while end < buffer.count, end - line < 512, buffer[end] != 10 { end += 1 }
        let text = lowerASCII(buffer[line..<end])
        return text.contains("example row") || text.contains("example only") || text.contains("examples only")
    }

    /// `exampleFieldOpenings` by their first byte (folded), so that a field costs one look
    /// unless it opens as one of them does.
    static let exampleOpeningsByFirstByte: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for opening in exampleFieldOpenings {
            let bytes = opening.withUTF8Buffer { Array($0) }
            table[Int(bytes[0])].append(bytes)
        }
        return table
    }()

    static let exampleFieldOpenings: [StaticString] = ["example row", "example only", "example - ", "example \u{2013} ", "[example]",
                                                       "example entry", "placeholder person", "placeholder pupil", "placeholder row",
                                                       // (A template's row numbered as an example: "EXAMPLE-002,A. N.,Other,01/01/2000",
                                                       // round 2471's learning journal.)
                                                       "example-", "example_",
                                                       // ("John Smith (EXAMPLE - delete),Y5,01/01/2000,EXAMPLE: anger management", round 2507's
                                                       // referral template; "Jane Doe,5,...,07700 900001,SAMPLE ONLY - fictitious", round 2510's.)
                                                       "example:", "sample only", "sample row", "fictitious",
                                                       // (A blank form's row of field formats: "DD/MM/YYYY,HH:MM,Yard/Field/Hall,A.B.,e.g.
                                                       // grazed knee", round 2414's accident log template.)
                                                       "dd/mm/yyyy,", "dd/mm/yyyy\t", "dd/mm/yy,", "dd/mm/yy\t",
                                                       // (Or a Markdown table's, and a field's own "e.g.": "| 13XX | C.D.-E. | dd/mm/yyyy | e.g.
                                                       // disclosed pregnancy | e.g. school nurse + DSL | Y |", round 2989's check-in log template.)
                                                       "dd/mm/yyyy |", "dd/mm/yyyy|", "dd/mm/yy |", "dd/mm/yy|", "e.g. ", "e.g.,",
                                                       // (Fields in square brackets: "A.B.,[Yr],1,[e.g. anxiety / low mood],[e.g. school
                                                       // nurse / CAMHS],[dd/mm/yyyy]", round 2812's session record template.)
                                                       "[e.g.", "[eg ", "[dd/mm/yy"]

    /// Whether a cell's text ends or begins with a bracket saying it is an example ("Pupil A
    /// (example)", "Sam (example only)", "(example) Smith", round 2246's export template), in
    /// any case.
    static func cellSaysExample(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        while let last = bytes.last, last == 32 || last == 13 { bytes = bytes.dropLast() }
        while let first = bytes.first, first == 32 || first == 34 { bytes = bytes.dropFirst() }
        guard bytes.count >= 6 else { return false }
        if bytes.first == 40 {
            let head = String(decoding: bytes.prefix(16), as: UTF8.self).lowercased()
            if exampleNotes.contains(where: head.hasPrefix) { return true }
        }
        guard bytes.last == 41 else { return false }
        let tail = String(decoding: bytes.suffix(16), as: UTF8.self).lowercased()
        if exampleNotes.contains(where: { tail.hasSuffix($0) }) { return true }
        // (Or a bracket that opens so: "John Smith (EXAMPLE - delete)", round 2507's referral template.)
        guard let open = bytes.lastIndex(of: 40) else { return false }
        let inside = String(decoding: bytes[bytes.index(after: open)...].prefix(12), as: UTF8.self).lowercased()
        // (Or "placeholder - delete this row": "Jane,Doe (placeholder - delete this row)", round 2648's booking template.)
        return inside.hasPrefix("example ") || inside.hasPrefix("example,") || inside.hasPrefix("example:")
            || inside.hasPrefix("placeholder ") || inside.hasPrefix("placeholder,") || inside.hasPrefix("dummy ")
    }

    static let exampleNotes = ["(example)", "(example only)", "(e.g.)", "(sample)", "(example row)", "(example entry)",
                               // ("Jane Doe (placeholder),10Y,01/01/2000", round 2535's coursework tracker.)
                               "(placeholder)", "(dummy)"]

    /// `cells`: each cell reported gets its span added (for `removeNamesInside`); `examples`:
    /// the span of a row whose names are a template's made-up person ("Joe | Bloggs").
    func nameCandidates(_ row: TableTokenizer.Row, cells: inout [(from: Int, to: Int)], examples: inout [(from: Int, to: Int)],
                        buffer: UnsafeRawBufferPointer, bufferStart: Int, commentLines: Bool) -> [Candidate] {
        // (Read under the header in effect where it is: a report's later section has its own.)
        guard !row.isHeader, let first = row.cells.first, let header = table?.header(at: first.from) else { return [] }
        // (A table of the dead's lives, "Name | Born | Died | Edinburgh address", names no one living.)
        // (Or a row that says its person died long ago, read on its line: a row holds only the
        // cells the rules read, not a "Notes" column's "died of cancer in 1969".)
        if header.tellsWholeLives || first.from >= bufferStart && first.from - bufferStart < buffer.count
            && Self.lineTellsADeathLongAgo(buffer, at: first.from - bufferStart) { return [] }
        // A template's comment line that gives an example row: "# Example only - delete this row
        // before upload: Pupil,Test,01/01/2000,P5,ptest000,Password1!" (round 1214's C2k import).
        if Self.commentSaysExample(buffer, at: first.from - bufferStart) || Self.commentOverHeaderSaysExample(buffer, at: first.from - bufferStart)
            || commentLines && Self.commentUnderRowSaysExample(buffer, at: first.from - bufferStart) {
            examples.append((first.from, row.cells[row.cells.count - 1].to))
            return []
        }
        // (Or its first cell says so: "e.g.,Mon,09:00-10:00,A. Parent,Owls (Y1),07700 900000", a
        // volunteer rota's template, round 1850's.)
        // (The line's first field, whichever column it is: a row holds the cells the rules read.)
        if Self.firstFieldSaysExample(buffer, at: first.from - bufferStart) || Self.anyFieldSaysExample(buffer, at: first.from - bufferStart) {
            examples.append((first.from, row.cells[row.cells.count - 1].to))
            return []
        }
        // Per detector: its cells' names, titles and spans on this row.
        var byDetector: [Int: (parts: [String], titles: [String], spans: [(from: Int, to: Int)])] = [:]
        var teams = Set<Int>() // detectors whose cells on this row name a team ("Exams | Office")
        var exampleRow = false, exampleProse = false
        for cell in row.cells {
            guard cell.column < header.columns.count, var detector = header.columns[cell.column].columnDetector else { continue }
            // A template's example row, said in its name's cell: "Pupil A (example) | 7XX | 01/01/2013"
            // (round 2228's reading-age tracker).
            if Self.cellSaysExample(cell.text) {
                exampleRow = true
                continue
            }
            var name = CellText.withoutTrailingNote(CellText.trimmed(cell.text, quotes: true))
            // "Ms Hannah Whitcombe Current: Chellaston Academy": a Word cell's second paragraph,
            // a label and its value, after the name (two words or more before the label).
            if CellText.holds(58, name), let colon = name.firstIndex(of: ":"), let space = name[..<colon].lastIndex(of: " ") {
                var words = name[..<space].split(separator: " ")
                // (A label of two words: "Zoë Hartley-Price NHS no: 433 682 7834", an HTML cell's
                // line break read as a space, round 796's medical sheet.)
                while words.count > 2, let last = words.last, PersonName.capitalWords.contains(last.lowercased()) { words.removeLast() }
                if words.count >= 2 { name = words.joined(separator: " ") }
            }
            // Empty, or the header row again (a report repeats it on every page). Nor a paragraph:
            // a text file's prose between its tables is a row of one cell, under the table's
            // first column; no name is 48 characters long (the validators' limit), and every word
            // of a long paragraph asked whether it is a label cost a text dense with tables 15%.
            guard !name.isEmpty, name.utf8.count <= 192 else { continue }
            // A name a pupil or a parent typed into a form in small letters ("ruby-jean platt"
            // under "Full name"), read as it would be written.
            if let typed = PersonName.capitalisedTypedName(name) { name = typed }
            // A line of prose under a name column, too long for any name: only a template's
            // example row could be told by it. (Each of its words asked whether it is a label,
            // and the validator's pass over it, cost a text with tables between paragraphs 10%.)
            if name.utf8.count > 64, header.columns[cell.column].trusted || engine.validatedAsName[detector], CellText.isUntrimmedASCII(name) {
                if PersonName.isPlaceholderWord(name) || PersonName.hasMadeUpSurname(name),
                   !CellText.sameIgnoringCase(name, header.columns[cell.column].title), !PersonName.isFormLabel(name) {
                    exampleProse = true
                }
                continue
            }
            guard !CellText.sameIgnoringCase(name, header.columns[cell.column].title) else { continue }
            // A key's row under the table: a code and, in another cell, what its values mean ("Rte |
            // PO = by mouth; INH = inhaled", "Freq | OD = once daily; BD = twice daily": a blank
            // medication record's, round 1204's).
            if name.utf8.count <= 5, !CellText.holds(32, name), !PersonName.isCommonGiven(name.lowercased()),
               Self.lineDefinesCodes(buffer, from: cell.to - bufferStart) { continue }
            // An empty answer, "None", "N/A", "TBC": no part of the row's name ("Rhys Pritchard"
            // under "pupil" and "None" under "injury_pupil" are not "Rhys Pritchard None").
            if name.utf8.count <= 7, PersonName.notNames.contains(name.lowercased()) { continue }
            // A label, or a day or a month (a template's "Day | Mon | Tue" under "Pupil:").
            if PersonName.isFormLabel(name) || PersonName.isCalendarCell(name) { continue }
            // A title with its note, a template's second header row read as data: "Covering
            // (staff code)" under "Supply teacher name" (one word, no given name, a label's note).
            if name.utf8.count < cell.text.utf8.count, !CellText.holds(32, name), !PersonName.isCommonGiven(name.lowercased()),
               PersonName.isFormLabel(cell.text) { continue }
            // A template's example row: "CANDIDATE | Example | 01/01/2009". (Not a word typed in
            // small letters for who is paid, a bursary's "student" under "payee".)
            // (Or a made-up person whole: "A. N. Other,7Q,31/12/1999,None,None,Sample Parent,01632 960000",
            // round 2584's trip medical form, where "A. N. Other" reads as no full name.)
            if PersonName.isPlaceholderWord(name) && name.first?.isLowercase != true || PersonName.hasMadeUpSurname(name)
                || PersonName.isPlaceholderPerson(name) {
                exampleRow = true
                continue
            }
            if header.columns[cell.column].besideRoles, let first = name.split(separator: " ").first,
               PersonName.isTitle(first.lowercased()) { continue }
            if header.columns[cell.column].trusted {
                if !PersonName.readsAsFullName(name) {
                    guard let initials = initialsColumnInstead(of: detector, name, title: header.columns[cell.column].title) else { continue }
                    detector = initials
                }
            } else if let validator = engine.validators[detector], !validator(Array(name.utf8)) {
                if let initials = initialsColumnInstead(of: detector, name, title: header.columns[cell.column].title) {
                    detector = initials
                } else {
                    // (A team's name is short: "Exams | Office", "IT | Helpdesk".)
                    if name.utf8.count <= 64, PersonName.namesTeam(name) { teams.insert(detector) }
                    continue
                }
            } else if engine.isName[detector], PersonName.hasSmallWordInside(name) {
                continue // a group's or a thing's name: "Workhouse group A", "Gang group"
            }
            cells.append((cell.from, cell.to))
            var entry = byDetector[detector] ?? ([], [], [])
            entry.parts.append(name)
            entry.titles.append(header.columns[cell.column].title)
            entry.spans.append((cell.from, cell.to))
            byDetector[detector] = entry
        }
        // A given name alone ("Amir" in a maths lesson's survey, a key person poster) is no one
        // a reader outside the class could tell, unless the row says more about the child (a
        // primary allergy list's "Amir | 3B | Allergy": a special-category column, or one of data
        // the rules know, a date of birth, a phone number).
        // (A name split over columns of two detectors, "Enw | Cyfenw", is whole.)
        // A template's made-up person ("Joe | Bloggs", its parts in the row's order where two
        // name detectors' columns hold them) makes the row an example; not one word twice,
        // "Thomas | Thomas", a real name, though a handwriting sheet's "Sam | Sam | Sam" is no
        // one's (below).
        func madeUpPerson(_ parts: [String]) -> Bool { PersonName.isPlaceholder(parts: parts) && !PersonName.oneWordRepeated(parts) }
        // (Names only: "FSM | PP" flags, "Y | Y", are no person. The parts of two name
        // detectors' columns together only where there are two.)
        var madeUp = exampleRow, nameDetectors = 0
        if !madeUp {
            for (detector, entry) in byDetector where engine.isName[detector] {
                nameDetectors += 1
                if madeUpPerson(entry.parts) { madeUp = true; break }
            }
        }
        if !madeUp, nameDetectors > 1 {
            madeUp = madeUpPerson(byDetector.filter { engine.isName[$0.key] }.values.flatMap { zip($0.spans, $0.parts) }
                                      .sorted { $0.0.from < $1.0.from }.map(\.1))
        }
        // (Or Britain's stock name in a row under a template's example row: "Jane,Doe,01/01/2000"
        // then "John,Smith,01/01/2000", round 2664's entry template.)
        // (A name detector's cells on their own: a staff member's initials beside are not the name's.)
        // (In the same table: the example row's section is this row's.)
        if !madeUp, let example = examples.last, table?.section(at: example.from)?.from == table?.section(at: first.from)?.from {
            madeUp = byDetector.contains { engine.isName[$0.key] && PersonName.stockNames.contains($0.value.parts.joined(separator: " ").lowercased()) }
        }
        if madeUp, let last = row.cells.last {
            examples.append((first.from, last.to))
            return []
        }
        // (A paragraph under a name column that ends so is no row of the table's: its names only.)
        if exampleProse { return [] }
        let saysMore = header.saysMoreThanNames || byDetector.values.reduce(0) { $0 + $1.parts.count } > 1
        // (A row whose one name is initials, a name column's validator taking them, says who
        // beside a special category's word as the initials column's would: a Welsh forest
        // school's "Plentyn | Nodyn" log, "T.E." beside "Cleisiau", round 1077's.)
        if !saysMore, byDetector.count == 1, let (detector, entry) = byDetector.first, entry.parts.count == 1,
           let initials = initialsColumnInstead(of: detector, entry.parts[0], title: entry.titles[0]) {
            byDetector = [initials: entry]
        }
        return byDetector.flatMap { detector, entry -> [Candidate] in
            // (A handwriting sheet's "Sam | Sam | Sam": one word again is no one; a made-up
            // person has returned above.)
            if teams.contains(detector) || engine.isName[detector] && PersonName.oneWordRepeated(entry.parts) { return [] }
            // (A column of initials says who beside a special category's word anywhere in the
            // document, `promoteWithSpecial`, whatever the other titles: round 921's "Dt | Ini |
            // RG | Src | Conc".)
            if !saysMore, !engine.templates[detector].promoteWithSpecial, entry.parts.count == 1, !entry.parts[0].utf8.contains(32),
               !entry.parts[0].utf8.contains(44) { return [] }
            func candidate(_ from: Int, _ to: Int, _ parts: [String], _ titles: [String]) -> Candidate {
                var candidate = Candidate(detector: detector, from: from, to: to,
                                          confidence: engine.detectorTable[detector].contextConfidence,
                                          context: "column: " + titles.joined(separator: ", "))
                candidate.valueOverride = parts.joined(separator: " ")
                candidate.column = titles.joined(separator: ", ")
                return candidate
            }
            // "Amelia Hughes | Noah Patel | Grace Okafor": a photo board's or a seating plan's
            // row, or "Pupil name | Parent name", is a person a cell; a name split over columns
            // ("Olivia | Hughes", "Anne Marie | Okafor-Smith") is one.
            if Self.namesOnePersonACell(entry.parts) || engine.isName[detector] && Self.fullNameColumns(entry.parts, entry.titles) {
                return entry.parts.indices.map { candidate(entry.spans[$0].from, entry.spans[$0].to, [entry.parts[$0]], [entry.titles[$0]]) }
            }
            return [candidate(entry.spans[0].from, entry.spans.map(\.to).max()!, entry.parts, entry.titles)]
        }
    }

    /// Whether a row's name cells are each a whole name under a title that names a person, not
    /// a part of one: a subject access log's "Requester | Data subject" ("Nguyễn Thị Lan |
    /// Nguyễn Minh Anh", whose given names no list holds), not "Forename | Surname".
    static func fullNameColumns(_ parts: [String], _ titles: [String]) -> Bool {
        guard parts.count >= 2, parts.allSatisfy({ $0.utf8.contains(32) }) else { return false }
        return titles.allSatisfy { title in
            !TableHeader.normalize(title).split(separator: " ").contains { Self.namePartWords.contains(String($0)) }
        }
    }

    /// Words of a title over a part of a name ("Legal forename", "Cyfenw").
    static let namePartWords: Set<String> = ["forename", "surname", "first", "last", "middle", "given", "family", "preferred", "legal",
                                             "known", "enw", "cyfenw", "initial"]

    /// Whether a row's name cells are each a person: two or more, every one of two words or
    /// more, at least two of them a common given name and more.
    static func namesOnePersonACell(_ parts: [String]) -> Bool {
        guard parts.count >= 2, parts.allSatisfy({ $0.utf8.contains(32) }) else { return false } // (cells come trimmed)
        return parts.filter { PersonName.holdsGivenName(Array($0.utf8)) }.count >= 2
    }

    /// A form's name over two rows, as a table of label and value cells writes it: "First
    /// name or initial(s) | Rosemary", then (within three rows, or before it) "Surname |
    /// Hallworth". Found as the detector a "Surname" column feeds, valued "Rosemary Hallworth".
    mutating func formName(_ row: TableTokenizer.Row, cells: inout [(from: Int, to: Int)]) -> Candidate? {
        formRows += 1
        guard row.cells.count >= 2 else { return nil }
        let label = TableHeader.normalize(row.cells[0].text)
        guard !label.isEmpty, label.count <= 40 else { return nil }
        let value = CellText.trimmed(row.cells[1].text, quotes: true)
        func readsAsName(_ text: String) -> Bool {
            // (Not a mail merge's source field, "Student.Forename", "Contact.Address_Line_1": round
            // 872's template lists its fields beside their examples.)
            let bytes = Array(text.utf8)
            if bytes.indices.dropFirst().contains(where: { index in
                (bytes[index] == 46 || bytes[index] == 95) && index + 1 < bytes.count && isLetter(bytes[index + 1]) && isLetter(bytes[index - 1])
            }) { return false }
            guard let name = PersonName.clean(text), !name.utf8.contains(44), name.split(separator: " ").count <= 3 else { return false }
            return !PersonName.isFormLabel(name)
        }
        let isForename = Self.forenameLabels.contains(where: { label == $0 || label.hasSuffix(" " + $0) })
        let isSurname = !isForename && Self.surnameLabels.contains(where: { label == $0 || label.hasSuffix(" " + $0) })
        guard isForename || isSurname else { return nil }
        guard readsAsName(value) else {
            if formPending?.isForename == isForename { formPending = nil }
            return nil
        }
        // Either order: "Surname | Hallworth" may come first.
        let here = (text: value, from: row.cells[1].from, to: row.cells[1].to, row: formRows, isForename: isForename)
        guard let pending = formPending, pending.isForename != isForename, formRows - pending.row <= 3 else {
            formPending = here
            return nil
        }
        let forename = isForename ? here : pending, surname = isForename ? pending : here
        formPending = nil
        guard let detector = engine.surnameColumnDetector else { return nil }
        cells.append((forename.from, forename.to))
        cells.append((surname.from, surname.to))
        var candidate = Candidate(detector: detector, from: min(forename.from, surname.from), to: max(forename.to, surname.to),
                                  confidence: engine.detectorTable[detector].contextConfidence, context: "form: forename, surname")
        candidate.valueOverride = forename.text + " " + surname.text
        return candidate
    }

    /// How far into each part of a document made-up markers are looked for: its opening, where
    /// a worksheet or a demonstration says so ("Sample data (FICTIONAL)"). (Not 64 KB: a pupil's
    /// report saying deep inside that she "describes fictional characters' feelings" would
    /// otherwise put its people at low; over 114 rounds' clean files, 4 KB and 64 KB kept the
    /// same files quiet, round 810's.)
    static let madeUpReach = 1 << 12

    /// A form's labels for a first name and a surname (normalised; a label may end with one:
    /// "child s first name").
    /// (`TableHeader.normalize` drops a bracketed "(s)": "Forename(s)" is "forename".)
    static let forenameLabels = ["first name", "first names", "forename", "forenames",
                                 "first name or initial", "first name or initials", "given name", "given names",
                                 "christian name", "legal first name", "enw cyntaf"]
    static let surnameLabels = ["surname", "last name", "family name", "legal surname", "cyfenw"]

    // MARK: Resolution and emission

    /// Overlapping candidates keep the best: higher confidence, then longer, then rule order.
    func resolveOverlaps(_ candidates: [Candidate]) -> [Candidate] {
        // A special category's words stand beside the values they overlap: "Tiegan Marsh – CP
        // plan" is a name heading a plan (its match to "plan", its value the name) and a child
        // protection plan (round 757's slide).
        if candidates.contains(where: { engine.isKeywordSet[$0.detector] }) && candidates.contains(where: { !engine.isKeywordSet[$0.detector] }) {
            return (resolveOverlaps(candidates.filter { engine.isKeywordSet[$0.detector] })
                    + resolveOverlaps(candidates.filter { !engine.isKeywordSet[$0.detector] })).sorted { $0.from < $1.from }
        }
        var kept: [Candidate] = []
        for candidate in candidates {
            if let last = kept.last, candidate.from < last.to, candidate.valueOverride == nil, last.valueOverride == nil {
                if better(candidate, than: last) { kept[kept.count - 1] = candidate }
                continue
            }
            kept.append(candidate)
        }
        return kept
    }

    func better(_ a: Candidate, than b: Candidate) -> Bool {
        if a.confidence != b.confidence { return a.confidence > b.confidence }
        if a.to - a.from != b.to - b.from { return a.to - a.from > b.to - b.from }
        return a.detector < b.detector
    }

    mutating func emit(_ candidate: Candidate, buffer: UnsafeRawBufferPointer, bufferStart: Int) {
        var candidate = candidate
        // A document that says its people are made up ("Sample data (FICTIONAL)", a worksheet's
        // "made up names") reports their names, birthdays, contacts and conditions at low: shown
        // to a technician who asks, not by default. (An identifier or bank details stay as they
        // are: a real record may be pasted in, as the risk allows.)
        if madeUpPeople, candidate.confidence > .low, !engine.detectorTable[candidate.detector].marksMadeUp,
           ![.identifier, .financial].contains(engine.detectorTable[candidate.detector].category) {
            candidate.confidence = .low
        }
        let detector = engine.templates[candidate.detector]
        // A column of initials ("Initials | Yr/Form | Reason") tells who only beside what the
        // document says of them: its title is context once a special category's word is in it.
        if detector.promoteWithSpecial, !specialSeen, candidate.context?.hasPrefix("column: ") == true {
            candidate.confidence = .low
        }
        var promotable = false
        if detector.promoteAt != nil || detector.promoteWithSpecial, candidate.confidence < detector.contextConfidence,
           detector.contextConfidence >= options.workedConfidence {
            // Without context: at the context's confidence once the document holds `promoteAt`
            // distinct values; until then it waits, at its own (whatever confidence is shown,
            // so that `--min-confidence low` reports a seating plan's names as a default run does).
            if promoted.contains(candidate.detector) {
                candidate.confidence = detector.contextConfidence
                candidate.context = detector.promotedContext
            } else {
                promotable = true
            }
        } else if candidate.confidence < options.workedConfidence {
            return
        }
        // (A special category's word stands beside the values it overlaps: it holds none back.)
        if candidate.valueOverride == nil, !engine.isKeywordSet[candidate.detector] { lastEmittedEnd = candidate.to }
        if detector.promoteAt != nil { promotableBytes[candidate.detector, default: 0] += candidate.to - candidate.from }
        // A table name's value is assembled from its cells (which may lie before this buffer).
        let matched = candidate.valueOverride == nil
            ? UnsafeRawBufferPointer(rebasing: buffer[(candidate.from - bufferStart)..<(candidate.to - bufferStart)]) : nil
        let fingerprint: (text: String, key: SubjectKey), redacted: String, value: String?
        if let matched, detector.valueAfter.isEmpty, detector.valueBefore == nil, detector.valueUntil.isEmpty, matched.count <= 256, !matched.contains(where: { $0 >= 0x80 }) {
            // The common case, on bytes: an ASCII value as matched.
            let bytes = Array(matched)
            fingerprint = engine.fingerprinter.keyedFingerprint(prefix: detector.fingerprintPrefix,
                                                                normalized: Fingerprinter.normalize(bytes: bytes, detector.normalization))
            redacted = Redactor.redact(ascii: bytes, style: detector.redaction)
            value = options.reveal ? String(decoding: bytes, as: UTF8.self) : nil
        } else {
            var raw = candidate.valueOverride ?? String(decoding: matched!, as: UTF8.self)
            if !detector.valueAfter.isEmpty {
                // On each line of the match: "first name: Olivia\nlast name: Hughes" is "Olivia Hughes".
                // A label's ":" may be the tab between a form's label cell and its value cell.
                // A dotted leader ("Name ........ Poppy Hargreaves") ends with its dots.
                let markers = engine.valueAfterBytes[candidate.detector], tabIsColon = markers.first == [58]
                // (A label on a line of its own leaves nothing: "Legal Surname\nO'Driscoll".
                // On bytes: the markers are ASCII, and Foundation's search took 1.4% of a scan
                // of text dense with identifiers.)
                raw = raw.split(separator: "\n").map { line in
                    let bytes = Array(line.utf8)
                    var after = bytes.withUnsafeBytes { text in
                        markers.lazy.compactMap { marker in
                            text.baseAddress.flatMap { Self.find(marker, in: text, base: $0, from: 0, to: text.count) }.map { $0 + marker.count }
                        }.first
                    }
                    if after == nil, tabIsColon, let tab = bytes.firstIndex(of: 9) { after = tab + 1 }
                    guard let after else { return String(line) }
                    let value = bytes[after...].drop { $0 == 58 || $0 == 32 || $0 == 13 || $0 == 46 }
                    return CellText.trimmed(String(decoding: value, as: UTF8.self), quotes: true)
                }.filter { !$0.isEmpty }.joined(separator: " ")
            }
            if let marker = detector.valueBefore { raw = CellText.before(lastOf: marker, in: raw) }
            if !detector.valueUntil.isEmpty { raw = CellText.before(firstOf: detector.valueUntil, in: raw) }
            let text = raw.count > 256 ? String(raw.prefix(256)) : raw
            let normalized = text.utf8.allSatisfy({ $0 < 0x80 }) ? Fingerprinter.normalize(bytes: Array(text.utf8), detector.normalization)
                : Array(Fingerprinter.normalize(text, detector.normalization).utf8)
            fingerprint = engine.fingerprinter.keyedFingerprint(prefix: detector.fingerprintPrefix, normalized: normalized)
            redacted = Redactor.redact(text, style: detector.redaction)
            value = options.reveal ? text : nil
        }
        let line = lines.line(at: candidate.from, buffer: buffer, bufferStart: bufferStart)
        var location = Location(line: line, offset: candidate.from)
        // (A title is shown only if it reads as one: a data row taken for the header must not
        // print a pupil's name or number where the value is redacted.)
        location.column = candidate.column.map { shownTitle($0) }
        if let locate = document.locate {
            let place = locate(candidate.from)
            location.page = place.page
            location.cell = place.cell
            if place.page != nil || place.cell != nil { location.line = nil } // a line of extracted text means little here
            if let line = place.line { location.line = line } // the file's own line (JSON's)
        }
        let finding = Finding(
            path: document.path, detector: detector.id, category: detector.category, subcategory: detector.subcategory,
            confidence: candidate.confidence, location: location,
            redacted: redacted, fingerprint: fingerprint.text,
            explanation: Explanation(validator: detector.validator, context: candidate.context.map { context in
                context.hasPrefix("column: ") ? "column: " + shownTitle(String(context.dropFirst(8))) : context
            }))
        var event = FindingEvent(finding: finding, value: value, subject: fingerprint.key)
        switch engine.placeDetail[candidate.detector] {
        case .postcode: event.place = true
        case .phone: event.place = !OrganisationContact.isMobile(matched.map(Array.init) ?? Array((candidate.valueOverride ?? "").utf8))
        case .none: break
        }
        // (Not one labelled someone's home: "My home address if anything comes in the post:
        // 17 Tithe Barn Close, Kettering NN15 7BW", "Home tel: 01536 960 114".)
        if event.place, candidate.from >= bufferStart, Self.homeLabelBefore(buffer, from: candidate.from - bufferStart) { event.place = false }
        event.atWork = candidate.atWork
        event.anchors = !candidate.atWork && (detector.anchorsSpecial || isHRSubject(candidate))
            || (detector.anchorsOutsideWork && !candidate.atWork && candidate.valueOverride == nil && candidate.from >= bufferStart
                && Email.namesMailboxOutsideWork(buffer, from: candidate.from - bufferStart,
                                                personalOnly: detector.anchorsPersonalMailboxOnly))
        if detector.promoteAt != nil, !promoted.contains(candidate.detector) {
            promotableSubjects[candidate.detector, default: []].insert(fingerprint.key)
        }
        if promotable {
            if engine.isName[candidate.detector], candidate.valueOverride == nil,
               let given = Self.givenName(buffer, from: candidate.from - bufferStart, to: candidate.to - bufferStart),
               waitingByGiven[given] != nil || waitingByGiven.count < Self.givenNamesWatched,
               (waiting[candidate.detector]?.count ?? 0) < Self.waitingLimit {
                waitingByGiven[given, default: []].append((candidate.detector, waiting[candidate.detector]?.count ?? 0))
            }
            wait(event, detector: candidate.detector)
            return
        }
        deliver(event, index: candidate.detector)
        if waiting[candidate.detector] != nil { promoteIfEnough(candidate.detector) }
    }

    /// A name's given name: its first word's bytes, if it is a common one ("Connor" of "Connor
    /// McCarthy"; not a titled name's "Mrs").
    static func givenName(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> [UInt8]? {
        guard from >= 0, from < to, to <= buffer.count else { return nil }
        var end = from
        while end < to, isLetter(buffer[end]) || buffer[end] >= 0x80 || buffer[end] == 45 { end += 1 }
        guard end < to, buffer[end] == 32, end - from >= 2 else { return nil }
        let word = Array(buffer[from..<end])
        let lower = String(decoding: word, as: UTF8.self).lowercased()
        guard GivenNames.contains(lower), !GivenNames.wordLike.contains(lower), !PersonName.isTitle(lower) else { return nil }
        return word
    }

    /// Reports the waiting names whose given name this chunk mentions alone (not followed by a
    /// capitalised word: not the full name again) beside one of their detector's context words
    /// ("Connor McCarthy were seen ..." then "Sanction: Connor - 1 day internal exclusion").
    mutating func promoteByGivenName(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) {
        // (Not in a document that says its people are made up: a training scenario's "Bella
        // Bunting ... lives with her mum", round 915's.)
        guard from < to, !madeUpPeople, let base = buffer.baseAddress else { return }
        for (given, entries) in waitingByGiven {
            guard let detector = entries.first?.detector else { continue }
            var at = from
            var keyword: String?
            while at < to, keyword == nil {
                guard let start = Self.find(given, in: buffer, base: base, from: at, to: to) else { break }
                let end = start + given.count
                at = end
                guard start == 0 || !(isLetter(buffer[start - 1]) || buffer[start - 1] >= 0x80), end < buffer.count,
                      !(isLetter(buffer[end]) || buffer[end] >= 0x80) else { continue }
                // (The full name again, "Connor McCarthy", has its own context.)
                if buffer[end] == 32, end + 1 < buffer.count, buffer[end + 1] >= 65, buffer[end + 1] <= 90 { continue }
                keyword = contextKeyword(buffer, from: start, to: end, detector: detector)
            }
            guard let keyword else { continue }
            waitingByGiven[given] = nil
            for entry in entries {
                guard let events = waiting[entry.detector], entry.index < events.count,
                      !(reportedWhileWaiting[entry.detector]?.contains(entry.index) ?? false) else { continue }
                var event = events[entry.index]
                event.finding.confidence = engine.templates[entry.detector].contextConfidence
                event.finding.explanation.context = "named again beside '\(keyword)'"
                reportedWhileWaiting[entry.detector, default: []].insert(entry.index)
                deliver(event, index: entry.detector)
            }
        }
    }

    /// `TableHeader.shownTitle`, worked out once a title per document (a table's every finding
    /// asks it of the same few titles; its checks use regular expressions).
    mutating func shownTitle(_ title: String) -> String {
        if let shown = shownTitles[title] { return shown }
        let shown = TableHeader.shownTitle(title)
        if shownTitles.count < 256 { shownTitles[title] = shown }
        return shown
    }

    /// Whether `index` lies on a vCard's property line ("ADR;TYPE=WORK:", "FN:") of a card that
    /// says it is an organisation's ("KIND:org", "X-ADDRESSBOOKSERVER-KIND:group"). Looks back
    /// at most 4 KB for the card's "BEGIN:VCARD" and on to its "END:VCARD".
    static func inOrganisationCard(_ buffer: UnsafeRawBufferPointer, at index: Int) -> Bool {
        // (Cheap first: the line begins with a property's name in capitals and ':' or ';'.)
        var lineStart = index
        while lineStart > 0, index - lineStart < 200, buffer[lineStart - 1] != 10 { lineStart -= 1 }
        guard lineStart == 0 || buffer[lineStart - 1] == 10 else { return false }
        var position = lineStart
        while position < buffer.count, position - lineStart < 40, (65...90).contains(buffer[position]) || buffer[position] == 45 { position += 1 }
        guard position > lineStart, position < buffer.count, buffer[position] == 58 || buffer[position] == 59 else { return false }
        // The card's lines, back to its BEGIN and on to its END.
        func line(at start: Int) -> (text: String, end: Int) {
            var end = start
            while end < buffer.count, buffer[end] != 10, end - start < 80 { end += 1 }
            let text = lowerASCII(buffer[start..<end]).trimmingCharacters(in: .whitespacesAndNewlines)
            while end < buffer.count, buffer[end] != 10 { end += 1 }
            return (text, end + 1)
        }
        func says(_ text: String) -> Bool {
            guard let colon = text.firstIndex(of: ":") else { return false }
            let name = text[..<colon], value = text[text.index(after: colon)...]
            return (name == "kind" || name.hasSuffix("-kind")) && (value == "org" || value == "group" || value == "location")
        }
        // (Or an organisation with no person's name: an ORG and no N, or an empty one, "N:;;;;", as a
        // list of useful contacts writes "FN:Leeds LADO (Local Authority Designated Officer)", round 803's.)
        var hasOrganisation = false, hasName = false
        func notes(_ text: String) {
            if text.hasPrefix("org:") || text.hasPrefix("org;") { hasOrganisation = true }
            if text.hasPrefix("n:") || text.hasPrefix("n;"), let colon = text.firstIndex(of: ":"),
               text[text.index(after: colon)...].contains(where: { $0 != ";" && $0 != " " }) { hasName = true }
        }
        var start = lineStart, begin: Int? = nil
        while start > 0, index - start < 4096 {
            var previous = start - 1
            while previous > 0, buffer[previous - 1] != 10 { previous -= 1 }
            let text = line(at: previous).text
            if text == "end:vcard" { return false }
            if text == "begin:vcard" { begin = previous; break }
            if says(text) { return true }
            notes(text)
            start = previous
        }
        guard begin != nil else { return false }
        var next = lineStart
        while next < buffer.count, next - index < 4096 {
            let (text, end) = line(at: next)
            if text == "end:vcard" { return hasOrganisation && !hasName }
            if text == "begin:vcard" { return false }
            if says(text) { return true }
            notes(text)
            next = end
        }
        return false
    }

    /// Where `word` next begins in `buffer[from..<to]` (memchr for its first byte, then the rest).
    static func find(_ word: [UInt8], in buffer: UnsafeRawBufferPointer, base: UnsafeRawPointer, from: Int, to: Int) -> Int? {
        guard let first = word.first else { return nil }
        var at = from
        while at + word.count <= to {
            guard let hit = memchr(base + at, Int32(first), to - at) else { return nil }
            let start = base.distance(to: UnsafeRawPointer(hit))
            guard start + word.count <= to else { return nil }
            if (1..<word.count).allSatisfy({ buffer[start + $0] == word[$0] }) { return start }
            at = start + 1
        }
        return nil
    }

    /// Holds a finding found without context until its detector's `promoteAt` distinct
    /// values are in the document; then reports them all.
    mutating func wait(_ event: FindingEvent, detector index: Int) {
        if waiting[index, default: []].count < Self.waitingLimit {
            waiting[index, default: []].append(event)
        } else if event.finding.confidence >= options.workedConfidence {
            deliver(event, index: index)
        }
        promoteIfEnough(index)
    }

    /// Reports a detector's waiting findings once the document holds `promoteAt` distinct
    /// values of it (those reported with context too), covering `promotedShare` of its text.
    mutating func promoteIfEnough(_ index: Int) {
        // (Nor in a document that says its people are made up: its names stay at low.)
        guard let events = waiting[index], !madeUpPeople else { return }
        let template = engine.templates[index]
        // (Or beside a special category's word anywhere in the document: `promoteWithSpecial`.)
        let enough = template.promoteAt.map { threshold in
            promotableSubjects[index, default: []].count >= threshold
                && Double(promotableBytes[index] ?? 0) >= Self.promotedShare * Double(max(1, earlierBytes + bytes))
        } ?? false
        guard enough || template.promoteWithSpecial && specialSeen else { return }
        waiting[index] = nil
        promoted.insert(index)
        let reportedAlready = reportedWhileWaiting.removeValue(forKey: index) ?? []
        for (position, var event) in events.enumerated() where !reportedAlready.contains(position) {
            event.finding.confidence = template.contextConfidence
            event.finding.explanation.context = template.promotedContext
            deliver(event, index: index)
        }
    }

    /// Counts a finding towards the document's risk (at `ScanOptions.countedConfidence` or
    /// above) and reports it (at `minConfidence` or above).
    mutating func deliver(_ event: FindingEvent, index: Int) {
        let detector = engine.templates[index]
        let counted = event.finding.confidence >= ScanOptions.countedConfidence
        if counted, detector.requiresIdentifiers, !specialSeen {
            specialSeen = true
            for waitingIndex in waiting.keys.sorted() where engine.templates[waitingIndex].promoteWithSpecial {
                promoteIfEnough(waitingIndex)
            }
        }
        if detector.requiresIdentifiers && tally.anchorFindings == 0 {
            if held.count < Self.heldLimit { held.append(event) } else { heldOverflow += 1 }
            if counted { tally.holdSpecial(detector, index: index) }
            return
        }
        if counted {
            tally.add(detector, index: index, subject: event.subject, anchors: event.anchors)
            if !event.place { tally.beyondPlace = true }
            if event.atWork { tally.atWork = true } else if !event.place { tally.beyondWork = true }
        }
        if counted, options.holdsPlaces, event.place, !tally.beyondPlace, placeHeld.count < Self.placeHeldLimit,
           placeHeldSubjects[index].map({ $0.count < 2 || $0.contains(event.subject) }) ?? true {
            placeHeldSubjects[index, default: []].insert(event.subject)
            placeHeld.append(event)
            return
        }
        if !placeHeld.isEmpty { releasePlaces(noOnes: false) }
        show(event)
        flushHeld()
    }

    /// Hands a finding to the sink if its confidence is shown (`ScanOptions.minConfidence`).
    mutating func show(_ event: FindingEvent) {
        guard event.finding.confidence >= options.minConfidence else { return }
        reported += 1
        sink(event)
    }

    /// Reports the place's findings that waited (`placeHeld`), in the order found; when they
    /// were all the document held (`noOnes`), at low confidence only.
    mutating func releasePlaces(noOnes: Bool) {
        let events = placeHeld
        placeHeld.removeAll()
        placeHeldSubjects.removeAll()
        for var event in events {
            if noOnes { event.finding.confidence = .low }
            show(event)
        }
    }

    mutating func flushHeld() {
        guard !held.isEmpty, tally.anchorFindings > 0 else { return }
        for event in held { show(event) }
        tally.releaseHeld()
        held.removeAll()
        heldOverflow = 0
    }

    mutating func finish() -> DocumentOutcome {
        // Findings that waited for a promotion that never came are reported as found, where
        // their confidence is shown.
        for index in waiting.keys.sorted() {
            let reportedAlready = reportedWhileWaiting[index] ?? []
            for (position, event) in (waiting[index] ?? []).enumerated()
            where !reportedAlready.contains(position) && event.finding.confidence >= options.workedConfidence {
                deliver(event, index: index)
            }
        }
        waiting.removeAll()
        waitingByGiven.removeAll()
        reportedWhileWaiting.removeAll()
        let suppressed = held.filter { $0.finding.confidence >= options.minConfidence }.count + heldOverflow
        held.removeAll()
        tally.dropHeld()
        let risk = RiskScorer.assess(tally, engine: engine)
        releasePlaces(noOnes: risk.level == .none)
        return DocumentOutcome(bytes: earlierBytes + bytes, findings: reported, risk: risk, suppressed: suppressed)
    }
}

/// The first byte of a Latin letter with an accent in UTF-8 (Latin-1 Supplement and Latin
/// Extended-A letters: "é", "ë", "ł", "ś"; not a quote's or a dash's E2, nor C2's spaces).
@inline(__always) func isLatinLetterLead(_ byte: UInt8) -> Bool { byte >= 0xC3 && byte <= 0xC5 }

/// What may stand between a name and a role named beside it: spaces, line breaks, a comma,
/// a colon, a bracket, a hyphen, and the UTF-8 bytes of an en or em dash (not a full stop:
/// the words looked at are the sentence's).
@inline(__always) func isRoleSeparator(_ byte: UInt8) -> Bool {
    switch byte {
    case 32, 9, 10, 13, 44, 58, 40, 45, 0xE2, 0x80, 0x93, 0x94: return true
    default: return false
    }
}

/// ASCII letters in small letters (other bytes as they are), as a String.
func lowerASCII<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
    // Written straight into the string's storage: a short word stays a small string, with no
    // array between (a lazily mapped view took Swift's slow path, thousands of instructions).
    String(unsafeUninitializedCapacity: bytes.count) { out in
        var count = 0
        for byte in bytes {
            out[count] = ContextKeyword.fold(byte)
            count += 1
        }
        return count
    }
}

@inline(__always) func isLetter(_ byte: UInt8) -> Bool {
    (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
}

@inline(__always) func isAlnum(_ byte: UInt8) -> Bool {
    (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
}
