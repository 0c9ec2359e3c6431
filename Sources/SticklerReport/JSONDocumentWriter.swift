import SticklerCore

/// One JSON document: `{"roots":[...],"files":[{...,"findings":[...]}],"summary":{...}}`,
/// streamed so that memory stays bounded.
public final class JSONDocumentWriter: ScanSink {
    let output: Output
    var firstFile = true
    var pending: [String] = []

    public init(output: Output) { self.output = output }

    public func begin(roots: [String]) {
        output.write("{\"roots\":[" + roots.map(JSONObject.quote).joined(separator: ",") + "],\"files\":[")
    }

    public func finding(_ finding: Finding, revealed: String?) {
        var record: [UInt8] = []
        Records.finding(finding, revealed: revealed, typed: false, appendingTo: &record)
        pending.append(String(decoding: record, as: UTF8.self))
        if pending.count >= 1000 { flushPending() }
    }

    var openFile = false

    func flushPending() {
        if !openFile {
            output.write((firstFile ? "" : ",") + "{\"findings\":[")
            firstFile = false
            openFile = true
            output.write(pending.joined(separator: ","))
        } else {
            output.write("," + pending.joined(separator: ","))
        }
        pending.removeAll()
    }

    public func file(_ result: FileResult) {
        let body = String(Records.file(result, typed: false).text.dropFirst().dropLast())
        if openFile || !pending.isEmpty {
            if !pending.isEmpty { flushPending() }
            output.write("]," + body + "}")
        } else {
            output.write((firstFile ? "" : ",") + "{\"findings\":[]," + body + "}")
            firstFile = false
        }
        openFile = false
    }

    public func finish(_ summary: ScanSummary) {
        output.write("],\"summary\":" + Records.summary(summary, typed: false).text + "}\n")
        output.flush()
    }
}
