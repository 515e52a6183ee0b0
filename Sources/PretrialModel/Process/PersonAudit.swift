/// Checks of persons and cases kept during a replication for tests (``PretrialSimulation``'s
/// audited run): conservation, custody and the jail population. Kept only when asked for, so
/// a normal run pays one branch on a stored Bool at the few places it is updated.
struct PersonAudit: Equatable {
    /// People who entered the system (a first arrest).
    var personsEntered = 0
    /// People who left it (their last open case disposed).
    var personsLeft = 0
    /// People in the system when the run stopped (active person slots).
    var personsInSystemAtEnd = 0
    /// Cases opened (arrests and new arrests, counted or not).
    var casesOpened = 0
    /// Cases disposed.
    var casesDisposed = 0
    /// Cases open when the run stopped.
    var casesOpenAtEnd = 0
    /// Jail spells of persons begun in the counted window (warm-up to the end of the arrest window).
    var jailAdmissions = 0
    /// Days of those spells (up to the end of the run for spells still going on).
    var jailStayDays = 0.0
    /// Failures to appear of people in jail (must stay 0).
    var failuresToAppearWhileHeld = 0
    /// New arrests of people in jail (must stay 0).
    var newArrestsWhileHeld = 0
    /// Changes of custody after which the number of people in jail was negative.
    var negativeJailPopulation = 0
    /// Checks at which the number of people in jail differed from the number of person records
    /// in jail, or the jail populations of the cells did not add up to it.
    var jailPopulationMismatches = 0
    /// Checks made (each change of custody).
    var jailPopulationChecks = 0
}
