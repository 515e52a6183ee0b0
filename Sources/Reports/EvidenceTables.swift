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
        let groups = groupNames(evidence)
        var rows: [[String]] = []
        for metric in metrics {
            rows.append([metric.label] + summaries.map { withCI($0.estimate(metric)) })
            guard metric.definition.scope == .everyCell else { continue }
            for group in groups {
                rows.append(["  \(group)"] + summaries.map { withCI($0.estimate(metric, .group(group))) })
            }
        }
        return ReportTable(title: "Figures by variant (mean ± 95% CI over replications)",
                           columns: ["Figure"] + summaries.map(\.name), rows: rows,
                           notes: ["Indented rows are groups. – means no value (e.g. a rate with nobody to count)."])
    }

    /// A dimension of the breakdown other than groups.
    public enum Dimension: Sendable {
        /// The scenario's charge classes.
        case chargeClass
        /// Fifths of arrested people by ability to pay.
        case incomeQuintile
    }

    /// Each figure by charge class or by income quintile, variants as columns; `nil` when the
    /// run has fewer than two such cells (a single charge class says nothing more than the
    /// overall figure).
    public static func breakdown(_ evidence: Evidence, metrics: [MetricID], dimension: Dimension) -> ReportTable? {
        let summaries = evidence.summaries
        let cells = (summaries.first?.cells ?? []).filter { cell in
            switch (cell, dimension) {
            case (.chargeClass, .chargeClass), (.incomeQuintile, .incomeQuintile): true
            default: false
            }
        }
        guard cells.count > 1, !metrics.isEmpty else { return nil }
        var rows: [[String]] = []
        for metric in metrics {
            rows.append([metric.label] + summaries.map { _ in "" })
            for cell in cells {
                rows.append(["  \(cell.displayName)"] + summaries.map { withCI($0.estimate(metric, cell)) })
            }
        }
        switch dimension {
        case .chargeClass:
            return ReportTable(title: "Figures by charge class (mean ± 95% CI over replications)",
                               columns: ["Figure"] + summaries.map(\.name), rows: rows)
        case .incomeQuintile:
            return ReportTable(
                title: "Figures by income quintile (mean ± 95% CI over replications)",
                columns: ["Figure"] + summaries.map(\.name), rows: rows,
                notes: ["Quintiles of ability to pay among arrested people (the groups' distributions weighted by "
                    + "their shares of the people arrested): quintile 1 is the fifth least able to pay bail."])
        }
    }

    /// Each variant minus the baseline, paired by replication, overall and by group.
    public static func comparisons(_ evidence: Evidence) -> ReportTable {
        let variants = evidence.summaries.dropFirst().map(\.name)
        let rows = comparisonRows(evidence) { !$0.isFiner }
        return ReportTable(
            title: "Differences from baseline (variant − baseline [95% CI]; × ratio)",
            columns: ["Figure"] + variants, rows: rows,
            notes: ["Paired by replication: each variant met the same people with the same luck as the baseline "
                + "(common random numbers), so these intervals are narrower than a comparison of separate runs."])
    }

    /// The main differences from the baseline by charge class and by income quintile; `nil`
    /// when there are none (one variant, or no such cells).
    public static func breakdownComparisons(_ evidence: Evidence) -> ReportTable? {
        let rows = comparisonRows(evidence, include: \.isFiner)
        guard !rows.isEmpty else { return nil }
        return ReportTable(
            title: "Differences from baseline by charge class and income quintile (variant − baseline [95% CI]; × ratio)",
            columns: ["Figure"] + evidence.summaries.dropFirst().map(\.name), rows: rows,
            notes: ["Paired by replication, as above. Income quintile 1 is the fifth of arrested people least able to pay."])
    }

    /// One row per compared (metric, cell) that `include` accepts, metrics in the order they
    /// were compared and cells in the order of the summaries; a metric without an overall
    /// row gets a heading row. Each variant's comparison is looked up by metric and cell
    /// ("–" where it has none), so a comparison missing in one variant shifts nothing.
    static func comparisonRows(_ evidence: Evidence, include: (BreakdownCell) -> Bool) -> [[String]] {
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
            Dictionary(list.map { (Key(metric: $0.metric, cell: $0.cell), $0) }, uniquingKeysWith: { first, _ in first })
        }
        let cells = evidence.summaries.first?.cells ?? [.overall]
        var rows: [[String]] = []
        for metric in metrics {
            let present = cells.filter { keys.contains(Key(metric: metric, cell: $0)) }
            if present.first != .overall { rows.append([metric.label] + lookup.map { _ in "" }) }
            for cell in present {
                let label = cell == .overall ? metric.label : "  \(cell.displayName)"
                rows.append([label] + lookup.map { byKey in
                    guard let c = byKey[Key(metric: metric, cell: cell)] else { return "–" }
                    return "\(signed(c.difference.mean)) \(interval(c.difference)); ×\(NumberFormat.figure(c.ratio.mean))"
                })
            }
        }
        return rows
    }

    /// Ratios and differences of rates between each group and the reference group.
    public static func disparities(_ evidence: Evidence) -> ReportTable? {
        guard let reference = evidence.referenceGroup, evidence.disparities.contains(where: { !$0.isEmpty }) else { return nil }
        var rows: [[String]] = []
        var warnings: [String] = []
        for (variant, list) in zip(evidence.summaries.map(\.name), evidence.disparities) {
            for disparity in list {
                if let note = disparity.smallNumbersNote, !warnings.contains(note) { warnings.append(note) }
                rows.append([variant, disparity.group, disparity.metric.label,
                             "\(NumberFormat.figure(disparity.ratio.mean)) \(interval(disparity.ratio))",
                             "\(signed(disparity.difference.mean)) \(interval(disparity.difference))",
                             disparity.smallNumbers ? "small numbers" : ""])
            }
        }
        return ReportTable(
            title: "Disparities against the reference group \(reference) (ratio and difference [95% CI])",
            columns: ["Variant", "Group", "Rate", "Ratio to \(reference)", "Difference", "Note"], rows: rows,
            notes: warnings.map { "\"small numbers\": \($0); treat the figure with care." })
    }

    /// The relative rate index of each group at each stage.
    public static func relativeRates(_ evidence: Evidence) -> ReportTable? {
        guard let reference = evidence.referenceGroup, evidence.relativeRates.contains(where: { !$0.isEmpty }) else { return nil }
        var rows: [[String]] = []
        for (variant, list) in zip(evidence.summaries.map(\.name), evidence.relativeRates) {
            for index in list {
                for stage in index.stages {
                    rows.append([variant, index.group, stage.name,
                                 "\(NumberFormat.figure(stage.index.mean)) \(interval(stage.index))",
                                 NumberFormat.figure(stage.groupRate), NumberFormat.figure(stage.referenceRate),
                                 stage.smallNumbers ? "small numbers" : ""])
                }
            }
        }
        return ReportTable(
            title: "Relative rate index against \(reference) at each stage [95% CI]",
            columns: ["Variant", "Group", "Stage", "RRI", "Group rate", "\(reference) rate", "Note"], rows: rows,
            notes: ["RRI = the group's rate of reaching a stage from the one before, over the reference group's (1 = parity)."])
    }

    static func groupNames(_ evidence: Evidence) -> [String] {
        (evidence.summaries.first?.cells ?? []).compactMap { if case .group(let name) = $0 { name } else { nil } }
    }

    /// "mean ± half-width", or the mean alone when there is no interval.
    static func withCI(_ estimate: Estimate?) -> String {
        guard let estimate, estimate.count > 0, estimate.mean.isFinite else { return "–" }
        guard estimate.halfWidth.isFinite else { return NumberFormat.figure(estimate.mean) }
        return "\(NumberFormat.figure(estimate.mean)) ± \(NumberFormat.figure(estimate.halfWidth))"
    }

    /// "[lower, upper]", or "" without an interval.
    static func interval(_ estimate: Estimate) -> String {
        guard estimate.halfWidth.isFinite else { return "" }
        return "[\(NumberFormat.figure(estimate.lower)), \(NumberFormat.figure(estimate.upper))]"
    }

    /// The number with an explicit sign.
    static func signed(_ value: Double) -> String {
        value.isFinite && value > 0 ? "+" + NumberFormat.figure(value) : NumberFormat.figure(value)
    }
}
