/// Cells of an export's flag and code columns (`special_sen_code`, `special_fsm_flag`).
enum CodeCell {
    /// The SEN provision codes of the school census (K: SEN support, E: EHC plan) and of
    /// older exports (S: statement, A and P: School Action and Action Plus), or the words.
    static let senCodes: Set<String> = ["K", "E", "S", "A", "P", "SA", "SA+", "SEN SUPPORT", "EHCP", "EHC PLAN", "STATEMENT"]

    static func isSENCode(_ bytes: [UInt8]) -> Bool { senCodes.contains(upper(bytes)) }

    /// A ticked flag: Y, Yes, True, 1, X or a tick.
    static func isYes(_ bytes: [UInt8]) -> Bool {
        ["Y", "YES", "TRUE", "T", "1", "X", "\u{2713}", "\u{2714}"].contains(upper(bytes))
    }

    /// A password as a browser's export or a new starters' sheet keeps it ("Poppy2019#cb",
    /// "Welcome65$"): 4 to 128 characters on one line, at most four words, not a checklist's
    /// word ("Issued", "Reset", "Yes") nor a mask ("********").
    static func isPassword(_ bytes: [UInt8]) -> Bool {
        let text = CellText.trimmed(String(decoding: bytes, as: UTF8.self), quotes: true)
        guard (4...128).contains(text.count), !text.contains(where: \.isNewline),
              text.split(separator: " ").count <= 4, let first = text.first, !text.allSatisfy({ $0 == first }) else { return false }
        return !notPasswords.contains(text.lowercased())
    }

    static let notPasswords: Set<String> = ["password", "passwords", "none", "n/a", "null", "blank", "unknown", "true", "false",
                                            "reset", "changed", "set", "sent", "issued", "done", "tbc", "tba", "see email",
                                            "emailed", "given", "provided", "required", "hidden", "[hidden]", "redacted",
                                            "removed", "not set", "expired", "to do", "yes", "no", "same", "as above", "pending"]

    static func upper(_ bytes: [UInt8]) -> String {
        CellText.trimmed(String(decoding: bytes, as: UTF8.self), quotes: true).uppercased()
    }
}
