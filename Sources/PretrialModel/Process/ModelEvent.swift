/// The events of the pre-trial process. Each is a few bytes, stored inline in the calendar.
enum ModelEvent {
    /// The next arrest of the arrival process.
    case arrest
    /// First appearance (the bail hearing).
    case firstAppearance(CaseRef)
    /// A court date before trial.
    case courtDate(CaseRef)
    /// Bail posted late (by family or a bail fund), if still held in that spell.
    case bailPosted(CaseRef, epoch: UInt32)
    /// A bail review hearing, if still held in that spell.
    case bailReview(CaseRef, epoch: UInt32)
    /// A new arrest of a person at liberty, if still at liberty in that spell.
    case newArrest(PersonRef, epoch: UInt32)
    /// Arrest on a warrant after a failure to appear.
    case warrantArrest(CaseRef)
    /// The custody time limit expires, if still held in that spell.
    case custodyLimit(CaseRef, epoch: UInt32)
    /// A trial ends.
    case trialEnd(CaseRef)
    /// A hold placed at the case's booking ends, if the case is still open.
    case holdEnd(CaseRef)
    /// A bail fund's round: it posts bail for some of those held on it.
    case bailFundRound
    /// Police custody ends with the custody decision (`police_custody`).
    case policeCustodyEnd(CaseRef)
    /// The investigation of a case released under investigation ends: charge, or lapse.
    case investigationEnd(CaseRef)
    /// Bookkeeping: the warm-up ends; population averages restart.
    case warmUpEnd
    /// Bookkeeping: the arrest window closes; population averages are read.
    case arrestWindowEnd
    /// Bookkeeping: a census of the people held and the cases pending is taken
    /// (``PretrialSimulation/takeCensus(_:seed:replication:days:)``; never in a normal run).
    case censusTaken
    /// A case sent up to a higher court tier is now before it (``SendingUp``).
    case sentUp(CaseRef)
}
