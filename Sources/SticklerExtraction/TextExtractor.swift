import SticklerCore

/// A file ready to scan as text, or the reason it is not scanned.
public enum Extracted {
    case text(TextDocument)
    case skipped(reason: String, format: String)
}

/// A text stream with what is known about it.
public struct TextDocument {
    public var source: any ByteSource
    public var format: String
    /// Set for CSV/TSV tables.
    public var delimiter: UInt8?
}

/// Picks how to read a file from its content: UTF-8, UTF-16 or Windows-1252 (both
/// transcoded to UTF-8), or skipped with the reason.
public enum TextExtractor {
    public static func open(path: String, followSymlinks: Bool = false) throws -> (Extracted, size: Int) {
        let file = try FileSource(path: path, followSymlinks: followSymlinks)
        let prefix = try file.prefix(ContentSniffer.prefixLength)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let kind = ContentSniffer.sniff(prefix)
        switch kind {
        case .empty:
            return (.skipped(reason: "empty file", format: kind.name), 0)
        case .binary(let what):
            return (.skipped(reason: "\(what) (not read as text in this version)", format: kind.name), file.size)
        case .utf8:
            let delimiter = ContentSniffer.tableDelimiter(name: name, prefix: prefix)
            return (.text(TextDocument(source: SharedSource(file), format: kind.format(delimiter: delimiter),
                                       delimiter: delimiter)), file.size)
        case .windows1252:
            let delimiter = ContentSniffer.tableDelimiter(name: name, prefix: prefix)
            return (.text(TextDocument(source: Windows1252Source(SharedSource(file)),
                                       format: kind.format(delimiter: delimiter),
                                       delimiter: delimiter)), file.size)
        case .utf16(let little, let bom):
            let decodedPrefix = decodePrefix(prefix, littleEndian: little, bom: bom)
            let delimiter = ContentSniffer.tableDelimiter(name: name, prefix: decodedPrefix)
            return (.text(TextDocument(source: UTF16Source(SharedSource(file), littleEndian: little, bom: bom),
                                       format: kind.format(delimiter: delimiter),
                                       delimiter: delimiter)), file.size)
        }
    }

    static func decodePrefix(_ prefix: [UInt8], littleEndian: Bool, bom: Bool) -> [UInt8] {
        var source = UTF16Source(MemorySource(bytes: prefix), littleEndian: littleEndian, bom: bom)
        var out = [UInt8](repeating: 0, count: prefix.count * 2 + 16)
        let count = (try? out.withUnsafeMutableBytes { try source.read(into: $0) }) ?? 0
        return Array(out[0..<count])
    }
}
