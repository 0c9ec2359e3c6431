import SticklerCore
@testable import SticklerDetection
import SticklerTesting
import XCTest

/// Tables laid out as schools keep them: a banner above the header, no header at all, a
/// pupil's costed provision.
final class TableLayoutTests: DetectionTestCase {
    /// A single central record's banner above its header ("SINGLE CENTRAL RECORD - STAFF |
    /// Brookfield Academy | Last updated ...") read as a header of staff hid its whole table.
    func testABannerAboveTheHeaderDoesNotHideTheTable() throws {
        var csv = "SINGLE CENTRAL RECORD - STAFF,,,Brookfield Academy,,Last updated 12/04/2024\n,,,,,,,\n"
        csv += "Surname,Forename,DOB,Role,Start date,s128 check,DBS certificate no.,DBS date\n"
        csv += "Whitaker,Joanne,05/11/1999,School Business Manager,01/04/2024,N/A,005067425889,05/10/2019\n"
        csv += "Adeyemi,Tunde,06/11/1968,Assistant Headteacher,01/04/2009,Clear,004597686830,21/05/2024\n"
        let record = try found(csv, delimiter: 44)
        XCTAssertEqual(record["Whitaker Joanne"] ?? record["Joanne Whitaker"], .high)
        XCTAssertEqual(record["05/11/1999"], .high)
        XCTAssertEqual(record["004597686830"], .high)
    }

    /// An export's banner of labels and values ("Report: Class List", "Run by: kmacl"), whose
    /// words the rules know, is no header over the table under it (round 736's class list lost
    /// every name and date of birth so).
    func testAnExportsBannerOfLabelsIsNoHeader() throws {
        var csv = "SEEMiS Click+Go Export,Kirkbrae Academy (SEED 5312749),Report: Class List with Contact Details,Run by: kmacl,Run date: 19/09/2024 08:41\n"
        csv += "Surname,Forename,Preferred Name,Gender,Date of Birth,Reg Class,Address Line 1,Town,Postcode,Main Contact,Relationship,Contact Phone\n"
        csv += "Baird,Ellie-Mae,,F,14/09/2010,3K2,14 Craigowan Terrace,Kirkbrae,PH2 7LQ,Lorna Baird,Mother,07700 914382\n"
        csv += "Reid,Zoë,,F,30/06/2011,3K2,6 Provost Lane,Kirkbrae,PH2 7AW,Graeme Reid,Father,07700 914383\n"
        let list = try found(csv, delimiter: 44)
        XCTAssertEqual(list["Baird Ellie-Mae"] ?? list["Ellie-Mae Baird"], .high, "\(list)")
        XCTAssertEqual(list["30/06/2011"], .high)
    }

    /// A headerless register whose rows begin "Surname, Forename": its first row is no header.
    func testAHeaderlessRegisterOfSurnamesFirst() throws {
        let register = "Wiśniewski, Kacper\t3M\tE\tC&L / ASD\tEHCP 2023\nOsei, Abigail\t6O\tK\tSEMH / ADHD\t\n"
            + "Byrne, Niamh\t4J\tK\tSpLD (dyslexia)\t\nEze, Chidi\t1W\tK\tSLCN\t\n"
        let found = try found(register, delimiter: 9)
        XCTAssertEqual(found["Osei, Abigail"], .high, "\(found)")
        XCTAssertEqual(found["Wiśniewski, Kacper"], .high, "the first row too")
    }

    /// A form's value where a title would be: "Fadumo Abdi (mother)" titles no column, and the
    /// form's phone number under it is found; a headerless list of "ABDI Hodan" is names.
    func testAFormsFirstRowAndSurnamesInCapitals() throws {
        let form = try found("Parent / carer\tFadumo Abdi (mother)\nContact telephone\t07700 900373\n", delimiter: 9)
        XCTAssertNotNil(form["07700 900373"])
        let scores = try found("ABDI Hodan,29,32,WA\nNOWAK Kacper,31,34,WA\nBRENNAN Tyler,35,36,EXS\nOKAFOR Tunde,22,30,WT\n", delimiter: 44)
        XCTAssertNotNil(scores["ABDI Hodan"], "\(scores)")
    }

