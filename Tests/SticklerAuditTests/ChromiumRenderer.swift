import Foundation
import SticklerTesting
import XCTest

/// Renders an HTML file to PNG with headless Chromium, as a person would see it, and
/// reads enough of the PNG to tell a page from a blank. Skips (never fails) when
/// Chromium is missing or cannot start here.
enum ChromiumRenderer {
    static let width = 1240, height = 1754  // A4 at 150 dpi

    static func screenshot(_ html: URL, to png: URL) throws {
        try chromium(["--screenshot=\(png.path)", "--window-size=\(width),\(height)", html.absoluteString], output: png)
    }

    /// Prints to PDF as the browser's print dialog would, and returns the pages' sizes in points.
    static func printToPDF(_ html: URL, to pdf: URL) throws -> [String] {
        try chromium(["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", html.absoluteString], output: pdf)
        // Chromium writes page dictionaries uncompressed: `/MediaBox [0 0 594.95996 841.91998]`.
        let text = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
        let pattern = try NSRegularExpression(pattern: "/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]")
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            let w = Double(text[Range(match.range(at: 1), in: text)!])!, h = Double(text[Range(match.range(at: 2), in: text)!])!
            return "\(Int(w.rounded()))x\(Int(h.rounded()))"
        }
    }

    static func chromium(_ arguments: [String], output: URL) throws {
        if let problem = Chromium.run(arguments, output: output) { throw XCTSkip(problem) }
    }

    /// Width and height from the PNG's IHDR chunk.
    static func dimensions(_ png: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](png)
        guard bytes.count > 24, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
              bytes[12..<16] == [0x49, 0x48, 0x44, 0x52] else { return nil }
        func int(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }

    /// Asserts `png` is a full-size render that is not blank: a blank page of the same
    /// size compresses to a few kilobytes; text and charts do not.
    static func assertNotBlank(_ png: URL, file: StaticString = #filePath, line: UInt = #line) throws {
        let data = try Data(contentsOf: png)
        let size = try XCTUnwrap(dimensions(data), "not a PNG", file: file, line: line)
        XCTAssertEqual(size.width, width, file: file, line: line)
        XCTAssertEqual(size.height, height, file: file, line: line)
        let blankHTML = png.deletingLastPathComponent().appendingPathComponent("blank.html")
        let blankPNG = png.deletingLastPathComponent().appendingPathComponent("blank.png")
        try Data("<!DOCTYPE html><html><body></body></html>".utf8).write(to: blankHTML)
        try screenshot(blankHTML, to: blankPNG)
        let blank = try Data(contentsOf: blankPNG)
        XCTAssertGreaterThan(data.count, blank.count * 4, "the render looks blank (\(data.count) bytes, blank \(blank.count))",
                             file: file, line: line)
    }
}
