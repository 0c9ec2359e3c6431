import SticklerCore

/// A mistake in a rule pack: names the file, the line and a hint.
public typealias RuleError = FileLineError
/// Several rule errors at once, so that a pack author sees every mistake in one run.
public typealias RuleErrors = FileLineErrors
