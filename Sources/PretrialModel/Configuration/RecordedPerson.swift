/// One row of a records population (`population.records`): the four attributes of a real
/// defendant the model draws arrested people from, as indices into the population's names.
public struct RecordedPerson: Sendable, Equatable {
    /// The group, an index into ``PopulationProfile/groups``.
    public var group: Int
    /// The age band, an index into ``PopulationProfile/ageBands``.
    public var ageBand: Int
    /// The charge class, an index into ``PopulationProfile/chargeClasses``.
    public var chargeClass: Int
    /// Recorded prior arrests (at least 0).
    public var priors: Int

    /// Creates a row.
    public init(group: Int, ageBand: Int, chargeClass: Int, priors: Int) {
        self.group = group
        self.ageBand = ageBand
        self.chargeClass = chargeClass
        self.priors = priors
    }
}
