import SticklerCore

/// The one category an incident is counted under in the governors' report: the most
/// sensitive kind of personal data involved, `malware` for a blocked device, `other` for
/// an incident without findings (a check that could not finish, data inside encrypted
/// files on an unencrypted stick).
public enum IncidentCategory {
    /// Most sensitive first.
    public static let order = ["malware", "special_category", "health", "financial", "identifier", "education",
                               "personal", "contact", "other"]

    public static func primary(verdict: Verdict, categories: Set<String>) -> String {
        if verdict == .block { return "malware" }
        return order.first { categories.contains($0) } ?? "other"
    }

    /// Words for people.
    public static func label(_ category: String) -> String {
        switch category {
        case "malware": return "Malware"
        case "special_category": return "Special category (health, SEN, safeguarding)"
        case "health": return "Health"
        case "financial": return "Financial"
        case "identifier": return "Identifiers (UPN, NHS, NI numbers)"
        case "education": return "Education records"
        case "personal": return "Names and dates of birth"
        case "contact": return "Contact details"
        default: return "Other (unfinished checks, encrypted files)"
        }
    }
}
