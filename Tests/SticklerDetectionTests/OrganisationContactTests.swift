import SticklerCore
@testable import SticklerDetection
import SticklerTesting
import XCTest

/// An organisation's contact details (a letterhead, a helpline, a role's mailbox, staff in
/// their posts) are reported at low; a family's stay as they were.
final class OrganisationContactTests: DetectionTestCase {
    func testALetterheadsDetailsAreTheSchools() throws {
        let oneLine = try found("Term dates 2025-26\nINSET: 1 Sept 2025\nHollins Lane Primary School  |  Hollins Lane, Bramley, Leeds LS13 9QZ  |  Tel 0113 496 0120\n")
        XCTAssertEqual(oneLine["LS13 9QZ"], .low)
        XCTAssertEqual(oneLine["0113 496 0120"], .low)
        let block = try found("HOLLINS LANE PRIMARY SCHOOL\nHollins Lane, Bramley\nLeeds LS13 9QZ\nTel: 0113 496 0120 | office@hollinslane.example.sch.uk\n\nDear Parents,\n")
        XCTAssertEqual(block["LS13 9QZ"], .low)
        XCTAssertEqual(block["0113 496 0120"], .low)
        XCTAssertEqual(block["office@hollinslane.example.sch.uk"], .low)
        // A venue's, a council's.
        XCTAssertEqual(try found("Eden Camp Modern History Museum, Malton YO17 6RT, 01653 697777\n")["YO17 6RT"], .low)
        XCTAssertEqual(try found("Leeds City Council, Merrion House, Leeds LS2 8BB\n")["LS2 8BB"], .low)
    }

    func testAFamilysDetailsUnderALetterheadAreTheirs() throws {
        // The addressee's block under the letterhead: a titled name, then the home address.
        let letter = try found("Hollins Lane Primary School\nMrs K Abdi\n14 Cobden Terrace\nLeeds LS12 5DQ\n\nDear Mrs Abdi,\n")
        XCTAssertEqual(letter["LS12 5DQ"], .medium)
        // A family's line, whatever organisation it names.
        let line = try found("Olivia's mum, Hollins Lane Primary School parent: 0113 496 0577\n")
        XCTAssertEqual(line["0113 496 0577"], .medium)
        // A class list's column says whose the postcode is.
        let table = try found("Name,Previous school,Postcode\nOlivia Hughes,Oakwood Primary School,LS12 5DQ\n", delimiter: 44)
        XCTAssertEqual(table["LS12 5DQ"], .high)
    }

    func testHelplinesRoleMailboxesAndServicesAreOrganisations() throws {
        let text = """
            If you are worried, talk to FRANK on 0300 123 6600 or Papyrus HOPELINE247 0800 068 4141.
            Questions: dpo@example-trust.org.uk, admissions2025@example.sch.uk or no-reply@example.com.
            For an informal visit please call the school office on 0113 496 0000.
            AQA customer services      0161 496 0321   eos@aqa.example.org.uk

            """
        let services = try found(text)
        for value in ["0300 123 6600", "0800 068 4141", "dpo@example-trust.org.uk", "admissions2025@example.sch.uk",
                      "no-reply@example.com", "0113 496 0000", "0161 496 0321", "eos@aqa.example.org.uk"] {
            XCTAssertEqual(services[value], .low, value)
        }
        // By their kind whatever their column.
        let columns = try found("Email,Phone\naccounts@brightside.example.com,0800 068 4141\n", delimiter: 44)
        XCTAssertEqual(columns["accounts@brightside.example.com"], .low)
        XCTAssertEqual(columns["0800 068 4141"], .low)
        // A person's mailbox and mobile are theirs.
        let person = try found("Email: j.smith+parents@example.com\nMobile: 07700 900123\n")
        XCTAssertEqual(person["j.smith+parents@example.com"], .high)
        XCTAssertEqual(person["07700 900123"], .high)
    }

    func testStaffInTheirPostsButNotTheirOwnNumbers() throws {
        let newsletter = try found("Mrs Joanne Hartley, Exams Officer - j.hartley@kirkbrook.example.sch.uk - 0113 496 0500 ext 214\nMs Laura Finch, Head of Year 11 - l.finch@kirkbrook.example.sch.uk\n")
        XCTAssertEqual(newsletter["j.hartley@kirkbrook.example.sch.uk"], .low)
        XCTAssertEqual(newsletter["0113 496 0500"], .low)
        XCTAssertEqual(newsletter["l.finch@kirkbrook.example.sch.uk"], .low)
        // A member of staff's own mobile and personal mailbox are theirs, post or not.
        let own = try found("Mr Tom Reid, Site Manager - 07700 900762 - tomreid84@gmail.com\n")
        XCTAssertEqual(own["07700 900762"], .medium)
        XCTAssertEqual(own["tomreid84@gmail.com"], .medium)
        // An emergency cascade's column is staff's own numbers.
        let cascade = try found("Name\tRole\tExt\tMobile (emergency)\nMrs Amelia Smith\tOffice\t298\t07700 900365\n", delimiter: 9)
        XCTAssertEqual(cascade["07700 900365"], .high)
    }

