import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
@testable import Reports
import Testing

/// Collects the attributes of every element of one name in an XML document.
final class ElementCollector: NSObject, XMLParserDelegate {
    let name: String
    var found: [[String: String]] = []

    init(name: String) { self.name = name }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        if elementName == name { found.append(attributes) }
    }

    /// The attributes of each `name` element of `xml`, or `nil` if `xml` is not well-formed.
    static func collect(_ name: String, in xml: String) -> [[String: String]]? {
        let parser = XMLParser(data: Data(xml.utf8))
        let collector = ElementCollector(name: name)
        parser.delegate = collector
        return parser.parse() ? collector.found : nil
    }
}

@Suite("SVG bar charts")
struct SVGBarChartTests {
    @Test("bars are as tall as their values, on an axis from zero to a round number above the highest whisker")
    func barHeights() throws {
        let chart = SVGBarChart(
            title: "Share detained <by group> & more", categories: ["A", "B"], series: ["baseline", "reform"],
            bars: [
                [.init(value: 0.4, lower: 0.38, upper: 0.42), .init(value: 0.2, lower: .nan, upper: .nan)],
                [.init(value: 0.1, lower: 0.05, upper: 0.15), .init(value: .nan, lower: .nan, upper: .nan)],
            ])
        #expect(chart.scale.top == 0.5)
        let rects = try #require(ElementCollector.collect("rect", in: chart.svg), "the SVG must be well-formed XML")
        // Three bars (the NaN one is left out) and two legend swatches of 10 × 10.
        let bars = rects.filter { $0["width"] != "10" }
        #expect(bars.count == 3)
        let heights = bars.compactMap { $0["height"].flatMap(Double.init) }
        let plot = SVGBarChart.height - SVGBarChart.top - SVGBarChart.bottom
        // Bars come category by category: A baseline 0.4, A reform 0.1, B baseline 0.2.
        for (height, value) in zip(heights, [0.4, 0.1, 0.2]) {
            #expect(abs(height - plot * value / 0.5) <= 0.1, "\(height) for \(value)")
        }
        let whiskers = try #require(ElementCollector.collect("line", in: chart.svg)).filter {
            $0["stroke-width"] == "1.5"
        }
        #expect(whiskers.count == 2)
        #expect(chart.svg.contains("Share detained &lt;by group&gt; &amp; more"))
    }

    @Test("round axis tops and tick labels", arguments: [(0.42, 0.5), (7.3, 8.0), (1234.0, 1250.0), (0.0, 1.0)])
    func scales(_ highest: Double, _ top: Double) {
        let chart = SVGBarChart(
            title: "t", categories: ["x"], series: ["s"],
            bars: [[.init(value: highest, lower: .nan, upper: .nan)]])
        #expect(chart.scale.top == top)
        #expect(SVGBarChart.tickLabel(0.25) == "0.25")
        #expect(SVGBarChart.tickLabel(1500) == "1,500")
    }
}
