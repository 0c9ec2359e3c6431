/// A database dump written as SQL (`mysqldump`, `pg_dump`, SQLite's `.dump`, a SQL Server
/// script), named `.sql`: each table's rows read as a table under its column names
/// (`pupils!C4`, on the dump's line 19), as an SQLite file's are, so that a `dob` or `surname`
/// column gives context as a spreadsheet's header does. Read as text, "INSERT INTO `pupils`
/// VALUES (1,NULL,'Kacper','Wiśniewski','2013-05-14',7,...)" gave a name only where a pattern
/// knew its shape.
///
/// The names come from the INSERT's own column list, else from the table's CREATE TABLE; rows
/// come from INSERT's VALUES (MySQL's backslash escapes, SQL's doubled quotes, `N'...'`, NULL)
/// and from `COPY ... FROM stdin` (tab-separated, `\N` for NULL). Everything else, and the
/// rows of a table whose columns are not named, stays as text with its lines. A dump with no
/// rows to read so is read as plain text. Bounded by the text limit and the time budget.
enum SQLDumpExtractor {
    /// Whether a text is read as a dump: UTF-8, named `.sql`, its size within `limit` (a stream's
    /// unknown size, `.max`, is not).
    static func reads(_ kind: ContentKind, path: String, size: Int, limit: Int) -> Bool {
        guard kind == .utf8, size <= limit else { return false }
        let name = path.split(separator: "!").last?.split(separator: "/").last ?? Substring(path)
        return name.lowercased().hasSuffix(".sql")
    }

    /// A table's rows as they are read: its sheet (row 1 its column names) and its last row.
    struct Table {
        var sheet: SheetTable
        var row = 1

        init(name: String, columns: [String], limit: Int) {
            sheet = SheetTable(sheet: name, limit: limit)
            for (index, column) in columns.enumerated() { sheet.add(row: 1, column: index + 1, column) }
        }

        mutating func add(_ values: [SQLReader.Value]) {
            guard !sheet.text.full else { return }
            row += 1
            for (index, value) in values.enumerated() where !value.text.isEmpty {
                sheet.add(row: row, column: index + 1, value.text, line: value.line)
            }
        }
    }

    /// The rest of the dump's text (its lines mapped) and its tables, in the order they first
    /// have rows; nil when no table's rows could be read under named columns.
    static func segments(_ bytes: UnsafeRawBufferPointer, limit: Int, budget: ExtractionBudget) throws -> [TextSegment]? {
        var reader = SQLReader(bytes: bytes)
        var columns: [String: [String]] = [:]
        var tables: [String: Table] = [:], order: [String] = []
        var excluded: [Range<Int>] = []
        var statements = 0
        /// Reads a table's rows, one from `next` at a time, under `names` (its first rows open it).
        func read(_ name: String, _ names: [String], _ next: () -> [SQLReader.Value]?) throws {
            let key = name.lowercased()
            if tables[key] == nil {
                tables[key] = Table(name: name, columns: names, limit: limit)
                order.append(key)
            }
            var rows = 0
            while let values = next() {
                rows += 1
                if rows % 1024 == 0 { try budget.checkTime() }
                tables[key]!.add(values)
            }
        }
        while true {
            reader.skipSpaceAndComments()
            guard reader.position < bytes.count else { break }
            statements += 1
            if statements % 256 == 0 { try budget.checkTime() }
            let start = reader.position
            switch reader.word() {
            case "CREATE":
                if let (table, names) = reader.createTable(), !names.isEmpty { columns[table.lowercased()] = names }
                reader.skipStatement()
            case "INSERT", "REPLACE":
                guard let insert = reader.insertHead(), let names = insert.columns ?? columns[insert.table.lowercased()] else {
                    reader.skipStatement()
                    continue
                }
                // Its tuples, a comma between each.
                var first = true
                try read(insert.table, names) {
                    if !first && !reader.comma() { return nil }
                    first = false
                    return reader.tuple()
                }
                reader.endInsert()
                excluded.append(start..<reader.position)
            case "COPY":
                guard let copy = reader.copyHead(), let names = copy.columns ?? columns[copy.table.lowercased()] else {
                    reader.skipStatement()
                    continue
                }
                try read(copy.table, names) { reader.copyLine() }
                excluded.append(start..<reader.position)
            default:
                reader.skipStatement()
            }
        }
        guard !order.isEmpty else { return nil }
        // The rest: the text between the tables' statements, a line at a time, each line noted
        // where it begins.
        var rest = TextBuilder(limit: limit, map: LocationMap(.lines))
        var line = 1, position = 0
        for range in excluded + [bytes.count..<bytes.count] {
            while position < range.lowerBound, !rest.full {
                var end = position
                while end < range.lowerBound, bytes[end] != 10 { end += 1 }
                if end < range.lowerBound { end += 1 } // with its line break
                rest.mark(line: line)
                rest.append(UnsafeRawBufferPointer(rebasing: bytes[position..<end]), decode: false)
                if bytes[end - 1] == 10 { line += 1 }
                position = end
            }
            line += bytes[range].reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
            position = range.upperBound
            rest.newline()
        }
        return try [rest.segment()] + order.map { name in
            try budget.expand(tables[name]!.sheet.text.bytes.count)
            return tables[name]!.sheet.segment()
        }
    }
}

