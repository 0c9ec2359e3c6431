/// A mistake in a configuration file (a rule pack, the policy): names the file, the line
/// and a hint. `RuleError` and `PolicyError` are this type.
public struct FileLineError: Error, CustomStringConvertible, Equatable {
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

/// Every mistake in one file at once, so that its author sees them all in one run.
public struct FileLineErrors: Error, CustomStringConvertible {
    public var errors: [FileLineError]

    public init(errors: [FileLineError]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
