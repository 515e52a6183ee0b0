import PretrialModel
import SimKernel
import Testing

/// The split by pre-trial status at disposition (`by_detention_status`): the two status cells
/// add up to every case disposed, hold every figure made from counters written at disposition
/// and no other.
@Suite("By detention status at disposition")
struct DetentionStatusTests {
    static let statuses = DetentionStatus.allCases.map { BreakdownCell.detentionStatus($0) }

    @Test("detained + released cases add up to every case disposed, outcome by outcome")
    func statusCellsAddUp() throws {
        let configuration = try R1Configuration.make(trialScale: 0.5, arrestWindowDays: 120, guilt: 0.8)
        let metrics = try PretrialSimulation.run(configuration, seed: 5, replication: 0)
        #expect(metrics.cells.suffix(2) == Self.statuses)
        for metric in [MetricID.casesDisposed, .innocentConvictions, .innocentPleas] {
            let split = Self.statuses.map { metrics.value(metric, $0) }.reduce(0, +)
            #expect(split == metrics.overall(metric), "\(metric)")
        }
        for metric in [MetricID.convictionShare, .pleaShare, .dismissalShare, .trialShare, .acquittalShare] {
            let numerators = Self.statuses.map { metrics.numerator(metric, $0) }.reduce(0, +)
            #expect(numerators == metrics.numerator(metric, .overall), "\(metric)")
        }
        // Every case ends one way: plea, dismissal or a verdict.
        let disposed = metrics.overall(.casesDisposed)
        #expect(
            metrics.numerator(.pleaShare, .overall) + metrics.numerator(.dismissalShare, .overall)
                + metrics.numerator(.trialShare, .overall) == disposed)
        // R1 accepts 0.6 of offers when detained and 0.4 when released, with one court date.
        let detainedPleas = metrics.value(.pleaShare, .detentionStatus(.detained))
        let releasedPleas = metrics.value(.pleaShare, .detentionStatus(.released))
        #expect(abs(detainedPleas - 0.6) < 0.03 && abs(releasedPleas - 0.4) < 0.03, "\(detainedPleas) \(releasedPleas)")
        #expect(metrics.value(.pretrialDetentionDays, .detentionStatus(.released)) < 5)
    }

    @Test("only figures made from counters written at disposition have status cells")
    func onlyDispositionFigures() throws {
        let metrics = try PretrialSimulation.run(
            try R1Configuration.make(arrestWindowDays: 60), seed: 2, replication: 0)
        for metric in MetricID.allCases {
            let values = Self.statuses.map { metrics.value(metric, $0) }
            if metric.definition.isByDetentionStatus {
                #expect(values.allSatisfy { $0.isFinite }, "\(metric)")
            } else {
                #expect(values.allSatisfy { $0.isNaN }, "\(metric) has no value by status")
            }
        }
        #expect(MetricID.convictionShare.definition.isByDetentionStatus)
        #expect(!MetricID.detainedPast3DaysShare.definition.isByDetentionStatus, "arrests are counted at arrest")
        #expect(!MetricID.trialWaitDays.definition.isByDetentionStatus, "trial waits are counted when a trial starts")
        for metric in MetricID.withRole(.byDetentionStatus) {
            #expect(metric.definition.isByDetentionStatus, "\(metric) is in the status table but has no status cells")
        }
    }

    @Test("status cells have keys that read back")
    func keys() {
        for cell in Self.statuses {
            #expect(BreakdownCell(key: cell.key) == cell)
        }
        #expect(BreakdownCell.detentionStatus(.detained).key == "status:detained")
        #expect(BreakdownCell(key: "status:unknown") == nil)
    }
}
