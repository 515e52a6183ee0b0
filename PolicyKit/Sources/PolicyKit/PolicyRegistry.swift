/// The policy modules available to scenarios, by name: the built-in ones and those that
/// plugins registered, with the default module of each ``DecisionPoint/Requirement/defaulted``
/// decision point.
public struct PolicyRegistry: Sendable {
    /// A module could not be registered.
    public struct DuplicateModule: Error, Sendable, Equatable, CustomStringConvertible {
        /// The name already taken.
        public var name: String
        /// "a policy module named 'x' is already registered; ...".
        public var description: String {
            "a policy module named '\(name)' is already registered; give the new module another name"
        }
    }

    private var modules: [String: PolicyModule] = [:]
    private var defaults: [DecisionPoint: String] = [:]

    /// Creates an empty registry.
    public init() {}

    /// Adds `module`.
    /// - Throws: ``DuplicateModule`` if its name is taken.
    public mutating func register(_ module: PolicyModule) throws(DuplicateModule) {
        guard modules[module.name] == nil else { throw DuplicateModule(name: module.name) }
        modules[module.name] = module
    }

    /// Adds `module` as the module used at its decision point when a scenario names none.
    ///
    /// Only a ``DecisionPoint/Requirement/defaulted`` point has a default, and only one; a
    /// second default for the same point, or one for a required or optional point, is a
    /// programming error of the code that builds the registry.
    /// - Throws: ``DuplicateModule`` if its name is taken.
    public mutating func registerDefault(_ module: PolicyModule) throws(DuplicateModule) {
        let point = module.decisionPoint
        precondition(
            point.requirement == .defaulted,
            "\(point.rawValue) is \(point.requirement) and has no default module; \(module.name) cannot be one")
        precondition(
            defaults[point] == nil,
            "\(point.rawValue) already has the default module \(defaults[point] ?? ""); \(module.name) cannot be another"
        )
        try register(module)
        defaults[point] = module.name
    }

    /// The module called `name`.
    public func module(named name: String) -> PolicyModule? { modules[name] }

    /// The module used at `point` when a scenario names none, or `nil` when the point has no
    /// default (it is required or optional, or the registry was built without one).
    public func defaultModule(for point: DecisionPoint) -> PolicyModule? {
        defaults[point].flatMap { modules[$0] }
    }

    /// Every module, sorted by decision point and name.
    public var all: [PolicyModule] {
        modules.values.sorted {
            let (a, b) = (
                DecisionPoint.allCases.firstIndex(of: $0.decisionPoint)!,
                DecisionPoint.allCases.firstIndex(of: $1.decisionPoint)!
            )
            return a != b ? a < b : $0.name < $1.name
        }
    }

    /// The names of the modules for `point`, sorted.
    public func names(for point: DecisionPoint) -> [String] {
        all.filter { $0.decisionPoint == point }.map(\.name)
    }
}
