/// Text from Office Open XML documents (docx/docm, xlsx/xlsm, pptx/pptm) whose parts are
/// already in memory. Word text is joined across runs (`<w:t>` elements) so a value split
/// into several runs is found whole; sheets become tab-delimited tables (the header row is
/// context for its column) located by cell; slides are located as pages.
struct OOXMLExtractor {
    let parts: OfficeParts
    let xml: XMLScanner
    let textLimit: Int

    func segments(kind: String) throws -> [TextSegment] {
        var segments: [TextSegment]
        switch kind {
        case "docx", "docm": segments = try word()
        case "xlsx", "xlsm": segments = try workbook() + pivotCaches()
        default: segments = try slides()
        }
        segments += try charts()
        if let core = parts["docProps/core.xml"] { segments += try DocumentProperties.read(core, xml: xml) }
        if let custom = parts["docProps/custom.xml"] { segments += try DocumentProperties.readCustom(custom, xml: xml) }
        return segments
    }

    // MARK: Charts

    /// Each chart's cached text, a line each: its categories and series names (`c:strCache`,
    /// `c:multiLvlStrCache`), its custom data labels' ranges (`c15:dlblRangeCache`), its titles
    /// and labels (`a:t`). A tutor's chart of attendance names its pupils there, whatever
    /// the sheet behind it holds.
    func charts() throws -> [TextSegment] {
        let names = parts.names.filter(OfficeParts.isChart).sorted { OfficeParts.number(in: $0) < OfficeParts.number(in: $1) }
        guard !names.isEmpty else { return [] }
        var text = TextBuilder(limit: textLimit)
        for name in names {
            guard let part = parts[name], !text.full else { continue }
            var caches = 0, inValue = false, inText = false
            try xml.scan(part.bytes) { event in
                switch event {
                case .start(let tag):
                    switch localName(tag.name) {
                    case "strCache", "multiLvlStrCache", "dlblRangeCache": if !tag.selfClosing { caches += 1 }
                    case "v": inValue = caches > 0 && !tag.selfClosing
                    case "t": inText = !tag.selfClosing
                    default: break
                    }
                case .end(let name):
                    switch localName(name) {
                    case "strCache", "multiLvlStrCache", "dlblRangeCache": caches = max(0, caches - 1)
                    case "v": if inValue { text.newline() }; inValue = false
                    case "t": inText = false
                    case "p": text.newline()
                    default: break
                    }
                case .text(let raw, let cdata):
                    if inValue || inText { text.append(raw, decode: !cdata) }
                }
            }
            text.newline()
        }
        return text.bytes.isEmpty ? [] : [text.segment()]
    }

    // MARK: Word

    func word() throws -> [TextSegment] {
        let order = ["word/document.xml"]
            + parts.names.filter { $0.hasPrefix("word/header") }.sorted()
            + parts.names.filter { $0.hasPrefix("word/footer") }.sorted()
            + ["word/footnotes.xml", "word/endnotes.xml", "word/comments.xml"]
        var text = TextBuilder(limit: textLimit)
        var tables: [TextSegment] = []
        for name in order {
            guard let part = parts[name] else { continue }
            try wordText(part, into: &text, tables: &tables)
            text.newline()
        }
        return [text.segment()] + tables
    }

