import Experiments
import Foundation
import PretrialModel
import SimKernel

/// The figures of a run as JSON for scripts:
/// `{"scenario": …, "seed": …, "variants": [{"name": …, "replications": …, "metrics":
/// {"<metric id>": {"label": …, "unit": …, "overall": {"mean": …, "ci95": [lo, hi]}, "by_group": {"<group>": …},
/// "by_charge_class": {…}, "by_income_quintile": {"1": …, …, "5": …}, "by_detention_status": {"detained": …,
/// "released": …}}}, "versus_baseline": {"<metric id>": {"overall": {"difference":
/// …, "ratio": …}, "by_group": …}}, "disparities": [...]}]}`. NaN (a rate with no
/// denominator) is written as `null`. The figures are the ``TidyRow``s CSV writes, nested;
/// every figure of the catalog has a slot in every cell, `"mean": null` where it has no value;
/// `by_detention_status` (cases by pre-trial status at disposition) is there for the figures
/// made from counters written at disposition (``MetricDefinition/isByDetentionStatus``) only.
public struct JSONReport: FormatRenderer {
    /// Creates the renderer.
    public init() {}

    /// The JSON text, keys sorted, pretty-printed, with a final line break.
    public func render(_ report: Report) throws -> String {
        let (evidence, provenance) = (report.evidence, report.provenance)
        let rows = TidyRow.rows(of: evidence)
        let byVariant = Dictionary(grouping: rows, by: \.variantIndex)
        let document = Document(
            scenario: provenance.scenarioName, scenarioPath: provenance.scenarioPath,
            scenarioSHA256: provenance.scenarioSHA256, seed: provenance.seed, toolVersion: provenance.toolVersion,
            date: provenance.date,
            referenceGroup: evidence.referenceGroup, shard: provenance.shard, plugins: provenance.plugins,
            notes: evidence.notes + provenance.notes,
            variants: evidence.summaries.enumerated().map { index, summary in
                Variant(summary, index: index, rows: byVariant[index] ?? [])
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }

    struct Document: Encodable {
        var scenario: String
        var scenarioPath: String
        var scenarioSHA256: String
        var seed: UInt64
        var toolVersion: String
        var date: String
        var referenceGroup: String?
        /// The shards of the run's replications, for a shard's figures (absent for all).
        var shard: String?
        /// The policy plugins loaded for the run: `[{"path", "sha256", "modules"}]`, empty for none.
        var plugins: [RunIdentity.Plugin]
        /// What a reader must know about the run (an unmet --precision target, an unfinished run).
        var notes: [String]
        var variants: [Variant]

        enum CodingKeys: String, CodingKey {
            case scenario, seed, variants, date, shard, plugins, notes
            case referenceGroup = "reference_group"
            case scenarioPath = "scenario_path"
            case scenarioSHA256 = "scenario_sha256"
            case toolVersion = "tool_version"
        }
    }

    struct Variant: Encodable {
        var name: String
        var description: String
        var replications: Int
        var modelEvents: Int
        var wallSeconds: Double
        var metrics: [String: Metric]
        var versusBaseline: Comparisons?
        var disparities: [DisparityRecord]
        var relativeRateIndex: [RRIRecord]

        /// The variant at `index`, its figures from its tidy `rows`.
        init(_ summary: VariantSummary, index: Int, rows: [TidyRow]) {
            name = summary.name
            description = summary.description
            replications = summary.replications
            modelEvents = summary.modelEvents
            wallSeconds = summary.wallSeconds
            let sections = Dictionary(grouping: rows, by: \.section)
            var estimates: [MetricID: [BreakdownCell: TidyRow]] = [:]
            for row in sections[.estimate] ?? [] {
                if let metric = row.metric, case .cell(let cell) = row.breakdown {
                    estimates[metric, default: [:]][cell] = row
                }
            }
            metrics = Dictionary(
                uniqueKeysWithValues: MetricID.allCases.map { metric in
                    (metric.rawValue, Metric(metric, cells: summary.cells, estimates: estimates[metric] ?? [:]))
                })
            versusBaseline =
                index == 0
                ? nil
                : Comparisons(
                    differences: sections[.differenceVsBaseline] ?? [], ratios: sections[.ratioVsBaseline] ?? [])
            disparities = Self.paired(sections[.disparityRatio] ?? [], sections[.disparityDifference] ?? []).compactMap
            {
                DisparityRecord(ratio: $0, difference: $1)
            }
            relativeRateIndex = (sections[.relativeRateIndex] ?? []).compactMap { row in
                guard case .versus(let group, let reference) = row.breakdown else { return nil }
                return RRIRecord(group: group, reference: reference, stage: row.label, index: Figure(row.estimate))
            }
        }

        /// Each row of `first` with the row of `second` of the same figure and breakdown, in
        /// the order of `first`.
        static func paired(_ first: [TidyRow], _ second: [TidyRow]) -> [(TidyRow, TidyRow)] {
            first.compactMap { row in
                second.first { $0.metric == row.metric && $0.breakdown == row.breakdown }.map { (row, $0) }
            }
        }

        enum CodingKeys: String, CodingKey {
            case name, description, replications, metrics, disparities
            case versusBaseline = "versus_baseline"
            case relativeRateIndex = "relative_rate_index"
            case modelEvents = "model_events"
            case wallSeconds = "wall_seconds"
        }
    }

    struct Figure: Encodable {
        var mean: Double?
        var ci95: [Double?]
        var replications: Int
        /// A rate's or mean's numerator and denominator summed over the replications.
        var pooled: (numerator: Double, denominator: Double)?

        init(_ estimate: Estimate, pooled: (numerator: Double, denominator: Double)? = nil) {
            mean = estimate.mean.isFinite ? estimate.mean : nil
            let finite = estimate.halfWidth.isFinite
            ci95 = [finite ? estimate.lower : nil, finite ? estimate.upper : nil]
            replications = estimate.count
            self.pooled = pooled
        }

        /// Writes `"mean": null` for a figure with no value, rather than leaving the key out;
        /// `numerator_total` and `denominator_total` only for a rate or mean.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(mean, forKey: .mean)
            try container.encode(ci95, forKey: .ci95)
            try container.encode(replications, forKey: .replications)
            if let pooled {
                try container.encode(pooled.numerator, forKey: .numeratorTotal)
                try container.encode(pooled.denominator, forKey: .denominatorTotal)
            }
        }

        enum CodingKeys: String, CodingKey {
            case mean, ci95, replications
            case numeratorTotal = "numerator_total"
            case denominatorTotal = "denominator_total"
        }
    }

    struct Metric: Encodable {
        var label: String
        var unit: String
        var overall: Figure
        var byGroup: [String: Figure]
        var byChargeClass: [String: Figure]
        var byIncomeQuintile: [String: Figure]
        /// Absent for a figure that has no value by status at disposition.
        var byDetentionStatus: [String: Figure]?

        /// `metric` in each of `cells`, from its `estimates` by cell (a figure with no value
        /// where there is none).
        init(_ metric: MetricID, cells: [BreakdownCell], estimates: [BreakdownCell: TidyRow]) {
            label = metric.label
            unit = metric.definition.unit.rawValue
            func figure(_ cell: BreakdownCell) -> Figure {
                Figure(estimates[cell]?.estimate ?? Estimate(samples: []), pooled: estimates[cell]?.pooledCounts)
            }
            overall = figure(.overall)
            var groups: [String: Figure] = [:]
            var classes: [String: Figure] = [:]
            var quintiles: [String: Figure] = [:]
            var statuses: [String: Figure] = [:]
            for cell in cells {
                switch cell {
                case .overall: break
                case .group(let name): groups[name] = figure(cell)
                case .chargeClass(let name): classes[name] = figure(cell)
                case .incomeQuintile(let quintile): quintiles["\(quintile)"] = figure(cell)
                case .detentionStatus(let status): statuses[status.rawValue] = figure(cell)
                }
            }
            byGroup = groups
            byChargeClass = classes
            byIncomeQuintile = quintiles
            byDetentionStatus = metric.definition.isByDetentionStatus && !statuses.isEmpty ? statuses : nil
        }

        enum CodingKeys: String, CodingKey {
            case label, unit, overall
            case byGroup = "by_group"
            case byChargeClass = "by_charge_class"
            case byIncomeQuintile = "by_income_quintile"
            case byDetentionStatus = "by_detention_status"
        }
    }

    struct Comparison: Encodable {
        var difference: Figure
        var ratio: Figure
        var unpairedHalfWidth: Double?

        enum CodingKeys: String, CodingKey {
            case difference, ratio
            case unpairedHalfWidth = "unpaired_half_width"
        }
    }

    /// Comparisons with the baseline, keyed like the metrics: id → overall / by_group.
    struct Comparisons: Encodable {
        var values: [String: [String: [String: Comparison]]]

        /// The comparisons of one variant from its tidy difference and ratio rows.
        init(differences: [TidyRow], ratios: [TidyRow]) {
            var values: [String: [String: [String: Comparison]]] = [:]
            for (difference, ratio) in Variant.paired(differences, ratios) {
                guard let metric = difference.metric, case .cell(let cell) = difference.breakdown else { continue }
                let entry = Comparison(
                    difference: Figure(difference.estimate), ratio: Figure(ratio.estimate),
                    unpairedHalfWidth: difference.unpairedHalfWidth)
                switch cell {
                case .overall: values[metric.rawValue, default: [:]]["overall", default: [:]][""] = entry
                case .group(let name): values[metric.rawValue, default: [:]]["by_group", default: [:]][name] = entry
                case .chargeClass(let name):
                    values[metric.rawValue, default: [:]]["by_charge_class", default: [:]][name] = entry
                case .incomeQuintile(let quintile):
                    values[metric.rawValue, default: [:]]["by_income_quintile", default: [:]]["\(quintile)"] = entry
                case .detentionStatus(let status):
                    values[metric.rawValue, default: [:]]["by_detention_status", default: [:]][status.rawValue] = entry
                }
            }
            self.values = values
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: DynamicKey.self)
            for (metric, byCell) in values {
                var metricContainer = container.nestedContainer(keyedBy: DynamicKey.self, forKey: DynamicKey(metric))
                for (cell, entries) in byCell {
                    if cell == "overall", let overall = entries[""] {
                        try metricContainer.encode(overall, forKey: DynamicKey("overall"))
                    } else {
                        try metricContainer.encode(entries, forKey: DynamicKey(cell))
                    }
                }
            }
        }
    }

    struct DisparityRecord: Encodable {
        var metric: String
        var group: String
        var reference: String
        var ratio: Figure
        var difference: Figure
        var smallNumbers: Bool

        /// The disparity whose tidy rows are `ratio` and `difference`; `nil` for rows of no
        /// pair of groups.
        init?(ratio: TidyRow, difference: TidyRow) {
            guard let metric = ratio.metric, case .versus(let group, let reference) = ratio.breakdown else {
                return nil
            }
            self.metric = metric.rawValue
            self.group = group
            self.reference = reference
            self.ratio = Figure(ratio.estimate)
            self.difference = Figure(difference.estimate)
            smallNumbers = ratio.smallNumbers
        }

        enum CodingKeys: String, CodingKey {
            case metric, group, reference, ratio, difference
            case smallNumbers = "small_numbers"
        }
    }

    struct RRIRecord: Encodable {
        var group: String
        var reference: String
        var stage: String
        var index: Figure
    }

    struct DynamicKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
