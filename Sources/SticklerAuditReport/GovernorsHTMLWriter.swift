import Foundation
import SticklerAudit
import SticklerCore

/// The governors' report: a few headline figures with their trend, what was decided,
/// incidents by category and month, remediations and encryption, in words a chair of
/// governors can read and charts where people would rather look than read. Built from
/// `GovernorsFigures` alone, so it holds no names, paths, serials or values.
public enum GovernorsHTMLWriter {
    public static func render(_ figures: GovernorsFigures, school: String? = nil) -> String {
        let current = figures.current, previous = figures.previous
        let period = "\(HTMLPage.longDay(current.from)) to \(HTMLPage.longDay(current.to))"
        var body = "<header><h1>Personal data on removable media</h1>"
        body += "<p class=\"sub\">Report to the governing body\(school.map { " of " + HTMLPage.escape($0) } ?? "") · \(period)</p>"
        body += "<p class=\"sub\">Compared with the previous period of equal length, \(HTMLPage.longDay(previous.from)) to \(HTMLPage.longDay(previous.to)).</p></header>"

        body += "<section><h2>Summary</h2>" + summarySentence(figures) + cards(figures) + "</section>"
        body += verdictSection(current)
        body += incidentSection(figures)
        body += remediationSection(current, previous)
        body += encryptionSection(current, previous)
        body += trendSection(figures)
        body += aboutSection(figures)
        return HTMLPage.document(title: "Personal data on removable media: \(period)", body: body)
    }

    static func summarySentence(_ figures: GovernorsFigures) -> String {
        let c = figures.current
        let held = (c.verdicts["secure_delete"] ?? 0) + (c.verdicts["block"] ?? 0)
        let checks = HTMLPage.count(c.checks, "check")
        return "<p>In this period <strong>\(HTMLPage.count(c.devicesChecked, "removable device"))</strong> "
            + "\(c.devicesChecked == 1 ? "was" : "were") checked (\(checks) in all"
            + "\(c.folderScans > 0 ? ", \(c.folderScans) of them of folders" : "")). "
            + "<strong>\(HTMLPage.count(c.incidents, "incident"))</strong> \(c.incidents == 1 ? "was" : "were") recorded; "
            + "\(HTMLPage.count(held, "device")) \(held == 1 ? "was" : "were") held back until personal data was moved and "
            + "securely deleted or malware removed. <strong>\(HTMLPage.count(c.remediationsCompleted, "remediation"))</strong> "
            + "\(c.remediationsCompleted == 1 ? "was" : "were") completed. <strong>\(percent(c.encryptedShare))</strong> "
            + "of the sticks checked were encrypted.</p>"
    }

    static func cards(_ figures: GovernorsFigures) -> String {
        let c = figures.current, p = figures.previous
        func card(_ value: String, _ label: String, _ now: Double, _ before: Double, higherIsBetter: Bool, suffix: String = "") -> String {
            "<div class=\"card\"><div class=\"value\">\(value)</div><div class=\"label\">\(label)</div>"
                + "<div class=\"trend\">\(trendText(now, before, higherIsBetter: higherIsBetter, suffix: suffix))</div></div>"
        }
        return "<div class=\"cards\">"
            + card("\(c.devicesChecked)", "devices checked", Double(c.devicesChecked), Double(p.devicesChecked), higherIsBetter: true)
            + card("\(c.incidents)", "incidents", Double(c.incidents), Double(p.incidents), higherIsBetter: false)
            + card("\(c.remediationsCompleted)", "remediations completed", Double(c.remediationsCompleted),
                   Double(p.remediationsCompleted), higherIsBetter: true)
            + card(percent(c.encryptedShare), "of sticks encrypted", (c.encryptedShare * 100).rounded(),
                   (p.encryptedShare * 100).rounded(), higherIsBetter: true, suffix: " points")
            + "</div>"
    }

