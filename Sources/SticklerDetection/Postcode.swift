/// UK postcode (Royal Mail PAF format): outward A9, A99, A9A, AA9, AA99 or AA9A, then
/// inward 9AA; or GIR 0AA. Position 1 never Q, V, X; position 2 never I, J, Z; the
/// inward letters never C, I, K, M, O, V.
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
            return true
        case "AA9", "AA99", "AA9A":
            return !badSecond.contains(outward[1])
        default:
            return false
        }
    }
}
