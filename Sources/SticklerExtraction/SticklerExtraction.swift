/// SticklerExtraction: turns a file into bounded text streams the engine can scan.
///
/// Main types: `FileSource` (read-only, never writes, never follows a link it was not
/// asked to), `ContentSniffer` (what a file is, by its first bytes, not its name),
/// `UTF16Source` (UTF-16 LE/BE to UTF-8, streaming) and `TextExtractor` (picks the
/// right source for a file). It knows no rules and finds no personal data.
import SticklerCore
