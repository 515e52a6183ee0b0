/// Bounds on one replication's work, derived from its scenario, that stop a runaway
/// replication (one that would run for ever, or until memory is gone) long before a normal
/// one could reach them.
///
/// A normal case takes a handful of events (arrest, first appearance, a few court dates, a
/// trial) and closes; the bounds leave a hundredfold margin over that, so a figure of a run
/// that ends is never changed by them.
public struct RunawayGuards: Sendable, Equatable {
    /// Events per expected arrest that the budget allows.
    public static let eventsPerExpectedArrest = 2_000
    /// Events the budget allows besides those, for scenarios with few arrests.
    public static let baseEvents = 10_000_000
    /// The most events at one simulated instant. Arrests come at distinct times, so the events
    /// of different cases hardly ever share an instant, and a case has a handful at most (a
    /// release, a court date and a warrant with no delay between them).
    public static let eventsAtOneInstant = 10_000
    /// Open cases allowed per expected arrest.
    public static let openCasesPerExpectedArrest = 2
    /// Open cases allowed besides those.
    public static let baseOpenCases = 10_000

    /// Arrests expected in the arrest window at the peak arrest rate (an upper bound on the
    /// mean number of arrests, re-arrests aside).
    public var expectedArrests: Double
    /// The most events the replication may run.
    public var eventBudget: Int
    /// The most events that may run at one simulated instant.
    public var instantEventLimit: Int
    /// The most cases that may be open at once.
    public var openCaseLimit: Int

    /// The guards of a replication of `configuration`.
    public init(_ configuration: ModelConfiguration) {
        // A census's people count as arrests: their cases take events like any other.
        let census = configuration.census
        let arrests =
            configuration.arrests.peakRate * configuration.arrestWindowDays
            + Double(census.peopleHeld + census.peopleAtLiberty)
        expectedArrests = arrests.isFinite ? max(0, arrests) : .infinity
        eventBudget = Self.bound(Double(Self.baseEvents) + Double(Self.eventsPerExpectedArrest) * expectedArrests)
        instantEventLimit = Self.eventsAtOneInstant
        openCaseLimit = min(
            Int(Int32.max),
            Self.bound(Double(Self.baseOpenCases) + Double(Self.openCasesPerExpectedArrest) * expectedArrests))
    }

    /// `x` as an Int, saturated (a product of huge numbers is no reason to trap).
    private static func bound(_ x: Double) -> Int {
        x < 9e18 ? Int(x) : Int.max
    }
}
