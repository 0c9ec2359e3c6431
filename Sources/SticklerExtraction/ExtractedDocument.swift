import SticklerCore

/// One stream of extracted text: a body, a sheet (as a tab-delimited table), the
/// document properties.
public struct TextSegment {
    public var source: any ByteSource
    /// Set when the text is a table whose header row gives context to its column.
    public var delimiter: UInt8?
    public var map: LocationMap?
    /// A table laid out for reading rather than as data (a Word table may be a form of
    /// label and value cells): its first row counts as a header only if it reads as one.
    public var formLike = false

    public init(source: any ByteSource, delimiter: UInt8? = nil, map: LocationMap? = nil) {
        self.source = source
        self.delimiter = delimiter
        self.map = map
    }

    init(text: [UInt8], delimiter: UInt8? = nil, map: LocationMap? = nil) {
        self.init(source: BlobSource(Blob(text)), delimiter: delimiter, map: map)
    }
}

/// A file or container member ready to scan: its display path (`a.zip!b/c.docx`), what
/// it is, and its text segments.
public struct ExtractedDocument {
    public var path: String
    public var format: String
    public var bytes: Int
    public var segments: [TextSegment]

    public init(path: String, format: String, bytes: Int, segments: [TextSegment]) {
        self.path = path
        self.format = format
        self.bytes = bytes
        self.segments = segments
    }
}

/// What extraction yields, in order: documents to scan and records of files or members
/// that are not scanned (encrypted, skipped, error) or are containers.
public enum ExtractionItem {
    case document(ExtractedDocument)
    case result(FileResult)
}
