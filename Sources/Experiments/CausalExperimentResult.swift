import PretrialModel
import SimKernel

/// What a causal experiment found: the first stage, and for each outcome the difference
/// between the arms and the Wald estimate of detention's effect, each with a 95% interval
/// over paired replications; for the detention experiment also the relative rates of
/// misdemeanour cases (held ÷ released).
public struct CausalExperimentResult: Sendable {
    /// A ratio of an outcome between the arms in one breakdown cell.
    public struct RelativeRate: Sendable, Equatable {
        /// The outcome.
        public var outcome: ExperimentOutcome
        /// The cell (a misdemeanour charge class).
        public var cell: BreakdownCell
        /// More-detention arm ÷ less-detention arm (ratio of the means), with a delta-method
        /// interval from the paired replications.
        public var ratio: Estimate
        /// The outcome in the more-detention arm.
        public var more: Estimate
        /// The outcome in the less-detention arm.
        public var less: Estimate
    }

    /// The design.
    public var design: CausalDesign
    /// The variant of the scenario the arms were made from.
    public var variant: String
    /// The arms, more detention first: name and description.
    public var arms: [(name: String, description: String)]
    /// Replications per arm.
    public var replications: Int
    /// The share held more than 3 days in each arm.
    public var detention: [Estimate]
    /// Each outcome's mean in each arm (same order as ``arms``).
    public var outcomeMeans: [ExperimentOutcome: [Estimate]]
    /// Each outcome's difference and Wald estimate, in ``ExperimentOutcome`` order.
    public var effects: [WaldEstimate]
    /// Misdemeanour relative rates of guilty plea and custodial sentence (detention
    /// experiment; empty when the scenario has no misdemeanour class).
    public var relativeRates: [RelativeRate]
    /// Whether each arm's run was in a steady state (``SteadyStateCheck``).
    public var steadyState: [SteadyStateCheck?]

    /// A first stage smaller than this (in share of arrests) makes the Wald estimate
    /// unreliable: it divides by a small number (a weak instrument).
    public static let weakFirstStage = 0.02

    /// The first stage: Δ share held more than 3 days, paired by replication.
    public var firstStage: Estimate { effects.first?.firstStage ?? Estimate(samples: []) }

    /// Whether the first stage is weak: smaller than ``weakFirstStage``, or with an *F*
    /// statistic (mean ÷ standard error, squared) below 10.
    public var weakInstrument: Bool {
        let stage = firstStage
        guard stage.mean.isFinite else { return true }
        let standardError = stage.halfWidth.isFinite ? stage.halfWidth / 1.96 : .infinity
        let f = standardError > 0 ? (stage.mean / standardError) * (stage.mean / standardError) : .infinity
        return abs(stage.mean) < Self.weakFirstStage || f < 10
    }

    /// Builds the result from the two arms' outcomes (`outcomes` of arm 0, the arm with more
    /// detention, and of arm 1).
    public init(
        design: CausalDesign, variant: String, arms: [(name: String, description: String)],
        outcomes: [ReplicationOutcome]
    ) {
        self.design = design
        self.variant = variant
        self.arms = arms
        let more = outcomes.filter { $0.variant == 0 }, less = outcomes.filter { $0.variant == 1 }
        let lessByReplication = Dictionary(less.map { ($0.replication, $0.metrics) }, uniquingKeysWith: { a, _ in a })
        let pairs = more.compactMap { outcome in
            lessByReplication[outcome.replication].map { (more: outcome.metrics, less: $0) }
        }
        replications = pairs.count
        detention = [more, less].map { arm in
            Estimate(samples: arm.map { ExperimentOutcome.detentionShare($0.metrics) }.filter(\.isFinite))
        }
        let treatment = pairs.map {
            (more: ExperimentOutcome.detentionShare($0.more), less: ExperimentOutcome.detentionShare($0.less))
        }
        var means: [ExperimentOutcome: [Estimate]] = [:]
        effects = ExperimentOutcome.allCases.map { outcome in
            let values = pairs.map { (more: outcome.value($0.more), less: outcome.value($0.less)) }
            means[outcome] = [
                Estimate(samples: values.map(\.more).filter(\.isFinite)),
                Estimate(samples: values.map(\.less).filter(\.isFinite)),
            ]
            return WaldEstimate(outcome: outcome, treatment: treatment, values: values)
        }
        outcomeMeans = means
        var rates: [RelativeRate] = []
        if design == .detention, let cells = pairs.first?.more.cells {
            for cell in cells where Self.isMisdemeanour(cell) {
                for outcome in [ExperimentOutcome.guiltyPlea, .custodialSentence] {
                    let values = pairs.map { (more: outcome.value($0.more, cell), less: outcome.value($0.less, cell)) }
                        .filter { $0.more.isFinite && $0.less.isFinite }
                    guard values.count >= 2 else { continue }
                    rates.append(
                        RelativeRate(
                            outcome: outcome, cell: cell, ratio: Self.ratio(values),
                            more: Estimate(samples: values.map(\.more)), less: Estimate(samples: values.map(\.less))))
                }
            }
        }
        relativeRates = rates
        steadyState = [more, less].enumerated().map { index, arm in
            SteadyStateCheck(
                VariantSummary(
                    name: arms.indices.contains(index) ? arms[index].name : "arm \(index + 1)", description: "",
                    outcomes: arm))
        }
    }

    /// Whether `cell` is a misdemeanour charge class (its name starts "misdemean", any case).
    static func isMisdemeanour(_ cell: BreakdownCell) -> Bool {
        guard case .chargeClass(let name) = cell else { return false }
        return name.lowercased().hasPrefix("misdemean")
    }

    /// The ratio of the means of paired values, with the delta-method interval of
    /// ``PairedComparison/ratio``.
    static func ratio(_ values: [(more: Double, less: Double)]) -> Estimate {
        let n = Double(values.count)
        let meanMore = values.reduce(0) { $0 + $1.more } / n
        let meanLess = values.reduce(0) { $0 + $1.less } / n
        let ratio = meanLess != 0 ? meanMore / meanLess : .nan
        let spread = Estimate(samples: values.map { $0.more - ratio * $0.less })
        return Estimate(
            mean: ratio, halfWidth: meanLess != 0 ? spread.halfWidth / abs(meanLess) : .nan, count: values.count)
    }
}