    /// A provision map costs each pupil's support: its names are pupils beside "Tutor group".
    func testAProvisionMapsCostDoesNotMakeItAStockList() throws {
        let map = "Name,Tutor group,Area of need,Provision,Cost (£),Impact\nHodan Abdi,10T,\"Social, Emotional and Mental Health\",ELSA,120,Too early\n"
            + "Tyrone Campbell,10W,Autistic Spectrum Disorder,Reading Plus,360,Some\n"
        XCTAssertEqual(try found(map, delimiter: 44)["Hodan Abdi"], .high)
        // A stock list's "Reading age" beside "ISBN" is still a book's.
        XCTAssertNil(try found("Name,Author,ISBN,Reading age,Price\nPrivate Peaceful,Michael Morpurgo,9780007150182,11,6.99\n", delimiter: 44)["Private Peaceful"])
    }

    /// A column titled "Contact" holds phone numbers as often as e-mail addresses: it gives
    /// context to both and vetoes neither.
    func testAContactColumnHoldsPhoneNumbers() throws {
        let list = try found("Pupil,Parent contact\nJack Smith,07700 900123\nAmy Jones,parent.jones@example.com\n", delimiter: 44)
        XCTAssertEqual(list["07700 900123"], .high, "\(list)")
        XCTAssertEqual(list["parent.jones@example.com"], .high)
        // A column titled with one phone detector's word ("number": a mobile stored as a
        // number) holds the others' numbers too.
        let replies = try found("Pupil,Class,Emergency number,Notes\nAmelia Clarke,4B,07700 900123,asthma\nHarry Evans,4B,0113 496 0577,none\n",
                                delimiter: 44)
        XCTAssertNotNil(replies["07700 900123"], "\(replies)")
        XCTAssertNotNil(replies["0113 496 0577"], "\(replies)")
    }

    /// A policy's "Role | Name | Contact" table: a service's row with no one in its name column
    /// ("LADO | — | 0113 496 0777") gives the service's number, at low like the staff's.
    func testAServicesRowInATableOfRoles() throws {
        let table = try found("Role,Name,Contact\nDesignated Safeguarding Lead,Mrs Joanne Hargreaves,0113 496 0400\n"
            + "Leeds Front Door,—,0113 496 0555\nLADO,,0113 496 0777\n", delimiter: 44)
        XCTAssertEqual(table["0113 496 0555"], .low, "\(table)")
        XCTAssertEqual(table["0113 496 0777"], .low)
    }

    /// A form's first row that is a label and its answer, not a header whose "father" or
    /// "Mother" column would veto the contact details under it: a person with a long note
    /// ("Sean Byrne (Father of Oisín Byrne, 11C)"), an admission form's "Relationship to child |
    /// Mother". (nil: found at any confidence.)
    func testAFormsLabelAndAnswerRowIsNoHeader() throws {
        let cases: [(form: String, phone: String, email: String, confidence: Confidence?)] = [
            ("Requester\tSean Byrne (Father of Oisín Byrne, 11C)\nContact\t07700 900318 / sean.byrne89@example.com\n",
             "07700 900318", "sean.byrne89@example.com", nil),
            ("Relationship to child\tMother\nParent name\tGrace Adeyemi\nMobile\t07700 900461\nEmail\tgrace.adeyemi@example.com\n",
             "07700 900461", "grace.adeyemi@example.com", .high),
            // An accident form's "Status | Visitor - parent" under the injured person's name.
            ("Name of injured person\tBola Ogunleye\nStatus\tVisitor - parent\nPhone\t07700 900417\nEmail\tbola.o@example.com\n",
             "07700 900417", "bola.o@example.com", .high),
        ]
        for (text, phone, email, confidence) in cases {
            let form = try found(text, delimiter: 9, formLike: true)
            for value in [phone, email] {
                if let confidence { XCTAssertEqual(form[value], confidence, "\(form)") } else { XCTAssertNotNil(form[value], "\(form)") }
            }
        }
    }

