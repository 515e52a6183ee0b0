/// The names a scenario gives to groups, charge classes and age bands, and the effect sizes
/// it assumes, in the order that ``Defendant``'s indices refer to.
///
/// A policy receives this when it is created, so it can turn names in its parameters (for
/// example "qualifying charge classes") into indices once, not at every decision.
public struct PopulationInfo: Sendable, Equatable {
    /// Group names, e.g. ["Black", "white", "Hispanic"].
    public var groups: [String]
    /// Charge class names, e.g. ["misdemeanor", "nonviolent_felony", "violent_felony"].
    public var chargeClasses: [String]
    /// Age band names, e.g. ["18-24", "25-34", "35+"].
    public var ageBands: [String]

    /// Creates the name lists.
    public init(groups: [String], chargeClasses: [String], ageBands: [String]) {
        self.groups = groups
        self.chargeClasses = chargeClasses
        self.ageBands = ageBands
    }

    /// The index of a charge class, or a parameter error naming the known classes.
    public func chargeClass(named name: String, parameter: String) throws(PolicyParameterError) -> Int {
        guard let index = chargeClasses.firstIndex(of: name) else {
            throw PolicyParameterError(
                parameter: parameter,
                message:
                    "unknown charge class '\(name)'; the scenario's classes are \(chargeClasses.joined(separator: ", "))"
            )
        }
        return index
    }

    /// For each charge class, whether it is among `names` (a parameter listing classes).
    /// - Throws: ``PolicyParameterError`` naming `parameter` for a class the scenario lacks.
    public func chargeClassFlags(_ names: [String], parameter: String) throws(PolicyParameterError) -> [Bool] {
        var flags = Array(repeating: false, count: chargeClasses.count)
        for name in names { flags[try chargeClass(named: name, parameter: parameter)] = true }
        return flags
    }

    /// The index of a group, or a parameter error naming the known groups.
    public func group(named name: String, parameter: String) throws(PolicyParameterError) -> Int {
        guard let index = groups.firstIndex(of: name) else {
            throw PolicyParameterError(
                parameter: parameter,
                message: "unknown group '\(name)'; the scenario's groups are \(groups.joined(separator: ", "))")
        }
        return index
    }
}
