import SticklerCore

/// One JSON object per line: `finding`s, then their `file`, ..., and a final `summary`.
public final class JSONLinesWriter: ScanSink {
    let output: Output

    public init(output: Output) { self.output = output }

    public func begin(roots: [String]) {}

    public func finding(_ finding: Finding, revealed: String?) {
        var line = Records.finding(finding, revealed: revealed).utf8
        line.append(10)
        output.write(bytes: line)
    }

    public func file(_ result: FileResult) {
        output.write(Records.file(result).text + "\n")
    }

    public func finish(_ summary: ScanSummary) {
        output.write(Records.summary(summary).text + "\n")
        output.flush()
    }
}
