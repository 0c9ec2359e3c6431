import SticklerCore

/// One JSON object per line: `finding`s, then their `file`, ..., and a final `summary`.
public final class JSONLinesWriter: PrerenderingSink {
    let output: Output

    public init(output: Output) { self.output = output }

    public func begin(roots: [String]) {}

    public func finding(_ finding: Finding, revealed: String?) {
        var line: [UInt8] = []
        Records.finding(finding, revealed: revealed, appendingTo: &line)
        line.append(10)
        output.write(bytes: line)
    }

    public func render(_ finding: Finding, revealed: String?, into records: inout [UInt8]) {
        Records.finding(finding, revealed: revealed, appendingTo: &records)
        records.append(10)
    }

    public func append(rendered: [UInt8]) { output.write(bytes: rendered) }

    public func file(_ result: FileResult) {
        output.write(Records.file(result).text + "\n")
    }

    public func finish(_ summary: ScanSummary) {
        output.write(Records.summary(summary).text + "\n")
        output.flush()
    }
}
