import Foundation

/// Synthetic documents in every format `stickler scan` reads, built in memory from
/// `Identifiers`: the parts of OOXML and OpenDocument files written by hand into zips,
/// RTF, HTML, e-mail and a minimal PDF. Each fixture returns its bytes and the values
/// it plants, so a test can check each is found.
public struct OfficeFixtures {
    public var ids: Identifiers
    public init(seed: UInt64) { ids = Identifiers(seed: seed) }

    static func xmlEscape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    static let coreProperties = { (author: String, modifier: String) in """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Report</dc:title><dc:creator>\(author)</dc:creator><cp:lastModifiedBy>\(modifier)</cp:lastModifiedBy></cp:coreProperties>
        """ }

    /// A Word document: the NHS number split over three runs, a NINO in a table, a UPN
    /// in a text box (once, although Word stores it twice), a phone in the header, an
    /// e-mail in a footnote and a postcode in a comment; author and editor are people.
    public mutating func docx(macro: Bool = false) -> (bytes: [UInt8], nhs: String, nino: String, upn: String, postcode: String) {
        let nhs = ids.nhs(), nino = ids.nino(), upn = ids.upn(), postcode = ids.postcode(), phone = ids.mobile()
        let split = [String(nhs.prefix(3)), String(nhs.dropFirst(3).prefix(4)), String(nhs.dropFirst(7))]
        let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", """
            <?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.\(macro ? "ms-word.document.macroEnabled.main+xml" : "openxmlformats-officedocument.wordprocessingml.document.main+xml")"/></Types>
            """)
        zip.add("_rels/.rels", "<?xml version=\"1.0\"?><Relationships/>")
        zip.add("word/document.xml", """
            <?xml version="1.0" encoding="UTF-8"?><w:document \(w)><w:body>
            <w:p><w:r><w:t>Pupil health record. NHS number: </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>\(split[0])</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t>\(split[1])</w:t></w:r><w:r><w:t xml:space="preserve">\(split[2])</w:t></w:r><w:r><w:t xml:space="preserve"> on file &amp; checked.</w:t></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>National Insurance number</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>\(nino)</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            <w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>UPN \(upn)</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>UPN \(upn)</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
            </w:body></w:document>
            """)
        zip.add("word/header1.xml", "<?xml version=\"1.0\"?><w:hdr \(w)><w:p><w:r><w:t>Office mobile \(phone)</w:t></w:r></w:p></w:hdr>")
        zip.add("word/footnotes.xml", "<?xml version=\"1.0\"?><w:footnotes \(w)><w:footnote><w:p><w:r><w:t>Contact parent.carer@example.org for consent.</w:t></w:r></w:p></w:footnote></w:footnotes>")
        zip.add("word/comments.xml", "<?xml version=\"1.0\"?><w:comments \(w)><w:comment><w:p><w:r><w:t>Home address postcode \(postcode)</w:t></w:r></w:p></w:comment></w:comments>")
        zip.add("docProps/core.xml", Self.coreProperties("Olivia Hughes", "Amelia Clarke"))
        return (zip.finish(), nhs, nino, upn, postcode)
    }

    /// A workbook: sheet "Pupils" with a header row, UPNs as shared strings, names as
    /// inline strings, NHS numbers as numeric cells (one plain, one stored as 9.4E+9
    /// style float) and dates of birth as date-formatted serials; sheet "Staff" with NINOs.
    public mutating func xlsx() -> (bytes: [UInt8], upns: [String], nhs: [String], nino: String) {
        let upns = [ids.upn(), ids.upn()], nhs = [ids.nhs(), ids.nhs()], nino = ids.nino()
        let strings = ["UPN", "Surname", "Forename", "NHS number", "DOB", upns[0], upns[1], "Name", "NI number"]
        let scientific = String(nhs[1].prefix(1)) + "." + String(nhs[1].dropFirst()) + "E+9"
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")
        zip.add("xl/workbook.xml", """
            <?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Pupils" sheetId="1" r:id="rId1"/><sheet name="Staff" sheetId="2" r:id="rId2"/></sheets></workbook>
            """)
        zip.add("xl/_rels/workbook.xml.rels", """
            <?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="worksheet" Target="worksheets/sheet2.xml"/></Relationships>
            """)
        zip.add("xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + strings.map { "<si><t>\(Self.xmlEscape($0))</t></si>" }.joined() + "</sst>")
        zip.add("xl/styles.xml", "<?xml version=\"1.0\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>")
        func inline(_ ref: String, _ text: String) -> String { "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>" }
        zip.add("xl/worksheets/sheet1.xml", """
            <?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>
            <row r="2"><c r="A2" t="s"><v>5</v></c>\(inline("B2", "Hughes"))\(inline("C2", "Olivia"))<c r="D2"><v>\(nhs[0])</v></c><c r="E2" s="1"><v>39448</v></c></row>
            <row r="12"><c r="A12" t="s"><v>6</v></c>\(inline("B12", "Clarke"))\(inline("C12", "Amelia"))<c r="D12"><v>\(scientific)</v></c><c r="E12" s="1"><v>39500</v></c></row>
            </sheetData></worksheet>
            """)
        zip.add("xl/worksheets/sheet2.xml", """
            <?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1"><c r="A1" t="s"><v>7</v></c><c r="B1" t="s"><v>8</v></c></row>
            <row r="2">\(inline("A2", "Jack Wilson"))<c r="B2" t="str"><v>\(nino)</v></c></row>
            </sheetData></worksheet>
            """)
        zip.add("docProps/core.xml", Self.coreProperties("Olivia Hughes", "Amelia Clarke"))
        return (zip.finish(), upns, nhs, nino)
    }

    /// A presentation: a NINO on slide 1, an NHS number in the notes of slide 2, another in
    /// a picture's alt text on slide 2.
    public mutating func pptx() -> (bytes: [UInt8], nino: String, nhs: String, alt: String) {
        let nino = ids.nino(), nhs = ids.nhs(), alt = ids.nhs()
        let a = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>")
        zip.add("ppt/presentation.xml", "<?xml version=\"1.0\"?><p:presentation/>")
        zip.add("ppt/slides/slide1.xml", "<p:sld \(a)><a:p><a:r><a:t>Staff NI number \(nino)</a:t></a:r></a:p></p:sld>")
        zip.add("ppt/slides/slide2.xml", "<p:sld \(a)><a:p><a:r><a:t>Medical needs</a:t></a:r></a:p>"
                + "<p:pic><p:nvPicPr><p:cNvPr id=\"4\" name=\"Picture 3\" descr=\"Photo of Zak Akhtar &amp; NHS number \(alt)\"/></p:nvPicPr></p:pic></p:sld>")
        zip.add("ppt/notesSlides/notesSlide2.xml", "<p:notes \(a)><a:p><a:r><a:t>NHS number \(nhs)</a:t></a:r></a:p></p:notes>")
        return (zip.finish(), nino, nhs, alt)
    }

    /// OpenDocument text, spreadsheet (header row, repeated cells) and presentation.
    /// `starOffice`: written as StarOffice / OpenOffice.org 1.x wrote it (`.sxc`: its own mimetype).
    public mutating func odf(_ kind: String, starOffice: Bool = false) -> (bytes: [UInt8], values: [String]) {
        let nhs = ids.nhs(), nino = ids.nino()
        let ns = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
        var zip = ZipWriter()
        let type = ["odt": "text", "ods": "spreadsheet", "odp": "presentation"][kind]!
        let sun = ["odt": "writer", "ods": "calc", "odp": "impress"][kind]!
        zip.add("mimetype", starOffice ? "application/vnd.sun.xml.\(sun)" : "application/vnd.oasis.opendocument.\(type)")
        let body: String
        switch kind {
        case "odt":
            body = "<office:text><text:h>Referral</text:h><text:p>NHS number<text:s/>\(nhs) and NI number \(nino)</text:p></office:text>"
        case "ods":
            body = """
                <office:spreadsheet><table:table table:name="Register"><table:table-row><table:table-cell office:value-type="string"><text:p>Name</text:p></table:table-cell><table:table-cell table:number-columns-repeated="2"/><table:table-cell office:value-type="string"><text:p>NHS number</text:p></table:table-cell></table:table-row>
                <table:table-row><table:table-cell office:value-type="string"><text:p>Olivia Hughes</text:p></table:table-cell><table:table-cell table:number-columns-repeated="2"/><table:table-cell office:value-type="float" office:value="\(nhs)"><text:p>\(nhs)</text:p></table:table-cell></table:table-row>
                <table:table-row table:number-rows-repeated="1000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
                <table:table-row><table:table-cell office:value-type="string"><text:p>NI \(nino)</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet>
                """
        default:
            body = "<office:presentation><draw:page><text:p>Welcome</text:p></draw:page><draw:page><text:p>NHS number \(nhs), NI number \(nino)</text:p></draw:page></office:presentation>"
        }
        zip.add("content.xml", "<?xml version=\"1.0\"?><office:document-content \(ns)><office:body>\(body)</office:body></office:document-content>")
        zip.add("meta.xml", "<?xml version=\"1.0\"?><office:document-meta xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><office:meta><meta:initial-creator>Olivia Hughes</meta:initial-creator><dc:creator>Jack Wilson</dc:creator></office:meta></office:document-meta>")
        return (zip.finish(), [nhs, nino])
    }

    /// An OpenDocument text of `text` (the XML inside `<office:text>`): its mimetype and its
    /// content only.
    public static func odt(text: String) -> [UInt8] {
        var zip = ZipWriter()
        zip.add("mimetype", "application/vnd.oasis.opendocument.text")
        zip.add("content.xml", "<office:document-content><office:body><office:text>\(text)</office:text></office:body></office:document-content>")
        return zip.finish()
    }

    /// RTF with `\'hh` and `\uN` escapes and the NHS number split by a group.
    public mutating func rtf() -> (bytes: [UInt8], nhs: String, nino: String) {
        let nhs = ids.nhs(), nino = ids.nino()
        let text = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}{\\info{\\author Olivia}}\\f0 Caf\\'e9 r\\u233?sum\\u233? NHS number {\\b \(nhs.prefix(5))}\(nhs.dropFirst(5))\\par NI number \(nino)\\par}"
        return (Array(text.utf8), nhs, nino)
    }

    public mutating func html() -> (bytes: [UInt8], nhs: String) {
        let nhs = ids.nhs()
        let text = "<!DOCTYPE html><html><head><title>Record</title><script>var x = 'NHS number 0000000000';</script></head><body><p>NHS&nbsp;number: <b>\(nhs.prefix(4))</b>\(nhs.dropFirst(4)) &amp; more</p></body></html>"
        return (Array(text.utf8), nhs)
    }

    /// "Billion laughs": entities that would expand to gigabytes if they were expanded.
    public static func billionLaughs() -> [UInt8] {
        var text = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            text += " <!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">\n"
        }
        text += "]>\n<lolz>&lol9;</lolz>\n"
        return Array(text.utf8)
    }

    /// An e-mail with a quoted-printable body and a base64 attachment (a CSV).
    public mutating func eml(attachment: [UInt8], name: String) -> (bytes: [UInt8], nino: String) {
        let nino = ids.nino()
        var encoded = Data(attachment).base64EncodedString(options: [.lineLength76Characters, .endLineWithLineFeed])
        if !encoded.hasSuffix("\n") { encoded += "\n" }
        let text = """
            From: Head of Year <hoy@example.org>
            To: =?utf-8?Q?Office?= <office@example.org>
            Subject: Referral
            Date: Mon, 2 Nov 2026 09:00:00 +0000
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="XYZ"

            --XYZ
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: quoted-printable

            Please update the record: NI number \(nino) =E2=80=93 thanks.=
             Regards

            --XYZ
            Content-Type: text/csv; name="\(name)"
            Content-Disposition: attachment; filename="\(name)"
            Content-Transfer-Encoding: base64

            \(encoded)--XYZ--

            """
        return (Array(text.utf8), nino)
    }

    /// A minimal PDF (Helvetica, no compression) laid out as a word processor would: each
    /// text wrapped into lines that fit the page, and a long text continued on further
    /// pages.
    /// With `photo`, each page also shows its own picture of about that many bytes (an RGB
    /// image of generated noise), as newsletters and reports with photographs do.
    public static func pdf(pages texts: [String], photo: Int = 0) -> [UInt8] {
        let streams = texts.flatMap { layOut($0) }.map { lines in
            var stream = "BT /F1 10 Tf 12 TL 72 740 Td\n"
            for line in lines { stream += "(\(escape(line))) Tj T*\n" }
            return stream + "ET"
        }
        return pdf(streams: streams, photo: photo)
    }

    /// A one-page PDF whose first line (12 pt, from x = 50) runs past the page's right edge,
    /// then `lines` 16 points apart under it: a quick export's notes, set line by line with no
    /// wrapping.
    public static func pdf(overflowing long: String, then lines: [String]) -> [UInt8] {
        var stream = "BT /F1 12 Tf 50 740 Td (\(escape(long))) Tj\n"
        for line in lines { stream += "0 -16 Td (\(escape(line))) Tj\n" }
        return pdf(streams: [stream + "ET"], photo: 0)
    }

    /// A one-page PDF of a table as office software and browsers print one: each cell
    /// placed on its own (no space or tab between cells in the text), columns `columnWidth`
    /// points apart, rows 14 points apart.
    /// `turned`: the table drawn turned a quarter on the portrait page (a landscape register
    /// printed so), its text running up the page.
    public static func pdf(table rows: [[String]], title: String, columnWidth: Int = 110, turned: Bool = false) -> [UInt8] {
        var stream = turned ? "BT /F1 12 Tf 0 1 -1 0 50 60 Tm (\(escape(title))) Tj ET\n" : "BT /F1 12 Tf 72 760 Td (\(escape(title))) Tj ET\n"
        for (row, cells) in rows.enumerated() {
            for (column, cell) in cells.enumerated() where !cell.isEmpty {
                stream += turned ? "BT /F1 10 Tf 0 1 -1 0 \(80 + row * 14) \(60 + column * columnWidth) Tm (\(escape(cell))) Tj ET\n"
                    : "BT /F1 10 Tf \(72 + column * columnWidth) \(730 - row * 14) Td (\(escape(cell))) Tj ET\n"
            }
        }
        return pdf(streams: [stream], photo: 0)
    }

    /// A one-page PDF of texts each placed at its own point (9-point Helvetica), as a letter
    /// generator places a table's cells.
    public static func pdf(placed texts: [(x: Int, y: Int, text: String)]) -> [UInt8] {
        pdf(streams: [texts.map { "BT /F1 9 Tf \($0.x) \($0.y) Td (\(escape($0.text))) Tj ET\n" }.joined()], photo: 0)
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(").replacingOccurrences(of: ")", with: "\\)")
    }

    /// Pages from their content streams (Helvetica as F1), each with a photo of `photo` bytes if set.
    static func pdf(streams: [String], photo: Int) -> [UInt8] {
        let perPage = photo > 0 ? 3 : 2
        let font = 3 + streams.count * perPage
        var objects: [[UInt8]] = []
        let kids = (0..<streams.count).map { "\(3 + $0 * perPage) 0 R" }.joined(separator: " ")
        objects.append(Array("<< /Type /Catalog /Pages 2 0 R >>".utf8))
        objects.append(Array("<< /Type /Pages /Kids [\(kids)] /Count \(streams.count) >>".utf8))
        var noise: UInt64 = 0x9E37_79B9_7F4A_7C15
        for text in streams {
            let stream = (photo > 0 ? "q 200 0 0 133 340 620 cm /Im1 Do Q\n" : "") + text
            let images = photo > 0 ? " /XObject << /Im1 \(objects.count + 3) 0 R >>" : ""
            objects.append(Array("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 \(font) 0 R >>\(images) >> /Contents \(objects.count + 2) 0 R >>".utf8))
            objects.append(Array("<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream".utf8))
            if photo > 0 {
                let width = 200, height = max(1, photo / 600)
                var pixels = [UInt8](repeating: 0, count: width * height * 3)
                for index in pixels.indices {
                    noise = noise &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    pixels[index] = UInt8(truncatingIfNeeded: noise >> 56)
                }
                objects.append(Array("<< /Type /XObject /Subtype /Image /Width \(width) /Height \(height) /ColorSpace /DeviceRGB /BitsPerComponent 8 /Length \(pixels.count) >>\nstream\n".utf8)
                               + pixels + Array("\nendstream".utf8))
            }
        }
        objects.append(Array("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".utf8))
        return pdf(objects: objects)
    }

    /// A one-page PDF form (AcroForm) with text fields filled in, as a school's consent or
    /// medical form is returned: each field has its name, an optional tooltip (`/TU`, the
    /// label readers show) and its value; the page itself prints only `title`.
    /// `checkboxes` are tick boxes after the text fields, ticked or not.
    public static func pdf(form fields: [(name: String, tooltip: String?, value: String)], checkboxes: [(name: String, ticked: Bool)] = [],
                           title: String) -> [UInt8] {
        let stream = "BT /F1 12 Tf 72 740 Td (\(escape(title))) Tj ET"
        let first = 6 // field objects follow catalog, pages, page, contents and font
        let count = fields.count + checkboxes.count, appearance = first + count // the boxes' (empty) look
        let references = (0..<count).map { "\(first + $0) 0 R" }.joined(separator: " ")
        var objects: [[UInt8]] = [
            Array("<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [\(references)] /NeedAppearances true >> >>".utf8),
            Array("<< /Type /Pages /Kids [3 0 R] /Count 1 >>".utf8),
            Array("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R /Annots [\(references)] >>".utf8),
            Array("<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream".utf8),
            Array("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".utf8),
        ]
        for (index, field) in fields.enumerated() {
            let top = 700 - index * 24
            let tooltip = field.tooltip.map { " /TU (\(escape($0)))" } ?? ""
            objects.append(Array(("<< /Type /Annot /Subtype /Widget /FT /Tx /T (\(escape(field.name)))\(tooltip) /V (\(escape(field.value))) "
                                  + "/Rect [200 \(top) 450 \(top + 18)] /P 3 0 R /DA (/Helv 10 Tf 0 g) >>").utf8))
        }
        for (index, box) in checkboxes.enumerated() {
            let top = 700 - (fields.count + index) * 24, state = box.ticked ? "Yes" : "Off"
            objects.append(Array(("<< /Type /Annot /Subtype /Widget /FT /Btn /T (\(escape(box.name))) /V /\(state) /AS /\(state) "
                                  + "/Rect [200 \(top) 212 \(top + 12)] /P 3 0 R /AP << /N << /Yes \(appearance) 0 R /Off \(appearance) 0 R >> >> >>").utf8))
        }
        if !checkboxes.isEmpty { objects.append(Array("<< /Type /XObject /Subtype /Form /BBox [0 0 12 12] /Length 0 >>\nstream\n\nendstream".utf8)) }
        return pdf(objects: objects)
    }

    /// A one-page PDF printing `title`, with a reviewer's sticky note (a Text annotation)
    /// saying `note` and a link (whose text is no one's).
    public static func pdf(title: String, note: String) -> [UInt8] {
        pdf(objects: onePage(printing: title, extra: [
            Array("<< /Type /Annot /Subtype /Text /Rect [500 700 520 720] /Contents (\(escape(note))) /T (Reviewer) >>".utf8),
            Array("<< /Type /Annot /Subtype /Link /Rect [72 700 200 712] /Contents (NHS number 485 777 3457) /A << /S /URI /URI (https://example.org) >> >>".utf8),
        ], annotations: [6, 7]))
    }

    /// A one-page PDF whose information dictionary has a title, keywords and an author.
    public static func pdf(text: String, infoTitle: String, keywords: String, author: String) -> [UInt8] {
        pdf(objects: onePage(printing: text, extra: [
            Array("<< /Title (\(escape(infoTitle))) /Keywords (\(escape(keywords))) /Author (\(escape(author))) >>".utf8),
        ]), info: 6)
    }

    /// A page printing `text` in objects 1 to 5 (catalog, pages, page, contents, font), then
    /// `extra` from object 6, the page's annotations among them.
    static func onePage(printing text: String, extra: [[UInt8]], annotations: [Int] = []) -> [[UInt8]] {
        let stream = "BT /F1 12 Tf 72 740 Td (\(escape(text))) Tj ET"
        let annots = annotations.isEmpty ? "" : " /Annots [" + annotations.map { "\($0) 0 R" }.joined(separator: " ") + "]"
        return [
            Array("<< /Type /Catalog /Pages 2 0 R >>".utf8),
            Array("<< /Type /Pages /Kids [3 0 R] /Count 1 >>".utf8),
            Array("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R\(annots) >>".utf8),
            Array("<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream".utf8),
            Array("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".utf8),
        ] + extra
    }

    /// The file around numbered objects (1 is the catalog): header, objects, xref, trailer
    /// (with the information dictionary's object number, `info`).
    static func pdf(objects: [[UInt8]], info: Int? = nil) -> [UInt8] {
        var out = Array("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(out.count)
            out += Array("\(index + 1) 0 obj\n".utf8) + object + Array("\nendobj\n".utf8)
        }
        let xref = out.count
        var tail = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { tail += String(format: "%010d 00000 n \n", offset) }
        tail += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R\(info.map { " /Info \($0) 0 R" } ?? "") >>\nstartxref\n\(xref)\n%%EOF\n"
        return out + Array(tail.utf8)
    }

    /// A text as pages of lines: lines of at most 90 characters (10 pt Helvetica between
    /// 1 inch margins), broken at spaces, 56 lines to a page.
    static func layOut(_ text: String) -> [[String]] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty && line.count + 1 + word.count > 90 {
                    lines.append(line)
                    line = ""
                }
                line += line.isEmpty ? String(word) : " " + word
            }
            lines.append(line)
        }
        return stride(from: 0, to: max(lines.count, 1), by: 56).map { Array(lines[$0..<min($0 + 56, lines.count)]) }
    }

    /// A ustar archive of stored members.
    public static func tar(_ members: [(String, [UInt8])]) -> [UInt8] {
        var out: [UInt8] = []
        for (name, data) in members {
            var header = [UInt8](repeating: 0, count: 512)
            func put(_ text: String, _ at: Int) { for (i, b) in text.utf8.enumerated() { header[at + i] = b } }
            put(name, 0)
            put("0000644\0", 100); put("0000000\0", 108); put("0000000\0", 116)
            put(String(format: "%011o\0", data.count), 124)
            put("00000000000\0", 136)
            put("        ", 148)
            header[156] = 48
            put("ustar\0", 257); put("00", 263)
            let sum = header.reduce(0) { $0 + Int($1) }
            put(String(format: "%06o\0 ", sum), 148)
            out += header + data + [UInt8](repeating: 0, count: (512 - data.count % 512) % 512)
        }
        return out + [UInt8](repeating: 0, count: 1024)
    }

    /// gzip with stored deflate blocks (no compression, valid framing and CRC).
    public static func gzip(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3]
        var index = 0
        repeat {
            let count = min(65_535, data.count - index)
            let final: UInt8 = index + count >= data.count ? 1 : 0
            out += [final, UInt8(count & 0xFF), UInt8(count >> 8), UInt8(~count & 0xFF), UInt8((~count >> 8) & 0xFF)]
            out += data[index..<(index + count)]
            index += count
        } while index < data.count
        out += ZipWriter.le32(ZipWriter.crc32(data)) + ZipWriter.le32(UInt32(truncatingIfNeeded: data.count))
        return out
    }
}
