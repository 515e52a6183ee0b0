import SimKernel

/// Courtrooms, trial lengths and verdicts.
public struct CourtProfile: Sendable {
    /// Courtrooms that hold trials (servers of the trial queue).
    public var courtrooms: Int
    /// Length of a trial in days.
    public var trialDuration: Distribution
    /// Probability of conviction at trial when factually guilty.
    public var convictionIfGuilty: Double
    /// Probability of conviction at trial when factually innocent.
    public var convictionIfInnocent: Double

    /// Creates the court profile.
    public init(courtrooms: Int, trialDuration: Distribution, convictionIfGuilty: Double, convictionIfInnocent: Double) {
        self.courtrooms = courtrooms
        self.trialDuration = trialDuration
        self.convictionIfGuilty = convictionIfGuilty
        self.convictionIfInnocent = convictionIfInnocent
    }
}
