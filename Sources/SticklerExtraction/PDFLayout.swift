/// A PDF page's text read with where each character lies: spaces where poppler joined
/// characters that lie apart, and tables found from their rows and columns.
///
/// poppler's reading order loses a table: its cells come out joined (`HughesOlivia`),
/// one column after another, or the header on lines of its own, so a `Surname` or `DOB`
/// title is no longer context for its column. Here the page's characters are grouped into
/// phrases (characters of one line with no more than a word space between them), the
/// phrases into rows (by their vertical centre), and a row of two or more phrases followed
/// by rows whose phrases fall under its phrases is a table: that row its header, each
/// phrase the cell of the column it overlaps most. Tables go to segments of their own
/// (form-like: the first row counts as a header only if it reads as one); the rest of the
/// page stays in poppler's order.
struct PDFLayout {
    struct Box {
        var x1: Double, y1: Double, x2: Double, y2: Double
        var height: Double { y2 - y1 }
        var middle: Double { (y1 + y2) / 2 }
    }

    /// One character of poppler's text: its bytes there and its box on the page.
    struct Glyph {
        var start: Int
        var count: Int
        var box: Box
        var blank: Bool
    }

    /// Characters of one line with at most a word space between them: glyphs
    /// `first...last` (in poppler's order), their text with single spaces, their box.
    struct Phrase {
        var first: Int
        var last: Int
        var text: [UInt8]
        var box: Box
        /// The glyphs of the lines a cell's phrase joins (`bands`), when it joins more than one.
        var parts: [ClosedRange<Int>] = []
        var glyphRanges: [ClosedRange<Int>] { parts.isEmpty ? [first...last] : parts }
    }

    /// A table's rows (the first its header), each as (column, text) in column order, 1-based.
    typealias Table = [[(column: Int, text: String)]]

    let text: [UInt8]
    let glyphs: [Glyph]
    /// Characters per page read by their boxes (about 60 bytes each while a page is read).
    static let maximumGlyphs = 200_000

    /// `nil` when the boxes do not line up with the characters (the text is then kept as
    /// poppler gave it).
    init?(text: [UInt8], boxes: UnsafeBufferPointer<Box>) {
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(boxes.count)
        var index = 0
        while index < text.count {
            let lead = text[index]
            let width = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
            guard glyphs.count < boxes.count else { return nil }
            glyphs.append(Glyph(start: index, count: min(width, text.count - index), box: boxes[glyphs.count],
                                blank: lead == 32 || lead == 10 || lead == 9 || lead == 13))
            index += width
        }
        guard glyphs.count == boxes.count else { return nil }
        Self.turnUpright(&glyphs)
        self.text = text
        self.glyphs = glyphs
    }

    /// A page whose text runs up or down it (a landscape table drawn turned on a portrait
    /// page): its boxes turned so that the text runs left to right and its lines go down,
    /// so that its rows and columns are found as on any page. Turned only when four in five
    /// neighbouring characters of a word lie one above the other, the same way.
    static func turnUpright(_ glyphs: inout [Glyph]) {
        var up = 0, down = 0, across = 0
        for index in glyphs.indices.dropFirst() where !glyphs[index].blank && !glyphs[index - 1].blank {
            let a = glyphs[index - 1].box, b = glyphs[index].box
            let dx = (b.x1 + b.x2 - a.x1 - a.x2) / 2, dy = b.middle - a.middle
            if abs(dy) > abs(dx) { if dy < 0 { up += 1 } else { down += 1 } } else if dx != 0 { across += 1 }
        }
        let total = up + down + across
        guard total >= 8 else { return }
        if up * 5 >= total * 4 {
            // Running up the page: across is -y, down the lines is +x.
            for index in glyphs.indices {
                let box = glyphs[index].box
                glyphs[index].box = Box(x1: -box.y2, y1: box.x1, x2: -box.y1, y2: box.x2)
            }
        } else if down * 5 >= total * 4 {
            // Running down the page: across is +y, down the lines is -x.
            for index in glyphs.indices {
                let box = glyphs[index].box
                glyphs[index].box = Box(x1: box.y1, y1: -box.x2, x2: box.y2, y2: -box.x1)
            }
        }
    }