    func testVenuesWrappedServicesAndCorrespondentsAtRoleMailboxes() throws {
        XCTAssertEqual(try found("Centre: PGL Osmington Bay, Shortlake Lane, Weymouth DT3 6EG.\n")["DT3 6EG"], .low)
        XCTAssertEqual(try found("Please contact the office on\n01632 960000 to confirm.\n")["01632 960000"], .low)
        XCTAssertEqual(try found("From: Paul Dunn <head@moorfield.example.sch.uk>\nTo: allstaff@moorfield.example.sch.uk\n")["Paul Dunn"], .low)
        XCTAssertEqual(try found("From: Sarah Jones <sarah.jones@example.com>\n")["Sarah Jones"], .medium)
        // A pupil's own mailbox under an office's From line is the pupil's.
        let pupils = try found("From: Exams Office <exams@harrowgate.example.sch.uk>\nTo: macylomas08@icloud.com\n")["macylomas08@icloud.com"]
        XCTAssertNotNil(pupils)
        XCTAssertNotEqual(pupils, .low)
        // A vCard's organisation; a calendar event's identifier is no mailbox at all.
        // (Not reported at all where the card has no person's name: an organisation's card.)
        XCTAssertEqual(try found("BEGIN:VCARD\nFN:\nORG:Swindon Stationers\nTEL;TYPE=WORK:01793 496000\nEND:VCARD\n")["01793 496000"] ?? .low, .low)
        XCTAssertNil(try found("BEGIN:VEVENT\nUID:124146748-0@schoolcloud.example\nEND:VEVENT\n")["124146748-0@schoolcloud.example"])
        // A venue's label after a word that says which: the trip's venue, not a family's home.
        let trip = try found("Trip venue: Kingswood Centre\nAddress: 3 Forest Road, Colomendy CH7 5AB\n")
        XCTAssertEqual(trip["CH7 5AB"], .low)
        XCTAssertEqual(trip["3 Forest Road, Colomendy"], .low)
        XCTAssertEqual(try found("Host family accommodation: 14 Elm Grove, Leeds LS6 2AB\n")["LS6 2AB"], .medium)
        // A settings file's record of its setting: the school's name in a field above its
        // postcode, the office's mailbox under its phone.
        let settings = try found("setting name: Little Acorns Nursery\naddress:\nline 1: St Brigid's Catholic Primary School\nline 2: Kirkstall Lane\n"
            + "town: Leeds\npostcode: LS5 3XX\ncontact:\nphone: 0113 496 0124\nemail: office@littleacorns.example.sch.uk\n")
        XCTAssertEqual(settings["LS5 3XX"], .low)
        XCTAssertEqual(settings["0113 496 0124"], .low)
        // A Welsh town hall ("Neuadd y Dref") and switchboard ("switsfwrdd").
        XCTAssertEqual(try found("Cysylltwch â'r Clerc Apeliadau, Neuadd y Dref, Wrecsam LL11 1AY.\n")["LL11 1AY"], .low)
        XCTAssertEqual(try found("Ffôn y switsfwrdd: 01632 960100\n")["01632 960100"], .low)
        // A CSV cell's service before its number; a council's front door; a story's address.
        XCTAssertEqual(try found("Role,Duties,Contact\nBase contact,Stays at school,Reception 0113 496 0000\n", delimiter: 44)["0113 496 0000"], .low)
        XCTAssertEqual(try found("- Early Help Hub: 0113 376 0336\n")["0113 376 0336"], .low)
        XCTAssertEqual(try found("- \"Sherlock Holmes, 221B Baker Street, London NW1 6XE\"\n")["NW1 6XE"], .low)
        // A list of an organisation's places under its heading.
        let clinics = try found("Clinic locations\n- Burnley: Thursby Square, Burnley BB11 2BF\n- Blackburn: Hollins Brook House, Blackburn BB2 3HH\n")
        XCTAssertEqual(clinics["BB11 2BF"], .low)
        XCTAssertEqual(clinics["BB2 3HH"], .low)
        // A mobile is a person's under any heading: a team sheet's parents'.
        XCTAssertEqual(try found("U12 Netball Team\nOlivia Hughes, mum's mobile 07700 900123\nAva Khan 07700 900456\n")["07700 900456"], .medium)
    }

    func testAnISBNsTailIsNoPhoneNumber() throws {
        XCTAssertNil(try found("Wonder, R. J. Palacio, ISBN 978-0141378640\n")["0141378640"])
        XCTAssertEqual(try found("Tel: 0141 378 6400\n")["0141 378 6400"], .high)
    }

    /// A meeting's date is no date of birth, though "DOB" follows on the next line; a DOB after
    /// the date on the same line is.
    func testAMeetingsDateIsNoBirthDate() throws {
        let minutes = try found("Date: 4 December 2015\nPupil DOB: 12/03/2012\n")
        XCTAssertNil(minutes["4 December 2015"])
        XCTAssertEqual(minutes["12/03/2012"], .high)
        XCTAssertEqual(try found("Date: 12/03/2025   DOB: 14/03/2012\n")["14/03/2012"], .high)
    }

    /// A setting's list of parents, a council's local offer and schools' HR, a university's
    /// outreach team, a payroll provider's new starters: organisations' mailboxes. A
    /// person's address tagged for their children's mail is still theirs.
    func testListsOutreachAndCouncilTeamsMailboxes() throws {
        let text = "To: parents-nursery@brambleford.example.sch.uk\nFrom: localoffer@ashcombe.example.gov.uk\n"
            + "From: schoolshr@exeshire.example.gov.uk\nContact outreach@leeds.example.ac.uk\nSend to newstarters@epm-example.co.uk\n"
        let found = try found(text)
        for value in ["parents-nursery@brambleford.example.sch.uk", "localoffer@ashcombe.example.gov.uk", "schoolshr@exeshire.example.gov.uk",
                      "outreach@leeds.example.ac.uk", "newstarters@epm-example.co.uk"] {
            XCTAssertEqual(found[value], .low, value)
        }
        XCTAssertEqual(try self.found("Email: j.smith+parents@example.com\n")["j.smith+parents@example.com"], .high)
    }

