/// One piece of personal data found in a file. It holds no raw value: only a
/// redacted form for people and a keyed fingerprint for counting data subjects.
public struct Finding: Codable, Sendable, Equatable {
    /// The file, with container members as `outer.zip!inner/file.csv`.
    public var path: String
    /// The detector id from the rule pack, e.g. `uk_upn`.
    public var detector: String
    public var category: Category
    /// For special-category keyword findings: the set, e.g. `health` or `safeguarding`.
    public var subcategory: String?
    public var confidence: Confidence
    public var location: Location
    /// E.g. `AB •• •• •• C`.
    public var redacted: String
    /// Hex HMAC-SHA256 of the normalised value under the installation key.
    public var fingerprint: String
    /// Why the detector believes it: validator and context.
    public var explanation: Explanation

    public init(path: String, detector: String, category: Category, subcategory: String? = nil,
                confidence: Confidence, location: Location, redacted: String, fingerprint: String,
                explanation: Explanation) {
        self.path = path
        self.detector = detector
        self.category = category
        self.subcategory = subcategory
        self.confidence = confidence
        self.location = location
        self.redacted = redacted
        self.fingerprint = fingerprint
        self.explanation = explanation
    }
}

/// How a finding was reached, so that a technician can judge it.
public struct Explanation: Codable, Sendable, Equatable {
    /// The validator that accepted the value, if the detector has one.
    public var validator: String?
    /// The context keyword (or column header) that raised confidence, if any.
    public var context: String?

    public init(validator: String? = nil, context: String? = nil) {
        self.validator = validator
        self.context = context
    }
}
