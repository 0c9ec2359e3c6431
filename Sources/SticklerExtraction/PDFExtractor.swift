import Foundation
import SticklerCore
internal import CPoppler

/// Text per page from a PDF through poppler-glib (Debian's libpoppler-glib: maintained,
/// handles the encodings, fonts and broken files real PDFs have). A PDF that needs a
/// user password is reported `encrypted`; one with only an owner password opens and is
/// scanned. Pages are located as `page N`. This is the only importer of `CPoppler`.
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
        let pages = poppler_document_get_n_pages(document)
        for index in 0..<max(0, pages) {
            try run.budget.checkTime()
            guard let page = poppler_document_get_page(document, index) else { continue }
            text.map?.add(offset: text.bytes.count, page: Int(index) + 1)
            if let raw = poppler_page_get_text(page) {
                let length = strlen(raw)
                try run.budget.expand(length)
                let spaced = spacedText(UnsafeRawBufferPointer(start: raw, count: length), page: page)
                spaced.withUnsafeBytes { text.append($0, decode: false) }
                g_free(raw)
            }
            text.newline()
            g_object_unref(UnsafeMutableRawPointer(page))
            if text.full { break }
        }
        let format = poppler_document_is_linearized(document) != 0 ? "pdf" : "pdf"
        try run.document(path: path, format: format, bytes: blob.count, [text.segment()])
    }

    /// The page's text with a space wherever poppler joined two characters of one line
    /// that lie apart on the page. Table cells are laid out apart but often come out
    /// joined ("Hughes" and "Olivia" in two cells as `HughesOlivia`, a pupil number
    /// straight after them), which hides every value from the patterns' boundaries.
    /// poppler gives one glyph box per character of its text; a gap wider than half the
    /// glyphs' height is more than a word space. If the boxes do not line up with the
    /// characters, the text is kept as poppler gave it.
    static func spacedText(_ raw: UnsafeRawBufferPointer, page: OpaquePointer) -> [UInt8] {
        var boxes: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        guard poppler_page_get_text_layout(page, &boxes, &count) != 0, let boxes else { return Array(raw) }
        defer { g_free(boxes) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count + raw.count / 8)
        var index = 0, character = 0
        var previous: PopplerRectangle?
        while index < raw.count {
            let lead = raw[index]
            let width = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
            guard character < Int(count) else { return Array(raw) } // more characters than boxes
            let box = boxes[character]
            let blank = lead == 32 || lead == 10 || lead == 9 || lead == 13
            if blank {
                previous = nil
            } else {
                if let last = previous, Self.apart(last, box) { out.append(32) }
                previous = box
            }
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[index..<min(raw.count, index + width)]))
            index += width
            character += 1
        }
        return character == Int(count) ? out : Array(raw)
    }

    /// Whether `next` follows `last` on the same line with more than a word space between.
    static func apart(_ last: PopplerRectangle, _ next: PopplerRectangle) -> Bool {
        let height = min(last.y2 - last.y1, next.y2 - next.y1)
        guard height > 0, next.y1 < last.y2, next.y2 > last.y1 else { return false } // not one line
        return next.x1 - last.x2 > height / 2
    }
}
