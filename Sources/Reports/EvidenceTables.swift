import Experiments
import PretrialModel
import SimKernel

/// The tables of a run, in plain language: figures by variant, differences from the
/// baseline, and disparities between groups.
public enum EvidenceTables {
    /// The figures shown by default: those the catalog marks ``MetricRoles/headline``.
    public static var headline: [MetricID] { MetricID.withRole(.headline) }

    /// Every table of `evidence`.
    public static func make(_ evidence: Evidence, metrics: [MetricID] = headline) -> [ReportTable] {
        var tables = [figures(evidence, metrics: metrics)]
        let shown = MetricID.withRole(.byBreakdown).filter(metrics.contains)
        if let byClass = breakdown(evidence, metrics: shown, dimension: .chargeClass) { tables.append(byClass) }
        if let byIncome = breakdown(evidence, metrics: shown, dimension: .incomeQuintile) { tables.append(byIncome) }
        let byStatus = MetricID.withRole(.byDetentionStatus).filter { $0.definition.isByDetentionStatus }
        if let status = breakdown(evidence, metrics: byStatus, dimension: .detentionStatus) { tables.append(status) }
        if let remand = remandAndPrisoners(evidence) { tables.append(remand) }
        tables += fairness(evidence)
        if evidence.summaries.count > 1 {
            tables.append(comparisons(evidence))
            if let finer = breakdownComparisons(evidence) { tables.append(finer) }
        }
        if let disparity = disparities(evidence) { tables.append(disparity) }
        if let rri = relativeRates(evidence) { tables.append(rri) }
        return tables
    }

    /// Each figure overall and by group, variants as columns, "mean ± half-width of the 95% CI".
    public static func figures(_ evidence: Evidence, metrics: [MetricID] = headline) -> ReportTable {
        let summaries = evidence.summaries
        let groups = (summaries.first?.cells ?? []).filter { if case .group = $0 { true } else { false } }
        var rows: [ReportRow] = []
        // A figure no variant of this scenario produces (bail figures where there is no money
        // bail, a fund's releases where there is no fund) is named in a note, not a row of dashes.
        let absent = metrics.filter { metric in !summaries.contains { hasValue($0, metric) } }
        for metric in metrics where !absent.contains(metric) {
            rows.append(ReportRow(metric.label, cells: summaries.map { estimate($0, metric, .overall) }))
            guard metric.definition.scope == .everyCell else { continue }
            for group in groups {
                rows.append(
                    ReportRow(group.displayName, depth: 1, cells: summaries.map { estimate($0, metric, group) }))
            }
        }
        return ReportTable(
            title: "Figures by variant (mean ± 95% CI over replications)",
            columns: ["Figure"] + summaries.map(\.name), rows: rows,
            notes: evidence.notes
                + ["Indented rows are groups. – means no value (e.g. a rate with nobody to count)."]
                + (absent.isEmpty
                    ? []
                    : [
                        "Not shown, as no variant of this scenario produces them: "
                            + absent.map(\.label).joined(separator: "; ") + "."
                    ]))
    }

    /// Whether `summary` has a finite overall value of `metric`.
    static func hasValue(_ summary: VariantSummary, _ metric: MetricID) -> Bool {
        summary.estimate(metric, .overall).map { $0.mean.isFinite } ?? false
    }

    /// The figures by which jurisdictions publish remand statistics — the pre-trial share of
    /// prisoners, the sentenced population, open cases and the length of remand in bands —
    /// overall, variants as columns; `nil` unless the scenario gives the prison term served
    /// (`courts.prison_sentence_served_share`), without which they have no value.
    public static func remandAndPrisoners(_ evidence: Evidence) -> ReportTable? {
        let summaries = evidence.summaries
        guard summaries.contains(where: { hasValue($0, .pretrialShareOfPrisoners) }) else { return nil }
        let metrics: [MetricID] = [
            .pretrialShareOfPrisoners, .sentencedPopulation, .openCasesSteadyState, .remandLengthUpTo1Month,
            .remandLength1To3Months, .remandLength3To6Months, .remandLength6To12Months, .remandLengthOver1Year,
        ]
        let rows = metrics.map { metric in
            ReportRow(metric.label, cells: summaries.map { estimate($0, metric, .overall) })
        }
        return ReportTable(
            title: "Remand and prisoners (mean ± 95% CI over replications)",
            columns: ["Figure"] + summaries.map(\.name), rows: rows,
            notes: [
                "The sentenced population and open cases are steady-state stocks by Little's law (the average "
                    + "there would be had arrests and sentencing been as they are for years). The remand-length "
                    + "bands are shares of the cases held more than 2 days pre-trial, as Germany's "
                    + "Strafverfolgungsstatistik counts remand."
            ])
    }

