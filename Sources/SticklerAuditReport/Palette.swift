/// Colours and words for verdicts and incident categories, shared by the HTML writers.
/// Colours are chosen to stay distinguishable when printed in greyscale (dark to light).
enum Palette {
    static func verdictColour(_ verdict: String) -> String {
        switch verdict {
        case "allow": return "#2e7d32"
        case "incomplete": return "#78909c"
        case "warn": return "#f9a825"
        case "read_only": return "#ef6c00"
        case "secure_delete": return "#c62828"
        case "block": return "#4a148c"
        default: return "#546e7a"
        }
    }

    static func verdictLabel(_ verdict: String) -> String {
        switch verdict {
        case "allow": return "Allowed"
        case "incomplete": return "Check not finished"
        case "warn": return "Allowed with a warning"
        case "read_only": return "Read-only"
        case "secure_delete": return "Held for secure deletion"
        case "block": return "Blocked (malware)"
        default: return verdict
        }
    }

    static func verdictMeaning(_ verdict: String) -> String {
        switch verdict {
        case "allow": return "Nothing personal found, or the stick was encrypted."
        case "incomplete": return "The check could not finish (removed early or timed out)."
        case "warn": return "Low-risk personal data; the user was warned and it was logged."
        case "read_only": return "Personal data found; the user could copy it to school storage."
        case "secure_delete": return "Readable personal data on an unencrypted stick; kept back until moved and securely deleted."
        case "block": return "Malware found; the stick was never opened."
        default: return ""
        }
    }

    static let categoryColours: [String: String] = [
        "malware": "#4a148c", "special_category": "#b71c1c", "health": "#d84315", "financial": "#f9a825",
        "identifier": "#1565c0", "education": "#00838f", "personal": "#5e35b1", "contact": "#78909c",
        "other": "#b0bec5",
    ]
}