    /// The text of a Word part. Each top-level table becomes its own form-like table
    /// (`ReadingTable`), located by cell (`'table 1'!C4`), so that a class list's or a medical
    /// register's header row gives context to its column as a spreadsheet's does.
    func wordText(_ part: Blob, into text: inout TextBuilder, tables: inout [TextSegment]) throws {
        var inText = false
        var fallback = 0 // inside mc:Fallback (a duplicate of mc:Choice)
        var table = OutermostTable(limit: textLimit)
        try xml.scan(part.bytes) { event in
            switch event {
            case .start(let tag):
                switch tag.name {
                case "w:t", "w:delText": inText = !tag.selfClosing
                case "wp:docPr": if fallback == 0, !table.isOpen { Self.appendAltText(tag, to: &text) }
                case "mc:Fallback": fallback += 1
                case "w:tab": if fallback == 0 { if table.isOpen { table.space() } else { text.append(9) } }
                case "w:br", "w:cr": if fallback == 0 { if table.isOpen { table.space() } else { text.append(10) } }
                case "w:tbl": if !tag.selfClosing { table.open(number: tables.count + 1) }
                case "w:tr": if !tag.selfClosing { table.startRow() }
                case "w:tc": if !tag.selfClosing { table.startCell() }
                case "w:gridSpan": table.span(tag.number("w:val"))
                // A tracked change's text is apart from its neighbours': "Dear Mr and Mrs Adeyemi"
                // inserted before the deleted "Parent/Carer" (round 757's draft letter).
                case "w:ins", "w:del": if fallback == 0, !tag.selfClosing { Self.separate(&text, &table) }
                default: break
                }
            case .end(let name):
                switch name {
                case "w:ins", "w:del": if fallback == 0 { Self.separate(&text, &table) }
                case "w:t", "w:delText": inText = false
                case "mc:Fallback": fallback = max(0, fallback - 1)
                case "w:p": if fallback == 0 { if table.isOpen { table.space() } else { text.newline() } }
                case "w:tc": table.endCell()
                case "w:tbl": if let finished = table.close() { tables.append(finished) }
                default: break
                }
            case .text(let raw, let cdata):
                guard inText && fallback == 0 else { break }
                if table.isOpen { table.append(raw, cdata: cdata) } else { text.append(raw, decode: !cdata) }
            }
        }
        if let finished = table.finish() { tables.append(finished) } // a table cut short by a damaged part still counts
    }

    /// A space between two runs' text, unless one is there already (or a line's or a cell's end).
    static func separate(_ text: inout TextBuilder, _ table: inout OutermostTable) {
        if table.isOpen {
            table.space()
        } else if let last = text.bytes.last, last != 32, last != 10, last != 9 {
            text.append(32)
        }
    }

    // MARK: PowerPoint

    func slides() throws -> [TextSegment] {
        var text = TextBuilder(limit: textLimit, map: LocationMap(.pages))
        var tables: [TextSegment] = []
        let slides = parts.names.filter { $0.hasPrefix("ppt/slides/slide") }.sorted { OfficeParts.number(in: $0) < OfficeParts.number(in: $1) }
        for name in slides {
            let number = OfficeParts.number(in: name)
            text.map?.add(offset: text.bytes.count, page: number)
            let first = tables.count
            if let slide = parts[name] { try drawingText(slide, into: &text, tables: &tables, first: first, slide: number) }
            if let notes = parts["ppt/notesSlides/notesSlide\(number).xml"] {
                try drawingText(notes, into: &text, tables: &tables, first: first, slide: number)
            }
            text.newline()
        }
        // Reviewers' comments (`ppt/comments/comment1.xml`, the modern `modernComment_…xml`).
        for name in parts.names.filter({ $0.hasPrefix("ppt/comments/") }).sorted() {
            guard let part = parts[name] else { continue }
            var inText = false
            try xml.scan(part.bytes) { event in
                switch event {
                case .start(let tag):
                    switch localName(tag.name) {
                    case "text", "t": inText = !tag.selfClosing
                    case "cm": text.newline()
                    default: break
                    }
                case .end(let name):
                    switch localName(name) {
                    case "text", "t": inText = false
                    case "p", "cm": text.newline()
                    default: break
                    }
                case .text(let raw, let cdata):
                    if inText { text.append(raw, decode: !cdata) }
                }
            }
            text.newline()
        }
        return [text.segment()] + tables
    }

    /// The text of a slide or its notes. A table (`a:tbl`) becomes a form-like table of its
    /// own, as a Word table does, located on its slide (`'slide 3 table 1'!C4`; the slide's
    /// tables are those after `first`): a class list pasted onto a slide is read under its
    /// header. A cell merged into the one before it (`hMerge`) is no column.
    /// A picture's or a shape's alt text (`descr`), on a line of its own: a photo board's
    /// "Photo of Zak Akhtar, 8T". (Its `name`, "Picture 3", is the application's.)
    static func appendAltText(_ tag: XMLScanner.Tag, to text: inout TextBuilder) {
        guard let raw = tag.rawAttribute("descr"), !raw.isEmpty else { return }
        text.newline()
        text.append(raw, decode: true)
        text.newline()
    }

