import PretrialModel
import SimKernel

/// What a threshold sweep found: at each threshold, the variant's figures overall and by group
/// (detention, rearrest and failure to appear among the released, the fairness figures), the
/// gaps between each group and the reference group, whether the run was in a steady state, and
/// the impossibility result read on these numbers (``ImpossibilityFinding``).
public struct ThresholdSweepResult: Sendable {
    /// One threshold's run.
    public struct Point: Sendable {
        /// The sweep's threshold.
        public var threshold: Double
        /// Each group's threshold (in ``ThresholdSweepResult/groups`` order): the sweep's, or the
        /// group's fixed one.
        public var groupThresholds: [Double]
        /// The variant's name ("t=0.5").
        public var name: String
        /// The figures over the replications.
        public var summary: VariantSummary
        /// The replications (for gaps paired by replication).
        public var outcomes: [ReplicationOutcome]
        /// Whether the run was in a steady state (`nil` when it lacks the figures to tell).
        public var steadyState: SteadyStateCheck?

        /// The estimate of `metric` in `cell`; an empty estimate (NaN) when the build lacks the
        /// figure or the run has no value for it.
        public func estimate(_ metric: MetricID?, _ cell: BreakdownCell = .overall) -> Estimate {
            metric.flatMap { summary.estimate($0, cell) } ?? Estimate(samples: [])
        }

        /// The gap of `metric` between `group` and `reference` (``GroupGap``).
        public func gap(_ metric: MetricID?, group: String, reference: String) -> GroupGap? {
            metric.flatMap { GroupGap(metric: $0, group: group, reference: reference, outcomes: outcomes) }
        }
    }

    /// The sweep.
    public var sweep: ThresholdSweep
    /// The scenario's variant that was swept.
    public var variant: String
    /// The release policy's module, where known.
    public var releaseModule: String?
    /// Whether the release policy's threshold moved with the sweep (``ThresholdSweep/releaseMoves(_:)``).
    public var releaseMoves: Bool
    /// The scenario's groups.
    public var groups: [String]
    /// The group the others are compared with: the scenario's reference group, else its first.
    public var referenceGroup: String
    /// Replications per threshold (those every threshold has).
    public var replications: Int
    /// One per threshold, increasing.
    public var points: [Point]

    /// The figures the tables show for each point, in order: detention, then what happens to
    /// the released (new arrests and failures to appear per person released).
    public static let outcomeFigures: [MetricID] = [
        .detainedPastFirstAppearanceShare, .newArrestRate, .failuresToAppearPerReleased,
    ]

    /// Builds the result from the plan's outcomes (variant *i* of the plan is threshold *i*).
    public init(
        sweep: ThresholdSweep, variant: String, configuration: ModelConfiguration, plan: ReplicationPlan,
        outcomes: [ReplicationOutcome], referenceGroup: String?
    ) {
        self.sweep = sweep
        self.variant = variant
        releaseModule = configuration.policies.moduleNames[.release]
        releaseMoves = ThresholdSweep.releaseMoves(configuration)
        let groups = configuration.population.groups.map(\.name)
        self.groups = groups
        self.referenceGroup = referenceGroup.flatMap { groups.contains($0) ? $0 : nil } ?? groups.first ?? ""
        points = zip(sweep.grid.thresholds, plan.variants).enumerated().map { index, pair in
            let arm = outcomes.filter { $0.variant == index }.sorted { $0.replication < $1.replication }
            let summary = VariantSummary(name: pair.1.name, description: pair.1.description, outcomes: arm)
            return Point(
                threshold: pair.0, groupThresholds: sweep.thresholds(at: pair.0, groups: groups), name: pair.1.name,
                summary: summary, outcomes: arm, steadyState: SteadyStateCheck(summary))
        }
        replications = points.map(\.summary.replications).min() ?? 0
    }

    /// The groups compared with the reference group, in the scenario's order.
    public var comparedGroups: [String] { groups.filter { $0 != referenceGroup } }

    /// Whether the run has fairness figures: the build has them and some threshold flagged a
    /// share of the scored (they are NaN when nobody was scored against an outcome).
    public var hasFairnessFigures: Bool {
        points.contains { $0.estimate(FairnessFigure.flaggedShare).mean.isFinite }
    }

    /// The impossibility result on this sweep's numbers.
    public var finding: ImpossibilityFinding { ImpossibilityFinding(self) }

    /// What a reader must know: what was swept and how, what the figures are, which runs were not
    /// in a steady state, and that the intervals are of simulation error only.
    public var notes: [String] {
        var notes: [String] = []
        let fixed = sweep.groupThresholds.map { "\($0.group) held at \($0.threshold)" }.joined(separator: ", ")
        notes.append(
            "Variant \"\(variant)\" run at each risk threshold "
                + sweep.grid.thresholds.map { "\($0)" }.joined(separator: ", ")
                + (fixed.isEmpty ? "" : " (\(fixed) at every point)")
                + ", every threshold with the same seed, so the same people meet each threshold with the same luck "
                + "(common random numbers). A score at or above its threshold is flagged high risk.")
        if releaseMoves {
            notes.append(
                "The release policy (\(releaseModule ?? "the scenario's")) decides by the threshold: it is remade at "
                    + "each point, and the fairness figures read the same threshold.")
        } else {
            notes.append(
                "The release policy (\(releaseModule ?? "the scenario's")) does not decide by a risk threshold: it is "
                    + "run unchanged at every point, so detention does not move with the threshold; only the threshold "
                    + "the fairness figures read does (a score that is reported but not used).")
        }
        notes.append(
            "Detention is the share of arrests still in custody right after the first-appearance decision; new "
                + "arrests and failures to appear are per person released before disposition. The fairness figures "
                + "are computed twice: on the observed outcomes a real audit could see (people released before "
                + "disposition only) and on the true outcomes the simulation knows (everyone scored, the detained "
                + "included); group gaps are group − \(referenceGroup), paired by replication.")
        if !hasFairnessFigures {
            notes.append(
                "No fairness figures: this run scored nobody against a predicted outcome (the scenario needs a risk "
                    + "instrument and a risk_outcome section), so they are shown as \"—\".")
        }
        notes.append(Evidence.illustrativeNote)
        notes.append(Evidence.intervalNote(replications: replications))
        notes += points.compactMap(\.steadyState).flatMap(\.notes)
        return notes
    }
}
