import Experiments
import Foundation
import PretrialModel
import SimKernel

/// A causal experiment's result (`pretrial experiment leniency|detention`) in any of the
/// formats `run` writes: tables for the human formats (through ``TerminalReport`` and
/// ``MarkdownReport``), one JSON document, or one tidy CSV table.
public struct ExperimentReport: Sendable {
    /// The result.
    public var result: CausalExperimentResult
    /// Where it comes from.
    public var provenance: Provenance

    /// Creates a report.
    public init(result: CausalExperimentResult, provenance: Provenance) {
        self.result = result
        self.provenance = provenance
    }

    /// The formats an experiment is written in.
    public static let formats: [ReportFormat] = [.text, .markdown, .json, .csv]

    /// The report in `format` (one of ``formats``; LaTeX and HTML are written as Markdown).
    public func render(_ format: ReportFormat) throws -> String {
        switch format {
        case .text: TerminalReport().render(tables, provenance: provenance)
        case .markdown, .latex, .html: MarkdownReport().render(tables, provenance: provenance)
        case .json: try json()
        case .csv: csv()
        }
    }

    /// What a reader must know: what the arms are, what the intervals cover, a weak first
    /// stage, and each arm that was not in a steady state.
    public var notes: [String] {
        let r = result
        var notes: [String] = []
        switch r.design {
        case .leniency(let shift, let convertedBail):
            notes.append(
                "Judge-leniency analogue on variant \"\(r.variant)\": the scenario's release decisions made harsher "
                    + "(money bail × \(NumberFormat.figure(1 + shift)), and a share \(NumberFormat.figure(shift)) of "
                    + "recognizance and conditions turned into money bail of \(NumberFormat.figure(convertedBail)) "
                    + "dollars) and more lenient (money bail × \(NumberFormat.figure(1 - shift)), and a share "
                    + "\(NumberFormat.figure(shift)) of money bail turned into recognizance); detention without bail is "
                    + "unchanged. Both arms meet the same people with the same luck (common random numbers).")
        case .detention:
            notes.append(
                "Variant \"\(r.variant)\" with everyone booked, then everyone held without bail to disposition (any "
                    + "custody time limit removed) against everyone released on recognizance at first appearance (a "
                    + "probation, parole or warrant hold still keeps its person in jail in both arms); "
                    + "both arms meet the same people with the same luck (common random numbers).")
        }
        notes.append(
            "Detention is the share of arrests held more than 3 days (release within 3 days is the treatment of "
                + "Dobbie, Goldin & Yang 2018). The effect of detention is the Wald estimate Δoutcome ÷ Δdetention "
                + "between the arms; its 95% interval is the delta method over the \(r.replications) paired "
                + "replications (standard error sd(ΔY − β·ΔD) ÷ (√n·|mean ΔD|), Student's t).")
        notes.append(
            "Intervals are 95% confidence intervals of simulation (Monte Carlo) error only: they say how precisely "
                + "the model's figures were computed, not how uncertain the scenario's assumptions are.")
        if r.weakInstrument {
            notes.append(
                "Weak instrument: the arms differ by only \(NumberFormat.figure(r.firstStage.mean)) in the share "
                    + "detained (less than \(NumberFormat.figure(CausalExperimentResult.weakFirstStage)), or an F "
                    + "statistic below 10), so the Wald estimates divide by a small number and are unreliable; "
                    + "raise --shift.")
        }
        if ExperimentOutcome.custodialSentence.unit == .days {
            notes.append(
                "This build has no custodial-sentence share: the sentence outcome is jail days to serve per case "
                    + "disposed (sentences of a year or less, after credit for time served).")
        }
        notes += r.steadyState.compactMap { $0 }.flatMap(\.notes)
        return notes
    }

