import PretrialModel

/// A short pilot run of one variant that measures the trial courts' load, for `validate`: one
/// replication with the variant's own warm-up and a year of counted arrests, stopped when the
/// arrest window closes. Because it runs the model, it sees everything that changes how many
/// cases reach trial (counsel, plea safeguards, time-served offers, dismissals, citations),
/// which no formula over the parameters does. It also checks the warm-up (``WarmUpCheck``).
public struct TrialLoadPilot: Sendable {
    /// The variant's name.
    public var variant: String
    /// Days of arrests counted by the pilot.
    public var countedDays: Double
    /// The share of courtroom-days spent trying cases over the counted days
    /// (``MetricID/trialCourtUtilisation``).
    public var utilisation: Double
    /// The trial backlog's growth per year over the counted days.
    public var backlogGrowthPerYear: Double
    /// The trial backlog when the pilot's arrest window closed.
    public var backlogAtEnd: Double
    /// Trials started over the counted days (of cases arrested in them).
    public var trialsStarted: Double
    /// Whether the variant's warm-up is long enough, by MSER-5 on the pilot's daily pre-trial
    /// population (``WarmUpCheck``; `nil` for a pilot too short to tell).
    public var warmUp: WarmUpCheck?

    /// Utilisation from which the trial queue is taken to have little or no steady state: a
    /// queue this busy has waits that grow without bound as the load nears capacity, and
    /// small changes to pleas tip it over.
    public static let utilisationLimit = 0.95

    /// Days of arrests the pilot counts after the warm-up.
    public static let countedDays = 365.0

    /// Whether the trial queue is overloaded: utilisation at or above ``utilisationLimit``, or
    /// a backlog that grew over the counted days by more than ``SteadyStateCheck/materialGrowthShare``
    /// of its final size and of the trials started. (One replication has no interval: the
    /// second bound keeps the chance ups and downs of a busy but stable queue, a few cases
    /// against thousands of trials a year, from being read as growth.)
    public var isOverloaded: Bool {
        let grown = backlogGrowthPerYear * countedDays / 365
        let share = SteadyStateCheck.materialGrowthShare
        let grows = grown > 1 && grown > share * backlogAtEnd && grown > share * trialsStarted
        return utilisation >= Self.utilisationLimit || grows
    }

    /// The configuration the pilot runs: `configuration` with a year of counted arrests after
    /// its warm-up, stopped when the arrest window closes.
    public static func configuration(_ configuration: ModelConfiguration) -> ModelConfiguration {
        var pilot = configuration
        pilot.arrestWindowDays = configuration.warmUpDays + countedDays
        // The window's end is a bookkeeping event at that instant; events at the horizon still run.
        pilot.maximumDays = pilot.arrestWindowDays
        // For the warm-up check; the series changes no figure.
        pilot.keepsDailySeries = true
        return pilot
    }

    /// Runs the pilot of each variant of `plan` (replication 0 of its seed), `jobs` at a time.
    /// - Throws: what a replication throws (a policy's bad decision, a runaway guard).
    public static func run(_ plan: ReplicationPlan, jobs: Int) async throws -> [TrialLoadPilot] {
        var pilot = plan
        pilot.replications = 1
        pilot.variants = plan.variants.map {
            .init(name: $0.name, description: $0.description, configuration: configuration($0.configuration))
        }
        let outcomes = try await ReplicationRunner.run(pilot, jobs: jobs)
        return outcomes.map { outcome in
            let metrics = outcome.metrics
            return TrialLoadPilot(
                variant: pilot.variants[outcome.variant].name, countedDays: metrics.overall(.countedDays),
                utilisation: metrics.overall(.trialCourtUtilisation),
                backlogGrowthPerYear: metrics.overall(.trialBacklogGrowthPerYear),
                backlogAtEnd: metrics.overall(.trialBacklogAtWindowEnd), trialsStarted: metrics.overall(.casesTried),
                warmUp: WarmUpCheck(
                    variant: pilot.variants[outcome.variant].name, outcomes: [outcome],
                    policyChangeDay: pilot.variants[outcome.variant].configuration.policyChangeDays.filter { $0 > 0 }
                        .min()))
        }
    }
}
