import Foundation
import SticklerCore
import SticklerExtraction
import SticklerTesting
import XCTest

final class OfficeFormatTests: FormatTestCase {
    func testWordDocumentJoinsRunsAndReadsEveryPart() throws {
        var fixtures = OfficeFixtures(seed: 1)
        let doc = fixtures.docx()
        try write("letter.docx", doc.bytes)
        try write("macro.bin", fixtures.docx(macro: true).bytes) // the extension lies: content decides
        let result = try scan()
        XCTAssertEqual(result.file("letter.docx")?.status, .scanned)
        XCTAssertEqual(result.file("letter.docx")?.format, "docx")
        XCTAssertEqual(result.file("macro.bin")?.format, "docm")
        XCTAssertNotNil(result.found(doc.nhs, in: "letter.docx"), "NHS number split over three runs")
        XCTAssertNotNil(result.found(doc.nino, in: "letter.docx"), "NINO in a table")
        XCTAssertEqual(result.findings(in: "letter.docx").filter { ($0.value ?? "") == doc.upn }.count, 1, "text box once, not twice")
        XCTAssertNotNil(result.found(doc.postcode, in: "letter.docx"), "postcode in a comment")
        XCTAssertNotNil(result.found("parent.carer@example.org", in: "letter.docx"), "e-mail in a footnote")
        // The file's author and last editor: reported only at low confidence (every file a
        // member of staff saves has them).
        XCTAssertNil(result.found("Olivia Hughes", in: "letter.docx"))
        let low = try scan(minConfidence: .low)
        let properties = low.findings(in: "letter.docx").filter { $0.finding.detector == "document_author" }
        let author = properties.first { $0.value == "Olivia Hughes" }?.finding
        XCTAssertNotNil(author, "document author is a person")
        XCTAssertEqual(author?.confidence, .low)
        XCTAssertEqual(author?.location.cell, "properties!A2")
        let editor = properties.first { $0.value == "Amelia Clarke" }?.finding
        XCTAssertEqual(editor?.location.cell, "properties!B3", "last modified by, a finding of its own")
        XCTAssertEqual(editor?.location.column, "last modified by")
    }

    /// A tracked change's text is read apart from its neighbours': a draft letter's greeting
    /// inserted before the deleted "Parent/Carer" is "Dear Mr and Mrs Adeyemi", not
    /// "AdeyemiParent/Carer".
    func testTrackedChangesAreReadAsSeparateWords() throws {
        let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
        zip.add("_rels/.rels", "<?xml version=\"1.0\"?><Relationships/>")
        zip.add("word/document.xml", """
            <?xml version="1.0" encoding="UTF-8"?><w:document \(w)><w:body>
            <w:p><w:r><w:t xml:space="preserve">Dear </w:t></w:r><w:ins w:author="GH"><w:r><w:t>Mr and Mrs Adeyemi</w:t></w:r></w:ins><w:del w:author="GH"><w:r><w:delText>Parent/Carer</w:delText></w:r></w:del><w:r><w:t>,</w:t></w:r></w:p>
            </w:body></w:document>
            """)
        try write("draft.docx", zip.finish())
        let result = try scan()
        XCTAssertTrue(result.findings(in: "draft.docx").contains { $0.finding.detector == "person_name_greeting" },
                      "\(result.findings(in: "draft.docx").map(\.finding.detector))")
    }

    func testWorkbookCellsNumbersDatesAndHeaderContext() throws {
        var fixtures = OfficeFixtures(seed: 2)
        let book = fixtures.xlsx()
        try write("pupils.xlsx", book.bytes)
        let result = try scan()
        XCTAssertEqual(result.file("pupils.xlsx")?.format, "xlsx")
        let first = result.found(book.nhs[0], in: "pupils.xlsx")
        XCTAssertNotNil(first, "NHS number in a numeric cell")
        XCTAssertEqual(first?.location.cell, "Pupils!D2")
        XCTAssertEqual(first?.location.column, "NHS number")
        let second = result.found(book.nhs[1], in: "pupils.xlsx")
        XCTAssertNotNil(second, "NHS number stored as a float in E notation")
        XCTAssertEqual(second?.location.cell, "Pupils!D12")
        XCTAssertEqual(result.found(book.upns[1], in: "pupils.xlsx")?.location.cell, "Pupils!A12")
        XCTAssertEqual(result.found("Hughes Olivia", in: "pupils.xlsx")?.location.cell, "Pupils!B2", "surname + forename columns")
        XCTAssertEqual(result.found(book.nino, in: "pupils.xlsx")?.location.cell, "Staff!B2", "every sheet")
        XCTAssertTrue(result.findings(in: "pupils.xlsx").contains { $0.value == "01/01/2008" }, "date cell rendered as a date")
    }

