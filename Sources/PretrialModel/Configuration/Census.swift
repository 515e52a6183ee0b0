import SimKernel

/// The people held and the cases pending on day 0 (`census` in a scenario), so that a run
/// starts from a real jail and backlog instead of an empty one (docs/ARCHITECTURE.md,
/// "A census on day 0").
///
/// Each entry stands for `count` people of one group and charge class with one pending case
/// each, held in one way or at liberty. Their other attributes (priors, age band, ability to
/// pay, factual guilt) are drawn from the population profile with luck of their own, so every
/// variant of a scenario meets the same census people. Census cases were opened before day 0:
/// like the warm-up's, they are left out of the arrest-based figures, while the population
/// figures (jail population, people in jail) include them.
public struct Census: Sendable {
    /// The entries, in the order of the scenario (the order fixes each person's luck).
    public var entries: [CensusEntry]

    /// Creates a census (empty by default: the run starts with an empty jail).
    public init(entries: [CensusEntry] = []) {
        self.entries = entries
    }

    /// Whether the census holds nobody (then it changes nothing).
    public var isEmpty: Bool { entries.allSatisfy { $0.count == 0 } }

    /// The people the census holds in jail on day 0.
    public var peopleHeld: Int { entries.filter { $0.holding.isHeld }.reduce(0) { $0 + $1.count } }

    /// The people the census has at liberty with a pending case on day 0.
    public var peopleAtLiberty: Int { entries.filter { !$0.holding.isHeld }.reduce(0) { $0 + $1.count } }
}

/// `count` census people of one group and charge class in one situation.
public struct CensusEntry: Sendable {
    /// The group (an index into the population's groups).
    public var group: Int
    /// The charge class of the pending case (an index into the population's charge classes).
    public var chargeClass: Int
    /// How many people (at least 0).
    public var count: Int
    /// Where the case stands: held (and on what) or at liberty.
    public var holding: CensusHolding
    /// Days in jail on the case before day 0, all spells (for people at liberty, the time held
    /// before release; at least 0). They count towards custody limits, plea pressure and what
    /// policies see, not towards bed-days, which start on day 0.
    public var daysHeld: CensusDays
    /// Days from arrest to day 0; nil: the days held (people held since their arrest). Never
    /// fewer than the days held (a smaller draw is raised to them).
    public var daysSinceArrest: CensusDays?
    /// Court dates already held on the case; nil: derived from the days since arrest against
    /// the court-date schedule (one first-appearance delay, then one court-date interval per
    /// court date, at their means).
    public var courtDatesHeld: Int?

    /// Creates an entry.
    public init(
        group: Int, chargeClass: Int, count: Int, holding: CensusHolding, daysHeld: CensusDays,
        daysSinceArrest: CensusDays? = nil, courtDatesHeld: Int? = nil
    ) {
        self.group = group
        self.chargeClass = chargeClass
        self.count = count
        self.holding = holding
        self.daysHeld = daysHeld
        self.daysSinceArrest = daysSinceArrest
        self.courtDatesHeld = courtDatesHeld
    }
}

/// Where a census person's case stands on day 0.
public enum CensusHolding: Sendable, Hashable {
    /// Booked and held, the first appearance not yet held: it happens as for any booking, one
    /// first-appearance delay after the arrest (at once if that has passed), and the release
    /// policy decides there.
    case awaitingFirstAppearance
    /// Held on money bail of `amount` dollars that they cannot pay (ability to pay is drawn
    /// below the bail, and below a bondsman's premium where one would write the bond).
    case bail(amount: Double)
    /// Held without bail (detained, remanded), until disposition or a custody limit.
    case noBail
    /// Held on a probation, parole or warrant hold (released on the case itself): the hold
    /// lasts the rest of a `holds.duration` draw (its residual), or until disposition without
    /// one.
    case hold
    /// Released before trial, awaiting their next court date.
    case atLiberty

    /// Whether the person is in jail on day 0.
    public var isHeld: Bool { self != .atLiberty }
}

/// A number of days: the same for every person of an entry, or drawn for each.
public enum CensusDays: Sendable {
    /// Exactly this many days.
    case exactly(Double)
    /// A draw for each person (at least 0) from their own luck.
    case drawn(Distribution)
}