    /// A supply log's "Supply name" beside its "Cost" is people, not stock; a Markdown table's
    /// end bars make no column that stops its services being organisations.
    func testSupplyStaffBesideACostAndAMarkdownTableOfServices() throws {
        let log = try found("week_commencing,supply_name,agency,days,cost,reason_for_cover\n07/10/2024,Jasmine Ho,Tempest Education,2,330,Vacancy\n", delimiter: 44)
        XCTAssertEqual(log["Jasmine Ho"], .high, "\(log)")
        let services = try found("| Service | When to use | Contact |\n|---|---|---|\n| CAMHS Single Point of Access | Moderate needs | 01632 960900 |\n"
            + "| Mental Health Support Team (MHST) | Mild | www.example.org |\n", delimiter: 124)
        XCTAssertEqual(services["01632 960900"], .low, "\(services)")
    }

    /// A supplier list's bank details are the businesses', "Ltd" or not ("Yorkshire Energy
    /// Partnership"): its rows are read whole, so every row's are lowered.
    func testASupplierListsBankDetailsAreBusinesses() throws {
        let list = try found("Supplier,Company no,VAT no,Category,Sort code,Account,Remittance email,Contract end\n"
            + "Yorkshire Energy Partnership,RS007812,GB771902233,Utilities,60-02-05,22991044,billing@yep.example,30/09/2025\n", delimiter: 44)
        XCTAssertFalse(list.values.contains { $0 > .low }, "\(list)")
    }

    /// An employers' list names its contacts: their mobiles are theirs (a switchboard and a
    /// work mailbox stay the business's).
    func testANamedContactsMobileInAnOrganisationsTable() throws {
        let list = try found("Organisation,Contact,Job title,Direct line,Mobile,Email\n"
            + "Arup Engineering,Sinead Keane,Partner,0113 496 0218,07700 900432,sinead.keane@arup.example.com\n"
            + "Kirkstall Vets,,,0113 496 0447,07700 900953,reception@kirkstallvets.example.co.uk\n", delimiter: 44)
        XCTAssertEqual(list["07700 900432"], .high, "\(list)")
        XCTAssertEqual(list["0113 496 0218"], .low)
        XCTAssertEqual(list["07700 900953"], .low, "no one named in the row")
    }

    /// A provision map's "Group members" beside its "Cost (£)" are pupils; a headerless export's
    /// rows that begin "Popescu | Mihai" are names, its first row too.
    func testGroupMembersBesideACostAndAHeaderlessSurnameFirstExport() throws {
        let map = try found("Intervention,Group members,Staff,Frequency,Cost (£)\nTalk Boost KS2,\"Tobi Adebayo\",Mrs Mazur,3 x 30 min,420\n"
            + "Toe by Toe,Róisín Doherty,Mrs Dobbs,5 x 15 min,210\n", delimiter: 44)
        XCTAssertEqual(map["Róisín Doherty"], .high, "\(map)")
        let export = try found("Popescu,Mihai,Y1,SLCN,Fine motor,360,K\nWhitworth,Ellie-Mae,Y1,PD,Talk Boost,360,E\nChen,Oliver,Y2,SLCN,NELI,360,K\n", delimiter: 44)
        XCTAssertNotNil(export["Popescu Mihai"] ?? export["Mihai Popescu"], "\(export)")
    }

