import Experiments
import GRDB
import PretrialModel

/// The daily series of each replication (``DailySeries``), when the run kept them: table
/// `series`, in long, tidy form, one row per (run, variant, replication, day, measure,
/// breakdown) with its value — `measure` a ``DailySeriesMeasure`` name (`pretrial_population`,
/// `admissions`, `releases`, `trial_backlog`), `breakdown` "overall", "group:<name>",
/// "charge_class:<name>" (and "tier:<name>" for a court tier's backlog). The replication's
/// row keeps the warm-up and arrest window the series was counted with (`series_warm_up_days`,
/// `series_arrest_window_days`; NULL without a series).
extension ResultStore {
    /// Writes a replication's series rows (none without a series).
    static func insertSeries(_ series: DailySeries?, run: Int64, variant: Int, replication: Int, _ db: Database) throws
    {
        guard let series else { return }
        var rows: [DatabaseValue] = []  // (day, measure, breakdown, value) per row
        for column in series.columns {
            let measure = column.measure.rawValue.databaseValue, cell = column.cell.databaseValue
            for (day, value) in column.values.enumerated() {
                rows += [day.databaseValue, measure, cell, value.isNaN ? .null : value.databaseValue]
            }
        }
        let shared = [run.databaseValue, variant.databaseValue, replication.databaseValue]
        let rowCount = rows.count / seriesRowWidth
        var start = 0
        while start < rowCount {
            let end = min(start + seriesRowsPerStatement, rowCount)
            let sql = end - start == seriesRowsPerStatement ? fullSeriesInsertSQL : seriesInsertSQL(rows: end - start)
            let statement = try db.cachedStatement(sql: sql)
            statement.setUncheckedArguments(
                StatementArguments(shared + rows[(seriesRowWidth * start)..<(seriesRowWidth * end)]))
            try statement.execute()
            start = end
        }
    }

    /// The series of every replication of `run` that has one, by [variant, replication]; the
    /// columns in the order they were written.
    static func fetchSeries(run: Int64, _ db: Database) throws -> [[Int]: DailySeries] {
        guard try db.tableExists("series") else { return [:] }
        var columns: [[Int]: [DailySeries.Column]] = [:]
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT variant_index, replication, day, measure, breakdown, value FROM series
                WHERE run_id = ? ORDER BY rowid
                """, arguments: [run])
        while let row = try rows.next() {
            // A measure this version does not know (written by a newer one) is skipped.
            guard let measure = DailySeriesMeasure(rawValue: row[3]) else { continue }
            let key: [Int] = [row[0], row[1]], cell: String = row[4], day: Int = row[2]
            let value = (row[5] as Double?) ?? .nan
            var list = columns[key] ?? []
            if let last = list.indices.last, list[last].measure == measure, list[last].cell == cell {
                list[last].values.append(value)
            } else {
                list.append(DailySeries.Column(measure: measure, cell: cell, values: [value]))
            }
            precondition(list[list.count - 1].values.count == day + 1, "series rows are written day by day")
            columns[key] = list
        }
        var periods: [[Int]: (Double, Double)] = [:]
        let replicationRows = try Row.fetchAll(
            db,
            sql: """
                SELECT variant_index, replication, series_warm_up_days, series_arrest_window_days FROM replications
                WHERE run_id = ?
                """, arguments: [run])
        for row in replicationRows {
            periods[[row[0], row[1]]] = ((row[2] as Double?) ?? 0, (row[3] as Double?) ?? .nan)
        }
        var result: [[Int]: DailySeries] = [:]
        for (key, list) in columns {
            let period = periods[key] ?? (0, .nan)
            result[key] = DailySeries(columns: list, warmUpDays: period.0, arrestWindowDays: period.1)
        }
        return result
    }

    /// The tidy series table as CSV: one line per (run, variant, replication, day, measure,
    /// breakdown), header `run_id,variant_index,variant,replication,day,measure,breakdown,value`;
    /// empty when no run kept a series.
    /// - Parameter run: one run, or every run if `nil`.
    public func seriesCSV(run: Int64? = nil) throws -> String {
        try queue.read { db in
            var lines = ["run_id,variant_index,variant,replication,day,measure,breakdown,value"]
            guard try db.tableExists("series") else { return lines[0] + "\n" }
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT s.run_id, s.variant_index, v.name, s.replication, s.day, s.measure, s.breakdown, s.value
                    FROM series s JOIN variants v ON v.run_id = s.run_id AND v.variant_index = s.variant_index
                    WHERE ?1 IS NULL OR s.run_id = ?1 ORDER BY s.rowid
                    """, arguments: [run])
            while let row = try rows.next() {
                let fields: [String] = [
                    String(row[0] as Int64), String(row[1] as Int), Self.csvField(row[2]), String(row[3] as Int),
                    String(row[4] as Int), Self.csvField(row[5]), Self.csvField(row[6]),
                    (row[7] as Double?).map { "\($0)" } ?? "",
                ]
                lines.append(fields.joined(separator: ","))
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}

/// The parameters of one series row: day, measure, breakdown, value.
let seriesRowWidth = 4

/// The series rows one INSERT statement writes at most (4 parameters each, plus 3 shared).
let seriesRowsPerStatement = 200

/// ``seriesInsertSQL(rows:)`` for a full batch, built once.
let fullSeriesInsertSQL = seriesInsertSQL(rows: seriesRowsPerStatement)

/// `INSERT INTO series … VALUES (?1, ?2, ?3, ?, ?, ?, ?), …` for `rows` rows: the run, variant
/// and replication bound once, then (day, measure, breakdown, value) per row.
func seriesInsertSQL(rows: Int) -> String {
    let values = (0..<rows).map { row in
        "(?1, ?2, ?3, " + (0..<seriesRowWidth).map { "?\(4 + seriesRowWidth * row + $0)" }.joined(separator: ", ")
            + ")"
    }.joined(separator: ", ")
    return "INSERT INTO series (run_id, variant_index, replication, day, measure, breakdown, value) VALUES \(values)"
}
