import Foundation

/// A chart of series over time as an inline SVG element: for each series a line (the mean)
/// inside a shaded band (its 95% interval), all on one pair of axes, with a dashed vertical
/// line at each marker (e.g. the day a policy changes) and a legend. Axes, ticks and colours
/// are those of ``SVGLineChart`` and ``SVGBarChart`` (Okabe–Ito). Meant for hundreds of points
/// a line, so points carry no markers; each line's `<title>` names it.
public struct SVGBandChart: Sendable {
    /// One line and its band: `mean[i]` at `x[i]`, the band from `lower[i]` to `upper[i]`
    /// (NaN where there is none: the band is drawn only over runs of finite ends).
    public struct Series: Sendable {
        /// Its name in the legend.
        public var name: String
        /// The x values, increasing.
        public var x: [Double]
        /// The line.
        public var mean: [Double]
        /// The band's lower edge.
        public var lower: [Double]
        /// The band's upper edge.
        public var upper: [Double]

        /// Creates a series; the arrays have one value per x.
        public init(name: String, x: [Double], mean: [Double], lower: [Double], upper: [Double]) {
            precondition(
                mean.count == x.count && lower.count == x.count && upper.count == x.count,
                "a band chart's series has one mean, lower and upper value per x")
            self.name = name
            self.x = x
            self.mean = mean
            self.lower = lower
            self.upper = upper
        }
    }

    /// The chart's title.
    public var title: String
    /// What the x axis shows.
    public var xLabel: String
    /// What the y axis shows.
    public var yLabel: String
    /// The series, drawn in this order (the first, the baseline, at the bottom).
    public var series: [Series]
    /// The x values of the vertical lines.
    public var markers: [Double]

