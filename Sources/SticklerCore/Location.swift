/// Where in a document a finding sits, in terms a person can follow.
public struct Location: Codable, Sendable, Equatable {
    /// 1-based line in the scanned text, where the format has lines.
    public var line: Int?
    /// Byte offset of the match in the scanned (UTF-8) text.
    public var offset: Int?
    /// 1-based page, for paged formats.
    public var page: Int?
    /// A cell reference such as `Sheet1!B12`, for spreadsheets.
    public var cell: String?
    /// The column header that gave context, for tables.
    public var column: String?

    public init(line: Int? = nil, offset: Int? = nil, page: Int? = nil, cell: String? = nil, column: String? = nil) {
        self.line = line
        self.offset = offset
        self.page = page
        self.cell = cell
        self.column = column
    }

    /// "line 12", "page 3", "Sheet1!B12" ...
    public var description: String {
        var parts: [String] = []
        if let page { parts.append("page \(page)") }
        if let cell { parts.append(cell) }
        if let line, cell == nil { parts.append("line \(line)") }
        return parts.isEmpty ? (offset.map { "offset \($0)" } ?? "") : parts.joined(separator: ", ")
    }
}
