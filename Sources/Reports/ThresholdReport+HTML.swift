import Experiments
import PretrialModel
import SimKernel

extension ThresholdReport {
    /// One self-contained HTML page: the caveats, the impossibility result in words, the charts
    /// (``charts``), every table and the provenance; no scripts or external files.
    public func html() -> String {
        let r = result
        var body = "<h1>\(escapeXML(provenance.scenarioName)): risk threshold sweep</h1>\n"
        body +=
            "<p class=\"lead\">\(r.replications) replications per threshold of variant <strong>"
            + "\(escapeXML(r.variant))</strong>; every figure is the mean over replications with its 95% confidence "
            + "interval.</p>\n"
        body += r.notes.map { "<p class=\"caveat\">\(escapeXML($0))</p>\n" }.joined()
        let sentences = r.finding.sentences
        if !sentences.isEmpty {
            body += "<h2>The impossibility result on these numbers</h2>\n<ul>\n"
            body += sentences.map { "<li>\(escapeXML($0))</li>\n" }.joined() + "</ul>\n"
        }
        body += "<section class=\"charts\">\n"
        for chart in charts { body += "<figure>\(chart.svg)</figure>\n" }
        body += "</section>\n"
        for var table in tables {
            table.notes.removeAll { r.notes.contains($0) || sentences.contains($0) }
            body += HTMLReport.html(table)
        }
        body += "<footer>\(escapeXML(provenance.line))</footer>\n"
        return HTMLReport.page(title: provenance.scenarioName + " — risk threshold sweep", body: body)
    }

    /// The charts: the frontier (detention against new arrests and failures to appear per
    /// person released, one marker per threshold), detention by group against the threshold,
    /// and, when the run has fairness figures, the true false-positive and false-negative rates
    /// and positive predictive value by group, and the observed false-positive rate, against the
    /// threshold.
    public var charts: [SVGLineChart] {
        let r = result
        let detention = MetricID.detainedPastFirstAppearanceShare
        func point(_ e: Estimate, x: Double, label: String = "") -> SVGLineChart.Point {
            let finite = e.halfWidth.isFinite
            return SVGLineChart.Point(
                x: x, y: e.mean, lower: finite ? e.lower : .nan, upper: finite ? e.upper : .nan, label: label)
        }
        var charts = [
            SVGLineChart(
                title: "The frontier: detention against outcomes among the released",
                xLabel: "Share detained past first appearance", yLabel: "Per person released",
                series: [MetricID.newArrestRate, .failuresToAppearPerReleased].map { metric in
                    SVGLineChart.Series(
                        name: metric.label,
                        points: r.points.map {
                            point($0.estimate(metric), x: $0.estimate(detention).mean, label: "\($0.threshold)")
                        })
                }, labelsPoints: true),
            byGroup("Share detained past first appearance, by group", metric: detention, point: point),
        ]
        guard r.hasFairnessFigures else { return charts }
        let kind = ImpossibilityFinding.kind
        for measure in [FairnessFigure.Measure.falsePositiveRate, .falseNegativeRate, .positivePredictiveValue] {
            if let metric = FairnessFigure(measure, kind).metric {
                charts.append(byGroup("\(measure.shortName) by group, true outcomes", metric: metric, point: point))
            }
        }
        if let observed = FairnessFigure(.falsePositiveRate, .observed).metric {
            charts.append(
                byGroup("FPR by group, observed outcomes (what an audit sees)", metric: observed, point: point))
        }
        return charts
    }

    /// `metric` by group against the threshold, one line per group.
    private func byGroup(
        _ title: String, metric: MetricID, point: (Estimate, Double, String) -> SVGLineChart.Point
    ) -> SVGLineChart {
        SVGLineChart(
            title: title, xLabel: "Risk threshold", yLabel: metric.definition.unit == .share ? "Share" : metric.label,
            series: result.groups.map { group in
                SVGLineChart.Series(
                    name: group,
                    points: result.points.map { point($0.estimate(metric, .group(group)), $0.threshold, "") })
            })
    }
}
