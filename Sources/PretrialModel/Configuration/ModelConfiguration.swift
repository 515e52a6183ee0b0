import PolicyKit
import SimKernel

/// Everything one replication of the pre-trial process needs, independent of any file
/// format: the ``Scenarios`` module builds it from YAML, tests build it in code.
public struct ModelConfiguration: Sendable {
    /// Arrests happen on [0, `arrestWindowDays`); the run then continues until every case
    /// is disposed or `maximumDays` is reached.
    public var arrestWindowDays: Double
    /// Metrics count people arrested on or after this day, and population averages start
    /// here (a warm-up lets the jail fill from empty).
    public var warmUpDays: Double
    /// A safety stop: the run ends at this day even if cases remain (they are counted as
    /// still in the system).
    public var maximumDays: Double
    /// Who is arrested.
    public var population: PopulationProfile
    /// When arrests happen.
    public var arrests: ArrivalProfile
    /// Delays and court procedure.
    public var process: ProcessProfile
    /// How defendants respond (posting bail, appearing, accepting pleas).
    public var behaviour: BehaviourProfile
    /// Courtrooms, trials and verdicts.
    public var courts: CourtProfile
    /// The policy at each decision point.
    public var policies: PolicySet
    /// Dollars per bed-day of pre-trial detention.
    public var costPerBedDay: Double
    /// Probation, parole and warrant holds placed at booking (none by default).
    public var holds: HoldProfile
    /// The outcome risk instruments predict, for the fairness figures (`nil`: none; then no
    /// outcome is drawn and the figures against outcomes are NaN).
    public var riskOutcome: RiskOutcomeModel?
    /// The threshold the fairness figures flag scores at, for each group (the population's
    /// order), overriding ``RiskOutcomeModel/threshold`` and the release policy's; `nil` (no
    /// scenario key sets it) for one threshold for everyone. `pretrial experiment thresholds`
    /// sets it at each point of its sweep, so that the figures read the threshold the release
    /// policy decides by, a group's own one under `--group-threshold`.
    public var riskThresholdsByGroup: [Double]? = nil
    /// The policies that come into force after day 0 (policy timelines), in order of day for
    /// each decision point; empty (no scenario key sets a timeline) for ``policies`` all run
    /// long. `PretrialProcess` takes the timeline path only when it is not empty.
    public var policyChanges: [PolicyChange] = []

    /// The days on which some policy changes, in order, each once; empty without a timeline
    /// (for a chart's vertical markers).
    public var policyChangeDays: [Double] { Array(Set(policyChanges.map(\.fromDay))).sorted() }
    /// The people held and the cases pending on day 0 (empty by default: the jail starts
    /// empty and nothing changes).
    public var census = Census()
    /// Police custody before first appearance and its custody decision (`police_custody`);
    /// `nil` (the default): a booked person goes to first appearance after
    /// ``ProcessProfile/firstAppearanceDelay``, as before the section existed.
    public var policeCustody: PoliceCustody? = nil
    /// Whether each replication keeps its ``DailySeries`` (``ReplicationMetrics/series``); off
    /// by default, so that a run that stores, writes or charts no series pays nothing for it.
    /// The CLI sets it for `--keep-series`, `--series FILE` and HTML output, and a scenario by
    /// `run.series: true`. It changes no figure.
    public var keepsDailySeries = false

    /// Creates a configuration.
    public init(
        arrestWindowDays: Double, warmUpDays: Double = 0, maximumDays: Double,
        population: PopulationProfile, arrests: ArrivalProfile, process: ProcessProfile,
        behaviour: BehaviourProfile, courts: CourtProfile, policies: PolicySet, costPerBedDay: Double,
        holds: HoldProfile = .none, riskOutcome: RiskOutcomeModel? = nil
    ) {
        self.arrestWindowDays = arrestWindowDays
        self.warmUpDays = warmUpDays
        self.maximumDays = maximumDays
        self.population = population
        self.arrests = arrests
        self.process = process
        self.behaviour = behaviour
        self.courts = courts
        self.policies = policies
        self.costPerBedDay = costPerBedDay
        self.holds = holds
        self.riskOutcome = riskOutcome
    }
}
