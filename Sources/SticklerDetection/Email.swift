/// E-mail addresses (RFC 5321 shape, common case): a local part of at most 64 characters,
/// a domain with at least one dot, labels not starting or ending with '-', and an
/// alphabetic top-level domain of 2-24 letters. Example domains (RFC 2606) still report.
/// Not a machine's identifier shaped like an address: a calendar event's
/// `UID:7kukuqrfedlmsgjm3ev3q8lm2k@google.com`, a message's ID (`isGenerated`).
public enum Email {
    /// Domains of workplaces whose people write in their roles: schools, councils, the NHS,
    /// universities, the police, trusts and charities. An address anywhere else (a parent's
    /// "kb.1984@hotmail.co.uk", a family's own domain) may be a member of the public's.
    static let workSuffixes = [".sch.uk", ".gov.uk", ".nhs.uk", ".nhs.net", ".ac.uk", ".police.uk", ".org.uk", ".mod.uk",
                               ".org", ".edu", ".gov", ".gov.scot", ".gov.wales"]

    /// Providers of personal mailboxes.
    static let personalDomains: Set<String> = [
        "gmail.com", "googlemail.com", "outlook.com", "outlook.co.uk", "hotmail.com", "hotmail.co.uk", "live.com", "live.co.uk",
        "msn.com", "icloud.com", "me.com", "mac.com", "yahoo.com", "yahoo.co.uk", "ymail.com", "aol.com", "aol.co.uk",
        "btinternet.com", "btopenworld.com", "sky.com", "talktalk.net", "virginmedia.com", "ntlworld.com", "blueyonder.co.uk",
        "tiscali.co.uk", "protonmail.com", "proton.me", "gmx.com", "gmx.co.uk", "mail.com",
        // Families' providers from abroad: Poland, Romania, Lithuania, Germany, France, Italy,
        // Spain, Portugal, Ukraine, Bulgaria, Czechia, India, China, Korea.
        "wp.pl", "o2.pl", "onet.pl", "interia.pl", "op.pl", "yahoo.ro", "gmail.ro", "inbox.lt", "web.de", "gmx.de",
        "t-online.de", "gmx.net", "yahoo.fr", "hotmail.fr", "orange.fr", "free.fr", "laposte.net", "libero.it",
        "yahoo.it", "hotmail.it", "yahoo.es", "hotmail.es", "sapo.pt", "ukr.net", "i.ua", "abv.bg", "seznam.cz",
        "rediffmail.com", "yahoo.in", "qq.com", "163.com", "126.com", "naver.com", "mail.ru", "yandex.ru", "yandex.com",
    ]

