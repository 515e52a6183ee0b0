/// What a policy may know about the system at a decision, beside the defendant: the day, how
/// full the jail is and how long the trial queue is.
///
/// The process makes one at each decision that takes it (``BailFundPolicy``); the numbers are
/// those of the replication at that moment.
public struct DecisionContext: Sendable, Equatable {
    /// The simulated day (0 at the start of the replication; the warm-up is part of it).
    public var day: Double
    /// The number of people held pre-trial now.
    public var jailPopulation: Int
    /// The number of cases waiting for a courtroom now.
    public var trialBacklog: Int

    /// Creates a context.
    public init(day: Double, jailPopulation: Int, trialBacklog: Int) {
        self.day = day
        self.jailPopulation = jailPopulation
        self.trialBacklog = trialBacklog
    }
}
