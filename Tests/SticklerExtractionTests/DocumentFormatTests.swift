import Foundation
import SticklerCore
import SticklerExtraction
import SticklerTesting
import XCTest

final class DocumentFormatTests: FormatTestCase {
    func testPDFPagesOwnerPasswordAndUserPassword() throws {
        var ids = Identifiers(seed: 10)
        let nhs = ids.nhs(), nino = ids.nino()
        try write("plain.pdf", OfficeFixtures.pdf(pages: ["Cover page", "NHS number \(nhs)", "NI number \(nino)"]))
        try tool("qpdf", ["--encrypt", "", "owner-secret", "256", "--", "plain.pdf", "owner.pdf"], in: directory)
        try tool("qpdf", ["--encrypt", "user-secret", "owner-secret", "256", "--", "plain.pdf", "user.pdf"], in: directory)
        try write("corrupt.pdf", Array("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> garbage".utf8))
        // A scanned form: pictures of its pages, no text layer. Said so, not "scanned, clean".
        try write("scanned.pdf", OfficeFixtures.pdf(pages: ["", ""], photo: 6_000))
        try write("photo-and-text.pdf", OfficeFixtures.pdf(pages: ["NHS number \(nhs)"], photo: 6_000))
        let result = try scan()
        XCTAssertEqual(result.file("scanned.pdf")?.status, .skipped)
        XCTAssertTrue(result.file("scanned.pdf")?.reason?.hasPrefix("PDF of scanned pages") ?? false, "\(String(describing: result.file("scanned.pdf")))")
        XCTAssertNotNil(result.found(nhs, in: "photo-and-text.pdf"))
        XCTAssertEqual(result.found(nhs, in: "plain.pdf")?.location.page, 2)
        XCTAssertEqual(result.found(nino, in: "plain.pdf")?.location.page, 3)
        XCTAssertEqual(result.found(nhs, in: "owner.pdf")?.location.page, 2, "owner password only: scanned")
        XCTAssertEqual(result.file("user.pdf")?.status, .encrypted)
        XCTAssertEqual(result.file("user.pdf")?.encryption, "pdf")
        XCTAssertNotEqual(result.file("corrupt.pdf")?.status, .scanned, "\(String(describing: result.file("corrupt.pdf")))")
    }

    /// A line running past the page's right edge (notes exported with no wrapping) once made
    /// poppler drop the lines under it too: the page is read with the area around it.
    func testPDFLineRunningPastThePageEdgeLosesNothingUnderIt() throws {
        var ids = Identifiers(seed: 12)
        let nhs = ids.nhs(), nino = ids.nino()
        let long = "Route notes for escorts - please read all of this before the first journey of the spring term, thanks all, check the list"
        try write("overflow.pdf", OfficeFixtures.pdf(overflowing: long, then: ["Poppy Strettell DOB 22/10/2011 NHS \(nhs)",
                                                                               "Danielle Hinchliffe NI \(nino)"]))
        let result = try scan()
        XCTAssertNotNil(result.found(nhs, in: "overflow.pdf"), "\(String(describing: result.file("overflow.pdf")))")
        XCTAssertNotNil(result.found(nino, in: "overflow.pdf"))
    }

    /// A class list kept as a Word table: its header row gives context to each column, as a
    /// spreadsheet's does, and values are located by cell. A form (label and value cells)
    /// has no header row: its labels are no names, its values keep the labels' context.
    /// A class list printed to PDF is a table again: columns found from where the cells
    /// lie, so the header names its column (names, dates of birth) and each value is
    /// located by cell. Two ways offices make one: cells placed one by one (poppler reads
    /// them column after column) and Chromium printing an HTML table (poppler joins the
    /// cells of a row: `HughesOliviaR801...`).
    func testPDFTablesPrintedByOfficeSoftwareAndBrowsers() throws {
        var ids = Identifiers(seed: 41)
        let header = ["Surname", "Forename", "UPN", "Date of birth", "Medical"]
        var pupils: [[String]] = []
        for index in 0..<6 {
            let born = ids.dateOfBirth()
            pupils.append([Names.family[index * 3 % Names.family.count], Names.given[index * 5 % Names.given.count], ids.upn(),
                           String(format: "%02d/%02d/%04d", born.day, born.month, born.year), index == 2 ? "Asthma" : ""])
        }
        try write("placed.pdf", OfficeFixtures.pdf(table: [header] + pupils, title: "Year 7 class list"))
        try write("turned.pdf", OfficeFixtures.pdf(table: [header] + pupils, title: "Year 7 class list", turned: true))
        let html = "<html><body><h2>Year 7 class list</h2><table border=1 cellpadding=4>"
            + ([header] + pupils).map { "<tr>" + $0.map { "<td>\($0)</td>" }.joined() + "</tr>" }.joined() + "</table></body></html>"
        let page = directory.appendingPathComponent("page.html")
        try Data(html.utf8).write(to: page)
        let printed = FileManager.default.temporaryDirectory.appendingPathComponent("stickler-printed-\(getpid()).pdf")
        defer { try? FileManager.default.removeItem(at: printed) }
        if let problem = Chromium.run(["--no-pdf-header-footer", "--print-to-pdf=\(printed.path)", page.absoluteString], output: printed) {
            throw XCTSkip(problem)
        }
        try write("printed.pdf", Array(try Data(contentsOf: printed)))
        try FileManager.default.removeItem(at: page) // read by Chromium only, not scanned
        let result = try scan()
        for file in ["placed.pdf", "turned.pdf", "printed.pdf"] {
            XCTAssertEqual(result.file(file)?.status, .scanned, file)
            for (index, pupil) in pupils.enumerated() {
                let upn = result.found(pupil[2], in: file)
                XCTAssertEqual(upn?.location.cell, "'page 1 table 1'!C\(index + 2)", "\(file) row \(index + 2)")
                XCTAssertEqual(upn?.confidence, .high, "\(file): under its UPN column")
                XCTAssertEqual(result.found(pupil[3], in: file)?.detector, "date_of_birth", "\(file): a date under 'Date of birth'")
            }
            let names = result.findings(in: file).filter { $0.finding.detector == "person_name" }.compactMap(\.value)
            XCTAssertEqual(names, pupils.map { $0[0] + " " + $0[1] }, "\(file): surname and forename columns")
            XCTAssertEqual(result.findings(in: file).filter { $0.finding.detector == "special_health" }.count, 1, file)
        }
    }

