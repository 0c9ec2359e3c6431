/// Text from HTML and generic XML: tags stripped (block elements end a line, table
/// cells a tab), entities decoded (predefined, common HTML and numeric only), script and
/// style content dropped. Uses the same safe `XMLScanner` (no DTD, no external entities).
enum MarkupExtractor {
    static let blocks: Set<String> = ["p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
                                      "section", "article", "header", "footer", "blockquote", "pre", "title", "dt", "dd"]

    static func text(_ bytes: UnsafeRawBufferPointer, xml: XMLScanner, into text: inout TextBuilder) throws {
        var hidden = 0
        // HTML is rarely well nested: depth is not tracked against its end tags, so give
        // the scanner a generous limit and count only what we need here.
        let lenient = XMLScanner(maxDepth: Int.max, budget: xml.budget)
        try lenient.scan(bytes) { event in
            switch event {
            case .start(let tag):
                let name = tag.name.lowercased()
                if (name == "script" || name == "style") && !tag.selfClosing { hidden += 1 }
                if name == "td" || name == "th" { text.append(9) }
                if blocks.contains(name) { text.newline() }
            case .end(let name):
                let lower = name.lowercased()
                if lower == "script" || lower == "style" { hidden = max(0, hidden - 1) }
                if blocks.contains(lower) { text.newline() }
            case .text(let raw, let cdata):
                if hidden == 0 { text.append(raw, decode: !cdata) }
            }
        }
    }
}