    func drawingText(_ part: Blob, into text: inout TextBuilder, tables: inout [TextSegment], first: Int, slide: Int) throws {
        var inText = false
        var table = OutermostTable(limit: textLimit, place: "slide \(slide)")
        try xml.scan(part.bytes) { event in
            switch event {
            case .start(let tag):
                switch tag.name {
                case "a:t": inText = !tag.selfClosing
                case "p:cNvPr": Self.appendAltText(tag, to: &text)
                case "a:br": if table.isOpen { table.space() } else { text.append(10) }
                case "a:tbl": if !tag.selfClosing { table.open(number: tables.count - first + 1) }
                case "a:tr": if !tag.selfClosing { table.startRow() }
                case "a:tc":
                    guard !tag.selfClosing, !["1", "true"].contains(tag.attribute("hMerge") ?? "") else { break }
                    table.startCell()
                    table.span(tag.number("gridSpan"))
                default: break
                }
            case .end(let name):
                switch name {
                case "a:t": inText = false
                case "a:p": if table.isOpen { table.space() } else { text.newline() }
                case "a:tc": table.endCell()
                case "a:tbl": if let finished = table.close() { tables.append(finished) }
                default: break
                }
            case .text(let raw, let cdata):
                guard inText else { break }
                if table.isOpen { table.append(raw, cdata: cdata) } else { text.append(raw, decode: !cdata) }
            }
        }
        if let finished = table.finish() { tables.append(finished) } // a table cut short by a damaged part still counts
    }

    // MARK: Excel

    func workbook() throws -> [TextSegment] {
        let strings = try sharedStrings()
        let styles = try parts["xl/styles.xml"].map { try SpreadsheetStyles.read($0, xml: xml) } ?? SpreadsheetStyles()
        var targets: [String: String] = [:]
        if let rels = parts["xl/_rels/workbook.xml.rels"] {
            try xml.scan(rels.bytes) { event in
                if case .start(let tag) = event, localName(tag.name) == "Relationship",
                   let id = tag.attribute("Id"), let target = tag.attribute("Target") {
                    targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
                }
            }
        }
        var sheets: [(name: String, part: String)] = []
        if let book = parts["xl/workbook.xml"] {
            try xml.scan(book.bytes) { event in
                if case .start(let tag) = event, localName(tag.name) == "sheet", let name = tag.attribute("name"),
                   let id = tag.attribute("r:id"), let part = targets[id] {
                    sheets.append((name, part))
                }
            }
        }
        if sheets.isEmpty { // no workbook relationships: every worksheet part, by number
            sheets = parts.names.filter { $0.hasPrefix("xl/worksheets/") && $0.hasSuffix(".xml") && !$0.contains("/_rels/") }.sorted().map { (String($0.split(separator: "/").last!.dropLast(4)), $0) }
        }
        var segments: [TextSegment] = []
        var printed = TextBuilder(limit: textLimit)
        for sheet in sheets {
            guard let part = parts[sheet.part] else { continue }
            segments.append(try sheetText(part, name: sheet.name, strings: strings, styles: styles, headers: &printed))
            if let notes = try cellNotes(sheet: sheet.name, part: sheet.part) { segments.append(notes) }
        }
        if !printed.bytes.isEmpty { segments.append(printed.segment()) }
        return segments
    }

    /// A sheet's printed header or footer without its codes: "&LAccess arrangements - &KFF0000
    /// Olivia Hughes&R&D" is "Access arrangements - Olivia Hughes", a line per section.
    static func appendHeaderFooter(_ raw: [UInt8], to text: inout TextBuilder) {
        var index = 0
        while index < raw.count {
            let byte = raw[index]
            guard byte == 38, index + 1 < raw.count else { text.append(byte); index += 1; continue }
            let code = raw[index + 1]
            index += 2
            switch code {
            case 38: text.append(38) // "&&" is an ampersand
            case 76, 67, 82: text.newline() // &L, &C, &R: a section
            case 34: // &"font,style"
                while index < raw.count && raw[index] != 34 { index += 1 }
                index += 1
            case 75: index = min(raw.count, index + 6) // &K and a colour
            case 48...57: while index < raw.count && raw[index] >= 48 && raw[index] <= 57 { index += 1 } // &12: a size
            default: text.append(32) // &P, &N, &D, &T, &F, &A, &B, &I, &U, &S, &X, &Y, &G, &Z
            }
        }
        text.newline()
    }

