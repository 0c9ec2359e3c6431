/// E-mail addresses (RFC 5321 shape, common case): a local part of at most 64 characters,
/// a domain with at least one dot, labels not starting or ending with '-', and an
/// alphabetic top-level domain of 2-24 letters. Example domains (RFC 2606) still report.
/// Not a machine's identifier shaped like an address: a calendar event's
/// `UID:7kukuqrfedlmsgjm3ev3q8lm2k@google.com`, a message's ID (`isGenerated`).
public enum Email {
    public static func isValid(_ value: [UInt8]) -> Bool {
        guard let at = value.firstIndex(of: 64) else { return false }
        let local = value[..<at], domain = value[(at + 1)...]
        guard !local.isEmpty, local.count <= 64, local.first != 46, local.last != 46, !isGenerated(local), !isPlaceholder(local) else { return false }
        let labels = domain.split(separator: 46, omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return false }
        for label in labels {
            guard !label.isEmpty, label.first != 45, label.last != 45 else { return false }
        }
        let tld = labels.last!
        return (2...24).contains(tld.count) && tld.allSatisfy { isUpper($0) || ($0 >= 97 && $0 <= 122) }
    }

    /// A form's or a lesson's made-up address: "joe.bloggs@", "firstname.surname@",
    /// "your.name@" (compared in small letters without dots, hyphens and underscores).
    static func isPlaceholder(_ local: ArraySlice<UInt8>) -> Bool {
        guard local.count <= 24 else { return false }
        let letters = String(decoding: local.filter { $0 != 46 && $0 != 45 && $0 != 95 }.map { $0 | 0x20 }, as: UTF8.self)
        return placeholders.contains(letters)
    }

    static let placeholders: Set<String> = ["joebloggs", "fredbloggs", "jobloggs", "johndoe", "janedoe", "firstnamelastname",
                                            "firstnamesurname", "forenamesurname", "firstlast", "yourname", "yourfullname",
                                            "someone", "somebody", "username", "youremail", "youremailaddress", "name"]

    /// A local part a program made: 16 characters or more in which letters and digits
    /// alternate six times or more ("7kukuqrfedlmsgjm3ev3q8lm2k", "a1b2c3d4e5f6a7b8"), or 20
    /// or more hexadecimal digits and dashes (a UUID). A person's "oliviahughes2012" or
    /// "j.smith+parents" alternates once or not at all.
    static func isGenerated(_ local: ArraySlice<UInt8>) -> Bool {
        guard local.count >= 16 else { return false }
        if local.count >= 20, local.allSatisfy({ isDigit($0) || $0 == 45 || (97...102).contains($0 | 0x20) }), local.contains(where: isDigit) {
            return true
        }
        var switches = 0, previousDigit: Bool?
        for byte in local {
            guard isDigit(byte) || isLetter(byte) else { previousDigit = nil; continue }
            let digit = isDigit(byte)
            if let previous = previousDigit, previous != digit { switches += 1 }
            previousDigit = digit
        }
        return switches >= 6
    }
}
