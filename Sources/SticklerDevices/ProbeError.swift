/// Why a probe failed: names the path and the step.
public struct ProbeError: Error, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }
}