    /// A pivot table's cache: its own copy of the rows it was made from (the source sheet may
    /// be gone), as a table under the source's column names: `pivotCacheDefinitionN.xml` names
    /// the fields and holds their shared values, `pivotCacheRecordsN.xml` the rows (a shared
    /// value by its index, `<x v="3"/>`, or in place). Without records, each field's shared values
    /// down its column.
    func pivotCaches() throws -> [TextSegment] {
        var segments: [TextSegment] = []
        let definitions = parts.names.filter { $0.hasPrefix("xl/pivotCache/pivotCacheDefinition") }
            .sorted { OfficeParts.number(in: $0) < OfficeParts.number(in: $1) }
        for name in definitions.prefix(16) {
            guard let definition = parts[name] else { continue }
            var fields: [String] = [], shared: [[String]] = []
            var inShared = false, sharedCount = 0 // (memory stays bounded: a million shared values in all)
            try xml.scan(definition.bytes) { event in
                switch event {
                case .start(let tag):
                    switch localName(tag.name) {
                    case "cacheField":
                        guard fields.count < 1024 else { break }
                        fields.append(tag.attribute("name") ?? "")
                        shared.append([])
                    case "sharedItems": inShared = !tag.selfClosing
                    case "s", "n", "d", "b", "e":
                        if inShared, !shared.isEmpty, shared[shared.count - 1].count < 100_000, sharedCount < 1_000_000 {
                            shared[shared.count - 1].append(tag.attribute("v") ?? "")
                            sharedCount += 1
                        }
                    default: break
                    }
                case .end(let name):
                    if localName(name) == "sharedItems" { inShared = false }
                case .text: break
                }
            }
            guard !fields.isEmpty else { continue }
            let number = OfficeParts.number(in: name)
            var table = SheetTable(sheet: "pivot cache \(number)", limit: textLimit)
            for (column, field) in fields.enumerated() { table.add(row: 1, column: column + 1, field) }
            var row = 1
            if let records = parts["xl/pivotCache/pivotCacheRecords\(number).xml"] {
                var column = 0
                try xml.scan(records.bytes) { event in
                    guard case .start(let tag) = event, !table.text.full else { return }
                    switch localName(tag.name) {
                    case "r":
                        row += 1
                        column = 0
                    case "x":
                        column += 1
                        if let index = tag.number("v"), column <= shared.count, index < shared[column - 1].count {
                            table.add(row: row, column: column, shared[column - 1][index])
                        }
                    case "s", "n", "d", "b", "e", "m":
                        column += 1
                        if let value = tag.attribute("v") { table.add(row: row, column: column, value) }
                    default: break
                    }
                }
            } else {
                for index in 0..<(shared.map(\.count).max() ?? 0) {
                    row += 1
                    for column in shared.indices where index < shared[column].count {
                        table.add(row: row, column: column + 1, shared[column][index])
                    }
                }
            }
            segments.append(table.segment())
        }
        return segments
    }

    /// A sheet's notes and threaded comments ("Mum's mobile 07700 900123", "has an EHCP"),
    /// each located at its cell: the parts its relationships name as comments.
    func cellNotes(sheet: String, part: String) throws -> TextSegment? {
        let slash = part.lastIndex(of: "/").map { part[..<$0] } ?? ""
        let file = part.split(separator: "/").last.map(String.init) ?? part
        guard let rels = parts["\(slash)/_rels/\(file).rels"] else { return nil }
        var legacy: [String] = [], threaded: [String] = []
        try xml.scan(rels.bytes) { event in
            if case .start(let tag) = event, localName(tag.name) == "Relationship", let type = tag.attribute("Type"),
               let target = tag.attribute("Target") {
                let name = OfficeParts.resolve(target, from: String(slash))
                if type.hasSuffix("/comments"), !legacy.contains(name) { legacy.append(name) }
                if type.hasSuffix("/threadedComment"), !threaded.contains(name) { threaded.append(name) }
            }
        }
        // Excel keeps a threaded comment's copy in the legacy part too ("[Threaded comment]
        // ..."): read the threaded part alone when there is one.
        let names = threaded.isEmpty ? legacy : threaded
        var text = TextBuilder(limit: textLimit, map: LocationMap(.cells(sheet: sheet)))
        for name in names.prefix(16) {
            guard let notes = parts[name], !text.full else { continue }
            var inText = false
            try xml.scan(notes.bytes) { event in
                switch event {
                case .start(let tag):
                    switch localName(tag.name) {
                    case "comment", "threadedComment":
                        text.newline()
                        if let cell = tag.attribute("ref").flatMap(LocationMap.parseCell) {
                            text.map?.add(offset: text.bytes.count, row: cell.row, column: cell.column)
                        }
                    case "t", "text": inText = !tag.selfClosing
                    default: break
                    }
                case .end(let name):
                    if ["t", "text"].contains(localName(name)) { inText = false }
                case .text(let raw, let cdata):
                    if inText { text.append(raw, decode: !cdata) }
                }
            }
            text.newline()
        }
        return text.bytes.isEmpty ? nil : text.segment()
    }