    /// A filled-in PDF form keeps its answers in its fields, not in the page's text: each
    /// is read as `label: value` on its page, the label from the field's tooltip or its name.
    func testPDFFormFieldsAreRead() throws {
        var ids = Identifiers(seed: 47)
        let nhs = ids.nhs(), upn = ids.upn(), phone = ids.mobile()
        try write("consent.pdf", OfficeFixtures.pdf(form: [
            (name: "ChildName", tooltip: nil, value: "Olivia Hughes"),
            (name: "Text2", tooltip: "NHS number", value: nhs),
            (name: "pupil_upn", tooltip: nil, value: upn),
            (name: "ParentMobile", tooltip: nil, value: phone),
            (name: "Agree", tooltip: nil, value: " "),
        ], checkboxes: [(name: "Asthma", ticked: true), (name: "Epilepsy", ticked: false)],
        title: "Year 7 residential trip: consent and medical form"))
        let result = try scan()
        XCTAssertEqual(result.found(nhs, in: "consent.pdf")?.confidence, .high, "labelled by the field's tooltip")
        XCTAssertEqual(result.found(nhs, in: "consent.pdf")?.location.page, 1)
        XCTAssertEqual(result.found(upn, in: "consent.pdf")?.confidence, .high, "labelled by its name, pupil_upn")
        XCTAssertNotNil(result.found(phone, in: "consent.pdf"))
        XCTAssertEqual(result.findings(in: "consent.pdf").filter { $0.finding.category == .personal }.map(\.value), ["Olivia Hughes"])
        let health = result.findings(in: "consent.pdf").filter { $0.finding.detector == "special_health" }.map(\.value)
        XCTAssertEqual(health, ["Asthma"], "a ticked box says its label; an unticked one nothing")
    }

    /// A reviewer's sticky note on a PDF is read (an anonymised case study's "Pupil A = …");
    /// a link's text is not.
    func testPDFNotesAreRead() throws {
        var ids = Identifiers(seed: 48)
        let nhs = ids.nhs()
        try write("case study.pdf", OfficeFixtures.pdf(title: "Case study - Pupil A (for governors)", note: "Pupil A: NHS number \(nhs)"))
        let result = try scan()
        XCTAssertEqual(result.found(nhs, in: "case study.pdf")?.location.page, 1)
        XCTAssertEqual(result.findings(in: "case study.pdf").filter { $0.finding.detector == "uk_nhs_number" }.count, 1, "not the link's")
    }

    func testWordTablesAreTablesAndFormsAreNot() throws {
        var ids = Identifiers(seed: 19)
        func cell(_ text: String) -> String { "<w:tc><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:tc>" }
        func table(_ rows: [[String]]) -> String { "<w:tbl>" + rows.map { "<w:tr>" + $0.map(cell).joined() + "</w:tr>" }.joined() + "</w:tbl>" }
        var rows = [["Name", "DOB", "NHS Number", "Medical needs"]]
        var numbers: [String] = []
        for index in 0..<12 {
            numbers.append(ids.nhs())
            rows.append(["Amara Hill", String(format: "%02d/03/2015", index + 1), numbers.last!, index % 3 == 0 ? "Asthma" : ""])
        }
        let formNHS = ids.nhs()
        let form = table([["Pupil name", "Olivia Hughes"], ["Date of birth", "12/03/2015"], ["NHS number", formNHS],
                          ["Address", "12 Acacia Avenue"], ["Medical needs", "Asthma"]])
        // A medical list whose header has one column the rules know by name and one by its
        // special category: names and conditions, nothing else.
        let medical = table([["Pupil", "Class", "Medical condition", "Medication"], ["Zofia Watson", "4B", "Asthma", "Inhaler"],
                             ["Kacper Harris", "4B", "Epilepsy", "Buccal midazolam"]])
        let forms = table([["Name", "Olivia Hughes", "Medication", "Inhaler"], ["Address", "12 Acacia Avenue", "Class", "Robins"]])
        let body = "<w:p><w:r><w:t>Class 4B medical list</w:t></w:r></w:p>" + table(rows) + "<w:p><w:r><w:t>Referral</w:t></w:r></w:p>" + form
            + medical + forms
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", "<Types/>")
        zip.add("word/document.xml", "<w:document><w:body>\(body)</w:body></w:document>")
        try write("list.docx", zip.finish())
        let result = try scan()
        for (index, nhs) in numbers.enumerated() {
            XCTAssertEqual(result.found(nhs, in: "list.docx")?.location.cell, "'table 1'!C\(index + 2)", "row \(index + 2)")
        }
        let names = result.findings(in: "list.docx").filter { ["person_name", "person_name_generic"].contains($0.finding.detector) }
        XCTAssertEqual(names.filter { $0.finding.location.cell?.hasPrefix("'table 1'") ?? false }.count, 12,
                       "one name per row of the class list: \(names.map(\.value))")
        XCTAssertEqual(result.findings(in: "list.docx").filter { $0.finding.detector == "date_of_birth" }.count, 13)
        XCTAssertEqual(result.found(formNHS, in: "list.docx")?.location.cell, "'table 2'!B3")
        XCTAssertFalse(names.contains { ($0.value ?? "").contains("Date") || ($0.value ?? "").contains("Address") }, "form labels are no names")
        let medicalNames = result.findings(in: "list.docx").filter { $0.finding.location.cell?.hasPrefix("'table 3'") ?? false && $0.finding.detector == "person_name" }
        XCTAssertEqual(medicalNames.map(\.value), ["Zofia Watson", "Kacper Harris"])
    }

