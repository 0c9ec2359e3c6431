/// SticklerReport: one writer per output format, each a `ScanSink`.
///
/// Main types: `TextWriter` (grouped by file, colour on a terminal), `JSONLinesWriter`
/// (the stable machine format documented in README), `JSONDocumentWriter` (one JSON
/// document) and `Output` (buffered writes to a file descriptor). Writers print only
/// redacted values unless the scan was started with `--reveal`.
import SticklerCore