    /// Whether the rest of the line from `from` names an address outside a workplace
    /// ("From: Gemma Mahmood <gemma.mahmood79@outlook.com>"), or a pupil's school account,
    /// named by year of entry ("10pearsonk@", "20jsmith@"). `personalOnly`: only an address
    /// at a personal mailbox provider ("kb.1984@hotmail.co.uk") counts as outside work (an
    /// address on its own, a company's "info@…co.uk", may be anyone's).
    static func namesMailboxOutsideWork(_ buffer: UnsafeRawBufferPointer, from: Int, personalOnly: Bool = false) -> Bool {
        var index = max(0, from)
        let end = min(buffer.count, index + 200)
        while index < end && buffer[index] != 10 && buffer[index] != 13 {
            if buffer[index] == 64 {
                var local = index
                while local > from, buffer[local - 1] == 46 || buffer[local - 1] == 95 || buffer[local - 1] == 45 || isAlnum(buffer[local - 1]) { local -= 1 }
                // The local part's start: two digits then a letter is a pupil's account.
                if index - local >= 4, isDigit(buffer[local]), isDigit(buffer[local + 1]), isLetter(buffer[local + 2]) { return true }
                var domainEnd = index + 1
                while domainEnd < end, buffer[domainEnd] == 45 || buffer[domainEnd] == 46 || isAlnum(buffer[domainEnd]) { domainEnd += 1 }
                let domain = String(decoding: buffer[(index + 1)..<domainEnd].map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }, as: UTF8.self)
                if local < index, domain.contains(".") {
                    if personalOnly ? personalDomains.contains(domain) : !workSuffixes.contains(where: { domain.hasSuffix($0) }) { return true }
                }
                index = domainEnd
                continue
            }
            index += 1
        }
        return false
    }


    public static func isValid(_ value: [UInt8]) -> Bool {
        guard let at = value.firstIndex(of: 64) else { return false }
        let local = value[..<at], domain = value[(at + 1)...]
        guard !local.isEmpty, local.count <= 64, local.first != 46, local.last != 46, !isGenerated(local), !isPlaceholder(local) else { return false }
        // A script's variable, not an address: PowerShell's "$sam@pupils.…", a template's "%username%@…".
        if local.contains(36) || (local.first == 37 && local.dropFirst().contains(37)) { return false }
        let labels = domain.split(separator: 46, omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return false }
        for label in labels {
            guard !label.isEmpty, label.first != 45, label.last != 45 else { return false }
        }
        let tld = labels.last!
        // Microsoft's made-up companies, whose people fill its help pages and training tenants
        // ("AdeleV@contoso.onmicrosoft.com").
        if labels.dropLast().contains(where: { fictionalCompanies.contains(lowerASCII($0)) }) { return false }
        return (2...24).contains(tld.count) && tld.allSatisfy { isUpper($0) || ($0 >= 97 && $0 <= 122) }
    }

    static let fictionalCompanies: Set<String> = ["contoso", "fabrikam", "northwindtraders", "adventure-works", "adventureworks",
                                                  "wingtiptoys", "tailspintoys", "litwareinc", "woodgrovebank", "proseware"]

    /// A form's or a lesson's made-up address: "joe.bloggs@", "firstname.surname@",
    /// "your.name@" (compared in small letters without dots, hyphens and underscores).
    static func isPlaceholder(_ local: ArraySlice<UInt8>) -> Bool {
        // A blank form's field before the school's domain ("________________@kingsmead….org.uk").
        if local.allSatisfy({ $0 == 95 || $0 == 46 || $0 == 45 }) { return true }
        // (Or a prefix and the field's line: Glow's "gw__________________@glow.sch.uk".)
        if local.count(where: { $0 == 95 }) >= 4, local.split(separator: 95, omittingEmptySubsequences: false).filter(\.isEmpty).count >= 3 { return true }
        guard local.count <= 24 else { return false }
        let letters = String(decoding: local.filter { $0 != 46 && $0 != 45 && $0 != 95 }.map { $0 | 0x20 }, as: UTF8.self)
        // A convention's example for Joe Bloggs with his initial or intake year ("j.bloggs@",
        // "24bloggsj@", "bloggs.joe@"), or its pattern spelled out with the words a template uses
        // for a person's names ("firstname.surname@", "initial.surname@", "YYsurnameinitial@").
        return placeholders.contains(letters) || letters.contains("bloggs")
            || ["surname", "firstname", "lastname", "forename", "familyname"].contains(where: letters.contains)
    }

    static let placeholders: Set<String> = ["joebloggs", "fredbloggs", "jobloggs", "johndoe", "janedoe", "firstlast", "yourname",
                                            "yourfullname", "someone", "somebody", "username", "youremail", "youremailaddress",
                                            "name",
                                            // Welsh and Gaelic for "name", "your name", "username" ("[enw@enghraifft.com]", round 1030's).
                                            "enw", "eichenw", "dyenw", "enwdefnyddiwr", "ainm", "dainm",
                                            // A sample configuration's stand-in ("email: user@example.com", round 707's).
                                            "user", "testuser", "demouser", "sampleuser",
                                            // A setup guide's stand-in for whoever it is ("example_email: \"parent@example.com\"",
                                            // a nursery diary app's guide, round 1748's).
                                            "parent", "parentname", "carer", "pupil", "student", "child", "test", "sample", "example"]

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