    /// A secondary school's library (its learning resource centre) and a music service's loans
    /// desk are a role's mailboxes.
    func testALibrarysAndALoansDesksMailboxes() throws {
        let found = try found("Ask in the LRC (ext 214) or email lrc@moorside.example.sch.uk.\nReport damage to loans@westmarsh-music.example.org.uk\n")
        XCTAssertEqual(found["lrc@moorside.example.sch.uk"], .low)
        XCTAssertEqual(found["loans@westmarsh-music.example.org.uk"], .low)
        // (A council's outdoor education adviser in a visits policy's table, round 2590's.)
        let policy = try self.found("Role,Responsibility,Contact\nLA adviser,OEAP guidance,outdoored@council.example.gov.uk\n", delimiter: 44)
        XCTAssertEqual(policy["outdoored@council.example.gov.uk"] ?? .low, .low, "\(policy)")
        // (A council's officer by its title, a hub's ambassadors' team, round 2606's procedure.)
        let procedure = try self.found("Who,Contact\nLocal Authority Designated Officer (LADO),0113 496 0777\n"
                                       + "STEM Learning ambassador support,ambassadors@stemhub.example.org\n", delimiter: 44)
        XCTAssertEqual(procedure["0113 496 0777"] ?? .low, .low, "\(procedure)")
        XCTAssertEqual(procedure["ambassadors@stemhub.example.org"] ?? .low, .low, "\(procedure)")
        // A year's and a class's lists, an independent school's bursary; not a person's initial.
        let lists = try self.found("To: yr6@trelowen.example.sch.uk\nCc: class3@trelowen.example.sch.uk\nFrom: bursary@ashcombe.example.org.uk\n"
                                   + "Reply to: y.patel@example.com\nBcc: y2kestrels@trelowen.example.sch.uk\n")
        XCTAssertEqual(lists["yr6@trelowen.example.sch.uk"], .low)
        XCTAssertEqual(lists["y2kestrels@trelowen.example.sch.uk"], .low, "a class's list by its year and its name")
        XCTAssertEqual(lists["class3@trelowen.example.sch.uk"], .low)
        XCTAssertEqual(lists["bursary@ashcombe.example.org.uk"], .low)
        XCTAssertNotEqual(lists["y.patel@example.com"], .low)
    }

    /// An exams office's list of the awarding bodies' lines.
    func testAwardingBodiesLinesAreTheirs() throws {
        let found = try found("Awarding bodies:\nOCR 01223 553998   general.qualifications@ocr.org.uk\nWJEC Eduqas 029 2026 5000\n")
        XCTAssertEqual(found["01223 553998"], .low)
        XCTAssertEqual(found["general.qualifications@ocr.org.uk"], .low)
        XCTAssertEqual(found["029 2026 5000"], .low)
    }

    /// A backup's or a filter's report comes from a system's mailbox.
    func testASystemsMailboxIsAnOrganisations() throws {
        XCTAssertEqual(try found("From: Veeam Backup <veeam@hollowmere.local>\nTo: IT Support\n")["veeam@hollowmere.local"], .low)
    }

    /// An office's mailbox in one word, a PTA's and a prep room's are a role's; a person's is theirs.
    func testOfficesFundraisingAndPrepRoomMailboxes() throws {
        let text = "To: dataoffice@fairfield.example.org\nContact alumni@harrowfield-pta.example.org.uk\n"
            + "Cc: prep@hollinspark.example.sch.uk\nContact j.whitaker@fairfield.example.org\nTo: y9parents@hollinsbrook.example.sch.uk\n"
        let found = try found(text)
        for value in ["dataoffice@fairfield.example.org", "alumni@harrowfield-pta.example.org.uk", "prep@hollinspark.example.sch.uk",
                      "y9parents@hollinsbrook.example.sch.uk"] {
            XCTAssertEqual(found[value], .low, value)
        }
        XCTAssertEqual(found["j.whitaker@fairfield.example.org"], .high)
    }

    /// Lists of everyone and a class's parents, a head of year's with the year's number, Welsh
    /// exams and admissions; not a person's address with a "+parents" tag.
    func testListsAndNumberedRoleMailboxes() throws {
        let text = "To: parents-all@cliuthar.example.sch.uk\nCc: all-staff@cliuthar.example.sch.uk\n"
            + "To: preschool-parents@larkspur.example.sch.uk\nYear 9: hoy9@harrowfield.example.sch.uk\n"
            + "Arholiadau / Exams: arholiadau@glanteifi.example.sch.uk\nEmail: j.smith+parents@example.com\n"
        let found = try found(text)
        for value in ["parents-all@cliuthar.example.sch.uk", "all-staff@cliuthar.example.sch.uk", "preschool-parents@larkspur.example.sch.uk",
                      "hoy9@harrowfield.example.sch.uk", "arholiadau@glanteifi.example.sch.uk"] {
            XCTAssertEqual(found[value], .low, value)
        }
        XCTAssertEqual(found["j.smith+parents@example.com"], .high)
        // A year's list, a board's chair, family support and a council's guidance team.
        let teams = try self.found("To: parents-y7@hallowmere.example.sch.uk\nTo: chair@hallowmere.example.sch.uk\n"
            + "To: familysupport@hallowmere.example.sch.uk\nTo: sec.guidance@falkirk.example.gov.uk\nCc: behaviour@hartwell.example.sch.uk\n")
        for value in ["parents-y7@hallowmere.example.sch.uk", "chair@hallowmere.example.sch.uk", "familysupport@hallowmere.example.sch.uk",
                      "sec.guidance@falkirk.example.gov.uk", "behaviour@hartwell.example.sch.uk"] {
            XCTAssertEqual(teams[value], .low, value)
        }
    }