    /// A dimension of the breakdown other than groups.
    public enum Dimension: Sendable {
        /// The scenario's charge classes.
        case chargeClass
        /// Fifths of arrested people by ability to pay.
        case incomeQuintile
        /// Cases by pre-trial status at disposition (detained or released).
        case detentionStatus
    }

    /// Each figure by charge class or by income quintile, variants as columns; `nil` when the
    /// run has fewer than two such cells (a single charge class says nothing more than the
    /// overall figure).
    public static func breakdown(_ evidence: Evidence, metrics: [MetricID], dimension: Dimension) -> ReportTable? {
        let summaries = evidence.summaries
        let cells = (summaries.first?.cells ?? []).filter { cell in
            switch (cell, dimension) {
            case (.chargeClass, .chargeClass), (.incomeQuintile, .incomeQuintile),
                (.detentionStatus, .detentionStatus):
                true
            default: false
            }
        }
        guard cells.count > 1, !metrics.isEmpty else { return nil }
        var rows: [ReportRow] = []
        for metric in metrics {
            rows.append(ReportRow(metric.label, cells: summaries.map { _ in .empty }))
            for cell in cells {
                rows.append(ReportRow(cell.displayName, depth: 1, cells: summaries.map { estimate($0, metric, cell) }))
            }
        }
        switch dimension {
        case .chargeClass:
            return ReportTable(
                title: "Figures by charge class (mean ± 95% CI over replications)",
                columns: ["Figure"] + summaries.map(\.name), rows: rows)
        case .incomeQuintile:
            return ReportTable(
                title: "Figures by income quintile (mean ± 95% CI over replications)",
                columns: ["Figure"] + summaries.map(\.name), rows: rows,
                notes: [
                    "Quintiles of ability to pay among arrested people (the groups' distributions weighted by "
                        + "their shares of the people arrested): quintile 1 is the fifth least able to pay bail."
                ])
        case .detentionStatus:
            return ReportTable(
                title: "Figures by pre-trial status at disposition (mean ± 95% CI over replications)",
                columns: ["Figure"] + summaries.map(\.name), rows: rows,
                notes: [
                    "Cases disposed while in pre-trial custody (detained) or at liberty (released) at the moment the "
                        + "case ended. These are associations, not effects: who is detained differs from who is "
                        + "released (charge, priors, wealth); `pretrial experiment leniency` and `pretrial experiment "
                        + "detention` estimate detention's effect."
                ])
        }
    }

    /// Each variant minus the baseline, paired by replication, overall and by group.
    public static func comparisons(_ evidence: Evidence) -> ReportTable {
        let variants = evidence.summaries.dropFirst().map(\.name)
        let rows = comparisonRows(evidence) { !$0.isFiner }
        return ReportTable(
            title: "Differences from baseline (variant − baseline [95% CI]; × ratio)",
            columns: ["Figure"] + variants, rows: rows,
            notes: [
                "Paired by replication: each variant met the same people with the same luck as the baseline "
                    + "(common random numbers), so these intervals are narrower than a comparison of separate runs."
            ])
    }

    /// The main differences from the baseline by charge class and by income quintile; `nil`
    /// when there are none (one variant, or no such cells).
    public static func breakdownComparisons(_ evidence: Evidence) -> ReportTable? {
        let rows = comparisonRows(evidence, include: \.isFiner)
        guard !rows.isEmpty else { return nil }
        return ReportTable(
            title:
                "Differences from baseline by charge class and income quintile (variant − baseline [95% CI]; × ratio)",
            columns: ["Figure"] + evidence.summaries.dropFirst().map(\.name), rows: rows,
            notes: [
                "Paired by replication, as above. Income quintile 1 is the fifth of arrested people least able to pay."
            ])
    }

