import Foundation
import PolicyKit
@testable import Policies
import Testing

/// The `compas-fitted` instrument: its decile distribution on the Broward records, computed
/// exactly (the ordinal probabilities summed over the rows and integrated over the risk
/// factor), against the records' COMPAS deciles and the fit `data/propublica.py` reports.
@Suite("COMPAS-fitted instrument")
struct CompasFittedTests {
    static let population = PopulationInfo(
        groups: BrowardRecords.groups, chargeClasses: BrowardRecords.chargeClasses, ageBands: BrowardRecords.ageBands)

    /// A source whose uniform draw is always `value`.
    final class Fixed: RandomSource {
        let value: Double
        init(_ value: Double) { self.value = value }
        func uniform() -> Double { value }
        func bernoulli(_ p: Double) -> Bool { value < p }
        func normal(mean: Double, sd: Double) -> Double { mean }
        func lognormal(mu: Double, sigma: Double) -> Double { mu }
        func exponential(mean: Double) -> Double { mean }
    }

    static func instrument(_ parameters: [String: ParameterValue] = [:]) throws -> CompasFitted {
        let module = try #require(BuiltInPolicies.registry().module(named: "compas-fitted"))
        guard case .risk(let instrument) = try module.instantiate(parameters, population: population),
            let fitted = instrument as? CompasFitted
        else { throw BrowardRecords.Failure("compas-fitted is not the fitted instrument") }
        return fitted
    }

    static func defendant(_ row: BrowardRecords.Row, riskFactor: Double = 0) -> Defendant {
        Defendant(
            person: 0, group: row.group, abilityToPay: 0, chargeClass: row.chargeClass, priors: row.priors,
            ageBand: row.ageBand, isDetained: true, daysDetained: 0, daysSinceArrest: 0, arrestDay: 0,
            hasCounsel: false, riskScore: nil, isRearrest: false, riskFactor: riskFactor)
    }

    /// Per group (and "all"): the share of each decile (percent) the instrument implies on the
    /// records, integrating over the standard-normal risk factor by the trapezoid rule on
    /// [-8, 8] (801 points; the error is far below 0.001 pp).
    static func impliedDeciles(_ instrument: CompasFitted, rows: [BrowardRecords.Row]) -> [String: [Double]] {
        let points = 801
        let step = 16.0 / Double(points - 1)
        let nodes = (0..<points).map { -8 + Double($0) * step }
        let weights = nodes.enumerated().map { index, z in
            (index == 0 || index == points - 1 ? 0.5 : 1) * step * exp(-z * z / 2) / (2 * Double.pi).squareRoot()
        }
        var sums = Array(repeating: Array(repeating: 0.0, count: 10), count: BrowardRecords.groups.count)
        var counts = Array(repeating: 0.0, count: BrowardRecords.groups.count)
        for row in rows {
            let eta = instrument.recordedPredictor(defendant(row))
            counts[row.group] += 1
            for (z, w) in zip(nodes, weights) {
                let cumulative = instrument.cumulative(eta + instrument.information * z) + [1]
                var below = 0.0
                for d in 0..<10 {
                    sums[row.group][d] += w * (cumulative[d] - below)
                    below = cumulative[d]
                }
            }
        }
        var result: [String: [Double]] = [:]
        for (index, name) in BrowardRecords.groups.enumerated() {
            result[name] = sums[index].map { 100 * $0 / counts[index] }
        }
        let total = counts.reduce(0, +)
        result["all"] = (0..<10).map { d in 100 * sums.map { $0[d] }.reduce(0, +) / total }
        return result
    }

    /// Max absolute difference per decile and total-variation distance, in percentage points.
    static func distance(_ a: [Double], _ b: [Double]) -> (maximum: Double, totalVariation: Double) {
        let differences = zip(a, b).map { abs($0 - $1) }
        return (differences.max() ?? 0, differences.reduce(0, +) / 2)
    }

