/// Unique Pupil Number (DfE, "Unique Pupil Numbers (UPN): a guide for schools and local
/// authorities"): 13 characters = check letter + 3-digit LA code + 4-digit establishment
/// + 2-digit year of allocation + 3-digit serial. A temporary UPN ends in 2 digits and a
/// letter instead. Check letter: sum over characters 2-13 of (position x value) mod 23,
/// where digits count as themselves and letters as their index in `alphabet`.
public enum UPN {
    /// The 23 letters used (no I, O, S), values 0-22.
    public static let alphabet = Array("ABCDEFGHJKLMNPQRTUVWXYZ".utf8)

    /// Old-style three-digit local authority codes in England (and Wales, 660-681,
    /// and Service Children's Education, 702) that are, or were, allocated.
    public static let localAuthorities: Set<Int> = {
        var codes = Set(201...213)
        codes.formUnion(301...320)
        codes.formUnion(330...336)
        codes.formUnion(340...344)
        codes.formUnion(350...359)
        codes.formUnion(370...373)
        codes.formUnion(380...384)
        codes.formUnion(390...394)
        codes.formUnion([420, 702])
        codes.formUnion(660...681)
        codes.formUnion([800, 801, 802, 803, 805, 806, 807, 808, 810, 811, 812, 813, 815, 816, 821, 822,
                         823, 825, 826, 830, 831, 835, 836, 837, 838, 839, 840, 841, 845, 846, 850, 851,
                         852, 855, 856, 857, 860, 861, 865, 866, 867, 868, 869, 870, 871, 872, 873, 874,
                         876, 877, 878, 879, 880, 881, 882, 883, 884, 885, 886, 887, 888, 889, 890, 891,
                         892, 893, 894, 895, 896, 908, 909, 916, 919, 921, 925, 926, 928, 929, 931, 933,
                         935, 936, 937, 938, 940, 941, 942, 943])
        return codes
    }()

    static func value(_ byte: UInt8) -> Int? {
        if isDigit(byte) { return digitValue(byte) }
        return alphabet.firstIndex(of: byte)
    }

    /// The check letter for characters 2-13 (12 bytes).
    public static func checkLetter(_ rest: [UInt8]) -> UInt8? {
        guard rest.count == 12 else { return nil }
        var sum = 0
        for (index, byte) in rest.enumerated() {
            guard let value = value(byte) else { return nil }
            sum += (index + 2) * value
        }
        return alphabet[sum % 23]
    }

    public static func isValid(_ upn: [UInt8]) -> Bool {
        guard upn.count == 13, alphabet.contains(upn[0]) else { return false }
        guard upn[1...11].allSatisfy(isDigit) else { return false }
        let last = upn[12]
        // Permanent: 3-digit serial; temporary: 2-digit serial then a letter.
        guard isDigit(last) || alphabet.contains(last) else { return false }
        let la = Int(String(decoding: upn[1...3], as: UTF8.self))!
        guard localAuthorities.contains(la) else { return false }
        return checkLetter(Array(upn[1...])) == upn[0]
    }
}