    /// An OpenDocument text's table is a table too, located by cell.
    func testOpenDocumentTextTables() throws {
        var ids = Identifiers(seed: 23)
        let numbers = (0..<4).map { _ in ids.nhs() }
        func cell(_ text: String) -> String { "<table:table-cell office:value-type=\"string\"><text:p>\(text)</text:p></table:table-cell>" }
        let rows = [["Name", "DOB", "NHS Number"]] + numbers.map { ["Amara Hill", "01/03/2015", $0] }
        let table = "<table:table table:name=\"Pupils\">" + rows.map { "<table:table-row>" + $0.map(cell).joined() + "</table:table-row>" }.joined() + "</table:table>"
        try write("list.odt", OfficeFixtures.odt(text: "<text:p>Class list</text:p>\(table)"))
        let result = try scan()
        for (index, nhs) in numbers.enumerated() {
            XCTAssertEqual(result.found(nhs, in: "list.odt")?.location.cell, "Pupils!C\(index + 2)")
        }
    }

    /// A behaviour log typed as paragraphs with bars ("Date | Pupil | Form | Incident"), under
    /// a title: read as a table, its "Pupil" column names each row's pupil (round 718's, whose
    /// names were found only beside a word). A letter's bar in its letterhead is no table.
    func testAParagraphTableWithBarsInADocument() throws {
        let lines = ["Humanities – Behaviour Log, Autumn Term 2024", "Date | Pupil | Form | Staff | Incident",
                     "16/09/24 | Rhys Bairstow | 10D | DJ | Made a comment in class. Moved seat.",
                     "10/10/24 | Isla Dobson | 8E | AR | Threw a chair in H4. Sent to Pastoral Base.",
                     "14/10/24 | Chloé Brennan | 10B | HW | Third late this week. Referred to HoY.",
                     "08/11/24 | Zoë Bairstow | 8E | FP | Filming staff on phone, C2."]
        func paragraph(_ text: String) -> String { "<text:p>\(text)</text:p>" }
        try write("log.odt", OfficeFixtures.odt(text: lines.map(paragraph).joined()))
        let letter = ["Hollins Lane Primary | Tel 0113 496 0000", "14 March 2025", "Dear Parents,", "The trip is on Friday."]
        try write("letter.odt", OfficeFixtures.odt(text: letter.map(paragraph).joined()))
        let result = try scan()
        for name in ["Rhys Bairstow", "Isla Dobson", "Chloé Brennan", "Zoë Bairstow"] {
            XCTAssertEqual(result.found(name, in: "log.odt")?.detector, "person_name", name)
        }
        XCTAssertTrue(result.findings(in: "letter.odt").isEmpty)
    }

    /// A class list pasted into an HTML e-mail (closing tags left out, as HTML allows) or
    /// saved as a web page: its table is a table, located by cell.
    /// A calendar's folded lines are read joined, however the reads fall (RFC 5545's line
    /// folding: a break and one space), so that Outlook's "(DOB 17/" and " 10/2014)" are one
    /// date (round 804's).
    func testACalendarsFoldedLinesAreJoined() throws {
        let text = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDESCRIPTION:TAC review – Kacper Nowak\\, Y4 (DOB 17/\r\n 10/2014)\r\n"
            + "ATTENDEE;CN=\"Agnieszka\n\tNowak\":mailto:a@wp.pl\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        let joined = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDESCRIPTION:TAC review – Kacper Nowak\\, Y4 (DOB 17/10/2014)\r\n"
            + "ATTENDEE;CN=\"AgnieszkaNowak\":mailto:a@wp.pl\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        XCTAssertTrue(FoldedLines<MemorySource>.folds(Array(text.utf8)))
        XCTAssertFalse(FoldedLines<MemorySource>.folds(Array("Dear parents,\n hello".utf8)))
        for size in [1, 2, 3, 7, 64, 4096] {
            var source = FoldedLines(ChunkedSource(bytes: Array(text.utf8), size: size))
            var out: [UInt8] = [], buffer = [UInt8](repeating: 0, count: 5)
            while case let count = try buffer.withUnsafeMutableBytes({ try source.read(into: $0) }), count > 0 { out += buffer[0..<count] }
            XCTAssertEqual(String(decoding: out, as: UTF8.self), joined, "reads of \(size)")
        }
        try write("tac.ics", Array(text.utf8))
        XCTAssertEqual(try scan().found("17/10/2014", in: "tac.ics")?.detector, "date_of_birth")
    }