    func testPresentationAndOpenDocument() throws {
        var fixtures = OfficeFixtures(seed: 3)
        let slides = fixtures.pptx()
        try write("assembly.pptx", slides.bytes)
        let odt = fixtures.odf("odt"), ods = fixtures.odf("ods"), odp = fixtures.odf("odp")
        try write("referral.odt", odt.bytes)
        try write("register.ods", ods.bytes)
        try write("talk.odp", odp.bytes)
        let sxc = fixtures.odf("ods", starOffice: true)
        try write("consent list.sxc", sxc.bytes) // StarOffice's: the same markup
        let result = try scan()
        XCTAssertEqual(result.found(sxc.values[0], in: "consent list.sxc")?.location.column, "NHS number")
        XCTAssertEqual(result.found(slides.nino, in: "assembly.pptx")?.location.page, 1)
        XCTAssertEqual(result.found(slides.nhs, in: "assembly.pptx")?.location.page, 2, "speaker notes")
        XCTAssertEqual(result.found(slides.alt, in: "assembly.pptx")?.location.page, 2, "a picture's alt text")
        for value in odt.values { XCTAssertNotNil(result.found(value, in: "referral.odt"), value) }
        XCTAssertEqual(result.found(ods.values[0], in: "register.ods")?.location.cell, "Register!D2")
        XCTAssertEqual(result.found(ods.values[0], in: "register.ods")?.location.column, "NHS number")
        XCTAssertNotNil(result.found(ods.values[1], in: "register.ods"), "after 1000 repeated empty rows")
        XCTAssertEqual(result.found(odp.values[0], in: "talk.odp")?.location.page, 2)
        XCTAssertNotNil(try scan(minConfidence: .low).found("Olivia Hughes", in: "referral.odt"), "ODF initial creator")
        XCTAssertEqual(result.file("register.ods")?.format, "ods")
    }

    /// A table on a slide is read as a table: a class list pasted into an assembly or a
    /// parents' evening deck gives its names under the header. A merged title row spans the
    /// table (`gridSpan`, then `hMerge` cells that are no columns).
    func testSlideTables() throws {
        var ids = Identifiers(seed: 43)
        func cell(_ text: String, _ attributes: String = "") -> String {
            "<a:tc\(attributes)><a:txBody><a:p><a:r><a:t>\(text)</a:t></a:r></a:p></a:txBody></a:tc>"
        }
        let upns = (0..<3).map { _ in ids.upn() }
        let pupils = [("Zofia", "Watson"), ("Kacper", "Harris"), ("Amara", "Hill")]
        var rows = "<a:tr>" + cell("Year 5 reading group", " gridSpan=\"3\"") + cell("", " hMerge=\"1\"") + cell("", " hMerge=\"1\"") + "</a:tr>"
        rows += "<a:tr>" + cell("First name") + cell("Last name") + cell("UPN") + "</a:tr>"
        for (index, pupil) in pupils.enumerated() { rows += "<a:tr>" + cell(pupil.0) + cell(pupil.1) + cell(upns[index]) + "</a:tr>" }
        let slide = "<p:sld><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>Reading groups</a:t></a:r></a:p></p:txBody></p:sp>"
            + "<p:graphicFrame><a:graphic><a:graphicData><a:tbl>\(rows)</a:tbl></a:graphicData></a:graphic></p:graphicFrame></p:spTree></p:cSld></p:sld>"
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", "<Types/>")
        zip.add("ppt/presentation.xml", "<p:presentation/>")
        zip.add("ppt/slides/slide1.xml", slide)
        try write("groups.pptx", zip.finish())
        let result = try scan()
        let names = result.findings(in: "groups.pptx").filter { $0.finding.detector == "person_name" }
        XCTAssertEqual(names.map(\.value), pupils.map { "\($0.0) \($0.1)" }, "first and last name columns")
        for (index, upn) in upns.enumerated() {
            XCTAssertEqual(result.found(upn, in: "groups.pptx")?.location.cell, "'slide 1 table 1'!C\(index + 3)", "under UPN, after the merged title")
        }
    }

