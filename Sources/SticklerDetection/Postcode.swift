/// UK postcode (Royal Mail PAF format): outward A9, A99, A9A, AA9, AA99 or AA9A, then
/// inward 9AA; or GIR 0AA. Position 1 never Q, V, X; position 2 never I, J, Z; the
/// inward letters never C, I, K, M, O, V; the area (the outward code's letters) one in use.
public enum Postcode {
    static let badFirst = Set("QVX".utf8)
    static let badSecond = Set("IJZ".utf8)
    static let badInward = Set("CIKMOV".utf8)

    public static func isValid(_ value: [UInt8]) -> Bool {
        if value == Array("GIR0AA".utf8) { return true }
        guard (5...7).contains(value.count) else { return false }
        let inward = value.suffix(3), outward = Array(value.dropLast(3))
        guard isDigit(inward[inward.startIndex]),
              isUpper(inward[inward.startIndex + 1]), isUpper(inward[inward.startIndex + 2]) else { return false }
        guard !badInward.contains(inward[inward.startIndex + 1]), !badInward.contains(inward[inward.startIndex + 2]) else { return false }
        guard isUpper(outward[0]), !badFirst.contains(outward[0]) else { return false }
        let shape = String(outward.map { isDigit($0) ? "9" : "A" })
        switch shape {
        case "A9", "A99", "A9A":
            return areas.contains(String(decoding: outward.prefix(1), as: UTF8.self))
        case "AA9", "AA99", "AA9A":
            return !badSecond.contains(outward[1]) && areas.contains(String(decoding: outward.prefix(2), as: UTF8.self))
        default:
            return false
        }
    }

    /// The postcode areas in use (a story's "PK4 9RW" is no address): the UK's, the Crown
    /// dependencies' and BFPO's.
    static let areas: Set<String> = [
        "AB", "AL", "B", "BA", "BB", "BD", "BF", "BH", "BL", "BN", "BR", "BS", "BT", "CA", "CB", "CF", "CH", "CM", "CO",
        "CR", "CT", "CV", "CW", "DA", "DD", "DE", "DG", "DH", "DL", "DN", "DT", "DY", "E", "EC", "EH", "EN", "EX", "FK",
        "FY", "G", "GL", "GU", "GY", "HA", "HD", "HG", "HP", "HR", "HS", "HU", "HX", "IG", "IM", "IP", "IV", "JE", "KA",
        "KT", "KW", "KY", "L", "LA", "LD", "LE", "LL", "LN", "LS", "LU", "M", "ME", "MK", "ML", "N", "NE", "NG", "NN",
        "NP", "NR", "NW", "OL", "OX", "PA", "PE", "PH", "PL", "PO", "PR", "RG", "RH", "RM", "S", "SA", "SE", "SG", "SK",
        "SL", "SM", "SN", "SO", "SP", "SR", "SS", "ST", "SW", "SY", "TA", "TD", "TF", "TN", "TQ", "TR", "TS", "TW", "UB",
        "W", "WA", "WC", "WD", "WF", "WN", "WR", "WS", "WV", "YO", "ZE",
    ]
}
