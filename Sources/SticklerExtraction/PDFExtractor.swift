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
                text.append(UnsafeRawBufferPointer(start: raw, count: length), decode: false)
                g_free(raw)
            }
            text.newline()
            g_object_unref(UnsafeMutableRawPointer(page))
            if text.full { break }
        }
        let format = poppler_document_is_linearized(document) != 0 ? "pdf" : "pdf"
        try run.document(path: path, format: format, bytes: blob.count, [text.segment()])
    }
}
