/// A policy's own state over one replication: a budget, a counter, a date, and named numbers
/// for anything else.
///
/// Policies are shared by every replication and must be `Sendable`, so they hold no mutable
/// state themselves. Instead the process owns one `PolicyState` per policy that has one,
/// starts it from the policy's ``BailFundPolicy/initialState()`` at the start of each
/// replication, and passes it `inout` to each call; what the policy writes there it reads at
/// its next call in the same replication, and no other replication sees it.
public struct PolicyState: Sendable, Equatable {
    /// Money left to spend (dollars), for a policy with a budget.
    public var budget: Double
    /// A count the policy keeps (for example people helped in the current period).
    public var counter: Int
    /// A day the policy keeps (for example when its current budget period started).
    public var periodStart: Double
    /// Any other numbers, by name.
    public var values: [String: Double]

    /// Creates a state.
    public init(budget: Double = 0, counter: Int = 0, periodStart: Double = 0, values: [String: Double] = [:]) {
        self.budget = budget
        self.counter = counter
        self.periodStart = periodStart
        self.values = values
    }
}