    /// Whether `next` follows `last` on the same line with more than a word space between.
    static func apart(_ last: Box, _ next: Box) -> Bool {
        guard sameLine(last, next) else { return false }
        return next.x1 - last.x2 > min(last.height, next.height) / 2
    }

    static func sameLine(_ a: Box, _ b: Box) -> Bool {
        min(a.height, b.height) > 0 && b.y1 < a.y2 && b.y2 > a.y1
    }

    /// The page's text without the glyphs in `excluded`, with a space wherever two characters
    /// of a line lie apart and a line break wherever poppler ran two lines together.
    func body(excluding excluded: [Bool]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.count + text.count / 8)
        var previous: Box?
        var run = 0 // start of the bytes not yet copied (copied in runs, not byte by byte)
        for (index, glyph) in glyphs.enumerated() {
            if excluded[index] {
                out += text[run..<glyph.start]
                run = glyph.start + glyph.count
                continue
            }
            if glyph.blank {
                previous = nil
            } else {
                if let last = previous, Self.apart(last, glyph.box) {
                    out += text[run..<glyph.start]
                    out.append(32)
                    run = glyph.start
                } else if let last = previous, min(last.height, glyph.box.height) > 0, !Self.sameLine(last, glyph.box) {
                    // poppler ran two lines together ("...Mr R BrearEmployee no 136357NI number"):
                    // the next character lies wholly above or below, so a line ends here.
                    out += text[run..<glyph.start]
                    out.append(10)
                    run = glyph.start
                }
                previous = glyph.box
            }
        }
        out += text[run..<text.count]
        return out
    }

    /// Whether the gap before `next` is one word space of a monospaced font: as wide as the
    /// characters either side, which are as wide as each other, and the blank between them
    /// (if poppler gave one) too. Courier's every character is 0.6 em, more than half its
    /// height, so that each word of a typed letter would otherwise lie apart from the next
    /// and its aligned lines read as a table of words; two spaces or more still part columns.
    static func monospacedSpace(_ last: Box, _ blank: Box?, _ next: Box) -> Bool {
        let width = last.x2 - last.x1
        guard width > 0 else { return false }
        func same(_ a: Double) -> Bool { abs(a - width) <= width * 0.05 }
        return same(next.x2 - next.x1) && same(next.x1 - last.x2) && blank.map { same($0.x2 - $0.x1) } ?? true
    }

    func phrases() -> [Phrase] {
        var phrases: [Phrase] = []
        var open = false // phrases.last is still being built
        var pendingSpace = false
        var blanks = 0, blankBox: Box?, lastGlyph: Box? // since the phrase's last character
        for (index, glyph) in glyphs.enumerated() {
            if glyph.blank {
                if open { pendingSpace = true }
                blanks += 1
                blankBox = glyph.box
                continue
            }
            defer { blanks = 0; blankBox = nil; lastGlyph = glyph.box }
            let bytes = text[glyph.start..<(glyph.start + glyph.count)]
            let last = phrases.count - 1
            if open, Self.sameLine(phrases[last].box, glyph.box), glyph.box.x1 >= phrases[last].box.x2 - 1,
               !Self.apart(phrases[last].box, glyph.box)
                || blanks <= 1 && lastGlyph.map { Self.monospacedSpace($0, blankBox, glyph.box) } ?? false {
                // Extended in place (a copy of the phrase would copy its text at each glyph).
                if pendingSpace { phrases[last].text.append(32) }
                phrases[last].text += bytes
                phrases[last].last = index
                phrases[last].box.x2 = max(phrases[last].box.x2, glyph.box.x2)
                phrases[last].box.y1 = min(phrases[last].box.y1, glyph.box.y1)
                phrases[last].box.y2 = max(phrases[last].box.y2, glyph.box.y2)
            } else {
                phrases.append(Phrase(first: index, last: index, text: Array(bytes), box: glyph.box))
                open = true
            }
            pendingSpace = false
        }
        return phrases.filter { $0.box.height > 0 }
    }

    /// Phrases grouped into rows by vertical centre, top to bottom, each left to right.
    static func rows(_ phrases: [Phrase]) -> [[Phrase]] {
        let sorted = phrases.sorted { ($0.box.middle, $0.box.x1) < ($1.box.middle, $1.box.x1) }
        var rows: [[Phrase]] = []
        for phrase in sorted {
            if let first = rows.last?.first, abs(phrase.box.middle - first.box.middle) <= min(first.box.height, phrase.box.height) * 0.4 {
                rows[rows.count - 1].append(phrase)
            } else {
                rows.append([phrase])
            }
        }
        return bands(rows.map { $0.sorted { $0.box.x1 < $1.box.x1 } })
    }

    /// Rows that overlap by a fifth of a line or more, one row: a table's cells centred
    /// vertically, where a cell of two lines ("Ciaran" over "Murphy", an NHS number's "219 870"
    /// over "2223") lies half a line above and below its row's one-line cells (lines of text
    /// never overlap so). In such a row, phrases one above the other in a column are one
    /// cell's, joined top to bottom.
    static func bands(_ rows: [[Phrase]]) -> [[Phrase]] {
        func top(_ row: [Phrase]) -> Double { row.map(\.box.y1).min() ?? 0 }
        func bottom(_ row: [Phrase]) -> Double { row.map(\.box.y2).max() ?? 0 }
        func height(_ row: [Phrase]) -> Double { row.map(\.box.height).min() ?? 0 }
        var bands: [[[Phrase]]] = []
        for row in rows {
            if let previous = bands.last?.last, min(bottom(previous), bottom(row)) - max(top(previous), top(row))
                >= 0.2 * min(height(previous), height(row)) {
                bands[bands.count - 1].append(row)
            } else {
                bands.append([row])
            }
        }
        return bands.map { band in band.count == 1 ? band[0] : joinedColumns(band.flatMap { $0 }) }
    }

    /// A band's phrases joined where they overlap horizontally (one cell's lines), top to bottom.
    static func joinedColumns(_ phrases: [Phrase]) -> [Phrase] {
        var groups: [[Phrase]] = []
        var right = -Double.infinity
        for phrase in phrases.sorted(by: { $0.box.x1 < $1.box.x1 }) {
            if !groups.isEmpty, phrase.box.x1 < right {
                groups[groups.count - 1].append(phrase)
                right = max(right, phrase.box.x2)
            } else {
                groups.append([phrase])
                right = phrase.box.x2
            }
        }
        return groups.map { group in
            let lines = group.sorted { ($0.box.y1, $0.box.x1) < ($1.box.y1, $1.box.x1) }
            guard lines.count > 1, var joined = lines.first else { return group[0] }
            joined.parts = joined.glyphRanges
            for line in lines.dropFirst() {
                joined.text.append(32)
                joined.text += line.text
                joined.box = Box(x1: min(joined.box.x1, line.box.x1), y1: min(joined.box.y1, line.box.y1),
                                 x2: max(joined.box.x2, line.box.x2), y2: max(joined.box.y2, line.box.y2))
                joined.first = min(joined.first, line.first)
                joined.last = max(joined.last, line.last)
                joined.parts += line.glyphRanges
            }
            return joined
        }
    }

    /// The page's tables and, per glyph, whether it belongs to one.
    func tables() -> (tables: [Table], inTable: [Bool]) {
        let rows = Self.rows(phrases())
        var tables: [Table] = []
        var inTable = [Bool](repeating: false, count: glyphs.count)
        var index = 0
        while index < rows.count {
            var header = rows[index]
            guard header.count >= 2, header.count <= 64, header.allSatisfy({ Self.words($0) <= Self.maximumCellWords * max(1, $0.parts.count) }) else {
                index += 1
                continue
            }
            // Titles wrapped onto a second line join it.
            var headerEnd = index
            if index + 1 < rows.count, Self.continuesTitles(header, rows[index + 1]) {
                header = Self.joinedColumns(header + rows[index + 1])
                headerEnd = index + 1
            }
            var table: Table = [header.enumerated().map { (column: $0.offset + 1, text: String(decoding: $0.element.text, as: UTF8.self)) }]
            var next = headerEnd + 1
            var above = rows[headerEnd]
            // (The first line of one phrase taken for a wrapped cell's: the table ends there
            // unless its lines are joined.)
            var firstWrapped: Int?
            while next < rows.count {
                var cells = Self.cells(rows[next], under: header, below: above)
                if cells == nil {
                    cells = Self.wrappedLine(rows[next], under: header, below: above)
                        ?? Self.wrappedLine(rows[next], under: header, following: rows[(next + 1)...].prefix(3), below: above)
                    if cells != nil, firstWrapped == nil { firstWrapped = next }
                }
                guard let cells else { break }
                table.append(cells)
                above = rows[next]
                next += 1
            }
            // Cells whose text wraps onto a second line ("Kyle" over "Richards" in a narrow
            // Name column) make a row of each line: the lines of one row, closer together than
            // rows are, are read as one.
            if table.count >= 3, let merged = Self.rowsJoiningWrappedLines(Array(rows[(headerEnd + 1)..<next]), under: header) {
                table = [table[0]] + merged
            } else if let firstWrapped {
                table.removeLast(next - firstWrapped)
                next = firstWrapped
            }
            // (A letter's strip of one pupil's details, "Name | Date of birth | NHS number | UPN"
            // over one row, is a table too when each of three titles or more has its cell: taken
            // for no table, its row was the header of the next one, "Address | Parent/carer |
            // Telephone | GP", and the NHS number under "Telephone" no NHS number.)
            let strip = table.count == 2 && header.count >= 3 && table[1].count == header.count
            guard table.count >= 3 || strip else { index += 1; continue }
            tables.append(table)
            for row in rows[index..<next] {
                for phrase in row {
                    for range in phrase.glyphRanges { for glyph in range { inTable[glyph] = true } }
                }
            }
            index = next
        }
        // Blanks between a table's glyphs belong to it too (no stray spaces left in the body).
        for glyph in glyphs.indices where glyphs[glyph].blank && glyph > 0 && inTable[glyph - 1] { inTable[glyph] = true }
        return (tables, inTable)
    }

    /// A table's body rows with the lines of a wrapped row joined, or nil when none is: where
    /// the gaps between lines fall into two sizes (a cell's lines at their leading, rows
    /// further apart: the sizes at least half a line apart, and two gaps or more, and one in
    /// eight, of the wider), lines at the narrower gap are one row, their cells' texts joined
    /// top to bottom. (A table of rows evenly spaced, or one with a section's gap, has one size:
    /// unchanged.)
    static func rowsJoiningWrappedLines(_ body: [[Phrase]], under header: [Phrase]) -> Table? {
        guard body.count >= 3 else { return nil }
        let gaps = (1..<body.count).map { line in
            (body[line].map(\.box.y1).min() ?? 0) - (body[line - 1].map(\.box.y2).max() ?? 0)
        }
        let height = body.flatMap { $0.map(\.box.height) }.min() ?? 0
        let sorted = gaps.sorted()
        guard height > 0, sorted.count >= 2 else { return nil }
        // The widest step between one gap and the next larger, if half a line or more.
        var jump = 0
        var widest = 0.5 * height
        for index in 1..<sorted.count {
            let step: Double = sorted[index] - sorted[index - 1]
            if step >= widest { widest = step; jump = index }
        }
        guard jump > 0 else { return nil }
        let wider = sorted.count - jump
        guard wider >= 2, wider * 8 >= sorted.count else { return nil }
        let narrowest = sorted[jump - 1]
        var groups: [[Phrase]] = [body[0]]
        for line in 1..<body.count {
            if gaps[line - 1] <= narrowest {
                groups[groups.count - 1] += body[line]
            } else {
                groups.append(body[line])
            }
        }
        guard groups.count < body.count else { return nil }
        var table: Table = []
        var above = header
        for group in groups {
            guard let cells = cells(group, under: header, below: above) ?? wrappedLine(group, under: header, below: above) else { return nil }
            table.append(cells)
            above = group
        }
        return table
    }

    /// A line of one phrase just under the row above, at a line's leading (less than half a
    /// line between): the rest of a cell's wrapped text ("warning" under "Fixed penalty").
    static func wrappedLine(_ row: [Phrase], under header: [Phrase], below above: [Phrase]) -> [(column: Int, text: String)]? {
        guard row.count == 1, let phrase = row.first, let bottom = above.map(\.box.y2).max(),
              phrase.box.y1 - bottom < 0.5 * phrase.box.height, words(phrase) <= maximumCellWords else { return nil }
        guard let best = column(of: phrase, under: header) else { return nil }
        return [(column: best + 1, text: String(decoding: phrase.text, as: UTF8.self))]
    }

    /// A line of one phrase that begins a row its next line continues at a line's leading
    /// ("Fixed" over "Abdirizak | penalty" over "Hersi | 8RB | … | warning").
    /// (Or a second such line before it: a cell of three lines, "Mr Sean" over "Murphy" over
    /// "07700 900316" beside a row's last line.)
    static func wrappedLine(_ row: [Phrase], under header: [Phrase], following: ArraySlice<[Phrase]>, below above: [Phrase]) -> [(column: Int, text: String)]? {
        guard let next = following.first, let phrase = row.first, let top = row.map(\.box.y1).min(), let bottom = above.map(\.box.y2).max(),
              top - bottom < 2.5 * phrase.box.height, let nextTop = next.map(\.box.y1).min(),
              nextTop - phrase.box.y2 < 0.5 * phrase.box.height else { return nil }
        guard cells(next, under: header, below: row) != nil
            || (next.count == 1 && wrappedLine(next, under: header, following: following.dropFirst(), below: row) != nil) else { return nil }
        return wrappedLine(row, under: header, below: [Phrase(first: 0, last: 0, text: [], box: Box(x1: 0, y1: 0, x2: 0, y2: top))])
    }

    /// Whether `next`, at a line's leading below `titles`, holds the rest of their wrapped
    /// titles ("Condition /" over "allergy", "Emergency" over "contact", beside "Name | DOB"):
    /// a title under each, and more titles than above (a first row of data under a header has
    /// as many).
    static func continuesTitles(_ titles: [Phrase], _ next: [Phrase]) -> Bool {
        guard let height = titles.map(\.box.height).min(), let bottom = titles.map(\.box.y2).max(),
              let top = next.map(\.box.y1).min(), top - bottom < 0.5 * height, next.count > titles.count else { return false }
        return titles.allSatisfy { title in
            next.contains { min($0.box.x2, title.box.x2) - max($0.box.x1, title.box.x1) > 0 }
        }
    }

    /// The header column (0-based) a phrase overlaps most, or nil if none.
    static func column(of phrase: Phrase, under header: [Phrase]) -> Int? {
        var best: Int?, bestScore = 0.0
        for (column, title) in header.enumerated() {
            let overlap = min(phrase.box.x2, title.box.x2) - max(phrase.box.x1, title.box.x1)
            if overlap > bestScore { best = column; bestScore = overlap }
        }
        return best
    }

    /// Words a cell may have: more make a line of prose.
    static let maximumCellWords = 6

    static func words(_ phrase: Phrase) -> Int { phrase.text.reduce(1) { $1 == 32 ? $0 + 1 : $0 } }

    /// A row's cells under the header's columns, or nil if the row does not continue the
    /// table: fewer than two phrases, a phrase of prose or under no column title, phrases in
    /// fewer than two columns, or too far below the row above.
    static func cells(_ row: [Phrase], under header: [Phrase], below above: [Phrase]) -> [(column: Int, text: String)]? {
        guard row.count >= 2, let top = row.map(\.box.y1).min(), let bottom = above.map(\.box.y2).max(),
              let height = row.map(\.box.height).min(), top - bottom < 2.5 * height else { return nil }
        var texts: [Int: [UInt8]] = [:]
        for phrase in row {
            // A line of prose is no cell (two columns of a newsletter line up as a table would).
            guard Self.words(phrase) <= maximumCellWords * max(1, phrase.parts.count) else { return nil }
            // A phrase under no column ends the table.
            guard let best = column(of: phrase, under: header) else { return nil }
            if texts[best + 1] != nil {
                texts[best + 1]!.append(32) // in place: a copy would copy the column's text per phrase
                texts[best + 1]! += phrase.text
            } else {
                texts[best + 1] = phrase.text
            }
        }
        guard texts.count >= 2 else { return nil }
        return texts.keys.sorted().map { (column: $0, text: String(decoding: texts[$0]!, as: UTF8.self)) }
    }
}