    /// A transition team's list of feeder schools, with a figure of each ("Y6 cohort 2025"),
    /// gives the schools' own details; a council's transport team's one-word mailbox is a team's.
    func testAListOfFeederSchools() throws {
        let list = "School,DfE number,URN,Address,Postcode,Telephone,Office email,Y6 cohort 2025\n"
            + "Over Primary School,873/2045,110631,\"New Road, Over\",CB24 5PY,01954 230001,office@over.example.sch.uk,58\n"
        let schools = try found(list, delimiter: 44)
        XCTAssertEqual(schools["CB24 5PY"], .low)
        XCTAssertEqual(schools["01954 230001"], .low)
        XCTAssertEqual(try found("Contact SENtransport@northnorthants.example.gov.uk for a place.\n")["SENtransport@northnorthants.example.gov.uk"], .low)
        // (An office's phone and e-mail titled so.)
        let offices = try found("School,URN,DfE number,Address,Postcode,Office phone,Office email,Y6 on roll 2025\n"
                                + "Brookfield Primary,107942,383/2145,Brookfield Road,LS6 2AA,0113 496 0210,office@brookfield.example.sch.uk,58\n",
                                delimiter: 44)
        XCTAssertEqual(offices["LS6 2AA"], .low)
        XCTAssertEqual(offices["0113 496 0210"], .low)
        // A council's teams' mailboxes.
        let teams = try found("Prevent referrals: prevent@county.example.gov.uk\nAnnual reviews: annualreviews@county.example.gov.uk\n")
        XCTAssertEqual(teams["prevent@county.example.gov.uk"], .low)
        XCTAssertEqual(teams["annualreviews@county.example.gov.uk"], .low)
        let more = try found("Careers Hub <hub@careershub.example.org.uk>\nRoyal Navy: recruiting@navy.example.mod.uk\n"
                             + "From: Jennifer McAllister <jmcallister.music@outlook.com>\n")
        XCTAssertEqual(more["hub@careershub.example.org.uk"], .low)
        XCTAssertEqual(more["recruiting@navy.example.mod.uk"], .low)
        XCTAssertNotNil(more["jmcallister.music@outlook.com"])
        XCTAssertNotEqual(more["jmcallister.music@outlook.com"], .low, "a music teacher's own mailbox at a personal provider")
    }

    /// A venue's label before an address anywhere on its line; not an exchange's host family's
    /// "Accommodation:".
    func testAVenuesLabelMidLine() throws {
        XCTAssertEqual(try found("Governor induction, 4 March (venue: Adams Court, Kildare Terrace, LS12 1DB)\n")["LS12 1DB"], .low)
        XCTAssertEqual(try found("Exchange partner: accommodation: 14 Acacia Road, Leeds LS6 2AB\n")["LS6 2AB"], .medium)
    }

    /// The school's own mobile on a trip is the school's; a parent's mobile stays theirs.
    func testTheSchoolsTripMobile() throws {
        let found = try found("Pupils wear wristbands with the school mobile 07700 900001.\nMum's mobile: 07700 900123\n")
        XCTAssertEqual(found["07700 900001"], .low)
        XCTAssertEqual(found["07700 900123"], .high)
        XCTAssertEqual(try self.found("Contact the school's 24-hour trip line: 07700 900001.\n")["07700 900001"], .low)
    }

    /// A school's name that ends in its phase ("Calder Vale Primary,") is the school's; a
    /// pupil's "SEN Primary need" is no school, and a pupil's record between a report's
    /// letterhead and an address makes the address the pupil's.
    func testASchoolsNameEndingInItsPhase() throws {
        let advert = try found("Calder Vale Primary, Tuel Lane, Sowerby Bridge HX6 2QR\nHeptonstall CE Junior (Towngate HX7 7LY)\n")
        XCTAssertEqual(advert["HX6 2QR"], .low)
        XCTAssertEqual(advert["HX7 7LY"], .low)
        XCTAssertEqual(try found("SEN Primary need: ASD. Home: 14 Acacia Road, Leeds LS6 2AB\n")["LS6 2AB"], .medium)
        let report = try found("Harrowfield Academy - Year 9 Interim Report\nName: Freya Tuckwell   DOB: 09/01/2011\n"
            + "Tutor comment: a good term.\nAddress: 7 Lapwing Close, Wednesbury, WS10 9PD\n")
        XCTAssertEqual(report["WS10 9PD"], .high)
        // A school's own settings: its URN above its postcode.
        XCTAssertEqual(try found("school: Larkspur Lane Primary\nurn: 123456\nstreet: Larkspur Lane\npostcode: HX4 7QP\n")["HX4 7QP"], .low)
    }

    /// A Welsh school's letterhead ("Ysgol ..." first); a newsletter's switchboard beside a team's
    /// mailbox; a training team's mailbox by its last word; a safeguarding poster's LADO.
    func testWelshLetterheadsTeamsAndServices() throws {
        let welsh = try found("Ysgol Gyfun Gymraeg Bro Taf · Heol y Nant, Pontypridd CF37 4XX · 01632 960200\nAnnwyl rieni,\n")
        XCTAssertEqual(welsh["CF37 4XX"], .low, "\(welsh)")
        XCTAssertEqual(welsh["01632 960200"], .low)
        let newsletter = try found("Rewards: 94 pupils have already reached Bronze!\nContact: 0113 496 0100 or year9@harrowfieldpark.example.sch.uk\n")
        XCTAssertEqual(newsletter["0113 496 0100"], .low, "\(newsletter)")
        XCTAssertEqual(newsletter["year9@harrowfieldpark.example.sch.uk"], .low)
        XCTAssertEqual(try found("From: LSCP Training <lscp.training@leeds.gov.uk>\n")["lscp.training@leeds.gov.uk"], .low)
        XCTAssertEqual(try found("Concern about a member of staff -> Headteacher;\nLADO 0113 496 0300\n")["0113 496 0300"], .low)
        // A family's landline beside a school's mailbox is still theirs.
        XCTAssertEqual(try found("Home phone: 0113 496 0577, copy to office@example.sch.uk\n")["0113 496 0577"], .high)
    }

    /// A trip itinerary's school line and an insurer's assistance line are theirs.
    func testATripsAndAnInsurersLines() throws {
        XCTAssertEqual(try found("School emergency contact during trip: 0113 496 0412\n")["0113 496 0412"], .low)
        XCTAssertEqual(try found("Emergency assistance: +44 161 496 0999\n")["+44 161 496 0999"], .low)
    }

