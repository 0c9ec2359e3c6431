import SticklerCore

/// A mistake in a policy file: names the file, the line and a hint.
public typealias PolicyError = FileLineError
/// Every mistake in one policy file, so that its author sees them all in one run.
public typealias PolicyErrors = FileLineErrors
