import Experiments
import Foundation
import PretrialModel
import SimKernel

extension ThresholdReport {
    /// The JSON document: `{"experiment": "thresholds", "scenario", "variant", "seed",
    /// "replications", "reference_group", "groups", "release_module", "release_moves",
    /// "group_thresholds": {"<group>": value}, "points": [{"threshold", "name",
    /// "group_thresholds", "steady_state", "figures": {"<metric>": {"overall", "by_group":
    /// {"<group>": …}}}, "gaps": {"<metric>": {"<group>": …}}}], "finding": {"outcomes",
    /// "comparisons": [{"group", "reference", "base_rate_gap", "calibrated_at",
    /// "predictive_parity_at", "equal_error_rates_at"}], "sentences"}, "notes", …}`, each figure
    /// `{"mean", "ci95", "replications"}` (null for none). A point's figures are the outcome
    /// figures, the flagged share, every fairness figure of both kinds and the calibration
    /// deciles, those the build has; its gaps are group − reference group, paired by replication.
    public func json() throws -> String {
        let r = result
        typealias Figure = JSONReport.Figure
        let finding = r.finding
        let metrics = Self.pointMetrics
        let document = JSONDocument(
            experiment: "thresholds", scenario: provenance.scenarioName, scenarioPath: provenance.scenarioPath,
            scenarioSHA256: provenance.scenarioSHA256, variant: r.variant, seed: provenance.seed,
            replications: r.replications, toolVersion: provenance.toolVersion, date: provenance.date,
            referenceGroup: r.referenceGroup, groups: r.groups, releaseModule: r.releaseModule,
            releaseMoves: r.releaseMoves,
            groupThresholds: Dictionary(
                r.sweep.groupThresholds.map { ($0.group, $0.threshold) }, uniquingKeysWith: { a, _ in a }),
            points: r.points.map { point in
                JSONDocument.Point(
                    threshold: point.threshold, name: point.name,
                    groupThresholds: Dictionary(zip(r.groups, point.groupThresholds), uniquingKeysWith: { a, _ in a }),
                    steadyState: point.steadyState?.isSteady,
                    figures: Dictionary(
                        uniqueKeysWithValues: metrics.map { metric in
                            (
                                metric.rawValue,
                                JSONDocument.ByGroup(
                                    overall: Figure(point.estimate(metric)),
                                    byGroup: Dictionary(
                                        uniqueKeysWithValues: r.groups.map {
                                            ($0, Figure(point.estimate(metric, .group($0))))
                                        }))
                            )
                        }),
                    gaps: Dictionary(
                        uniqueKeysWithValues: metrics.map { metric in
                            (
                                metric.rawValue,
                                Dictionary(
                                    uniqueKeysWithValues: r.comparedGroups.compactMap { group in
                                        point.gap(metric, group: group, reference: r.referenceGroup).map {
                                            (group, Figure($0.gap))
                                        }
                                    })
                            )
                        }))
            },
            finding: JSONDocument.Finding(
                outcomes: ImpossibilityFinding.kind.rawValue,
                comparisons: finding.comparisons.map { c in
                    JSONDocument.Comparison(
                        group: c.group, reference: c.reference, baseRateThreshold: c.baseRateThreshold,
                        groupBaseRate: Figure(c.groupBaseRate), referenceBaseRate: Figure(c.referenceBaseRate),
                        baseRateGap: c.baseRateGap.map { Figure($0.gap) },
                        unequalBaseRates: c.unequalBaseRates,
                        calibratedAt: c.points.filter(\.calibrated).map(\.threshold),
                        predictiveParityAt: c.points.filter(\.predictiveParity).map(\.threshold),
                        equalErrorRatesAt: c.points.filter(\.equalErrorRates).map(\.threshold))
                },
                sentences: finding.sentences),
            notes: r.notes + provenance.notes)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }

    /// The figures given for each point in JSON and CSV: the outcome figures, then the flagged
    /// share, the fairness figures and the calibration deciles (those this build has).
    static var pointMetrics: [MetricID] {
        ThresholdSweepResult.outcomeFigures + [FairnessFigure.flaggedShare].compactMap { $0 }
            + FairnessFigure.all.compactMap(\.metric)
            + FairnessFigure.Kind.allCases.flatMap { kind in (1...10).compactMap { FairnessFigure.decile($0, kind) } }
    }

    struct JSONDocument: Encodable {
        struct ByGroup: Encodable {
            var overall: JSONReport.Figure
            var byGroup: [String: JSONReport.Figure]
            enum CodingKeys: String, CodingKey {
                case overall
                case byGroup = "by_group"
            }
        }
        struct Point: Encodable {
            var threshold: Double
            var name: String
            var groupThresholds: [String: Double]
            var steadyState: Bool?
            var figures: [String: ByGroup]
            var gaps: [String: [String: JSONReport.Figure]]
            enum CodingKeys: String, CodingKey {
                case threshold, name, figures, gaps
                case groupThresholds = "group_thresholds"
                case steadyState = "steady_state"
            }
        }
        struct Comparison: Encodable {
            var group: String
            var reference: String
            var baseRateThreshold: Double
            var groupBaseRate: JSONReport.Figure
            var referenceBaseRate: JSONReport.Figure
            var baseRateGap: JSONReport.Figure?
            var unequalBaseRates: Bool
            var calibratedAt: [Double]
            var predictiveParityAt: [Double]
            var equalErrorRatesAt: [Double]
            enum CodingKeys: String, CodingKey {
                case group, reference
                case baseRateThreshold = "base_rate_threshold"
                case groupBaseRate = "group_base_rate"
                case referenceBaseRate = "reference_base_rate"
                case baseRateGap = "base_rate_gap"
                case unequalBaseRates = "unequal_base_rates"
                case calibratedAt = "calibrated_at"
                case predictiveParityAt = "predictive_parity_at"
                case equalErrorRatesAt = "equal_error_rates_at"
            }
        }
        struct Finding: Encodable {
            var outcomes: String
            var comparisons: [Comparison]
            var sentences: [String]
        }
        var experiment: String
        var scenario: String
        var scenarioPath: String
        var scenarioSHA256: String
        var variant: String
        var seed: UInt64
        var replications: Int
        var toolVersion: String
        var date: String
        var referenceGroup: String
        var groups: [String]
        var releaseModule: String?
        var releaseMoves: Bool
        var groupThresholds: [String: Double]
        var points: [Point]
        var finding: Finding
        var notes: [String]

        enum CodingKeys: String, CodingKey {
            case experiment, scenario, variant, seed, replications, date, groups, points, finding, notes
            case scenarioPath = "scenario_path"
            case scenarioSHA256 = "scenario_sha256"
            case toolVersion = "tool_version"
            case referenceGroup = "reference_group"
            case releaseModule = "release_module"
            case releaseMoves = "release_moves"
            case groupThresholds = "group_thresholds"
        }
    }
}
