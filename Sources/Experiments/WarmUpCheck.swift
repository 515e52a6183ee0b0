import PretrialModel
import SimKernel

/// Whether a variant's warm-up (`run.warm_up_days`) is long enough, by MSER-5 truncation
/// (``MSERTruncation``; White 1997) of each replication's daily pre-trial population
/// (``DailySeries``) over the arrest window (the days after it, when the jail drains, are left
/// out): the day each replication's initial transient ends, summarised over replications.
///
/// The warm-up is **too short** when the replications' median truncation day is later than the
/// warm-up, and **not settled** when most replications' minimum lies at the end of the searched
/// half of the series (the population never levelled off: the courts cannot keep up, or the
/// arrest window is too short to tell).
public struct WarmUpCheck: Sendable {
    /// The variant's name.
    public var variant: String
    /// The variant's warm-up in days.
    public var warmUpDays: Double
    /// Each replication's truncation day (replication order), for those long enough to tell.
    public var truncationDays: [Double]
    /// The median of ``truncationDays``.
    public var medianDay: Double
    /// The 2.5th and 97.5th percentiles of ``truncationDays`` (the range 95% of replications
    /// fall in; the smallest and largest with fewer than 40).
    public var range: (low: Double, high: Double)
    /// Replications whose minimum lay at the end of the searched range.
    public var unsettled: Int

    /// The day the variant's policy first changes, when that is inside the arrest window: the
    /// search for the initial transient stops there, so that a reform's effect is not taken
    /// for a warm-up that never ended (`nil` when the policy never changes).
    public var policyChangeDay: Double?

    /// Days in an MSER batch (MSER-5).
    public static let batchDays = 5

    /// Checks one variant's replications; `nil` when none kept a daily series long enough
    /// (four batches).
    /// - Parameters:
    ///   - variant: The variant's name.
    ///   - outcomes: Its replications.
    ///   - policyChangeDay: The first day its policy changes (a timeline), if any: only the
    ///     days before it are searched.
    public init?(variant: String, outcomes: [ReplicationOutcome], policyChangeDay: Double? = nil) {
        var days: [Double] = []
        var unsettled = 0
        var warmUp = Double.nan
        for outcome in outcomes.sorted(by: { $0.replication < $1.replication }) {
            guard let series = outcome.metrics.series,
                let population = series.values(.pretrialPopulation)
            else { continue }
            var window =
                series.arrestWindowDays.isFinite ? Int(series.arrestWindowDays.rounded(.down)) : population.count
            if let policyChangeDay, policyChangeDay.isFinite, policyChangeDay > 0 {
                window = min(window, Int(policyChangeDay.rounded(.down)))
            }
            guard let result = MSERTruncation.truncation(Array(population.prefix(window)), batchSize: Self.batchDays)
            else { continue }
            warmUp = series.warmUpDays
            days.append(Double(result.truncation))
            if result.reachedLimit { unsettled += 1 }
        }
        guard !days.isEmpty else { return nil }
        self.variant = variant
        self.warmUpDays = warmUp
        self.truncationDays = days
        self.unsettled = unsettled
        self.policyChangeDay = policyChangeDay
        let sorted = days.sorted()
        medianDay = Self.quantile(sorted, 0.5)
        range =
            sorted.count >= 40
            ? (Self.quantile(sorted, 0.025), Self.quantile(sorted, 0.975)) : (sorted[0], sorted[sorted.count - 1])
    }

    /// Whether most replications never settled within the searched half of their series.
    public var isUnsettled: Bool { 2 * unsettled > truncationDays.count }

    /// Whether the warm-up ends before the median truncation day.
    public var isTooShort: Bool { isUnsettled || medianDay > warmUpDays }

    /// The `q` quantile of sorted values (linear between order statistics).
    static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        let position = q * Double(sorted.count - 1)
        let low = Int(position.rounded(.down)), high = min(sorted.count - 1, low + 1)
        return sorted[low] + (sorted[high] - sorted[low]) * (position - Double(low))
    }

    /// The check in words, for a run's notes.
    public var note: String {
        let count = truncationDays.count
        let spread =
            count == 1
            ? "one replication"
            : count >= 40
                ? "replications' median; 95% range \(Self.day(range.low))–\(Self.day(range.high)) over \(count) replications"
                : "replications' median; range \(Self.day(range.low))–\(Self.day(range.high)) over \(count) replications"
        let warmUp = "warm_up_days \(Self.day(warmUpDays))"
        let searched =
            policyChangeDay.map { " over the days before the policy changes on day \(Self.day($0))" } ?? ""
        if isUnsettled {
            return "Warm-up (\(variant)): MSER-5\(searched) finds the initial transient lasting at least to day "
                + "\(Self.day(medianDay)), the end of the searched first half of the series, in \(unsettled) of "
                + "\(count) replications: the daily pre-trial population was still changing there, so \(warmUp) "
                + (medianDay > warmUpDays ? "is too short" : "cannot be shown long enough")
                + "; lengthen the arrest window (and the warm-up) until the population levels off well before "
                + "half of it, or see the steady-state check."
        }
        let verdict = isTooShort ? "is too short; lengthen it to at least \(Self.day(medianDay))" : "is long enough"
        return
            "Warm-up (\(variant)): MSER-5\(searched) puts the end of the initial transient at day \(Self.day(medianDay)) "
            + "(\(spread)); \(warmUp) \(verdict)."
    }

    static func day(_ value: Double) -> String {
        value.isFinite ? String(Int(value.rounded())) : "?"
    }
}
