/// A streaming tokenizer for delimited tables (RFC 4180 quoting). It remembers where each
/// cell starts, so a finding can be mapped to its column, finds the header row (the first
/// record with two or more cells), and hands over the text of cells in name columns.
struct TableTokenizer {
    struct Cell {
        var column: Int
        var from: Int
        var to: Int
        var text: String
        /// Where the cell begins on its line, in characters (a report in aligned columns).
        var place = 0
    }

    struct Row {
        var cells: [Cell]
        var isHeader: Bool
        /// A later section's header row ("Name | First Join | Email"): its titles are no one's.
        var startsSection = false
    }

    let delimiter: UInt8
    /// Set as soon as the header row ends: the first with two or more cells of which the
    /// rules know a title, or else the `headerRowsToTry`th with two or more cells.
    var header: TableHeader? {
        didSet { if let header { headers.append((from: headers.isEmpty ? 0 : sectionFrom, header: header)) } }
    }
    /// Each header with where it starts applying: a report of sections separated by blank
    /// lines (a Teams attendance report's summary, then its participants) has one for each.
    var headers: [(from: Int, header: TableHeader)] = []
    var sectionFrom = 0
    /// Whether a blank row came since the last row of two cells or more (a section may begin).
    var afterBlank = false
    /// Whether the line after the row being ended is a Markdown table's rule ("|---|---|"):
    /// the row is that table's header, whatever its titles.
    var beforeMarkdownRule = false
    /// A report in space-aligned columns: whether the last line was blank, and its header
    /// while notes under it are read as prose (`endsFixedWidthTable`).
    var fixedWidthBlank = false
    var suspendedHeader: TableHeader?
    var sectionsTried = 0
    /// Rows left in which a wider header may take over from a banner read as one (`replacesBanner`).
    var bannerRows = 0
    var headerRowsTried = 0
    /// The rows of two or more cells before the header is settled.
    var leadingRows: [[Cell]] = []
    static let headerRowsToTry = 4
    var processedTo = 0
    var inQuotes = false
    var column = 0
    var cellFrom = 0
    var cellHasText = false
    /// Whether the row being read holds anything but delimiters (a blank row begins a section).
    var rowHasText = false
    var cellText: [UInt8] = []
    var cells: [Cell] = []
    /// (global offset, column) of each cell start, for `column(at:)`.
    var cellStarts: [(offset: Int, column: Int)] = [(0, 0)]
    static let cellTextLimit = 128

    /// A form's table (a document's, not a data file's): every cell's text is kept, for a
    /// name written over a label row and a value row.
    var collectsAll = false

    /// A report in space-aligned columns (`FixedWidthLine.delimiter`): its current line, where
    /// that line begins, how much of it has its fields' starts recorded, the places of the
    /// header's titles once known, and the fields' starts before then.
    var fixedWidth: Bool { delimiter == FixedWidthLine.delimiter }
    var line: [UInt8] = []
    var lineStart = 0
    var lineRecorded = 0
    var columnPlaces: [Int] = []
    var pendingStarts: [(offset: Int, place: Int)] = []
    static let lineLimit = 4096

    init(delimiter: UInt8, collectsAll: Bool = false) {
        self.delimiter = delimiter
        self.collectsAll = collectsAll
    }

    /// Whether cells in `column` need their text: every cell until the header is known,
    /// afterwards only name columns (and a grid's, and roles').
    func collecting(_ column: Int) -> Bool {
        // (An organisations' table's rows are read whole: their contact details are lowered by row.)
        guard let header, !collectsAll, !afterBlank, bannerRows == 0, !header.namesOrganisations else { return true }
        return column < header.columns.count && (header.columns[column].columnDetector != nil || header.columns[column].grid
                                                  || header.roleColumns.contains(column))
    }