    /// A register's columns titled by day ("2 Oct", "16/10") are titles, not values: its "Name"
    /// column is read as names.
    func testARegistersDatedColumns() throws {
        let register = try found("Name\t2 Oct\t9 Oct\t16/10\tNotes\nJerome Murphy\t/\t/\tN\tHospital appt (physio)\nAmira Ali\t/\tN\t/\t\n",
                                 delimiter: 9, formLike: true)
        XCTAssertEqual(register["Jerome Murphy"], .high, "\(register)")
        XCTAssertTrue(TableHeader.isDayTitle("16th October"))
        XCTAssertFalse(TableHeader.isDayTitle("2 Oct 2012"))
    }

    /// A title that holds a date or a postcode is not shown; the byte scans find what the
    /// regular expressions they replaced found.
    /// A Markdown table with an empty header row is a form's labels and values: its labels
    /// ("Parents", "ALNCo") are no one's names, its values are.
    func testAMarkdownTableWithAnEmptyHeaderIsAForm() throws {
        let profile = "# Individual Development Plan\n\n| | |\n|---|---|\n| **Child** | Cerys Pryce-Morgan |\n"
            + "| **Date of birth** | 17/09/2021 |\n| **Parents** | Rhian Pryce (mum) 07700 900508 |\n| **ALNCo** | Mrs E. Vaughan |\n"
        let found = try found(profile, delimiter: 124)
        XCTAssertNotNil(found["Cerys Pryce-Morgan"], "\(found)")
        XCTAssertNil(found["Parents"], "\(found)")
        XCTAssertNil(found["ALNCo"], "\(found)")
        XCTAssertEqual(found["17/09/2021"], .high)
    }

    /// A bursary's "payee" typed "student" is who is paid, not a template's placeholder; a CCTV
    /// log's "organisation" fourth makes no directory of organisations; a placements
    /// directory's "max_students" and "dbs_required" are counts and answers, not people.
    func testAPayeeWordALogsOrganisationColumnAndADirectorysCounts() throws {
        let bursary = try found("app_ref,surname,forename,dob,payee,sort_code\nB24-001,Kowalczyk,Natalia,03/05/2007,student,20-44-91\n", delimiter: 44)
        XCTAssertEqual(bursary["03/05/2007"], .high, "\(bursary)")
        let log = try found("log_no,date_request,requested_by,organisation,reason,persons_identifiable,notes\n"
            + "CC-24-04,04/03/2024,DSL,,pupil missing from site,Caitlin Marr,found safe at home 9 Linden Grove LS27 8TY\n", delimiter: 44)
        XCTAssertNotNil(log["Caitlin Marr"], "\(log)")
        XCTAssertNotNil(log["LS27 8TY"], "\(log)")
        XCTAssertNotEqual(log["LS27 8TY"], .low, "\(log)")
        let directory = try found("employer,sector,address,postcode,switchboard,max_students,dbs_required\n"
            + "Coventry City Council,Public sector,One Friargate,CV1 2GN,024 7683 3333,5,No\n", delimiter: 44)
        XCTAssertEqual(directory["CV1 2GN"], .low, "\(directory)")
    }

    /// A first aid log's "parent contacted" names a phone number abroad by its "parent": a UK
    /// number in that column is no less a phone number.
    func testAParentContactedColumnHoldsPhoneNumbers() throws {
        let log = try found("date\tname\tinjury\tparent contacted\n03/09/24\tTirion Meredith\tasthma\tyes - mum 07700 900233\n", delimiter: 9)
        XCTAssertNotNil(log["07700 900233"], "\(log)")
    }

