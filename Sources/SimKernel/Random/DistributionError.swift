/// A distribution was given a parameter outside its domain.
public struct DistributionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The distribution's name, as written in scenario files (`exponential`, `gamma`, ...).
    public var distribution: String
    /// The offending parameter (`mean`, `sigma`, `weights`, ...).
    public var parameter: String
    /// The value given, as text.
    public var value: String
    /// What the parameter must satisfy.
    public var requirement: String

    /// Creates an error naming the parameter, the value given and what it must satisfy.
    public init(distribution: String, parameter: String, value: String, requirement: String) {
        self.distribution = distribution
        self.parameter = parameter
        self.value = value
        self.requirement = requirement
    }

    /// For example: "exponential: parameter 'mean' is -1.0; it must be greater than 0".
    public var description: String {
        "\(distribution): parameter '\(parameter)' is \(value); it must \(requirement)"
    }
}
