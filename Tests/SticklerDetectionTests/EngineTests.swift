import SticklerCore
@testable import SticklerDetection
import SticklerTesting
import XCTest

final class EngineTests: DetectionTestCase {
    func scan(_ text: String, delimiter: UInt8? = nil, options: ScanOptions = ScanOptions()) throws -> (events: [FindingEvent], outcome: DocumentOutcome) {
        let scanner = try DocumentScanner(engine: engine, options: options)
        var events: [FindingEvent] = []
        let outcome = try scanner.scan(text: text, document: DocumentDescription(path: "doc", delimiter: delimiter)) { events.append($0) }
        return (events, outcome)
    }

    func testGeneratedIdentifiersOfEveryKindAreFoundWithContext() throws {
        var ids = Identifiers(seed: 1)
        var lines: [(String, String)] = []
        for _ in 0..<40 {
            lines.append(("uk_upn", "UPN: \(ids.upn())"))
            lines.append(("uk_upn", "temporary UPN \(ids.temporaryUPN())"))
            lines.append(("uk_uln", "ULN \(ids.uln())"))
            lines.append(("uk_nhs_number", "NHS number \(ids.nhsSpaced())"))
            lines.append(("uk_nhs_number", "NHS no: \(ids.nhs())"))
            lines.append(("uk_nino", "NI number \(ids.ninoSpaced())"))
            lines.append(("uk_utr", "UTR \(ids.utr())"))
            lines.append(("uk_passport", "Passport number \(ids.passport())"))
            lines.append(("uk_driving_licence", "Driving licence \(ids.drivingLicence(surname: "Hughes", day: 14, month: 3, year: 1985, initials: "OL", female: true))"))
            lines.append(("uk_postcode", "Address: Leeds \(ids.postcode())"))
            lines.append(("uk_phone", "Mobile: \(ids.mobile())"))
            lines.append(("uk_phone", "Tel: \(ids.landline())"))
            lines.append(("email", "Email: \(ids.email(given: "Olivia", family: "Hughes"))"))
            lines.append(("date_of_birth", "Date of birth: 14/03/2012"))
            lines.append(("payment_card", "Card number \(ids.cardSpaced())"))
            lines.append(("iban", "IBAN \(ids.iban())"))
            lines.append(("uk_bank_account", "Sort code \(ids.sortCode()) account number \(ids.accountNumber())"))
        }
        // (Each detector as found: a postcode or a landline alone is a place's in a scan.)
        var options = ScanOptions()
        options.holdsPlaces = false
        for (detector, line) in lines {
            let found = try scan(line + "\n", options: options).events.map(\.finding.detector)
            XCTAssertEqual(found, [detector], line)
        }
    }

    func testDecoysProduceNoFindings() throws {
        var decoys = Decoys(seed: 99)
        var documents = Documents(seed: 5)
        var text = ""
        for _ in 0..<3000 { text += decoys.line() + "\n" }
        for _ in 0..<20 { text += documents.lessonPlan() }
        let (events, outcome) = try scan(text)
        XCTAssertEqual(events.map { "\($0.finding.detector) line \($0.finding.location.line ?? 0)" }, [])
        XCTAssertEqual(outcome.risk.level, .none)
    }

    func testBareTenDigitNumbersAreLowConfidenceOnly() throws {
        let text = "Reference 4857773457 and 1234567899 were noted.\n"
        XCTAssertTrue(try scan(text).events.isEmpty)
        let low = try scan(text, options: ScanOptions(minConfidence: .low)).events
        XCTAssertFalse(low.isEmpty)
        XCTAssertTrue(low.allSatisfy { $0.finding.confidence == .low })
    }

    func testAValueAcrossAChunkBoundaryIsFound() throws {
        // Lines of varying length move the value across the boundary at every split point.
        var text = ""
        var expected = 0
        for index in 0..<2000 {
            text += String(repeating: "x", count: index % 53) + " NHS number: 485 777 3457 end\n"
            expected += 1
        }
        let options = ScanOptions(chunkSize: 4096)
        let (events, _) = try scan(text, options: options)
        XCTAssertEqual(events.count, expected)
        XCTAssertTrue(events.allSatisfy { $0.finding.detector == "uk_nhs_number" && $0.finding.confidence == .high })
        // Lines are counted across chunks too.
        XCTAssertEqual(events.last?.finding.location.line, 2000)
        XCTAssertEqual(Set(events.map(\.finding.location.line)).count, 2000)
    }

    /// A supplier list and a staff directory name people at work: their names and contact
    /// details (and a supplier's bank details) are reported at low only. A table of the same staff with their absences is
    /// about them, and a list of pupils beside an employer is theirs.
    func testAPluralTitleNamesItsColumnsData() throws {
        var ids = Identifiers(seed: 72)
        let table = "| Date | Opponent | Parent drivers (names + mobiles) |\n|---|---|---|\n"
            + "| 12 Oct | Hollins | Mr Steve Holroyd \(ids.mobile()), Mrs Anita Kaur \(ids.mobile()) |\n"
        let phones = try scan(table, delimiter: 124).events.filter { $0.finding.detector == "uk_phone" }
        XCTAssertEqual(phones.count, 2)
        XCTAssertTrue(phones.allSatisfy { $0.finding.confidence == .high }, "\(phones.map { ($0.finding.confidence, $0.finding.explanation.context ?? "-") })")
        XCTAssertEqual(TableHeader.singular("Parent drivers (names + mobiles)"), "parent driver name mobile")
        XCTAssertNil(TableHeader.singular("Class list"))
    }

    func testAMadeUpPersonsRowAndLineAreNoOnes() throws {
        let template = "Forename,Surname,DOB (dd/mm/yyyy),UPN,Year\nJoe,Bloggs,01/01/2012,A000000000000,7\n"
            + "Olivia,Hughes,03/01/2012,A000000000000,7\n"
        let dates = try scan(template, delimiter: 44).events.filter { $0.finding.detector == "date_of_birth" }
        XCTAssertEqual(dates.count, 1, "only the real pupil's row")
        let lesson = "Quiz example: Name: Joe Bloggs, Date of birth: 01/01/2000\nName: A. N. Other, DOB: 14/03/2011"
        XCTAssertTrue(try scan(lesson).events.filter { $0.finding.detector == "date_of_birth" }.isEmpty)
        let guide = "Worked example (dummy record):\nPupil name .......... Joe Bloggs\nDate of birth ....... 01/01/2015\n"
        XCTAssertTrue(try scan(guide).events.filter { $0.finding.detector == "date_of_birth" }.isEmpty)
    }

    func testBusinessContactsAreAtWorkAndStaffInTheirPostsAtLowRisk() throws {
        var ids = Identifiers(seed: 71)
        var suppliers = "Supplier,Service,Contact,Phone,Email,Contract end,Sort code,Account no\n"
        var directory = "Area,Contact,Email,Extension\n"
        var absences = "Staff,Role,Episodes,Days,Reasons\n"
        var placements = "Employer,Student,Form,Mobile\n"
        for (index, name) in ["Gemma Holroyd", "Tunde Bakare", "Harriet Lumb", "Deborah Ackroyd"].enumerated() {
            let parts = name.split(separator: " ").map(String.init)
            suppliers += "Dales Fresh \(index) Ltd,Fruit,\(name),\(ids.landline()),\(ids.email(given: parts[0], family: parts[1])),31/08/2025,"
                + "\(ids.sortCode()),\(ids.accountNumber())\n"
            directory += "\(["Business Manager", "Catering Manager", "Librarian", "Headteacher"][index]),\(name),\(ids.email(given: parts[0], family: parts[1])),20\(index)\n"
            absences += "\(name),Teacher of English,3,20,Cancer treatment - phased return\n"
            placements += "Calder Motors \(index) Ltd,\(name),10K,\(ids.mobile())\n"
        }
        // A business's contacts are no one's; staff in their posts are people, at low risk.
        let (events, outcome) = try scan(suppliers, delimiter: 44)
        XCTAssertTrue(events.isEmpty, "a supplier list")
        XCTAssertEqual(outcome.risk.level, .none, "a supplier list")
        let low = try scan(suppliers, delimiter: 44, options: ScanOptions(minConfidence: .low)).events
        XCTAssertTrue(low.contains { $0.finding.detector == "email" && $0.finding.confidence == .low }, "a supplier's e-mail")
        XCTAssertTrue(low.contains { $0.finding.detector == "uk_bank_account" && $0.finding.confidence == .low }, "a supplier's bank details")
        let staff = try scan(directory, delimiter: 44)
        XCTAssertTrue(staff.events.contains { $0.finding.detector == "email" }, "a staff directory's e-mail addresses")
        XCTAssertEqual(staff.outcome.risk.level, .low, "a staff directory")
        XCTAssertTrue(staff.outcome.risk.reasons.contains(RiskScorer.atWorkReason))
        XCTAssertEqual(try scan(absences, delimiter: 44).events.filter { $0.finding.detector.hasPrefix("person_name") }.count, 4)
        XCTAssertGreaterThanOrEqual(try scan(placements, delimiter: 44).outcome.risk.level, .medium)
    }

    /// A column of costs beside names is a stock list's, unless the table names a special
    /// category: an SEN provision map's pupils with their needs and what their provision costs.
    func testAProvisionMapsCostsLeaveItsPupilsNamed() throws {
        var csv = "Name,Year,SEN stage,Primary need,Provision,Cost\n"
        for name in ["Florence Thompson", "Leo Okafor", "Amara Hill", "Jack Nowak"] { csv += "\(name),4,SEN Support,ASD,1:1 TA,450\n" }
        let (events, outcome) = try scan(csv, delimiter: 44)
        XCTAssertEqual(events.filter { $0.finding.detector.hasPrefix("person_name") }.count, 4)
        XCTAssertGreaterThanOrEqual(outcome.risk.level, .high)
        XCTAssertTrue(try scan("Title,Author,ISBN,Cost\nThe Hobbit,Olivia Hughes,9780261102217,6.99\n", delimiter: 44).events
            .filter { $0.finding.detector.hasPrefix("person_name") }.isEmpty, "a book list's author is no one's")
    }

    /// A training deck's practice record ("Pupil | Test Pupil") is no table of pupils.
    func testAPlaceholderPersonIsNoColumnTitle() throws {
        let (events, _) = try scan("Pupil,Test Pupil\nForm,7X\nCollected by,Test Parent\nReason,Dentist\n", delimiter: 44)
        XCTAssertTrue(events.filter { $0.finding.category == .personal }.isEmpty)
    }

    func testColumnHeadersGiveContextToEveryCell() throws {
        var ids = Identifiers(seed: 3)
        var csv = "Surname,Forename,NHS Number,UPN\n"
        for index in 0..<30 { csv += "Hughes\(index > 100 ? "x" : ""),Olivia,\(ids.nhs()),\(ids.upn())\n" }
        let (events, outcome) = try scan(csv, delimiter: 44)
        let byDetector = Dictionary(grouping: events, by: \.finding.detector)
        XCTAssertEqual(byDetector["uk_nhs_number"]?.count, 30)
        XCTAssertEqual(byDetector["uk_upn"]?.count, 30)
        XCTAssertEqual(byDetector["person_name"]?.count, 30)
        XCTAssertTrue(byDetector["uk_nhs_number"]!.allSatisfy { $0.finding.confidence == .high && $0.finding.location.column == "NHS Number" })
        XCTAssertEqual(byDetector["person_name"]?.first?.finding.redacted, "H••••• O•••••")
        XCTAssertEqual(outcome.risk.level, .high)
    }

    /// An export without a header row ("20451|Kowalczyk|Amelia|F|14/03/2013|7KC"): a column of
    /// given names beside a column of surnames are name columns; every row, the first too, is data.
    func testAHeaderlessExportsNameColumnsAreInferred() throws {
        let rows = ["20451|Kowalczyk|Amelia|F|14/03/2013|7KC", "20452|Hughes|Oliver|M|02/11/2012|7KC",
                    "20453|Begum|Ayesha|F|21/06/2013|7KC", "20454|Nowak|Jakub|M|09/09/2012|7KC",
                    "20455|Okafor|Chidi|M|30/01/2013|7KC"]
        let names = try scan(rows.joined(separator: "\n") + "\n", delimiter: 124).events.filter { $0.finding.detector == "person_name" }
        XCTAssertEqual(names.map(\.finding.location.line), [1, 2, 3, 4, 5])
        XCTAssertEqual(names.first?.finding.location.column, "Surname, Forename")
        // Shorter than the rows tried for a header, and a record the rules would read titles in ("STUDENT").
        let short = "PATRON|210408|MOYO|Hamza|8HA|STUDENT|12hmoyo@example.sch.uk\nPATRON|386472|REID|Olivia|9KU|STUDENT|10oreid@example.sch.uk\n"
        XCTAssertEqual(try scan(short, delimiter: 124).events.filter { $0.finding.detector == "person_name" }.count, 2)
        // Full names in one column.
        let full = "1,Amelia Kowalczyk,7KC\n2,Oliver Hughes,7KC\n3,Ayesha Begum,7KC\n4,Jakub Nowak,7KC\n"
        XCTAssertEqual(try scan(full, delimiter: 44).events.filter { $0.finding.location.column == "Name" }.count, 4)
        // A bank's bulk payment file: sort codes beside account numbers.
        let payments = "771485,48164067,R ROBERTS,30.00,BURSARY 2416113,99\n040004,90506372,O MASON,120.00,BURSARY 2427457,99\n"
            + "070029,47208561,S MASON,60.00,BURSARY 2327299,99\n"
        let accounts = try scan(payments, delimiter: 44).events.filter { $0.finding.detector == "uk_bank_account" }
        XCTAssertEqual(accounts.map(\.finding.location.column), ["Sort code", "Sort code", "Sort code"])
        // No column of names: a stock list, a colour chart, a timetable.
        for clean in ["1,Stapler,Box of 10\n2,Pencils,HB\n3,Rulers,30cm\n4,Glue,Stick\n",
                      "Red,Rose,Ruby\nGreen,Ivy,Fern\nBlue,Sky,Navy\nYellow,Amber,Lemon\n",
                      "Mon,09:00,Maths,Room 4\nTue,10:00,English,Room 2\nWed,11:00,Science,Lab 1\nThu,09:00,History,Room 7\n"] {
            XCTAssertEqual(try scan(clean, delimiter: 44).events.filter { $0.finding.category == .personal }.count, 0, clean)
        }
    }

    /// A class list an MIS printed to a text file, its columns aligned by spaces: each cell is
    /// read under the title that begins where it does, an empty UPN cell, an accented name and
    /// a surname that fills its column included, whatever size the chunks are read in.
    /// Rounds 658 and 659: a SEEMIS report's parameters under its banner ("PERIOD: … THRESHOLD:
    /// …", whatever their places) are no header; a SIMS extract's titles fill their columns one
    /// space apart, and its first row's UPN stands one space from the surname.
    func testReportParametersAndTitlesThatFillTheirColumns() throws {
        let seemis = "ST COLUMBA'S HIGH SCHOOL                    SEEMIS ATTENDANCE EXCEPTION REPORT        PAGE 1\n"
            + "PERIOD: 19/08/2024 - 20/12/2024            THRESHOLD: BELOW 85%\n\n"
            + "SURNAME         FORENAME     REG   DOB         POSS  ATT\n"
            + "--------------- ------------ ----- ----------- ----- -----\n"
            + "ADEYEMI         FRASER       6T3   23/05/2009    161    93\n"
            + "NWOSU           PRIYA        2L2   20/05/2011    157   126\n"
            + "MORRISON        SANDEEP      5L3   08/11/2009    156   121\n"
        let events = try scan(seemis, delimiter: FixedWidthLine.delimiter, options: ScanOptions(reveal: true)).events
        XCTAssertEqual(events.filter { $0.finding.detector == "person_name" }.compactMap(\.value), ["ADEYEMI FRASER", "NWOSU PRIYA", "MORRISON SANDEEP"])
        XCTAssertEqual(events.filter { $0.finding.detector == "date_of_birth" }.count, 3)
        let census = "UPN           SURNAME       FORENAME    SEX DOB        SEN PRIMARY SECOND FSM\n"
            + "M330058911060 OKONKWO       Chidera     F   2012-11-09 E   PMLD    PD     Y\n"
            + "N330996113281 HUSSAIN       Ibrahim     M   2014-02-14 E   ASD     SLCN   Y\n"
            + "X330084690956 RASHID        Zainab      F   2013-07-21 E   PMLD    MSI    Y\n"
        let rows = try scan(census, delimiter: FixedWidthLine.delimiter, options: ScanOptions(reveal: true)).events
        XCTAssertEqual(rows.filter { $0.finding.detector == "person_name" }.compactMap(\.value), ["OKONKWO Chidera", "HUSSAIN Ibrahim", "RASHID Zainab"])
        XCTAssertEqual(rows.filter { $0.finding.detector == "date_of_birth" }.count, 3)
        let upns = rows.filter { $0.finding.detector == "uk_upn" }
        XCTAssertEqual(upns.count, 3)
        XCTAssertTrue(upns.allSatisfy { $0.finding.confidence == .high })
    }

    /// Round 661: a list's heading gives its items their context ("NHS numbers (for health
    /// visitor)" over "Name – number" lines); a line of prose under a heading takes none.
    func testAListsHeadingIsItsItemsContext() throws {
        let list = "Rhifau GIG / NHS numbers (for health visitor)\nGruffydd ap Rhys - 646 446 9118\nKiera Jenkins - 821 008 7665\n"
        let events = try scan(list, options: ScanOptions(reveal: true)).events
        XCTAssertEqual(events.filter { $0.finding.detector == "uk_nhs_number" }.compactMap(\.value), ["646 446 9118", "821 008 7665"])
        let prose = "Following the pupil vote, our houses are named after Mary Seacole and\nTuring, Noor Inayat Khan and Walter Tull.\n"
        let named = try scan(prose, options: ScanOptions(reveal: true)).events.filter { $0.finding.confidence > .low }
        XCTAssertTrue(named.isEmpty, "\(named.map { ($0.finding.detector, $0.value ?? "") })")
    }

