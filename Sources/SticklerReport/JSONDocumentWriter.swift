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
        var object = Records.finding(finding, revealed: revealed)
        object.parts.removeFirst() // "type"
        pending.append(object.text)
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
        var object = Records.file(result)
        object.parts.removeFirst()
        let body = String(object.text.dropFirst().dropLast())
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
        var object = Records.summary(summary)
        object.parts.removeFirst()
        output.write("],\"summary\":" + object.text + "}\n")
        output.flush()
    }
}
