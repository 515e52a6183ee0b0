import Foundation

/// A line chart with 95% interval whiskers, as an inline SVG element: numeric x and y axes with
/// round ticks, one line of markers per series, joined in the order given (so a frontier —
/// detention against rearrest, one point per threshold — reads as a path), and a legend.
/// Colours are those of ``SVGBarChart`` (Okabe–Ito); every marker carries its values in a
/// `<title>`, and may carry a short label beside it (a threshold).
public struct SVGLineChart: Sendable {
    /// One marker: x, y and y's 95% interval (`lower`/`upper` NaN for none).
    public struct Point: Sendable {
        /// The x value (NaN: no marker).
        public var x: Double
        /// The y value (NaN: no marker).
        public var y: Double
        /// The lower end of y's 95% interval (NaN: no whisker).
        public var lower: Double
        /// The upper end of y's 95% interval (NaN: no whisker).
        public var upper: Double
        /// Words shown beside the marker when the chart labels points (empty: none).
        public var label: String

        /// Creates a point.
        public init(x: Double, y: Double, lower: Double = .nan, upper: Double = .nan, label: String = "") {
            self.x = x
            self.y = y
            self.lower = lower
            self.upper = upper
            self.label = label
        }
    }

    /// One line.
    public struct Series: Sendable {
        /// Its name in the legend.
        public var name: String
        /// Its points, joined in this order.
        public var points: [Point]

        /// Creates a series.
        public init(name: String, points: [Point]) {
            self.name = name
            self.points = points
        }
    }

    /// The chart's title.
    public var title: String
    /// What the x axis shows.
    public var xLabel: String
    /// What the y axis shows.
    public var yLabel: String
    /// The lines.
    public var series: [Series]
    /// Whether each marker's ``Point/label`` is drawn beside it.
    public var labelsPoints: Bool

