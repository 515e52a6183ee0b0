import Foundation
@testable import Reports
import Testing

@Suite("SVG line charts")
struct SVGLineChartTests {
    static let chart = SVGLineChart(
        title: "FPR <by group> & threshold", xLabel: "Risk threshold", yLabel: "Share",
        series: [
            .init(
                name: "Black",
                points: [
                    .init(x: 0.3, y: 0.7, lower: 0.68, upper: 0.72, label: "0.3"), .init(x: 0.5, y: 0.3, label: "0.5"),
                    .init(x: 0.7, y: 0.1, label: "0.7"),
                ]),
            .init(name: "white", points: [.init(x: 0.3, y: 0.6), .init(x: 0.5, y: .nan), .init(x: 0.7, y: 0.05)]),
            .init(name: "nobody", points: [.init(x: 0.3, y: .nan)]),
        ], labelsPoints: true)

    @Test("well-formed, one marker per finite point, a line per series with two or more, whiskers where given")
    func structure() throws {
        let svg = Self.chart.svg
        let circles = try #require(ElementCollector.collect("circle", in: svg), "well-formed XML")
        #expect(circles.count == 5)
        #expect(ElementCollector.collect("polyline", in: svg)?.count == 2)
        #expect(svg.contains("FPR &lt;by group&gt; &amp; threshold"))
        // The legend names every series, the labels every labelled point.
        for word in ["Black", "white", "nobody", ">0.5</text>"] { #expect(svg.contains(word), "\(word)") }
        let lines = try #require(ElementCollector.collect("line", in: svg))
        let coloured = lines.filter { $0["stroke"] == SVGBarChart.palette[0] }
        #expect(coloured.count == 1, "one whisker, on the one point with an interval")
    }

    @Test("markers sit where their values fall on the axes, the y axis from zero")
    func positions() throws {
        let circles = try #require(ElementCollector.collect("circle", in: Self.chart.svg))
        let black = circles.prefix(3).compactMap { circle in
            (circle["cx"].flatMap(Double.init), circle["cy"].flatMap(Double.init))
        }.compactMap { x, y in x.flatMap { x in y.map { (x, $0) } } }
        try #require(black.count == 3)
        #expect(black[0].0 < black[1].0 && black[1].0 < black[2].0, "x rises with the threshold")
        #expect(black[0].1 < black[1].1 && black[1].1 < black[2].1, "a higher value is higher on the page")
        let axis = SVGLineChart.axis(0, 0.72)
        #expect(axis.low == 0 && axis.high >= 0.72 && axis.step > 0)
        #expect(SVGLineChart.ticks(axis).first == 0)
    }

    @Test("a chart with nothing to draw is still a well-formed element")
    func empty() {
        let chart = SVGLineChart(title: "none", xLabel: "x", yLabel: "y", series: [])
        #expect(ElementCollector.collect("svg", in: chart.svg)?.count == 1)
    }
}
