import Policies
import PolicyKit
import Testing

/// The standard plea module's charge reductions and time-served offers.
@Suite("Standard plea: charge reductions and time-served offers")
struct StandardPleaTests {
    static let population = PopulationInfo(
        groups: ["A"], chargeClasses: ["misdemeanor", "felony"], ageBands: ["all"])

    /// A uniform source that always gives `value`.
    final class Fixed: RandomSource {
        let value: Double
        init(_ value: Double) { self.value = value }
        func uniform() -> Double { value }
        func bernoulli(_ p: Double) -> Bool { value < p }
        func normal(mean: Double, sd: Double) -> Double { mean }
        func lognormal(mu: Double, sigma: Double) -> Double { mu }
        func exponential(mean: Double) -> Double { mean }
    }

    static func policy(_ parameters: [String: ParameterValue]) throws -> any PleaPolicy {
        let module = try #require(BuiltInPolicies.registry().module(named: "standard-plea"))
        guard case .plea(let policy) = try module.instantiate(parameters, population: population) else {
            Issue.record("standard-plea is not a plea policy")
            throw PolicyParameterError(parameter: "", message: "not a plea policy")
        }
        return policy
    }

    static func defendant(chargeClass: Int, detained: Bool) -> Defendant {
        Defendant(
            person: 1, group: 0, abilityToPay: 100, chargeClass: chargeClass, priors: 0, ageBand: 0,
            isDetained: detained, daysDetained: detained ? 10 : 0, daysSinceArrest: 10, arrestDay: 0,
            hasCounsel: false, riskScore: nil, isRearrest: false)
    }

    @Test("a felony offer is to the class before it with the reduction's probability; a misdemeanour's never")
    func reductions() throws {
        let policy = try Self.policy(["reduction": .table(["felony": 0.4])])
        let felony = Self.defendant(chargeClass: 1, detained: false)
        #expect(policy.offer(felony, courtDate: 1, random: Fixed(0.3))?.reducedChargeClass == 0)
        #expect(policy.offer(felony, courtDate: 1, random: Fixed(0.5))?.reducedChargeClass == nil)
        let misdemeanor = Self.defendant(chargeClass: 0, detained: false)
        #expect(policy.offer(misdemeanor, courtDate: 1, random: Fixed(0))?.reducedChargeClass == nil)
        #expect(policy.offer(felony, courtDate: 1, random: Fixed(0))?.sentenceShare == 0.6)
    }

    @Test("time-served offers go only to people held")
    func timeServed() throws {
        let policy = try Self.policy(["time_served_offer": .number(1)])
        #expect(
            policy.offer(Self.defendant(chargeClass: 1, detained: true), courtDate: 1, random: Fixed(0.5))?.timeServed
                == true)
        #expect(
            policy.offer(Self.defendant(chargeClass: 1, detained: false), courtDate: 1, random: Fixed(0.5))?.timeServed
                == false)
    }

    @Test("without the new parameters the offer is the old one and draws nothing more")
    func defaultsUnchanged() throws {
        let policy = try Self.policy([:])
        let offer = policy.offer(Self.defendant(chargeClass: 1, detained: true), courtDate: 1, random: Fixed(0.99))
        #expect(offer == PleaOffer(sentenceShare: 0.6))
    }

    @Test("a reduction of the first class is an error: there is no class before it")
    func firstClassCannotBeReduced() throws {
        #expect(throws: PolicyBuildError.self) { try Self.policy(["reduction": .table(["misdemeanor": 0.2])]) }
    }
}