    /// A blank form's return address is the organisation's.
    /// A service's number by its opening hours, a newsletter footer's address beside a team's
    /// mailbox, a council team's and a mailing list's mailboxes, a fieldwork site's car park.
    func testOpeningHoursFootersTeamsAndSites() throws {
        let leaflet = try found("Merrion House, Leeds LS2 8BB\nTelephone: 0113 496 0000 (Mon-Fri 9am-5pm)\nEmail: ews@leeds.example.gov.uk\n")
        XCTAssertEqual(leaflet["0113 496 0000"], .low, "\(leaflet)")
        XCTAssertEqual(leaflet["ews@leeds.example.gov.uk"], .low)
        let footer = try found("Sixth Form Bulletin\nKirkstall Brow, Leeds LS5 3XQ · 0113 496 0100 · sixthform@hollinsbrook.example.sch.uk\n")
        XCTAssertEqual(footer["LS5 3XQ"], .low, "\(footer)")
        XCTAssertEqual(try found("To: All providers <providers@leeds.example.gov.uk>\n")["providers@leeds.example.gov.uk"], .low)
        XCTAssertEqual(try found("- Site 1: Ilkley Lido car park, Denton Road, LS29 0BZ - channel width.\n")["LS29 0BZ"], .low)
        // A school's mailbox by its kind's word ("glenbervie.aca@", Welsh "swyddfa@"); a
        // convention's example for Joe Bloggs is no one's.
        XCTAssertEqual(try found("Contact: glenbervie.aca@aberdeenshire.example.gov.uk\n")["glenbervie.aca@aberdeenshire.example.gov.uk"], .low)
        XCTAssertEqual(try found("Cysylltu: swyddfa@brotawe.example.cymru\n")["swyddfa@brotawe.example.cymru"], .low)
        XCTAssertNil(try found("Pupil accounts look like 24bloggsj@pupils.example.sch.uk, staff j.bloggs@example.sch.uk\n")["24bloggsj@pupils.example.sch.uk"])
        // A parent's number before a time is still theirs.
        XCTAssertEqual(try found("Mum's mobile: 07700 900123 (after 6pm)\n")["07700 900123"], .high)
    }

    func testAFormsReturnAddress() throws {
        XCTAssertEqual(try found("Postcode: ________\nReturn to: Trust DPO, Unit 4 Kirkstall Works, Leeds LS5 3BT\n")["LS5 3BT"], .low)
    }

    /// A uniform supplier's, a charity's and a council's numbers (rounds 136 and 141).
    func testSuppliersCharitiesAndCouncilServices() throws {
        let quote = try found("Quotation Q-3391\nStitch & Print Schoolwear, Unit 4 Canal Wharf, Leeds LS11 5PS. Tel 0113 496 0777.\n")
        XCTAssertEqual(quote["0113 496 0777"], .low, "\(quote)")
        XCTAssertEqual(quote["LS11 5PS"], .low, "\(quote)")
        let charity = try found("INVOICE\nAire Valley Community Transport CIO, 22 Mill Street, Bradford BD4 7HT\n")
        XCTAssertEqual(charity["BD4 7HT"], .low, "\(charity)")
        let policy = try found("the DSL liaises with Leeds Children's\nServices (Duty and Advice: 0113 496 0999).\n")
        XCTAssertEqual(policy["0113 496 0999"], .low, "\(policy)")
        // A government department's sign-off, a school's own office, a council's mailing list.
        let department = try found("Kind regards\nDepartment for Education, Sanctuary Buildings, Great Smith Street, London SW1P 3BT\n")
        XCTAssertEqual(department["SW1P 3BT"], .low, "\(department)")
        let office = try found("Please find attached 6 requests.\nContact: Attendance Office, 0113 496 0000\n")
        XCTAssertEqual(office["0113 496 0000"], .low, "\(office)")
        let list = try found("To: All SENCos <sencos@leeds.example.gov.uk>\n")
        XCTAssertEqual(list["sencos@leeds.example.gov.uk"], .low, "\(list)")
    }

    /// Rounds 638-643: a switchboard's menu, a medical room's mailbox, a school's postcode for
    /// ambulances, a charity named after young carers, a body's team signing off, an address
    /// wrapped inside the school's name, a fixtures list's grounds.
    func testMenusMedicalRoomsSchoolsPostcodesAndGrounds() throws {
        let newsletter = try found("If your child is unwell, please report absence before 08:30 on 01632 960 400\n(option 1) or via the app.\n")
        XCTAssertEqual(newsletter["01632 960 400"], .low, "\(newsletter)")
        XCTAssertEqual(try found("Contact the medical room on 0113 496 0000 (option 3).\n")["0113 496 0000"], .low)
        XCTAssertEqual(try found("Contact the medical room: medicalroom@oakfield.example.org.uk\n")["medicalroom@oakfield.example.org.uk"], .low)
        let ambulance = try found("For non-urgent advice ring NHS 111. The school's postcode for\nambulance crews is CV32 6DX; use Gate 2.\n")
        XCTAssertEqual(ambulance["CV32 6DX"], .low, "\(ambulance)")
        let carers = try found("NHS 24: 111\nEdinburgh Young Carers - 4 Canon Street, Edinburgh EH3 5HE  Tel 0131 475 2322\n")
        XCTAssertEqual(carers["EH3 5HE"], .low, "\(carers)")
        XCTAssertEqual(carers["0131 475 2322"], .low, "\(carers)")
        let signature = try found("If you have any questions, please contact us.\n\nSQA Operations\nThe Optima Building, 58 Robertson Street, Glasgow G2 8DQ\n")
        XCTAssertEqual(signature["G2 8DQ"], .low, "\(signature)")
        let objects = try found("The objects of the Charity are to advance the education of the pupils at Hollybank Primary\nSchool, 2 Hollybank Lane, Leeds LS6 4AB (\"the School\") by providing facilities.\n")
        XCTAssertEqual(objects["LS6 4AB"], .low, "\(objects)")
        let fixtures = try found("Fixture,Date,Home,Away,Venue,Venue address,Postcode\nF24-101,2024-09-18,Ridgeway Academy,St Bede's,Ridgeway Academy,Ridgeway Road Bingley,BD16 2RS\n",
                                 delimiter: 44)
        XCTAssertNotEqual(fixtures["BD16 2RS"], .high, "\(fixtures)")
        XCTAssertNil(fixtures["Ridgeway Road Bingley"], "\(fixtures)")
        // A parent's mobile and a home postcode stay theirs.
        XCTAssertEqual(try found("Mum's mobile: 07700 900123, option to text\n")["07700 900123"], .high)
        XCTAssertEqual(try found("Name,Home,Mobile,Postcode\nOlivia Hughes,0113 496 0577,07700 900123,LS12 5DQ\n", delimiter: 44)["LS12 5DQ"], .high)
    }