    func testHTMLTablesInPagesAndEmail() throws {
        var ids = Identifiers(seed: 29)
        let numbers = (0..<4).map { _ in ids.nhs() }
        let rows = numbers.enumerated().map { "<tr><td>Amara Hill<td>0\($0.offset + 1)/03/2015<td>\($0.element)" }.joined()
        let html = "<html><body><p>The list:</p><table><tr><th>Name</th><th>DOB</th><th>NHS Number</th></tr>\(rows)</table><p>Thanks</p></body></html>"
        try write("list.html", Array(html.utf8))
        try write("list.eml", Array("From: a@example.sch.uk\nSubject: list\nContent-Type: text/html\n\n\(html)\n".utf8))
        let result = try scan()
        for file in ["list.html", "list.eml"] {
            for (index, nhs) in numbers.enumerated() {
                XCTAssertEqual(result.found(nhs, in: file)?.location.cell, "'table 1'!C\(index + 2)", file)
            }
            XCTAssertEqual(result.findings(in: file).filter { $0.finding.detector == "date_of_birth" }.count, 4, file)
        }
    }

    /// A referral letter's strip of one pupil's details ("Name | Date of birth | NHS number |
    /// UPN" over one row) and, just under it, a second strip whose columns stand a little to
    /// the right ("Address | Parent/carer | Telephone | GP"): each is a table of its own, so
    /// the NHS number is under "NHS number", not under "Telephone" (round 692's, lost so).
    func testAPDFLettersStripsOfDetailsAreTablesOfTheirOwn() throws {
        var ids = Identifiers(seed: 43)
        let nhs = ids.nhs(), upn = ids.upn()
        let placed: [(x: Int, y: Int, text: String)] = [
            (56, 720, "Re: Referral"),
            (56, 691, "Name"), (200, 691, "Date of birth"), (300, 691, "NHS number"), (420, 691, "UPN"),
            (56, 675, "Leah Mensah-Clarke"), (200, 675, "09/05/2014"), (300, 675, nhs), (420, 675, upn),
            (56, 653, "Address"), (220, 653, "Parent/carer"), (350, 653, "Telephone"), (440, 653, "GP"),
            (56, 637, "22 Derbyshire Rd, Sale M33 3EJ"), (220, 637, "Abena Mensah (mum)"), (350, 637, "07700 900166"),
            (440, 637, "Dr K Osei, Firsway HC"),
            (56, 615, "Dear colleague, I am writing to refer Leah, who is in Year 5."),
        ]
        try write("referral.pdf", OfficeFixtures.pdf(placed: placed))
        let result = try scan()
        let number = result.found(nhs, in: "referral.pdf")
        XCTAssertEqual(number?.detector, "uk_nhs_number")
        XCTAssertEqual(number?.location.cell, "'page 1 table 1'!C2")
        XCTAssertEqual(result.found(upn, in: "referral.pdf")?.location.cell, "'page 1 table 1'!D2")
        XCTAssertEqual(result.found("09/05/2014", in: "referral.pdf")?.detector, "date_of_birth")
        XCTAssertEqual(result.found("07700 900166", in: "referral.pdf")?.location.cell, "'page 1 table 2'!C2")
    }

    /// A message's headers are reported on their own lines, whatever headers before them the
    /// text leaves out ("Return-Path", "Received"): the addressee on the To line.
    func testAMessagesHeadersKeepTheirLines() throws {
        let message = """
            Return-Path: <senco@example.sch.uk>
            Received: from mail.example.sch.uk
            From: "SENCo" <senco@example.sch.uk>
            To: "Dean Whitfield" <deanwhitfield74@example.co.uk>
            Subject: Fatima Hussain - care plan for the escort
            Content-Type: text/plain

            Fatima's NHS number is 485 777 3457.

            """
        try write("escort.eml", Array(message.utf8))
        let result = try scan()
        XCTAssertEqual(result.found("deanwhitfield74@example.co.uk", in: "escort.eml")?.location.line, 4)
        XCTAssertEqual(result.found("Fatima Hussain", in: "escort.eml")?.location.line, 5)
        XCTAssertEqual(result.found("485 777 3457", in: "escort.eml")?.location.line, 8)
    }

    /// A web page's comments are read (whoever made the page left the parents' details there,
    /// round 700's news page), each on its own line; a document's XML comments are not text.
    func testAWebPagesCommentsAreRead() throws {
        let page = """
            <html><body>
            <p>Congratulations to Elis (Year 5).</p>
            <!-- consent: Mr Gwyn ap Rhys (tad) e-bost gwyn.aprhys@example.co.uk,
                 ffon 07700 900557. -->
            <p>Thanks to all.</p>
            </body></html>

            """
        try write("news.html", Array(page.utf8))
        let result = try scan()
        XCTAssertEqual(result.found("gwyn.aprhys@example.co.uk", in: "news.html")?.location.line, 3)
        XCTAssertEqual(result.found("07700 900557", in: "news.html")?.location.line, 4)
    }

    /// A message whose plain body is read as a table keeps the message's lines: the body's
    /// second line, under six headers and a blank line, is the message's ninth.
    func testAMessagesTableBodyKeepsTheMessagesLines() throws {
        let (ulns, body) = Self.resitsTable(seed: 47)
        let headers = "Return-Path: <exams@example.sch.uk>\nFrom: exams@example.sch.uk\nTo: hoy@example.sch.uk\nSubject: resits\nDate: Tue, 08 Oct 2024 10:04:11 +0100\nContent-Type: text/plain\n\n"
        try write("lined.eml", Array((headers + body + "\n").utf8))
        let result = try scan()
        for (index, uln) in ulns.enumerated() { XCTAssertEqual(result.found(uln, in: "lined.eml")?.location.line, 9 + index, uln) }
    }

    /// An exams office's resit list lined up with spaces (a header and four rows) and its ULNs.
    static func resitsTable(seed: UInt64) -> (ulns: [String], body: String) {
        var ids = Identifiers(seed: seed)
        let ulns = (0..<4).map { _ in ids.uln() }
        let names = ["Kieran Walsh", "Lucy-Mae Brannigan", "Tomasz Kowal", "Aisha Begum"]
        let rows = zip(names, ulns).map { $0.0.padding(toLength: 26, withPad: " ", startingAt: 0) + $0.1 + "   3            F" }
        return (ulns, (["Name                      ULN          Prev grade   Tier"] + rows).joined(separator: "\n"))
    }

