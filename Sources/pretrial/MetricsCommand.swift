import ArgumentParser

/// `pretrial metrics`: every figure the tool reports, from the metric catalog.
struct MetricsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metrics",
        abstract: "List every figure a run reports: id, label, unit and meaning.",
        discussion: "The ids are those of --format json and csv and of the results store's metrics table."
    )

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json
    }

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .text

    func run() throws {
        switch format {
        case .text: print(MetricCatalogListing.text(), terminator: "")
        case .markdown: print(MetricCatalogListing.markdown(), terminator: "")
        case .json: print(try MetricCatalogListing.json(), terminator: "")
        }
    }
}
