/// A mistake in a rule pack or policy file: names the file, the line and a hint.
public struct RuleError: Error, CustomStringConvertible, Equatable {
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

/// Several rule errors at once, so that a pack author sees every mistake in one run.
public struct RuleErrors: Error, CustomStringConvertible {
    public var errors: [RuleError]
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
