import Policies
import PolicyKit
import PretrialModel
import Testing

/// A policy set is made from one map of decision point to policy and checks it.
@Suite("Policy set from a map of decision points")
struct PolicySetTests {
    static let population = PopulationInfo(groups: ["A"], chargeClasses: ["any"], ageBands: ["all"])

    /// The built-in module `name` with its default parameters.
    static func instance(_ name: String) throws -> PolicyInstance {
        try #require(BuiltInPolicies.registry().module(named: name)).instantiate([:], population: population)
    }

    /// Policies for the five points every run needs.
    static func needed() throws -> [DecisionPoint: PolicyInstance] {
        [
            .arrest: try instance("book-all"), .counsel: try instance("no-counsel"),
            .release: try instance("r1-release"),
            .plea: try instance("standard-plea"), .scheduling: try instance("fifo"),
        ]
    }

    @Test("the accessors are the map's policies, and the optional points are nil when absent")
    func accessors() throws {
        let set = try PolicySet(Self.needed())
        #expect(set.instances.count == 5)
        #expect(set.risk == nil && set.bailReview == nil && set.custodyLimit == nil)
        #expect(set.scheduling.usesPriority == false)
        let limited = set.replacing(with: try Self.instance("speedy-trial-limit"))
        #expect(limited.custodyLimit != nil && limited.instances.count == 6)
        let detainedFirst = limited.replacing(with: try Self.instance("detained-first"))
        #expect(detainedFirst.scheduling.usesPriority && detainedFirst.custodyLimit != nil)
    }

    @Test("a missing needed point and a policy filed under another point are errors")
    func problems() throws {
        var missing = try Self.needed()
        missing[.plea] = nil
        #expect(throws: PolicySet.Problem.missing(.plea)) { try PolicySet(missing) }
        var misfiled = try Self.needed()
        misfiled[.risk] = try Self.instance("fifo")
        #expect(throws: PolicySet.Problem.misfiled(key: .risk, serves: .scheduling)) { try PolicySet(misfiled) }
    }
}
