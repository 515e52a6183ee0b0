import Experiments
import Foundation
import PretrialModel
import SimKernel

/// The figures of a run as JSON for scripts:
/// `{"scenario": …, "seed": …, "variants": [{"name": …, "replications": …, "metrics":
/// {"<metric id>": {"overall": {"mean": …, "ci95": [lo, hi]}, "by_group": {"<group>": …},
/// "by_charge_class": {…}, "by_income_quintile": {"1": …, …, "5": …}}}, "versus_baseline": {"<metric id>": {"overall": {"difference":
/// …, "ratio": …}, "by_group": …}}, "disparities": [...]}]}`. NaN (a rate with no
/// denominator) is written as `null`.
public enum JSONReport {
    /// The JSON text, keys sorted, pretty-printed.
    public static func render(_ evidence: Evidence, provenance: Provenance) throws -> String {
        let summaries = evidence.summaries
        let document = Document(
            scenario: provenance.scenarioName, scenarioPath: provenance.scenarioPath,
            scenarioSHA256: provenance.scenarioSHA256, seed: provenance.seed, toolVersion: provenance.toolVersion,
            date: provenance.date,
            referenceGroup: evidence.referenceGroup, shard: provenance.shard, plugins: provenance.plugins,
            notes: provenance.notes,
            variants: summaries.indices.map { index in
                let summary = summaries[index]
                let comparisons = index == 0 ? [] : evidence.comparisons[index - 1]
                return Variant(
                    name: summary.name, description: summary.description, replications: summary.replications,
                    modelEvents: summary.modelEvents, wallSeconds: summary.wallSeconds,
                    metrics: Dictionary(uniqueKeysWithValues: MetricID.allCases.map { ($0.rawValue, Metric(summary, $0)) }),
                    versusBaseline: index == 0 ? nil : Comparisons(comparisons),
                    disparities: evidence.disparities[index].map(DisparityRecord.init),
                    relativeRateIndex: evidence.relativeRates[index].flatMap { rri in
                        rri.stages.map { RRIRecord(group: rri.group, reference: rri.reference, stage: $0.name, index: Figure($0.index)) }
                    })
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(document), as: UTF8.self)
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

        init(_ estimate: Estimate) {
            mean = estimate.mean.isFinite ? estimate.mean : nil
            let finite = estimate.halfWidth.isFinite
            ci95 = [finite ? estimate.lower : nil, finite ? estimate.upper : nil]
            replications = estimate.count
        }

        /// Writes `"mean": null` for a figure with no value, rather than leaving the key out.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(mean, forKey: .mean)
            try container.encode(ci95, forKey: .ci95)
            try container.encode(replications, forKey: .replications)
        }

        enum CodingKeys: String, CodingKey { case mean, ci95, replications }
    }

    struct Metric: Encodable {
        var label: String
        var overall: Figure
        var byGroup: [String: Figure]
        var byChargeClass: [String: Figure]
        var byIncomeQuintile: [String: Figure]

        init(_ summary: VariantSummary, _ metric: MetricID) {
            label = metric.label
            let estimates = summary.estimates[metric] ?? []
            overall = Figure(estimates.first ?? Estimate(samples: []))
            var groups: [String: Figure] = [:]
            var classes: [String: Figure] = [:]
            var quintiles: [String: Figure] = [:]
            for (cell, estimate) in zip(summary.cells, estimates) {
                switch cell {
                case .overall: break
                case .group(let name): groups[name] = Figure(estimate)
                case .chargeClass(let name): classes[name] = Figure(estimate)
                case .incomeQuintile(let quintile): quintiles["\(quintile)"] = Figure(estimate)
                }
            }
            byGroup = groups
            byChargeClass = classes
            byIncomeQuintile = quintiles
        }

        enum CodingKeys: String, CodingKey {
            case label, overall
            case byGroup = "by_group"
            case byChargeClass = "by_charge_class"
            case byIncomeQuintile = "by_income_quintile"
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

        init(_ comparisons: [PairedComparison]) {
            var values: [String: [String: [String: Comparison]]] = [:]
            for c in comparisons {
                let entry = Comparison(difference: Figure(c.difference), ratio: Figure(c.ratio),
                                       unpairedHalfWidth: c.unpairedHalfWidth.isFinite ? c.unpairedHalfWidth : nil)
                switch c.cell {
                case .overall: values[c.metric.rawValue, default: [:]]["overall", default: [:]][""] = entry
                case .group(let name): values[c.metric.rawValue, default: [:]]["by_group", default: [:]][name] = entry
                case .chargeClass(let name): values[c.metric.rawValue, default: [:]]["by_charge_class", default: [:]][name] = entry
                case .incomeQuintile(let quintile):
                    values[c.metric.rawValue, default: [:]]["by_income_quintile", default: [:]]["\(quintile)"] = entry
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

        init(_ d: Disparity) {
            metric = d.metric.rawValue
            group = d.group
            reference = d.reference
            ratio = Figure(d.ratio)
            difference = Figure(d.difference)
            smallNumbers = d.smallNumbers
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
