/// A mistake in a policy file: names the file, the line and a hint.
public struct PolicyError: Error, CustomStringConvertible, Equatable {
    public var file: String
    public var line: Int?
    public var message: String
    public var hint: String?

    public init(file: String, line: Int?, message: String, hint: String? = nil) {
        self.file = file
        self.line = line
        self.message = message
        self.hint = hint
    }

    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": \(message)"
        if let hint { text += " (hint: \(hint))" }
        return text
    }
}

/// Every mistake in one policy file, so that its author sees them all in one run.
public struct PolicyErrors: Error, CustomStringConvertible {
    public var errors: [PolicyError]
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
