import Foundation
@testable import Reports
import Testing

@Suite("SVG band charts")
struct SVGBandChartTests {
    /// Two variants over 0…100 days, the baseline with a band throughout, the reform with a
    /// gap in its band (days 40–49 have no interval), and a marker at day 50 and one outside.
    static let chart: SVGBandChart = {
        let x = (0...100).map(Double.init)
        let baseline = SVGBandChart.Series(
            name: "baseline", x: x, mean: x.map { 100 * (1 - exp(-$0 / 20)) },
            lower: x.map { 100 * (1 - exp(-$0 / 20)) - 5 }, upper: x.map { 100 * (1 - exp(-$0 / 20)) + 5 })
        let reform = SVGBandChart.Series(
            name: "reform <A&B>", x: x, mean: x.map { 80 * (1 - exp(-$0 / 20)) },
            lower: x.map { (40..<50).contains($0) ? .nan : 80 * (1 - exp(-$0 / 20)) - 4 },
            upper: x.map { 80 * (1 - exp(-$0 / 20)) + 4 })
        return SVGBandChart(
            title: "People held", xLabel: "day", yLabel: "people", series: [baseline, reform], markers: [50, 500])
    }()

    @Test("well-formed: a line per series, a band per run of intervals, one dashed line per marker in range")
    func structure() throws {
        let svg = Self.chart.svg
        #expect(try #require(ElementCollector.collect("polyline", in: svg), "well-formed XML").count == 2)
        let bands = try #require(ElementCollector.collect("polygon", in: svg))
        #expect(bands.count == 3, "the baseline's band, and the reform's in two parts around its gap")
        #expect(bands.filter { $0["fill"] == SVGBarChart.palette[1] }.count == 2)
        let dashed = try #require(ElementCollector.collect("line", in: svg)).filter { $0["stroke-dasharray"] != nil }
        #expect(dashed.count == 1, "the marker at day 500 lies outside the axis")
        #expect(svg.contains("reform &lt;A&amp;B&gt;"))
        for word in ["baseline", "People held", ">day</text>"] { #expect(svg.contains(word), "\(word)") }
    }

    @Test("the marker sits at its day on the x axis")
    func markerPosition() throws {
        let svg = Self.chart.svg
        let marker = try #require(
            ElementCollector.collect("line", in: svg)?.first { $0["stroke-dasharray"] != nil })
        let x = try #require(marker["x1"].flatMap(Double.init))
        // The x axis runs 0…100 over the plot's width.
        let plot = SVGBandChart.width - SVGBandChart.left - SVGBandChart.right
        #expect(abs(x - (SVGBandChart.left + plot / 2)) < 0.1)
    }
}
