/// National Insurance number (HMRC NIM39110): 2 prefix letters + 6 digits + suffix A-D.
/// First letter not D, F, I, Q, U, V; second not D, F, I, O, Q, U, V; the prefixes
/// BG, GB, KN, NK, NT, TN and ZZ are never issued.
public enum NINO {
    static let badFirst = Set("DFIQUV".utf8)
    static let badSecond = Set("DFIOQUV".utf8)
    static let badPrefixes: Set<String> = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]

    public static func isValid(_ value: [UInt8]) -> Bool {
        guard value.count == 9 else { return false }
        guard isUpper(value[0]), isUpper(value[1]), value[2...7].allSatisfy(isDigit) else { return false }
        guard (65...68).contains(value[8]) else { return false }
        guard !badFirst.contains(value[0]), !badSecond.contains(value[1]) else { return false }
        return !badPrefixes.contains(String(decoding: value[0...1], as: UTF8.self))
    }
}
