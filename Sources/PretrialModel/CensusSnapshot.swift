/// The state of one replication on a day: the census of the people held and the cases pending
/// then (``PretrialSimulation/takeCensus(_:seed:replication:days:)``), which a later run can
/// start from, and the population figures a test of that start needs.
public struct CensusSnapshot: Sendable {
    /// The day the census was taken.
    public var day: Double
    /// One entry per person with an open case (people with several open cases enter at one
    /// of them: the newest case that holds them in jail, else the newest), with exact days
    /// rounded to whole days and bail to whole dollars; equal entries are merged.
    public var census: Census
    /// People in jail at the census (each once).
    public var peopleInJail: Int
    /// Person-days in jail from the start of the averages (day 0, or the end of the warm-up)
    /// to the census: the differences between two snapshots give the average population
    /// between them.
    public var jailPersonDays: Double
    /// Cases waiting in the trial queue (not yet in trial) at the census.
    public var trialBacklog: Int
}