    /// A markbook's cell notes and threaded comments are read, each at its cell: teachers
    /// write a parent's number or a diagnosis there, not in the cells. Excel keeps a copy of
    /// each threaded comment in the legacy notes part too: it is read once.
    func testSpreadsheetNotesAndComments() throws {
        var ids = Identifiers(seed: 53)
        let phone = ids.mobile(), nhs = ids.nhs()
        let worksheet = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
        let comments = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
        let threaded = "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment"
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", "<Types/>")
        zip.add("xl/workbook.xml", "<workbook><sheets><sheet name=\"Markbook\" sheetId=\"1\" r:id=\"rId1\"/>"
            + "<sheet name=\"Medical\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>")
        zip.add("xl/_rels/workbook.xml.rels", "<Relationships><Relationship Id=\"rId1\" Type=\"\(worksheet)\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"\(worksheet)\" Target=\"worksheets/sheet2.xml\"/></Relationships>")
        for sheet in 1...2 {
            zip.add("xl/worksheets/sheet\(sheet).xml", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Reading age</t></is></c></row></sheetData></worksheet>")
        }
        zip.add("xl/worksheets/_rels/sheet1.xml.rels", "<Relationships><Relationship Id=\"rId2\" Type=\"\(comments)\" Target=\"../comments1.xml\"/></Relationships>")
        zip.add("xl/comments1.xml", "<comments><commentList><comment ref=\"B4\" authorId=\"0\"><text><r><t>Mum's mobile </t></r><r><t>\(phone)</t></r></text></comment></commentList></comments>")
        zip.add("xl/worksheets/_rels/sheet2.xml.rels", "<Relationships><Relationship Id=\"rId2\" Type=\"\(comments)\" Target=\"../comments2.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"\(threaded)\" Target=\"/xl/threadedComments/threadedComment1.xml\"/></Relationships>")
        zip.add("xl/comments2.xml", "<comments><commentList><comment ref=\"C7\" authorId=\"0\"><text><t>[Threaded comment] NHS number \(nhs), asthma plan in office</t></text></comment></commentList></comments>")
        zip.add("xl/threadedComments/threadedComment1.xml", "<ThreadedComments><threadedComment ref=\"C7\" id=\"{1}\"><text>NHS number \(nhs), asthma plan in office</text></threadedComment></ThreadedComments>")
        try write("markbook.xlsx", zip.finish())
        let result = try scan()
        XCTAssertEqual(result.found(phone, in: "markbook.xlsx")?.location.cell, "Markbook!B4")
        XCTAssertEqual(result.found(nhs, in: "markbook.xlsx")?.location.cell, "Medical!C7")
        XCTAssertEqual(result.found(nhs, in: "markbook.xlsx")?.confidence, .high)
        XCTAssertEqual(result.findings(in: "markbook.xlsx").filter { $0.finding.detector == "uk_nhs_number" }.count, 1, "the legacy copy is not read again")
    }

    /// Where personal data hides in an Office file besides its text: a worksheet embedded in a
    /// Word report (a member of it), a chart's cached categories, a pivot table's copy of its
    /// source rows, a sheet's printed header, a slide's review comment, the title a document's
    /// properties give it.
    func testEmbeddedWorkbooksChartsPivotCachesHeadersCommentsAndTitles() throws {
        var ids = Identifiers(seed: 61)
        let upns = [ids.upn(), ids.upn()], nhs = ids.nhs(), nino = ids.nino(), phone = ids.mobile(), postcode = ids.postcode()
        let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        /// A one-sheet workbook whose sheet is `worksheet`.
        func workbook(sheet name: String, _ worksheet: String) -> ZipWriter {
            var zip = ZipWriter()
            zip.add("[Content_Types].xml", "<Types/>")
            zip.add("xl/workbook.xml", "<workbook><sheets><sheet name=\"\(name)\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
            zip.add("xl/_rels/workbook.xml.rels", "<Relationships><Relationship Id=\"rId1\" Type=\"worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>")
            zip.add("xl/worksheets/sheet1.xml", worksheet)
            return zip
        }
        // The workbook behind a chart pasted into a report.
        let book = workbook(sheet: "Data", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>UPN</t></is></c></row>"
            + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>\(upns[0])</t></is></c></row></sheetData></worksheet>")
        var report = ZipWriter()
        report.add("[Content_Types].xml", "<Types/>")
        report.add("word/document.xml", "<w:document \(w)><w:body><w:p><w:r><w:t>Attendance this term</w:t></w:r></w:p></w:body></w:document>")
        report.add("word/embeddings/Microsoft_Excel_Worksheet.xlsx", book.finish())
        report.add("word/charts/chart1.xml", "<c:chartSpace xmlns:c=\"c\" xmlns:a=\"a\"><c:chart><c:title><c:tx><c:rich><a:p><a:r><a:t>NHS number \(nhs)</a:t></a:r></a:p></c:rich></c:tx></c:title>"
            + "<c:cat><c:strRef><c:strCache><c:pt idx=\"0\"><c:v>NI number \(nino)</c:v></c:pt></c:strCache></c:strRef></c:cat>"
            + "<c:val><c:numRef><c:numCache><c:pt idx=\"0\"><c:v>96.5</c:v></c:pt></c:numCache></c:numRef></c:val></c:chart></c:chartSpace>")
        report.add("docProps/core.xml", "<cp:coreProperties xmlns:cp=\"cp\" xmlns:dc=\"dc\"><dc:title>Referral - mum's mobile \(phone)</dc:title></cp:coreProperties>")
        try write("report.docx", report.finish())
        // A pivot whose source sheet is gone; a sheet printed with the pupil in its header.
        var pivot = workbook(sheet: "Totals", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Total</t></is></c></row></sheetData>"
            + "<headerFooter><oddHeader>&amp;L&amp;\"Arial,Bold\"Evidence - home postcode \(postcode)&amp;R&amp;D</oddHeader></headerFooter></worksheet>")
        pivot.add("xl/pivotCache/pivotCacheDefinition1.xml", "<pivotCacheDefinition><cacheFields count=\"2\"><cacheField name=\"UPN\"><sharedItems><s v=\"\(upns[1])\"/></sharedItems></cacheField>"
            + "<cacheField name=\"Sessions\"><sharedItems containsNumber=\"1\"/></cacheField></cacheFields></pivotCacheDefinition>")
        pivot.add("xl/pivotCache/pivotCacheRecords1.xml", "<pivotCacheRecords><r><x v=\"0\"/><n v=\"12\"/></r></pivotCacheRecords>")
        try write("absence pivot.xlsx", pivot.finish())
        var slides = ZipWriter()
        slides.add("[Content_Types].xml", "<Types/>")
        slides.add("ppt/presentation.xml", "<p:presentation/>")
        slides.add("ppt/slides/slide1.xml", "<p:sld><a:t>Open evening</a:t></p:sld>")
        slides.add("ppt/comments/modernComment_100_1.xml", "<p188:cmLst><p188:cm><p188:txBody><a:p><a:r><a:t>No photo: NHS number \(ids.nhs())</a:t></a:r></a:p></p188:txBody></p188:cm></p188:cmLst>")
        try write("open evening.pptx", slides.finish())

        let result = try scan()
        XCTAssertNotNil(result.found(upns[0], in: "report.docx!word/embeddings/Microsoft_Excel_Worksheet.xlsx"), "the embedded workbook is a member")
        XCTAssertEqual(result.file("report.docx!word/embeddings/Microsoft_Excel_Worksheet.xlsx")?.status, .scanned)
        XCTAssertNotNil(result.found(nhs, in: "report.docx"), "a chart's title")
        XCTAssertNotNil(result.found(nino, in: "report.docx"), "a chart's category")
        XCTAssertNotNil(result.found(phone, in: "report.docx"), "the document's title")
        XCTAssertEqual(result.found(upns[1], in: "absence pivot.xlsx")?.location.cell, "'pivot cache 1'!A2")
        XCTAssertNotNil(result.found(postcode, in: "absence pivot.xlsx"), "the sheet's printed header")
        XCTAssertEqual(result.findings(in: "open evening.pptx").filter { $0.finding.detector == "uk_nhs_number" }.count, 1, "a slide's comment")
    }
}
