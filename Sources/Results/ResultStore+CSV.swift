import GRDB

extension ResultStore {
    /// The tidy metrics table as CSV: one line per (run, variant, replication, metric,
    /// breakdown), header `run_id,variant_index,variant,replication,metric,breakdown,value,
    /// numerator,denominator`; an empty value is a figure with no denominator (NaN), and a
    /// figure that is not a rate or mean has empty numerator and denominator.
    /// - Parameter run: one run, or every run if `nil`.
    public func metricsCSV(run: Int64? = nil) throws -> String {
        try queue.read { db in
            var lines = ["run_id,variant_index,variant,replication,metric,breakdown,value,numerator,denominator"]
            // A store opened read-only is not migrated: one from before schema v5 has no counts.
            let hasCounts = try db.columns(in: "metrics").contains { $0.name == "numerator" }
            let counts = hasCounts ? "m.numerator, m.denominator" : "NULL, NULL"
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT m.run_id, m.variant_index, v.name, m.replication, m.metric, m.breakdown, m.value,
                           \(counts)
                    FROM metrics m JOIN variants v ON v.run_id = m.run_id AND v.variant_index = m.variant_index
                    WHERE ?1 IS NULL OR m.run_id = ?1 ORDER BY m.rowid
                    """, arguments: [run])
            while let row = try rows.next() {
                let number = { (index: Int) -> String in (row[index] as Double?).map { "\($0)" } ?? "" }
                let fields: [String] = [
                    String(row[0] as Int64), String(row[1] as Int), Self.csvField(row[2]),
                    String(row[3] as Int), Self.csvField(row[4]), Self.csvField(row[5]),
                    number(6), number(7), number(8),
                ]
                lines.append(fields.joined(separator: ","))
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    /// `text`, quoted if it holds a comma, a quote or a line break (RFC 4180).
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