    /// A plain message's body that is a table lined up with spaces, as an exams office pastes
    /// one: read with its header, as the same lines saved as a text file are.
    func testAPlainMessagesTableLinedUpWithSpaces() throws {
        let (ulns, body) = Self.resitsTable(seed: 31)
        try write("resits.eml", Array("From: exams@example.sch.uk\nSubject: resits\nContent-Type: text/plain\n\n\(body)\n".utf8))
        let result = try scan()
        for uln in ulns { XCTAssertEqual(result.found(uln, in: "resits.eml")?.confidence, .high) }
    }

    /// A letter Word saved "as a web page": Windows-1252 ("Noël" in one byte), each line a
    /// paragraph with the source's line breaks between them. The addressee over the street is
    /// an address, and the child's name is whole.
    func testAWordWebPageInWindows1252() throws {
        var page = Array("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\"></head><body>\n".utf8)
        page += Array("<p class=MsoNormal>Mr Gareth Cartwright<o:p></o:p></p>\n<p class=MsoNormal>140 Cromwell Road<o:p></o:p></p>\n".utf8)
        page += Array("<p class=MsoNormal>Re: No".utf8) + [0xEB] + Array("l Cartwright, date of birth 17/02/2012</p>\n</body></html>\n".utf8)
        try write("letter.htm", page)
        let detectors = Set(try scan().findings(in: "letter.htm").map(\.finding.detector))
        XCTAssertTrue(detectors.isSuperset(of: ["postal_address", "person_name_subject", "date_of_birth"]), "\(detectors)")
    }

    /// Where people write outside a document's body: a PDF's information dictionary, a Word
    /// document's custom properties, an OpenDocument comment (its author and date on lines of
    /// their own, not glued to its text) and an RTF comment (`\annotation`).
    func testPropertiesAndCommentsOutsideTheBody() throws {
        var ids = Identifiers(seed: 61)
        let numbers = (0..<4).map { _ in ids.nhs() }
        try write("chronology.pdf", OfficeFixtures.pdf(text: "Chronology", infoTitle: "Kian Doherty - MASH referral chronology",
                                                       keywords: "NHS number \(numbers[0])", author: "Kirsty Barker"))
        var docx = ZipWriter()
        docx.add("[Content_Types].xml", "<Types/>")
        docx.add("word/document.xml", "<w:document><w:body><w:p><w:r><w:t>Referral form</w:t></w:r></w:p></w:body></w:document>")
        docx.add("docProps/custom.xml", "<Properties><property fmtid=\"{D5CDD505}\" pid=\"2\" name=\"NHSNumber\"><vt:lpwstr>\(numbers[1])</vt:lpwstr></property></Properties>")
        try write("referral.docx", docx.finish())
        try write("impact.odt", OfficeFixtures.odt(text: "<text:p>Eight pupils took part.<office:annotation>"
            + "<dc:creator>Sam Hussain</dc:creator><dc:date>2025-03-12T10:15:00</dc:date><text:p>Keira Walsh (7T) - NHS number \(numbers[2])</text:p>"
            + "</office:annotation> Scores rose.</text:p>"))
        try write("comments.rtf", Array("{\\rtf1\\ansi Comment bank{\\*\\atnid SH}{\\*\\atnauthor Sam Hussain}\\chatn{\\*\\annotation{\\*\\atnref 1}\\pard NHS number \(numbers[3])}\\par}".utf8))
        let result = try scan()
        XCTAssertNotNil(result.found(numbers[0], in: "chronology.pdf"), "the information dictionary's keywords")
        XCTAssertNotNil(result.found(numbers[1], in: "referral.docx"), "a custom property, its name as a label")
        XCTAssertNotNil(result.found(numbers[2], in: "impact.odt"))
        XCTAssertTrue(result.findings(in: "impact.odt").contains { $0.finding.detector == "person_name_form" }, "the comment's text on a line of its own")
        XCTAssertNotNil(result.found(numbers[3], in: "comments.rtf"), "an RTF comment")
    }

    func testRTFHTMLAndXML() throws {
        var fixtures = OfficeFixtures(seed: 11)
        let rtf = fixtures.rtf(), html = fixtures.html()
        try write("note.rtf", rtf.bytes)
        try write("page.html", html.bytes)
        try write("lol.xml", OfficeFixtures.billionLaughs())
        let result = try scan()
        XCTAssertNotNil(result.found(rtf.nhs, in: "note.rtf"), "\\'hh, \\uN and a group inside the number")
        XCTAssertNotNil(result.found(rtf.nino, in: "note.rtf"))
        XCTAssertNotNil(result.found(html.nhs, in: "page.html"), "tags stripped, &nbsp; decoded")
        XCTAssertEqual(result.file("lol.xml")?.status, .scanned, "billion laughs: entities are never expanded")
        XCTAssertLessThan(result.file("lol.xml")?.bytes ?? .max, 4096)
    }

