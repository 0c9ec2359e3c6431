/// The parts of a zip-based document (OOXML or OpenDocument) read into memory: only the
/// ones that hold text, each bounded by the member limit.
struct OfficeParts {
    var names: [String] = []
    var parts: [String: Blob] = [:]

    subscript(name: String) -> Blob? { parts[name] }

    init() {}

    /// One XML file standing for the named parts (a flat Word or OpenDocument file holds
    /// what a zipped one's parts hold).
    init(_ names: [String], all blob: Blob) {
        self.names = names
        for name in names { parts[name] = blob }
    }

    /// Which zip-based format the member names and content say this is, if any.
    static func kind(names: Set<String>, contentTypes: String?, mimetype: String?) -> String? {
        if names.contains("[Content_Types].xml") {
            let macro = contentTypes?.contains("macroEnabled") ?? false
            if names.contains("word/document.xml") { return macro ? "docm" : "docx" }
            if names.contains("xl/workbook.xml") { return macro ? "xlsm" : "xlsx" }
            if names.contains("ppt/presentation.xml") { return macro ? "pptm" : "pptx" }
        }
        if let mimetype {
            let type = mimetype.trimmingCharacters(in: .whitespacesAndNewlines)
            if type.hasPrefix("application/vnd.oasis.opendocument.text") { return "odt" }
            if type.hasPrefix("application/vnd.oasis.opendocument.spreadsheet") { return "ods" }
            if type.hasPrefix("application/vnd.oasis.opendocument.presentation") { return "odp" }
            // StarOffice / OpenOffice.org 1.x (.sxw, .sxc, .sxi): the same markup as OpenDocument's.
            if type.hasPrefix("application/vnd.sun.xml.writer") { return "odt" }
            if type.hasPrefix("application/vnd.sun.xml.calc") { return "ods" }
            if type.hasPrefix("application/vnd.sun.xml.impress") { return "odp" }
        }
        return nil
    }

    /// Whether a member of a document of `kind` holds text we read.
    static func wanted(_ name: String, kind: String) -> Bool {
        if name == "docProps/core.xml" || name == "docProps/custom.xml" || name == "meta.xml" { return true }
        // A chart's cached categories and labels ("Olivia Hughes (-23m)"), whatever holds it.
        if kind.hasPrefix("docx") || kind.hasPrefix("docm") || kind.hasPrefix("xls") || kind.hasPrefix("ppt"),
           isChart(name) { return true }
        switch kind {
        case "docx", "docm":
            guard name.hasPrefix("word/"), name.hasSuffix(".xml"), !name.dropFirst(5).contains("/") else { return false }
            let base = name.dropFirst(5).dropLast(4)
            return base == "document" || base.hasPrefix("header") || base.hasPrefix("footer") || base == "footnotes"
                || base == "endnotes" || base == "comments"
        case "xlsx", "xlsm":
            return name == "xl/workbook.xml" || name == "xl/_rels/workbook.xml.rels" || name == "xl/sharedStrings.xml"
                || name == "xl/styles.xml" || (name.hasPrefix("xl/worksheets/") && name.hasSuffix(".xml"))
                || (name.hasPrefix("xl/worksheets/_rels/") && name.hasSuffix(".xml.rels")) // for the sheets' notes
                || (name.hasPrefix("xl/comments") && name.hasSuffix(".xml")) || name.hasPrefix("xl/threadedComments/")
                || (name.hasPrefix("xl/pivotCache/pivotCache") && name.hasSuffix(".xml")) // a pivot's copy of its source
        case "pptx", "pptm":
            return (name.hasPrefix("ppt/slides/slide") || name.hasPrefix("ppt/notesSlides/notesSlide")
                    || name.hasPrefix("ppt/comments/")) && name.hasSuffix(".xml")
        case "odt", "ods", "odp":
            return name == "content.xml" || name == "styles.xml"
        default:
            return false
        }
    }

    /// A chart part: `word/charts/chart1.xml`, `xl/charts/chart2.xml`, `ppt/charts/chart3.xml`.
    static func isChart(_ name: String) -> Bool {
        (name.hasPrefix("word/charts/chart") || name.hasPrefix("xl/charts/chart") || name.hasPrefix("ppt/charts/chart"))
            && name.hasSuffix(".xml")
    }

    /// A document embedded in this one, read as a member (`report.docx!word/embeddings/
    /// Microsoft_Excel_Worksheet.xlsx`): a worksheet pasted as an object, or the workbook
    /// behind a chart, which holds the whole sheet the chart was made from.
    static func isEmbeddedDocument(_ name: String) -> Bool {
        guard name.hasPrefix("word/embeddings/") || name.hasPrefix("xl/embeddings/") || name.hasPrefix("ppt/embeddings/") else { return false }
        let lower = name.lowercased()
        return [".xlsx", ".xlsm", ".docx", ".docm", ".pptx", ".pptm", ".xls", ".doc", ".odt", ".ods"].contains { lower.hasSuffix($0) }
    }

    /// The number in a part name: `ppt/slides/slide12.xml` -> 12.
    static func number(in name: String) -> Int {
        let digits = name.split(separator: "/").last?.filter(\.isNumber) ?? ""
        return Int(digits) ?? 0
    }

    /// A relationship's target as a part name: absolute (`/xl/comments1.xml`) or relative to
    /// the folder of the part that names it (`../comments1.xml` from `xl/worksheets`).
    static func resolve(_ target: String, from folder: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var path = folder.split(separator: "/").map(String.init)
        for step in target.split(separator: "/") {
            if step == ".." { _ = path.popLast() } else if step != "." { path.append(String(step)) }
        }
        return path.joined(separator: "/")
    }
}

import Foundation