    /// Tokenizes up to global offset `upTo`, handing over each finished row. `resolve` turns
    /// the header row's titles into a `TableHeader` as soon as that row ends, so the rest of
    /// the same chunk collects the text of name columns only.
    mutating func consume(buffer: UnsafeRawBufferPointer, bufferStart: Int, upTo: Int, eof: Bool,
                          resolve: ([String]) -> TableHeader, row emit: (Row) -> Void) {
        if fixedWidth {
            consumeFixedWidth(buffer: buffer, bufferStart: bufferStart, upTo: upTo, eof: eof, resolve: resolve, row: emit)
            return
        }
        var index = max(processedTo, bufferStart) - bufferStart
        let end = upTo - bufferStart
        var collect = collecting(column)
        let delimiter = self.delimiter
        while index < end {
            if inQuotes {
                // A quoted run: everything up to the next quote is cell text.
                var next = index
                while next < end && buffer[next] != 34 { next += 1 }
                if collect { append(buffer, from: index, to: next) }
                if next == end { index = end; break }
                if next + 1 < buffer.count && buffer[next + 1] == 34 { // "" is a literal quote
                    if collect { append(buffer, from: next, to: next + 1) }
                    index = next + 2
                    continue
                }
                inQuotes = false
                index = next + 1
                continue
            }
            // An unquoted run of ordinary bytes, then the byte that ends it.
            let next = Self.nextSpecial(buffer, from: index, to: end, delimiter: delimiter)
            if next > index {
                cellHasText = true
                rowHasText = true
                if collect { append(buffer, from: index, to: next) }
            }
            if next == end { index = end; break }
            let byte = buffer[next]
            index = next + 1
            if byte == delimiter {
                endCell(at: bufferStart + next)
                column += 1
                cellFrom = bufferStart + index
                cellStarts.append((cellFrom, column))
                collect = collecting(column)
            } else if byte == 10 || (byte == 13 && (index >= buffer.count || buffer[index] != 10)) {
                // (A carriage return alone ends a row too, an old Mac's text; before a newline
                // it is dropped.)
                endCell(at: bufferStart + next)
                beforeMarkdownRule = delimiter == 124 && Self.markdownRule(buffer, from: index)
                endRow(resolve: resolve, emit)
                beforeMarkdownRule = false
                column = 0
                cellFrom = bufferStart + index
                cellStarts.append((cellFrom, 0))
                collect = collecting(0)
            } else if byte == 34 {
                if cellHasText { // a quote inside unquoted text is text
                    if collect { append(buffer, from: next, to: index) }
                } else {
                    inQuotes = true
                    cellHasText = true
                    rowHasText = true
                }
            } // a carriage return before a newline is dropped
        }
        processedTo = upTo
        if eof {
            endCell(at: upTo)
            endRow(resolve: resolve, emit)
            endTable(resolve: resolve, emit)
        }
    }

    /// At the end: a headerless table shorter than the rows tried for a header; else its
    /// rows as they are (a short form's label and value rows), with no header.
    mutating func endTable(resolve: ([String]) -> TableHeader, _ emit: (Row) -> Void) {
        if !settleHeaderless(resolve: resolve, emit) {
            for row in leadingRows { emit(Row(cells: row, isHeader: false)) }
            leadingRows = []
        }
    }