    /// "▲ 12 from 40 (+30%)" coloured by whether the change is good.
    static func trendText(_ now: Double, _ before: Double, higherIsBetter: Bool, suffix: String = "") -> String {
        let delta = now - before
        if delta == 0 { return "no change on the previous period (\(Int(before)))" }
        let good = (delta > 0) == higherIsBetter
        let arrow = delta > 0 ? "▲" : "▼"
        let change = suffix.isEmpty && before != 0 ? " (\(delta > 0 ? "+" : "")\(Int((delta / before * 100).rounded()))%)" : ""
        return "<span class=\"\(good ? "up" : "down")\">\(arrow) \(Int(abs(delta)))\(suffix)</span> on the previous period (\(Int(before)))\(change)"
    }

    static func verdictSection(_ c: GovernorsFigures.Period) -> String {
        let bars = Verdict.allCases.map { v in
            (label: Palette.verdictLabel(v.rawValue), value: c.verdicts[v.rawValue] ?? 0, colour: Palette.verdictColour(v.rawValue))
        }
        var html = "<section><h2>What was decided</h2><p>Every check ends in one decision. Most sticks should be allowed; "
            + "the others show where personal data was carried unprotected.</p>"
        html += SVGChart.horizontalBars(bars, title: "Checks by decision")
        html += "<table><tr><th>Decision</th><th>What it means</th><th class=\"n\">Checks</th></tr>"
        for v in Verdict.allCases {
            html += "<tr><td>\(Palette.verdictLabel(v.rawValue))</td><td>\(Palette.verdictMeaning(v.rawValue))</td>"
                + "<td class=\"n\">\(c.verdicts[v.rawValue] ?? 0)</td></tr>"
        }
        return html + "</table></section>"
    }

    static func incidentSection(_ figures: GovernorsFigures) -> String {
        let c = figures.current
        let used = IncidentCategory.order.filter { category in figures.incidentsByMonth.contains { ($0.byCategory[category] ?? 0) > 0 } }
        let columns = figures.incidentsByMonth.map { month in
            (label: HTMLPage.longMonth(month.month),
             segments: IncidentCategory.order.map { (key: $0, value: month.byCategory[$0] ?? 0) })
        }
        var html = "<section><h2>Incidents by category and month</h2>"
        html += "<p>An incident is any check that ended in a warning or stronger. Each is counted once, under the most "
            + "sensitive kind of personal data involved.</p>"
        // By category always; by month as well when the period spans more than one.
        let categories = IncidentCategory.order.filter { (c.incidentsByCategory[$0] ?? 0) > 0 }.map { category in
            (label: IncidentCategory.label(category).components(separatedBy: " (").first!,
             value: c.incidentsByCategory[category] ?? 0, colour: Palette.categoryColours[category] ?? "#90a4ae")
        }
        if !categories.isEmpty { html += SVGChart.horizontalBars(categories, title: "Incidents by category") }
        if columns.count > 1 {
            html += SVGChart.stackedColumns(columns, colours: Palette.categoryColours, title: "Incidents by month and category")
            html += "<p class=\"legend\">" + used.map { category in
                "<span><i class=\"swatch\" style=\"background:\(Palette.categoryColours[category] ?? "#90a4ae")\"></i>\(HTMLPage.escape(IncidentCategory.label(category)))</span>"
            }.joined() + "</p>"
        }
        html += "<table><tr><th>Category</th>" + figures.incidentsByMonth.map { "<th class=\"n\">\(HTMLPage.longMonth($0.month))</th>" }.joined()
            + "<th class=\"n\">Total</th><th class=\"n\">Previous period</th></tr>"
        for category in IncidentCategory.order where (c.incidentsByCategory[category] ?? 0) > 0 || (figures.previous.incidentsByCategory[category] ?? 0) > 0 {
            html += "<tr><td>\(HTMLPage.escape(IncidentCategory.label(category)))</td>"
                + figures.incidentsByMonth.map { "<td class=\"n\">\($0.byCategory[category] ?? 0)</td>" }.joined()
                + "<td class=\"n\"><strong>\(c.incidentsByCategory[category] ?? 0)</strong></td>"
                + "<td class=\"n\">\(figures.previous.incidentsByCategory[category] ?? 0)</td></tr>"
        }
        html += "<tr><th>All incidents</th>" + figures.incidentsByMonth.map { "<th class=\"n\">\($0.total)</th>" }.joined()
            + "<th class=\"n\">\(c.incidents)</th><th class=\"n\">\(figures.previous.incidents)</th></tr>"
        return html + "</table></section>"
    }