/// Reads SQL statements over a dump's bytes: words, identifiers, quoted strings and the
/// statement's end, counting lines.
struct SQLReader {
    let bytes: UnsafeRawBufferPointer
    var position = 0
    var line = 1
    /// MySQL's dumps escape a quote as `\'`; standard SQL's strings take a backslash as itself.
    let backslashEscapes: Bool

    struct Value { var text: String; var line: Int }

    init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
        let head = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[..<min(bytes.count, 4096)]), as: UTF8.self)
        backslashEscapes = head.contains("MySQL") || head.contains("MariaDB") || head.contains("`")
    }

    private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    private func peek(_ offset: Int) -> UInt8? { position + offset < bytes.count ? bytes[position + offset] : nil }

    private mutating func advance() {
        if bytes[position] == 10 { line += 1 }
        position += 1
    }

    mutating func skipSpaceAndComments() {
        while let byte = current {
            if byte == 32 || byte == 9 || byte == 10 || byte == 13 {
                advance()
            } else if !skipComment(hash: true) {
                return
            }
        }
    }

    /// Past a comment here ("-- …" to the line's end, "/* … */", and MySQL's "# …" where
    /// `hash`), if one begins here.
    private mutating func skipComment(hash: Bool) -> Bool {
        if current == 45 && peek(1) == 45 || hash && current == 35 {
            while let next = current, next != 10 { _ = next; advance() }
            return true
        }
        guard current == 47, peek(1) == 42 else { return false }
        advance(); advance()
        while current != nil, !(current == 42 && peek(1) == 47) { advance() }
        if current != nil { advance(); advance() }
        return true
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (65...90).contains(byte) || (97...122).contains(byte) || (48...57).contains(byte) || byte == 95 || byte == 36 || byte >= 0x80
    }

    /// A bare word, upper-cased (nil if none here).
    mutating func word() -> String? {
        skipSpaceAndComments()
        let start = position
        while let byte = current, Self.isWordByte(byte) { advance() }
        guard position > start else { return nil }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self).uppercased()
    }

    /// An identifier, bare or quoted (`` `x` ``, `"x"`, `[x]`), qualified or not: its last part.
    mutating func identifier() -> String? {
        var last: String?
        repeat {
            skipSpaceAndComments()
            guard let byte = current else { return last }
            if byte == 96 || byte == 34 || byte == 91 {
                let close: UInt8 = byte == 91 ? 93 : byte
                advance()
                var text: [UInt8] = []
                while let next = current {
                    advance()
                    if next == close {
                        if close != 93, current == close { text.append(close); advance(); continue }
                        break
                    }
                    text.append(next)
                }
                last = String(decoding: text, as: UTF8.self)
            } else if Self.isWordByte(byte) {
                let start = position
                while let next = current, Self.isWordByte(next) { advance() }
                last = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
            } else {
                return last
            }
            guard current == 46 else { return last }
            advance() // "schema.table"
        } while true
    }

    /// After CREATE: a table's name and its columns' names (nil when no table is created).
    mutating func createTable() -> (String, [String])? {
        var found = false
        for _ in 0..<4 {
            guard let word = word() else { return nil }
            if word == "TABLE" { found = true; break }
        }
        guard found else { return nil }
        let mark = position, markLine = line
        if word() == "IF" { _ = word(); _ = word() } else { position = mark; line = markLine }
        guard let table = identifier() else { return nil }
        skipSpaceAndComments()
        guard current == 40 else { return (table, []) }
        advance()
        var names: [String] = []
        let constraints: Set<String> = ["PRIMARY", "KEY", "UNIQUE", "CONSTRAINT", "INDEX", "FOREIGN", "CHECK", "FULLTEXT", "SPATIAL", "EXCLUDE", "LIKE", "PERIOD"]
        while current != nil {
            skipSpaceAndComments()
            let start = position
            if let name = identifier(), !name.isEmpty {
                let quoted = bytes[start] == 96 || bytes[start] == 34 || bytes[start] == 91
                if quoted || !constraints.contains(name.uppercased()) { names.append(name) }
            }
            // To the item's end: a comma or the closing bracket, past nested brackets and strings.
            var depth = 0
            while let byte = current {
                if byte == 39 { _ = string(); continue }
                if byte == 40 { depth += 1 } else if byte == 41 {
                    if depth == 0 { break }
                    depth -= 1
                } else if byte == 44, depth == 0 { break }
                advance()
            }
            guard let end = current else { break }
            advance()
            if end == 41 { break }
        }
        return (table, names)
    }

    /// A statement's list of columns in brackets, "(id, forename)": its names; `.some(nil)` when
    /// no bracket is here; nil when the list is not closed.
    mutating func columnList() -> [String]?? {
        skipSpaceAndComments()
        guard current == 40 else { return .some(nil) }
        advance()
        var names: [String] = []
        while let name = identifier() {
            names.append(name)
            skipSpaceAndComments()
            if current == 44 { advance() } else { break }
        }
        skipSpaceAndComments()
        guard current == 41 else { return nil }
        advance()
        return names
    }

    /// After INSERT or REPLACE: the table, its column list if given, up to VALUES' first tuple.
    mutating func insertHead() -> (table: String, columns: [String]?)? {
        for _ in 0..<4 {
            let mark = position, markLine = line
            guard let word = word() else { break }
            if ["INTO", "IGNORE", "LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "OR"].contains(word) { continue }
            if word == "REPLACE" || word == "ABORT" || word == "ROLLBACK" { continue } // "INSERT OR REPLACE INTO"
            position = mark; line = markLine
            break
        }
        guard let table = identifier() else { return nil }
        guard let columns = columnList() else { return nil }
        guard let values = word(), values == "VALUES" || values == "VALUE" else { return nil }
        return (table, columns)
    }

    /// A tuple of values, "(1,'Kacper',NULL)", or nil when none is here.
    mutating func tuple() -> [Value]? {
        skipSpaceAndComments()
        guard current == 40 else { return nil }
        advance()
        var values: [Value] = []
        while current != nil {
            skipSpaceAndComments()
            values.append(value())
            skipSpaceAndComments()
            guard let byte = current else { break }
            advance()
            if byte == 41 { return values }
            if byte != 44 { return values }
        }
        return values
    }

    /// A comma between tuples (consumed), or false.
    mutating func comma() -> Bool {
        skipSpaceAndComments()
        guard current == 44 else { return false }
        advance()
        return true
    }

    /// One value: a string's text (after `N`, `E` or a character set's `_utf8mb4`), NULL as
    /// nothing, anything else (a number, `CAST('2013-05-14' AS DATE)`) as its first string or
    /// its own text.
    mutating func value() -> Value {
        let startLine = line, start = position
        var first: String?
        var depth = 0
        while let byte = current {
            if byte == 39 {
                let text = string()
                if first == nil { first = text }
                continue
            }
            if byte == 40 { depth += 1 } else if byte == 41 || byte == 44 {
                if depth == 0 { break }
                if byte == 41 { depth -= 1 }
            }
            advance()
        }
        if let first { return Value(text: first, line: startLine) }
        var raw = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        raw = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        return Value(text: raw.uppercased() == "NULL" ? "" : raw, line: startLine)
    }

    /// A quoted string at `'`: its text, a doubled quote as one (and, in MySQL's dumps, a
    /// backslash's escapes).
    mutating func string() -> String {
        advance()
        var text: [UInt8] = []
        while let byte = current {
            advance()
            if byte == 39 {
                if current == 39 { text.append(39); advance(); continue }
                break
            }
            if byte == 92, backslashEscapes, let next = current {
                advance()
                switch next {
                case 110: text.append(10)
                case 116: text.append(9)
                case 114: text.append(13)
                case 48: break
                default: text.append(next)
                }
                continue
            }
            text.append(byte)
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// After COPY: the table and its column list, up to the first data line (`FROM stdin;`);
    /// nil for any other COPY.
    mutating func copyHead() -> (table: String, columns: [String]?)? {
        guard let table = identifier() else { return nil }
        guard let columns = columnList() else { return nil }
        guard word() == "FROM", word() == "STDIN" else { return nil }
        while let byte = current, byte != 10 { advance() }
        if current != nil { advance() }
        return (table, columns)
    }

    /// One data line of `COPY ... FROM stdin` (tab-separated, `\N` for NULL), or nil at its
    /// end (`\.`) and past the line.
    mutating func copyLine() -> [Value]? {
        guard current != nil else { return nil }
        if current == 92, peek(1) == 46 {
            while let byte = current, byte != 10 { advance() }
            if current != nil { advance() }
            return nil
        }
        let lineNumber = line
        var values: [Value] = [], field: [UInt8] = [], null = false
        while let byte = current, byte != 10 {
            advance()
            if byte == 9 {
                values.append(Value(text: null ? "" : String(decoding: field, as: UTF8.self), line: lineNumber))
                field.removeAll(keepingCapacity: true)
                null = false
            } else if byte == 92, let next = current {
                advance()
                switch next {
                case 78: null = true
                case 110: field.append(10)
                case 116: field.append(9)
                case 114: field.append(13)
                default: field.append(next)
                }
            } else if byte != 13 {
                field.append(byte)
            }
        }
        if current != nil { advance() }
        values.append(Value(text: null ? "" : String(decoding: field, as: UTF8.self), line: lineNumber))
        return values
    }

    private func startsInsert() -> Bool {
        guard position + 7 <= bytes.count else { return false }
        let word = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<position + 6]), as: UTF8.self).uppercased()
        return word == "INSERT" && (bytes[position + 6] == 32 || bytes[position + 6] == 9)
    }

    /// Past an INSERT's tuples: its `;`, or nothing before the next statement (a SQL Server
    /// script's INSERTs, one a line without one), or to its end (MySQL's "ON DUPLICATE KEY ...").
    mutating func endInsert() {
        skipSpaceAndComments()
        if current == 59 { advance(); return }
        let mark = position, markLine = line
        let next = word()
        position = mark; line = markLine
        if let next, ["INSERT", "CREATE", "COPY", "SET", "DROP", "ALTER", "UPDATE", "DELETE", "SELECT", "LOCK", "UNLOCK",
                      "BEGIN", "COMMIT", "GO", "PRINT", "USE"].contains(next) { return }
        skipStatement()
    }

    /// To the statement's end: past its `;` (outside strings and comments), to a line holding
    /// only `GO` (a SQL Server script's batches), or to a line beginning with INSERT.
    mutating func skipStatement() {
        var lineStart = false
        while let byte = current {
            if lineStart, byte == 71 || byte == 103, peek(1) == 79 || peek(1) == 111,
               peek(2) == nil || peek(2) == 10 || peek(2) == 13 || peek(2) == 32 || peek(2) == 9 {
                advance(); advance()
                return
            }
            // (A line beginning with INSERT begins a statement: a SQL Server script's INSERTs
            // end with no semicolon, one a line after a SET.)
            if lineStart, byte == 73 || byte == 105, startsInsert() { return }
            if byte == 39 { _ = string(); lineStart = false; continue }
            if skipComment(hash: false) { continue }
            advance()
            if byte == 59 { return }
            lineStart = byte == 10 || (lineStart && (byte == 32 || byte == 9))
        }
    }
}