    /// One row per compared (metric, cell) that `include` accepts, metrics in the order they
    /// were compared and cells in the order of the summaries; a metric without an overall
    /// row gets a heading row. Each variant's comparison is looked up by metric and cell
    /// (``ReportCell/missing`` where it has none), so a comparison missing in one variant
    /// shifts nothing.
    static func comparisonRows(_ evidence: Evidence, include: (BreakdownCell) -> Bool) -> [ReportRow] {
        struct Key: Hashable { var metric: MetricID; var cell: BreakdownCell }
        var metrics: [MetricID] = []
        var keys: Set<Key> = []
        for list in evidence.comparisons {
            for c in list where include(c.cell) {
                keys.insert(Key(metric: c.metric, cell: c.cell))
                if !metrics.contains(c.metric) { metrics.append(c.metric) }
            }
        }
        let lookup = evidence.comparisons.map { list in
            Dictionary(
                list.map { (Key(metric: $0.metric, cell: $0.cell), $0) }, uniquingKeysWith: { first, _ in first })
        }
        let cells = evidence.summaries.first?.cells ?? [.overall]
        var rows: [ReportRow] = []
        for metric in metrics {
            let present = cells.filter { keys.contains(Key(metric: metric, cell: $0)) }
            if present.first != .overall { rows.append(ReportRow(metric.label, cells: lookup.map { _ in .empty })) }
            for cell in present {
                rows.append(
                    ReportRow(
                        cell == .overall ? metric.label : cell.displayName, depth: cell == .overall ? 0 : 1,
                        cells: lookup.map { byKey in
                            guard let c = byKey[Key(metric: metric, cell: cell)] else { return .missing }
                            return .comparison(difference: c.difference, ratio: c.ratio, unit: metric.definition.unit)
                        }))
            }
        }
        return rows
    }

    /// Ratios and differences of rates between each group and the reference group.
    public static func disparities(_ evidence: Evidence) -> ReportTable? {
        guard let reference = evidence.referenceGroup, evidence.disparities.contains(where: { !$0.isEmpty }) else {
            return nil
        }
        var rows: [ReportRow] = []
        var warnings: [String] = []
        for (variant, list) in zip(evidence.summaries.map(\.name), evidence.disparities) {
            for disparity in list {
                if let note = disparity.smallNumbersNote, !warnings.contains(note) { warnings.append(note) }
                rows.append(
                    ReportRow(
                        variant,
                        cells: [
                            .text(disparity.group), .text(disparity.metric.label),
                            .comparison(
                                difference: nil, ratio: disparity.ratio, unit: disparity.metric.definition.unit),
                            .comparison(
                                difference: disparity.difference, ratio: nil, unit: disparity.metric.definition.unit),
                            smallNumbersCell(disparity.smallNumbers),
                        ]))
            }
        }
        return ReportTable(
            title: "Disparities against the reference group \(reference) (ratio and difference [95% CI])",
            columns: ["Variant", "Group", "Rate", "Ratio to \(reference)", "Difference", "Note"], rows: rows,
            notes: warnings.map(smallNumbersWarning))
    }

    /// The relative rate index of each group at each stage.
    public static func relativeRates(_ evidence: Evidence) -> ReportTable? {
        guard let reference = evidence.referenceGroup, evidence.relativeRates.contains(where: { !$0.isEmpty }) else {
            return nil
        }
        var rows: [ReportRow] = []
        var warnings: [String] = []
        for (variant, list) in zip(evidence.summaries.map(\.name), evidence.relativeRates) {
            for index in list {
                for stage in index.stages {
                    if let note = stage.smallNumbersNote, !warnings.contains(note) { warnings.append(note) }
                    rows.append(
                        ReportRow(
                            variant,
                            cells: [
                                .text(index.group), .text(stage.name),
                                .comparison(difference: nil, ratio: stage.index, unit: .share),
                                .value(stage.groupRate, unit: .share), .value(stage.referenceRate, unit: .share),
                                smallNumbersCell(stage.smallNumbers),
                            ]))
                }
            }
        }
        return ReportTable(
            title: "Relative rate index against \(reference) at each stage [95% CI]",
            columns: ["Variant", "Group", "Stage", "RRI", "Group rate", "\(reference) rate", "Note"], rows: rows,
            notes: [
                "RRI = the group's rate of reaching a stage from the one before, over the reference group's (1 = parity)."
            ]
                + warnings.map(smallNumbersWarning))
    }

    /// The estimate of `metric` in `cell` of a variant, ``ReportCell/missing`` where the
    /// variant has no such cell.
    static func estimate(_ summary: VariantSummary, _ metric: MetricID, _ cell: BreakdownCell) -> ReportCell {
        guard let estimate = summary.estimate(metric, cell) else { return .missing }
        return .estimate(estimate, unit: metric.definition.unit)
    }

    /// The note column of a disparity or RRI row.
    static func smallNumbersCell(_ smallNumbers: Bool) -> ReportCell {
        smallNumbers ? .text("small numbers") : .empty
    }

    /// The note under a table for one `smallNumbersNote` ("fewer than 30 people booked a
    /// replication in a group").
    static func smallNumbersWarning(_ note: String) -> String {
        "\"small numbers\": \(note); treat the figure with care."
    }
}
