/// One table of a report as text cells, before it is written in a format.
public struct ReportTable: Sendable, Equatable {
    /// The table's title.
    public var title: String
    /// Column headings.
    public var columns: [String]
    /// Rows of cells, one per column.
    public var rows: [[String]]
    /// Notes printed under the table (how to read it, warnings).
    public var notes: [String]

    /// Creates a table.
    public init(title: String, columns: [String], rows: [[String]], notes: [String] = []) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
    }
}
