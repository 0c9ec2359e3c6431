import SticklerCore

/// What a file's first bytes say it is. Only text kinds are scanned in this version;
/// everything else is skipped with the reason.
public enum ContentKind: Equatable, Sendable {
    case utf8
    case utf16(littleEndian: Bool, bom: Bool)
    /// 8-bit text that is not valid UTF-8: read as Windows-1252 (ASCII-compatible).
    case windows1252
    case binary(String)
    case empty

    /// The name reported in the `file` record.
    public var name: String {
        switch self {
        case .utf8: return "utf-8"
        case .utf16(let little, _): return little ? "utf-16le" : "utf-16be"
        case .windows1252: return "windows-1252"
        case .binary: return "binary"
        case .empty: return "empty"
        }
    }

    /// The `file` record's format of text read with `delimiter` as a table: "utf-8/csv",
    /// "windows-1252/tsv", or the name alone.
    func format(delimiter: UInt8?) -> String {
        name + (delimiter.map { $0 == 9 ? "/tsv" : $0 == ContentSniffer.fixedWidth ? "/fixed-width" : "/csv" } ?? "")
    }
}

public enum ContentSniffer {
    public static let prefixLength = 8192

    /// Known binary signatures, so the skip reason can name the format.
    static let signatures: [(bytes: [UInt8], name: String)] = [
        ([0x50, 0x4B, 0x03, 0x04], "zip archive or Office document"),
        ([0x50, 0x4B, 0x05, 0x06], "empty zip archive"),
        (Array("%PDF-".utf8), "PDF document"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "legacy Office (compound file) document"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7z archive"),
        ([0x1F, 0x8B], "gzip data"),
        (Array("BZh".utf8), "bzip2 data"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz data"),
        (Array("Rar!".utf8), "RAR archive"),
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        (Array("GIF8".utf8), "GIF image"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        (Array("MZ".utf8), "Windows executable"),
        (Array("LUKS".utf8) + [0xBA, 0xBE], "LUKS encrypted volume"),
        (Array("{\\rtf".utf8), "RTF document"),
    ]

    /// A volume or disk's first sector, as a technician's `dd` copy of a stick starts: the
    /// boot sector of FAT, exFAT or NTFS, or a partition table (MBR signature and a first
    /// partition entry, or GPT's header in the second sector).
    static func diskImage(_ prefix: [UInt8]) -> String? {
        // Every one of them ends its first sector with the boot signature 55 AA.
        guard prefix.count >= 1024, prefix[510] == 0x55, prefix[511] == 0xAA else { return nil }
        func holds(_ at: Int, _ text: String) -> Bool { prefix[at..<(at + text.utf8.count)].elementsEqual(text.utf8) }
        if holds(3, "EXFAT   ") { return "exFAT" }
        if holds(3, "NTFS    ") { return "NTFS" }
        if holds(82, "FAT32") { return "FAT32" }
        if holds(54, "FAT12") { return "FAT12" }
        if holds(54, "FAT16") { return "FAT16" }
        if holds(512, "EFI PART") { return "GPT partition table" }
        // An MBR: a first partition entry with a status of 0 or 0x80 and a type.
        if prefix[446] & 0x7F == 0, prefix[450] != 0 { return "MBR partition table" }
        return nil
    }

    public static func sniff(_ prefix: [UInt8]) -> ContentKind {
        if prefix.isEmpty { return .empty }
        if prefix.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8 }
        if prefix.starts(with: [0xFF, 0xFE]) { return .utf16(littleEndian: true, bom: true) }
        if prefix.starts(with: [0xFE, 0xFF]) { return .utf16(littleEndian: false, bom: true) }
        for signature in signatures where signature.name != "RTF document" && prefix.starts(with: signature.bytes) {
            return .binary(signature.name)
        }
        if let volume = diskImage(prefix) {
            let mount = volume.hasSuffix("partition table") ? "of its partitions (losetup -r -P -f --show IMAGE, then mount -o ro)"
                : "of it (mount -o ro,loop)"
            return .binary("a disk image (\(volume)): its files are not read from the image; scan a read-only mount \(mount), "
                           + "and use --deleted IMAGE for the deleted files of its FAT or exFAT volumes")
        }
        // UTF-16 without BOM: mostly ASCII with a NUL in every other byte.
        let sample = prefix.prefix(4096)
        if sample.count >= 8 {
            var evenZero = 0, oddZero = 0
            for (index, byte) in sample.enumerated() where byte == 0 {
                if index % 2 == 0 { evenZero += 1 } else { oddZero += 1 }
            }
            let half = sample.count / 2
            if oddZero > half * 7 / 10 && evenZero < half / 10 { return .utf16(littleEndian: true, bom: false) }
            if evenZero > half * 7 / 10 && oddZero < half / 10 { return .utf16(littleEndian: false, bom: false) }
            if evenZero + oddZero > 0 { return .binary("binary data (NUL bytes)") }
        } else if sample.contains(0) {
            return .binary("binary data (NUL bytes)")
        }
        var control = 0
        for byte in sample where byte < 9 || (byte > 13 && byte < 32 && byte != 27) { control += 1 }
        if control * 20 > sample.count { return .binary("binary data (control bytes)") }
        return isUTF8(Array(sample)) ? .utf8 : .windows1252
    }

    /// Valid UTF-8, tolerating a sequence cut off at the end of the sample.
    static func isUTF8(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var need = 0
            if byte < 0x80 { index += 1; continue }
            else if byte & 0xE0 == 0xC0 && byte >= 0xC2 { need = 1 }
            else if byte & 0xF0 == 0xE0 { need = 2 }
            else if byte & 0xF8 == 0xF0 && byte <= 0xF4 { need = 3 }
            else { return false }
            for offset in 1...need {
                if index + offset >= bytes.count { return true }
                if bytes[index + offset] & 0xC0 != 0x80 { return false }
            }
            index += need + 1
        }
        return true
    }

    /// The delimiter of a CSV/TSV table, from the file name and the first lines, if any.
    public static func tableDelimiter(name: String, prefix: [UInt8]) -> UInt8? {
        let lower = name.lowercased()
        // Lines end with LF, CRLF or (an old Mac's) CR alone; blank lines (a report's gap
        // between its banner and its header) are passed over.
        let newline: UInt8 = prefix.contains(10) ? 10 : 13
        let lines = prefix.split(separator: newline, maxSplits: 12, omittingEmptySubsequences: true)
            .map { line in Array(line.last == 13 ? line.dropLast() : line[...]) }
            .filter { line in line.contains { $0 != 32 && $0 != 9 && $0 != 13 } }
            // (Nor a rule under a header: "Name | DOB | Status" over a line of dashes.)
            // (A Markdown table's "|---|---|" stays: it has its rows' bars.)
            .filter { line in !(line.allSatisfy { [45, 61, 43, 58, 32, 9].contains($0) } && line.count(where: { $0 == 45 || $0 == 61 }) >= 3) }
            .prefix(7)
        // A Markdown table anywhere in the first lines, under a title, a subtitle and a note
        // ("# DofE expedition" ... "| Participant | NHS no. |" over "|---|---|"): its rule
        // under the header says so, however many lines of prose come first.
        if !lower.hasSuffix(".csv"), !lower.hasSuffix(".tsv"), !lower.hasSuffix(".tab") {
            let all = Array(prefix.split(separator: newline, maxSplits: 200, omittingEmptySubsequences: true).dropLast(prefix.count >= prefixLength ? 1 : 0))
            // (The header above the rule, a line of bars too: not a horizontal rule under prose.)
            if all.indices.dropFirst().contains(where: { isMarkdownRule(all[$0]) && all[$0 - 1].drop(while: { $0 == 32 || $0 == 9 }).first == 124 }) { return 124 }
        }
        guard lines.count >= 2 else {
            if lower.hasSuffix(".tsv") || lower.hasSuffix(".tab") { return 9 }
            return lower.hasSuffix(".csv") ? 44 : nil
        }
        func count(_ delimiter: UInt8, _ line: [UInt8]) -> Int {
            var inQuotes = false, count = 0
            for byte in line {
                if byte == 34 { inQuotes.toggle() } else if byte == delimiter && !inQuotes { count += 1 }
            }
            return count
        }
        // (A Markdown file's tables are between bars, whatever commas its prose holds.)
        let markdown = lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
        let delimiters: [UInt8] = markdown ? [124] : [9, 44, 59, 124]
        let countsOf = delimiters.map { delimiter in
            lines.dropLast(prefix.count >= ContentSniffer.prefixLength ? 1 : 0).map { count(delimiter, $0) }
        }
        // Every line agreeing, from the first, before any delimiter with banner lines: a
        // semicolon export whose names and decimals hold commas ("Hughes, Catherine;...;2143,33")
        // is no comma table under a one-line banner.
        for (delimiter, counts) in zip(delimiters, countsOf) {
            guard let first = counts.first else { continue }
            // (Not a log or a note whose every line holds one comma in a sentence: "14/11 10:20
            // Tempest called - the supply TA ... won't be in Thurs/Fri, she's had ...".)
            let sentences = first == 1 && delimiter != 9 && !lower.hasSuffix(".csv")
                && lines.contains { line in line.split(separator: delimiter).contains { $0.count(where: { $0 == 32 }) >= 8 } }
            if first >= 1, !sentences, counts.prefix(5).allSatisfy({ $0 == first }) { return delimiter }
        }
        for (delimiter, counts) in zip(delimiters, countsOf) {
            // An export's banner lines above its records ("#PATRONS|MOORFIELD ACADEMY
            // LRC|EXPORTED 14/03/2025"; a house list's title and "Compiled by ..." over its
            // tab-separated rows): one or two, then records that agree, three lines at least.
            // (Not a report in aligned columns whose title and header hold no delimiter and
            // whose last column lists values: "8145, 8525, 8300H".)
            for banners in 1...2 {
                let records = counts.dropFirst(banners).prefix(4)
                if records.count >= 3, let width = records.first, width >= 2, records.allSatisfy({ $0 == width }),
                   banners == 1 || !alignedInColumns(prefix, newline: newline) { return delimiter }
            }
        }
        if lower.hasSuffix(".tsv") || lower.hasSuffix(".tab") { return 9 }
        // A report in sections whose lines hold tabs, not commas: Teams' attendance report,
        // named .csv, its summary's "Meeting title<TAB>..." lines above "2. Participants" and
        // the participants' own header.
        if lower.hasSuffix(".csv") {
            let tabbed = countsOf[0].filter { $0 >= 1 }.count, commas = countsOf[1].filter { $0 >= 1 }.count
            if tabbed >= 3, tabbed > commas { return 9 }
        }
        if lower.hasSuffix(".csv") { return 44 }
        return alignedInColumns(prefix, newline: newline) ? fixedWidth : nil
    }

    /// A Markdown table's rule under its header: bars, dashes, colons and spaces only, begun
    /// by a bar, two columns at least ("|---|:---:|", "| --- | --- |").
    static func isMarkdownRule(_ line: ArraySlice<UInt8>) -> Bool {
        let trimmed = line.drop { $0 == 32 || $0 == 9 }.reversed().drop { $0 == 32 || $0 == 9 || $0 == 13 }.reversed()
        guard trimmed.first == 124, trimmed.count >= 5 else { return false }
        return trimmed.allSatisfy { [124, 45, 58, 32].contains($0) } && trimmed.count(where: { $0 == 124 }) >= 3
            && trimmed.count(where: { $0 == 45 }) >= 3
    }

    /// The "delimiter" of a report printed to a text file with its columns aligned by
    /// spaces (an MIS's class list, an exam entries report): no byte, the columns' places.
    public static let fixedWidth = FixedWidthLine.delimiter

    /// Whether the first lines read as a report in space-aligned columns: a header line of
    /// three titles or more, two spaces or more apart, and under it at least three lines of
    /// which most begin their fields where the header begins its titles (a dashed rule under
    /// the header passed over). Prose with two spaces after a full stop does not line up so.
    static func alignedInColumns(_ prefix: [UInt8], newline: UInt8) -> Bool {
        let lines = prefix.split(separator: newline, maxSplits: 40, omittingEmptySubsequences: true)
            .dropLast(prefix.count >= prefixLength ? 1 : 0)
            .map { line in line.last == 13 ? line.dropLast() : line }
            .filter { line in line.contains { $0 != 32 && $0 != 9 } }
            .prefix(24)
        guard lines.count >= 4 else { return false }
        let starts = lines.map { FixedWidthLine.fieldStarts(Array($0)) }
        for header in starts.indices.prefix(10) {
            let titles = starts[header]
            guard titles.count >= 3, FixedWidthLine.isTitleLine(Array(lines[header])) else { continue }
            let words = FixedWidthLine.wordStarts(Array(lines[header]))
            var aligned = 0, other = 0
            // (A report's rules are neither: "-----" under its titles, and one after its rows,
            // which ends it: the notes under it are no rows.)
            for index in (header + 1)..<min(starts.count, header + 9) {
                if lines[index].allSatisfy({ [32, 9, 45, 61, 95].contains($0) }) {
                    if aligned > 0 { break } else { continue }
                }
                let line = starts[index]
                if line.count >= 2, FixedWidthLine.aligned(line, under: titles) || FixedWidthLine.alignedToWords(line, under: words)
                    || FixedWidthLine.alignedUnderWords(line, titles: titles, words: words) {
                    aligned += 1
                } else {
                    other += 1
                }
            }
            if aligned >= 3 && aligned > other { return true }
        }
        return false
    }
}