    @Test("the defaults' decile distribution on the records matches the data as the description states")
    func groupFreeFit() throws {
        let figures = try BrowardRecords.figures()
        let rows = try BrowardRecords.rows()
        #expect(rows.count == 6172)
        let implied = Self.impliedDeciles(try Self.instrument(), rows: rows)
        for name in ["all"] + BrowardRecords.groups {
            let model = try #require(implied[name])
            let data = try BrowardRecords.numbers(figures, "filtered", "decile_distribution", name)
            let script = try BrowardRecords.numbers(figures, "group_free", "instrument", "decile_distribution", name)
            let fit = Self.distance(model, data)
            let stated = try #require(BrowardFit.goodness[name])
            // The module computes what the script fitted, and the description's figures are its.
            #expect(Self.distance(model, script).maximum < 0.01, "\(name): Swift and Python models differ")
            #expect(abs(fit.maximum - stated.maximum) < 0.01, "\(name): max difference \(fit.maximum) pp")
            #expect(abs(fit.totalVariation - stated.totalVariation) < 0.01, "\(name): TV \(fit.totalVariation) pp")
        }
        // The tolerance of the fit: overall within 1.5 pp of total variation; by race, what
        // priors, age and charge cannot explain (group-free) stays within 7 pp.
        let all = Self.distance(
            try #require(implied["all"]), try BrowardRecords.numbers(figures, "filtered", "decile_distribution", "all"))
        #expect(all.totalVariation < 1.5)
        for race in ["African-American", "Caucasian"] {
            let fit = Self.distance(
                try #require(implied[race]),
                try BrowardRecords.numbers(figures, "filtered", "decile_distribution", race))
            #expect(fit.totalVariation < 7, "\(race): TV \(fit.totalVariation) pp")
        }
    }

    @Test("with the fitted group shifts the decile distribution by race is within 2 pp per decile")
    func groupShiftFit() throws {
        let figures = try BrowardRecords.figures()
        let rows = try BrowardRecords.rows()
        let fit = try BrowardRecords.node(figures, ["group_shifts", "instrument"]) as? [String: Any] ?? [:]
        let cuts = try BrowardRecords.numbers(fit, "cut_points")
        var cutTable: [String: Double] = [:]
        for (k, cut) in cuts.enumerated() { cutTable["\(k + 1)"] = cut }
        var parameters: [String: ParameterValue] = ["cut_points": .table(cutTable)]
        for key in ["priors_weight", "log_priors_weight", "young_weight", "old_weight", "felony_weight", "information"]
        {
            parameters[key] = .number(try BrowardRecords.number(fit, key))
        }
        parameters["group_shifts"] = .table(try BrowardRecords.table(fit, "group_shifts"))
        let implied = Self.impliedDeciles(try Self.instrument(parameters), rows: rows)
        for name in ["all", "African-American", "Caucasian"] {
            let model = try #require(implied[name])
            let data = try BrowardRecords.numbers(figures, "filtered", "decile_distribution", name)
            let script = try BrowardRecords.numbers(fit, "decile_distribution", name)
            #expect(Self.distance(model, script).maximum < 0.01, "\(name): Swift and Python models differ")
            #expect(Self.distance(model, data).maximum < 2, "\(name): \(Self.distance(model, data))")
        }
    }

    @Test("the score is decile / 10; the decile rises with the draw, the priors and the risk factor")
    func scores() throws {
        let instrument = try Self.instrument()
        let row = BrowardRecords.Row(group: 0, ageBand: 1, chargeClass: 0, priors: 2)
        let scores = [0.0, 0.3, 0.6, 0.999_999].map { instrument.score(Self.defendant(row), random: Fixed($0)) }
        #expect(scores.first == 0.1 && scores.last == 1.0)
        #expect(scores == scores.sorted())
        #expect(scores.allSatisfy { ($0 * 10).rounded() == $0 * 10 })
        let more = BrowardRecords.Row(group: 0, ageBand: 1, chargeClass: 0, priors: 12)
        #expect(
            instrument.score(Self.defendant(more), random: Fixed(0.5))
                > instrument.score(Self.defendant(row), random: Fixed(0.5)))
        #expect(
            instrument.score(Self.defendant(row, riskFactor: 2), random: Fixed(0.5))
                > instrument.score(Self.defendant(row, riskFactor: -2), random: Fixed(0.5)))
    }

    @Test("cut points must be the keys 1 … 9 and increase")
    func cutPointErrors() throws {
        var table: [String: Double] = [:]
        for k in 1...9 { table["\(k)"] = Double(k) }
        #expect(try CompasFitted.cutPoints(table) == (1...9).map(Double.init))
        var missing = table
        missing["9"] = nil
        missing["10"] = 10
        #expect(throws: PolicyParameterError.self) { try CompasFitted.cutPoints(missing) }
        var decreasing = table
        decreasing["5"] = 3.5
        #expect {
            try CompasFitted.cutPoints(decreasing)
        } throws: { error in
            (error as? PolicyParameterError)?.message.contains("must increase") == true
        }
    }
}
