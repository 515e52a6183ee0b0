/// A reference to a person slot that stays valid only while the same person occupies it.
struct PersonRef {
    /// The slot in ``PretrialProcess/persons``.
    var slot: Int32
    /// The serial number of the person in that slot when the reference was made.
    var serial: UInt32
}

/// One person in the system (with at least one open case): their custody, their open cases
/// and what keeps them in jail.
///
/// The person is in jail if and only if something requires custody: an open case held on
/// (``casesHeld``) or a hold (``holds``). Failures to appear and the new-arrest hazard run only
/// while the person is at liberty. Kept in a slab whose slots are reused when the person's last
/// open case ends, so memory grows with the people in the system, not with everyone who passed
/// through.
struct PersonRecord {
    /// Bumped each time the slot is reused; stale events carry an old serial.
    var serial: UInt32 = 0
    /// Bumped at every change of the person's custody; the new-arrest hazard is tied to one
    /// spell at liberty.
    var epoch: UInt32 = 0
    var isActive = false
    var inJail = false
    /// Whether the current jail spell began on or after the warm-up (its stay is counted).
    var spellCounted = false
    /// Open cases of the person.
    var openCases: Int32 = 0
    /// Open cases that require custody (``CaseRecord/requiresCustody``).
    var casesHeld: Int32 = 0
    /// Active holds (probation, parole or warrant; ``CaseRecord/holdActive``).
    var holds: Int32 = 0
    /// New arrests while at liberty so far (numbers the person's luck for them).
    var newArrests: Int32 = 0
    /// Draws of the new-arrest delay so far (each from fresh luck).
    var hazardDraws: Int32 = 0
    /// The newest open case (−1 for none); the others follow through ``CaseRecord/nextOfPerson``.
    /// In a free slot, the next free slot.
    var newestCase: Int32 = -1
    /// The person's true prior offences (set with risk facts, ``PretrialProcess/drawRiskFacts``):
    /// a re-arrest adds one, as it adds one to the recorded priors.
    var truePriors: Int32 = 0
    /// The person's number (``CaseRecord/person``).
    var number = 0
    /// The seed of the person's own luck (that of their first case).
    var luckSeed: UInt64 = 0
    /// When the current jail spell began.
    var jailEntry = 0.0
    /// Until when the person's jail days are attributed to their cases
    /// (``CaseRecord/attributedBedDays``).
    var settledAt = 0.0

    /// Whether anything requires custody.
    @inline(__always)
    var requiresCustody: Bool { casesHeld > 0 || holds > 0 }
}