    /// The tables of the human formats.
    public var tables: [ReportTable] {
        let r = result
        let names = r.arms.map(\.name)
        var tables: [ReportTable] = []
        let more = names.first ?? "more", less = names.count > 1 ? names[1] : "less"
        var rows = [
            ReportRow(
                "Share held more than 3 days (first stage)",
                cells: r.detention.map { .estimate($0, unit: .share) } + [
                    .comparison(difference: r.firstStage, ratio: nil, unit: .share), .empty,
                ])
        ]
        for effect in r.effects {
            let means = r.outcomeMeans[effect.outcome] ?? []
            rows.append(
                ReportRow(
                    effect.outcome.label,
                    cells: means.map { .estimate($0, unit: effect.outcome.unit) } + [
                        .comparison(difference: effect.reducedForm, ratio: nil, unit: effect.outcome.unit),
                        .comparison(difference: effect.effect, ratio: nil, unit: effect.outcome.unit),
                    ]))
        }
        tables.append(
            ReportTable(
                title:
                    "Experiment \(r.design.name): detention's effect (\(more) − \(less); Wald = Δoutcome ÷ Δdetention)",
                columns: ["Outcome"] + names + ["Difference [95% CI]", "Effect of detention [95% CI]"], rows: rows,
                notes: notes))
        if !r.relativeRates.isEmpty {
            tables.append(
                ReportTable(
                    title: "Misdemeanour cases: \(more) ÷ \(less) [95% CI]",
                    columns: ["Outcome", "Charge class", more, less, "Relative rate"],
                    rows: r.relativeRates.map { rate in
                        ReportRow(
                            rate.outcome.label,
                            cells: [
                                .text(rate.cell.displayName), .estimate(rate.more, unit: rate.outcome.unit),
                                .estimate(rate.less, unit: rate.outcome.unit),
                                .comparison(difference: nil, ratio: rate.ratio, unit: rate.outcome.unit),
                            ])
                    },
                    notes: [
                        "Heaton, Mayson & Stevenson (2017) find detained misdemeanour defendants 25% more likely to plead "
                            + "guilty and 43% more likely to be sentenced to jail than comparable released ones."
                    ]))
        }
        return tables
    }

    /// The JSON document: `{"experiment", "scenario", "variant", "seed", "replications",
    /// "arms": [{"name", "description", "detained_past_3_days_share"}], "first_stage",
    /// "weak_instrument", "effects": {"<outcome>": {"label", "unit", "arms": {"<arm>": …},
    /// "difference", "effect_of_detention"}}, "relative_rates": [{"outcome", "cell", "ratio",
    /// …}], "notes", …}`, each figure `{"mean", "ci95", "replications"}` (null for none).
    public func json() throws -> String {
        let r = result
        typealias Figure = JSONReport.Figure
        let document = JSONDocument(
            experiment: r.design.name, scenario: provenance.scenarioName, scenarioPath: provenance.scenarioPath,
            scenarioSHA256: provenance.scenarioSHA256, variant: r.variant, seed: provenance.seed,
            replications: r.replications, toolVersion: provenance.toolVersion, date: provenance.date,
            shift: { if case .leniency(let shift, _) = r.design { shift } else { nil } }(),
            convertedBail: { if case .leniency(_, let bail) = r.design { bail } else { nil } }(),
            arms: zip(r.arms, r.detention).map {
                JSONDocument.Arm(name: $0.name, description: $0.description, detainedPast3DaysShare: Figure($1))
            },
            firstStage: Figure(r.firstStage), weakInstrument: r.weakInstrument,
            effects: Dictionary(
                uniqueKeysWithValues: r.effects.map { effect in
                    let means = r.outcomeMeans[effect.outcome] ?? []
                    return (
                        effect.outcome.rawValue,
                        JSONDocument.Effect(
                            label: effect.outcome.label, unit: effect.outcome.unit.rawValue,
                            arms: Dictionary(
                                zip(r.arms.map(\.name), means.map { Figure($0) }), uniquingKeysWith: { a, _ in a }),
                            difference: Figure(effect.reducedForm), effectOfDetention: Figure(effect.effect))
                    )
                }),
            relativeRates: r.relativeRates.map {
                JSONDocument.Rate(
                    outcome: $0.outcome.rawValue, cell: $0.cell.key, ratio: Figure($0.ratio), more: Figure($0.more),
                    less: Figure($0.less))
            },
            notes: notes + provenance.notes)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }

