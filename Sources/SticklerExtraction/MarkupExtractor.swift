/// Text from HTML and generic XML: tags stripped (block elements end a line, tables read
/// as tables), entities decoded (predefined, common HTML and numeric only), script and
/// style content dropped. Uses the same safe `XMLScanner` (no DTD, no external entities).
enum MarkupExtractor {
    /// The bytes as UTF-8, if they are not UTF-8 already and do not say they are (read as
    /// Windows-1252, as a page saved by Word or an old MIS declares itself); nil otherwise.
    static func fromWindows1252(_ bytes: UnsafeRawBufferPointer) -> [UInt8]? {
        guard bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var valid = true
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: break loop
            case .error: valid = false; break loop
            }
        }
        if valid { return nil }
        // A page that says it is UTF-8 keeps its stray byte ("Wójcik" is not read as "WÃ³jcik").
        let head = String(decoding: bytes.prefix(2048), as: UTF8.self).lowercased()
        if head.contains("charset=utf-8") || head.contains("charset=\"utf-8") { return nil }
        var converted: [UInt8] = []
        converted.reserveCapacity(bytes.count + bytes.count / 8)
        Windows1252.appendUTF8(bytes, to: &converted)
        return converted
    }

    /// Whether a script may hold the page's data, and whether it is JSON (`type="application/json"`)
    /// rather than a script (no type, JavaScript, a module); nil for a template's, and for the
    /// schema.org description a school's website gives of itself (`application/ld+json`: its
    /// switchboard and postcode, public, in every page of the site).
    static func dataScript(_ tag: XMLScanner.Tag) -> Bool? {
        guard let type = tag.attribute("type")?.lowercased() else { return false }
        if type.contains("ld+json") { return nil }
        if type.contains("json") { return true }
        return type.isEmpty || type.contains("javascript") || type == "module" ? false : nil
    }

    /// The values a script holds, as JSON's lines: a JSON script whole; in a script, each
    /// object or array assigned (`window.__INITIAL_STATE__ = {...}`, `var pupils = [...]`), as an
    /// MIS or a markbook saves its data in the page it renders (eight at most). Code is no data:
    /// reading stops at the first thing that is not JSON.
    static func scriptData(_ bytes: [UInt8], json: Bool, maxDepth: Int, limit: Int) throws -> [[UInt8]] {
        var starts: [Int] = []
        if json {
            if let first = bytes.firstIndex(where: { $0 == 123 || $0 == 91 }) { starts.append(first) }
        } else {
            var index = 0
            while index < bytes.count, starts.count < 8 {
                defer { index += 1 }
                guard bytes[index] == 61, index == 0 || ![61, 33, 60, 62].contains(bytes[index - 1]) else { continue } // "=", not "==", "!=", "<=", ">="
                var value = index + 1
                while value < bytes.count, bytes[value] == 32 || bytes[value] == 9 || bytes[value] == 10 || bytes[value] == 13 { value += 1 }
                if value < bytes.count, bytes[value] == 123 || bytes[value] == 91 { starts.append(value); index = value }
            }
        }
        var found: [[UInt8]] = [], total = 0
        for start in starts where total < limit {
            let values = try bytes.withUnsafeBytes { whole in
                try JSONExtractor.text(UnsafeRawBufferPointer(rebasing: whole[start...]), maxDepth: maxDepth, limit: limit - total, embedded: true)
            }
            if let values, !values.isEmpty {
                found.append(values)
                total += values.count
            }
        }
        return found
    }

    /// An image's `alt` and `title` and its file's name (not a `data:` URL's bytes), each
    /// 200 bytes at most.
    static func imageTexts(_ tag: XMLScanner.Tag) -> [UnsafeRawBufferPointer] {
        var values: [UnsafeRawBufferPointer] = []
        for wanted: StaticString in ["alt", "title"] {
            if let value = tag.rawAttribute(wanted), !value.isEmpty, value.count <= 200 { values.append(value) }
        }
        if let source = tag.rawAttribute("src"), !source.starts(with: "data:".utf8) {
            let path = source.prefix { $0 != 63 && $0 != 35 } // without a query or a fragment
            let name = path.lastIndex(of: 47).map { path[path.index(after: $0)...] } ?? path[...]
            if !name.isEmpty, name.count <= 200 { values.append(UnsafeRawBufferPointer(rebasing: name)) }
        }
        return values
    }

    /// An element's tooltip, 200 bytes at most (not OCR's hOCR, whose every word's title is
    /// its box: "bbox 112 80 190 104; x_wconf 96").
    static func tooltip(_ tag: XMLScanner.Tag) -> [UnsafeRawBufferPointer] {
        guard let title = tag.rawAttribute("title"), !title.isEmpty, title.count <= 200,
              !title.starts(with: "bbox".utf8), !title.starts(with: "image".utf8),
              tag.rawAttribute("class")?.starts(with: "ocr".utf8) != true else { return [] }
        return [title]
    }

    /// A filled-in form's field saved with the page: an `<input>`'s `value`, 200 bytes at most
    /// (not a button's, a password's, a box's or a slider's), read where it stands: "Child's
    /// name: <input value=\"Benjamin Achterberg-Lowe\">" (round 1987's trip consent form).
    static func inputValue(_ tag: XMLScanner.Tag) -> UnsafeRawBufferPointer? {
        guard !unreadInputTypes.contains(tag.attribute("type")?.lowercased() ?? "text"),
              let value = tag.rawAttribute("value"), !value.isEmpty, value.count <= 200 else { return nil }
        return value
    }

    static let unreadInputTypes: Set<String> = ["submit", "button", "reset", "password", "image", "file", "checkbox", "radio", "color", "range"]

    static let blocks: Set<String> = ["p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
                                      "section", "article", "header", "footer", "blockquote", "pre", "title", "dt", "dd"]

    /// The text into `text`; each top-level `<table>` becomes a form-like table of its own
    /// (`ReadingTable`, located by cell, `'table 1'!B3`) appended to `tables`, so that a class
    /// list pasted into an e-mail or saved as a web page gets its header row as column
    /// context. Closing tags HTML leaves out are tolerated.
    static func text(_ bytes: UnsafeRawBufferPointer, xml: XMLScanner, into text: inout TextBuilder,
                     tables: inout [TextSegment]) throws {
        var hidden = 0
        // The source's line at byte `counted`, for a text with a map of lines (a page's own
        // lines, so that a finding says where the file holds it).
        var line = 1, counted = 0
        func advance(to offset: Int) {
            while counted < min(offset, bytes.count) {
                if bytes[counted] == 10 { line += 1 }
                counted += 1
            }
        }
        var script: (json: Bool, bytes: [UInt8])? // a script that may hold a page's data
        var table = OutermostTable(limit: text.limit)
        // HTML is rarely well nested: depth is not tracked against its end tags, so give
        // the scanner a generous limit and count only what we need here.
        var lenient = XMLScanner(maxDepth: Int.max, budget: xml.budget)
        lenient.commentsAreText = true
        try lenient.scan(bytes) { event in
            switch event {
            case .start(let tag):
                let name = tag.name.lowercased()
                if (name == "script" || name == "style") && !tag.selfClosing {
                    hidden += 1
                    if name == "script", hidden == 1, let json = dataScript(tag) { script = (json, []) }
                }
                // A picture's description and file name are text a reader is given too: a blog
                // draft's "alt=\"Amara Okonkwo receiving her award\"", "src=\"IMG_4100_Amara_Okonkwo.jpg\"".
                // So is any element's tooltip: an absence calendar's "<span title=\"Gareth
                // Lloyd-Price – Sickness (stress)\">GLP</span>".
                if hidden == 0, name == "input", let value = inputValue(tag) {
                    if table.isOpen {
                        table.space()
                        table.append(value, cdata: false)
                    } else {
                        text.append(UInt8(32))
                        text.append(value, decode: true)
                    }
                }
                if hidden == 0 {
                    for value in name == "img" ? imageTexts(tag) : tooltip(tag) {
                        if table.isOpen {
                            table.space()
                            table.append(value, cdata: false)
                        } else {
                            text.newline()
                            text.append(value, decode: true)
                            text.newline()
                        }
                    }
                }
                if name == "table" && !tag.selfClosing {
                    table.open(number: tables.count + 1)
                } else if table.depth == 1 && name == "tr" {
                    table.startRow()
                } else if table.depth == 1 && (name == "td" || name == "th") {
                    table.startCell()
                    table.span(tag.number("colspan"))
                } else if table.isOpen {
                    if table.depth > 1 || blocks.contains(name) { table.space() }
                } else {
                    if name == "td" || name == "th" { text.append(9) } // a cell outside any table
                    if blocks.contains(name) { text.newline() }
                }
            case .end(let name):
                let lower = name.lowercased()
                if lower == "script" || lower == "style" { hidden = max(0, hidden - 1) }
                if lower == "script", hidden == 0, let data = script {
                    script = nil
                    for values in try scriptData(data.bytes, json: data.json, maxDepth: xml.maxDepth, limit: text.limit) {
                        text.newline()
                        text.append(values)
                        text.newline()
                    }
                }
                if lower == "table" && table.isOpen {
                    if let finished = table.close() { tables.append(finished) }
                } else if table.depth == 1 && (lower == "td" || lower == "th" || lower == "tr") {
                    table.endCell()
                } else if table.isOpen {
                    if blocks.contains(lower) { table.space() }
                } else if blocks.contains(lower) {
                    text.newline()
                }
            case .text(let raw, let cdata):
                if hidden > 0, script != nil, script!.bytes.count < text.limit { script!.bytes += raw }
                guard hidden == 0 else { break }
                if table.isOpen {
                    // (A cell's line: where its first text that is not blank is, in a page with a
                    // map of lines.)
                    var cellLine = 0
                    if text.map != nil, text.mapsLines, let base = bytes.baseAddress, let start = raw.baseAddress, start >= base,
                       let first = raw.firstIndex(where: { $0 > 32 }), start - base + first < bytes.count {
                        advance(to: start - base + first)
                        cellLine = line + text.lineOffset
                    }
                    table.append(raw, cdata: cdata, line: cellLine)
                    break
                }
                // The source's line breaks and indents between paragraphs are no text (a
                // letter's addressee over its street is two lines, not three).
                if raw.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 }) {
                    if let last = text.bytes.last, last != 10, last != 32 { text.append(32) }
                    break
                }
                guard text.map != nil, let base = bytes.baseAddress, let start = raw.baseAddress,
                      start >= base, start - base + raw.count <= bytes.count else {
                    text.append(raw, decode: !cdata)
                    break
                }
                // Line by line, each noted where it comes from (no entity spans a line break).
                let from = start - base
                advance(to: from)
                var lineStart = 0
                // (A text's own line break after a line already ended, "<br>\nShipley", makes no
                // blank line: an address block's lines stay together.)
                if text.bytes.last == 10 {
                    while lineStart < raw.count, [32, 9, 10, 13].contains(raw[lineStart]) {
                        if raw[lineStart] == 10 { line += 1 }
                        lineStart += 1
                    }
                }
                while lineStart < raw.count {
                    var end = lineStart
                    while end < raw.count, raw[end] != 10 { end += 1 }
                    if end < raw.count { end += 1 }
                    text.mark(line: line)
                    text.append(UnsafeRawBufferPointer(rebasing: raw[lineStart..<end]), decode: !cdata)
                    if raw[end - 1] == 10 { line += 1 }
                    lineStart = end
                }
                counted = from + raw.count
            }
        }
        if let finished = table.finish() { tables.append(finished) } // a table left open at the end still counts
    }
}
