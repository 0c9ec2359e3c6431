import Foundation
import SticklerCore
internal import CPoppler

/// Text per page from a PDF through poppler-glib (Debian's libpoppler-glib: maintained,
/// handles the encodings, fonts and broken files real PDFs have), read with where each
/// character lies (`PDFLayout`): tables go to segments of their own, located by cell, and a
/// form's filled-in fields follow their page's text. A PDF that needs a user password is
/// reported `encrypted`; one with only an owner password opens and is scanned. Pages are
/// located as `page N`. This is the only importer of `CPoppler`.
enum PDFExtractor {
    /// Opening documents touches poppler's global state; pages of different documents
    /// are then read in parallel.
    static let openLock = NSLock()

    static func extract(_ blob: Blob, path: String, run: ExtractionRun) throws {
        let bytes = g_bytes_new_static(blob.buffer.baseAddress, gsize(blob.count))
        defer { g_bytes_unref(bytes) }
        var error: UnsafeMutablePointer<GError>?
        openLock.lock()
        let document = poppler_document_new_from_bytes(bytes, nil, &error)
        openLock.unlock()
        guard let document else {
            var reason = "unreadable PDF"
            var encrypted = false
            if let error {
                if error.pointee.domain == poppler_error_quark() && error.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
                    encrypted = true
                }
                if let message = error.pointee.message { reason += ": " + String(cString: message) }
                g_error_free(error)
            }
            if encrypted {
                try run.record(path, .encrypted, reason: "PDF needs a user password", encryption: "pdf", format: "pdf", bytes: blob.count)
            } else {
                try run.record(path, .error, reason: reason, format: "pdf", bytes: blob.count)
            }
            return
        }
        defer { g_object_unref(UnsafeMutableRawPointer(document)) }
        var text = TextBuilder(limit: run.textLimit, map: LocationMap(.pages))
        var tables: [TextSegment] = []
        let pages = poppler_document_get_n_pages(document)
        var scannedPages = 0 // pages of images without a character of text
        for index in 0..<max(0, pages) {
            try run.budget.checkTime()
            guard let page = poppler_document_get_page(document, index) else { continue }
            text.map?.add(offset: text.bytes.count, page: Int(index) + 1)
            // The page and as much again around it: poppler reads only the text in the area it
            // is given, and a block of lines with one running past the page's edge (a quick
            // export's long line) lost every line of the block, not only the part off the page.
            var width = 0.0, height = 0.0
            poppler_page_get_size(page, &width, &height)
            var area = PopplerRectangle(x1: -width, y1: -height, x2: 2 * width, y2: 2 * height)
            if let raw = poppler_page_get_text_for_area(page, &area) {
                let length = strlen(raw)
                try run.budget.expand(length)
                let pageText = Array(UnsafeRawBufferPointer(start: raw, count: length))
                g_free(raw)
                if !pageText.contains(where: { $0 > 32 }), Self.hasImages(page) { scannedPages += 1 }
                if let layout = Self.layout(of: page, area: &area, text: pageText) {
                    let found = layout.tables()
                    text.append(layout.body(excluding: found.inTable))
                    for (number, rows) in found.tables.enumerated() {
                        var table = SheetTable(sheet: "page \(index + 1) table \(number + 1)", limit: run.textLimit)
                        for (row, cells) in rows.enumerated() {
                            for cell in cells { table.add(row: row + 1, column: cell.column, cell.text) }
                        }
                        var segment = table.segment()
                        segment.formLike = true
                        tables.append(segment)
                    }
                } else {
                    text.append(pageText)
                }
            }
            text.newline()
            let fields = formText(of: page) + annotationText(of: page)
            if !fields.isEmpty {
                try run.budget.expand(fields.count)
                text.append(fields)
            }
            g_object_unref(UnsafeMutableRawPointer(page))
            if text.full { break }
        }
        // A scanned letter or form: pictures of pages, no text to read. Said so, as a photo
        // is, not passed off as a document read and found clean.
        if pages > 0, scannedPages == pages, !text.bytes.contains(where: { $0 > 32 }) {
            try run.record(path, .skipped, reason: "PDF of scanned pages (images without a text layer; Stickler reads no text in images)",
                           format: "pdf", bytes: blob.count)
            return
        }
        // The information dictionary, as people fill it in ("Kian Doherty (8J) - MASH referral
        // chronology" as its title), and its author as a document's.
        func property(_ value: UnsafeMutablePointer<gchar>?) -> String {
            guard let value else { return "" }
            defer { g_free(value) }
            return String(String(cString: value).prefix(4096))
        }
        let properties = DocumentProperties.segments(
            author: property(poppler_document_get_author(document)),
            written: [property(poppler_document_get_title(document)), property(poppler_document_get_subject(document)),
                    property(poppler_document_get_keywords(document))])
        try run.document(path: path, format: "pdf", bytes: blob.count, [text.segment()] + tables + properties)
    }

    /// Whether the page draws any image.
    static func hasImages(_ page: OpaquePointer) -> Bool {
        guard let mapping = poppler_page_get_image_mapping(page) else { return false }
        poppler_page_free_image_mapping(mapping)
        return true
    }

    /// The page's characters with their boxes, or nil if poppler gives none that line up
    /// (or too many: a page of text is a few thousand characters; memory stays bounded).
    static func layout(of page: OpaquePointer, area: inout PopplerRectangle, text: [UInt8]) -> PDFLayout? {
        // poppler's boxes take 32 bytes a character: count the characters first.
        guard text.reduce(0, { $1 & 0xC0 != 0x80 ? $0 + 1 : $0 }) <= PDFLayout.maximumGlyphs else { return nil }
        var boxes: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        guard poppler_page_get_text_layout_for_area(page, &area, &boxes, &count) != 0, let boxes else { return nil }
        defer { g_free(boxes) }
        guard count <= PDFLayout.maximumGlyphs else { return nil }
        let placed = (0..<Int(count)).map { PDFLayout.Box(x1: boxes[$0].x1, y1: boxes[$0].y1, x2: boxes[$0].x2, y2: boxes[$0].y2) }
        return placed.withUnsafeBufferPointer { PDFLayout(text: text, boxes: $0) }
    }

    /// The filled-in fields of a PDF form on this page, a line each: `label: value` (a ticked
    /// box: `label: Yes`). A consent or medical form's answers live in its fields, not in the
    /// page's text. The label is the field's tooltip if it has one, else its name made
    /// readable (`ChildName`, `nhs_number` -> `Child Name`, `nhs number`), so that the rules'
    /// labels and context keywords apply to the value as they would to a printed form.
    /// The page's annotations' text, a line each: a reviewer's sticky note ("Pupil A = Ella
    /// Pilling, 9H"), a comment on a highlight, a free-text box typed onto the page. (Not a
    /// link's or a form field's widget: no one writes in those.)
    static func annotationText(of page: OpaquePointer) -> [UInt8] {
        guard let mapping = poppler_page_get_annot_mapping(page) else { return [] }
        defer { poppler_page_free_annot_mapping(mapping) }
        var out: [UInt8] = []
        var item: UnsafeMutablePointer<GList>? = mapping
        var count = 0
        while let node = item, count < 1_000 {
            item = node.pointee.next
            count += 1
            guard let data = node.pointee.data, let annotation = data.assumingMemoryBound(to: PopplerAnnotMapping.self).pointee.annot
            else { continue }
            let type = poppler_annot_get_annot_type(annotation)
            guard type != POPPLER_ANNOT_LINK, type != POPPLER_ANNOT_WIDGET, let contents = poppler_annot_get_contents(annotation) else { continue }
            let text = String(cString: contents)
            g_free(contents)
            guard !text.allSatisfy(\.isWhitespace) else { continue }
            out += text.prefix(4096).utf8.map { $0 == 10 || $0 == 13 ? 32 : $0 }
            out.append(10)
        }
        return out
    }

    static func formText(of page: OpaquePointer) -> [UInt8] {
        guard let mapping = poppler_page_get_form_field_mapping(page) else { return [] }
        defer { poppler_page_free_form_field_mapping(mapping) }
        var out: [UInt8] = []
        var item: UnsafeMutablePointer<GList>? = mapping
        while let node = item {
            item = node.pointee.next
            guard let data = node.pointee.data, let field = data.assumingMemoryBound(to: PopplerFormFieldMapping.self).pointee.field
            else { continue }
            var text = ""
            switch poppler_form_field_get_field_type(field) {
            case POPPLER_FORM_FIELD_TEXT:
                guard let value = poppler_form_field_text_get_text(field) else { continue }
                text = String(cString: value)
                g_free(value)
            case POPPLER_FORM_FIELD_CHOICE: // the chosen items of a list or drop-down
                var chosen: [String] = []
                for item in 0..<min(poppler_form_field_choice_get_n_items(field), 1_000) where poppler_form_field_choice_is_item_selected(field, item) != 0 {
                    if let value = poppler_form_field_choice_get_item(field, item) {
                        chosen.append(String(cString: value))
                        g_free(value)
                    }
                }
                text = chosen.joined(separator: ", ")
            case POPPLER_FORM_FIELD_BUTTON: // a ticked box ("Asthma"); an unticked one says nothing
                guard poppler_form_field_button_get_button_type(field) == POPPLER_FORM_BUTTON_CHECK,
                      poppler_form_field_button_get_state(field) != 0 else { continue }
                text = "Yes"
            default: continue
            }
            guard !text.allSatisfy(\.isWhitespace) else { continue }
            var label = ""
            if let tooltip = poppler_form_field_get_alternate_ui_name(field) {
                label = String(cString: tooltip)
                g_free(tooltip)
            }
            if label.isEmpty, let name = poppler_form_field_get_name(field) { // fully qualified: Child.Name
                label = FieldName.readable(String(cString: name))
                g_free(name)
            }
            out += (label + ": " + text).utf8.map { $0 == 10 || $0 == 13 ? 32 : $0 } // one field, one line
            out.append(10)
        }
        return out
    }
}
