import Experiments
import PretrialModel
import SimKernel

/// A run's evidence as one self-contained HTML page for a brief: charts (inline SVG) of the
/// headline figures by group and by income quintile with their 95% intervals, every table
/// of the terminal report, the scenario's assumptions, and the provenance. No scripts, no
/// external files, so it can be mailed, archived or printed to PDF as it is. Written as
/// well-formed XML (XHTML syntax), which the tests check.
public struct HTMLReport: FormatRenderer {
    /// Creates the renderer.
    public init() {}

    /// The page: the report's evidence, its provenance, and its assumptions (listed when any).
    public func render(_ report: Report) -> String {
        let (evidence, provenance, assumptions) = (report.evidence, report.provenance, report.assumptions)
        var body = "<h1>\(escapeXML(provenance.scenarioName))</h1>\n"
        body +=
            "<p class=\"lead\">\(provenance.replications) replications per variant; every figure is the mean over "
            + "replications with its 95% confidence interval. Variants: "
            + evidence.summaries.map {
                "<strong>\(escapeXML($0.name))</strong>"
                    + ($0.description.isEmpty ? "" : " (\(escapeXML($0.description)))")
            }
            .joined(separator: "; ") + ".</p>\n"
        // What a reader must know before reading any figure: illustrative, what the intervals
        // are, and any variant not in a steady state.
        body += evidence.notes.map { "<p class=\"caveat\">\(escapeXML($0))</p>\n" }.joined()
        body += "<section class=\"charts\">\n"
        for chart in Self.charts(evidence) { body += "<figure>\(chart.svg)</figure>\n" }
        if let chart = Self.seriesChart(evidence) { body += "<figure>\(chart.svg)</figure>\n" }
        body += "</section>\n"
        // The caveats are at the top already: the tables keep only their own notes.
        for var table in EvidenceTables.make(evidence) {
            table.notes.removeAll(where: evidence.notes.contains)
            body += Self.html(table)
        }
        if !assumptions.isEmpty {
            body +=
                "<h2>Assumptions</h2>\n<ul>\n" + assumptions.map { "<li>\(escapeXML($0))</li>\n" }.joined() + "</ul>\n"
        }
        body += "<footer>\(escapeXML(provenance.line))</footer>\n"
        return Self.page(title: provenance.scenarioName + " — pretrial evidence", body: body)
    }

    /// One chart per charted metric and breakdown (groups, income quintiles) that the run has.
    static func charts(_ evidence: Evidence) -> [SVGBarChart] {
        let cells = evidence.summaries.first?.cells ?? []
        let groups = cells.filter { if case .group = $0 { true } else { false } }
        let quintiles = cells.filter { if case .incomeQuintile = $0 { true } else { false } }
        var charts: [SVGBarChart] = []
        for (breakdown, name) in [(groups, "group"), (quintiles, "income quintile")] where breakdown.count > 1 {
            for metric in MetricID.withRole(.charted) {
                let bars = evidence.summaries.map { summary in
                    breakdown.map { cell -> SVGBarChart.Bar in
                        guard let estimate = summary.estimate(metric, cell), estimate.count > 0 else {
                            return SVGBarChart.Bar(value: .nan, lower: .nan, upper: .nan)
                        }
                        let interval = estimate.halfWidth.isFinite
                        return SVGBarChart.Bar(
                            value: estimate.mean, lower: interval ? estimate.lower : .nan,
                            upper: interval ? estimate.upper : .nan)
                    }
                }
                charts.append(
                    SVGBarChart(
                        title: "\(metric.label), by \(name)", categories: breakdown.map(\.shortName),
                        series: evidence.summaries.map(\.name), bars: bars))
            }
        }
        return charts
    }

    /// The daily pre-trial population of every variant that kept a series, mean and 95% band
    /// over replications, with a vertical line at each of ``Evidence/seriesMarkerDays``; `nil`
    /// when no variant kept one.
    static func seriesChart(_ evidence: Evidence) -> SVGBandChart? {
        let bands = evidence.populationSeries.compactMap { $0 }
        guard !bands.isEmpty else { return nil }
        let series = bands.map { band in
            SVGBandChart.Series(
                name: band.variant, x: band.days.indices.map(Double.init), mean: band.days.map(\.mean),
                lower: band.days.map { $0.halfWidth.isFinite ? $0.lower : .nan },
                upper: band.days.map { $0.halfWidth.isFinite ? $0.upper : .nan })
        }
        return SVGBandChart(
            title: "People held pre-trial, by day (mean and 95% band over replications)", xLabel: "day",
            yLabel: "people held pre-trial", series: series, markers: evidence.seriesMarkerDays)
    }

    /// One self-contained XHTML page: `title` (plain text, escaped here) in the head, the
    /// report's style sheet, and `body` (already HTML) — the shell every HTML report shares.
    static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
        <head>
        <meta charset="utf-8"/>
        <title>\(escapeXML(title))</title>
        <style>\(style)</style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }

    /// A table: heading, header row, body rows (a row under a figure, depth 1 or more, as
    /// `class="sub"`), notes.
    static func html(_ table: ReportTable) -> String {
        var out = "<h2>\(escapeXML(table.title))</h2>\n<table>\n<thead><tr>"
        out += table.columns.map { "<th>\(escapeXML($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            out += row.depth > 0 ? "<tr class=\"sub\">" : "<tr>"
            out += "<th scope=\"row\">\(escapeXML(row.label))</th>"
            out += row.cells.map { "<td>\(escapeXML(NumberFormat.text($0)))</td>" }.joined() + "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        return out + table.notes.map { "<p class=\"note\">\(escapeXML($0))</p>\n" }.joined()
    }

    static let style = """
        body{font-family:"Liberation Sans",Arial,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222;line-height:1.4}\
        h1{font-size:1.6em}h2{font-size:1.2em;margin-top:2em}.lead{font-size:1.05em}.caveat{border-left:4px solid #D55E00;padding:.3em .8em;background:#fdf3ec}\
        .charts{display:flex;flex-wrap:wrap;gap:1em}figure{margin:0}svg{max-width:100%;height:auto}\
        table{border-collapse:collapse;font-size:.9em;margin:.5em 0}th,td{padding:.2em .6em;border-bottom:1px solid #ddd}\
        thead th{text-align:left;border-bottom:2px solid #222}td{text-align:right;font-variant-numeric:tabular-nums}\
        tbody th{text-align:left;font-weight:normal}tr.sub th{padding-left:1.8em;color:#444}\
        .note{font-size:.85em;color:#555}footer{margin-top:3em;font-size:.8em;color:#555;border-top:1px solid #ddd;padding-top:.5em}\
        @media print{body{margin:0}.charts{display:block}}
        """
}
