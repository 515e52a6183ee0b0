import Foundation

/// A grouped bar chart with 95% interval whiskers, as an inline SVG element: categories
/// along the x axis (groups, quintiles), one bar per series (variant) in each, a y axis from
/// zero with round ticks, and a legend. Colours are the Okabe–Ito palette, which readers with
/// colour-vision deficiencies can tell apart; every bar also carries its value in a `<title>`
/// (shown on hover, read by screen readers).
public struct SVGBarChart: Sendable {
    /// One bar: the estimate and its 95% interval (`lower`/`upper` NaN for none).
    public struct Bar: Sendable {
        /// The estimate (NaN: no bar).
        public var value: Double
        /// The lower end of its 95% interval (NaN: no whisker).
        public var lower: Double
        /// The upper end of its 95% interval (NaN: no whisker).
        public var upper: Double

        /// Creates a bar.
        public init(value: Double, lower: Double, upper: Double) {
            self.value = value
            self.lower = lower
            self.upper = upper
        }
    }

    /// The chart's title.
    public var title: String
    /// The x-axis categories, left to right.
    public var categories: [String]
    /// The series' names (the legend), in bar order within each category.
    public var series: [String]
    /// `bars[series][category]`.
    public var bars: [[Bar]]

    /// Creates a chart.
    public init(title: String, categories: [String], series: [String], bars: [[Bar]]) {
        self.title = title
        self.categories = categories
        self.series = series
        self.bars = bars
    }

    static let palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
    static let width = 640.0, height = 300.0
    static let left = 64.0, right = 16.0, top = 36.0, bottom = 56.0

    /// The top of the y axis and its tick step: a round number at or above every bar and
    /// whisker (1 when there is nothing to show).
    var scale: (top: Double, step: Double) {
        let highest =
            bars.joined().map { $0.upper.isFinite ? max($0.value, $0.upper) : $0.value }
            .filter(\.isFinite).max() ?? 0
        guard highest > 0 else { return (1, 0.25) }
        let magnitude = pow(10, floor(log10(highest)))
        let step =
            [0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { highest / $0 <= 5 } ?? magnitude * 10
        return ((highest / step).rounded(.up) * step, step)
    }

    /// The chart as an `<svg>` element (XML: every tag closed, text escaped).
    public var svg: String {
        let (plotWidth, plotHeight) = (Self.width - Self.left - Self.right, Self.height - Self.top - Self.bottom)
        let (yTop, step) = scale
        func y(_ value: Double) -> Double { Self.top + plotHeight * (1 - max(0, value) / yTop) }
        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Int(Self.width)) \(Int(Self.height))" \
            width="\(Int(Self.width))" height="\(Int(Self.height))" role="img" aria-label="\(escapeXML(title))" \
            font-family="Liberation Sans, Arial, sans-serif" font-size="12">
            <text x="\(Self.left)" y="18" font-size="14" font-weight="bold">\(escapeXML(title))</text>

            """
        for index in 0...Int((yTop / step).rounded()) {
            let tick = (Double(index) * step * 1e9).rounded() / 1e9
            let at = format(y(tick))
            out +=
                "<line x1=\"\(format(Self.left))\" y1=\"\(at)\" x2=\"\(format(Self.width - Self.right))\" y2=\"\(at)\" stroke=\"#dddddd\"/>\n"
            out +=
                "<text x=\"\(format(Self.left - 6))\" y=\"\(at)\" text-anchor=\"end\" dominant-baseline=\"middle\">\(escapeXML(Self.tickLabel(tick)))</text>\n"
        }
        let groupWidth = plotWidth / Double(max(categories.count, 1))
        let barWidth = groupWidth * 0.8 / Double(max(series.count, 1))
        for (c, category) in categories.enumerated() {
            let groupLeft = Self.left + groupWidth * Double(c) + groupWidth * 0.1
            for s in series.indices where c < bars[s].count {
                let bar = bars[s][c]
                guard bar.value.isFinite else { continue }
                let x = groupLeft + barWidth * Double(s)
                let colour = Self.palette[s % Self.palette.count]
                var label = "\(series[s]), \(category): \(NumberFormat.figure(bar.value))"
                if bar.lower.isFinite && bar.upper.isFinite {
                    label += " [\(NumberFormat.figure(bar.lower)), \(NumberFormat.figure(bar.upper))]"
                }
                out +=
                    "<rect x=\"\(format(x))\" y=\"\(format(y(bar.value)))\" width=\"\(format(barWidth * 0.92))\" "
                    + "height=\"\(format(y(0) - y(bar.value)))\" fill=\"\(colour)\"><title>\(escapeXML(label))</title></rect>\n"
                if bar.lower.isFinite && bar.upper.isFinite {
                    let mid = format(x + barWidth * 0.46)
                    out +=
                        "<line x1=\"\(mid)\" y1=\"\(format(y(bar.lower)))\" x2=\"\(mid)\" y2=\"\(format(y(bar.upper)))\" stroke=\"#222222\" stroke-width=\"1.5\"/>\n"
                }
            }
            out +=
                "<text x=\"\(format(groupLeft + groupWidth * 0.4))\" y=\"\(format(Self.height - Self.bottom + 16))\" text-anchor=\"middle\">\(escapeXML(category))</text>\n"
        }
        out +=
            "<line x1=\"\(format(Self.left))\" y1=\"\(format(y(0)))\" x2=\"\(format(Self.width - Self.right))\" y2=\"\(format(y(0)))\" stroke=\"#222222\"/>\n"
        out += SVGLegend.svg(series, left: Self.left, baseline: Self.height - 16)
        return out + "</svg>"
    }

    private func format(_ value: Double) -> String { NumberFormat.fixed(value, decimals: 1) }

    /// A tick value as briefly as it can be written: 0.25, 5, 1,000.
    static func tickLabel(_ value: Double) -> String {
        if value >= 1000 || value == value.rounded() { return NumberFormat.grouped(Int(value.rounded())) }
        return "\(value)"
    }
}
