/// Column headers of a table (CSV/TSV, spreadsheet sheets): which detectors a column
/// gives context to, and which columns hold person names.
public struct TableHeader: Sendable {
    public struct Column: Sendable {
        public var title: String
        /// Detector indices for which this header is context.
        public var contextFor: Set<Int>
        /// Index of a `columns` detector (e.g. person_name) this column feeds.
        public var columnDetector: Int?
        /// The header names identifier, contact or financial data (`Home phone`): it vetoes
        /// the detectors of those categories it does not name (worked out once per header).
        public var namesStructuredData = false
    }

    public var columns: [Column]

    /// Whether a first row reads as column headers rather than the first line of a form:
    /// no title holds a digit, and at least two of them name data the rules know (context
    /// for a detector, or a name column).
    public func readsAsHeader(_ titles: [String]) -> Bool {
        guard !titles.contains(where: { $0.contains(where: \.isNumber) }) else { return false }
        return columns.filter { !$0.contextFor.isEmpty || $0.columnDetector != nil }.count >= 2
    }

    /// Lower-cased, letters and digits only, single spaces: "Pupil's Surname" -> "pupils surname".
    public static func normalize(_ title: String) -> String {
        let cleaned = title.lowercased().filter { $0 != "'" && $0 != "\u{2019}" }
        let mapped = cleaned.map { character -> Character in
            (character.isLetter || character.isNumber) ? character : " "
        }
        return String(mapped).split(separator: " ").joined(separator: " ")
    }
}
