import PretrialModel
import SimKernel
import Testing

@Suite("Properties of the pre-trial process")
struct ProcessPropertyTests {
    @Test("conservation: every arrest ends in a disposition when the run drains, and the jail empties")
    func conservation() throws {
        let configuration = try R1Configuration.make(arrestWindowDays: 60)
        for replication in 0..<3 {
            let metrics = try PretrialSimulation.run(configuration, seed: 7, replication: replication)
            let arrests = metrics.overall(.arrests)
            #expect(arrests > 5000)
            #expect(metrics.overall(.casesDisposed) == arrests)
            #expect(metrics.overall(.openCasesAtEnd) == 0)
            // Each disposition is a dismissal, a plea or a trial: here no dismissals, so
            // pleas + trials account for every case.
            let pleas = metrics.overall(.pleaShare) * metrics.overall(.casesDisposed)
            #expect(abs(pleas + metrics.overall(.casesTried) - arrests) < 0.5)
            // Groups partition the arrests.
            #expect(metrics.value(.arrests, .group("A")) + metrics.value(.arrests, .group("B")) == arrests)
        }
    }

    @Test("a run stopped early counts the cases still open instead of losing them")
    func openCasesCounted() throws {
        var configuration = try R1Configuration.make(arrestWindowDays: 60)
        configuration.maximumDays = 40
        let metrics = try PretrialSimulation.run(configuration, seed: 7, replication: 0)
        #expect(metrics.overall(.openCasesAtEnd) > 0)
        #expect(metrics.overall(.casesDisposed) + metrics.overall(.openCasesAtEnd) == metrics.overall(.arrests))
    }

    @Test("Little's law: average jail population = arrest rate × mean detention per arrest")
    func littlesLaw() throws {
        let configuration = try R1Configuration.make(arrestWindowDays: 400, rate: 40, warmUpDays: 150)
        var ratios: [Double] = []
        for replication in 0..<8 {
            let metrics = try PretrialSimulation.run(configuration, seed: 11, replication: replication)
            let rate = metrics.overall(.arrests) / (400 - 150)
            ratios.append(metrics.overall(.jailPopulationAverage) / (rate * metrics.overall(.pretrialDetentionDays)))
        }
        let estimate = Estimate(samples: ratios)
        #expect(
            estimate.covers(1) || abs(estimate.mean - 1) < 0.02, "L / λW = \(estimate.mean) ± \(estimate.halfWidth)")
    }

    @Test("the same seed gives identical results; another seed does not")
    func reproducibility() throws {
        let configuration = try R1Configuration.make(arrestWindowDays: 60)
        let first = try PretrialSimulation.run(configuration, seed: 3, replication: 2)
        let again = try PretrialSimulation.run(configuration, seed: 3, replication: 2)
        let other = try PretrialSimulation.run(configuration, seed: 4, replication: 2)
        #expect(first.bitPatterns == again.bitPatterns)
        #expect(first.bitPatterns != other.bitPatterns)
    }

    @Test("nobody factually innocent is convicted at trial when the conviction probability for innocents is 0")
    func innocentNeverConvictedAtTrial() throws {
        let configuration = try R1Configuration.make(arrestWindowDays: 60, innocentConviction: 0, guilt: 0.5)
        let metrics = try PretrialSimulation.run(configuration, seed: 5, replication: 0)
        #expect(metrics.overall(.casesTried) > 1000)
        #expect(metrics.overall(.innocentConvictionsAtTrial) == 0)
        // Innocent people still plead guilty (the acceptance model applies to them too).
        #expect(metrics.overall(.innocentPleas) > 0)
        let withErrors = try R1Configuration.make(arrestWindowDays: 60, innocentConviction: 0.3, guilt: 0.5)
        #expect(
            try PretrialSimulation.run(withErrors, seed: 5, replication: 0).overall(.innocentConvictionsAtTrial) > 0)
    }

    @Test("detained defendants plead more often than released ones when acceptance says so")
    func detentionRaisesPleas() throws {
        let configuration = try R1Configuration.make(arrestWindowDays: 60)
        let metrics = try PretrialSimulation.run(configuration, seed: 5, replication: 0)
        #expect(abs(metrics.overall(.guiltyPleaShareDetained) - 0.6) < 0.02)
        #expect(abs(metrics.overall(.guiltyPleaShareReleased) - 0.4) < 0.02)
    }
}

extension ReplicationMetrics {
    /// Every figure as raw bits, so NaN compares equal to NaN.
    var bitPatterns: [String: [UInt64]] {
        Dictionary(uniqueKeysWithValues: values.map { ($0.key.rawValue, $0.value.map(\.bitPattern)) })
    }
}
