/// The policy modules available to scenarios, by name: the built-in ones and those that
/// plugins registered.
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

    /// Creates an empty registry.
    public init() {}

    /// Adds `module`.
    /// - Throws: ``DuplicateModule`` if its name is taken.
    public mutating func register(_ module: PolicyModule) throws(DuplicateModule) {
        guard modules[module.name] == nil else { throw DuplicateModule(name: module.name) }
        modules[module.name] = module
    }

    /// The module called `name`.
    public func module(named name: String) -> PolicyModule? { modules[name] }

    /// Every module, sorted by decision point and name.
    public var all: [PolicyModule] {
        modules.values.sorted {
            let (a, b) = (DecisionPoint.allCases.firstIndex(of: $0.decisionPoint)!, DecisionPoint.allCases.firstIndex(of: $1.decisionPoint)!)
            return a != b ? a < b : $0.name < $1.name
        }
    }

    /// The names of the modules for `point`, sorted.
    public func names(for point: DecisionPoint) -> [String] {
        all.filter { $0.decisionPoint == point }.map(\.name)
    }
}
