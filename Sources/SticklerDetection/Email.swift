/// E-mail addresses (RFC 5321 shape, common case): a local part of at most 64 characters,
/// a domain with at least one dot, labels not starting or ending with '-', and an
/// alphabetic top-level domain of 2-24 letters. Example domains (RFC 2606) still report.
public enum Email {
    public static func isValid(_ value: [UInt8]) -> Bool {
        guard let at = value.firstIndex(of: 64) else { return false }
        let local = value[..<at], domain = value[(at + 1)...]
        guard !local.isEmpty, local.count <= 64, local.first != 46, local.last != 46 else { return false }
        let labels = domain.split(separator: 46, omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return false }
        for label in labels {
            guard !label.isEmpty, label.first != 45, label.last != 45 else { return false }
        }
        let tld = labels.last!
        return (2...24).contains(tld.count) && tld.allSatisfy { isUpper($0) || ($0 >= 97 && $0 <= 122) }
    }
}
