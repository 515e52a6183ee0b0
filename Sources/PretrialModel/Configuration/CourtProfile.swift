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
    /// Share of a jail sentence (a year or less) that is actually served once credit for time
    /// already served is taken off: 1 serves it all, 0.5 is "day-for-day" good-behaviour
    /// credit. Counts only towards the sentenced jail population.
    public var jailSentenceServedShare: Double
    /// Share of a custodial sentence of any length served in custody before release (England &
    /// Wales: a half for most standard determinate sentences; Germany: up to two thirds), for
    /// the sentenced population figures (``MetricID/sentencedPopulation``): each custodial
    /// sentence adds `max(0, sentence × share − days held pre-trial)` days (time on remand
    /// counts towards the sentence). `nil` (the default) keeps no such count; those figures are
    /// then NaN.
    public var prisonSentenceServedShare: Double? = nil
    /// How sentences depend on custody at disposition (neutral by default).
    public var sentencing: SentencingRules
    /// How prosecutors and judges respond to the trial backlog (none by default).
    public var response: CourtResponse
    /// The court tiers (`courts.tiers`), lower first; empty for one court of ``courtrooms`` and
    /// ``trialDuration``. With tiers, each has its own courtrooms and trial queue and
    /// ``courtrooms`` is their sum.
    public var tiers: [CourtTier]

    /// Creates the court profile.
    public init(
        courtrooms: Int, trialDuration: Distribution, convictionIfGuilty: Double, convictionIfInnocent: Double,
        jailSentenceServedShare: Double = 1, sentencing: SentencingRules = SentencingRules(),
        response: CourtResponse = CourtResponse(), tiers: [CourtTier] = []
    ) {
        self.courtrooms = courtrooms
        self.trialDuration = trialDuration
        self.convictionIfGuilty = convictionIfGuilty
        self.convictionIfInnocent = convictionIfInnocent
        self.jailSentenceServedShare = jailSentenceServedShare
        self.sentencing = sentencing
        self.response = response
        self.tiers = tiers
    }
}
