/// When arrests happen: a Poisson process with a daily rate, optionally modulated by the
/// day of the week and the month of the year.
public struct ArrivalProfile: Sendable, Equatable {
    /// Mean arrests per day.
    public var ratePerDay: Double
    /// Seven relative weights, Monday first, averaging 1 (empty: flat).
    public var weekly: [Double]
    /// Twelve relative weights, January first, averaging 1 (empty: flat). Months are taken
    /// as 365/12 days.
    public var monthly: [Double]

    /// Creates an arrival profile.
    public init(ratePerDay: Double, weekly: [Double] = [], monthly: [Double] = []) {
        self.ratePerDay = ratePerDay
        self.weekly = weekly
        self.monthly = monthly
    }

    /// The rate at time `t` (days).
    public func rate(at t: Double) -> Double {
        var rate = ratePerDay
        if !weekly.isEmpty { rate *= weekly[Int(t.truncatingRemainder(dividingBy: 7))] }
        if !monthly.isEmpty { rate *= monthly[Int(t.truncatingRemainder(dividingBy: 365) / (365.0 / 12)) % 12] }
        return rate
    }

    /// The largest rate, used to thin a homogeneous process (Lewis & Shedler 1979).
    public var peakRate: Double {
        ratePerDay * (weekly.max() ?? 1) * (monthly.max() ?? 1)
    }

    /// Whether the rate varies with time.
    public var isModulated: Bool { !weekly.isEmpty || !monthly.isEmpty }
}