    /// An RTF table's rows go to a table of their own, read under its titles as a Word table's
    /// are: "child | surname" over a pupil's given name and surname (round 2129's typed-up
    /// home-school book), located by cell; the text before and after it stays in the body.
    func testRTFTableIsReadUnderItsTitles() throws {
        func row(_ cells: [String]) -> String {
            "\\trowd\\trgaph108\\cellx2200\\cellx4400\\cellx6600 " + cells.map { "\\intbl " + $0 + "\\cell" }.joined() + "\\row\n"
        }
        var ids = Identifiers(seed: 53)
        let nhs = ids.nhs()
        let rtf = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\pard Lark class - comm book\\par wed - Mustafa came in with a bruise\\par\n"
            + row(["child", "surname", "class"]) + row(["Jojo (Jonah)", "Abara", "Lark"]) + row(["Mustafa", "Haidari", "Lark"])
            + "\\pard\\par TA: S. Mahmood, NHS number \(nhs)\\par}"
        try write("book.rtf", Array(rtf.utf8))
        let result = try scan()
        XCTAssertEqual(result.found("Mustafa Haidari", in: "book.rtf")?.location.cell, "'table 1'!A3")
        XCTAssertEqual(result.found("Jojo Abara", in: "book.rtf")?.location.cell, "'table 1'!A2")
        XCTAssertNil(result.found(nhs, in: "book.rtf")?.location.cell, "the text after the table is the body's")
        XCTAssertNotNil(result.found(nhs, in: "book.rtf"))
    }

    /// A picture's `alt` and `title` and its file's name are read (a blog draft's photograph of
    /// a named pupil); a `data:` URL's bytes are not.
    func testHTMLImageDescriptionsAndFileNames() throws {
        var ids = Identifiers(seed: 47)
        let nhs = ids.nhs()
        let page = "<html><body><p>Our trip</p><img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"NHS number \(nhs)\">"
            + "<p>Photos</p><img src=\"/uploads/2025/IMG_4100_Amara_Okonkwo.jpg?w=300\" title=\"photo consent withdrawn\">"
            + "<table><tr><td>Picture</td></tr><tr><td><img alt=\"Grace Doherty, in hospital after her operation\"></td></tr></table></body></html>"
        try write("blog.html", Array(page.utf8))
        // A school website's description of itself for search engines: public, and no one's.
        try write("home.html", Array(("<html><head><script type=\"application/ld+json\">{\"@type\":\"School\",\"telephone\":\"0113 496 0812\","
            + "\"address\":{\"postalCode\":\"LS6 2AB\"}}</script></head><body><p>Welcome</p></body></html>").utf8))
        let result = try scan()
        XCTAssertEqual(result.file("home.html")?.findings, 0)
        XCTAssertNotNil(result.found(nhs, in: "blog.html"), "an image's alt text")
        XCTAssertNotNil(result.found("Amara", in: "blog.html"), "an image's file name, after its consent note")
        XCTAssertNotNil(result.found("Grace Doherty", in: "blog.html"), "alt text in a table's cell")
        XCTAssertFalse(result.findings(in: "blog.html").contains { ($0.value ?? "").contains("iVBOR") })
        // An absence calendar showing initials, the name and reason in each cell's tooltip.
        try write("calendar.html", Array(("<html><body><table><tr><th>Week</th><th>Mon</th></tr><tr><td>w/c 4 Nov</td>"
            + "<td>Absent: <span title=\"Gareth Lloyd-Price \u{2013} Sickness (stress)\">GLP</span></td></tr></table></body></html>").utf8))
        XCTAssertNotNil(try scan().found("Gareth Lloyd-Price", in: "calendar.html"), "a tooltip's text")
        // A consent form saved with its answers in its fields (round 1987's): each value read beside
        // its label; a button's caption and a password are not.
        try write("consent.html", Array(("<html><body><form><p>Child's name: <input value=\"Benjamin Achterberg-Lowe\"></p>"
            + "<p>Born: <input type=\"date\" value=\"03/07/2014\"></p><p>Password: <input type=\"password\" value=\"Ruby Hughes\"></p>"
            + "<input type=\"submit\" value=\"Olivia Hughes\"></form></body></html>").utf8))
        let form = try scan()
        XCTAssertNotNil(form.found("Benjamin Achterberg-Lowe", in: "consent.html"), "an input's value beside its label")
        XCTAssertNotNil(form.found("03/07/2014", in: "consent.html"), "a date field's value")
        XCTAssertNil(form.found("Olivia Hughes", in: "consent.html"), "a button's caption")
        XCTAssertNil(form.found("Ruby Hughes", in: "consent.html"), "a password field")
    }

    /// An invoice's XML export: the customer's address sits in a record beside its purchase
    /// order number, a school's, no one's home (round 862's); a pupil's record's address is one.
    func testInvoiceCustomerAddressInXMLIsNoHome() throws {
        try write("INV-30419.xml", Array(("<?xml version=\"1.0\"?><Invoice><Number>INV-30419</Number>"
            + "<Customer><Name>Oakfield Academy – Science Dept</Name><Address>Ridgeway Lane, Wakefield WF2 8QT</Address>"
            + "<PONumber>PO-SCI-2024-117</PONumber><Contact>Finance Office (finance@oakfieldacademy.org.uk)</Contact>"
            + "</Customer></Invoice>").utf8))
        try write("pupils.xml", Array(("<?xml version=\"1.0\"?><Pupils><Pupil><Name>Olivia Hughes</Name>"
            + "<Address>14 Elm Grove, Leeds LS6 2AB</Address><Year>4</Year></Pupil></Pupils>").utf8))
        let result = try scan()
        XCTAssertEqual(result.findings(in: "INV-30419.xml").filter { $0.finding.detector == "address_column" }.count, 0)
        XCTAssertEqual(result.findings(in: "pupils.xml").filter { $0.finding.detector == "address_column" }.count, 1)
    }

