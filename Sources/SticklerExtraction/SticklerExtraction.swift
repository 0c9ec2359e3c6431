/// SticklerExtraction: turns a file into bounded text streams the engine can scan.
///
/// Main types: `FileSource` (read-only, never writes, never follows a link it was not
/// asked to), `ContentSniffer` (what a file is, by its first bytes, not its name),
/// `UTF16Source` (UTF-16 LE/BE to UTF-8, streaming) and `TextExtractor` (picks the
/// right source for a file). It knows no rules and finds no personal data.
import SticklerCore

#if canImport(Glibc)
import Glibc
#endif

/// Makes the process's character type UTF-8 (where it is the C or POSIX locale, as under
/// systemd or a bare shell), so that libarchive gives archive members' names beyond ASCII
/// ("Reports 2024/Wiśniewska_Zofia.docx", flagged UTF-8 in a zip) instead of none. Call once,
/// at start-up, before any thread reads an archive.
public func useUTF8Names() {
    let current = setlocale(LC_CTYPE, nil).map { String(cString: $0) } ?? "C"
    guard current == "C" || current == "POSIX" else { return }
    if setlocale(LC_CTYPE, "C.UTF-8") == nil { _ = setlocale(LC_CTYPE, "C.utf8") }
}
