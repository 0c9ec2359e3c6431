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

    static func upper(_ bytes: [UInt8]) -> String {
        CellText.trimmed(String(decoding: bytes, as: UTF8.self), quotes: true).uppercased()
    }
}