    /// A DfE Common Transfer File: records (`Pupil`, `Contact`, an address) read as tables
    /// under their elements' names, values never run together (a phone number before an
    /// e-mail address stays a phone number), a lone value as a `Name: value` line, values in
    /// attributes too; a document name is no person. XHTML still reads as HTML; an Excel
    /// 2003 XML workbook reads as a spreadsheet, Word's XML documents as Word documents and
    /// flat OpenDocument files as OpenDocument files.
    func testDataXMLRecordsAreTables() throws {
        var ids = Identifiers(seed: 31)
        let upns = (0..<3).map { _ in ids.upn() }
        let pupils = [("Hughes", "Olivia"), ("Okafor", "Chidi"), ("Wilson", "Jack")]
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CTfile><Header><DocumentName>Common Transfer File</DocumentName>"
            + "<CTFversion>22.0</CTFversion></Header><CTFpupilData>"
        for (index, pupil) in pupils.enumerated() {
            xml += "<Pupil><UPN>\(upns[index])</UPN><Surname>\(pupil.0)</Surname><Flag/><Forename>\(pupil.1)</Forename>"
                + "<DOB>2015-03-1\(index)</DOB><Sex>F</Sex><BasicDetails><Ethnicity>WBRI</Ethnicity></BasicDetails>"
                + "<Address><BS7><PAON>12</PAON><Street>Acacia Avenue</Street><PostCode>LS6 2AB</PostCode></BS7></Address>"
                + "<Contacts><Contact><Surname>\(pupil.0)</Surname><Forename>Sarah</Forename><Phones><Phone><TelephoneType>M</TelephoneType>"
                + "<PhoneNo>07700 90012\(index)</PhoneNo></Phone></Phones><Email>sarah\(index)@example.com</Email></Contact></Contacts></Pupil>"
        }
        xml += "</CTFpupilData></CTfile>"
        try write("801_CTF_802_001.xml", Array(xml.utf8))
        let nhs = ids.nhs()
        try write("export.xml", Array("<?xml version=\"1.0\"?><Students><Student Forename=\"Amara\" Surname=\"Hill\" NHSNumber=\"\(nhs)\"/></Students>".utf8))
        try write("page.xhtml", Array("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Hello</p></body></html>".utf8))
        // Excel 2003 XML: a skipped column (ss:Index), a number cell, a merged title row.
        let spreadsheetNHS = ids.nhs()
        func cell(_ value: String, _ attributes: String = "") -> String { "<Cell\(attributes)><Data ss:Type=\"String\">\(value)</Data></Cell>" }
        let workbook = "<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n"
            + "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\">"
            + "<Worksheet ss:Name=\"Medical\"><Table><Row>\(cell("Class 4B", " ss:MergeAcross=\"3\""))</Row>"
            + "<Row>\(cell("Forename"))\(cell("Surname"))\(cell("NHS number", " ss:Index=\"4\""))</Row>"
            + "<Row>\(cell("Amara"))\(cell("Hill"))<Cell ss:Index=\"4\"><Data ss:Type=\"Number\">\(spreadsheetNHS)</Data></Cell></Row>"
            + "<Row><Cell ss:MergeAcross=\"1\"/>\(cell("Ava Jones", " ss:Index=\"3\""))</Row>"
            + "</Table></Worksheet></Workbook>"
        try write("medical.xml", Array(workbook.utf8))
        // Flat OpenDocument: a spreadsheet and a text, one XML file each.
        let flatNumbers = (0..<2).map { _ in ids.nhs() }
        let office = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        func odsCell(_ text: String) -> String { "<table:table-cell office:value-type=\"string\"><text:p>\(text)</text:p></table:table-cell>" }
        let odsRows = [["Name", "NHS Number"], ["Amara Hill", flatNumbers[0]]].map { "<table:table-row>" + $0.map(odsCell).joined() + "</table:table-row>" }.joined()
        try write("list.fods", Array(("<?xml version=\"1.0\"?><office:document \(office) office:mimetype=\"application/vnd.oasis.opendocument.spreadsheet\">"
            + "<office:meta><meta:initial-creator>Olivia Hughes</meta:initial-creator></office:meta>"
            + "<office:body><office:spreadsheet><table:table table:name=\"Pupils\">\(odsRows)</table:table></office:spreadsheet></office:body></office:document>").utf8))
        try write("letter.fodt", Array(("<?xml version=\"1.0\"?><office:document \(office) office:mimetype=\"application/vnd.oasis.opendocument.text\">"
            + "<office:body><office:text><text:p>NHS number \(flatNumbers[1])</text:p></office:text></office:body></office:document>").utf8))
        let many = "<?xml version=\"1.0\"?><Pupils>" + (0..<5000).map { "<Pupil><Forename>Amara</Forename><Surname>Hill</Surname><Year>\($0 % 7)</Year></Pupil>" }.joined() + "</Pupils>"
        try write("many.xml", Array(many.utf8))
        // Word 2003 XML and a flat-OPC Word document: an NHS number split over two runs.
        let split = ids.nhs(), flatNHS = ids.nhs()
        let runs = "<w:p><w:r><w:t>NHS number \(split.prefix(4))</w:t></w:r><w:r><w:t>\(split.dropFirst(4))</w:t></w:r></w:p>"
        try write("letter2003.xml", Array(("<?xml version=\"1.0\"?><?mso-application progid=\"Word.Document\"?>"
            + "<w:wordDocument xmlns:w=\"http://schemas.microsoft.com/office/word/2003/wordml\"><w:body>\(runs)</w:body></w:wordDocument>").utf8))
        try write("flat.xml", Array(("<?xml version=\"1.0\"?><pkg:package xmlns:pkg=\"http://schemas.microsoft.com/office/2006/xmlPackage\">"
            + "<pkg:part pkg:name=\"/word/document.xml\"><pkg:xmlData><w:document><w:body><w:p><w:r><w:t>NHS number \(flatNHS.prefix(3))</w:t></w:r>"
            + "<w:r><w:t>\(flatNHS.dropFirst(3))</w:t></w:r></w:p></w:body></w:document></pkg:xmlData></pkg:part></pkg:package>").utf8))
        let result = try scan()
        let file = "801_CTF_802_001.xml"
        XCTAssertEqual(result.file(file)?.format, "xml")
        for (index, upn) in upns.enumerated() {
            XCTAssertEqual(result.found(upn, in: file)?.location.cell, "Pupil!A\(index + 2)")
            XCTAssertEqual(result.found("\(pupils[index].0) \(pupils[index].1)", in: file)?.location.cell, "Pupil!B\(index + 2)",
                           "a self-closing element between them closes only itself")
            XCTAssertEqual(result.found("2015-03-1\(index)", in: file)?.location.column, "DOB")
            XCTAssertNotNil(result.found("07700 90012\(index)", in: file), "the phone number is not run into the e-mail address")
            XCTAssertNotNil(result.found("sarah\(index)@example.com", in: file))
        }
        XCTAssertEqual(result.findings(in: file).filter { $0.finding.detector == "uk_postcode" }.count, 3)
        XCTAssertTrue(result.findings(in: file).contains { $0.finding.detector == "special_ethnicity" })
        XCTAssertFalse(result.findings(in: file).contains { ($0.value ?? "").contains("Transfer") }, "a document name is no person")
        XCTAssertEqual(result.found("Amara Hill", in: "export.xml")?.location.cell, "Student!A2", "attributes are values")
        XCTAssertEqual(result.found(nhs, in: "export.xml")?.confidence, .high)
        XCTAssertEqual(result.file("page.xhtml")?.format, "html")
        XCTAssertEqual(result.file("medical.xml")?.format, "spreadsheetml")
        XCTAssertEqual(result.found(spreadsheetNHS, in: "medical.xml")?.location.cell, "Medical!D3")
        XCTAssertEqual(result.found(spreadsheetNHS, in: "medical.xml")?.location.column, "NHS number")
        XCTAssertEqual(result.found("Amara Hill", in: "medical.xml")?.location.cell, "Medical!A3")
        XCTAssertEqual(result.file("list.fods")?.format, "fods")
        XCTAssertEqual(result.found(flatNumbers[0], in: "list.fods")?.location.cell, "Pupils!B2")
        XCTAssertEqual(result.file("letter.fodt")?.format, "fodt")
        XCTAssertEqual(result.findings(in: "letter.fodt").filter { $0.value == flatNumbers[1] }.count, 1, "once, not again as styles")
        XCTAssertEqual(result.file("many.xml")?.status, .scanned)
        XCTAssertEqual(result.findings(in: "many.xml").filter { $0.finding.detector == "person_name" }.count, 5000,
                       "records kept in place (a copy per record was quadratic)")
        XCTAssertEqual(result.file("letter2003.xml")?.format, "word-xml")
        XCTAssertNotNil(result.found(split, in: "letter2003.xml"), "runs joined as in a .docx")
        XCTAssertEqual(result.file("flat.xml")?.format, "word-xml")
        XCTAssertNotNil(result.found(flatNHS, in: "flat.xml"))
    }

    func testJSONKeysGiveContextAndEscapesAreDecoded() throws {
        var ids = Identifiers(seed: 16)
        let nhs = ids.nhs(), nino = ids.nino()
        let escaped = nino.unicodeScalars.map { String(format: "\\u%04x", $0.value) }.joined()
        try write("export.json", Array("{\"pupils\": [{\"nhsNumber\": \"\(nhs)\", \"ni_number\": \"\(escaped)\", \"year\": 7}]}".utf8))
        try write("deep.json", Array((String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000)).utf8))
        let result = try scan()
        XCTAssertEqual(result.file("export.json")?.format, "json")
        XCTAssertNotNil(result.found(nhs, in: "export.json")?.explanation.context, "the key is context")
        XCTAssertNotNil(result.found(nino, in: "export.json"), "\\u escapes decoded")
        XCTAssertEqual(result.file("deep.json")?.status, .error)
    }

    func testMailboxMessagesAndHeaders() throws {
        var fixtures = OfficeFixtures(seed: 12)
        let first = fixtures.eml(attachment: Array("nothing\n".utf8), name: "a.txt")
        let second = fixtures.eml(attachment: Array("nothing\n".utf8), name: "b.txt")
        let mbox = Array("From someone@example.org Mon Nov  2 09:00:00 2026\n".utf8) + first.bytes
            + Array("\nFrom other@example.org Mon Nov  2 10:00:00 2026\n".utf8) + second.bytes
        try write("inbox.mbox", mbox)
        // (At low: the sender is a role, "Head of Year <hoy@…>", staff at work.)
        let result = try scan(minConfidence: .low)
        XCTAssertNotNil(result.found(first.nino, in: "inbox.mbox!message 1"))
        XCTAssertNotNil(result.found(second.nino, in: "inbox.mbox!message 2"))
        XCTAssertNotNil(result.found("hoy@example.org", in: "inbox.mbox!message 1"), "headers are scanned")
        XCTAssertEqual(result.file("inbox.mbox")?.format, "mbox")
    }
}

/// Bytes handed out at most `size` at a time, as a file's reads may fall.
struct ChunkedSource: ByteSource {
    let bytes: [UInt8]
    let size: Int
    var position = 0

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = min(size, buffer.count, bytes.count - position)
        guard count > 0 else { return 0 }
        for index in 0..<count { buffer[index] = bytes[position + index] }
        position += count
        return count
    }
}
