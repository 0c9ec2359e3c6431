import Foundation

/// Inline SVG charts: bars, stacked columns and a share bar. Plain shapes and text, sized
/// by `viewBox` so they scale to the page and print crisply; every chart has a title for
/// screen readers, and the report always gives the same numbers in a table beside it.
enum SVGChart {
    typealias Bar = (label: String, value: Int, colour: String)

    static func horizontalBars(_ bars: [Bar], title: String, width: Int = 680) -> String {
        let row = 26, labelWidth = 220, valueWidth = 50
        let height = bars.count * row + 8
        let maximum = max(1, bars.map(\.value).max() ?? 1)
        let span = Double(width - labelWidth - valueWidth)
        var svg = open(width: width, height: height, title: title)
        for (index, bar) in bars.enumerated() {
            let y = index * row + 4
            let length = bar.value == 0 ? 0 : max(2, Double(bar.value) / Double(maximum) * span)
            svg += text(x: labelWidth - 8, y: y + 17, bar.label, anchor: "end")
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(fmt(length))\" height=\"\(row - 8)\" rx=\"2\" fill=\"\(bar.colour)\"/>"
            svg += text(x: labelWidth + Int(length) + 6, y: y + 17, "\(bar.value)", weight: "bold")
        }
        return svg + "</svg>"
    }

    typealias Column = (label: String, segments: [(key: String, value: Int)])

    static func stackedColumns(_ columns: [Column], colours: [String: String], title: String,
                               width: Int = 680, height: Int = 250) -> String {
        let left = 40, bottom = 34, top = 18
        let plotHeight = Double(height - bottom - top)
        let totals = columns.map { $0.segments.reduce(0) { $0 + $1.value } }
        let maximum = niceCeiling(max(1, totals.max() ?? 1))
        var svg = open(width: width, height: height, title: title)
        // Grid lines and the scale.
        for step in 0...4 {
            let value = maximum * step / 4
            let y = Double(top) + plotHeight - Double(value) / Double(maximum) * plotHeight
            svg += "<line x1=\"\(left)\" y1=\"\(fmt(y))\" x2=\"\(width - 8)\" y2=\"\(fmt(y))\" stroke=\"#dde5ee\" stroke-width=\"1\"/>"
            svg += text(x: left - 6, y: Int(y) + 4, "\(value)", anchor: "end", size: 10, colour: "#4a5a6a")
        }
        let slot = Double(width - left - 16) / Double(max(1, columns.count))
        let barWidth = min(90, slot * 0.6)
        for (index, column) in columns.enumerated() {
            let x = Double(left) + slot * Double(index) + (slot - barWidth) / 2
            var y = Double(top) + plotHeight
            for segment in column.segments where segment.value > 0 {
                let h = Double(segment.value) / Double(maximum) * plotHeight
                y -= h
                svg += "<rect x=\"\(fmt(x))\" y=\"\(fmt(y))\" width=\"\(fmt(barWidth))\" height=\"\(fmt(h))\" fill=\"\(colours[segment.key] ?? "#90a4ae")\"><title>\(HTMLPage.escape(segment.key)): \(segment.value)</title></rect>"
            }
            svg += text(x: Int(x + barWidth / 2), y: Int(y) - 5, "\(totals[index])", anchor: "middle", weight: "bold")
            svg += text(x: Int(x + barWidth / 2), y: height - bottom + 18, column.label, anchor: "middle")
        }
        return svg + "</svg>"
    }

    /// One bar split into `part` and the rest, with both shares written on it.
    static func shareBar(part: Int, whole: Int, partLabel: String, restLabel: String, title: String,
                         partColour: String = "#2e7d32", restColour: String = "#c62828", width: Int = 680) -> String {
        let height = 56
        let share = whole == 0 ? 0 : Double(part) / Double(whole)
        let inner = Double(width - 2)
        var svg = open(width: width, height: height, title: title)
        svg += "<rect x=\"1\" y=\"6\" width=\"\(fmt(inner))\" height=\"26\" rx=\"3\" fill=\"\(whole == 0 ? "#eceff1" : restColour)\"/>"
        if part > 0 {
            svg += "<rect x=\"1\" y=\"6\" width=\"\(fmt(inner * share))\" height=\"26\" rx=\"3\" fill=\"\(partColour)\"/>"
        }
        let percent = Int((share * 100).rounded())
        svg += text(x: 4, y: 50, "\(partLabel): \(part) (\(percent)%)", colour: partColour, weight: "bold")
        svg += text(x: width - 4, y: 50, "\(restLabel): \(whole - part) (\(100 - percent)%)", anchor: "end",
                    colour: whole == 0 ? "#4a5a6a" : restColour, weight: "bold")
        return svg + "</svg>"
    }

    static func open(width: Int, height: Int, title: String) -> String {
        "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" "
            + "aria-label=\"\(HTMLPage.escape(title))\" font-family=\"DejaVu Sans, Liberation Sans, Arial, sans-serif\">"
            + "<title>\(HTMLPage.escape(title))</title>"
    }

    static func text(x: Int, y: Int, _ content: String, anchor: String = "start", size: Int = 12,
                     colour: String = "#1d2731", weight: String = "normal") -> String {
        "<text x=\"\(x)\" y=\"\(y)\" text-anchor=\"\(anchor)\" font-size=\"\(size)\" fill=\"\(colour)\" font-weight=\"\(weight)\">"
            + HTMLPage.escape(content) + "</text>"
    }

    static func fmt(_ value: Double) -> String { String(format: "%.1f", value) }

    /// The top of a four-step scale whose steps are 1, 2 or 5 × 10ⁿ, at or above `value`.
    static func niceCeiling(_ value: Int) -> Int {
        let needed = (value + 3) / 4
        var magnitude = 1
        while true {
            for step in [1, 2, 5] where step * magnitude >= needed { return 4 * step * magnitude }
            magnitude *= 10
        }
    }
}
