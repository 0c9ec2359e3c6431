import SticklerCore

/// What every finding of one detector shares, behind one reference: emitting a finding
/// reads these instead of copying its `Detector` out of the engine's array (a copy retains
/// and releases a dozen strings and arrays, per finding).
final class FindingTemplate: Sendable {
    let id: String
    let category: Category
    let subcategory: String?
    let validator: String?
    let normalization: Detector.Normalization
    let redaction: Detector.Redaction
    let valueAfter: [String]
    let valueBefore: String?
    let valueUntil: [String]
    let requiresIdentifiers: Bool
    let anchorsSpecial: Bool
    let anchorsOutsideWork: Bool
    let anchorsPersonalMailboxOnly: Bool
    /// `Detector.promoteAt`, and the context a promoted finding gives ("one of 6 or more in
    /// this document"), made once here rather than per finding.
    let promoteAt: Int?
    /// `Detector.promoteWithSpecial`.
    let promoteWithSpecial: Bool
    let promotedContext: String?
    let contextConfidence: Confidence
    /// The fingerprint MAC's input before the normalised value (`Fingerprinter.prefix`).
    let fingerprintPrefix: [UInt8]

    init(_ detector: Detector) {
        id = detector.id
        category = detector.category
        subcategory = detector.subcategory
        validator = detector.validator
        normalization = detector.normalization
        redaction = detector.redaction
        valueAfter = detector.valueAfter
        valueBefore = detector.valueBefore
        valueUntil = detector.valueUntil
        requiresIdentifiers = detector.requiresIdentifiers
        anchorsSpecial = detector.anchorsSpecial
        anchorsOutsideWork = detector.anchorsOutsideWork
        anchorsPersonalMailboxOnly = detector.anchorsPersonalMailboxOnly
        promoteAt = detector.promoteAt
        promoteWithSpecial = detector.promoteWithSpecial
        promotedContext = detector.promoteAt.map { "one of \($0) or more in this document" }
            ?? (detector.promoteWithSpecial ? "a special category in this document" : nil)
        contextConfidence = detector.contextConfidence
        // Every rule that finds a person's name fingerprints it as one family: "Olivia Hughes"
        // in a Name column, a Forename and Surname row and a sentence is one value.
        fingerprintPrefix = Fingerprinter.prefix(family: Engine.subjectFamily(of: detector))
    }
}
