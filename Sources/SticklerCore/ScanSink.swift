/// Receives a scan's output. Calls are serialised by the scanner; a file's findings
/// always arrive before its `file` record, and never interleave with another file's.
/// `revealed` carries the raw value only when the user asked for `--reveal`; a sink
/// that stores anything must ignore it.
public protocol ScanSink: AnyObject {
    func begin(roots: [String])
    func finding(_ finding: Finding, revealed: String?)
    func file(_ result: FileResult)
    func finish(_ summary: ScanSummary)
}

/// A sink whose finding records can be rendered by the workers in parallel, outside the
/// output lock; only the append is serialised.
public protocol PrerenderingSink: ScanSink {
    /// Appends the finding's record to `records`. Thread-safe: called concurrently by workers.
    func render(_ finding: Finding, revealed: String?, into records: inout [UInt8])
    /// Called serialised, in place of `finding(_:revealed:)`.
    func append(rendered: [UInt8])
}
