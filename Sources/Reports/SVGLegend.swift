/// The legend both SVG charts draw under their plot: one coloured square and name per series,
/// left to right, in ``SVGBarChart/palette``'s colours.
enum SVGLegend {
    /// The legend's SVG elements, starting at `left` with the names' baseline at `baseline`.
    static func svg(_ names: [String], left: Double, baseline: Double) -> String {
        func format(_ value: Double) -> String { NumberFormat.fixed(value, decimals: 1) }
        var out = ""
        var x = left
        for (index, name) in names.enumerated() {
            let colour = SVGBarChart.palette[index % SVGBarChart.palette.count]
            out +=
                "<rect x=\"\(format(x))\" y=\"\(format(baseline - 9))\" width=\"10\" height=\"10\" fill=\"\(colour)\"/>\n"
            out += "<text x=\"\(format(x + 14))\" y=\"\(format(baseline))\">\(escapeXML(name))</text>\n"
            x += 24 + Double(name.count) * 7
        }
        return out
    }
}