    /// Round 649's Welsh organisations: a bilingual directory's "Sefydliad/Organisation" column,
    /// a trip's emergency contacts by their keys, WJEC's own name and its subject support line,
    /// a tribunal, a switchboard's menu in Welsh.
    func testWelshDirectoriesKeysAndBodies() throws {
        let directory = try found("Sefydliad/Organisation,Adran/Department,Cod post,Ffôn/Phone\n"
                                  + "Cyngor Gwynedd,Adran Addysg,LL55 1SH,01766 771 000\n", delimiter: 44)
        XCTAssertEqual(directory["01766 771 000"], .low, "\(directory)")
        let keys = try found("cysylltiadau_argyfwng:\n  gwersyll: \"01239 652 140\"\n  llinell_argyfwng_y_cyngor: \"01766 771 000\"\n")
        XCTAssertEqual(keys["01239 652 140"], .low, "\(keys)")
        XCTAssertEqual(keys["01766 771 000"], .low, "\(keys)")
        let wjec = try found("Cymorth Pwnc / Subject Support: 029 2026 5126\nCBAC, 245 Rhodfa'r Gorllewin, Caerdydd CF5 2YX\n")
        XCTAssertEqual(wjec["029 2026 5126"], .low, "\(wjec)")
        XCTAssertEqual(wjec["CF5 2YX"], .low, "\(wjec)")
        XCTAssertEqual(try found("Dribiwnlys Addysg Cymru, Adeiladau'r Llywodraeth, Llandudno LL30 1SN (0300 025 9800).\n")["LL30 1SN"], .low)
        XCTAssertEqual(try found("Ffoniwch y swyddfa (01286 960 100, opsiwn 1) cyn 09:00.\n")["01286 960 100"], .low)
        // A family's key stays theirs.
        let family = try found("cysylltiadau:\n  mam_ffon_symudol: \"07700 900123\"\n  parent_council_tax_ref: \"07700 900456\"\n")
        XCTAssertNotNil(family["07700 900123"], "\(family)")
        XCTAssertNotEqual(family["07700 900123"], .low, "\(family)")
    }

    /// Rounds 651 to 657: lists of organisations in YAML, a register of suppliers by their
    /// company and VAT numbers, a transport list's depots, the awarding bodies under their
    /// names, a risk assessment's keys, a school fund's and a business's bank account.
    func testOrganisationListsRegistersBodiesAndAccounts() throws {
        let yaml = try found("suppliers:\n  - name: Peters Books\n    phone: \"0121 666 6646\"\n  - name: Arjo UK (slings and hoists)\n    phone: \"0845 6066 000\"\n"
                             + "    address: \"175 St John Street, London EC1V 4LW\"\n")
        XCTAssertEqual(yaml["0121 666 6646"], .low, "\(yaml)")
        XCTAssertEqual(yaml["EC1V 4LW"], .low, "\(yaml)")
        XCTAssertNotEqual(yaml["Arjo UK"] ?? .low, .medium, "\(yaml)")
        // A list of pupils keeps its contacts.
        let pupils = try found("pupils:\n  - name: Olivia Hughes\n    home_phone: \"0121 496 0577\"\n")
        XCTAssertNotEqual(pupils["0121 496 0577"] ?? .low, .low, "\(pupils)")
        let register = try found("SupplierID,Name,CompanyNo,VATNo,Address,Postcode,Switchboard\n"
                                 + "S0003,ESPO,,GB 425 8821 09,\"Barnsdale Way, Grove Park, Enderby\",LE19 1ES,0116 265 7929\n", delimiter: 44)
        XCTAssertEqual(register["LE19 1ES"], .low, "\(register)")
        let depots = try found("route\tvehicle_type\tdepot\tdepot_phone\tseats\nBF-03\tminibus\tTyseley\t0121 706 4400\t12\n", delimiter: 9)
        XCTAssertEqual(depots["0121 706 4400"], .low, "\(depots)")
        let boards = try found("Awarding bodies\n\nWJEC / Eduqas\n  Address:  245 Western Avenue, Cardiff CF5 2YX\n  Tel:      029 2026 5000\n")
        XCTAssertEqual(boards["CF5 2YX"], .low, "\(boards)")
        XCTAssertEqual(boards["029 2026 5000"], .low, "\(boards)")
        let keys = try found("emergency:\n  nearest_ae: \"Ysbyty Glan Clwyd, Rhuddlan Road, Bodelwyddan LL18 5UJ\"\n  out_of_hours_duty_line: \"0113 496 0999\"\n")
        XCTAssertEqual(keys["LL18 5UJ"], .low, "\(keys)")
        XCTAssertEqual(keys["0113 496 0999"], .low, "\(keys)")
        let fund = try found("Payments\n      Account name:  Bryn Hafren CP School Fund\n      Sort code:     20-87-46\n      Account no.:   53077216\n")
        XCTAssertTrue(fund.values.allSatisfy { $0 == .low }, "\(fund)")
        let invoice = try found("Bank details:\n  Education IT Services Ltd, Barclays Bank plc, Leicester\n  IBAN GB82 BARC 2032 0650 3918 27\n")
        XCTAssertEqual(invoice["GB82 BARC 2032 0650 3918 27"] ?? .low, .low, "\(invoice)")
        // A JSON directory, its text flat under the array's key; a supplier's record over its BACS details.
        let json = try found("services:\nservice name: Contact\ncategory: charity\naddress: 209-211 City Road, London EC1V 1JN\nphone: 0121 496 0555\n")
        XCTAssertEqual(json["EC1V 1JN"], .low, "\(json)")
        XCTAssertEqual(json["0121 496 0555"], .low, "\(json)")
        let supplier = try found("supplier: Scotia Schoolwear Ltd\ncompany no: SC318822\nbacs:\nsort code: 80-22-60\naccount: 06512291\niban: GB36BOFS80226006512291\n")
        XCTAssertEqual(supplier["GB36BOFS80226006512291"] ?? .low, .low, "\(supplier)")
        // A family's number labelled after a service named earlier on its line.
        let interpreter = try found("Mum's English limited; use interpreter (Polish) for parents' evening. Home number 0141 496 0821.\n")
        XCTAssertNotEqual(interpreter["0141 496 0821"] ?? .low, .low, "\(interpreter)")
        // A parent's account stays theirs, a bank's name beside it or not.
        let refund = try found("Refund to parent\nBarclays Bank plc\nSort code: 20-87-46\nAccount no: 53077216\nAccount name: Mrs Sarah Jones\n")
        XCTAssertTrue(refund.contains { $0.key.hasPrefix("20-87-46") && $0.value != .low }, "\(refund)")
    }