    func sharedStrings() throws -> [String] {
        guard let part = parts["xl/sharedStrings.xml"] else { return [] }
        var strings: [String] = []
        var current: [UInt8] = []
        var inText = false, phonetic = false
        try xml.scan(part.bytes) { event in
            switch event {
            // (By local name: the Open XML SDK and ClosedXML write `x:si`, `x:t`.)
            case .start(let tag):
                switch localName(tag.name) {
                case "si": current.removeAll(keepingCapacity: true)
                case "t": inText = !tag.selfClosing
                case "rPh": phonetic = true
                default: break
                }
            case .end(let name):
                switch localName(name) {
                case "si": strings.append(String(decoding: current, as: UTF8.self))
                case "t": inText = false
                case "rPh": phonetic = false
                default: break
                }
            case .text(let raw, let cdata):
                if inText && !phonetic && current.count < 32_768 {
                    if cdata { current.append(contentsOf: raw) } else { XMLScanner.appendDecoded(raw, to: &current) }
                }
            }
        }
        return strings
    }

    func sheetText(_ part: Blob, name: String, strings: [String], styles: SpreadsheetStyles, headers: inout TextBuilder) throws -> TextSegment {
        var table = SheetTable(sheet: name, limit: textLimit)
        var row = 0, column = 0, nextColumn = 1
        var type = SpreadsheetStyles.CellType.number, style = 0
        var value: [UInt8] = []
        var inValue = false, inInline = false
        var printed: [UInt8]? // a printed header's or footer's text, while in one
        try xml.scan(part.bytes) { event in
            switch event {
            case .start(let tag):
                switch localName(tag.name) {
                case "row":
                    row = tag.number("r") ?? row + 1
                    nextColumn = 1
                case "c":
                    var reference: (row: Int, column: Int)?
                    var typeName: UnsafeRawBufferPointer?
                    style = 0
                    tag.forEachAttribute { name, value in // one pass over `r`, `s` and `t`
                        switch name {
                        case "r": reference = LocationMap.parseCell(value)
                        case "s": style = XMLScanner.number(value) ?? 0
                        case "t": typeName = value
                        default: break
                        }
                        return true
                    }
                    column = reference?.column ?? nextColumn
                    if let reference { row = reference.row }
                    type = SpreadsheetStyles.CellType(typeName)
                    value.removeAll(keepingCapacity: true)
                case "v": inValue = !tag.selfClosing
                case "is": inInline = true
                case "t": if inInline { inValue = !tag.selfClosing }
                case "oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter":
                    if !tag.selfClosing { printed = [] }
                default: break
                }
            case .end(let name):
                switch localName(name) {
                case "v", "t": inValue = false
                case "is": inInline = false
                case "oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter":
                    if let text = printed { Self.appendHeaderFooter(text, to: &headers) }
                    printed = nil
                case "c":
                    let rendered = SpreadsheetStyles.render(value, type: type, style: style, strings: strings, styles: styles)
                    guard !rendered.isEmpty else { break }
                    table.add(row: row, column: column, rendered)
                    nextColumn = column + 1
                default: break
                }
            case .text(let raw, let cdata):
                if inValue && value.count < 32_768 {
                    if cdata { value.append(contentsOf: raw) } else { XMLScanner.appendDecoded(raw, to: &value) }
                }
                if printed != nil && printed!.count < 4096 {
                    if cdata { printed!.append(contentsOf: raw) } else { XMLScanner.appendDecoded(raw, to: &printed!) }
                }
            }
        }
        return table.segment()
    }
}

import Foundation
