import PolicyKit
import PretrialModel
import Synchronization
import Testing

/// The bail fund of `scenarios/reforms/bail-fund.yaml` in the process: it releases people, only
/// those its rule allows, and never posts more in a month than its monthly budget.
@Suite("Bail fund: releases people within its monthly budget")
struct BailFundTests {
    /// A fund that passes every round to the shipped module's policy and records what it paid,
    /// by day.
    /// One bail the fund posted.
    struct Payment: Sendable {
        var day: Double
        var bail: Double
        var chargeClass: Int
    }

    /// The payments of a run, shared by the policy's copies.
    final class PaymentLog: Sendable {
        let payments = Mutex<[Payment]>([])
    }

    struct RecordingFund: BailFundPolicy {
        let inner: any BailFundPolicy
        let log: PaymentLog

        var roundDays: Double { inner.roundDays }
        func initialState() -> PolicyState { inner.initialState() }
        func round(_ candidates: [BailFundCandidate], context: DecisionContext, state: inout PolicyState) -> [Int] {
            let chosen = inner.round(candidates, context: context, state: &state)
            log.payments.withLock { payments in
                for index in chosen {
                    let candidate = candidates[index]
                    payments.append(
                        Payment(day: context.day, bail: candidate.bail, chargeClass: candidate.defendant.chargeClass))
                }
            }
            return chosen
        }
    }

    @Test("the fund posts bail up to its limit, at most its budget in each 30 days, and fewer are held")
    func withinBudget() throws {
        let scenario = try ShippedScenario.load("scenarios/reforms/bail-fund.yaml")
        let variant = try #require(scenario.variants.first { $0.name == "larger-fund" })
        var configuration = variant.configuration
        configuration.arrestWindowDays = 240
        configuration.warmUpDays = 30
        let fund = try #require(configuration.policies.bailFund)
        let recorded = PaymentLog()
        configuration.policies = configuration.policies.replacing(
            with: .bailFund(RecordingFund(inner: fund, log: recorded)), module: "bail-fund")
        let withFund = try PretrialSimulation.run(configuration, seed: 11, replication: 0)
        var without = configuration
        without.policies = try PolicySet(configuration.policies.instances.filter { $0.key != .bailFund })
        let withoutFund = try PretrialSimulation.run(without, seed: 11, replication: 0)

        let log = recorded.payments.withLock { $0 }
        #expect(log.count > 100, "the fund posted bail \(log.count) times")
        #expect(log.allSatisfy { $0.bail <= 10_000 })
        var byPeriod: [Int: Double] = [:]
        for payment in log { byPeriod[Int(payment.day / 30), default: 0] += payment.bail }
        for (period, spent) in byPeriod.sorted(by: { $0.key < $1.key }) {
            #expect(spent <= 500_000 + 1e-6, "days \(period * 30)–\(period * 30 + 30): \(spent) dollars")
        }
        // The budget binds: in some months the fund spends nearly all of it.
        #expect(byPeriod.values.contains { $0 > 450_000 }, "most spent in a month: \(byPeriod.values.max() ?? 0)")
        // Misdemeanours come first, so some of them are among those helped.
        let misdemeanor = try #require(configuration.population.chargeClasses.firstIndex { $0.name == "misdemeanor" })
        #expect(log.contains { $0.chargeClass == misdemeanor })
        #expect(withFund.overall(.bailFundReleases) > 0)
        #expect(withFund.overall(.bailFundDollars) <= log.reduce(0) { $0 + $1.bail } + 1e-6)
        #expect(withoutFund.overall(.bailFundReleases) == 0)
        // The same people with the same luck: the fund's releases lower the share held past 3 days.
        #expect(
            withFund.value(.detainedPast3DaysShare, .chargeClass("misdemeanor"))
                < withoutFund.value(.detainedPast3DaysShare, .chargeClass("misdemeanor")))
    }
}