    /// Rounds 702-717's organisations: an NHS trust's and a council's mailboxes by their last
    /// word or a middle one, an invoice's customer named as a college, cards of a supplier
    /// and a committee's name; a person's "+" tag stays a person's.
    func testMailboxesByAnyWordAnInvoicesCustomerAndSuppliersCards() throws {
        XCTAssertEqual(try found("or e-mail sonct.paedsappointments@nhs.net\n")["sonct.paedsappointments@nhs.net"], .low)
        XCTAssertEqual(try found("Contact sonct.camhs.ipswich@nhs.net\n")["sonct.camhs.ipswich@nhs.net"], .low)
        XCTAssertEqual(try found("From: Suffolk SEND CPD <sendcpd@suffolk.gov.uk>\n")["sendcpd@suffolk.gov.uk"], .low)
        XCTAssertEqual(try found("Email: j.smith+parents@example.com\n")["j.smith+parents@example.com"], .high)
        // A school's own mailbox by its name; a parent council's at a mail provider.
        XCTAssertEqual(try found("Email: BalgowanAcademy@pkc.gov.uk\n")["BalgowanAcademy@pkc.gov.uk"], .low)
        XCTAssertEqual(try found("Parent Council: parentcouncil.balgowan@gmail.com\n")["parentcouncil.balgowan@gmail.com"], .low)
        let invoice = try found("Name\tAddress\tPO Number\nAshbourne Vale Sixth Form College – Finance Office\tStonegate Road, Leeds, LS6 4QD\tPO-24-03381\n",
                                delimiter: 9)
        XCTAssertEqual(invoice["LS6 4QD"], .low)
        XCTAssertNil(try found("BEGIN:VCARD\nFN:Pennine Broadband NOC\nORG:Pennine Broadband Ltd\nEND:VCARD\n")["Pennine Broadband NOC"])
        XCTAssertNil(try found("committees:\n  - name: Staff Dismissal & Grievance Committee\n")["Staff Dismissal"])
    }

    /// A vCard that says it is an organisation's ("KIND:org") names no one: not its name, its
    /// address nor its numbers; a person's card beside it still does.
    func testAnOrganisationsCardNamesNoOne() throws {
        let supplier = "BEGIN:VCARD\nVERSION:3.0\nKIND:org\nFN:Northgate Edu IT Service Desk\nORG:Northgate Edu IT Ltd\n"
            + "ADR;TYPE=WORK:;;Unit 7, Brindley Business Park, Stockport Road, Cheadle SK8 2AZ;;;;UK\nEND:VCARD\n"
        let person = "BEGIN:VCARD\nVERSION:3.0\nFN:Amelia Hughes\nN:Hughes;Amelia;;;\nADR;TYPE=HOME:;;14 Carr Brow, High Lane, Stockport SK6 8AH;;;;UK\n"
            + "NOTE:Parent of Olivia (7B)\nEND:VCARD\n"
        let found = try found(supplier + person)
        XCTAssertNil(found["Northgate Edu"])
        XCTAssertNil(found["SK8 2AZ"])
        XCTAssertNotNil(found["SK6 8AH"], "a person's card after the organisation's")
    }

    /// A data file's record of an organisation, its name under "org", holds its contacts, no
    /// one's: an exam board's address, switchboard and mailbox.
    func testAnOrgColumnsRowIsTheOrganisations() throws {
        let record = "org\taddress\tphone\temail\nWJEC/CBAC\t245 Western Avenue, Cardiff CF5 2YX\t029 2026 5000\twelsh@wjec.co.uk\n"
        let found = try found(record, delimiter: 9)
        for value in ["245 Western Avenue, Cardiff CF5 2YX", "029 2026 5000", "welsh@wjec.co.uk"] {
            XCTAssertNotEqual(found[value], .medium, value)
            XCTAssertNotEqual(found[value], .high, value)
        }
    }

