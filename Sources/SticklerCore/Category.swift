/// The kind of personal data a detector finds.
public enum Category: String, Codable, Sendable, CaseIterable {
    /// Identifies a person on its own (UPN, ULN, NHS number, NINO, passport, ...).
    case identifier
    /// Describes a person (name, date of birth).
    case personal
    /// Reaches a person (e-mail, phone, postcode).
    case contact
    /// Money (cards, bank accounts, IBAN).
    case financial
    /// Health or medical information.
    case health
    /// Education records (SEN, exclusions, attainment).
    case education
    /// UK GDPR Article 9 data: health, SEN, safeguarding, ethnicity, religion, FSM.
    case specialCategory = "special_category"

    /// Categories that count as identifying a data subject on their own.
    public var identifiesSubject: Bool {
        switch self {
        case .identifier, .personal, .contact, .financial: return true
        case .health, .education, .specialCategory: return false
        }
    }
}