    func testAReportInSpaceAlignedColumnsIsReadByItsTitles() throws {
        var ids = Identifiers(seed: 8)
        func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(1, width - text.count)) }
        // (A banner of words the rules know, "Year 4", does not line up with the lines under it.)
        var report = "OAKFIELD PRIMARY SCHOOL - CLASS LIST   Year 4   Printed 12/03/2025 09:14\n"
            + "Class 4H                                   Page 1 of 1\n\n"
            + pad("Surname", 17) + pad("Forename", 15) + pad("DOB", 12) + pad("NHS Number", 14) + "Notes\n"
            + pad("---------------", 17) + pad("-------------", 15) + pad("----------", 12) + pad("----------", 14) + "-----\n"
        let people = [("Abbott", "Harry"), ("Featherstonehaug", "Mia"), ("Brontë", "Zoë"), ("O'Connor", "Niamh")]
        for (index, person) in people.enumerated() {
            let nhs = index == 2 ? "" : ids.nhs() // an empty cell: the columns after it stay in place
            report += pad(person.0, 17) + pad(person.1, 15) + pad("0\(index + 1)/02/2015", 12) + pad(nhs, 14) + "asthma\n"
        }
        // A footer that puts a word under "Forename" is no row (round 726's "Lates    Page 1 of 1").
        report += "SIMS.net  Reports   Page 1 of 1\n"
        for chunkSize in [64, 1 << 20] {
            let events = try scan(report, delimiter: FixedWidthLine.delimiter, options: ScanOptions(chunkSize: chunkSize)).events
            let names = events.filter { $0.finding.detector == "person_name" }
            XCTAssertEqual(names.map(\.finding.location.column), Array(repeating: "Surname, Forename", count: 4), "chunks of \(chunkSize)")
            XCTAssertEqual(names.map(\.finding.redacted), ["A••••• H••••", "F•••••••• M••", "B••••• Z••", "O••••••• N••••"])
            let births = events.filter { $0.finding.detector == "date_of_birth" }
            XCTAssertEqual(births.count, 4)
            XCTAssertTrue(births.allSatisfy { $0.finding.confidence == .high && $0.finding.location.column == "DOB" })
            let nhs = events.filter { $0.finding.detector == "uk_nhs_number" }
            XCTAssertEqual(nhs.map(\.finding.location.column), ["NHS Number", "NHS Number", "NHS Number"])
        }
        let fields = FixedWidthLine.fields(Array("Featherstonehaug Mia  01/02/2015".utf8), columns: [0, 17, 32])
        XCTAssertEqual(fields.map(\.place), [0, 17, 22], "a field begins at a column's place after one space")

        // Titles as wide as their columns, one space apart ("Cand No Candidate Name"): split
        // where the lines under them begin their fields.
        var clash = "Cand No Candidate Name            Reg   Date\n" + "------- --------------            ---   ----\n"
        for (number, name) in [("4009", "CROSSLEY Louis"), ("4094", "ILLINGWORTH Mollie"), ("4013", "NOWAK Oliwia")] {
            clash += pad(number, 8) + pad(name, 26) + pad("11K", 6) + "04/06/2025\n"
        }
        let clashNames = try scan(clash, delimiter: FixedWidthLine.delimiter).events.filter { $0.finding.detector == "person_name" }
        XCTAssertEqual(clashNames.map(\.finding.location.column), Array(repeating: "Candidate Name", count: 3))

        // Notes typed under the report after a blank line are prose, under no column ("DOB"
        // would veto a phone number); rows that line up again resume the report.
        var notes = pad("SCN", 13) + pad("Name", 26) + pad("DOB", 13) + "Course\n" + pad("---", 13) + pad("----", 26) + pad("---", 13) + "------\n"
        for (name, date) in [("Ailsa Buchanan", "17/04/2008"), ("Fraser Kerr", "03/12/2007"), ("Eilidh Campbell", "22/08/2008")] {
            notes += pad("153982604", 13) + pad(name, 26) + pad(date, 13) + "Higher English\n"
        }
        notes += "\nHome contact for absence on exam day:\nBuchanan - mum 07700 900130\nKerr - 0131 496 0732\n\n"
            + pad("153982604", 13) + pad("Rory MacLeod", 26) + pad("11/06/2008", 13) + "Higher History\n"
        let noted = try scan(notes, delimiter: FixedWidthLine.delimiter).events
        XCTAssertEqual(noted.filter { $0.finding.detector == "uk_phone" }.map(\.finding.location.column), [nil, nil])
        XCTAssertEqual(noted.filter { $0.finding.detector == "date_of_birth" }.map(\.finding.location.column), Array(repeating: "DOB", count: 4))
    }

    /// A name that a newsletter's line wrap splits is found whole and shown on one line.
    func testANameALineWrapSplitsIsFoundWhole() throws {
        let text = "Following the call from the social worker, please make sure Zofia\nWiśniewska in Year 2 is only ever released to her grandmother.\n"
        let names = try scan(text).events.filter { $0.finding.detector == "person_name_in_year" }
        XCTAssertEqual(names.map(\.finding.redacted), ["Z•••• W••••••••"])
        // In running text too; but a form's label and its answer on the next line are no wrap.
        let email = "Thanks for sorting out the swaps. Just so you know why: Bernadette\nO'Sullivan-Reyes is off for at least two weeks after her hysterectomy.\n"
        XCTAssertEqual(try scan(email).events.filter { $0.finding.detector == "person_name_prose" }.map(\.finding.redacted), ["B•••••••• O••••••••"])
        let form = "Child\tHafsa\nMedicine\tCalpol 5ml at 11.00 (asthma)\nChild: Hafsa\nAllergies noted by mum: eczema, asthma inhaler\n"
        XCTAssertTrue(try scan(form).events.filter { $0.finding.redacted.hasPrefix("H•••• M") || $0.finding.redacted.hasPrefix("H•••• A") }.isEmpty)
    }

    /// A column titled with the people's post in a record of their identifiers or pay (an
    /// exams office's invigilators' payroll) holds their names.
    func testAPayrollsPostColumnHoldsNames() throws {
        var ids = Identifiers(seed: 9)
        let csv = "Invigilator,Address,Postcode,NI Number,Rate\nMargaret Ellison,\"22 Beech Avenue, Harrogate\",HG2 7LE,\(ids.nino()),11.44\n"
        let names = try scan(csv, delimiter: 44).events.filter { $0.finding.category == .personal && $0.finding.location.column == "Invigilator" }
        XCTAssertEqual(names.map(\.finding.redacted), ["M••••••• E••••••"])
        // An invigilation rota of names alone is no record of them.
        let rota = try scan("Date,Room,Invigilator\n12/05/2025,Hall,Margaret Ellison\n", delimiter: 44).events
        XCTAssertTrue(rota.filter { $0.finding.location.column == "Invigilator" }.isEmpty)
    }

    /// A report in sections separated by blank lines (a Teams attendance report: a summary,
    /// then "2. Participants" and its own header; a Zoom export: the meeting, then its
    /// participants): each section is read under its own header, and a later header's titles
    /// are no one's name.
    func testAReportsSectionsHaveTheirOwnHeaders() throws {
        let teams = "1. Summary\nMeeting title\tY11 Maths revision\nAttended participants\t3\nStart time\t3/4/25, 3:30:05 PM\n"
            + "End time\t3/4/25, 4:32:40 PM\nMeeting duration\t1h 2m\n\n2. Participants\n"
            + "Name\tFirst Join\tLast Leave\tEmail\tRole\n"
            + "Rohan Beaumont\t3/4/25, 3:31:30 PM\t3/4/25, 4:32:40 PM\t20rbeaumont@example.sch.uk\tAttendee\n"
            + "Lily Crowther\t3/4/25, 3:32:39 PM\t3/4/25, 4:32:40 PM\t20tcrowther@example.sch.uk\tAttendee\n"
        let events = try scan(teams, delimiter: 9, options: ScanOptions(minConfidence: .low)).events
        let names = events.filter { $0.finding.category == .personal }
        XCTAssertEqual(names.map(\.finding.location.column), ["Name", "Name"], "\(names.map(\.finding.redacted))")
        XCTAssertEqual(events.filter { $0.finding.detector == "email" }.map(\.finding.location.column), ["Email", "Email"])
        let zoom = "Meeting ID,Topic,Start Time,User Email,Participants\n845 1236 7890,Y11 revision,03/13/2025 04:00 PM,host@example.sch.uk,3\n\n"
            + "Name (Original Name),User Email,Join Time,Leave Time\nRuby Obi,20robi@example.sch.uk,03/13/2025 04:09 PM,03/13/2025 05:00 PM\n"
            + "Grace Brennan,20gbrennan@example.sch.uk,03/13/2025 04:12 PM,03/13/2025 05:00 PM\n"
        let people = try scan(zoom, delimiter: 44).events.filter { $0.finding.category == .personal }
        XCTAssertEqual(people.map(\.finding.location.column), ["Name (Original Name)", "Name (Original Name)"])
        XCTAssertTrue(people.allSatisfy { $0.finding.confidence == .high })
    }

    /// A markbook printed to PDF (a document's table, read as a form's unless its first row
    /// reads as a header): "Student | Reg | Target | A1 | A2" is a header, its codes with
    /// digits titles, not values; "Class | 4B" stays a form's row.
    func testAMarkbooksCodesAreTitles() throws {
        let markbook = "Student\tReg\tTarget\tA1\tA2\nHaworth, Connor\t10C\t6\t65\t34\nKaur, Grace\t10C\t6\t65\t34\n"
            + "Begum, Keira\t10W\t5\t60\t41\n"
        let scanner = try DocumentScanner(engine: engine, options: ScanOptions())
        var events: [FindingEvent] = []
        _ = try scanner.scan(text: markbook, document: DocumentDescription(path: "doc", delimiter: 9, formLike: true)) { events.append($0) }
        XCTAssertEqual(events.filter { $0.finding.detector == "person_name" }.map(\.finding.location.column), ["Student", "Student", "Student"])
        XCTAssertFalse(TableHeader.holdsValueDigits("A1"))
        XCTAssertFalse(TableHeader.holdsValueDigits("Autumn 1"))
        XCTAssertFalse(TableHeader.holdsValueDigits("KS2"))
        XCTAssertTrue(TableHeader.holdsValueDigits("4B"))
        // A range of periods is a title (round 1066's "P1-2 | P3-5"); a date range is not.
        XCTAssertFalse(TableHeader.holdsValueDigits("P1-2"))
        XCTAssertFalse(TableHeader.holdsValueDigits("P3-5"))
        XCTAssertTrue(TableHeader.holdsValueDigits("12-03-2025"))
        // A sleep chart's checks and times are titles; money is not.
        XCTAssertFalse(TableHeader.holdsValueDigits("Check 10m"))
        XCTAssertFalse(TableHeader.holdsValueDigits("12:50"))
        XCTAssertFalse(TableHeader.holdsValueDigits("20 mins"))
        XCTAssertTrue(TableHeader.holdsValueDigits("12.50"))
        XCTAssertTrue(TableHeader.holdsValueDigits("14/03/2025"))
        XCTAssertTrue(TableHeader.holdsValueDigits("Room 101"))
        XCTAssertFalse(TableHeader.holdsValueDigits("Interview /20"), "a mark's maximum")
        XCTAssertFalse(TableHeader.holdsValueDigits("Paper 1 (/80)"))
        XCTAssertTrue(TableHeader.holdsValueDigits("15/20"))
        // An interview panel's sheet: the candidate's cell holds a second paragraph, a label and its value.
        let panel = "Candidate\tLesson obs /10\tInterview /20\tPanel notes\n"
            + "Ms Hannah Whitcombe Current: Chellaston Academy\t9\t11\tStrong lesson\n"
            + "Mr Adeel Farooq Current: Nottingham Trent PGCE\t4\t17\tGood subject knowledge\n"
        var panelEvents: [FindingEvent] = []
        _ = try scanner.scan(text: panel, document: DocumentDescription(path: "doc", delimiter: 9, formLike: true)) { panelEvents.append($0) }
        let candidates = panelEvents.filter { $0.finding.detector == "person_name" }
        XCTAssertEqual(candidates.map(\.finding.redacted), ["Ms H••••• W••••••••", "Mr A•••• F•••••"])
    }

    /// A document's table whose first row has one title the rules know among short ones ("Room
    /// | Guest | M/F | Date of birth") is a list, its titles context for every row; one of a
    /// board's members ("Governor") is public names, unless ethnicity or religion columns say
    /// more about each of them (a skills audit's returns).
    func testListHeadersAndABoardsColumns() throws {
        let scanner = try DocumentScanner(engine: engine, options: ScanOptions())
        let rooming = "Room\tGuest\tM/F\tDate of birth\n201\tPRICE Mikolaj\tM\t14/01/2011\n202\tDUCHAMP Aryan\tM\t12/06/2011\n"
            + "203\tABERNETHY Martha\tF\t24/07/2011\n"
        var events: [FindingEvent] = []
        _ = try scanner.scan(text: rooming, document: DocumentDescription(path: "doc", delimiter: 9, formLike: true)) { events.append($0) }
        XCTAssertEqual(events.filter { $0.finding.detector == "date_of_birth" }.count, 3)
        let register = "Governor\tCategory\tMeetings attended\nRobert Okoro-Hale\tCo-opted\t5 of 6\nSiobhan Mulcahy\tParent\t6 of 6\n"
        let audit = "Governor\tFinance\tEthnicity\tReligion\nRobert Okoro-Hale\t3\tBlack British - African\tChristian\n"
            + "Siobhan Mulcahy\t2\tWhite Irish\tRoman Catholic\n"
        var names: [[String]] = []
        for text in [register, audit] {
            var found: [FindingEvent] = []
            _ = try scanner.scan(text: text, document: DocumentDescription(path: "doc", delimiter: 9)) { found.append($0) }
            names.append(found.filter { $0.finding.category == .personal }.map(\.finding.redacted))
        }
        XCTAssertEqual(names, [[], ["R••••• O••••••••", "S•••••• M••••••"]])
    }

    /// An exam seating plan's grid ("1193 KAUR E" in every cell, no header naming them) is read
    /// cell by cell: four candidates make a plan; one in a letter's text is none.
    func testAnExamSeatingPlansDesks() throws {
        let plan = "Seat\tCol A\tCol B\tCol C\nRow 1\t1193 KAUR E\t2176 BOOTH P\t3793 JAGGER C\nRow 2\t1257 POPESCU M\t2425 BEGUM M\t4000 FITZGERALD R\n"
        let seats = try scan(plan, delimiter: 9).events.filter { $0.finding.detector == "person_name_exam_seat" }
        XCTAssertEqual(seats.count, 6)
        XCTAssertEqual(seats.first?.finding.redacted, "K••• E••", "the name, not the candidate number")
        XCTAssertEqual(try scan("Please move 1193 KAUR E to the front.\n").events.filter { $0.finding.detector == "person_name_exam_seat" }.count, 0)
        // A banner and an untitled first column, as a spreadsheet's plan has them: its grid's
        // columns ("Col A") are read after the header too.
        let grid = "Y11 Mock Exams - Sports Hall\n\tCol A\tCol B\nRow 1\t1193 KAUR E\t2176 BOOTH P\nRow 2\t1257 POPESCU M\t2425 BEGUM M\n"
            + "Row 3\t1262 CLEGG T\t2429 CROWTHER T\n"
        XCTAssertEqual(try scan(grid, delimiter: 9).events.filter { $0.finding.detector == "person_name_exam_seat" }.count, 6)
        // A grid with no header at all: its first row is desks too.
        let bare = "1193 KAUR E\t2176 BOOTH P\t3793 JAGGER C\n1257 POPESCU M\t2425 BEGUM M\t4000 FITZGERALD R\n"
        XCTAssertEqual(try scan(bare, delimiter: 9).events.filter { $0.finding.detector == "person_name_exam_seat" }.count, 6)
        XCTAssertTrue(["", "Col A", "B", "12", "A1", "Desk 4", "Seat 12", "Row 1"].allSatisfy(TableHeader.isGridTitle))
        XCTAssertFalse(["UPN", "Surname", "Col UPN", "Class 7B", "DOB"].contains(where: TableHeader.isGridTitle))
    }

    /// A label with its own value on its line ("DOB 01/03/2010" in a chronology's title) is
    /// no context for a date on a later line ("12/09/2024 Bruise noticed").
    func testALabelsOwnValueKeepsItsContext() throws {
        let text = "Safeguarding chronology - Bailey Chadwick - 10C - DOB 01/03/2010\n\n12/09/2024 Bruise to left cheek.\n"
        let births = try scan(text, options: ScanOptions(minConfidence: .low)).events.filter { $0.finding.detector == "date_of_birth" }
        XCTAssertEqual(births.map(\.finding.location.line), [1])
        let label = "Date of birth:\n14/03/2015\n"
        XCTAssertEqual(try scan(label).events.filter { $0.finding.detector == "date_of_birth" }.count, 1, "a label above its value")
    }

    /// A name whose first letter is beyond ASCII is found wherever it stands, not only at
    /// the start of a file: the literal trigger "Ștefan " begins the value at its first byte.
    func testANameBeginningWithAnAccentedCapitalIsFoundMidText() throws {
        let letter = "Dear parent,\n\nȘtefan Mureșan (clasa 5W) has 78% attendance.\nŁukasz Wójcik (7B) was late.\n"
        let names = try found(letter)
        XCTAssertNotNil(names["Ștefan Mureșan"], "\(names)")
        XCTAssertNotNil(names["Łukasz Wójcik"], "\(names)")
    }

    /// A headerless markbook whose second row begins with a name that is also a thing's
    /// ("Ruby | Evans | 16 | ... | SEN K") is data, not the header of the rows below it.
    func testAHeaderlessMarkbooksRowBeginningWithRubyIsData() throws {
        let sheet = "Hodan,Sharma,14,Strong structure,Spelling,PP\nRuby,Evans,16,Strong structure,Vary sentences,SEN K\n"
            + "Nneka,Murphy,17,Strong structure,Vary sentences,PP\n"
        let names = try scan(sheet, delimiter: 44).events.filter { $0.finding.category == .personal }.map(\.finding.redacted)
        XCTAssertEqual(names, ["H•••• S•••••", "R••• E••••", "N•••• M•••••"])
    }

    /// A history display's table of lives ("Monarch | Born | Reigned | Died") gives no one's
    /// birth date, the living monarch's included; a class list's "Born" column still does.
    func testATableOfLivesGivesNoBirthDates() throws {
        let lives = "Monarch,Born,Reigned,Died\nElizabeth II,21/04/1926,1952-2022,08/09/2022\nCharles III,14/11/1948,2022-,\n"
        XCTAssertFalse(try scan(lives, delimiter: 44, options: ScanOptions(minConfidence: .low)).events
            .contains { $0.finding.detector == "date_of_birth" })
        let pupils = "Name,Born,Class\nOlivia Hughes,14/03/2015,4B\nJack Smith,02/05/2015,4B\n"
        XCTAssertEqual(try scan(pupils, delimiter: 44).events.filter { $0.finding.detector == "date_of_birth" }.count, 2)
    }

    /// A table of the dead's whole lives ("Name | Born | Died | Edinburgh address") names no
    /// one living and gives no one's address; a library's "Author | Born | Title | ISBN" gives
    /// no birth date; a bereavement list's "Pupil | Relative | Date of death" still names its pupils.
    func testATableOfWholeLivesAndACataloguesAuthorsGiveNothing() throws {
        let lives = "| Name | Born | Died | Edinburgh address |\n|---|---|---|---|\n"
            + "| Sophia Jex-Blake | 21/01/1840 | 07/01/1912 | 15 Buccleuch Place, Edinburgh EH8 9LN |\n"
        XCTAssertEqual(try scan(lives, delimiter: 124).events.map(\.finding.detector), [])
        let catalogue = "Author,Born,Title,ISBN\nIan Rankin,28/04/1960,Knots and Crosses,9780752883533\n"
        XCTAssertFalse(try scan(catalogue, delimiter: 44).events.contains { $0.finding.detector == "date_of_birth" })
        let bereavement = "Pupil,Relative,Date of death\nOlivia Hughes,Grandfather,03/02/2025\nJack Smith,Father,11/12/2024\n"
        XCTAssertEqual(try scan(bereavement, delimiter: 44).events.filter { $0.finding.detector.hasPrefix("person_name") }.count, 2)
    }

    /// An inventory's serial numbers ("Serial no") are no one's phone numbers; a cited author
    /// with a quoted title and its year ("Jane Horwood, 'Sensory Circuits' (LDA, 2009)") is no
    /// person the document is about.
    func testASerialNumberAndACitedAuthorAreNoOnes() throws {
        let inventory = "Asset tag,Item,Serial no,Purchased\nHV-0302,Mobile hoist,1736540921,02/06/2020\n"
        XCTAssertEqual(try scan(inventory, delimiter: 44, options: ScanOptions(minConfidence: .low)).events.map(\.finding.detector), [])
        let plan = "Sensory circuit plan\nReference: Jane Horwood, 'Sensory Circuits' (LDA, 2009).\n"
        XCTAssertEqual(try scan(plan).events.map(\.finding.detector), [])
    }

    /// A new arrival's form in its family's script: a capitalised label in Ukrainian gives a
    /// date of birth its context (keywords match ASCII caselessly, so a Cyrillic one also in
    /// its capitalised form), and a name in Cyrillic or Arabic after a label is a name.
    func testLabelsAndNamesInCyrillicAndArabic() throws {
        let form = "Дата народження: 12.05.2013\nName: Лисенко Катерина\nالاسم: يوسف الخطيب\n"
        let detectors = try scan(form).events.map(\.finding.detector)
        XCTAssertTrue(detectors.contains("date_of_birth"), "\(detectors)")
        XCTAssertEqual(detectors.filter { $0 == "person_name_labelled_script" }.count, 2, "\(detectors)")
        XCTAssertEqual(KeywordPattern.withCapitals(["дата народження", "dob"]), ["дата народження", "dob", "Дата народження"])
    }

    /// A name typed in small letters into a form's name column ("ruby-jean platt" under
    /// "Full name") is a name; an answer that is no name ("nobody really", "ollie and sam") is not.
    func testANameTypedInSmallLettersUnderANameColumn() throws {
        let form = "Timestamp,Full name,Form\n19/09/2024 10:01,ruby-jean platt,7K\n19/09/2024 10:02,nobody really,7K\n"
            + "19/09/2024 10:03,ollie and sam,7P\n"
        let names = try scan(form, delimiter: 44).events.filter { $0.finding.detector.hasPrefix("person_name") }
        XCTAssertEqual(names.count, 1, "\(names.map(\.finding.detector))")
        XCTAssertEqual(PersonName.capitalisedTypedName("ruby-jean platt"), "Ruby-Jean Platt")
        XCTAssertNil(PersonName.capitalisedTypedName("nobody really"))
    }

    /// No one living: a labelled parent marked deceased, a safeguarding system's categories
    /// under "name", a fairy tale's child on a role-play form, a saint's canonisation after her
    /// birth; a labelled pupil still is someone.
    func testTheDeadTopicsAndCharactersAreNoOne() throws {
        let text = "Mother: Agnes Fleming (deceased)\nname: Physical Abuse\nname: Online Safety\n"
            + "Child's name: Goldilocks Bear-Trouble\nBorn 26 August 1910 in Skopje. Canonised 4 September 2016.\n"
        XCTAssertEqual(try scan(text, options: ScanOptions(minConfidence: .low)).events.map(\.finding.detector), [])
        XCTAssertEqual(try scan("Child's name: Olivia Hughes\n").events.map(\.finding.detector), ["person_name_labelled"])
    }

    /// A chat export's sender and the time of the post ("Kwame Boateng 05/11/2024 16:10") is
    /// no name with a birth date; a sibling's date in brackets still is.
    func testAChatPostsTimeIsNoBirthDate() throws {
        let chat = try scan("Kwame Boateng 05/11/2019 16:10\nCan we book the coach?\n", options: ScanOptions(minConfidence: .low))
        XCTAssertFalse(chat.events.contains { $0.finding.detector == "person_name_birth_date" })
        let sibling = try scan("Siblings: Amelia Hughes (03/05/2017)\n", options: ScanOptions(minConfidence: .low))
        XCTAssertTrue(sibling.events.contains { $0.finding.detector == "person_name_birth_date" })
    }

    /// A contacts export's teams ("Exams | Office", "IT | Helpdesk") and a quiz's nicknames
    /// ("Banana Split" under "Player") are no one's names; the people among them are.
    func testTeamsAndNicknamesAreNoNames() throws {
        let contacts = "First Name,Last Name,E-mail Address\nExams,Office,exams@example.sch.uk\nIT,Helpdesk,ithelp@example.sch.uk\n"
            + "Olivia,Hughes,olivia.hughes@example.org\n"
        let names = try scan(contacts, delimiter: 44).events.filter { $0.finding.category == .personal }.map(\.finding.redacted)
        XCTAssertEqual(names, ["O••••• H•••••"])
        let quiz = "Player,Score\nBanana Split,900\nCheesy Chips,850\nSir Calcalot,820\nOlivia Hughes,800\n"
        XCTAssertEqual(try scan(quiz, delimiter: 44).events.filter { $0.finding.category == .personal }.map(\.finding.redacted), ["O••••• H•••••"])
    }

    /// A computing lesson's practice table of characters ("Hermione | Granger") names no
    /// one; a class list with one pupil who shares a famous name still names its pupils.
    func testATableOfCharactersIsPracticeData() throws {
        let practice = "member_id,first_name,last_name,house\n101,Hermione,Granger,Gryffindor\n102,Draco,Malfoy,Slytherin\n"
            + "103,Luna,Lovegood,Ravenclaw\n104,Cedric,Diggory,Hufflepuff\n105,Hannah,Abbott,Hufflepuff\n"
        XCTAssertEqual(try scan(practice, delimiter: 44).events.filter { $0.finding.category == .personal }.count, 0)
        // Its address cells are not counted among its names.
        let addresses = "FirstName,Surname,Address\nBart,Simpson,742 Evergreen Terrace\nLisa,Simpson,742 Evergreen Terrace\n"
            + "Nelson,Muntz,12 Spooner Street\nRalph,Wiggum,316 Pikeland Avenue\nMartin,Prince,4 Elm Grove\nJimbo,Jones,9 Oak Road\n"
        XCTAssertEqual(try scan(addresses, delimiter: 44).events.filter { $0.finding.category == .personal }.count, 0)
        let register = "Forename,Surname,Form\nEmma,Watson,7K\nOlivia,Hughes,7K\nJack,Nowak,7K\nAmir,Khan,7K\n"
        XCTAssertEqual(try scan(register, delimiter: 44).events.filter { $0.finding.category == .personal }.count, 4)
    }

    /// A message's special-category words are someone's beside its correspondents only when
    /// one writes from outside work (a parent's own mailbox, a pupil's account): a bulletin
    /// between colleagues at school and council addresses is no one's record.
    func testCorrespondentsAtWorkMakeNoOnesSpecialCategoryData() throws {
        func special(_ from: String) throws -> Int {
            let message = "From: \(from)\nTo: Joanna Kettlewell <j.kettlewell@example.sch.uk>\nSubject: Update\n\n"
                + "Self harm, county lines and CAMHS referrals this term; the GP has prescribed Movicol.\n"
            return try scan(message).events.filter { $0.finding.category == .specialCategory }.count
        }
        XCTAssertEqual(try special("Shannon Burgin <shannon.burgin@example.gov.uk>"), 0, "a council's officer")
        XCTAssertEqual(try special("Tom Okafor <t.okafor@example.sch.uk>"), 0, "a colleague")
        XCTAssertGreaterThan(try special("Gemma Mahmood <gemma.mahmood79@outlook.com>"), 0, "a parent's own mailbox")
        XCTAssertGreaterThan(try special("Kian Pearson <10pearsonk@example.sch.uk>"), 0, "a pupil's account")
    }

    /// A library's stock: a book's author and publisher are public names, whatever words the
    /// titles beside them hold ("The Curious Incident…").
    func testABooksAuthorAndPublisherAreNoOnesPersonalData() throws {
        let stock = "Barcode,Title,Author,Publisher\n0001,The Curious Incident of the Dog in the Night-Time,Mark Haddon,Jonathan Cape\n"
            + "0002,Cirque du Freak,Darren Shan,Collins\n0003,Young Bond: SilverFin,Charlie Higson,Puffin\n"
        XCTAssertEqual(try scan(stock, delimiter: 44, options: ScanOptions(minConfidence: .low)).events.map(\.finding.detector), [])
        // A governing body's attendance register, which schools publish.
        let register = "Governor\tCategory / link\tTerm ends\nKeith Ling\tFinance link, parent\t31/08/2027\n"
            + "Aisha Begum\tSEND link, co-opted\t31/08/2026\nImogen Salter\tSafeguarding link\t31/08/2026\n"
        XCTAssertEqual(try scan(register, delimiter: 9).events.filter { $0.finding.category == .personal }.map(\.finding.detector), [])
    }

    /// A phrase ending in a name column's word after a small word ("Physical assault against a
    /// pupil", "Support for pupils") is a row label or a topic, not a column of people.
    func testAPhraseEndingInAPeoplesWordIsNoNameColumn() throws {
        for table in ["Code,Reason\nPA,Physical assault against a pupil\nPD,Persistent disruptive behaviour\nDR,Drug and alcohol related\n",
                      "Area,Support for pupils\nReading,Daily Reading Recovery\nMaths,Number Stacks\nWriting,Pencil grip practice\n"] {
            XCTAssertEqual(try scan(table, delimiter: 44, options: ScanOptions(minConfidence: .low)).events.map(\.finding.detector), [], table)
        }
    }

    /// A table whose titles the rules do not know takes its first full row as the header (not
    /// a later row of data), and a blank form's "label | ______" row is no header. (One of the
    /// rota's given names is no common one: with three, its names read as a list's, "Name".)
    func testUnknownTitlesStayTheHeaderAndBlankFieldsAreNoTitles() throws {
        let rota = "Session,Lead invigilator,Invigilator 2\nMon AM,Linda Procter,Zed Catterall\nMon PM,Zed Catterall,Linda Procter\n"
            + "Tue AM,Susan Whitley,Linda Procter\nTue PM,Linda Procter,Susan Whitley\nWed AM,Zed Catterall,Susan Whitley\n"
        // (Titles the rules do not know are shown by their place: "column 2".)
        let events = try scan(rota, delimiter: 44, options: ScanOptions(minConfidence: .low)).events
        let columns = Set(events.compactMap(\.finding.location.column))
        XCTAssertFalse(columns.isEmpty, "the rota's names are found, each under its own column")
        XCTAssertTrue(columns.isSubset(of: ["column 2", "column 3"]), "\(columns)")
        XCTAssertEqual(Set(events.map(\.finding.location.line)), [2, 3, 4, 5, 6], "every row after the first is data")
        let blank = "Child's name,________\nSchool applied for,________\nDate of birth,__/__/____\nAddress,________\n"
        XCTAssertEqual(try scan(blank, delimiter: 44, options: ScanOptions(minConfidence: .low)).events.map(\.finding.detector), [])
    }

    /// A given name alone under a Name column is no one outside the class (a survey, a poster),
    /// unless the row says more about the child (a column of data the rules know, a special
    /// category); a name split over two detectors' columns ("Enw | Cyfenw") still counts.
    func testAGivenNameAloneInANameColumn() throws {
        let survey = "Name,Height (cm),Shoe size\nAmir,151,5\nBella,148,4\nCallum,155,6\nDaisy,150,5\n"
        XCTAssertEqual(try scan(survey, delimiter: 44).events.filter { $0.finding.category == .personal }.count, 0)
        let allergies = "Name,Class,Allergy\nAmir,3B,Peanuts\nBella,3B,Egg\nCallum,3B,Milk\n"
        XCTAssertEqual(try scan(allergies, delimiter: 44).events.filter { $0.finding.category == .personal }.count, 3)
        let welsh = "Enw,Cyfenw,Bl\nGruffydd,Evans,12\nAlaw,Owen,12\n"
        XCTAssertEqual(try scan(welsh, delimiter: 44).events.filter { $0.finding.category == .personal }.count, 4)
    }

    /// A report's banner ("Printed …") is no header even where its words name data; a data
    /// row the rules know a title in ("Date of birth of the pupil") is no header below an
    /// earlier row as wide; an old Mac's CR alone ends a row.
    func testBannersDataRowsAndCarriageReturns() throws {
        var ids = Identifiers(seed: 11)
        let report = "Student List (Detailed) | Fenmoor Academy | Printed 17/09/2024 08:41\n\nUPN|Surname|Forename|DOB\n"
            + (0..<4).map { "\(ids.upn())|Hughes|Olivia\($0 == 0 ? "" : "-Mae")|14/03/2012\n" }.joined()
        let found = try scan(report, delimiter: 124).events
        XCTAssertEqual(found.filter { $0.finding.detector == "date_of_birth" }.count, 4)
        XCTAssertEqual(found.filter { $0.finding.detector == "person_name" }.count, 4)
        let schedule = "Record,Retention,Trigger,Action\nAdmission register,Permanent,Date of birth of the pupil,Archive\n"
            + "Staff file,6 years,Termination of employment,Destroy\nSAR file,1 year,Closure of request,Destroy\n"
        XCTAssertEqual(try scan(schedule, delimiter: 44).events.filter { $0.finding.category == .personal }.count, 0)
        let mac = "Surname\tForename\tHome phone\rHughes\tOlivia\t07700 900123\rBegum\tAyesha\t07700 900456\r"
        XCTAssertEqual(try scan(mac, delimiter: 9).events.filter { $0.finding.detector == "person_name" }.count, 2)
    }

    /// A titled name that an HR case is about anchors special-category words: a governor's
    /// call to say she has cancer is her health, though a titled name alone does not.
    func testTheSubjectOfAStaffingMatterAnchorsHealthWords() throws {
        let note = "Between: Clerk to Governors and Dr Siân Llewelyn-Rees (co-opted governor)\n\n"
            + "Siân rang to let me know that she was diagnosed with breast cancer and starts chemotherapy in January.\n"
        let found = try scan(note).events.map(\.finding.detector)
        XCTAssertTrue(found.contains("special_health"), "\(found)")
        let newsletter = "Mrs Okafor ran our anxiety workshop for parents on Tuesday.\n"
        XCTAssertFalse(try scan(newsletter).events.contains { $0.finding.detector == "special_health" })
    }

    /// A keyword said not to apply ("Not LAC.", "EHCP not held") is no finding; one that
    /// applies beside it is.
    func testANegatedKeywordIsNoFinding() throws {
        let note = "Referral for Amelia Hughes, date of birth 14/03/2012. No ALN. Not LAC. EHCP not held. Young carer for mum.\n"
        let found = try scan(note, options: ScanOptions(minConfidence: .low, reveal: true)).events.compactMap { $0.finding.category == .specialCategory ? $0.value : nil }
        XCTAssertFalse(found.contains { $0 == "LAC" || $0 == "EHCP" || $0 == "ALN" }, "\(found)")
        XCTAssertTrue(found.contains("Young carer"), "\(found)")
    }

    /// A lesson's sample table that says its people are made up is held at low risk (at none
    /// with only names and contact details), and the words that say so are not reported; a
    /// markbook's "Fictional writing" column says nothing.
    func testADocumentThatSaysItsDataIsMadeUpIsLowRisk() throws {
        var ids = Identifiers(seed: 9)
        var table = "Surname,Forename,NHS Number\n"
        for _ in 0..<12 { table += "Hughes,Olivia,\(ids.nhs())\n" }
        let real = try scan(table, delimiter: 44)
        XCTAssertEqual(real.outcome.risk.level, .high)
        let sample = try scan("Sample data for the databases lesson (FICTIONAL)\n" + table, delimiter: 44)
        XCTAssertEqual(sample.outcome.risk.level, .low)
        XCTAssertTrue(sample.outcome.risk.reasons.contains("the document says its data is made up or historical"))
        XCTAssertFalse(sample.events.contains { $0.finding.detector == "made_up_data" })
        // Names and contact details alone there are a story's: no risk, and found at low only
        // (shown to a technician who asks; "Sam" named again beside "mum" raises no one).
        let story = try scan("Social story (fictional): This is Sam Jones. Sam lives at 12 Maple Street, Leeds LS13 9QZ with Mum and Dad.\n"
                             + "Sam's teacher is Mrs Hughes. Sam's mum's mobile is 07700 900123.\n", options: ScanOptions(minConfidence: .low))
        XCTAssertFalse(story.events.isEmpty)
        XCTAssertTrue(story.events.allSatisfy { $0.finding.confidence == .low }, "\(story.events.map(\.finding.detector))")
        XCTAssertEqual(story.outcome.risk.level, .none, "\(story.events.map(\.finding.detector))")
        let markbook = try scan("Surname,Forename,Fictional writing\n" + (0..<12).map { "Hughes,Olivia\($0),6\n" }.joined() + "NHS Number: \(ids.nhs())\n", delimiter: 44)
        XCTAssertFalse(markbook.outcome.risk.reasons.contains("the document says its data is made up or historical"))
    }

    /// Phone numbers stored as numbers lose their leading 0; one in eleven then passes the
    /// NHS check. Under a `Phone` header they are not NHS numbers; under `NHS number` they are.
    func testAColumnHeaderNamingOtherDataVetoesAnIdentifier() throws {
        var ids = Identifiers(seed: 5)
        let numbers = (0..<20).map { _ in ids.nhs() }
        var csv = "Name,Home phone,Notes\n"
        for number in numbers { csv += "Olivia Hughes,\(number),Year 7\n" }
        let phones = try scan(csv, delimiter: 44).events.filter { $0.finding.detector == "uk_nhs_number" }
        XCTAssertEqual(phones.count, 0, "\(phones.map(\.finding.location))")
        var labelled = "Name,NHS number,Notes\n"
        for number in numbers { labelled += "Olivia Hughes,\(number),Year 7\n" }
        XCTAssertEqual(try scan(labelled, delimiter: 44).events.filter { $0.finding.detector == "uk_nhs_number" }.count, 20)
        // A header that names nothing structured vetoes nothing (without context: low confidence).
        var plain = "Name,Reference,Notes\n"
        for number in numbers { plain += "Olivia Hughes,\(number),Year 7\n" }
        let low = try scan(plain, delimiter: 44, options: ScanOptions(minConfidence: .low)).events
        XCTAssertEqual(low.filter { $0.finding.detector == "uk_nhs_number" }.count, 20)
    }

    func testValuesAreRevealedOnlyWhenAsked() throws {
        let text = "NI number: AB 29 47 61 C\n"
        let hidden = try scan(text).events
        XCTAssertEqual(hidden.first?.value, nil)
        XCTAssertEqual(hidden.first?.finding.redacted, "AB •• •• •• C")
        let shown = try scan(text, options: ScanOptions(reveal: true)).events
        XCTAssertEqual(shown.first?.value, "AB 29 47 61 C")
        // The finding itself never carries the value, in any field.
        let encoded = String(decoding: try JSONEncoder().encode(shown.first!.finding), as: UTF8.self)
        XCTAssertFalse(encoded.contains("123456"))
    }

    func testFingerprintsAreKeyedAndIgnoreFormatting() throws {
        let a = try scan("NHS number: 485 777 3457\n").events.first!.finding.fingerprint
        let b = try scan("NHS no 4857773457\n").events.first!.finding.fingerprint
        XCTAssertEqual(a, b)
        let otherKey = try TestSupport.engine(key: 43)
        let scanner = try DocumentScanner(engine: otherKey)
        var other: String?
        _ = try scanner.scan(text: "NHS number: 485 777 3457\n", document: DocumentDescription(path: "x")) { other = $0.finding.fingerprint }
        XCTAssertNotEqual(a, other)
        XCTAssertEqual(a.count, 32)
    }

    /// A safeguarding or behaviour log names pupils by their year group, without labels or
    /// identifiers: the name is found (the value without its year group), it makes the
    /// note's special-category words count, and school phrases shaped like names are not.
    func testNamesInProseWithTheirYearGroup() throws {
        let note = """
        Safeguarding log. Yesterday Zofia Watson (Y6) disclosed a concern at home; her social worker was informed.
        Kacper Harris, Yr 10, was present. Amara Hill - Year R has an inhaler for asthma.
        Summer Term (Year 4) trip: Grace Church (Year 5) visit. Mark Scheme Year 11 attached. Amber Group (Y2) reading.
        """
        let (events, _) = try scan(note, options: ScanOptions(reveal: true))
        let names = events.filter { $0.finding.detector == "person_name_year" }
        XCTAssertEqual(names.map(\.value), ["Zofia Watson", "Kacper Harris", "Amara Hill"])
        XCTAssertEqual(names.map(\.finding.redacted), ["Z•••• W•••••", "K••••• H•••••", "A•••• H•••"])
        XCTAssertTrue(events.contains { $0.finding.detector == "special_safeguarding" }, "the names make the log's special category count")
        XCTAssertTrue(events.contains { $0.finding.detector == "special_health" })
    }

    func testSpecialCategoryCountsOnlyWithIdentifiers() throws {
        let alone = try scan("Asthma awareness week: bring your inhaler and epipen to the demo.\n")
        XCTAssertTrue(alone.events.isEmpty)
        XCTAssertEqual(alone.outcome.risk.level, .none)
        let together = try scan("Asthma plan for UPN R801200101001: inhaler in the office.\n")
        XCTAssertEqual(Set(together.events.map(\.finding.detector)), ["uk_upn", "special_health"])
        XCTAssertEqual(together.outcome.risk.level, .high)
        XCTAssertTrue(together.outcome.risk.reasons.contains { $0.contains("health") })
        // A school's name is no one's religion.
        let transition = try scan("UPN R801200101001 moves to St Bede's Catholic College in September.\n")
        XCTAssertEqual(transition.events.map(\.finding.detector), ["uk_upn"])
        XCTAssertEqual(Set(try scan("UPN R801200101001, religion: Catholic.\n").events.map(\.finding.detector)), ["uk_upn", "special_religion"])
    }

    /// Once a document holds identifiers, phase one's literal pass also finds the special-
    /// category keywords of its later chunks: the same ones, at the same offsets, as one
    /// large chunk (where the keyword sets run on their own).
    func testSpecialCategoryInLaterChunksAsInOneChunk() throws {
        var text = "Register. UPN R801200101001\n"
        let filler = String(repeating: "The lesson covers fractions and decimals. ", count: 150)
        for word in ["asthma", "EHCP", "child protection plan", "free school meals", "Epipen", "dyslexia"] {
            text += filler + "Note: \(word) noted.\n"
        }
        let small = try scan(text, options: ScanOptions(chunkSize: 4096))
        let large = try scan(text, options: ScanOptions(chunkSize: 1 << 20))
        let found = { (events: [FindingEvent]) in events.map { "\($0.finding.detector)@\($0.finding.location.offset ?? -1)" } }
        XCTAssertEqual(found(small.events), found(large.events))
        XCTAssertEqual(Set(small.events.map(\.finding.detector)),
                       ["uk_upn", "special_health", "special_sen", "special_safeguarding", "special_fsm"])
        XCTAssertEqual(small.events.count, 7)
    }

    /// MIS exports write a name as "Surname, Forename" (or in capitals, or with the form in
    /// brackets after it): still a name, and the same person, by fingerprint, as "Olivia
    /// Hughes" or a row's Surname and Forename. The header row repeated is no name.
    func testNamesWrittenSurnameFirstAreTheSamePerson() throws {
        let csv = "Name,Reg\n\"Hughes, Olivia\",7HU\nHUGHES Olivia,7HU\nName,Reg\nOlivia Hughes,7HU\n\"Smith,\",7SM\n\"a, b, c\",7X\n"
        // (A column headed only "Name" is person_name_generic's: a given name in each cell.)
        let names = try scan(csv, delimiter: 44, options: ScanOptions(reveal: true)).events.filter { $0.finding.detector == "person_name_generic" }
        XCTAssertEqual(names.map(\.value), ["Hughes, Olivia", "HUGHES Olivia", "Olivia Hughes"])
        XCTAssertEqual(Set(names.map(\.finding.fingerprint)).count, 1, "one person")
        let columns = try scan("Forename,Surname\nOlivia,Hughes\n", delimiter: 44).events.filter { $0.finding.detector == "person_name" }
        XCTAssertEqual(columns.first?.finding.fingerprint, names.first?.finding.fingerprint)
        // With the form or year group in brackets after it, as behaviour exports write them.
        let noted = try scan("Pupil,Concern\nOlivia Hughes (7HU),late\n\"Hughes, Olivia (Y7)\",absent\n(7HU),x\n", delimiter: 44,
                             options: ScanOptions(reveal: true)).events.filter { $0.finding.detector == "person_name" }
        XCTAssertEqual(noted.map(\.value), ["Olivia Hughes", "Hughes, Olivia"])
        XCTAssertEqual(Set(noted.map(\.finding.fingerprint)), Set([names[0].finding.fingerprint]))
    }

    /// A pupil named in a sentence counts beside a word about a pupil or a family, and then
    /// makes the special-category words of the document count; a person a school teaches
    /// about does not; six names in one document count without such a word (a seating plan).
    func testNamesInRunningText() throws {
        let minutes = try scan("Sophie's son Ethan Turner has been diagnosed with ADHD and is waiting for an EHCP assessment.\n",
                               options: ScanOptions(reveal: true))
        XCTAssertEqual(minutes.events.filter { $0.finding.detector == "person_name_prose" }.map(\.value), ["Ethan Turner"])
        XCTAssertEqual(minutes.outcome.risk.level, .high)
        XCTAssertTrue(minutes.outcome.risk.reasons.contains { $0.contains("health") && $0.contains("sen") }, "\(minutes.outcome.risk.reasons)")
        XCTAssertEqual(try scan("Pupils will research Florence Nightingale and write about Isaac Newton.\n").events.count, 0)
        XCTAssertEqual(try scan("Olivia Hughes read the poem.\n").events.count, 0, "a name alone: low")
        let five = "Bench 1: Harper Patel, Leo Osei\nBench 2: Amelia Thompson, Noah Brown, Leo Osei\nBench 3: Ruby Shaw\n"
        XCTAssertEqual(try scan(five).events.count, 0, "five distinct names: a lesson about five people")
        let plan = try scan(five + "Bench 4: Aisha Walker\n", options: ScanOptions(reveal: true))
        XCTAssertEqual(plan.events.map(\.value), ["Harper Patel", "Leo Osei", "Amelia Thompson", "Noah Brown", "Leo Osei", "Ruby Shaw", "Aisha Walker"])
        XCTAssertEqual(plan.events.map(\.finding.confidence), Array(repeating: .medium, count: 7))
        XCTAssertEqual(plan.outcome.risk.subjects, 6)
        // Names found beside a word count towards the six too.
        let log = try scan("Pupils involved: Amelia Clarke, Harry Evans, Isla Thompson.\n\n\n\n"
                           + String(repeating: "The lunch queue was long and the hall was busy. ", count: 3)
                           + "\nOlivia Hughes told a teacher. Jack Smith and Noah Brown saw it.\n",
                           options: ScanOptions(reveal: true))
        XCTAssertEqual(log.events.map(\.value), ["Amelia Clarke", "Harry Evans", "Isla Thompson", "Olivia Hughes", "Jack Smith", "Noah Brown"])
        let form = try scan("Harry Pendle (9K) refused to hand over his phone.\n", options: ScanOptions(reveal: true))
        XCTAssertEqual(form.events.map(\.value), ["Harry Pendle"])
        XCTAssertEqual(form.events.first?.finding.detector, "person_name_form")
        let notes = try scan("Olivia H - asthma, inhaler in her bag\nJack S - dyslexic\n", options: ScanOptions(reveal: true))
        XCTAssertEqual(notes.events.filter { $0.finding.detector == "person_name_initial" }.map(\.value), ["Olivia H", "Jack S"])
    }

    /// Names as schools across the four nations write them: accents, apostrophes, particles,
    /// a register's "SURNAME, Forename (form)" and a given name with its form group.
    func testNamesWithAccentsParticlesAndFormGroups() throws {
        let log = try scan("""
            PENDLE, Harry (9K) refused to hand over his phone.
            Amelia (7B) and Josh (7C) were involved in a fight at lunch.
            Zoë Wójcik was upset after the incident.
            Siân Llewelyn's mum phoned about the bullying.
            Mrs O'Neill rang: Saoirse O'Neill will be collected by her grandmother (Year 9).
            Dafydd ap Gruffydd was given a detention.
            Concern about Aoife Ní Bhriain after the incident.
            Renée D'Souza (Blwyddyn 6) was absent.

            """, options: ScanOptions(reveal: true))
        let values = log.events.filter { $0.finding.category == .personal }.map { $0.value ?? "" }
        for name in ["PENDLE, Harry", "Amelia", "Josh", "Zoë Wójcik", "Siân Llewelyn", "Saoirse O'Neill", "Dafydd ap Gruffydd",
                     "Aoife Ní Bhriain", "Renée D'Souza"] {
            XCTAssertTrue(values.contains(name), "\(name) in \(values)")
        }
        // The same pupil written either way is one data subject.
        let both = try scan("PENDLE, Harry (9K) was late.\nHarry Pendle (9K) was late again: detention.\n", options: ScanOptions(reveal: true))
        XCTAssertEqual(Set(both.events.map(\.subject)).count, 1, "\(both.events.map(\.value))")
        XCTAssertEqual(try scan("Amelia (7B) swapped seats.\n").events.map(\.finding.confidence), [.medium], "a pupil as a school writes one")
        XCTAssertTrue(try scan("Room (7B) swapped seats.\n").events.isEmpty)
    }

    /// A name in a cell its name column reports is one finding (the column's), not a second
    /// one of running text; a cell the column does not take keeps what the patterns find.
    func testANameInANameColumnIsReportedOnce() throws {
        let scr = try scan("Name,DOB,NI Number,DBS Certificate Number,TRN\nSarah Hughes,14/03/1985,JT294761A,009206733488,1954327\n",
                           delimiter: 44, options: ScanOptions(reveal: true))
        XCTAssertEqual(scr.events.filter { $0.finding.category == .personal && $0.finding.detector != "date_of_birth" }.map(\.value), ["Sarah Hughes"])
        XCTAssertEqual(Set(scr.events.map(\.finding.detector)),
                       ["person_name_generic", "date_of_birth", "uk_nino", "uk_dbs_certificate", "uk_trn"])
        let groups = try scan("Date,Children,Group\n09/09/2024,\"Olivia H, Jack S, Ruby W\",Phonics - one absent\n", delimiter: 44,
                              options: ScanOptions(reveal: true))
        XCTAssertEqual(groups.events.map(\.value), ["Olivia H", "Jack S", "Ruby W"])
        // Only the cells the name columns report: a name in a note between them stays.
        let notes = try scan("Forename,Notes,Surname\nOlivia,Collected by Sarah Hughes,Hughes\n", delimiter: 44, options: ScanOptions(reveal: true))
        XCTAssertEqual(Set(notes.events.map { $0.value ?? "" }), ["Olivia Hughes", "Sarah Hughes"])
    }

    /// A Word table's first row is its header when no name column is followed by what reads
    /// as a name ("Name | First language", not "Name | Olivia Hughes", a form's row).
    func testAWordTableHeaderBesideAnUntitledColumn() throws {
        let scanner = try DocumentScanner(engine: engine, options: ScanOptions(reveal: true))
        var events: [FindingEvent] = []
        _ = try scanner.scan(text: "Name\tFirst language\tProficiency (A-E)\nTendai Moyo\tShona\tB\n",
                             document: DocumentDescription(path: "doc", delimiter: 9, formLike: true)) { events.append($0) }
        XCTAssertEqual(events.map(\.value), ["Tendai Moyo"])
    }

    /// A form's name written over a label row and a value row ("First name or initial(s) |
    /// Rosemary", then "Surname | Hallworth"), in a document's table: one name, both parts.
    func testAFormsNameOverTwoRows() throws {
        let scanner = try DocumentScanner(engine: engine, options: ScanOptions(reveal: true))
        for form in ["Title\tMrs\nFirst name or initial(s)\tRosemary\nSurname\tHallworth\nFull home address\t3 Silverless Street\n",
                     "Forename(s)\tAmelia Rose\nSurname\tKowalczyk\n", "Surname\tHallworth\nFirst name\tRosemary\n"] {
            var events: [FindingEvent] = []
            _ = try scanner.scan(text: form, document: DocumentDescription(path: "doc", delimiter: 9, formLike: true)) { events.append($0) }
            XCTAssertEqual(events.filter { $0.finding.category == .personal }.map(\.value).count, 1, form)
            XCTAssertTrue(events.contains { ["Rosemary Hallworth", "Amelia Rose Kowalczyk"].contains($0.value ?? "") }, "\(events.map(\.value))")
        }
        // A blank form's rows name no one.
        var blank: [FindingEvent] = []
        _ = try scanner.scan(text: "First name\t__________\nSurname\t__________\n",
                             document: DocumentDescription(path: "doc", delimiter: 9, formLike: true)) { blank.append($0) }
        XCTAssertEqual(blank.count, 0)
    }

    /// A hyphenated given name is found whole wherever it stands, not only at a document's
    /// start: as one of the list ("Olivia-Mae"), or from its second part ("Anne-Marie").
    /// Numbers and names at a document's very start are found too.
    func testHyphenatedGivenNamesAndTheDocumentStart() throws {
        let text = "The trip register was updated after the meeting.\nMum says Olivia-Mae Hughes is allergic to nuts.\n"
            + "Mum says Anne-Marie Okafor has asthma.\n"
        let found = try scan(text, options: ScanOptions(minConfidence: .low, reveal: true)).events
        XCTAssertEqual(found.filter { $0.finding.detector == "person_name_prose" }.map(\.value), ["Olivia-Mae Hughes", "Anne-Marie Okafor"])
        var ids = Identifiers(seed: 7)
        let nhs = ids.nhs()
        XCTAssertEqual(try scan("\(nhs) NHS number of the child\n", options: ScanOptions(reveal: true)).events.map(\.value), [nhs])
        XCTAssertEqual(try scan("Olivia Hughes's mum phoned", options: ScanOptions(minConfidence: .low, reveal: true)).events.map(\.value), ["Olivia Hughes"])
    }

    /// With `--min-confidence low`, a long document's findings past the thousand kept waiting
    /// for promotion are reported too.
    func testEveryLowFindingOfALongDocumentIsReported() throws {
        let line = "Lesson note: Olivia Hughes drew the water cycle, with plenty of words around it so that the name stays a small part of this line.\n"
        let found = try scan(String(repeating: line, count: 1_200), options: ScanOptions(minConfidence: .low)).events
        XCTAssertEqual(found.filter { $0.finding.detector == "person_name_prose" }.count, 1_200)
    }

    /// Minutes name who came on their "Present:" and "Apologies:" lines; a pupil the meeting
    /// discussed is still found.
    func testMinutesAttendees() throws {
        let minutes = "Full Governing Body - minutes\nPresent: Margaret Bell (Chair), James Patterson (Headteacher), Amir Khan, Laura Green.\n"
            + "Apologies: Sarah Evans.\nPupil premium strategy: 31% of pupils are eligible for free school meals.\n"
            + "Safeguarding: the DSL reported a concern about Olivia Hughes after an incident at lunch.\n"
        let found = try scan(minutes, options: ScanOptions(reveal: true)).events.filter { $0.finding.category == .personal }
        XCTAssertEqual(found.map(\.value), ["Olivia Hughes"])
    }

    /// Exports' headers: Google's "First Name [Required]", OneRoster's camel case
    /// ("familyName"), a library's borrower barcode beside the names; a template's header row
    /// is no label and value ("School Name\tAcademic Year"); "All" in a name column is no one.
    func testExportHeaders() throws {
        let names = { (text: String, delimiter: UInt8) in
            try self.scan(text, delimiter: delimiter, options: ScanOptions(reveal: true)).events
                .filter { $0.finding.category == .personal }.compactMap(\.value)
        }
        XCTAssertEqual(try names("First Name [Required],Last Name [Required],Email Address [Required]\nMohammed,Patel,13mpatel@example.sch.uk\n", 44),
                       ["Mohammed Patel"])
        XCTAssertEqual(try names("sourcedId,role,familyName,givenName\n4821,student,Barker,Harry\n", 44), ["Barker Harry"])
        XCTAssertEqual(try names("Borrower Barcode,Name,Reg Group\nB04417,Esme Okafor,9MA\n", 44), ["Esme Okafor"])
        XCTAssertEqual(try names("Code\tSchool Name\tAcademic Year\n", 9), [])
        XCTAssertEqual(try names("Item,Price,Available to pupils\nDinner money,2.65,All\n", 44), [])
        XCTAssertFalse(try names("ParentForename,ParentSurname,PupilForename,PupilSurname,Address1\nSarah,Hughes,Olivia,Hughes,14 Elm Grove\n", 44).isEmpty)
        XCTAssertEqual(try names("Student,Time (s),Mass (g)\nStudent A,34,2.1\nStudent B,36,2.0\n", 44), [])
        // An acronym in camel case (round 656's device loans' "EmailOrUPN"); "DoB" stays one word.
        XCTAssertEqual(TableHeader.normalize("EmailOrUPN"), "email or upn")
        XCTAssertEqual(TableHeader.normalize("NHSNumber"), "nhs number")
        XCTAssertEqual(TableHeader.normalize("DoB"), "dob")
        let loans = try scan("AssignedTo\tRole\tEmailOrUPN\nAmelia Kaur\tPupil Y7\tE855401214530\n", delimiter: 9, options: ScanOptions(reveal: true))
        XCTAssertTrue(loans.events.contains { $0.finding.detector == "uk_upn" })
    }

    /// Rounds 654 to 661: a record's "young_carer": false says the pupil is not one; a Welsh
    /// street after its house number ("10 Bryn Glas") is no name; a blank form's mailbox; a
    /// family's bank details under their bank's name ("Lloyds Bank plc").
    func testKeysThatSayNoStreetsBlankMailboxesAndBanks() throws {
        let values = { (text: String) in
            try self.scan(text, options: ScanOptions(minConfidence: .low, reveal: true)).events.map { ($0.finding.detector, $0.value ?? "") }
        }
        let flags = try values("{\"name\": \"Amelia Hughes\", \"upn\": \"E855401214530\", \"flags\": {\"young_carer\": false, \"care_experienced\": no}}\n")
        XCTAssertFalse(flags.contains { $0.0.hasPrefix("special_") }, "\(flags)")
        XCTAssertTrue(try values("{\"name\": \"Amelia Hughes\", \"upn\": \"E855401214530\", \"young_carer\": true}\n").contains { $0.0.hasPrefix("special_") })
        let street = try values("Cyfeiriad: 10 Bryn Glas, Llanfyllin, SY22 5AQ\n")
        XCTAssertFalse(street.contains { $0.1 == "Bryn Glas" }, "\(street)")
        XCTAssertFalse(try values("Student e-mail: ________________@kingsmeadacademy.org.uk\n").contains { $0.0 == "email" })
        let bank = try values("Bank details for refund\nAccount holder: Mrs Amina Jones\nBank: Lloyds Bank plc\nSort code: 30-94-12\nAccount number: 53077216\n")
        XCTAssertTrue(bank.contains { $0.0 == "uk_bank_account" }, "\(bank)")
        XCTAssertFalse(try values("Brightside Supplies Ltd, Sort code 40-12-76 Account 53077216\n").contains { $0.0 == "uk_bank_account" })
        // (A nursery's own account after "Bank:" is the nursery's, its "Ltd" no bank's.)
        XCTAssertFalse(try values("Fees are due by 01/04. Bank: Little Acorns Nursery Ltd, sort code 30-96-34,\naccount 00117722, reference = your family account number.\n")
            .contains { $0.0 == "uk_bank_account" })
        // A payee column's "Mark Nowak" (a given name that is a word too); "Mark Scheme" no one.
        let payees = try scan("Date\tRef\tPayee\tAmount\n26/01/2025\tRF2501\tMark Nowak\t60.00\n27/01/2025\tRF2502\tMark Scheme\t5.00\n",
                              delimiter: 9, options: ScanOptions(minConfidence: .low, reveal: true)).events.map { ($0.finding.detector, $0.value ?? "") }
        XCTAssertTrue(payees.contains { $0.1 == "Mark Nowak" }, "\(payees)")
        XCTAssertFalse(payees.contains { $0.1 == "Mark Scheme" }, "\(payees)")
    }

    /// Round 680: another country's passport in a "Passport no." column is found once per cell
    /// (the title is its keywords' context), and a cell that holds no number is none.
    func testOverseasPassportsInTheirColumnOnce() throws {
        let register = "Student,Nationality,Passport no.,Flight\nMei Zhang,Chinese,E43198138,CA937\nOmar Ali,Emirati,P1577087,EK1\n"
            + "Li Wei,Chinese,held in office,CA937\nAnna Berg,Swedish,E00000000,SK1\n"
        let passports = try scan(register, delimiter: 44, options: ScanOptions(reveal: true)).events
            .filter { $0.finding.detector.hasPrefix("passport") || $0.finding.detector == "uk_passport" }.compactMap(\.value)
        XCTAssertEqual(passports, ["E43198138", "P1577087"])
    }

    /// A date of birth beside a public phone number identifies no one; beside a postcode it does.
    /// A lesson's date of a death is no date of birth. One or two postcodes or landlines and
    /// nothing else are a place's (a trip letter's centre, a poster's helpline), unless labelled
    /// a home's; a mobile is a person's.
    func testDatesOfBirthBesideContactDetails() throws {
        XCTAssertEqual(try scan("Marie Curie: born 7 November 1867, Warsaw. Died 4 July 1934.\n").events.count, 0)
        XCTAssertEqual(try scan("Samuel Pepys was born 23 February 1633. Neil Armstrong: born 5 August 1969.\nBooked via 0113 387 4395\n").outcome.risk.level, .none)
        XCTAssertEqual(try scan("DOB 14/03/2012\nBooked via 0113 387 4395\n").outcome.risk.level, .low)
        XCTAssertEqual(try scan("DOB 14/03/2012\nLS12 5DQ\n").outcome.risk.level, .medium)
        XCTAssertEqual(try scan("The centre: Plas y Brenin, Capel Curig LL24 0ET, 01690 720214\n").outcome.risk.level, .none)
        XCTAssertEqual(try scan("Text me on 07700 900123\n").outcome.risk.level, .low)
        XCTAssertEqual(try scan("Venues: Leeds LS12 5DQ and York YO1 7HH\n").outcome.risk.level, .none, "two places")
        XCTAssertEqual(try scan("Venues: Leeds LS12 5DQ, York YO1 7HH and Hull HU1 1AA\n").outcome.risk.level, .low, "three: someone's perhaps")
        XCTAssertEqual(try scan("My home address: 17 Tithe Barn Close, Kettering NN15 7BW\n").outcome.risk.level, .low, "a home's")
    }

    /// A book's author on an order line with its ISBN, and a flute's maker under Make/model,
    /// are no one the document is about.
    func testAnAuthorBesideAnISBNAndAMakersModel() throws {
        let order = "ISBN 978-1-84310-567-0 Starving the Anxiety Gremlin - Kate Collins-Donnelly x1 15.99\n"
        XCTAssertFalse(try scan(order).events.contains { $0.finding.category == .personal })
        XCTAssertTrue(try scan("Kate Collins-Donnelly has anxiety and sees the school nurse\n").events.contains { $0.finding.category == .personal })
        let inventory = "Asset tag\tInstrument\tMake/model\tSerial\nAA-MUS-0077\tFlute\tTrevor James 10X\tTJ10X-77102\n"
        XCTAssertFalse(try scan(inventory, delimiter: 9).events.contains { $0.finding.category == .personal })
    }

    /// A blank form's label is no context for the next field's value; a filled one is.
    func testABlankFieldsLabel() throws {
        for blank in ["Child's date of birth: ____________  Date of trip: 14/03/2025\n", "DOB ........ Signed 01/09/2024\n"] {
            XCTAssertTrue(try scan(blank, options: ScanOptions(minConfidence: .low)).events.filter { $0.finding.detector == "date_of_birth" }.isEmpty, blank)
        }
        XCTAssertEqual(try scan("Child's date of birth: 14/03/2015\n", options: ScanOptions(reveal: true)).events.map(\.value), ["14/03/2015"])
    }

    /// A safeguarding system's export names the child under "Subject Name".
    func testASafeguardingExportsSubjectColumn() throws {
        let export = "Reference,Subject Name,Date of Birth,Concern Category\nMC-2025-252,\"Pearson, Kian\",31/05/2010,Physical abuse\n"
        let found = try scan(export, delimiter: 44, options: ScanOptions(reveal: true)).events
        XCTAssertTrue(found.contains { $0.value == "Pearson, Kian" })
        XCTAssertTrue(found.contains { $0.finding.detector == "special_safeguarding" })
    }

    /// Lessons' people: a historical person with the year of birth after the name (not a
    /// race's or a detention's numbers), a class named after a tree; staff in their roles
    /// with a title's full stop (a titled name alone is reported only at low).
    func testLessonsPeopleClassesAndTitledStaff() throws {
        let personal = { (text: String, delimiter: UInt8?) in
            try self.scan(text, delimiter: delimiter, options: ScanOptions(minConfidence: .low, reveal: true)).events
                .filter { $0.finding.category == .personal }.compactMap(\.value)
        }
        XCTAssertEqual(try personal("Case study: Mary Mallon (born 23 September 1869) carried typhoid; she was diagnosed in 1907.\n", nil), [])
        XCTAssertEqual(try personal("Walter Tull (1888-1918) was the son of a carpenter.\n", nil), [])
        // A case study's life in a bracket after the name; a made-up person said so before or after.
        XCTAssertEqual(try personal("- HM (Henry Molaison, 1926\u{2013}2008) \u{2013} amnesia after surgery for epilepsy.\n", nil), [])
        XCTAssertEqual(try personal("Fill in a medical form for a fictional explorer, \"Captain Ada Frostwick\", who has asthma.\n", nil), [])
        XCTAssertEqual(try personal("Charlie is a fictional Year 7 pupil who has asthma and wears glasses.\n", nil), [])
        // A set text's character by the given name alone, named in full above; not another Christopher.
        XCTAssertEqual(try personal("## Week 3: Christopher Boone\n\nChristopher is 15. Many readers interpret him as autistic.\n", nil), [])
        XCTAssertFalse(try personal("## Week 3: Christopher Boone\n\nChristopher Walsh (8K) has epilepsy.\n", nil).isEmpty)
        XCTAssertEqual(try personal("Concern: Olivia Hughes (1500m, 5:42) and Jack Smith (detention 1530-1630) with mum.\n", nil),
                       ["Olivia Hughes", "Jack Smith"])
        XCTAssertEqual(try personal("Top class: Willow (Year 4) with 99.1% attendance.\n", nil), [])
        XCTAssertEqual(try scan("Lead: Mr Daniel Kerr (Deputy Headteacher, Behaviour & Attendance). Link governor: Rev. Michael Ashworth.\n")
            .events.filter { $0.finding.category == .personal }.count, 0)
        XCTAssertEqual(try personal("Concern about Olivia Hughes (Year 7) after the incident.\n", nil), ["Olivia Hughes"])
    }

    /// Round 1263: a person of history given with a life's years in a bracket of other words
    /// ("b. 1860, d. 1949") is the same person named again further on; round 1257: a blank
    /// form's two-column table ("Pupil | [Forename Surname]") has labels, not a header.
    func testHistoricalNamesAndBlankFormsNameNoOne() throws {
        let personal = { (text: String, delimiter: UInt8?) in
            try self.scan(text, delimiter: delimiter, options: ScanOptions(reveal: true)).events
                .filter { $0.finding.category == .personal }.compactMap(\.value)
        }
        let lesson = "- Pupils can place Douglas Hyde (Dubhghlas de hÍde, b. 1860, d. 1949) on a timeline.\n"
            + "3. Plenary: hot-seating - a pupil plays Douglas Hyde being interviewed by the class.\n"
        XCTAssertEqual(try personal(lesson, nil), [])
        XCTAssertEqual(try personal("3. Plenary: hot-seating - a pupil plays Douglas Hyde being interviewed by the class.\n", nil),
                       ["Douglas Hyde"])
        let form = "Pupil\t[Forename Surname] (Year __, tutor ____)\nUPN\t_ _ _ _ _\nAttendance YTD\t____ %\nVisit by\t[Name, role]\n"
        XCTAssertEqual(try personal(form, 9), [])
        // (A timeline's people of 1888, whatever its columns after the name's.)
        let timeline = "Year\tEvent\tKey person\tLesson\n1837\tAccession of Queen Victoria\tQueen Victoria\tL1\n"
            + "1888\tMatch Girls' Strike\tAnnie Besant\tL6\n"
        XCTAssertEqual(try personal(timeline, 9), [])
        XCTAssertTrue(CellText.isFormPlaceholder("[Forename Surname] (Year __)"))
        XCTAssertTrue(CellText.isFormPlaceholder("____ %"))
        XCTAssertFalse(CellText.isFormPlaceholder("Olivia Hughes"))
    }

    /// Round 1301: digits inside a hyphenated ISBN are no teacher's reference number, whatever
    /// an item code beside them says; round 1300: a child's initials in bold after her label.
    func testISBNDigitsAndBoldInitials() throws {
        let invoice = "TRN-12  Panel member training pack (ISBN 978-1-9160431-2-8)  2  12.50  25.00\n"
        let found = try scan(invoice, options: ScanOptions(minConfidence: .low)).events.map(\.finding.detector)
        XCTAssertFalse(found.contains("uk_trn"), "\(found)")
        let bytes = Array("ISBN 1-86197-876-9 and TRN 1234567".utf8)
        bytes.withUnsafeBytes { buffer in
            XCTAssertTrue(DocumentState.insideISBN(buffer, from: 8, to: 13))
            XCTAssertFalse(DocumentState.insideISBN(buffer, from: 27, to: 34))
        }
        XCTAssertTrue(PersonName.initialsAfterLabel(Array("Child: **T.B.,".utf8)))
    }

    /// A form-like table's titles that make its values examples, and the byte checks beside them.
    func testExampleTitlesAndMarkers() {
        XCTAssertTrue(DocumentState.titleSaysExample("Example value"))
        XCTAssertTrue(DocumentState.titleSaysExample("Sample entry"))
        XCTAssertFalse(DocumentState.titleSaysExample("Sample"), "a lab's specimen column")
        XCTAssertFalse(DocumentState.titleSaysExample("Field"))
        let line = Array("- Example of how to write a number: 07700 900000 (dummy)\n## Characters\nJulian".utf8)
        line.withUnsafeBytes { buffer in
            XCTAssertTrue(DocumentState.lineOpensWithExample(buffer, around: 40))
            XCTAssertTrue(DocumentState.exampleBracketFollows(buffer, after: 48))
            // (A bracket later on a line that opens with the marker: the line is the example's.)
            XCTAssertTrue(DocumentState.exampleBracketFollows(buffer, after: 40))
            var memo = (line: -1, answer: false)
            XCTAssertTrue(DocumentState.underCharactersHeading(buffer, at: line.count - 6, memo: &memo))
            XCTAssertFalse(DocumentState.underCharactersHeading(buffer, at: 10, memo: &memo))
        }
        // (Not a bracket apart on a line that does not open with a marker; a row given by example,
        // round 2702's photographer's guidance.)
        XCTAssertFalse(Array("- Number to ring: 07700 900000 then press 2 (dummy)\n".utf8).withUnsafeBytes { DocumentState.exampleBracketFollows($0, after: 29) })
        XCTAssertTrue(Array("e.g. SMITH, Jane, Oak, 2 (example only - do not upload this row)\n".utf8).withUnsafeBytes { DocumentState.exampleBracketFollows($0, after: 16) })
    }

    /// Session 57's checks: a given name's short form, an organisation's initials at its own
    /// mailbox, a storybook animal after "the", a title's verb, a character study's heading, a
    /// "Character" column, and a year "in" a history lesson's line.
    func testShortFormsInitialsMailboxesAndStories() throws {
        XCTAssertTrue(PersonName.givenNameShortForm(Array("Lottie-Mae (Lotts)".utf8)))
        XCTAssertTrue(PersonName.givenNameShortForm(Array("Jonathan (Jonno)".utf8)))
        XCTAssertFalse(PersonName.givenNameShortForm(Array("Mark (Marking)".utf8)), "longer than the name")
        XCTAssertFalse(PersonName.givenNameShortForm(Array("Daisy (Dad)".utf8)), "a family's word")
        let line = Array("Bladder & Bowel UK, 0161 214 4591, bbuk@x.example ; Sarah Jane Hughes, sjh@y.example".utf8)
        line.withUnsafeBytes { buffer in
            XCTAssertTrue(OrganisationContact.initialsOfNameBefore(buffer, at: 35, local: Array("bbuk".utf8)))
            XCTAssertFalse(OrganisationContact.initialsOfNameBefore(buffer, at: line.count - 13, local: Array("sjh".utf8)), "a person's")
        }
        let story = Array("Story time: Ollie the Otter has a nut allergy. | *Topsy and Tim Go to the Doctor* |".utf8)
        story.withUnsafeBytes { buffer in
            XCTAssertTrue(DocumentState.storybookAnimal(buffer, from: 12, to: 45))
            XCTAssertTrue(DocumentState.titleGoesOn(buffer, after: 66), "after \"Tim Go\"")
        }
        let notes = try scan("# Year 9 Drama – Oliver! character study sheet\n\n- **Nancy** – victim of domestic abuse by Bill Sikes.\n",
                             options: ScanOptions(reveal: true))
        XCTAssertEqual(notes.events.filter { $0.finding.category == .personal }.compactMap(\.value), [])
        let profiles = try scan("Character\tAge\tWhat we learn\nTilly Brightwater\t9\thas type 1 diabetes\nArjun Mehta\t10\tis dyslexic\n",
                                delimiter: 9, options: ScanOptions(reveal: true))
        XCTAssertEqual(profiles.events.filter { $0.finding.category == .personal }.compactMap(\.value), [])
        XCTAssertTrue(DocumentState.cellSaysExample("Pupil A (example)"))
        XCTAssertTrue(DocumentState.cellSaysExample("Sam Smith (Example only) "))
        XCTAssertFalse(DocumentState.cellSaysExample("Sam Smith (Y4)"))
        XCTAssertTrue(DocumentState.cellSaysExample("(example) Smith"))
        let gateway = try scan("Trust area\tTelephone\tOut of hours\nBelfast\t028 9050 7000\t028 9504 9999\n"
                               + "Western\t028 7131 4090\t028 9504 9999\n", delimiter: 9)
        XCTAssertEqual(gateway.events.map(\.finding.detector), [], "a trust's gateway teams' numbers")
        let consent = try scan("2. Enter your child's details exactly as held by the school, for example:\n     Name: Alex Smith\n"
                               + "     Date of birth: 01/01/2010\n3. If your child has a bleeding disorder, tick yes.\n")
        XCTAssertEqual(consent.events.map(\.finding.detector), [], "a form shown filled in, for example")
        let minutes = try scan("Pupils discussed, for example:\nTom Hughes (4B) - bruising on arm, referred to the DSL\n")
        XCTAssertFalse(minutes.events.isEmpty, "minutes' real pupils after 'for example:', no label")
        let history = Array("Barnardo opened his first home in 1870 after meeting Jim Jarvis".utf8)
        history.withUnsafeBytes { buffer in
            XCTAssertTrue(DocumentState.datedOnlyBefore1920(buffer, from: 0, to: history.count))
            XCTAssertFalse(DocumentState.datedOnlyBefore1920(buffer, from: 0, to: 30), "no year")
        }
    }

    /// Rounds 2259-2266: a story's animal family, a casualty department's table, a duty phone.
    func testAnimalFamiliesHospitalsAndDutyPhones() throws {
        let opening = Array("Once upon a time lived an old badger called Barnaby Brock. Two rabbits named Flopsy Burrows".utf8)
        opening.withUnsafeBytes { buffer in
            var families: Set<[UInt8]> = []
            DocumentState.collectAnimalFamilies(buffer, from: 0, to: opening.count, into: &families)
            XCTAssertEqual(families, [Array("brock".utf8), Array("burrows".utf8)])
            XCTAssertTrue(DocumentState.namedAsAnimal(buffer, at: 44))
            XCTAssertFalse(DocumentState.namedAsAnimal(buffer, at: 17), "no name's word before")
            XCTAssertFalse(DocumentState.namedAsAnimal(buffer, at: 37), "not after a verb of naming")
        }
        let story = try scan("Once upon a time, deep in Hollow Wood, lived an old badger called Barnaby Brock. He had asthma.\n\n"
                             + "His granddaughter Hazel Brock, aged 6, had a nut allergy.\n", options: ScanOptions(reveal: true))
        XCTAssertEqual(story.events.filter { $0.finding.category == .personal }.compactMap(\.value), [])
        let pupils = try scan("Our class pet is a rabbit called Snowy.\n\nHazel Brock, aged 6, has a nut allergy.\n", options: ScanOptions(reveal: true))
        XCTAssertTrue(pupils.events.compactMap(\.value).contains("Hazel Brock"), "a one-word pet's name is no family's")
        let hospitals = try scan("Hospital\tAddress\tPhone\nBramley General Hospital\tInfirmary Road, Bramley BR3 9HA\t01632 960 700\n", delimiter: 9)
        XCTAssertEqual(hospitals.events.map(\.finding.detector), [], "casualty departments' addresses")
        let procedure = try scan("Phone the school office on 01632 960 100 (or the duty SLT mobile 07700 900 000 after 4pm).\n")
        XCTAssertEqual(procedure.events.map(\.finding.detector), [], "a duty phone")
        let lesson = try scan("Read-aloud characters (all fictional) for discussion:\n\n- **Siwan Sgleiniog** – a girl in our class story who is autistic\n",
                              options: ScanOptions(reveal: true))
        XCTAssertEqual(lesson.events.filter { $0.finding.confidence >= .medium }.compactMap(\.value), [])
        let helplines = try scan("Westmere SENDIAS (local)          01632 960 512      sendias@westmere.gov.uk\n")
        XCTAssertEqual(helplines.events.map(\.finding.detector), [], "a council's SEND advice service")
        let guide = try scan("4. The demo record uses the dummy UPN `Z999999999999` and DOB `01/01/2000` - never use it.\n"
                             + "6. Parents are texted automatically via the school's messaging service from 01925 610 200.\n")
        XCTAssertEqual(guide.events.map(\.finding.detector), [], "an MIS's demonstration record, a school's text service")
        let strategy = try scan("Strategy meeting (s.47) - notes\nYoung person\nZainab Al-Rashid, 16, AS Biology at HVC. "
                                + "Lives with father Karim Al-Rashid and stepmother.\n", options: ScanOptions(reveal: true))
        XCTAssertTrue(strategy.events.contains { $0.finding.detector == "person_name_with_age" && $0.value == "Zainab Al-Rashid" })
        let storyTime = try scan("Story time: Farmer Flo and the Dusty Barn\nTom Barley, aged 10, lives on Windy Hill Farm with his gran, "
                                 + "Farmer Flo. Tom has asthma.\n", options: ScanOptions(reveal: true))
        XCTAssertEqual(storyTime.events.filter { $0.finding.category == .personal }.compactMap(\.value), [])
        XCTAssertNil(PersonName.clean("Class"), "a form's label in its value column")
        let examBoard = try scan("2. Add each candidate. Example only - do NOT use these values:\n"
                                 + "Forename: Firstname Surname: Example Date of birth: 01/01/2012\n")
        XCTAssertEqual(examBoard.events.map(\.finding.detector), [], "a made-up surname after its label")
        let lastName = try scan("Example only:\nFirst name: Firstname Last name: Example Date of birth: 01/01/2012\n")
        XCTAssertEqual(lastName.events.map(\.finding.detector), [], "a made-up surname after a two-word label")
        let criteria = try scan("Code\tOversubscription criterion\n1\tLooked after / previously looked after children\n"
                                + "3\tSibling on roll at time of admission\n4\tDistance (straight line, LA GIS)\n", delimiter: 9)
        XCTAssertFalse(criteria.events.contains { $0.finding.detector == "person_name" }, "a numbered list's row is no header")
        let reader = try scan("Story character activity\nIn the class reader, Tom has asthma and uses a blue inhaler. His friend Priya has a nut allergy.\n",
                              options: ScanOptions(reveal: true))
        XCTAssertEqual(reader.events.filter { $0.finding.category == .personal }.compactMap(\.value), [])
        let supervision = try scan("went over caseload. aoife says she is finding mornings hard since her mum went into the hospice\n",
                                   options: ScanOptions(reveal: true))
        XCTAssertTrue(supervision.events.contains { $0.finding.detector == "person_name_lower_case_says" && $0.value == "aoife" })
        XCTAssertFalse(PersonName.inLowerCaseProse(Array("oliver box".utf8)), "a production's box office")
        XCTAssertTrue(PersonName.inLowerCaseProse(Array("oliver bennett".utf8)))
        let dinnerHall = Array("Poppy Hedgehog had diabetes. Felicity Fox had asthma.".utf8)
        dinnerHall.withUnsafeBytes { buffer in
            XCTAssertTrue(DocumentState.storybookAnimal(buffer, from: 0, to: 14), "an animal no one is named after")
            XCTAssertFalse(DocumentState.storybookAnimal(buffer, from: 29, to: 41), "a surname people have")
        }
        XCTAssertNotNil(PersonName.clean("Olivia Class"))
    }

    /// Round 1252: the same note finds the same initials wherever its text lies in memory
    /// (Vectorscan 5.4.9's AVX-512 scan missed "K.P. from Hazel class, asked" at 23 of 64
    /// offsets; `Vectorscan.Runtime` scans with its AVX2 routine instead).
    func testAMatchIsFoundWhereverTheTextLies() throws {
        let note = "For Mrs Rowntree (DSL) - handed in after the Valentine's disco 13/2\n\n"
            + "While I was on the tuck shop one of the Y6 girls, K.P. from Hazel class, asked if she could stay until the very end "
            + "because \"it's better than being at home when he's there\". She had a bruise on her upper arm.\n"
        var missed: [Int] = []
        for pad in 0..<64 {
            let values = try scan(String(repeating: " ", count: pad) + note, options: ScanOptions(minConfidence: .low, reveal: true))
                .events.compactMap(\.value)
            if !values.contains("K.P.") { missed.append(pad) }
        }
        XCTAssertEqual(missed, [])
    }

    /// Round 1355: a Markdown document's prose above its table is no row of it: a claim's notes
    /// keep their findings though a costs table ("| Item | Supplier | £ |") closes the file.
    func testMarkdownProseAboveATableKeepsItsFindings() throws {
        let notes = "# Broken window - claim notes\n\n- Pupil involved: **T.M. (Y3, Robins)**. DSL (Mrs Akhtar) aware - this follows "
            + "the disclosure on 9 Jan about DV at home; CPOMS entry made and MASH referral submitted 10/01.\n\n"
            + "| Item | Supplier | £ |\n|---|---|---|\n| Emergency board-up | Anglia Glazing Ltd | 95.00 |\n"
        let values = try scan(notes, delimiter: 124, options: ScanOptions(reveal: true)).events.compactMap(\.value)
        XCTAssertTrue(values.contains("T.M."), "\(values)")
    }

    /// Round 1368: a Markdown table of a school's desks under "Who" ("| School office
    /// (reception) | 01325 496 400 |") lists no one's number: the empty cell before the row's
    /// first pipe says nothing of whose it is. A named person's row still counts.
    func testAMarkdownTableOfDesksListsNoOnesNumbers() throws {
        let desks = "| Who | Phone | E-mail |\n|---|---|---|\n| School office (reception) | 01325 496 400 | office@ashgrove.sch.uk |\n"
            + "| LA Schools Finance helpdesk | 01325 496 900 | schoolsfinance@darlington.example.gov.uk |\n"
        XCTAssertEqual(try scan(desks, delimiter: 124).events.map(\.finding.detector), [])
        let people = "| Who | Phone |\n|---|---|\n| Olivia Hughes | 01325 496 400 |\n| Jack Smith | 01325 496 900 |\n"
        XCTAssertTrue(try scan(people, delimiter: 124).events.map(\.finding.detector).contains("uk_phone"))
    }

    /// Round 1393: "Conor O'Malley" holds no given name and initial ("Conor O"), however many
    /// special categories' words the document holds; "Olivia H's" still does.
    func testAnOApostropheSurnameIsNoInitial() throws {
        let plan = "Read the extract where Conor O'Malley confronts the monster about his mother's illness.\n"
            + "Signpost: School counsellor, bereavement support, a grief helpline.\n"
        XCTAssertFalse(try scan(plan, options: ScanOptions(minConfidence: .low)).events.map(\.finding.detector).contains("person_name_initial"))
        XCTAssertTrue(try scan("Olivia H's inhaler is in the office; asthma plan attached.\n", options: ScanOptions(minConfidence: .low))
            .events.map(\.finding.detector).contains("person_name_initial"))
    }

    /// Round 1374: an author in brackets after a book's title in italics is no one the
    /// document is about; a name in brackets after words in bold may be.
    func testAnAuthorAfterAnItalicTitle() throws {
        let plan = "- Cymeriad o'r nofel *Llinyn Trons* (Bethan Gwanas) – trafod ymddygiad y cymeriadau.\n"
        XCTAssertEqual(try scan(plan, options: ScanOptions(minConfidence: .low)).events.map(\.finding.detector), [])
        func afterItalicTitle(_ text: String, _ name: String) -> Bool {
            let bytes = Array(text.utf8), start = ByteSearch.firstOffset(of: name, in: text)!
            return bytes.withUnsafeBytes { DocumentState.authorAfterItalicTitle($0, from: start, to: start + name.utf8.count) }
        }
        XCTAssertTrue(afterItalicTitle("Read _Holes_ (Louis Sachar) now", "Louis Sachar"))
        XCTAssertFalse(afterItalicTitle("See **Wonder** (Louis Sachar) now", "Louis Sachar"))
        XCTAssertFalse(afterItalicTitle("Ask *her* mum (Louis Sachar) now", "Louis Sachar"))
        // (Emphasis, not a title: its first letter is small.)
        XCTAssertFalse(afterItalicTitle("She was *really* (Louis Sachar) upset", "Louis Sachar"))
    }

    /// Round 1304: a made-up person's birth date in guidance ("J. Bloggs, DOB 01/01/2015") is
    /// no one's; an address at example.com before a date says nothing of it.
    func testAMadeUpNameBeforeABirthDate() throws {
        let detectors = { (text: String) in try self.scan(text, options: ScanOptions(minConfidence: .low)).events.map(\.finding.detector) }
        XCTAssertFalse(try detectors("4. Example of what NOT to do: \"J. Bloggs, DOB 01/01/2015, ASD\" - this is identifiable.\n")
            .contains("date_of_birth"))
        XCTAssertTrue(try detectors("Pupil: Olivia Hughes, olivia@example.com, DOB 14/03/2012\n").contains("date_of_birth"))
        // (A given name before the made-up surname, round 1411's training scenario.)
        XCTAssertFalse(try detectors("**Scenario 2.** A made-up pupil, \"Jamie Example\" (DOB 01/01/2011), tells you his account was used.\n")
            .contains("date_of_birth"))
    }

    /// A policy names staff in their roles beside health words; they are not its subjects.
    /// A pupil named in the same sentence still is.
    func testStaffNamedInTheirRoles() throws {
        let policy = "Roles. The Headteacher, Karen Doyle, has overall responsibility for this policy. Our Allergy Lead is\n"
            + "Sarah Evans, who keeps the medical register. Our SENCo - Priya Shah - checks each healthcare plan for allergy.\n"
        XCTAssertEqual(try scan(policy, options: ScanOptions(minConfidence: .low, reveal: true)).events.filter { $0.finding.category == .personal }.map(\.value), [])
        // Statutory reports every school publishes: the role after the name, a title between.
        let report = "Statement authorised by\tKaren Doyle, Headteacher\nPupil premium lead\tSarah Evans (Deputy Headteacher)\n"
            + "Our SENCo is Mrs Priya Shah. The governor responsible for SEND is Mr Tom Wright.\n"
            + "58 pupils are on the SEN register: 12 with an EHCP.\n"
        XCTAssertEqual(try scan(report, options: ScanOptions(reveal: true)).events.filter { $0.finding.category == .personal }.map(\.value), [])
        // Not a pupil in a role, or a sentence about a pupil.
        for pupil in ["Our new Head Girl is Olivia Hughes and her mum is proud.\n", "The pupil referred to the school nurse was Olivia Hughes, after an incident.\n",
                      "Incident: Olivia Hughes (SENCo referral) after lunch.\n", "Concern: Olivia Hughes, Deputy Head Girl, absent.\n"] {
            XCTAssertEqual(try scan(pupil, options: ScanOptions(reveal: true)).events.filter { $0.finding.category == .personal }.map(\.value), ["Olivia Hughes"], pupil)
        }
        XCTAssertEqual(try scan("Olivia Hughes, Head Girl, has asthma and her mum says so.\n", options: ScanOptions(reveal: true)).events
            .filter { $0.finding.category == .personal }.map(\.value), ["Olivia Hughes"])
        let note = "The school nurse spoke to Olivia Hughes's mum about her asthma.\n"
        XCTAssertEqual(try scan(note, options: ScanOptions(reveal: true)).events.filter { $0.finding.category == .personal }.map(\.value), ["Olivia Hughes"])
    }

    /// A parents' evening schedule names each parent with the child; a staff timetable's
    /// bracket holds a subject.
    func testParentWithTheChildInBrackets() throws {
        let schedule = try scan("3:30 Mrs Hughes (Olivia)\n3:40 Mr Okafor-Smith (Chiamaka)\n", options: ScanOptions(reveal: true))
        XCTAssertEqual(schedule.events.map(\.value), ["Mrs Hughes", "Mr Okafor-Smith"])
        XCTAssertTrue(try scan("P1 Mr Smith (Geography)\nP2 Mrs Khan (Head)\n").events.isEmpty)
    }

    /// What `--min-confidence` shows does not change what is found or how risky a document
    /// is: a seating plan's names are promoted whether low findings are shown or not, and a
    /// bare ten-digit number shown at low does not make a document risky.
    func testMinimumConfidenceChangesTheListNotTheRisk() throws {
        let plan = "Bench 1: Harper Patel, Leo Osei\nBench 2: Amelia Thompson, Noah Brown\nBench 3: Ruby Shaw, Aisha Walker\n"
        for minimum in [Confidence.low, .medium] {
            let found = try scan(plan, options: ScanOptions(minConfidence: minimum)).events
            XCTAssertEqual(found.count, 6, "\(minimum)")
            XCTAssertTrue(found.allSatisfy { $0.finding.confidence == .medium }, "\(minimum): \(found.map(\.finding.confidence))")
        }
        let lonely = try scan("Olivia Hughes read the poem.\n", options: ScanOptions(minConfidence: .low)).events
        XCTAssertEqual(lonely.map(\.finding.confidence), [.low], "a name that waited in vain is shown at low")
        let tracker = "Pupil tracker: asthma, EHCP review due, reference 4857773457\n"
        let risks = try [Confidence.low, .medium, .high].map { try scan(tracker, options: ScanOptions(minConfidence: $0)).outcome.risk.level }
        XCTAssertEqual(Set(risks).count, 1, "\(risks)")
        XCTAssertEqual(risks.first, RiskLevel.none)
        let listed = try scan("NHS number: 485 777 3457, asthma\n", options: ScanOptions(minConfidence: .high))
        XCTAssertEqual(listed.outcome.risk.level, try scan("NHS number: 485 777 3457, asthma\n").outcome.risk.level)
    }

    /// Three-letter given names are looked for after the byte before them (a faster literal
    /// pass): after a space, a line break, a bracket, a quote or a dash, and at a
    /// document's start, they are found as the longer names are.
    func testShortGivenNamesAfterAnyWordStart() throws {
        let text = "Amy Shaw was upset.\nIncident: (Leo Osei) pushed \u{201C}Mia Brown\u{201D} and Max Lee, "
            + "then\tZoe Hart;\nSam Ford-Hill\u{2014}Ava Khan's mum was called.\n"
        let found = try scan(text, options: ScanOptions(reveal: true)).events.map(\.value)
        XCTAssertEqual(found, ["Amy Shaw", "Leo Osei", "Mia Brown", "Max Lee", "Zoe Hart", "Sam Ford-Hill", "Ava Khan"])
    }

    /// A header listed as it is wins over an excluded word in it: "Child's name and class"
    /// (a trip form's column) is a name column though "class" rules out "Class name".
    func testListedHeaderWinsOverExcludedWord() throws {
        let form = try scan("Child's name and class,Allergy\nOlivia Hughes,nuts\n", delimiter: 44).events.map(\.finding.detector)
        XCTAssertTrue(form.contains("person_name"), "\(form)")
        let classes = try scan("Class name,Room\nOlivia Hughes,B12\n", delimiter: 44).events.map(\.finding.detector)
        XCTAssertFalse(classes.contains("person_name"), "\(classes)")
    }

    /// A special-category keyword in capitals is an acronym, matched in capitals only: "CLA"
    /// (a child looked after) counts; "cla" inside a line of lower-case text does not.
    func testCapitalKeywordsMatchInCapitalsOnly() throws {
        let upn = "UPN R801200101001"
        let looked = try scan(upn + " (CLA) - social worker visit\n").events.map(\.finding.detector)
        XCTAssertEqual(looked.filter { $0 == "special_safeguarding" }.count, 2, "\(looked)")
        let lower = try scan(upn + ": cla lac cin\n").events.map(\.finding.detector)
        XCTAssertFalse(lower.contains("special_safeguarding"), "\(lower)")
        // A table header in capitals names the category too.
        let header = try scan("UPN,LAC\n" + "R801200101001,Y\n", delimiter: 44).events.map(\.finding.detector)
        XCTAssertTrue(header.contains("uk_upn"), "\(header)")
    }

    /// A record's forename and surname fields are one name, in either order, as JSON, a
    /// form's labels or a form table's rows give them.
    func testForenameAndSurnameFieldsAreOneName() throws {
        for text in ["first name: Ayaan\nlast name: Williams\n", "Surname\tWilliams\nForenames\tAyaan\n",
                     "Forename: Ayaan\nMiddle name: Grace\nSurname: Williams\n"] {
            let names = try scan(text, options: ScanOptions(reveal: true)).events.filter { $0.finding.detector == "person_name_split_fields" }
            XCTAssertEqual(names.count, 1, text)
            XCTAssertTrue(["Ayaan Williams", "Williams Ayaan", "Ayaan Grace Williams"].contains(names.first?.value ?? ""), text)
        }
    }

    /// A date of birth (and a phone number) counts as one data subject however it is written.
    func testDatesOfBirthAreOneDateHoweverWritten() throws {
        let text = "DOB 14/03/2015\nDate of birth: 14 March 2015\nborn 2015-03-14\nD.O.B. 14.03.15\nDOB 15/03/2015\n"
        let dates = try scan(text).events.filter { $0.finding.detector == "date_of_birth" }
        XCTAssertEqual(dates.count, 5)
        XCTAssertEqual(Set(dates.map(\.finding.fingerprint)).count, 2)
        XCTAssertEqual(Fingerprinter.normalize("3rd March 2015", .date), "2015-03-03")
        XCTAssertEqual(Fingerprinter.normalize("31/02/2015", .date), "31/02/2015", "not a date: as written, lower-cased")
        for phone in ["+44 (0)7700 900123", "0044 7700 900123", "07700 900123", "+447700900123"] {
            XCTAssertEqual(Fingerprinter.normalize(phone, .phone), "07700900123", phone)
        }
    }

    /// A place's postcode or landline, all a document holds (a policy's ICO address, a fixtures
    /// list's other school), is no one's: reported at low only, and the document's risk is none.
    /// Anything else in the document, a third postcode, or a family's word before the number
    /// reports them as found.
    func testAPlacesPostcodeAndLandlineAloneAreReportedAtLowOnly() throws {
        let policy = "Complaints may be made to the Information Commissioner's Office, Wycliffe House, Water Lane, "
            + "Wilmslow, Cheshire SK9 5AF, 0303 123 1113.\n"
        let shown = try scan(policy)
        XCTAssertEqual(shown.events.count, 0)
        XCTAssertEqual(shown.outcome.findings, 0)
        XCTAssertEqual(shown.outcome.risk.level, RiskLevel.none)
        let low = try scan(policy, options: ScanOptions(minConfidence: .low))
        XCTAssertEqual(low.events.filter { $0.finding.detector == "uk_postcode" }.map(\.finding.confidence), [.low])
        // With a pupil's name below, the postcode above is reported as found, and first.
        let record = try scan("Address: 14 Elm Road, Leeds LS6 2AB\nNotes follow.\nPupil: Olivia Hughes\n")
        XCTAssertEqual(record.events.first?.finding.detector, "postal_address_labelled")
        XCTAssertTrue(record.events.contains { $0.finding.detector == "uk_postcode" && $0.finding.confidence >= .medium })
        XCTAssertEqual(record.outcome.findings, record.events.count)
        // Three postcodes are a list of people's, not a place's.
        let three = try scan("LS6 2AB\nLS12 5DQ\nM16 2PY\n")
        XCTAssertEqual(three.events.count, 3)
        // A mum's number is hers; Motherwell's college is a place.
        XCTAssertEqual(try scan("Olivia's mum, Hollins Lane Primary School parent: 0113 496 0577\n").events.map(\.finding.detector), ["uk_phone"])
        XCTAssertEqual(try scan("Motherwell College, Dalzell Drive, Motherwell ML1 2DD\n").events.count, 0)
        XCTAssertEqual(try scan("Dalzell Drive, Motherwell ML1 2DD\n").events.count, 0)
        XCTAssertEqual(try scan("Meet at the pier, Mumbles Road, Swansea SA3 4EE\n").events.count, 0)
    }

    /// Rounds 702-717's names and dates: a system's record fields, a governing body's posts, a
    /// room, a header read as a label's value, a made-up person written surname first.
    func testRecordFieldsPostsRoomsAndAMadeUpPersonSurnameFirst() throws {
        let log = try found("WARN LearnRefNumber=AV230884 FamilyName='Llewelyn' GivenNames='Siân Angharad' DateOfBirth=2008-04-22\n")
        XCTAssertNotNil(log["Llewelyn"], "\(log)")
        XCTAssertEqual(log["2008-04-22"], .high)
        XCTAssertNotNil(try found("Name           : Rhiannon Vaughan\nSamAccountName : r.vaughan\n")["Rhiannon Vaughan"])
        XCTAssertNil(try found("Present: Chair of Governors (Foundation), Vice Chair (Parent), Headteacher\n")["Vice Chair"])
        XCTAssertNil(try found("rooms:\n  - name: Sports Hall\n    capacity: 120\n")["Sports Hall"])
        XCTAssertNil(try found("Parent/carer\tParent NI no\tCode\n", delimiter: 9, formLike: true)["Parent NI"])
        XCTAssertNil(try found("Worked example (fictional)\n> BLOGGS, Joe · DOB 01/01/1980 · Teacher\n")["01/01/1980"])
        XCTAssertEqual(try found("Kai Nguyễn 10SGR - bullying\n")["Kai Nguyễn"], .high)
    }

    func testRiskLevels() throws {
        XCTAssertEqual(try scan("nothing here\n").outcome.risk.level, .none)
        XCTAssertEqual(try scan("Contact: k.bennett@example.sch.uk\n").outcome.risk.level, .low)
        XCTAssertEqual(try scan("Contact: office@example.sch.uk\n").outcome.risk.level, .none, "a role's mailbox")
        XCTAssertEqual(try scan("UPN R801200101001\n").outcome.risk.level, .medium)
        // A date of birth beside nothing that names anyone (a worksheet's question) is low;
        // beside a name it is the pupil's.
        XCTAssertEqual(try scan("A baby was born on 14/03/2012 weighing 3.4 kg.\n").outcome.risk.level, .low)
        XCTAssertEqual(try scan("Olivia Hughes (Year 7), DOB 14/03/2012\n").outcome.risk.level, .medium)
        var documents = Documents(seed: 8)
        XCTAssertEqual(try scan(documents.medicalRegister(pupils: 12), delimiter: 9).outcome.risk.level, .critical)
        // One person's NI number and bank details: what impersonating them takes.
        var ids = Identifiers(seed: 9)
        let starter = "New starter: NI number \(ids.nino())\nSort code \(ids.sortCode()) Account number \(ids.accountNumber())\n"
        let outcome = try scan(starter).outcome
        XCTAssertEqual(outcome.risk.level, .high)
        XCTAssertTrue(outcome.risk.reasons.contains("a national identifier with bank or card details"), "\(outcome.risk.reasons)")
        XCTAssertEqual(try scan("NI number \(ids.nino())\n").outcome.risk.level, .medium)
    }

    func testOverlappingDetectorsKeepTheBestReading() throws {
        // Ten digits valid as both NHS number and UTR: the context decides. (No number is
        // both a valid NHS number and a valid ULN: same weights, checks differ by one.)
        var ids = Identifiers(seed: 11)
        var both: String?
        for _ in 0..<2000 {
            let nhs = ids.nhs()
            if UTR.isValid(Array(nhs.utf8)) { both = nhs; break }
        }
        let value = try XCTUnwrap(both)
        XCTAssertEqual(try scan("UTR: \(value)\n").events.map(\.finding.detector), ["uk_utr"])
        XCTAssertEqual(try scan("NHS number: \(value)\n").events.map(\.finding.detector), ["uk_nhs_number"])
    }

    func testValuesAtTheVeryStartAndEndOfADocument() throws {
        // The digit trigger needs a byte before the digits; the document start has none.
        XCTAssertEqual(try scan("4857773457 is the NHS number").events.map(\.finding.detector), ["uk_nhs_number"])
        XCTAssertEqual(try scan("R801200101001").events.map(\.finding.detector), ["uk_upn"])
        XCTAssertEqual(try scan("NHS number 485 777 3457").events.map(\.finding.detector), ["uk_nhs_number"])
    }

    func testLongestEmailIsReported() throws {
        let events = try scan("Write to olivia.hughes@mail.example.co.uk today\n").events
        XCTAssertEqual(events.count, 1)
        XCTAssertEqual(events.first?.finding.redacted, "o••••••••@mail.example.co.uk")
    }

    /// An HR case names its member of staff without a word of a family's or a pupil's: the
    /// case is the context ("remains absent following a cardiac event", "overpayment"); not for
    /// a meeting's attendees in minutes that mention absences.
    func testAnHRCaseMakesItsMemberOfStaffTheSubject() throws {
        let minutes = try found("The Director of HR updated on Mr D. Kaczmarek, who remains absent following a cardiac event.\n")
        XCTAssertEqual(minutes["Mr D. Kaczmarek"], .medium, "\(minutes)")
        XCTAssertEqual(try found("Payroll: Gurpreet Sandhu's overpayment (£1,240) - repayment plan agreed\n")["Gurpreet Sandhu"], .medium)
        let published = try found("Present: Mrs A Sheridan (Chair), Mr R Kapoor. In attendance: Mrs S O'Brien (clerk).\n"
            + "The Headteacher explained cover has been needed for three long-term absences, and a phased return.\n")
        XCTAssertFalse(published.values.contains { $0 > .low }, "\(published)")
    }

    /// A data row taken for a table's header does not print its values as column titles: a
    /// finding's column is shown only where the rules know it as a title ("Surname").
    func testAColumnTitleThatIsDataIsNotShown() throws {
        let log = "PASSWORD RESETS\n\n2024-09-09 13:14 | reset by r.chauhan | 23mcguinnessr (Ryan McGuinness, 8L) | new pw: Pebble31$\n"
            + "2024-09-10 12:26 | reset by r.chauhan | 22hussainz (Zara Hussain, 9R) | new pw: Lantern32$\n"
            + "2024-09-13 11:30 | reset by r.chauhan | 24iqbalm (Mohammed Iqbal, 7B) | new pw: Harbour18!\n"
        let events = try scan(log, delimiter: 124).events
        XCTAssertFalse(events.isEmpty)
        for event in events {
            let shown = (event.finding.location.column ?? "") + (event.finding.explanation.context ?? "")
            for word in ["McGuinness", "mcguinness", "Ryan", "Hussain", "Pebble"] { XCTAssertFalse(shown.contains(word), shown) }
        }
        let list = try scan("Surname,Forename,Allergy\nHughes,Olivia,Peanut (anaphylaxis) - EpiPen\n", delimiter: 44).events
        XCTAssertTrue(list.contains { $0.finding.location.column == "Surname, Forename" }, "\(list.map(\.finding.location))")
        XCTAssertEqual(TableHeader.shownTitle("Harrow LS6 3BW"), "(a title that reads as data, not shown)")
        XCTAssertEqual(TableHeader.shownTitle("Date of birth"), "Date of birth")
    }

    /// A blank form's row of labels ("Pupil name: | | DOB: |") is no header over the table below
    /// it; an e-mail address is one under any column's title (an Intune export's "Primary user
    /// UPN"); a cover rota's staff absence names its member of staff.
    func testFormLabelsAreNoHeaderAndAnAddressIsOneUnderAnyTitle() throws {
        let template = "Individual Pupil Risk Assessment\nPupil name:\t\tDOB:\t\nCompleted by:\t\tDate:\t\n\n"
            + "Hazard\tWho might be harmed and how\tExisting controls\tLikelihood (1-5)\tSeverity (1-5)\n"
        XCTAssertNil(try found(template, delimiter: 9)["Hazard"])
        let intune = try found("Device name,Primary user UPN,Serial number\nSMA-STF-0,h.ashworth@stmarysacademy.example.org.uk,PF123450X\n", delimiter: 44)
        XCTAssertNotNil(intune["h.ashworth@stmarysacademy.example.org.uk"], "\(intune)")
        let rota = try found("Staff,Dates absent,Reason,Cover for on-call\nMs K Rahman,6/11 - 27/11,Stress / anxiety,KRA\n", delimiter: 44)
        XCTAssertEqual(rota["Ms K Rahman"], .high, "a titled initial and surname, under its column's title: \(rota)")
        // A list of schools' own details is no one's; a breach log naming its academies is its pupils'.
        let schools = try found("School,URN,Address,Postcode,Main phone,Transition lead (role)\n"
            + "Roundhay Park High School,158001,\"Park Lane, Leeds\",LS8 2JU,0113 496 0500,Head of Year 7\n", delimiter: 44)
        XCTAssertFalse(schools.values.contains { $0 > .low }, "\(schools)")
        let breaches = try found("Ref,Date found,Academy,Type,Description,Data subjects affected\n"
            + "BR-01,13/05/2025,Oakfield Primary Academy,Email misdirected,Report sent to wrong parent,Ruby Fraser; Isla Patel\n", delimiter: 44)
        XCTAssertEqual(breaches["Ruby Fraser"], .medium, "\(breaches)")
        // A titled name is the titled rule's: a newsletter's staff beside "safeguarding" stay low.
        let newsletter = try found("Our Designated Safeguarding Lead is Mrs Sarah Whitfield, supported by Mr Dan Feeney.\n")
        XCTAssertFalse(newsletter.values.contains { $0 > .low }, "\(newsletter)")
    }

    /// Welsh year groups ("Yusuf Ali (Blwyddyn 5)", "Blwyddyn N"); a titled name with a year
    /// group is its class's teacher; a monarch in a history worksheet's "Name" column; staff by a
    /// label that names their post, in Welsh and English.
    func testWelshYearGroupsTeachersMonarchsAndPostsByLabel() throws {
        XCTAssertEqual(try found("Nodiadau\nYusuf Ali (Blwyddyn 5) yn hapus.\n")["Yusuf Ali"], .medium)
        XCTAssertEqual(try found("Nodiadau\nCerys Roberts (Blwyddyn N)\n")["Cerys Roberts"], .medium)
        XCTAssertNil(try found("Staff news: welcome to Miss Catrin Pugh (Year 4) and Mr Tom Baxter (Year 6).\n")["Catrin Pugh"])
        let worksheet = try found("Name,Role\nEdward I,King of England\nAndrew Moray,Scottish leader\n", delimiter: 44)
        XCTAssertFalse(worksheet.values.contains { $0 > .low }, "\(worksheet)")
        let staff = try found("Staff\nPerson Diogelu Dynodedig / Designated Safeguarding Person: Mrs Bethan Lewis\nSwyddfa / Office: Mrs Angharad Jones\n")
        XCTAssertFalse(staff.values.contains { $0 > .low }, "\(staff)")
    }

    /// A name found without a word about it is the subject once its given name alone stands
    /// beside one later ("Sanction: Connor - 1 day internal exclusion"); the full name again,
    /// or the given name beside nothing, is not enough.
    func testAGivenNameAloneLaterGivesTheFullNameItsContext() throws {
        let report = "Trip report\nBilal Qureshi and Connor McCarthy were seen handling a display case in the Tournament gallery.\n"
            + "Staff spoke to both boys.\nSanction: Connor - 1 day internal exclusion; Bilal - after-school detention.\n"
        let found = try found(report)
        XCTAssertEqual(found["Connor McCarthy"], .medium, "\(found)")
        XCTAssertEqual(found["Bilal Qureshi"], .medium)
        let story = "Chapter 1\nConnor McCarthy walked to the harbour in the rain.\nConnor watched the boats come in and smiled.\n"
        XCTAssertEqual(try self.found(story)["Connor McCarthy"], .low)
        // A birthday display's written dates (the first, beside its title, is found as a date of birth).
        let display = try self.found("7B Birthdays!\nSeptember\nKacper Nowak - 24 September 2012\nAlfie Evans - 27 September 2012\n"
            + "October\nRonan Murphy - 10 October 2012\n")
        XCTAssertNotNil(display["Ronan Murphy"], "\(display)")
    }

    /// A line of several labelled fields: a value's label is its own field's ("In attendance"
    /// after "Present: ..."), so the attendees of minutes are no pupils in attendance.
    func testALinesSecondFieldHasItsOwnLabel() throws {
        let minutes = try found("Minutes\nPresent: Graham Oddy. In attendance: Gillian Hartley, Lorraine Birch (Clerk).\n")
        XCTAssertFalse(minutes.values.contains { $0 > .low }, "\(minutes)")
        XCTAssertEqual(try found("Date: 12/03/2025   DOB: 14/03/2012\n")["14/03/2012"], .high)
    }

    /// People a lesson or a template names near what says they are long dead or made up (rounds
    /// 2826-2866), each beside the same text without that marker.
    func testLongDeadAndMadeUpPeopleBesideTheirMarkers() throws {
        // A famous person's relative who died, named just after him.
        let dickens = "- Charles Dickens (born 7 February 1812) - worked in a blacking factory at 12 while his father\n"
            + "  was in a debtors' prison; his sister-in-law Mary Hogarth died suddenly aged 17.\n"
        XCTAssertNil(try found(dickens)["Mary Hogarth"])
        // A life's dates on the lines below a record's name.
        let display = "people:\n  - name: Marc Chagall\n    born: 1887-07-07\n    died: 1985-03-28\n    health_note: died aged 97 of old age\n"
        XCTAssertNil(try found(display)["Marc Chagall"])
        XCTAssertNotNil(try found(display.replacingOccurrences(of: "1887", with: "2013"))["Marc Chagall"])
        // A date of birth on the line of HMRC's example National Insurance number.
        XCTAssertNil(try found("Code: 50012345678     NI number: QQ 12 34 56 C     Child DOB: 01/01/2021\n")["01/01/2021"])
        XCTAssertEqual(try found("Code: 50012345678     Child DOB: 01/01/2021\n")["01/01/2021"], .high)
        // A template's example row, "e.g." read past.
        let template = "session_date,learner_ref,tutor,subject,duration_mins,attendance_code,notes\n"
            + "DD/MM/YYYY,LEARNER-0002,Tutor B,English,45,B,\"EXAMPLE ROW - e.g. John Smith, Year 10, reading comprehension\"\n"
        XCTAssertNil(try found(template)["John Smith"])
        // A maths lesson's payslips for a book's titled characters.
        let payslips = "| Employee | Gross pay |\n|---|---|\n| Mr Twit | 2,000 |\n| Miss Trunchbull | 3,100 |\n| Willy Wonka | 9,500 |\n"
        let named = try found(payslips)
        XCTAssertFalse(named.keys.contains { $0.contains("Twit") || $0.contains("Trunchbull") || $0.contains("Wonka") }, "\(named)")
    }

    /// A person a school teaches about is no pupil beside a year group ("Mary Seacole (Y2 History)").
    func testAFamousPersonBesideAYearGroup() throws {
        XCTAssertFalse(try found("Significant people: Florence Nightingale and Mary Seacole (Y2 History)\n").values.contains { $0 > .low })
        // Written with the name's accents: "Brontë" is the "bronte" of the list.
        let lesson = "1. Stephen Hawking (1942-2018) was diagnosed with motor neurone disease aged 21.\n"
            + "2. Jane Eyre (Charlotte Brontë, 1847) - an orphan, raised by her aunt.\n"
        let famous = try found(lesson)
        XCTAssertFalse(famous.values.contains { $0 > .low }, "\(famous)")
    }

    /// A chunk with many candidates has its context keywords and its staffing-matter phrases
    /// indexed in one pass: names in an HR case are found there as they are alone. (Two dozen
    /// names ask for the staffing index, `staffingIndexThreshold`; 2,200 numbers before them make
    /// the chunk's candidates more than `contextIndexThreshold`, so the index comes from the
    /// keyword database rather than the staffing one.)
    func testAStaffingMatterInAChunkDenseWithCandidates() throws {
        let surnames = ["Pritchard", "Okafor", "Hargreaves", "Kowalski", "Brennan", "Achterberg", "Lindqvist", "Mensah",
                        "Fairweather", "Delaney", "Chaudhry", "Whitlock", "Osei", "Rowntree", "Kettering", "Marsh",
                        "Fenwick", "Lowther", "Haddad", "Tanaka", "Pemberton", "Ashworth", "Sandhu", "Quigley"]
        let notes = surnames.map { "Mr Owen \($0) (teaching assistant): exit interview booked, overpayment to recover.\n\n" }.joined()
        XCTAssertGreaterThan(surnames.count, DocumentState.staffingIndexThreshold)
        let numbers = (0..<2200).map { "Office line: 01632 960 \(100 + $0 % 900)\n" }.joined()
        func names(_ text: String) throws -> [String] {
            try scan(text, options: ScanOptions(reveal: true)).events.filter { $0.finding.category == .personal && $0.finding.detector.hasPrefix("person_name") }
                .map { "\($0.value ?? "") \($0.finding.explanation.context ?? "")" }.sorted()
        }
        let alone = try names(notes)
        XCTAssertEqual(alone.filter { $0.hasSuffix(DocumentState.staffingMatterContext) }.count, surnames.count, "\(alone)")
        XCTAssertEqual(try names(numbers + notes), alone)
    }

    /// A report's comments, each headed by its pupil ("Oliver Ackroyd: Oliver has ..."); not a
    /// play's lines.
    func testAReportsCommentHeadedByItsPupil() throws {
        let comments = try found("Oliver Ackroyd: Oliver has struggled with friendships this half term.\nPriya Patel: She has made a strong start.\n")
        XCTAssertEqual(comments["Oliver Ackroyd"], .medium, "\(comments)")
        XCTAssertEqual(comments["Priya Patel"], .medium)
        XCTAssertNil(try found("Romeo Montague: But soft, what light through yonder window breaks?\n")["Romeo Montague"].flatMap { $0 > .low ? $0 : nil })
        // The name alone on its line, its comment on the next; or a learning journal's, after its
        // date and title. Not a newsletter's new colleague.
        let draft = try found("7B report comments\nZofia Kowalska\nZofia works conscientiously in lessons. She achieved 56% in the assessment.\n")
        XCTAssertEqual(draft["Zofia Kowalska"], .medium, "\(draft)")
        let journal = try found("Rhys Pritchard\n23/03/2021\nBuilding a tower\nRhys built a tower of 14 blocks and counted them carefully.\n")
        XCTAssertEqual(journal["Rhys Pritchard"], .medium, "\(journal)")
        let news = try found("Staff news\nSarah Evans\nSarah joins us as our new Year 3 teacher from Oakwood Primary.\n")
        XCTAssertNil(news["Sarah Evans"].flatMap { $0 > .low ? $0 : nil }, "\(news)")
    }

    /// A life's dates are no one's date of birth: a death told after it, or two dates as a range.
    func testALifesDatesAreNoDateOfBirth() throws {
        let life = try found("Olive Morris\nBorn 26 June 1952, St Catherine, Jamaica\nCommunity activist in Brixton\nDied 12 July 1979 aged 27\n")
        XCTAssertFalse(life.values.contains { $0 > .low }, "\(life)")
        XCTAssertFalse(try found("Alan Turing (23 June 1942 - 7 June 1994)\nBorn in Maida Vale").values.contains { $0 > .low })
        XCTAssertFalse(try found("Players must be born 1 September 2011 - 31 August 2012.").values.contains { $0 > .low })
        XCTAssertEqual(try found("Amelia was born on 14/03/2015 at Leeds General.\n")["14/03/2015"], .high)
    }

    /// A pay committee's case names its teacher ("the appeal from Tom Ashworth ... appeal not
    /// upheld"); the head on a letterhead above a pupil's suspension letter is staff in a post.
    func testAPayAppealsTeacherAndALetterheadsHead() throws {
        let minutes = try found("Item 4: Pay progression appeals\nThe committee considered the appeal from Tom Ashworth against the decision.\nResolved: appeal not upheld.\n")
        XCTAssertEqual(minutes["Tom Ashworth"], .medium, "\(minutes)")
        let letter = try found("Headteacher: Mrs H. Marsh BA NPQH\n\nDear [Parent/carer],\nI am writing to inform you that [Name] has been suspended for [n] day(s).\n")
        XCTAssertFalse(letter.values.contains { $0 > .low }, "\(letter)")
    }

    /// Britain's made-up family in a training pack: "Jane Bloggs (mum)" and "Joe" before "Bloggs".
    func testTheBloggsFamilyIsMadeUp() throws {
        let pack = "Child's name: Joe Bloggs      Class: Y3\nFamily contact: Jane Bloggs (mum) 07700 900123\n"
        let names = try scan(pack).events.filter { $0.finding.detector.hasPrefix("person_name") }
        XCTAssertTrue(names.isEmpty, "\(names.map(\.finding.detector))")
        let real = try scan("Family contact: Jane Bloggett (mum) 07700 900123\n").events
        XCTAssertTrue(real.contains { $0.finding.detector.hasPrefix("person_name") })
    }

    /// A local history project's transcription of an 1894 admissions register: its rows'
    /// people are long dead. A row whose birth date is a system's empty date is a pupil's.
    func testAnOldRegistersRowsAreNoOnes() throws {
        var csv = "Adm No,Date of admission,Name of child,Date of birth,Parent or guardian,Residence\n"
        csv += "214,07/01/1894,Albert Henry Moss,12/03/1886,Joseph Moss (weaver),Calder Row\n"
        csv += "215,07/01/1894,Edith Mary Crabtree,02/11/1885,Sarah Crabtree (widow),Mill Fold\n"
        let (events, outcome) = try scan(csv, delimiter: 44)
        XCTAssertTrue(events.isEmpty, "\(events.map(\.finding.detector))")
        XCTAssertEqual(outcome.risk.level, .none)
        let unknown = "Adm No,Date of admission,Name of child,Date of birth,Parent or guardian,Residence\n"
            + "3,04/09/2024,Olivia Hughes,01/01/1900,Sarah Hughes,12 Acacia Avenue\n"
        XCTAssertFalse(try scan(unknown, delimiter: 44).events.isEmpty)
    }

    /// Lists of places and of schools: a catchment's streets, the feeder primaries' own details.
    func testACatchmentsStreetsAndFeederSchoolsAreNoOnes() throws {
        let streets = "Street,Postcode(s),Notes\nMoorcroft Lane,\"LS13 4RD, LS13 4RE\",Whole street\nHeron Way,LS13 3TS,Nos 1-40 only\n"
            + "Ridge Lane,LS13 9PE,Split - north side only\n"
        XCTAssertEqual(try scan(streets, delimiter: 44).outcome.risk.level, .none)
        let feeders = "School,URN,DfE No,Phone,Postcode,Y6 on roll 2025,Transferring to BCH\n"
            + "Oakfield Primary School,107321,873/2214,0113 496 0410,LS13 3QB,58,41\n"
            + "Thornbury Vale Primary,107388,873/3302,0113 496 0420,LS13 4PA,30,24\n"
            + "St Luke's CE Primary,107455,873/3417,0113 496 0430,LS12 2LE,29,12\n"
        XCTAssertEqual(try scan(feeders, delimiter: 44).outcome.risk.level, .none)
        // An address column of a class list is still one.
        let homes = "Name,Street,Postcode\nOlivia Hughes,12 Acacia Avenue,LS13 3TS\n"
        XCTAssertGreaterThanOrEqual(try scan(homes, delimiter: 44).outcome.risk.level, .low)
    }

    /// A provision map's interventions under "name", a newspaper's news desk, SEND training's
    /// role models.
    func testInterventionsNewsDesksAndRoleModelsAreNoOnes() throws {
        let config = "intervention_library:\nname: Talk Boost\nname: Lego Therapy\nname: Precision Teaching\n"
        XCTAssertTrue(try scan(config).events.isEmpty)
        XCTAssertTrue(try scan("To: newsdesk@kestwick-echo.example.co.uk\nOpen evening on Thursday.\n").events.isEmpty)
        let slides = "Famous dyslexic people\nKeira Knightley, actor - diagnosed aged 6\nTemple Grandin, born 29 August 1947\n"
        XCTAssertTrue(try scan(slides).events.isEmpty)
        let assembly = "Stephen Lawrence was born on 13 September 1974 in London.\n"
        XCTAssertTrue(try scan(assembly).events.isEmpty)
        let abroad = "In an emergency call the school 24h emergency line: 07700 900000 (held by the duty SLT member)\n"
        XCTAssertTrue(try scan(abroad).events.isEmpty)
    }

    /// A history lesson's timeline ("Date | Event"): its rows before 1930 name people of
    /// history; a school's name run on into a compound ("Bro Hedd Welsh-medium School") is none.
    func testATimelinesOldRowsAndACompoundAreNoOnes() throws {
        let timeline = "| Dyddiad | Digwyddiad |\n|---|---|\n| 1588 | William Morgan yn cyfieithu'r Beibl |\n"
            + "| 1800 | Mari Jones yn cerdded i'r Bala at Thomas Charles |\n"
        let timelineEvents = try scan(timeline, delimiter: 124).events
        XCTAssertTrue(timelineEvents.isEmpty, "\(timelineEvents.map(\.finding.detector))")
        let recent = "| Date | Event |\n|---|---|\n| 14/03/2025 | Olivia Hughes (mum) rang about the trip |\n"
        XCTAssertFalse(try scan(recent, delimiter: 124).events.isEmpty)
        let newsletter = "Newyddion Bro Hedd Welsh-medium School, Chwefror 2025\nTo: rhieni@brohedd.ysgol.cymru\n"
        XCTAssertTrue(try scan(newsletter).events.isEmpty)
    }

    /// A headerless list, surname in capitals first ("- ASHDOWN Reuben 19.01.21 - EYPP yes"):
    /// every line's pupil is counted, the list's last too; a list of subjects and their kit
    /// ("PE Kit  Monday") is no one's.
    func testAListSurnameInCapitalsFirstCountsEveryLine() throws {
        let checks = "EYPP / DAF eligibility - spring term checks\n- ASHDOWN Reuben 19.01.21 - EYPP yes\n"
            + "- MENSAH-DORRINGTON Kai 04.03.21 - EYPP no\n- BHATTACHARJEE Zayn 14.09.20 - awaiting LA check\n"
            + "- LLEWELLYN-BOYCE Harper 12.10.20 - awaiting LA check\n"
        let outcome = try scan(checks).outcome
        XCTAssertEqual(outcome.risk.subjects, 4)
        let candidates = "MCALINDEN Orlaith      cand 51204\nNI BHRIAIN Saoirse     cand 51205\nQUINN Ronan            cand 51207\n"
        XCTAssertEqual(try scan(candidates).outcome.risk.subjects, 3)
        let kit = "PE Kit  Monday\nRE Homework  Tuesday\nICT Suite  Wednesday\nNOTE Grace  period ends Friday\n"
        XCTAssertTrue(try scan(kit).events.isEmpty)
        // The same with the surname in ordinary case and a comma: the list's four, not one.
        let flagged = "Flagged pupils\nBegum, Ibrahim\nGallacher, Esme\nSutcliffe, Callum\nIqbal, Keira\n"
        let flaggedScan = try scan(flagged)
        XCTAssertEqual(flaggedScan.outcome.risk.subjects, 4, "\(flaggedScan.events.map { ($0.finding.detector, $0.finding.location.offset) })")
    }

    /// A kitchen whiteboard copied out in lower case, a PDF form's label over its value, a
    /// heading's surname in capitals before a form group: each names a pupil.
    func testNamesInLowerCaseUnderTheirLabelsAndBeforeAFormGroup() throws {
        let whiteboard = "allergies - copied off the kitchen whiteboard\naarav patel 6T - sesame + kiwi, jext on him\n"
            + "sofia marchetti 5 - coeliac, GF bread top shelf\n"
        XCTAssertEqual(try scan(whiteboard).outcome.risk.level, .high)
        let form = "PARENTAL AGREEMENT FOR SCHOOL TO ADMINISTER MEDICINE\nName of child\nCharlie Pimm\nDate of birth\n"
            + "Medical condition or illness\nHay fever, seasonal\n"
        XCTAssertEqual(try scan(form).outcome.risk.level, .high)
        let print = "Behaviour summary\nLegal Surname\nO'Driscoll\nLegal Forename\nSaoirse\nReg Group 11SB\n"
        let printEvents = try scan(print).events
        XCTAssertEqual(printEvents.map(\.finding.detector), ["person_name_fields_on_lines"])
        XCTAssertEqual(try scan(print, options: ScanOptions(reveal: true)).events.first?.value, "O'Driscoll Saoirse")
        XCTAssertFalse(try scan("REINTEGRATION - KOWALCZYK Noah - 8AC\nMum attended (Marta).\n").events.isEmpty)
        // A blank template's labels are no one's, nor a plan's "GP" row under its contacts.
        let blank = "Name\nSurname\nForename\nDate of birth\n"
        XCTAssertTrue(try scan(blank).events.isEmpty)
        XCTAssertFalse(PersonName.contactCell(Array("GP".utf8)))
        let lesson = "mark scheme 3 - answers on the back\nsee page 5 - the table\n"
        XCTAssertTrue(try scan(lesson).events.isEmpty)
    }

    /// A guide's worked example, one identifier in a document that says it is made up, is
    /// none; a data specification's example row is made up.
    func testAWorkedExampleAndAnExampleRowAreNoOnes() throws {
        let guide = "How UPNs work\nWorked example (made up): X873855021638 - check letter X.\n"
        XCTAssertEqual(try scan(guide).outcome.risk.level, .none)
        let spec = "{\"fields\": [{\"name\": \"DOB\", \"type\": \"date\"}],\n \"example_row\": {\"DOB\": \"2006-01-01\"}}\n"
        XCTAssertEqual(try scan(spec).outcome.risk.level, .none)
    }

    /// A scan's OCR with two spaces between its words is read with one: its NI number and
    /// postcode are found, the same in small chunks as in one; a table aligned with spaces
    /// keeps its columns.
    func testTextWithTwoSpacesBetweenWordsIsReadWithOne() throws {
        var ocr = "FREE  SCHOOL  MEALS  /  PUPIL  PREMIUM  -  APPLICATION\nSection  A  -  Parent  /  Carer  details\n"
            + "Surname\nFLANAGAN\nFirst  name(s)\nBernadette  Clare\nNational  Insurance  number\nJK  45  12  78  B\n"
            + "Address\nFlat  12,  Marlborough  Court,  Tyne  Road,  Newcastle  NE4  7LS\n"
        for line in 0..<400 { ocr += "Line  \(line)  of  the  form  continues  here  with  more  words  to  read\n" }
        ocr += "Second  child  Aoife  Flanagan  National  Insurance  number  JK  45  12  78  B\n"
        let whole = try scan(ocr).events.map { "\($0.finding.detector) \($0.finding.location.offset ?? -1)" }
        XCTAssertTrue(whole.contains { $0.hasPrefix("uk_nino") }, "\(whole)")
        XCTAssertTrue(whole.contains { $0.hasPrefix("uk_postcode") }, "\(whole)")
        let chunked = try scan(ocr, options: ScanOptions(chunkSize: 4096)).events.map { "\($0.finding.detector) \($0.finding.location.offset ?? -1)" }
        XCTAssertEqual(whole, chunked)
        let aligned = "Surname      Forename    UPN\nHughes       Olivia      A873202111007\nOkafor       Chidi       A873202111015\n"
        XCTAssertFalse(DocumentScanner.isDoubleSpaced(UnsafeRawBufferPointer(start: aligned, count: aligned.utf8.count)))
        XCTAssertTrue(ocr.utf8.withContiguousStorageIfAvailable { DocumentScanner.isDoubleSpaced(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer($0)[..<4096])) } ?? false)
    }

    /// A table of pioneers with their lives' dates names people of history; a staff list's
    /// dates of birth and starting dates do not make its people history.
    func testATableOfLivesDatesIsHistoryAndAStaffListIsNot() throws {
        let pioneers = "| Name | Dates | Idea |\n|---|---|---|\n| Maria Montessori | 31 August 1870 - 6 May 1952 | Prepared environment |\n"
            + "| Margaret McMillan | 20 July 1860 - 29 March 1931 | Open-air nursery |\n| Susan Isaacs | 24 May 1885 - 12 October 1948 | Malting House |\n"
        XCTAssertEqual(try scan(pioneers, delimiter: 124).outcome.risk.level, .none)
        let staff = "Name,DOB,Started\nOlivia Hughes,14-03-1948,01-09-1970\nAmelia Clarke,02-02-1949,01-09-1975\n"
        XCTAssertTrue(try scan(staff, delimiter: 44).events.contains { $0.finding.detector.hasPrefix("person_name") })
    }

    /// A worked example's parent, "Parent: Jane Bloggs   Tel: 01234 567890", is made up though
    /// the name runs on into the next label.
    func testAMadeUpSurnameBeforeTheNextLabel() throws {
        XCTAssertTrue(try scan("Parent: Jane Bloggs Tel: 01234 567890\n").events.filter { $0.finding.detector.hasPrefix("person_name") }.isEmpty)
    }

    /// A typed transfer note's dotted leaders label their values ("Name ........ Poppy
    /// Hargreaves", "D.O.B ........ 3rd May 2012"); dots before another label still leave a
    /// blank field ("Date of birth: ........  Date of trip: 14/03/2025").
    func testADottedLeaderLabelsItsValue() throws {
        let found = try found("PUPIL SUPPORT - INFORMATION FOR RECEIVING SCHOOL\n\nName .............. Poppy Hargreaves\n"
                              + "D.O.B ............. 3rd May 2012\nMother ............ Leanne Hargreaves\n")
        XCTAssertNotNil(found["Poppy Hargreaves"])
        XCTAssertNotNil(found["Leanne Hargreaves"])
        XCTAssertEqual(found["3rd May 2012"], .high)
        XCTAssertNil(try self.found("Child's date of birth: ........  Date of trip: 14/03/2025\n")["14/03/2025"])
    }

    /// A group's attendance line names its members; a staff meeting's, in their roles, does not.
    func testAnAttendanceLine() throws {
        let found = try found("Book club notes 23/01/25\nPresent: Ruby Okafor, Harvey Brennan, Aisha Rahman, Mrs Fairbairn\n")
        XCTAssertNotNil(found["Ruby Okafor"])
        XCTAssertTrue(try scan("Present: Sian Griffiths (Counsellor), Owain Pugh (DSL)\n").events.isEmpty)
    }

    /// "born" before a later date is that date's: the first is an event's ("On 1 December 1955
    /// Rosa Parks (born 4 February 1913) ..."), as a label before the next value is.
    func testAKeywordBeforeTheNextDateIsThatDatesLabel() throws {
        let found = try found("On 1 December 1955 Rosa Parks (born 4 February 1913) refused to give up her seat.\n")
        XCTAssertNil(found["1 December 1955"])
    }

    /// A PDF's text squeezes a form's spaces: "School" after the name is the next label there,
    /// no part of a school's name ("Pupil: Freddie Hollingworth School: Fenbridge Primary").
    func testANameBeforeTheNextLabelOnASqueezedLine() throws {
        XCTAssertNotNil(try found("Pupil: Freddie Hollingworth School: Fenbridge Primary Instrument: Violin\n")["Freddie Hollingworth"])
        XCTAssertNil(try found("Pupil: Thomas Telford School\n")["Thomas Telford"])
    }

    /// A first aid log's "Person supported" holds people; its "Staff/Student" says which kind
    /// ("Staff" is no one's name). A sponsored walk's walkers and sponsors are people too.
    func testAFirstAidLogsAndASponsoredWalksPeople() throws {
        let log = try found("Incident date,First aider,Person supported,Staff/Student,Summary\n"
                            + "04/10/2024,J. Abernethy,Leah Dunmore (Y12),Student,Panic attack\n"
                            + "22/10/2024,J. Abernethy,Mr Colin Fairweather,Staff,Tearful in staffroom\n"
                            + "02/12/2024,S. Patel,Ben Carrow,Student,Disclosed suicidal thoughts\n", delimiter: 44)
        XCTAssertNotNil(log["Leah Dunmore"])
        XCTAssertNotNil(log["Ben Carrow"])
        XCTAssertNil(log["Staff"])
        let walk = try found("Walker,Class,Sponsor,Address,Postcode,Amount\nEthan Crowther,Y6 Owls,Barbara Crowther,7 Eastgate,LS16 9HH,5.00\n", delimiter: 44)
        XCTAssertNotNil(walk["Ethan Crowther"])
        XCTAssertNotNil(walk["Barbara Crowther"])
    }

    /// A street's abbreviation is no surname: "Great George St LS1 3EX".
    func testAStreetAbbreviationIsNoSurname() throws {
        XCTAssertNil(try found("Nearest A&E: Leeds General Infirmary, Great George St LS1 3EX, 0113 243 2799.\n")["George St"])
    }

    /// A template's made-up people and values: "Jane Bloggs, Year 3" on a worked example, a
    /// field map's "Example" column; a knight's date in a history source is no birth date.
    func testExamplesAndHistorysPeopleAreNoOnes() throws {
        XCTAssertTrue(try scan("EXAMPLE ONLY\nChild: Jane Bloggs, Year 3\n").events.filter { $0.finding.detector.hasPrefix("person_name") }.isEmpty)
        let map = try found("MergeField,MIS Source,Format,Example\n«DOB»,Student.DateOfBirth,dd/MM/yyyy,01/09/2012\n", delimiter: 44)
        XCTAssertNil(map["01/09/2012"])
        XCTAssertNil(try found("Diary of Sir Alexander Cadogan, 27 May 1940\n")["27 May 1940"])
        XCTAssertNil(try found("Dear Mr Darcy,\nI write to you about your conduct at the ball.\n")["Mr Darcy"])
        XCTAssertNil(try found("Makaton sign of the week with Mr Tumble - ask Mum and Dad to practise at home.\n")["Mr Tumble"])
        XCTAssertNil(try found("History - Helen Keller and Anne Sullivan (Y5)\n")["Anne Sullivan"])
        // A chronology template's abbreviated titles under its "CHILD:" label; a pupil's initials are someone's.
        let template = try found("CHILD:,[name],D.O.B,dd/mm/yyyy\nDt,Src,What happened,Who\n", delimiter: 44)
        XCTAssertNil(template["Dt"])
        XCTAssertNotNil(try found("Pupil,Form\nJT,8C\n", delimiter: 44)["JT"])
        // A rota by initials says so in its title's brackets: not reported (low at most)...
        XCTAssertNotEqual(try found("Day,Tutor,Pupil (initials),Yr\nMon,Brass,OBH,9\n", delimiter: 44)["OBH"], .medium)
        // ... unless the document says something of a special category about them (a school
        // nurse's drop-in log, round 902's).
        let dropIn = try found("Date,Initials,Yr/Form,Reason\n14/01/25,R.A.,Y11 11C,\"Low mood, mentions self-harm; CAMHS referral\"\n", delimiter: 44)
        XCTAssertEqual(dropIn["R.A."], .medium)
    }

    /// A thing's name by its label ("Trip name:", a JSON export's "activity name:") is no
    /// person's; a pupil's name is still.
    func testAThingsNameIsNoPersons() throws {
        XCTAssertNil(try found("Trip name: Ski Austria\nPrice: 1195.00\n")["Ski Austria"])
        XCTAssertNil(try found("category name: Family Issues\n")["Family Issues"])
        XCTAssertNotNil(try found("pupil name: Keira Pritchard\n")["Keira Pritchard"])
        XCTAssertNotNil(try found("Supplier name: Graeme McAllister (sole trader)\n")["Graeme McAllister"])
    }

    /// Rounds 638-643: a council's services and a music service's groups under "name:", a
    /// service's name in its web address, a worked example labelled so, a story's characters
    /// (a nickname in brackets, a reading list's "lives at"); a pupil's name and address still.
    func testServicesGroupsExamplesAndCharacters() throws {
        let services = try found("contacts:\n  - name: Northshire CAMHS single point of access\n    web: https://www.northshire-camhs.nhs.uk\n"
                                 + "  - name: Young Carers Northshire (charity no. 1098765)\n  - {name: Brass Ensemble, day: Mon}\n"
                                 + "pupil name: Keira Pritchard, UPN A801200101001, referred to CAMHS\n")
        XCTAssertNil(services["Northshire CAMHS"], "\(services)")
        XCTAssertNil(services["Young Carers Northshire"], "\(services)")
        XCTAssertNil(services["Brass Ensemble"], "\(services)")
        XCTAssertEqual(try scan("web: https://www.northshire-camhs.nhs.uk\npupil name: Keira Pritchard, UPN A801200101001\n").events
            .filter { $0.finding.detector == "special_health" }.count, 0)
        let example = try found("Example: John Smith, 01/01/2015, Class 3X - do not copy the example into the form.\n")
        XCTAssertTrue(example.isEmpty, "\(example)")
        XCTAssertNotNil(try found("Pupil: John Smith, 01/01/2015, Class 3X, DOB on file\n")["John Smith"])
        XCTAssertNil(try found("| William (Willie) Beech | 8 | Deptford, London | shy, bruises |\n")["William"])
        XCTAssertNotNil(try found("Olivia (Robins) has been unwell this week.\n")["Olivia"])
        XCTAssertTrue(try found("The Curious Incident - Mark Haddon (2003). Christopher Boone, 15, lives at 36 Randolph Street, Swindon.\n").isEmpty)
        XCTAssertNotNil(try found("Tyler lives at 36 Randolph Street, Swindon with his nan.\n")["36 Randolph Street, Swindon"])
    }

    /// Rounds 641-649: a name before its birth date's label ("(date of birth 02/12/2006)", "(born
    /// ...)", a class between), the date found too; a Welsh school's name; a year group in small
    /// letters; a virtue name before a year group; a surname in capitals in a record's fields.
    func testNamesBeforeLabelledBirthDatesAndWelshSchools() throws {
        let reference = try found("REFERENCE: Folasade Oyelaran (date of birth 02/12/2006)\n")
        XCTAssertNotNil(reference["Folasade Oyelaran"], "\(reference)")
        XCTAssertNotNil(reference["02/12/2006"], "\(reference)")
        let log = try found("Seizure log (Sami Qureshi, Class 4B, DOB 12/02/2015)\n")
        XCTAssertNotNil(log["Sami Qureshi"], "\(log)")
        XCTAssertNotNil(log["12/02/2015"], "\(log)")
        let subject = try found("Re: Jacob Bennett, date of birth 03/05/2012, UPN A801200101001\n")
        XCTAssertNotNil(subject["Jacob Bennett"], "\(subject)")
        XCTAssertNotNil(subject["03/05/2012"], "\(subject)")
        XCTAssertNotNil(try found("Folasade Adewale (born 14/06/1997) lives at 8 Grove Park, Liverpool L8 0TA\n")["Folasade Adewale"])
        XCTAssertTrue(try found("{\"ysgol\": \"Ysgol Gyfun Gymraeg Bryn Celyn\", \"PYDd_eFSM\": {\"disgyblion\": 187}}\n").isEmpty)
        XCTAssertNotNil(try found("during her lesson Lacey-Jade Morgan (yr 10, castlegate) asked to stay\n")["Lacey-Jade Morgan"])
        XCTAssertNotNil(try found("2.3 Patience Ogunleye (Y9, 9SW) - looked after child\n")["Patience Ogunleye"])
        XCTAssertNil(try found("Hope Street (Year 5) and Peace Garden (Y3)\n")["Hope Street"])
        let yaml = try found("pupils:\n  - upn: A801200101001\n    surname: PRITCHARD\n    forename: Osian\n  - upn: A801200101001\n    surname: Jones\n    forename: Megan\n")
        XCTAssertEqual(Set(yaml.keys.filter { $0.contains(" ") }), ["PRITCHARD Osian", "Jones Megan"], "\(yaml)")
        // (A JSON array's records read as lines: no surname paired with the next record's forename.)
        let records = try found("upn: A801200101001\nforename: Osian\nsurname: Pritchard\nupn: A801200101001\nforename: Megan\nsurname: Jones\n")
        XCTAssertEqual(Set(records.keys.filter { $0.contains(" ") }), ["Osian Pritchard", "Megan Jones"], "\(records)")
        XCTAssertNil(try found("- Postcode layout: outward code + space, e.g. `B11 1AA` style.\n")["B11 1AA"])
    }

    /// An old register's or log book's line, all its dates before 1920, names people of
    /// history; not when the line also reaches someone alive (a relative's e-mail).
    func testALineDatedLongAgoNamesHistorysPeople() throws {
        XCTAssertTrue(try found("March 3rd 1890. Attendance poor. Florence Pettigrew absent 3 weeks with ringworm.\n").isEmpty)
        let register = try found("Adm No,Date of Admission,Name,Date of Birth,Residence\n"
                                 + "412,Jany 7th 1889,\"Gotobed, Albert Edward\",March 3rd 1881,3 Mill Lane\n", delimiter: 44)
        XCTAssertTrue(register.isEmpty, "\(register)")
        let today = try found("Soldier,Died,Relative helping,Contact email\n"
                              + "Pte Albert Gotobed,11 Apr 1917,Mrs Linda Gotobed-Hart,linda.gh@btinternet.com\n", delimiter: 44)
        XCTAssertNotNil(today["linda.gh@btinternet.com"])
        XCTAssertNotNil(try found("Florence Pettigrew (DOB 14/05/2015) was absent on 3 March 2025 with ringworm.\n")["Florence Pettigrew"])
    }

    /// A word in capitals after an article is no surname ("the BFG, Sophie"); a register
    /// class's "1A" before a surname in capitals is no article.
    func testAWordInCapitalsAfterAnArticleIsNoSurname() throws {
        XCTAssertNil(try found("Characters we met: the BFG, Sophie and the Queen.\n")["BFG, Sophie"])
        XCTAssertNotNil(try found("Class\tPupil\tContact\n1A\tDOCHERTY, Fiona\t07700 900123\n", delimiter: 9)["DOCHERTY, Fiona"])
    }

    /// A hurried note typed in lower case names its pupils and parents: a given name that is
    /// no everyday word and a surname, or a title; a lesson's lower-case prose names no one.
    func testANoteInLowerCaseNamesItsPupils() throws {
        let note = "mon - priya sharma v unsettled after lunch, told me dad shouted at mum again. passed to DSL\n"
            + "- tomasz nowak's mum re free school meals form\nmrs zhang rang re lily, says dad turned up at the gate\n"
        let names = try found(note)
        XCTAssertEqual(names["priya sharma"], .medium)
        XCTAssertEqual(names["tomasz nowak"], .medium)
        XCTAssertEqual(names["mrs zhang"], .medium)
        let lesson = "grace period ends friday. max speed of the car.\npriya said the plan was fine.\nthe mr men books are in the corner\n"
        XCTAssertTrue(try scan(lesson).events.isEmpty)
        // (At a document's start the pattern runs without a trigger: a key is no given name.)
        XCTAssertTrue(try found("template id\nattendance letter, stage 1\n").isEmpty)
    }

    /// A letter beyond ASCII continues a word: "Marek D" is no given name and initial in
    /// "Marek Dąbrowski".
    func testAnAccentedLetterContinuesAWord() throws {
        XCTAssertNil(try found("Marek Dąbrowski - asthma, inhaler in his bag\n")["Marek D"])
    }

    /// A special category's word stands beside a value it overlaps: "Tiegan Marsh – CP plan" is a
    /// name heading a plan and a child protection plan (round 757's slide).
    func testASpecialWordStandsBesideTheNameItOverlaps() throws {
        let found = try found("Groups\nReuben Okafor - CAMHS referral pending. Tiegan Marsh – CP plan, SW is Lisa Crane.\n")
        XCTAssertNotNil(found["Tiegan Marsh"])
        XCTAssertNotNil(found["CP plan"])
    }

    /// A document that says its people are made up reports them at low, its identifiers as they
    /// are; a lesson's model ("model paragraph") says nothing of its people.
    func testAMadeUpDocumentsPeopleAreReportedAtLow() throws {
        var ids = Identifiers(seed: 3)
        let upn = ids.upn()
        let madeUp = try found("Customers table (FICTIONAL DATA)\nName,Email,DOB\nOlivia Hughes,olivia@example.com,14/03/2012\nUPN \(upn)\n")
        XCTAssertEqual(madeUp["Olivia Hughes"], .low)
        XCTAssertEqual(madeUp["14/03/2012"], .low)
        XCTAssertEqual(madeUp[upn], .high)
        let model = try found("Use the model paragraph with her.\nName: Olivia Hughes  DOB: 14/03/2012\n")
        XCTAssertGreaterThan(model["Olivia Hughes"] ?? .low, .low)
    }

    /// A date after "by" is a deadline, not the birth date a question's "birthdays" is near
    /// (rounds 771 and 787's worksheets).
    func testADateAfterByIsNoBirthDate() throws {
        XCTAssertNil(try found("Name: Sam Jones\nSomeone born on 29/02/2008 - how many birthdays by 01/03/2025?\n")["01/03/2025"])
        XCTAssertNotNil(try found("Name: Sam Jones\nBirthday: 01/03/2015\n")["01/03/2015"])
    }

    /// A form's labels each with its value in the next cell are a record, not a table's header
    /// (round 774's risk assessment).
    func testLabelsAndValuesInCellsAreNoHeader() {
        XCTAssertTrue(TableTokenizer.readsAsLabelsAndValues(["Ratio:", "1:10", "Pupils:", "approx. 180", "Staff:", "18"]))
        XCTAssertFalse(TableTokenizer.readsAsLabelsAndValues(["Hazard", "Who at risk", "Likelihood (1-5)", "Risk"]))
        XCTAssertFalse(TableTokenizer.readsAsLabelsAndValues(["Name:", "Olivia", "Class:"]))
    }

    /// A calendar event's subject is found as its name only (`span: value`): a phone number
    /// earlier in the summary keeps its own finding.
    func testAnEventsSubjectSpansItsNameOnly() throws {
        let found = try found("SUMMARY:Tel 07700 900123 - phone call - Alfie Brennan\n")
        XCTAssertEqual(found["Alfie Brennan"], .medium)
        XCTAssertNotNil(found["07700 900123"])
    }

    /// A three-word name is a given name, a middle given name and a surname; a PDF table's names
    /// run together are two people, not one of three words (rounds 793 and 797).
    func testAMiddleNameIsAGivenName() throws {
        XCTAssertNotNil(try found("Chloe Ann Vaughan has asthma.\n")["Chloe Ann Vaughan"])
        XCTAssertNotNil(try found("Group 1: Grace O'Connor, Mohammed Ali Shah (SEN K)\n")["Mohammed Ali Shah"])
        let run = try found("Harvey Doyle Grace Hughes has asthma.\n")
        XCTAssertNil(run["Harvey Doyle Grace"])
        XCTAssertNotNil(run["Grace Hughes"])
    }

    /// A date after a death's word is no birth date, under a "Born / died" title too (round 804's).
    func testADeathDateIsNoBirthDate() throws {
        let lives = try found("Name: Sophia Duleep Singh\nBorn / died: b. 8 August 1876 – d. 22 August 1948\n")
        XCTAssertNil(lives["22 August 1948"])
        XCTAssertNil(try found("Pupil: Amelia Hughes\nDOB: 14/03/2012, grandfather died 03/04/2019\n")["03/04/2019"])
    }

    /// A contact card with an organisation and no person's name is the organisation's: its
    /// name, its numbers and its mailbox are no one's; "Disclosure and Barring" is no disclosure
    /// (round 803's list of useful contacts).
    func testAnOrganisationsCardWithoutAPersonsName() throws {
        let card = "BEGIN:VCARD\nVERSION:3.0\nFN:Leeds LADO (Local Authority Designated Officer)\nORG:Leeds City Council\n"
            + "TEL;TYPE=WORK:0113 378 9687\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:DBS Customer Services\nORG:Disclosure and Barring Service\nEND:VCARD\n"
        let cards = try found(card)
        XCTAssertNil(cards["Leeds LADO"])
        XCTAssertNil(cards["Disclosure"])
        let person = try found("BEGIN:VCARD\nVERSION:3.0\nN:Hughes;Sarah;;;\nFN:Sarah Hughes\nORG:Leeds City Council\nEND:VCARD\n")
        XCTAssertNotNil(person["Sarah Hughes"])
        // (Beside a pupil's record, where special words count: the DBS is no disclosure, a disclosure is.)
        var ids = Identifiers(seed: 5)
        let record = try found("Pupil: Olivia Hughes, UPN \(ids.upn())\nDBS: Disclosure and Barring Service check seen\n")
        XCTAssertNotNil(record["Olivia Hughes"])
        XCTAssertNil(record["Disclosure"])
        XCTAssertNotNil(try found("Pupil: Olivia Hughes\nDisclosure made to the DSL on Monday.\n")["Disclosure"])
    }

    /// Of the keywords around a name, one on its own line is the one shown: the next line's
    /// pupil's condition is not this one's (rounds 796-806).
    func testAKeywordOnTheNamesOwnLineIsShown() throws {
        let scanner = try DocumentScanner(engine: engine, options: ScanOptions(minConfidence: .low, reveal: true))
        var contexts: [String: String] = [:]
        _ = try scanner.scan(text: "Harvey Doyle has asthma\nLisa Whitlock - epilepsy, rescue meds in office\n",
                             document: DocumentDescription(path: "doc", delimiter: nil)) { event in
            if let value = event.value, let context = event.finding.explanation.context { contexts[value] = context }
        }
        XCTAssertEqual(contexts["Lisa Whitlock"].map { $0.contains("epilepsy") }, true, "\(contexts)")
    }

    /// A second Markdown table, its rule under its header, is read under its own titles, not
    /// the first table's "Surname | Forename" (round 813's DPIA).
    func testASecondMarkdownTableHasItsOwnHeader() throws {
        let text = "| Surname | Forename | Note |\n|---|---|---|\n| Prydderch | Siân | medical note |\n\n## Risks\n\n"
            + "| Risk | Likelihood | Severity |\n|---|---|---|\n| Flags lost | Likely | Severe |\n"
        let found = try found(text, delimiter: 124)
        XCTAssertNotNil(found["Siân Prydderch"] ?? found["Prydderch Siân"], "\(found)")
        XCTAssertNil(found["Likelihood"])
        XCTAssertNil(found["Likely"])
    }

    /// A document says its people are made up in its opening, not deep inside: a report that
    /// mentions "fictional characters" after 4 KB keeps its people (round 810's).
    func testAMadeUpMarkerCountsInTheOpeningOnly() throws {
        let filler = String(repeating: "The class read the set text together and discussed its themes at length.\n", count: 70)
        let late = try found("Pupil: Olivia Hughes (Year 7), DOB 14/03/2012\n" + filler + "She describes fictional characters well.\n")
        XCTAssertGreaterThan(late["Olivia Hughes"] ?? .low, .low)
        let early = try found("Sample answers use a fictitious family.\nPupil: Olivia Hughes (Year 7), DOB 14/03/2012\n")
        XCTAssertEqual(early["Olivia Hughes"], .low)
    }

    /// A number with a decimal part, or whose groups of three go on, is no phone number (rounds 805 and 815's maths).
    func testABigNumberIsNoPhone() throws {
        XCTAssertNil(try found("Name: Sam Jones\nRound 07946 318 205.77 to 3 significant figures.\n")["07946 318 205"])
        XCTAssertNil(try found("Name: Sam Jones\nWrite 07 734 218 956 312 in words.\n")["07 734 218 956"])
        XCTAssertNotNil(try found("Name: Sam Jones\nMum's mobile: 07946 318 205.\n")["07946 318 205"])
    }

    /// A shorter match never ends inside a letter's bytes (round 820's "Elin Gruffydd  Ffôn").
    func testNoValueEndsInsideALetter() throws {
        let found = try found("Rhiant / Parent: Elin Gruffydd  Ffôn symudol / Mobile: 07700 900759\n")
        XCTAssertFalse(found.keys.contains { $0.contains("\u{FFFD}") }, "\(found)")
        XCTAssertNotNil(found["Elin Gruffydd"], "\(found)")
    }

    /// A BACS run's originator and its suppliers' accounts are organisations' (round 818's); an
    /// eVisa share code is no postcode (round 822's).
    func testABACSRunsOrganisationsAndAShareCode() throws {
        let run = "name\tsun\tsort Code\taccount\nCWM DERWEN HS DELEG\t471129\t30-96-26\t00981456\n\n"
            + "seq\tPayee\tSort Code\tAccount\n4\tHWB NETWORKS SOLUTIONS\t401162\t88120455\n"
        let accounts = try found(run, delimiter: 9)
        XCTAssertEqual(accounts.values.filter { $0 > .low }.count, 0, "\(accounts)")
        XCTAssertNil(try found("Name: Amira Haddad\nShare code: W7K 4PX 9RM\n")["W7K 4PX"])
        XCTAssertNotNil(try found("Name: Amira Haddad\nAddress: 11 Moor Street, Hereford HR4 9JX 100%\n")["HR4 9JX"])
    }

    /// A log's column of initials under abbreviated titles ("Dt | Ini | RG | Src | Conc") is
    /// read once the document holds a special category's word: no other title need say more
    /// (round 921's).
    func testInitialsUnderAbbreviatedTitlesWaitForASpecialWord() throws {
        let log = "| Dt | Ini | RG | Src | Conc |\n|----|-----|----|-----|------|\n"
            + "| 05/11 | TB | 9RP | Survey | Disclosed self-harm (cutting) to peer |\n| 11/11 | EMP | 8HW | Survey | CAMHS referral made |\n"
        let logFound = try found(log, delimiter: 124)
        XCTAssertEqual(logFound["TB"], .medium, "\(logFound)")
        XCTAssertEqual(logFound["EMP"], .medium, "\(logFound)")
        let rota = "| Dt | Ini | RG | Src | Job |\n|----|-----|----|-----|------|\n| 05/11 | TB | 9RP | Survey | Milk monitor |\n"
        XCTAssertNotEqual(try found(rota, delimiter: 124)["TB"], .medium)
    }

    /// A people column's abbreviated title that is a given name too ("Stu", a student; "Stu"
    /// Stuart) heads the table: its row is no register's row (round 1129's TA deployment sheet).
    func testAStudentColumnTitledStuIsAHeader() throws {
        let sheet = "Stu,Yr,Nd,EHCP,FSM,TA,Hrs/wk,Notes\nT. Okonkwo-Hale,9,ASD/SLCN,Y,Y,BD,15,1:1 practicals\n"
            + "Y. Haddad,8,SEMH,N,Y,KS,4,CP plan - DSL aware\n"
        let sheetFound = try found(sheet, delimiter: 44)
        XCTAssertEqual(sheetFound["T. Okonkwo-Hale"], .high, "\(sheetFound)")
    }

    /// A message's writer who tells of her own operation is found by her signature; one who
    /// is off on a course is not (round 1133's note to the network manager).
    func testASignatureUnderAnOwnOperationIsFound() throws {
        let note = "Kev - I'm off from tomorrow. Had the results back: it's a hernia and they're operating on the 22nd.\n\nCheers,\nDaniel Ferreira\n"
        XCTAssertEqual(try found(note)["Daniel Ferreira"], .medium)
        let course = "Kev - I'm off on a course tomorrow.\n\nCheers,\nDaniel Ferreira\n"
        XCTAssertNotEqual(try found(course)["Daniel Ferreira"], .medium)
    }

    /// A rule that reads its keywords on the value's line reads a line of prose its writer
    /// wrapped on to the next (round 1146's cover note); a list's next item is not its line.
    func testAWrappedLineIsTheValuesLine() throws {
        let note = "Just so you know for cover tomorrow - Gemma Lathwell rang in at 7.10, she's had the\n"
            + "results back and it's confirmed endometriosis, she's booked in for the laparoscopy on the 24th.\n"
        XCTAssertEqual(try found(note)["Gemma Lathwell"], .medium)
        let list = "Cover notes for tomorrow, please read before period one: Gemma Lathwell rang in at 7.10\n"
            + "- Year 9 set 3: laparoscopy video in the biology folder\n"
        XCTAssertNotEqual(try found(list)["Gemma Lathwell"], .medium)
    }

    /// A date of birth on a line that says its person is made up is no one's: "a fictional
    /// candidate, "Candidate A", born 1 September 2014" (round 944's leaflet).
    func testABirthOnAFictionalLineIsNoOnes() throws {
        let leaflet = "Example only: a fictional candidate, \"Candidate A\", born 1 September 2014, scoring 104 would be considered.\n"
        XCTAssertNil(try found(leaflet)["1 September 2014"])
        XCTAssertNotNil(try found("Pupil: Olivia Hughes, born 1 September 2014, joined in Year 3.\n")["1 September 2014"])
    }

    /// "Mark" is a given name ("Mark Ellison (lay chaplain) phoned in ... work-related
    /// stress", round 955's), not a heading's word of marking ("Mark Scheme", "Mark Making").
    func testMarkIsAGivenNameButNotAMarkScheme() throws {
        let note = "Mark Ellison (lay chaplain) phoned in this morning - signed off by GP for 2 weeks, work-related stress and anxiety.\n"
        XCTAssertEqual(try found(note)["Mark Ellison"], .medium)
        let headings = "Mark Scheme (Higher) and Mark Sheet Year 9 (9K). EYFS: Mark Making area for children with ADHD.\n"
            + "Mark Breakdown (Paper 1) - pupils with SEN get extra time. Art: Mark Rothko, an incident of colour.\n"
        let quiet = try found(headings)
        XCTAssertTrue(quiet.keys.allSatisfy { !$0.hasPrefix("Mark") }, "\(quiet)")
    }

    /// A model letter's example greeting is no one's: "*Example only*: "Dear Mr Smith, Re:
    /// Joe Bloggs, Year 4"" (round 959's); a real letter's is.
    func testAModelLettersExampleGreetingIsNoOnes() throws {
        XCTAssertNotEqual(try found("*Example only*: \"Dear Mr Smith, Re: Joe Bloggs, Year 4\" - the names are placeholders.\n")["Mr Smith"], .medium)
        XCTAssertEqual(try found("Dear Mr Okafor,\nRe: Chidera Okafor, Year 4\n")["Mr Okafor"], .medium)
        XCTAssertEqual(try found("Dear Mr Smith,\nRe: Chidera Smith, Year 4\n")["Mr Smith"], .medium, "a real letter's Mr Smith")
    }

    /// A table's own say over its rows: a template's row whose first field is "e.g." is no one's
    /// (round 1850's rota); a reading list's "Character" column makes its names a story's, not a
    /// cast list's beside a "Pupil" column (round 1862's); an itinerary's numbers are its venues'
    /// (round 1891's).
    func testExampleRowsCharacterTablesAndItineraries() throws {
        let rota = try found("Wk,Day,Volunteer name,Contact no.\n1,Mon,,\ne.g.,Mon,A. Parent,07700 900000\n2,Tue,Amelia Hughes,07700 900123\n", delimiter: 44)
        XCTAssertNil(rota["A. Parent"], "\(rota)")
        XCTAssertNil(rota["07700 900000"], "\(rota)")
        XCTAssertNotNil(rota["Amelia Hughes"], "\(rota)")
        // (A template's row told by any field: "EXAMPLE ROW - ...", "[EXAMPLE] ...", a row of field
        // formats, rounds 2376-2414; the real row below each is still a person's.)
        let tracker = try found("first_name,surname,date_of_birth,notes\nJohn,Smith,31/12/2006,EXAMPLE ROW - e.g. SEN: dyslexia\n"
                                + "Amelia,Hughes,14/03/2008,dyslexia\n", delimiter: 44)
        XCTAssertNil(tracker["John Smith"], "\(tracker)")
        XCTAssertNil(tracker["31/12/2006"], "\(tracker)")
        XCTAssertNotNil(tracker["Amelia Hughes"], "\(tracker)")
        let form = try found("child_full_name,date_of_birth,class\n[EXAMPLE] Olivia Patel,01/01/2015,4R\nAmelia Hughes,14/03/2015,4R\n", delimiter: 44)
        XCTAssertNil(form["Olivia Patel"], "\(form)")
        XCTAssertNotNil(form["Amelia Hughes"], "\(form)")
        XCTAssertTrue(Array("DD/MM/YYYY,HH:MM,Yard,A.B.,e.g. grazed knee\n".utf8).withUnsafeBytes { DocumentState.anyFieldSaysExample($0, at: 20) })
        XCTAssertFalse(Array("14/03/2025,12:10,Yard,A.B.,grazed knee\n".utf8).withUnsafeBytes { DocumentState.anyFieldSaysExample($0, at: 20) })
        let list = try found("| Title | Author | Character | Condition shown |\n|---|---|---|---|\n| Five Feet Apart | Rachael Lippincott | Stella Grant, 17 | cystic fibrosis |\n", delimiter: 124)
        XCTAssertNil(list["Stella Grant"], "\(list)")
        let cast = try found("| Pupil | Character | Notes |\n|---|---|---|\n| Amelia Hughes | Scrooge | has asthma, inhaler backstage |\n", delimiter: 124)
        XCTAssertNotNil(cast["Amelia Hughes"], "\(cast)")
        let trip = try found("Date,Time,Activity,Location,Contact\n11/04/2025,15:00,Check in,Hotel Weisses Kreuz,+43 1 555 0123\n17/04/2025,18:45,Coach back,School,Office 01632 960 010\n", delimiter: 44)
        XCTAssertEqual(trip["01632 960 010"] ?? .low, .low, "\(trip)")
        XCTAssertEqual(trip["+43 1 555 0123"] ?? .low, .low, "\(trip)")
        // A made-up person whole in a cell makes the row an example ("Sample Parent"; "A. N. Other"
        // reads as no full name), round 2584's trip medical form.
        let medical = try found("Full name,Form,Date of birth,Medical condition,Emergency contact,Contact phone\n"
                                + "A. N. Other,7Q,31/12/1999,None,Sample Parent,01632 960000\n"
                                + "Amelia Hughes,7Q,14/03/2013,asthma,Dawn Hughes,07700 900123\n", delimiter: 44)
        XCTAssertNil(medical["Sample Parent"], "\(medical)")
        XCTAssertNil(medical["01632 960000"], "\(medical)")
        XCTAssertNotNil(medical["Dawn Hughes"], "\(medical)")
        // (A bracket that says so at a cell's end: "Doe (placeholder - delete this row)", round 2648's.)
        let booking = try found("child_first_name,child_last_name,date_of_birth\nJane,Doe (placeholder - delete this row),XX/XX/XXXX\n"
                                + "Amelia,Hughes,14/03/2015\n", delimiter: 44)
        XCTAssertNil(booking["Jane Doe"] ?? booking["Jane"], "\(booking)")
        XCTAssertNotNil(booking["Amelia Hughes"], "\(booking)")
        // Britain's stock name under an example row is made up too, and only there (round 2664's
        // entry template, round 2667's sign-out sheet with a staff member's initials beside).
        let signOut = try found("date,first name,surname,tutor group,staff initials\n01/01/2000,Jane,Doe,12XX,AB\n"
                                + "01/01/2000,John,Smith,13YY,CD\n", delimiter: 44)
        XCTAssertNil(signOut["John Smith"], "\(signOut)")
        let realSmith = try found("date,first name,surname,tutor group,staff initials\n14/03/2025,Amelia,Hughes,12KB,AB\n"
                                  + "14/03/2025,John,Smith,13JR,CD\n", delimiter: 44)
        XCTAssertNotNil(realSmith["John Smith"], "\(realSmith)")
        // (Only in the example row's own table: a second table's header starts another.)
        let twoTables = try found("first name,surname,tutor group\nJane,Doe,12XX\n\nfirst name,surname,tutor group,medical\n"
                                  + "Amelia,Hughes,12KB,asthma\nJohn,Smith,13JR,epilepsy\n", delimiter: 44)
        XCTAssertNotNil(twoTables["John Smith"], "\(twoTables)")
        // A date in a made-up case after an example's marker (round 2694's census reminders).
        let census = Array("- 1520 date of birth outside expected range (check ages, e.g. a Year 3 pupil born 01/09/2013 would fail)\n".utf8)
        let at = census.count - "01/09/2013 would fail)\n".utf8.count
        XCTAssertTrue(census.withUnsafeBytes { DocumentState.followsExampleMarker($0, at: at) })
        let real = Array("Callum Reid in Year 3, e.g. the boy born 01/09/2013, was absent\n".utf8)
        XCTAssertFalse(real.withUnsafeBytes { DocumentState.followsExampleMarker($0, at: 41) })
        // A lesson's table of the famous dead, a row that says its person died and holds a year
        // before 1960 (round 2642's HTML health topic; in Markdown, "died" in a column no rule reads).
        let famous = try found("| Name | Sport | Born | Notes |\n|---|---|---|---|\n"
                               + "| Maureen Connolly | Tennis | 17 September 1934 | Won the Grand Slam in 1953; died of cancer in 1969 |\n", delimiter: 124)
        XCTAssertNil(famous["Maureen Connolly"], "\(famous)")
        let pupils = try found("| Name | Form | Notes |\n|---|---|---|\n| Amelia Hughes | 7K | grandad died in March, she is very low |\n", delimiter: 124)
        XCTAssertNotNil(pupils["Amelia Hughes"], "\(pupils)")
        XCTAssertTrue(DocumentState.holdsYearBefore1960(Array("born 17 September 1934".utf8)))
        XCTAssertFalse(DocumentState.holdsYearBefore1960(Array("born 14/03/2012, ref 219340".utf8)))
        // A comment over a CSV's header that names its example row (round 2630's yearbook pack); a
        // street after its house number, its word a place's or a surname's (round 2632's contacts).
        let template = "# Yearbook import template - delete example row\nfirst_name,class\nJane,6 Oak\n"
        let rowAt = template.utf8.count - "Jane,6 Oak\n".utf8.count
        XCTAssertTrue(Array(template.utf8).withUnsafeBytes { DocumentState.commentOverHeaderSaysExample($0, at: rowAt) })
        XCTAssertFalse(Array("first_name,class\nJane,6 Oak\n".utf8).withUnsafeBytes { DocumentState.commentOverHeaderSaysExample($0, at: 17) })
        XCTAssertTrue(Array("address: 22 Willow Lane, Leeds".utf8).withUnsafeBytes { DocumentState.streetAfterHouseNumber($0, from: 12, to: 23) })
        XCTAssertTrue(Array("at 4 Grace Avenue".utf8).withUnsafeBytes { DocumentState.streetAfterHouseNumber($0, from: 5, to: 17) })
        XCTAssertFalse(Array("Ask Rachel Lane first".utf8).withUnsafeBytes { DocumentState.streetAfterHouseNumber($0, from: 4, to: 15) })
    }

    /// A restraint log's abbreviated name columns ("Pup_Surn | Pup_Fn", round 998's), and a
    /// writer's own mobile beside the school's she says not to use (round 992's).
    func testAbbreviatedNameColumnsAndAnOwnMobile() throws {
        let log = try found("Inc_ID,Dt,Pup_Surn,Pup_Fn,Cls,Beh\nHB-0412,03/02/2025,Begum,Aisha,Heron,Self-injury (head banging)\n", delimiter: 44)
        XCTAssertNotNil(log["Aisha Begum"] ?? log["Begum Aisha"], "\(log)")
        let note = try found("Sandeep\nIf you need me my own number is 07481 609325 (don't use the school mobile, it's in my locker).\n")
        XCTAssertEqual(note["07481 609325"].map { $0 > .low }, true, "\(note)")
    }
}
