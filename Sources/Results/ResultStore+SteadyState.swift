import Experiments
import GRDB
import PretrialModel
import SimKernel

/// The steady-state flag of a complete run, kept in the store beside the figures behind it, so
/// that a reader of the store (pandas, `sqlite3`) sees which variants' figures are transient
/// without recomputing the check: table `steady_state`, one row per variant, `steady` 1 or 0,
/// `backlog_grows` and `littles_law_fails` saying why, and the check's figures (counted days,
/// the backlog's growth per year and Little's law ratio with their 95% intervals). A report
/// re-derives the same flag from the stored replications.
extension ResultStore {
    /// Each variant's row of `steady_state` for `run`, by variant index; empty for a run not
    /// complete (or stored before schema v6).
    public func steadyState(run: Int64) throws -> [Int: (steady: Bool, backlogGrows: Bool, littlesLawFails: Bool)] {
        try queue.read { db in
            guard try db.tableExists("steady_state") else { return [:] }
            let rows = try Row.fetchAll(
                db,
                sql:
                    "SELECT variant_index, steady, backlog_grows, littles_law_fails FROM steady_state WHERE run_id = ?",
                arguments: [run])
            var result: [Int: (steady: Bool, backlogGrows: Bool, littlesLawFails: Bool)] = [:]
            for row in rows { result[row[0]] = (row[1], row[2], row[3]) }
            return result
        }
    }

    /// Writes (again) the steady-state rows of `run` from its stored replications.
    static func recordSteadyState(run: Int64, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM steady_state WHERE run_id = ?", arguments: [run])
        let names = try Row.fetchAll(
            db, sql: "SELECT variant_index, name FROM variants WHERE run_id = ? ORDER BY variant_index",
            arguments: [run])
        let outcomes = try fetchOutcomes(run: run, db)
        for row in names {
            let index: Int = row[0]
            let summary = VariantSummary(
                name: row[1], description: "", outcomes: outcomes.filter { $0.variant == index })
            guard let check = SteadyStateCheck(summary) else { continue }
            func value(_ number: Double) -> Double? { number.isFinite ? number : nil }
            try db.execute(
                sql: """
                    INSERT INTO steady_state (run_id, variant_index, steady, backlog_grows, littles_law_fails,
                        counted_days, backlog_growth_per_year, backlog_growth_ci95_low, backlog_growth_ci95_high,
                        backlog_at_window_end, littles_law_ratio, littles_law_ci95_low, littles_law_ci95_high)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    run, index, check.isSteady, check.backlogGrows, check.littlesLawFails, value(check.countedDays),
                    value(check.backlogGrowthPerYear.mean), value(check.backlogGrowthPerYear.lower),
                    value(check.backlogGrowthPerYear.upper), value(check.backlogAtWindowEnd.mean),
                    value(check.littlesLawRatio.mean), value(check.littlesLawRatio.lower),
                    value(check.littlesLawRatio.upper),
                ])
        }
    }
}
