import Experiments
import Foundation
import PretrialModel
import SimKernel

/// The figures of a run as JSON for scripts:
/// `{"scenario": …, "seed": …, "variants": [{"name": …, "replications": …, "metrics":
/// {"<metric id>": {"overall": {"mean": …, "ci95": [lo, hi]}, "by_group": {"<group>": …},
/// "by_charge_class": {…}}}}]}`. NaN (a rate with no denominator) is written as `null`.
public enum JSONReport {
    /// The JSON text, keys sorted, pretty-printed.
    public static func render(_ summaries: [VariantSummary], provenance: Provenance) throws -> String {
        let document = Document(
            scenario: provenance.scenarioName, scenarioPath: provenance.scenarioPath,
            scenarioSHA256: provenance.scenarioSHA256, seed: provenance.seed, toolVersion: provenance.toolVersion,
            date: provenance.date,
            variants: summaries.map { summary in
                Variant(name: summary.name, description: summary.description, replications: summary.replications,
                        modelEvents: summary.modelEvents, wallSeconds: summary.wallSeconds,
                        metrics: Dictionary(uniqueKeysWithValues: MetricID.allCases.map { metric in
                            (metric.rawValue, Metric(summary, metric))
                        }))
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
        var variants: [Variant]

        enum CodingKeys: String, CodingKey {
            case scenario, seed, variants, date
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

        enum CodingKeys: String, CodingKey {
            case name, description, replications, metrics
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
    }

    struct Metric: Encodable {
        var label: String
        var overall: Figure
        var byGroup: [String: Figure]
        var byChargeClass: [String: Figure]

        init(_ summary: VariantSummary, _ metric: MetricID) {
            label = metric.label
            let estimates = summary.estimates[metric] ?? []
            overall = Figure(estimates.first ?? Estimate(samples: []))
            var groups: [String: Figure] = [:]
            var classes: [String: Figure] = [:]
            for (cell, estimate) in zip(summary.cells, estimates) {
                switch cell {
                case .overall: break
                case .group(let name): groups[name] = Figure(estimate)
                case .chargeClass(let name): classes[name] = Figure(estimate)
                }
            }
            byGroup = groups
            byChargeClass = classes
        }

        enum CodingKeys: String, CodingKey {
            case label, overall
            case byGroup = "by_group"
            case byChargeClass = "by_charge_class"
        }
    }
}
