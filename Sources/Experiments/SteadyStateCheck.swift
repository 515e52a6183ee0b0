import PretrialModel
import SimKernel

/// Whether a variant's run was in a steady state over the days it counted, so that its
/// figures describe the policy rather than the length of the run.
///
/// Two checks, each over the replications (with 95% intervals):
/// - **the trial backlog's growth**: a queue whose courts cannot keep up grows for as long as
///   the run lasts, and so do the trial wait and the detention that depends on it. The run is
///   flagged when the growth per year is above zero beyond its interval and the growth over
///   the counted days is more than ``materialGrowthShare`` of the backlog at the end and of
///   the trials of the cases counted (a queue that holds a few more cases at the end than at
///   the start, against thousands of trials, is a busy queue, not a growing one);
/// - **Little's law**: in a steady state the average jail population equals the arrest rate
///   times the mean stay. A ratio whose interval lies wholly outside 1 ± ``littlesLawTolerance``
///   means the jail was still filling (a warm-up too short) or emptying.
public struct SteadyStateCheck: Sendable {
    /// The variant's name.
    public var variant: String
    /// Days of arrests counted.
    public var countedDays: Double
    /// Growth of the trial backlog per year.
    public var backlogGrowthPerYear: Estimate
    /// The trial backlog at the end of the arrest window.
    public var backlogAtWindowEnd: Estimate
    /// Trials of the cases counted (NaN when unknown).
    public var trials: Double
    /// Average population ÷ (arrest rate × mean stay).
    public var littlesLawRatio: Estimate
    /// Whether the backlog grew (overall, or in one of the court tiers).
    public var backlogGrows: Bool
    /// The court tiers whose own backlog grew ("lower court", "higher court"; empty with one
    /// court): a growing tier is flagged even when the other's shrinking backlog hides it in
    /// the total.
    public var tiersGrowing: [String] = []
    /// Whether Little's law fails beyond its tolerance.
    public var littlesLawFails: Bool

    /// Growth over the counted days smaller than this share of the final backlog is ignored.
    public static let materialGrowthShare = 0.05
    /// How far from 1 Little's law ratio may be before the run is flagged.
    public static let littlesLawTolerance = 0.05

    /// Whether both checks pass.
    public var isSteady: Bool { !backlogGrows && !littlesLawFails }

    /// Checks one variant's summary; `nil` when it lacks the figures (e.g. a run stored by an
    /// older version).
    public init?(_ summary: VariantSummary) {
        guard let growth = summary.estimate(.trialBacklogGrowthPerYear), growth.count > 0,
            let backlog = summary.estimate(.trialBacklogAtWindowEnd),
            let ratio = summary.estimate(.littlesLawRatio),
            let days = summary.estimate(.countedDays), days.count > 0, days.mean > 0
        else { return nil }
        variant = summary.name
        countedDays = days.mean
        backlogGrowthPerYear = growth
        backlogAtWindowEnd = backlog
        littlesLawRatio = ratio
        trials = summary.estimate(.casesTried)?.mean ?? .nan
        backlogGrows = Self.grows(growth, backlog: backlog.mean, trials: trials, days: days.mean)
        let tiers: [(String, MetricID, MetricID, MetricID)] = [
            (
                "lower court", .lowerCourtTrialBacklogGrowthPerYear, .lowerCourtTrialBacklogAtWindowEnd,
                .lowerCourtCasesTried
            ),
            (
                "higher court", .higherCourtTrialBacklogGrowthPerYear, .higherCourtTrialBacklogAtWindowEnd,
                .higherCourtCasesTried
            ),
        ]
        for (name, growthID, backlogID, triedID) in tiers {
            guard let tierGrowth = summary.estimate(growthID), tierGrowth.count > 0, tierGrowth.mean.isFinite,
                let tierBacklog = summary.estimate(backlogID)
            else { continue }
            let tierTrials = summary.estimate(triedID)?.mean ?? .nan
            if Self.grows(tierGrowth, backlog: tierBacklog.mean, trials: tierTrials, days: days.mean) {
                tiersGrowing.append(name)
            }
        }
        backlogGrows = backlogGrows || !tiersGrowing.isEmpty
        if ratio.count > 0, ratio.mean.isFinite {
            let (low, high) = ratio.halfWidth.isFinite ? (ratio.lower, ratio.upper) : (ratio.mean, ratio.mean)
            littlesLawFails = high < 1 - Self.littlesLawTolerance || low > 1 + Self.littlesLawTolerance
        } else {
            littlesLawFails = false
        }
    }

    /// Whether a backlog grew materially: its growth per year above 0 beyond its interval, and
    /// its growth over the counted days more than one case and more than
    /// ``materialGrowthShare`` of the final backlog and of the trials.
    static func grows(_ growth: Estimate, backlog: Double, trials: Double, days: Double) -> Bool {
        let grown = growth.mean * days / 365
        let lower = growth.halfWidth.isFinite ? growth.lower : growth.mean
        let material = materialGrowthShare
        return lower > 0 && grown > 1 && grown > material * backlog && !(grown <= material * trials)
    }

    /// What a reader must know, in words; empty when the run was steady.
    public var notes: [String] {
        var notes: [String] = []
        let days = "\(Int(countedDays.rounded())) counted days"
        if backlogGrows {
            notes.append(
                "Not in a steady state (\(variant)): the trial backlog grew by about "
                    + "\(Self.whole(backlogGrowthPerYear.mean)) cases a year "
                    + "(95% interval \(Self.whole(backlogGrowthPerYear.lower))–\(Self.whole(backlogGrowthPerYear.upper))) "
                    + "over the \(days), to \(Self.whole(backlogAtWindowEnd.mean)) waiting at the end of the arrest "
                    + "window: the courts cannot keep up, so the trial wait, detention and jail figures of this variant "
                    + "grow with the run's length (transient)."
                    + (tiersGrowing.isEmpty
                        ? "" : " The backlog grew in the \(tiersGrowing.joined(separator: " and ")) (courts.tiers)."))
        }
        if littlesLawFails {
            notes.append(
                "Not in a steady state (\(variant)): the average jail population is "
                    + "\(Self.share(littlesLawRatio.mean)) of what Little's law gives for its arrests and stays "
                    + "(95% interval \(Self.share(littlesLawRatio.lower))–\(Self.share(littlesLawRatio.upper))) over the "
                    + "\(days): the jail was still filling or emptying, so its population and bed-day figures depend on "
                    + "the run's length; lengthen warm_up_days (or the arrest window) until the ratio is near 1.")
        }
        return notes
    }

    /// A count for prose: whole and grouped ("1,132"), "–" when unknown.
    static func whole(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let rounded = Int(max(-1e15, min(1e15, value)).rounded())
        let digits = String(abs(rounded))
        var grouped = ""
        for (index, character) in digits.reversed().enumerated() {
            if index > 0 && index % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        return (rounded < 0 ? "−" : "") + String(grouped.reversed())
    }

    /// A ratio for prose, to two decimals ("0.90").
    static func share(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let hundredths = Int(max(-1e12, min(1e12, value * 100)).rounded())
        let whole = hundredths / 100, rest = abs(hundredths % 100)
        return "\(whole).\(rest < 10 ? "0" : "")\(rest)"
    }
}