    /// An address under a group's key is the group's: a Google Classroom course's mailbox.
    func testAGroupsMailboxByItsKey() throws {
        XCTAssertEqual(try found("course group email: 10Sci-2_Physics_8e2d77@hollinwoodpark.org.uk\n")["10Sci-2_Physics_8e2d77@hollinwoodpark.org.uk"], .low)
        XCTAssertNotEqual(try found("parent email: gemma.pickering82@gmail.com\n")["gemma.pickering82@gmail.com"], .low)
    }

    /// A one-word mailbox named after a body the text names is the body's: a PTA's initials, a
    /// boarding house's name run together (rounds 765 and 768).
    func testAMailboxNamedAfterABodyTheTextNames() throws {
        let named = try found("Holybrook Friends' Association newsletter\nEmail hfa@holybrook.derbyshire.sch.uk with questions.\n")
        XCTAssertEqual(named["hfa@holybrook.derbyshire.sch.uk"], .low)
        let house = try found("Usk House rules\nWrite to uskhouse@staldhelms.org.uk about exeats.\n")
        XCTAssertEqual(house["uskhouse@staldhelms.org.uk"], .low)
        // (Without the body's name, the same mailbox may be anyone's.)
        XCTAssertNotEqual(try found("Newsletter\nEmail hfa@holybrook.derbyshire.sch.uk with questions.\n")["hfa@holybrook.derbyshire.sch.uk"], .low)
    }

    /// Bank details a company's registration stands beside are the company's: an invoice's
    /// footer four lines down (round 766); a refund's are still a family's.
    func testBankDetailsBesideACompanysRegistration() throws {
        let invoice = try found("Payment by BACS: sort code 30-98-71, account 48201736\n\nSevern Music Supplies Ltd, 14 Castle Foregate\nTel 01743 360 112 | VAT reg GB 298 4471 62 | Company no. 04482913\n")
        XCTAssertNil(invoice["30-98-71, account 48201736"].flatMap { $0 > .low ? $0 : nil })
        XCTAssertEqual(try found("Refund to: sort code 30-98-71, account 48201736\n\nThanks, Sarah\n")["30-98-71, account 48201736"], .high)
    }

    /// A record whose "school:" is a school's holds the school's address (round 782's census return).
    func testARecordOfAnOrganisationHoldsItsAddress() throws {
        let record = try found("school: Ardnagreen College\naddress: \"60 Creagh Road, Toomebridge, Co. Antrim BT41 3SE\"\n")
        XCTAssertEqual(record["BT41 3SE"], .low)
        XCTAssertEqual(record["60 Creagh Road, Toomebridge"], .low)
    }

    /// A set's phrases are found in any case at any offset, each against the phrases that begin
    /// with its byte; an excluded offset ("non-emergency line") is passed over for a later one.
    func testPhrasesAreFoundInAnyCaseByTheirFirstByte() {
        func holds(_ text: String) -> Bool {
            Array(text.utf8).withUnsafeBytes { OrganisationContact.holdsSchoolsMobile($0[...]) }
        }
        XCTAssertTrue(holds("Trip Mobile (24h):"))
        XCTAssertTrue(holds("call the SCHOOL PHONE"))
        XCTAssertTrue(holds("Ffôn argyfwng y daith"))
        XCTAssertFalse(holds("contact me on"))
        XCTAssertFalse(holds("or via the non-emergency line"))
        XCTAssertTrue(holds("non-emergency line or the emergency line"))
        XCTAssertFalse(holds("trip mobil"), "a phrase running past the end")
        let set = PhraseSet(["ab", "abc", "b"])
        XCTAssertEqual(set.firstStart[97], 0)
        XCTAssertEqual(set.firstStart[98], 2)
        XCTAssertEqual(set.firstStart[99], 3)
        XCTAssertTrue(Array("xxAB".utf8).withUnsafeBytes { OrganisationContact.holdsPhrase(set, in: $0[...]) })
        XCTAssertFalse(Array("xxa".utf8).withUnsafeBytes { OrganisationContact.holdsPhrase(set, in: $0[...]) })
    }

    /// A council's lettings mailbox ("lets@") is the council's; a Dickens character by title
    /// in a PSHE lesson is no one (round 979 and 983's).
    func testALetsMailboxAndADickensCharacter() throws {
        XCTAssertNotEqual(try found("Contact: lets@morvenshire.gov.uk for hire enquiries\n")["lets@morvenshire.gov.uk"], .high)
        XCTAssertNotEqual(try found("Pip's first lessons were at Mr Wopsle's great-aunt's school; his aunt paid.\n")["Mr Wopsle"], .medium)
    }

    /// A Welsh company's letterhead ("TEGANAU TEIFI CYF", "Rhif TAW") and a playgroup's
    /// charity account ("cyfrif yr elusen") are organisations' (round 975's).
    func testAWelshCompanysLetterheadAndACharitysAccount() throws {
        let invoice = try found("TEGANAU TEIFI CYF\nUned 4, Stad Ddiwydiannol Parc Teifi, Aberteifi SA43 1EW\n"
            + "Ffôn 01239 610 447 | gwerthiant@teganauteifi.co.uk\nRhif TAW: GB 284 7719 36   Rhif cwmni: 08817243\n\nANFONEB / INVOICE\n")
        XCTAssertNotEqual(invoice["SA43 1EW"], .medium, "\(invoice)")
        XCTAssertNotEqual(invoice["01239 610 447"], .medium, "\(invoice)")
        let letter = try found("Gallwch gyfrannu drwy drosglwyddiad banc i:\nCylch Meithrin y Dderwen, Cod didoli 30-96-21, Rhif cyfrif 00418563 (cyfrif yr elusen).\n")
        XCTAssertFalse(letter.values.contains { $0 > .low }, "\(letter)")
    }
}
