import CGSL
import Foundation
import PretrialModel
import SimKernel
import Testing

@Suite("Income quintiles of ability to pay")
struct IncomeQuintileTests {
    static func population(_ groups: [(share: Double, ability: Distribution)]) -> PopulationProfile {
        PopulationProfile(
            groups: groups.enumerated().map { index, group in
                GroupProfile(
                    name: "g\(index)", share: group.share, abilityToPay: group.ability,
                    chargeMix: [1], priors: try! .constant(0), ageMix: [1])
            },
            chargeClasses: [
                ChargeClassProfile(
                    name: "any", guiltProbability: 1, failureToAppear: 0, newArrestPerDay: 0,
                    priorsEffect: 0, sentenceDays: try! .constant(0))
            ],
            ageBands: ["all"])
    }

    @Test("one lognormal group: the bounds are its 20th to 80th percentiles")
    func singleLognormal() throws {
        let quintiles = IncomeQuintiles(Self.population([(1, try .lognormal(median: 800, sigma: 1.3))]))
        for (bound, p) in zip(quintiles.upperBounds, [0.2, 0.4, 0.6, 0.8]) {
            let exact = 800 * exp(1.3 * gsl_cdf_ugaussian_Pinv(p))
            #expect(abs(bound - exact) <= 1e-9 * exact, "\(p): \(bound) vs \(exact)")
        }
        #expect(quintiles.quintile(of: 0) == 0)
        #expect(quintiles.quintile(of: 800) == 2)
        #expect(quintiles.quintile(of: 1e9) == 4)
    }

    @Test("a mixture of groups: the mixture's CDF is 0.2, 0.4, 0.6, 0.8 at the bounds")
    func mixture() throws {
        let a = try Distribution.lognormal(median: 1500, sigma: 1),
            b = try Distribution.lognormal(median: 800, sigma: 1)
        let quintiles = IncomeQuintiles(Self.population([(0.6, a), (0.4, b)]))
        for (bound, p) in zip(quintiles.upperBounds, [0.2, 0.4, 0.6, 0.8]) {
            #expect(abs(0.6 * a.cdf(bound) + 0.4 * b.cdf(bound) - p) < 1e-10)
        }
        #expect(quintiles.upperBounds == quintiles.upperBounds.sorted())
    }

    @Test("many people with nothing: ties go to the lower quintile and negative draws count as 0")
    func atomAtZero() throws {
        let quintiles = IncomeQuintiles(
            Self.population([(0.3, try .constant(0)), (0.7, try .exponential(mean: 1000))]))
        #expect(quintiles.upperBounds[0] == 0)
        // 0.3 + 0.7 × (1 − e^(−x/1000)) = 0.4.
        let exact = -1000 * log(6.0 / 7.0)
        #expect(abs(quintiles.upperBounds[1] - exact) <= 1e-9 * exact)
        #expect(quintiles.quintile(of: 0) == 0)
        #expect(quintiles.quintile(of: 1e-6) == 1)
        let negative = IncomeQuintiles(
            Self.population([(0.5, try .normal(mean: 0, sd: 1)), (0.5, try .uniform(lower: 0, upper: 1))]))
        // Half of the normal group is below 0 and floored to it: 25% of everyone has nothing.
        #expect(negative.upperBounds[0] == 0)
        #expect(negative.upperBounds[1] > 0)
    }

    @Test("one replication of R1: quintile cells hold a fifth each and add up to the overall figures")
    func modelCells() throws {
        let configuration = try R1Configuration.make(arrestWindowDays: 120)
        let metrics = try PretrialSimulation.run(configuration, seed: 11, replication: 0)
        let quintiles = (1...5).map { BreakdownCell.incomeQuintile($0) }
        #expect(metrics.cells.filter { if case .incomeQuintile = $0 { true } else { false } } == quintiles)
        let arrests = metrics.overall(.arrests)
        for metric in [MetricID.arrests, .bedDays, .casesDisposed, .casesTried] {
            let sum = quintiles.reduce(0) { $0 + metrics.value(metric, $1) }
            #expect(abs(sum - metrics.overall(metric)) <= 1e-9 * max(1, metrics.overall(metric)), "\(metric)")
        }
        for cell in quintiles {
            // Binomial(n, 0.2): five standard errors.
            let tolerance = 5 * (arrests * 0.2 * 0.8).squareRoot()
            #expect(abs(metrics.value(.arrests, cell) - arrests / 5) <= tolerance)
        }
        let detained = quintiles.map { metrics.value(.detainedPastFirstAppearanceShare, $0) }
        #expect(detained == detained.sorted(by: >), "the least able to pay are detained most: \(detained)")
    }
}