    /// `consume` for a report in space-aligned columns: line by line, each line's fields
    /// (see `FixedWidthLine`) its cells, in the column whose title begins where they do once
    /// the header is known.
    mutating func consumeFixedWidth(buffer: UnsafeRawBufferPointer, bufferStart: Int, upTo: Int, eof: Bool,
                                    resolve: ([String]) -> TableHeader, row emit: (Row) -> Void) {
        var index = max(processedTo, bufferStart) - bufferStart
        let end = upTo - bufferStart
        while index < end {
            var next = index
            while next < end && buffer[next] != 10 && buffer[next] != 13 { next += 1 }
            if next > index, line.count < Self.lineLimit {
                line.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[index..<min(next, index + Self.lineLimit - line.count)]))
            }
            if next == end { index = end; break }
            index = next + 1
            // A carriage return before a newline is dropped; alone, it ends the line.
            if buffer[next] == 13 && index < buffer.count && buffer[index] == 10 { continue }
            endLine(nextLineStart: bufferStart + index, resolve: resolve, emit)
        }
        processedTo = upTo
        if eof {
            if !line.isEmpty { endLine(nextLineStart: upTo, resolve: resolve, emit) }
            endTable(resolve: resolve, emit)
        } else {
            recordFieldStarts(FixedWidthLine.fields(line, columns: columnPlaces)) // a line the chunk ends in: its candidates need their columns
        }
    }

    /// Records where the current line's fields begin, those not recorded yet: in `cellStarts`
    /// once the columns are known, else until they are.
    mutating func recordFieldStarts(_ fields: [FixedWidthLine.Field]) {
        for field in fields where field.from >= lineRecorded {
            if columnPlaces.isEmpty {
                pendingStarts.append((lineStart + field.from, field.place))
            } else {
                cellStarts.append((lineStart + field.from, FixedWidthLine.column(at: field.place, columns: columnPlaces)))
            }
        }
        lineRecorded = line.count
    }

    mutating func endLine(nextLineStart: Int, resolve: ([String]) -> TableHeader, _ emit: (Row) -> Void) {
        // (A report's footer is no row: "SIMS.net  Attendance > Reports > Lates    Page 1 of 1"
        // put "Page" under "Forename", round 726's.)
        let fields = Self.isPageFooter(line) ? [] : FixedWidthLine.fields(line, columns: columnPlaces)
        recordFieldStarts(fields)
        for field in fields {
            let column = columnPlaces.isEmpty ? cells.count : FixedWidthLine.column(at: field.place, columns: columnPlaces)
            let text = String(decoding: line[field.from..<min(field.to, field.from + Self.cellTextLimit)], as: UTF8.self)
            if let last = cells.last, last.column == column { // two fields under one title
                cells[cells.count - 1].to = lineStart + field.to
                cells[cells.count - 1].text += " " + text
            } else {
                cells.append(Cell(column: column, from: lineStart + field.from, to: lineStart + field.to, text: text, place: field.place))
            }
        }
        endRow(resolve: resolve, emit)
        line.removeAll(keepingCapacity: true)
        lineStart = nextLineStart
        lineRecorded = 0
    }

    /// Whether a line holds "Page 3 of 12" (any case).
    static func isPageFooter(_ line: [UInt8]) -> Bool {
        var index = 0
        while index + 9 <= line.count {
            if line[index] | 0x20 == 112, line[index + 1] | 0x20 == 97, line[index + 2] | 0x20 == 103, line[index + 3] | 0x20 == 101,
               line[index + 4] == 32, index == 0 || line[index - 1] == 32 {
                var next = index + 5
                let digits = next
                while next < line.count, (48...57).contains(line[next]) { next += 1 }
                if next > digits, next + 4 < line.count, line[next] == 32, line[next + 1] | 0x20 == 111, line[next + 2] | 0x20 == 102,
                   line[next + 3] == 32, (48...57).contains(line[next + 4]) { return true }
            }
            index += 1
        }
        return false
    }

    /// Once a report's header is known (`row`, or the widest row of one without a header):
    /// its titles' places are the columns', and the rows read so far are placed in them.
    mutating func placeColumns(_ row: [Cell]) {
        guard fixedWidth, columnPlaces.isEmpty, !row.isEmpty else { return }
        columnPlaces = row.map(\.place)
        let places = columnPlaces
        leadingRows = leadingRows.map { cells in
            cells.map { cell in
                var cell = cell
                cell.column = FixedWidthLine.column(at: cell.place, columns: places)
                return cell
            }
        }
        cellStarts += pendingStarts.map { ($0.offset, FixedWidthLine.column(at: $0.place, columns: places)) }
        pendingStarts = []
    }

    /// The first delimiter, newline, quote or carriage return in `from..<end` (`end` if
    /// none), sixteen bytes at a time: prose sniffed as a table has long runs between them.
    @inline(__always)
    static func nextSpecial(_ buffer: UnsafeRawBufferPointer, from: Int, to end: Int, delimiter: UInt8) -> Int {
        var index = from
        let delimiters = SIMD16<UInt8>(repeating: delimiter), newlines = SIMD16<UInt8>(repeating: 10)
        let quotes = SIMD16<UInt8>(repeating: 34), returns = SIMD16<UInt8>(repeating: 13)
        while index + 16 <= end {
            let block = buffer.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
            if any((block .== delimiters) .| (block .== newlines) .| (block .== quotes) .| (block .== returns)) { break }
            index += 16
        }
        while index < end {
            let byte = buffer[index]
            if byte == delimiter || byte == 10 || byte == 34 || byte == 13 { return index }
            index += 1
        }
        return end
    }

    mutating func append(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) {
        let room = Self.cellTextLimit - cellText.count
        guard room > 0 else { return }
        cellText.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[from..<min(to, from + room)]))
    }

    mutating func endCell(at offset: Int) {
        if !cellText.isEmpty || collecting(column) {
            cells.append(Cell(column: column, from: cellFrom, to: offset, text: String(decoding: cellText, as: UTF8.self)))
            cellText.removeAll(keepingCapacity: true)
        }
        cellHasText = false
    }

    /// No row the rules know: the header is the first row of the most cells (a banner above
    /// it has fewer), and the rows after it are data; unless the rows read as a headerless export.
    mutating func settleWidest(resolve: ([String]) -> TableHeader, _ emit: (Row) -> Void) {
        if settleHeaderless(resolve: resolve, emit) { return }
        let counts = leadingRows.map { row in row.filter { !Self.isBlank($0.text.trimmingCharacters(in: .whitespaces)) }.count }
        let first = counts.firstIndex(of: counts.max() ?? 0) ?? leadingRows.count - 1
        header = resolve(leadingRows[first].map { $0.text.trimmingCharacters(in: .whitespaces) })
        placeColumns(leadingRows[first])
        for row in leadingRows[...first] { emit(Row(cells: row, isHeader: true)) }
        for row in leadingRows[(first + 1)...] { emit(Row(cells: row, isHeader: false)) }
        leadingRows = []
    }

    /// A line before a report's header is known. The header is the line of titles whose
    /// places the next line's fields take (a banner above it, "HARROWDEN PARK SCHOOL - YEAR
    /// 10   01/09/2024 - 07/03/2025", does not line up so, whatever words it holds); failing
    /// that within the first lines, as in a delimited table.
    mutating func endLeadingLine(resolve: ([String]) -> TableHeader, _ emit: (Row) -> Void) {
        let titles = cells.map { CellText.trimmed($0.text) }
        guard titles.filter({ !Self.isBlank($0) }).count >= 2 else { return }
        // (Not a report's parameters under its banner, whatever their places: "PERIOD: … THRESHOLD: …".)
        if let last = leadingRows.last, last.count >= 3, !Self.readsAsParameters(titles),
           FixedWidthLine.aligned(cells.map(\.place), under: last.map(\.place))
            || FixedWidthLine.alignedToWords(cells.map(\.place), under: Self.wordPlaces(last))
            || FixedWidthLine.alignedUnderWords(cells.map(\.place), titles: last.map(\.place), words: Self.wordPlaces(last)) {
            let previous = Self.splitTitles(last, at: cells.map(\.place))
            let previousTitles = previous.map { CellText.trimmed($0.text) }
            if previousTitles.allSatisfy(FixedWidthLine.readsAsTitle), !Self.readsAsRecord(previousTitles) {
                for row in leadingRows.dropLast() { emit(Row(cells: row, isHeader: true)) }
                leadingRows = []
                header = resolve(previousTitles)
                placeColumns(previous)
                emit(Row(cells: previous, isHeader: true))
                let places = columnPlaces
                // (The row split at the columns' places too: a value that fills its column stands
                // one space from the next, "M330058911060 OKONKWO" under "UPN" and "SURNAME".)
                cells = Self.splitTitles(cells, at: places)
                for index in cells.indices { cells[index].column = FixedWidthLine.column(at: cells[index].place, columns: places) }
                // (Its fields' starts again at the columns' places: read before they were known, a
                // value that fills its column ran into the next, "133-674-6326 17/12/2006", and the
                // date was taken for the UCAS number's column.)
                if lineRecorded > 0 {
                    let start = lineStart
                    cellStarts.removeAll { $0.offset >= start }
                    cellStarts += FixedWidthLine.fields(line, columns: places).map { (start + $0.from, FixedWidthLine.column(at: $0.place, columns: places)) }
                }
                emit(Row(cells: cells, isHeader: false))
                return
            }
        }
        leadingRows.append(cells)
        headerRowsTried += 1
        if headerRowsTried >= 2 * Self.headerRowsToTry { settleWidest(resolve: resolve, emit) }
    }

    /// The places where the words of a row's cells begin (a title's words one space apart).
    static func wordPlaces(_ cells: [Cell]) -> [Int] {
        cells.flatMap { cell -> [Int] in
            let characters = Array(cell.text)
            return [cell.place] + characters.indices.dropFirst().filter { characters[$0 - 1] == " " && characters[$0] != " " }.map { cell.place + $0 }
        }
    }

    /// A report's titles split where the first line under them begins a field after a single
    /// space inside a title: a title as wide as its column leaves one space before the next
    /// ("Cand No Candidate Name", over "4053    HOLROYD Kieran", is "Cand No" and "Candidate Name").
    static func splitTitles(_ titles: [Cell], at places: [Int]) -> [Cell] {
        var split: [Cell] = []
        for title in titles {
            let characters = Array(title.text)
            var start = 0 // in characters of the title
            for place in places where place > title.place + start && place < title.place + characters.count {
                let at = place - title.place
                guard characters[at - 1] == " ", characters[at] != " ", at - 1 > start else { continue }
                let head = String(characters[start..<(at - 1)])
                let from = title.from + String(characters[..<start]).utf8.count
                split.append(Cell(column: title.column, from: from, to: from + head.utf8.count, text: head, place: title.place + start))
                start = at
            }
            if start == 0 { split.append(title); continue }
            let tail = String(characters[start...])
            let from = title.from + String(characters[..<start]).utf8.count
            split.append(Cell(column: title.column, from: from, to: title.to, text: tail, place: title.place + start))
        }
        for index in split.indices { split[index].column = index }
        return split
    }

    mutating func endRow(resolve: ([String]) -> TableHeader, _ emit: (Row) -> Void) {
        defer { cells.removeAll(keepingCapacity: true); rowHasText = false }
        if header == nil && fixedWidth {
            endLeadingLine(resolve: resolve, emit)
            return
        }
        if fixedWidth, !endsFixedWidthTable(resolve: resolve) { return }
        if header == nil {
            let titles = cells.map { $0.text.trimmingCharacters(in: .whitespaces) }
            // (A blank form's "Child's name | ________" is a label and its field, not two titles;
            // nor is its "Pupil name: | | DOB: |" a header over the risk table below it.)
            let filled = titles.filter { !Self.isBlank($0) }
            // A Markdown table whose header row is empty ("| | |" over "|---|---|") is a form's
            // labels and values ("| **Child** | Cerys Pryce-Morgan |"): no row under it is a header.
            if delimiter == 124, filled.isEmpty, cells.count >= 3, leadingRows.isEmpty, headerRowsTried == 0,
               cells.contains(where: { !$0.text.isEmpty }) {
                header = resolve(titles)
                emit(Row(cells: cells, isHeader: true))
                return
            }
            if filled.count >= 2, !filled.allSatisfy({ $0.hasSuffix(":") }) {
                // A banner or title row above the header ("Autumn 1 | | Autumn 2", "Year 9
                // Points Summary | Printed: 01/10/2024"), of which the rules know no title, is
                // passed over for a later one they know, within the first few rows.
                let candidate = resolve(titles)
                headerRowsTried += 1
                leadingRows.append(cells)
                // A record ("PATRON|210408|MOYO|Hamza|…|STUDENT") is no header, whatever its cells' words;
                // nor is an export's banner of labels and their values ("SEEMiS Click+Go Export,…,Report:
                // Class List with Contact Details,Run by: kmacl,Run date: 19/09/2024", round 736's).
                // (Nor a numbered list's row: "1 | Looked after / previously looked after children" under an
                // admissions policy's "Code | Oversubscription criterion", round 2319's waiting list.)
                let numbered = titles.first.map { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isNumber) } ?? false
                let known = candidate.columns.contains(where: \.isKnown) && !Self.readsAsRecord(titles) && !Self.readsAsBanner(filled)
                    && !numbered
                guard known || headerRowsTried >= Self.headerRowsToTry else { return }
                // A row the rules know a title in, below an earlier row as wide (a banner is
                // narrower), is a data row and the earlier row its header ("Date of birth of the
                // pupil" under "Trigger", a rota's "Gap student" under "Mon | Tue", a report
                // definition's "Legal Surname" under "Caption"), unless it has two titles or
                // more the rules know and the earlier row holds figures: a markbook's "Autumn 1 |
                // Autumn 2" over "Surname | Forename".
                let width = titles.filter { !Self.isBlank($0) }.count
                let knownTitles = candidate.columns.filter(\.isKnown)
                let readsAsData = Set(knownTitles.map(\.title)).count == 1 || knownTitles.allSatisfy { $0.title.split(separator: " ").count >= 4 }
                if known, width >= 3, let earlier = leadingRows.dropLast().firstIndex(where: { row in
                    let texts = row.map { $0.text.trimmingCharacters(in: .whitespaces) }
                    return texts.filter { !Self.isBlank($0) }.count >= width && !Self.readsAsRecord(texts)
                        && (readsAsData || !texts.contains { $0.contains(where: \.isNumber) })
                }) {
                    for row in leadingRows[...earlier] { emit(Row(cells: row, isHeader: true)) }
                    header = resolve(leadingRows[earlier].map { $0.text.trimmingCharacters(in: .whitespaces) })
                    placeColumns(leadingRows[earlier])
                    for row in leadingRows[(earlier + 1)...] { emit(Row(cells: row, isHeader: false)) }
                    leadingRows = []
                    return
                }
                if !known {
                    settleWidest(resolve: resolve, emit)
                    return
                }
                // (The rows passed over go by as header rows: no column reads them, a form's
                // label and value do.)
                for row in leadingRows.dropLast() { emit(Row(cells: row, isHeader: true)) }
                leadingRows = []
                header = candidate
                bannerRows = width <= 3 ? 3 : 0
                placeColumns(cells)
                emit(Row(cells: cells, isHeader: true))
            }
            return
        }
        if !fixedWidth, bannerRows > 0 {
            bannerRows -= 1
            if rowHasText, replacesBanner(resolve: resolve) {
                emit(Row(cells: cells, isHeader: true, startsSection: true))
                return
            }
        }
        if !fixedWidth, startsSection(resolve: resolve) {
            emit(Row(cells: cells, isHeader: true, startsSection: true))
            return
        }
        if !cells.isEmpty { emit(Row(cells: cells, isHeader: false)) }
    }

    /// Whether a row's filled cells are mostly a label and its value ("Report: Class List",
    /// "Run by: kmacl"): two or more, half of them or more.
    static func readsAsBanner(_ filled: [String]) -> Bool {
        let labelled = filled.filter { cell in
            guard let colon = cell.firstIndex(of: ":"), cell.index(after: colon) < cell.endIndex else { return false }
            return cell[cell.index(after: colon)] == " " && cell.distance(from: colon, to: cell.endIndex) > 2
        }.count
        return labelled >= 2 && labelled * 2 >= filled.count
    }

    /// In a report in space-aligned columns, whether the current line is one of its rows. After
    /// a blank line, a line whose fields do not line up under the titles ends the report: the
    /// notes typed under it ("Home contact for absence on exam day:", "Kerr - 0131 496 0732")
    /// are prose, under no column (whose title, "DOB", would veto a phone number). A later
    /// line that lines up again (the next form's rows under a heading) resumes it.
    mutating func endsFixedWidthTable(resolve: ([String]) -> TableHeader) -> Bool {
        guard let first = cells.first else { fixedWidthBlank = true; return false }
        defer { fixedWidthBlank = false }
        // (Its fields as two spaces or a tab set them apart: a note's words split at the
        // columns' places would line up by construction.)
        let places = FixedWidthLine.fields(line).map(\.place)
        let aligned = places.count >= 2 && FixedWidthLine.aligned(places, under: columnPlaces)
        if let table = suspendedHeader {
            guard aligned else { return false }
            suspendedHeader = nil
            sectionFrom = first.from
            header = table
            return true
        }
        guard fixedWidthBlank, !aligned, let table = header else { return true }
        suspendedHeader = table
        sectionFrom = first.from
        header = resolve([])
        return false
    }

    /// Whether the line at `from` is a Markdown table's rule: bars, dashes, colons and spaces,
    /// three dashes at least ("|---|:---:|", "| --- | --- |").
    static func markdownRule(_ buffer: UnsafeRawBufferPointer, from: Int) -> Bool {
        var index = from, dashes = 0, bars = 0
        while index < buffer.count, index - from < 512 {
            switch buffer[index] {
            case 45: dashes += 1
            case 124: bars += 1
            case 58, 32, 9, 13: break
            case 10: return dashes >= 3 && bars >= 1
            default: return false
            }
            index += 1
        }
        return false
    }

    /// Whether the current row, after a blank row (and perhaps a section's title on a row of
    /// its own, "2. Participants"), is a new section's header: two titles or more the rules
    /// know, no record's values, no value's digits. Then it is the header from here on.
    mutating func startsSection(resolve: ([String]) -> TableHeader) -> Bool {
        guard rowHasText else { afterBlank = sectionsTried < Self.sectionsToTry; return false }
        // (Or a second Markdown table's header, its rule under it, whatever its titles: "| Risk |
        // Likelihood | Severity |" under a class list's "| Surname | Forename |", round 813's DPIA.)
        guard afterBlank || beforeMarkdownRule, cells.count >= 2 else { return false }
        let titles = cells.map { CellText.trimmed($0.text) }
        guard titles.filter({ !Self.isBlank($0) }).count >= 2 else { return false }
        afterBlank = false
        if !beforeMarkdownRule { sectionsTried += 1 } // (a document of paragraphs read as a table tries a few, then no more)
        guard beforeMarkdownRule || titles.allSatisfy({ $0.utf8.count <= 64 }), !Self.readsAsRecord(titles),
              !titles.contains(where: TableHeader.holdsValueDigits) else { return false }
        let candidate = resolve(titles)
        guard beforeMarkdownRule || candidate.columns.filter(\.isKnown).count >= 2 else { return false }
        sectionFrom = cells.first?.from ?? processedTo
        header = candidate
        return true
    }

    static let sectionsToTry = 16

    /// Whether the current row, within three rows of a header of three titles or fewer, is
    /// the table's real header and that one its banner: twice as wide (four titles at least),
    /// three titles or more the rules know, no record's values. A single central record's
    /// "SINGLE CENTRAL RECORD - STAFF | Brookfield Academy | Last updated 12/04/2024" reads as a
    /// header of staff; its "Surname | Forename | DOB | … | s128 check | DBS certificate no."
    /// row under it is the header. (With no blank row between, and a title's digits allowed:
    /// "s128 check".)
    mutating func replacesBanner(resolve: ([String]) -> TableHeader) -> Bool {
        guard let banner = header else { return false }
        let titles = cells.map { CellText.trimmed($0.text) }
        let width = titles.filter { !Self.isBlank($0) }.count
        let bannerWidth = banner.columns.filter { !Self.isBlank($0.title) }.count
        guard width >= max(4, 2 * bannerWidth), titles.allSatisfy({ $0.utf8.count <= 64 }), !Self.readsAsRecord(titles),
              titles.filter(TableHeader.holdsValueDigits).count * 4 <= width else { return false }
        let candidate = resolve(titles)
        guard candidate.columns.filter(\.isKnown).count >= 3 else { return false }
        sectionFrom = cells.first?.from ?? processedTo
        header = candidate
        bannerRows = 0
        return true
    }

    /// The header in effect at global `offset` (a later section's from its header row on).
    func header(at offset: Int) -> TableHeader? {
        sectionIndex(at: offset).map { headers[$0].header }
    }

    /// Where the section in effect at `offset` starts (a key for what is worked out once a
    /// section), and two of its header's flags, without a copy of the header.
    func section(at offset: Int) -> (from: Int, holdsBirthDates: Bool, timeline: Bool)? {
        sectionIndex(at: offset).map { (headers[$0].from, headers[$0].header.holdsBirthDates, headers[$0].header.timeline) }
    }

    private func sectionIndex(at offset: Int) -> Int? {
        guard !headers.isEmpty else { return nil }
        // The last whose section starts at or before `offset` (they are in order; the first
        // holds from the start): a dense export has hundreds, and every cell asks.
        var low = 1, high = headers.count
        while low < high {
            let middle = (low + high) / 2
            if headers[middle].from > offset { high = middle } else { low = middle + 1 }
        }
        return low - 1
    }

    /// A headerless export ("20451|Kowalczyk|Amelia|F|14/03/2013"): when no row of the first
    /// few has a title the rules know, columns whose cells read as given names, with surnames
    /// beside them, or as full names, are taken for name columns, and every row is data.
    /// Whether it settled the header so.
    mutating func settleHeaderless(resolve: ([String]) -> TableHeader, _ emit: (Row) -> Void) -> Bool {
        guard header == nil, let titles = Self.inferredTitles(leadingRows) else { return false }
        header = resolve(titles)
        placeColumns(leadingRows.max { $0.count < $1.count } ?? [])
        for row in leadingRows { emit(Row(cells: row, isHeader: false)) }
        leadingRows = []
        return true
    }

    /// The column of the cell holding global `offset`, if known.
    func column(at offset: Int) -> Int? {
        var low = 0, high = cellStarts.count - 1
        guard high >= 0, cellStarts[0].offset <= offset else { return nil }
        while low < high {
            let mid = (low + high + 1) / 2
            if cellStarts[mid].offset <= offset { low = mid } else { high = mid - 1 }
        }
        return cellStarts[low].column
    }

    /// Forgets cell starts that no later candidate can need.
    mutating func trim(before offset: Int) {
        guard let keep = cellStarts.lastIndex(where: { $0.offset <= offset }), keep > 0 else { return }
        cellStarts.removeFirst(keep)
    }
}

import Foundation
import SticklerCore
