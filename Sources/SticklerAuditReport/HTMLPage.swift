import Foundation

/// The shell every HTML report shares: escaping, a print-friendly A4 stylesheet, no
/// external assets.
enum HTMLPage {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    static func document(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>\(css)</style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    static let css = """

    @page { size: A4; margin: 14mm 14mm 16mm 14mm; }
    * { box-sizing: border-box; }
    html { background: #fff; }
    body { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; color: #1d2731;
           font-size: 10.5pt; line-height: 1.45; margin: 0 auto; padding: 10mm 12mm; max-width: 210mm; }
    header { border-bottom: 3px solid #1f4e79; padding-bottom: 4mm; margin-bottom: 5mm; }
    h1 { font-size: 20pt; margin: 0 0 1mm 0; color: #1f4e79; }
    h2 { font-size: 13pt; margin: 6mm 0 2mm 0; color: #1f4e79; border-bottom: 1px solid #c9d6e3; padding-bottom: 1mm; }
    h3 { font-size: 11pt; margin: 4mm 0 1mm 0; }
    p { margin: 1mm 0 2mm 0; }
    .sub { color: #4a5a6a; margin: 0; }
    section { break-inside: avoid; page-break-inside: avoid; }
    .cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; margin: 4mm 0; }
    .card { border: 1px solid #c9d6e3; border-radius: 2mm; padding: 3mm; background: #f5f8fb; }
    .card .value { font-size: 20pt; font-weight: bold; color: #1f4e79; }
    .card .label { font-size: 9.5pt; color: #33414f; }
    .card .trend { font-size: 8.5pt; color: #4a5a6a; }
    .up { color: #1b5e20; } .down { color: #b71c1c; }
    table { border-collapse: collapse; width: 100%; margin: 2mm 0 3mm 0; font-size: 9.5pt; }
    th, td { border-bottom: 1px solid #dde5ee; padding: 1.2mm 2mm; text-align: left; vertical-align: top; }
    th { background: #eef3f8; font-weight: bold; }
    td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
    tr { break-inside: avoid; }
    table.compact { font-size: 8.5pt; }
    table.compact th, table.compact td { padding: 1mm 1.2mm; }
    .chart { width: 100%; height: auto; display: block; margin: 2mm 0; }
    .legend { font-size: 9pt; color: #33414f; }
    .legend span { display: inline-block; margin-right: 4mm; }
    .swatch { display: inline-block; width: 3mm; height: 3mm; margin-right: 1.2mm; vertical-align: middle; }
    .nowrap { white-space: nowrap; }
    .note { font-size: 9pt; color: #4a5a6a; }
    .ok { color: #1b5e20; font-weight: bold; } .bad { color: #b71c1c; font-weight: bold; }
    .verdict { white-space: nowrap; font-weight: bold; padding: 0.4mm 1.6mm; border-radius: 1mm; color: #fff; }
    code, .mono { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 9pt; }
    footer { margin-top: 6mm; border-top: 1px solid #c9d6e3; padding-top: 2mm; font-size: 8.5pt; color: #4a5a6a; }
    @media print { body { padding: 0; max-width: none; } a { color: inherit; text-decoration: none; } }

    """

    /// "1 November 2026" from `2026-11-01`.
    static func longDay(_ day: String) -> String {
        let parser = DateFormatter()
        parser.locale = Locale(identifier: "en_GB")
        parser.timeZone = TimeZone(identifier: "UTC")
        parser.dateFormat = "yyyy-MM-dd"
        guard let date = parser.date(from: String(day.prefix(10))) else { return day }
        parser.dateFormat = "d MMMM yyyy"
        return parser.string(from: date)
    }

    /// "November 2026" from `2026-11`.
    static func longMonth(_ month: String) -> String {
        let parser = DateFormatter()
        parser.locale = Locale(identifier: "en_GB")
        parser.timeZone = TimeZone(identifier: "UTC")
        parser.dateFormat = "yyyy-MM"
        guard let date = parser.date(from: month) else { return month }
        parser.dateFormat = "MMMM yyyy"
        return parser.string(from: date)
    }

    /// "2026-11-23 11:50 UTC" from a stored time.
    static func shortTime(_ time: String) -> String {
        guard time.count >= 16 else { return time }
        return time.prefix(10) + " " + time.dropFirst(11).prefix(5) + " UTC"
    }

    /// "1 incident", "2 incidents".
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? singular : (plural ?? singular + "s"))
    }
}
