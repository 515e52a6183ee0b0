/// One row of a report table: a label, how deep it sits under the row above, and one cell per
/// column after the label's.
public struct ReportRow: Sendable, Equatable {
    /// The first column: a figure's label, a group, a charge class, a quintile or a variant.
    public var label: String
    /// 0 for a figure (or a row of its own); 1 for a group, charge class or quintile under
    /// the figure above. Each format shows depth its own way (indentation, `\quad`,
    /// `class="sub"`).
    public var depth: Int
    /// The cells after the label, one per remaining column.
    public var cells: [ReportCell]

    /// Creates a row.
    public init(_ label: String, depth: Int = 0, cells: [ReportCell]) {
        self.label = label
        self.depth = depth
        self.cells = cells
    }
}