    func testATitleHoldingADateOrAPostcode() {
        let titles = ["3/4/2019", "Visit 12.10.24", "1-2-3", "12/13", "Room 3/4", "v2.1.0", "Due 01/02/20", "x9/9/99y",
                      "SW1A 1AA", "M1 1AE", "Leeds LS6 2QT", "sw1a 1aa", "B338TH", "ABC1 2DE", "W1 2AB3", "Form 7C 2AB",
                      "Ref EC1A1BB", "CR2 6XH.", "É1 2AB", "_B1 2CD", "Year 10", "Surname"]
        for title in titles {
            let bytes = Array(title.utf8)
            let date = title.range(of: #"[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2,4}"#, options: .regularExpression) != nil
            let postcode = title.range(of: #"\b[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2}\b"#, options: .regularExpression) != nil
            XCTAssertEqual(TableHeader.holdsDate(bytes), date, title)
            XCTAssertEqual(TableHeader.holdsPostcode(bytes), postcode, title)
        }
        XCTAssertEqual(TableHeader.shownTitle("Contact for LS6 2QT"), "(a title that reads as data, not shown)")
        XCTAssertEqual(TableHeader.shownTitle("Week 3"), "Week 3")
    }

    /// A form whose first row is a label and an organisation's name ("Centre name | Harefield
    /// Park Academy", a JCQ form) is no table under a header: its candidate's name keeps its
    /// label. A seating plan's cell holds a candidate's number and name, its cell a line's start.
    func testAFormsFirstRowNamingAnOrganisationIsNoHeader() throws {
        let form = "Centre name\tHarefield Park Academy\nCentre number\t64123\nCandidate's full name\tŁukasz Jan Kowalczyk\n"
            + "Date of birth\t14/03/2009\n"
        XCTAssertEqual(try found(form, delimiter: 9, formLike: true)["Łukasz Jan Kowalczyk"], .medium)
        let plan = "A3\t4109\tB3\t4147\nA4\t4113 BELL Harriet\tB4\t4155 BEGUM Fatima\nA5\t4118 BOOTH Connor\tB5\t4160 HARTLEY Amelia\n"
        let seats = try found(plan, delimiter: 9, formLike: true)
        for name in ["BELL Harriet", "BEGUM Fatima", "BOOTH Connor", "HARTLEY Amelia"] { XCTAssertEqual(seats[name], .medium, name) }
    }

    /// A log's columns each of a whole name ("Requester | Data subject") are two people, not
    /// one name run across them; a column of money ("Opening balance £") holds no phone number.
    func testFullNameColumnsAndMoneyColumns() throws {
        let log = "Ref,Requester,Relationship to subject,Data subject,Subject DOB\n"
            + "SAR-24-011,Nguyễn Thị Lan,Mother,Nguyễn Minh Anh,05/12/2014\nSAR-24-012,Sarah Brennan,Mother,Lewis Brennan,22/06/2013\n"
        let people = try found(log, delimiter: 44)
        XCTAssertNotNil(people["Nguyễn Thị Lan"])
        XCTAssertNotNil(people["Nguyễn Minh Anh"])
        XCTAssertNil(people["Nguyễn Thị Lan Nguyễn Minh Anh"])
        let sheet = "Item\tOpening balance £\nSavings\t1200\nMersenne prime M31 =\t2147483647\n"
        XCTAssertNil(try found(sheet, delimiter: 9)["2147483647"])
    }

    /// A table of streets without house numbers that names no one (a catchment's gazetteer) holds
    /// no home's address; a transfer file's street beside its house's own column (PAON) does.
    func testAGazetteersStreetsAreNoHomes() throws {
        let gazetteer = "Street,Locality,Postcode,Property numbers,In priority area\nMoor Lane,Harrowfield,LS27 8DQ,1-143 odd,Y\n"
            + "Station Road,Harrowfield,LS27 8BN,2-88 even,Y\nLeeds Road,Harrowfield,LS27 9QH,1-51,N\n"
        let streets = try found(gazetteer, delimiter: 44)
        for value in ["Moor Lane", "LS27 8DQ", "Station Road"] { XCTAssertEqual(streets[value] ?? .low, .low, value) }
        let transfer = "PAON\tStreet\tTown\tPostCode\n23\tNinian Road\tCardiff\tCF23 5EJ\nAelwyd Las\tHeol y Coed\tCardiff\tCF23 5HJ\n"
        XCTAssertEqual(try found(transfer, delimiter: 9)["Ninian Road"], .high)
    }
}
