import Experiments
import Foundation
import PretrialModel

/// The daily series of a run's replications as a file (`pretrial run --series FILE`): tidy
/// CSV, one line per (variant, replication, day, measure, breakdown) with header
/// `variant,replication,day,measure,breakdown,value,period` — `period` is `warm_up` before
/// `run.warm_up_days`, `counted` while the figures are counted, `drain` after arrests stop
/// (replications are numbered from 0, as in the results store) — or JSON,
/// `{"series": [{"variant", "replication", "measure", "breakdown", "warm_up_days",
/// "arrest_window_days", "values": [day 0, day 1, …]}]}` (null for NaN). The measures and
/// breakdowns are those of ``DailySeries`` and of the results store's `series` table.
public enum SeriesFile {
    /// The file's format, from its extension.
    public enum Format: String, Sendable, CaseIterable {
        case csv, json

        /// The format of a file named `path` (by its extension, any case); `nil` for another.
        public init?(path: String) {
            self.init(rawValue: URL(fileURLWithPath: path).pathExtension.lowercased())
        }
    }

    /// The series of `outcomes` (replications with ``ReplicationMetrics/series``), variants
    /// named by `variants` (by index), in `format`.
    public static func render(_ outcomes: [ReplicationOutcome], variants: [String], format: Format) -> String {
        let ordered = outcomes.filter { $0.metrics.series != nil }.sorted {
            ($0.variant, $0.replication) < ($1.variant, $1.replication)
        }
        func name(_ index: Int) -> String { index < variants.count ? variants[index] : "variant \(index)" }
        switch format {
        case .csv:
            var lines = ["variant,replication,day,measure,breakdown,value,period"]
            for outcome in ordered {
                guard let series = outcome.metrics.series else { continue }
                let variant = CSVReport.quote(name(outcome.variant))
                for column in series.columns {
                    let prefix = "\(variant),\(outcome.replication),"
                    let suffix = ",\(column.measure.rawValue),\(CSVReport.quote(column.cell)),"
                    for (day, value) in column.values.enumerated() {
                        let period = period(day: Double(day), series: series)
                        lines.append(prefix + String(day) + suffix + (value.isNaN ? "" : "\(value)") + "," + period)
                    }
                }
            }
            return lines.joined(separator: "\n") + "\n"
        case .json:
            let entries = ordered.flatMap { outcome -> [Entry] in
                guard let series = outcome.metrics.series else { return [] }
                return series.columns.map {
                    Entry(
                        variant: name(outcome.variant), replication: outcome.replication, measure: $0.measure.rawValue,
                        breakdown: $0.cell, warmUpDays: series.warmUpDays,
                        arrestWindowDays: series.arrestWindowDays.isFinite ? series.arrestWindowDays : nil,
                        values: $0.values.map { $0.isNaN ? nil : $0 })
                }
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let data = (try? encoder.encode(Document(series: entries))) ?? Data("{\"series\":[]}".utf8)
            return String(decoding: data, as: UTF8.self) + "\n"
        }
    }

    /// `warm_up`, `counted` or `drain`: which part of the run a day is in.
    private static func period(day: Double, series: DailySeries) -> String {
        if day < series.warmUpDays { return "warm_up" }
        if series.arrestWindowDays.isFinite && day >= series.arrestWindowDays { return "drain" }
        return "counted"
    }

    private struct Document: Encodable {
        var series: [Entry]
    }

    private struct Entry: Encodable {
        var variant: String
        var replication: Int
        var measure: String
        var breakdown: String
        var warmUpDays: Double
        var arrestWindowDays: Double?
        var values: [Double?]

        enum CodingKeys: String, CodingKey {
            case variant, replication, measure, breakdown, values
            case warmUpDays = "warm_up_days"
            case arrestWindowDays = "arrest_window_days"
        }
    }
}
