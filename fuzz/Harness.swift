// libFuzzer harness for SticklerExtraction (see scripts/fuzz.sh, `make fuzz`).
// Compiled in one module with the SticklerCore and SticklerExtraction sources, so it
// reaches each extractor directly. STICKLER_FUZZ_TARGET picks one: any (the whole
// dispatcher, content-sniffed), xml, rtf, json, markup (HTML and data XML), email, cfb, xls (the BIFF8 reader:
// a compound file's Workbook stream, or the input itself as one), pdf, zip, archive.
import Foundation

let fuzzTarget = ProcessInfo.processInfo.environment["STICKLER_FUZZ_TARGET"] ?? "any"

func drain(_ item: ExtractionItem) {
    guard case .document(let document) = item else { return }
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    for segment in document.segments {
        var source = segment.source
        while (try? buffer.withUnsafeMutableBytes({ try source.read(into: $0) })) ?? 0 > 0 {}
        if let map = segment.map { _ = map.locate(100) }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var limits = ExtractionLimits()
    limits.maxExpandedBytes = 64 << 20
    limits.maxMemberBytes = 32 << 20
    limits.maxSeconds = 20
    let budget = ExtractionBudget(limits: limits, inputBytes: size)
    let run = ExtractionRun(budget: budget, visit: { drain($0) })
    let blob = Blob(bytes)
    do {
        switch fuzzTarget {
        case "xml":
            let xml = XMLScanner(maxDepth: 256, budget: budget)
            try xml.scan(blob.bytes) { event in
                if case .start(let tag) = event { _ = tag.attribute("r"); _ = tag.number("s") }
            }
            // The same bytes as a Word body, a worksheet, a slide and an OpenDocument text (tables included).
            let parts = OfficeParts(["word/document.xml", "xl/worksheets/sheet1.xml", "ppt/slides/slide1.xml", "content.xml"], all: blob)
            for kind in ["docx", "xlsx", "pptx", "odt"] {
                let segments = kind == "odt" ? try ODFExtractor(parts: parts, xml: xml, textLimit: 1 << 20).segments(kind: kind)
                    : try OOXMLExtractor(parts: parts, xml: xml, textLimit: 1 << 20).segments(kind: kind)
                drain(.document(ExtractedDocument(path: "f", format: kind, bytes: bytes.count, segments: segments)))
            }
        case "rtf": _ = RTFExtractor.text(blob.bytes, limit: 1 << 20)
        case "json": _ = try JSONExtractor.text(blob.bytes, maxDepth: 256, limit: 1 << 20)
        case "markup":
            var text = TextBuilder(limit: 1 << 20)
            var tables: [TextSegment] = []
            try MarkupExtractor.text(blob.bytes, xml: run.xml, into: &text, tables: &tables)
            drain(.document(ExtractedDocument(path: "f", format: "html", bytes: bytes.count, segments: [text.segment()] + tables)))
            // And as data XML (records as tables), whatever its first element.
            _ = DataXMLExtractor.kind(blob.bytes)
            let records = try DataXMLExtractor.segments(blob.bytes, xml: run.xml, limit: 1 << 20)
            drain(.document(ExtractedDocument(path: "f", format: "xml", bytes: bytes.count, segments: records)))
            let sheets = try DataXMLExtractor.spreadsheet(blob.bytes, xml: run.xml, limit: 1 << 20)
            drain(.document(ExtractedDocument(path: "f", format: "spreadsheetml", bytes: bytes.count, segments: sheets)))
        case "email": try EmailExtractor(run: run, depth: 0).extract(blob, path: "f", mbox: bytes.first == 70)
        case "cfb": try CompoundFileExtractor.extract(blob, path: "f", depth: 0, run: run)
        case "xls":
            let file = try? CompoundFile(blob.bytes)
            let stream = file.flatMap { file in file.entry("Workbook").map { file.read($0) } } ?? bytes
            for segment in try XLSWorkbook.segments(stream, textLimit: 1 << 20, budget: budget) {
                drain(.document(ExtractedDocument(path: "f", format: "xls", bytes: stream.count, segments: [segment])))
            }
        case "pdf": try PDFExtractor.extract(blob, path: "f", run: run)
        case "zip", "archive": try run.memory(blob, path: "f", depth: 0)
        default: try run.memory(blob, path: "f", depth: 0)
        }
    } catch {}
    return 0
}
