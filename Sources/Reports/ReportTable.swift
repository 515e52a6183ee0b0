/// One table of a report as typed rows, before a format writes it.
public struct ReportTable: Sendable, Equatable {
    /// The table's title.
    public var title: String
    /// Column headings, the label's first.
    public var columns: [String]
    /// The rows, each with a label and one cell per further column.
    public var rows: [ReportRow]
    /// Notes printed under the table (how to read it, warnings).
    public var notes: [String]

    /// Creates a table.
    public init(title: String, columns: [String], rows: [ReportRow], notes: [String] = []) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
    }
}