    /// Creates a chart.
    public init(title: String, xLabel: String, yLabel: String, series: [Series], labelsPoints: Bool = false) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.series = series
        self.labelsPoints = labelsPoints
    }

    static let width = 640.0, height = 320.0
    static let left = 64.0, right = 24.0, top = 36.0, bottom = 76.0

    /// The points that can be drawn (x and y finite).
    var drawable: [Point] { series.flatMap(\.points).filter { $0.x.isFinite && $0.y.isFinite } }

    /// Round bounds and a tick step for values from `low` to `high`: about five ticks.
    static func axis(_ low: Double, _ high: Double) -> (low: Double, high: Double, step: Double) {
        guard low.isFinite, high.isFinite else { return (0, 1, 0.25) }
        let span = high - low
        guard span > 1e-12 else {
            let pad = max(abs(low) * 0.1, 0.05)
            return axis(low - pad, high + pad)
        }
        let magnitude = pow(10, floor(log10(span)))
        let step =
            [0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { span / $0 <= 5 } ?? magnitude * 10
        return ((low / step).rounded(.down) * step, (high / step).rounded(.up) * step, step)
    }

    /// The x axis: the points' range.
    var xAxis: (low: Double, high: Double, step: Double) {
        let xs = drawable.map(\.x)
        return Self.axis(xs.min() ?? 0, xs.max() ?? 1)
    }

    /// The y axis: from zero (or below, for negative values) to above every marker and whisker.
    var yAxis: (low: Double, high: Double, step: Double) {
        let ys = drawable.flatMap { [$0.y, $0.lower, $0.upper] }.filter(\.isFinite)
        return Self.axis(min(0, ys.min() ?? 0), max(ys.max() ?? 1, 1e-9))
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
        for tick in Self.ticks(yAxis) {
            let at = format(y(tick))
            out +=
                "<line x1=\"\(format(Self.left))\" y1=\"\(at)\" x2=\"\(format(Self.width - Self.right))\" y2=\"\(at)\" stroke=\"#dddddd\"/>\n"
            out +=
                "<text x=\"\(format(Self.left - 6))\" y=\"\(at)\" text-anchor=\"end\" dominant-baseline=\"middle\">\(escapeXML(SVGBarChart.tickLabel(tick)))</text>\n"
        }
        let axisY = format(Self.height - Self.bottom)
        for tick in Self.ticks(xAxis) {
            let at = format(x(tick))
            out +=
                "<line x1=\"\(at)\" y1=\"\(axisY)\" x2=\"\(at)\" y2=\"\(format(Self.height - Self.bottom + 4))\" stroke=\"#222222\"/>\n"
            out +=
                "<text x=\"\(at)\" y=\"\(format(Self.height - Self.bottom + 16))\" text-anchor=\"middle\">\(escapeXML(SVGBarChart.tickLabel(tick)))</text>\n"
        }
        out +=
            "<line x1=\"\(format(Self.left))\" y1=\"\(axisY)\" x2=\"\(format(Self.width - Self.right))\" y2=\"\(axisY)\" stroke=\"#222222\"/>\n"
        out +=
            "<line x1=\"\(format(Self.left))\" y1=\"\(format(Self.top))\" x2=\"\(format(Self.left))\" y2=\"\(axisY)\" stroke=\"#222222\"/>\n"
        out +=
            "<text x=\"\(format(Self.left + plotWidth / 2))\" y=\"\(format(Self.height - Self.bottom + 34))\" text-anchor=\"middle\">\(escapeXML(xLabel))</text>\n"
        out +=
            "<text x=\"14\" y=\"\(format(Self.top + plotHeight / 2))\" text-anchor=\"middle\" transform=\"rotate(-90 14 \(format(Self.top + plotHeight / 2)))\">\(escapeXML(yLabel))</text>\n"
        for (s, line) in series.enumerated() {
            let colour = SVGBarChart.palette[s % SVGBarChart.palette.count]
            let points = line.points.filter { $0.x.isFinite && $0.y.isFinite }
            if points.count > 1 {
                let path = points.map { "\(format(x($0.x))),\(format(y($0.y)))" }.joined(separator: " ")
                out += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"/>\n"
            }
            for point in points {
                let (px, py) = (format(x(point.x)), format(y(point.y)))
                if point.lower.isFinite && point.upper.isFinite {
                    out +=
                        "<line x1=\"\(px)\" y1=\"\(format(y(point.lower)))\" x2=\"\(px)\" y2=\"\(format(y(point.upper)))\" stroke=\"\(colour)\" stroke-width=\"1.5\"/>\n"
                }
                var words = "\(line.name)\(point.label.isEmpty ? "" : " \(point.label)"): \(xLabel) "
                words += "\(NumberFormat.figure(point.x)), \(yLabel) \(NumberFormat.figure(point.y))"
                if point.lower.isFinite && point.upper.isFinite {
                    words += " [\(NumberFormat.figure(point.lower)), \(NumberFormat.figure(point.upper))]"
                }
                out +=
                    "<circle cx=\"\(px)\" cy=\"\(py)\" r=\"3.5\" fill=\"\(colour)\"><title>\(escapeXML(words))</title></circle>\n"
                if labelsPoints && !point.label.isEmpty {
                    out +=
                        "<text x=\"\(format(x(point.x) + 5))\" y=\"\(format(y(point.y) - 5))\" font-size=\"10\">\(escapeXML(point.label))</text>\n"
                }
            }
        }
        out += SVGLegend.svg(series.map(\.name), left: Self.left, baseline: Self.height - 12)
        return out + "</svg>"
    }

    /// The tick values of an axis, from its low end to its high end.
    static func ticks(_ axis: (low: Double, high: Double, step: Double)) -> [Double] {
        let count = Int(((axis.high - axis.low) / axis.step).rounded())
        return (0...max(count, 0)).map { (((axis.low + Double($0) * axis.step) * 1e9).rounded() / 1e9) }
    }

    private func format(_ value: Double) -> String { NumberFormat.fixed(value, decimals: 1) }
}