    /// Creates a chart.
    public init(title: String, xLabel: String, yLabel: String, series: [Series], markers: [Double] = []) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.series = series
        self.markers = markers
    }

    static let width = SVGLineChart.width, height = SVGLineChart.height
    static let left = SVGLineChart.left, right = SVGLineChart.right
    static let top = SVGLineChart.top, bottom = SVGLineChart.bottom

    /// The x axis: every series' range and the markers within it.
    var xAxis: (low: Double, high: Double, step: Double) {
        let xs = series.flatMap(\.x).filter(\.isFinite)
        return SVGLineChart.axis(xs.min() ?? 0, xs.max() ?? 1)
    }

    /// The y axis: from zero (or below) to above every line and band.
    var yAxis: (low: Double, high: Double, step: Double) {
        let ys = series.flatMap { $0.mean + $0.lower + $0.upper }.filter(\.isFinite)
        return SVGLineChart.axis(min(0, ys.min() ?? 0), max(ys.max() ?? 1, 1e-9))
    }

    /// The chart as an `<svg>` element (XML: every tag closed, text escaped).
    public var svg: String {
        let (plotWidth, plotHeight) = (Self.width - Self.left - Self.right, Self.height - Self.top - Self.bottom)
        let (xAxis, yAxis) = (self.xAxis, self.yAxis)
        func x(_ value: Double) -> Double { Self.left + plotWidth * (value - xAxis.low) / (xAxis.high - xAxis.low) }
        func y(_ value: Double) -> Double {
            Self.top + plotHeight * (1 - (value - yAxis.low) / (yAxis.high - yAxis.low))
        }
        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Int(Self.width)) \(Int(Self.height))" \
            width="\(Int(Self.width))" height="\(Int(Self.height))" role="img" aria-label="\(escapeXML(title))" \
            font-family="Liberation Sans, Arial, sans-serif" font-size="12">
            <text x="\(Self.left)" y="18" font-size="14" font-weight="bold">\(escapeXML(title))</text>

            """
        for tick in SVGLineChart.ticks(yAxis) {
            let at = format(y(tick))
            out +=
                "<line x1=\"\(format(Self.left))\" y1=\"\(at)\" x2=\"\(format(Self.width - Self.right))\" y2=\"\(at)\" stroke=\"#dddddd\"/>\n"
            out +=
                "<text x=\"\(format(Self.left - 6))\" y=\"\(at)\" text-anchor=\"end\" dominant-baseline=\"middle\">\(escapeXML(SVGBarChart.tickLabel(tick)))</text>\n"
        }
        let axisY = format(Self.height - Self.bottom)
        for tick in SVGLineChart.ticks(xAxis) {
            let at = format(x(tick))
            out +=
                "<line x1=\"\(at)\" y1=\"\(axisY)\" x2=\"\(at)\" y2=\"\(format(Self.height - Self.bottom + 4))\" stroke=\"#222222\"/>\n"
            out +=
                "<text x=\"\(at)\" y=\"\(format(Self.height - Self.bottom + 16))\" text-anchor=\"middle\">\(escapeXML(SVGBarChart.tickLabel(tick)))</text>\n"
        }
        for (s, line) in series.enumerated() {
            let colour = SVGBarChart.palette[s % SVGBarChart.palette.count]
            for run in Self.runs(line) where run.count > 1 {
                let upper = run.map { "\(format(x(line.x[$0]))),\(format(y(line.upper[$0])))" }
                let lower = run.reversed().map { "\(format(x(line.x[$0]))),\(format(y(line.lower[$0])))" }
                out +=
                    "<polygon points=\"\((upper + lower).joined(separator: " "))\" fill=\"\(colour)\" fill-opacity=\"0.2\" stroke=\"none\"/>\n"
            }
            let points = line.x.indices.filter { line.x[$0].isFinite && line.mean[$0].isFinite }
            if points.count > 1 {
                let path = points.map { "\(format(x(line.x[$0]))),\(format(y(line.mean[$0])))" }.joined(separator: " ")
                out +=
                    "<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"1.5\"><title>\(escapeXML(line.name)): mean and 95% band</title></polyline>\n"
            }
        }
        for marker in markers where marker.isFinite && marker >= xAxis.low && marker <= xAxis.high {
            let at = format(x(marker))
            out +=
                "<line x1=\"\(at)\" y1=\"\(format(Self.top))\" x2=\"\(at)\" y2=\"\(axisY)\" stroke=\"#222222\" stroke-dasharray=\"4 3\"><title>\(escapeXML(xLabel)) \(escapeXML(NumberFormat.figure(marker)))</title></line>\n"
        }
        out +=
            "<line x1=\"\(format(Self.left))\" y1=\"\(axisY)\" x2=\"\(format(Self.width - Self.right))\" y2=\"\(axisY)\" stroke=\"#222222\"/>\n"
        out +=
            "<line x1=\"\(format(Self.left))\" y1=\"\(format(Self.top))\" x2=\"\(format(Self.left))\" y2=\"\(axisY)\" stroke=\"#222222\"/>\n"
        out +=
            "<text x=\"\(format(Self.left + plotWidth / 2))\" y=\"\(format(Self.height - Self.bottom + 34))\" text-anchor=\"middle\">\(escapeXML(xLabel))</text>\n"
        out +=
            "<text x=\"14\" y=\"\(format(Self.top + plotHeight / 2))\" text-anchor=\"middle\" transform=\"rotate(-90 14 \(format(Self.top + plotHeight / 2)))\">\(escapeXML(yLabel))</text>\n"
        out += SVGLegend.svg(series.map(\.name), left: Self.left, baseline: Self.height - 12)
        return out + "</svg>"
    }

    /// The runs of consecutive indices where the band has both ends and an x.
    static func runs(_ line: Series) -> [[Int]] {
        var runs: [[Int]] = [], current: [Int] = []
        for index in line.x.indices {
            if line.x[index].isFinite && line.lower[index].isFinite && line.upper[index].isFinite {
                current.append(index)
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    private func format(_ value: Double) -> String { NumberFormat.fixed(value, decimals: 1) }
}
