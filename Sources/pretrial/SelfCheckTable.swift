import Reports
import SimKernel

/// Formats the rows of the kernel self-check as an aligned terminal table.
enum SelfCheckTable {
    /// The table, followed by a verdict line.
    static func render(_ rows: [KernelSelfCheck.Row], replications: Int, customers: Int, seed: UInt64) -> String {
        var lines: [[String]] = [["queue", "quantity", "simulated ± CI", "expected", "source", "result"]]
        for row in rows {
            lines.append([
                row.queue, row.quantity,
                "\(format(row.simulated.mean)) ± \(format(row.simulated.halfWidth))",
                format(row.expected), row.source, row.passed ? "ok" : "OUTSIDE",
            ])
        }
        let widths = (0..<lines[0].count).map { column in lines.map { $0[column].count }.max() ?? 0 }
        var text = lines.map { cells in
            zip(cells, widths).map { $0.padding(toLength: $1) }.joined(separator: "  ")
        }.joined(separator: "\n")
        let failed = rows.filter { !$0.passed }.count
        text += "\n\n\(replications) replications × \(customers) customers per queue, seed \(seed); "
        text += "simultaneous 95% confidence intervals.\n"
        text +=
            failed == 0
            ? "selfcheck passed" : "selfcheck FAILED: \(failed) of \(rows.count) values outside their intervals"
        return text
    }

    private static func format(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        let magnitude = abs(value)
        let digits = magnitude >= 100 ? 2 : magnitude >= 1 ? 4 : 6
        return NumberFormat.fixed(value, decimals: digits)
    }
}

extension String {
    /// The string padded with spaces on the right to `length` characters.
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