    static func remediationSection(_ c: GovernorsFigures.Period, _ p: GovernorsFigures.Period) -> String {
        "<section><h2>Remediations</h2><p>A remediation moves personal data to school storage and securely deletes it "
            + "from the stick, or removes malware. It is complete when the stick checks clean afterwards.</p>"
            + "<table><tr><th>Remediations</th><th class=\"n\">This period</th><th class=\"n\">Previous period</th></tr>"
            + "<tr><td>Completed</td><td class=\"n\">\(c.remediationsCompleted)</td><td class=\"n\">\(p.remediationsCompleted)</td></tr>"
            + "<tr><td>Started but not finished</td><td class=\"n\">\(c.remediations - c.remediationsCompleted)</td>"
            + "<td class=\"n\">\(p.remediations - p.remediationsCompleted)</td></tr></table></section>"
    }

    static func encryptionSection(_ c: GovernorsFigures.Period, _ p: GovernorsFigures.Period) -> String {
        "<section><h2>Encrypted sticks</h2><p>The policy asks that personal data on removable media is encrypted and "
            + "password protected. Of the \(c.devicesChecked) devices checked, \(c.encryptedDevices) were encrypted "
            + "(\(percent(p.encryptedShare)) in the previous period).</p>"
            + SVGChart.shareBar(part: c.encryptedDevices, whole: c.devicesChecked, partLabel: "Encrypted",
                                restLabel: "Not encrypted", title: "Share of devices checked that were encrypted")
            + "</section>"
    }

    static func trendSection(_ figures: GovernorsFigures) -> String {
        var html = "<section><h2>Compared with the previous period</h2><table><tr><th>Measure</th>"
            + "<th class=\"n\">This period</th><th class=\"n\">Previous period</th><th class=\"n\">Change</th></tr>"
        for trend in figures.trend {
            var change = trend.changePercent.map { "\($0 > 0 ? "+" : "")\(Int($0))%" } ?? (trend.current == trend.previous ? "0%" : "new")
            if trend.measure.hasSuffix("(%)") {
                let points = Int(trend.current - trend.previous)
                change = "\(points > 0 ? "+" : "")\(points) points"
            }
            html += "<tr><td>\(HTMLPage.escape(trend.measure))</td><td class=\"n\">\(Int(trend.current))</td>"
                + "<td class=\"n\">\(Int(trend.previous))</td><td class=\"n\">\(change)</td></tr>"
        }
        return html + "</table></section>"
    }

    static func aboutSection(_ figures: GovernorsFigures) -> String {
        var trail = "not checked for this report"
        if let status = figures.auditTrail {
            trail = status.hasPrefix("intact") ? "<span class=\"ok\">\(HTMLPage.escape(status))</span>"
                                                : "<span class=\"bad\">\(HTMLPage.escape(status))</span>"
        }
        return "<section><h2>About this report</h2><p class=\"note\">This report is anonymised: it gives counts only, "
            + "with no names, file names, device serial numbers or personal data. Technicians hold the detail in the "
            + "school's audit trail, whose records are chained so that any later change shows. Audit trail: \(trail).</p></section>"
            + "<footer>Stickler · generated \(HTMLPage.escape(HTMLPage.shortTime(figures.generated))) · "
            + "period \(figures.current.from) to \(figures.current.to)</footer>"
    }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
}