    struct JSONDocument: Encodable {
        struct Arm: Encodable {
            var name: String
            var description: String
            var detainedPast3DaysShare: JSONReport.Figure
            enum CodingKeys: String, CodingKey {
                case name, description
                case detainedPast3DaysShare = "detained_past_3_days_share"
            }
        }
        struct Effect: Encodable {
            var label: String
            var unit: String
            var arms: [String: JSONReport.Figure]
            var difference: JSONReport.Figure
            var effectOfDetention: JSONReport.Figure
            enum CodingKeys: String, CodingKey {
                case label, unit, arms, difference
                case effectOfDetention = "effect_of_detention"
            }
        }
        struct Rate: Encodable {
            var outcome: String
            var cell: String
            var ratio: JSONReport.Figure
            var more: JSONReport.Figure
            var less: JSONReport.Figure
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
        var shift: Double?
        var convertedBail: Double?
        var arms: [Arm]
        var firstStage: JSONReport.Figure
        var weakInstrument: Bool
        var effects: [String: Effect]
        var relativeRates: [Rate]
        var notes: [String]

        enum CodingKeys: String, CodingKey {
            case experiment, scenario, variant, seed, replications, date, shift, arms, effects, notes
            case scenarioPath = "scenario_path"
            case scenarioSHA256 = "scenario_sha256"
            case toolVersion = "tool_version"
            case convertedBail = "converted_bail"
            case firstStage = "first_stage"
            case weakInstrument = "weak_instrument"
            case relativeRates = "relative_rates"
        }
    }

    /// The CSV header.
    public static let csvHeader = [
        "section", "outcome", "label", "arm", "breakdown", "mean", "ci95_low", "ci95_high", "replications", "unit",
    ]

    /// One tidy CSV table: sections `detention` (each arm's share held more than 3 days),
    /// `first_stage`, `arm_mean`, `difference`, `effect_of_detention`, `relative_rate`, then
    /// `provenance` rows (key in `outcome`, value in `label`, and each note).
    public func csv() -> String {
        let r = result
        var lines: [[String]] = [Self.csvHeader]
        func line(
            _ section: String, _ outcome: String, _ label: String, _ arm: String, _ cell: String, _ e: Estimate,
            _ unit: MetricUnit
        ) {
            let finite = e.halfWidth.isFinite
            lines.append([
                section, outcome, label, arm, cell, CSVReport.number(e.mean), finite ? CSVReport.number(e.lower) : "",
                finite ? CSVReport.number(e.upper) : "", "\(e.count)", unit.rawValue,
            ])
        }
        let detentionLabel = "Share held more than 3 days"
        for (arm, estimate) in zip(r.arms, r.detention) {
            line("detention", "detention", detentionLabel, arm.name, "overall", estimate, .share)
        }
        line("first_stage", "detention", detentionLabel, "", "overall", r.firstStage, .share)
        for effect in r.effects {
            let outcome = effect.outcome
            for (arm, estimate) in zip(r.arms, r.outcomeMeans[outcome] ?? []) {
                line("arm_mean", outcome.rawValue, outcome.label, arm.name, "overall", estimate, outcome.unit)
            }
            line("difference", outcome.rawValue, outcome.label, "", "overall", effect.reducedForm, outcome.unit)
            line("effect_of_detention", outcome.rawValue, outcome.label, "", "overall", effect.effect, outcome.unit)
        }
        for rate in r.relativeRates {
            line(
                "relative_rate", rate.outcome.rawValue, rate.outcome.label, "", rate.cell.key, rate.ratio,
                rate.outcome.unit)
        }
        let blank = Array(repeating: "", count: Self.csvHeader.count - 3)
        for note in notes { lines.append(["provenance", "note", note] + blank) }
        for field in provenance.fields { lines.append(["provenance", field.key, field.value] + blank) }
        return lines.map { $0.map(CSVReport.quote).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }
}
