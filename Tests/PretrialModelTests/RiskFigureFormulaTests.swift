@testable import PretrialModel
import Testing

/// The fairness figures' formulas against hand computations on small count tables.
@Suite("Fairness figures: formulas on a known count table")
struct RiskFigureFormulaTests {
    /// A cell whose true-outcome counts are: flagged 20 positive, 10 negative; not flagged 5
    /// positive, 30 negative (65 labelled, 25 positive); and whose observed counts are
    /// flagged 2 positive, 2 negative, not flagged 4 positive, 24 negative.
    static func cell() -> CellTotals {
        var cell = CellTotals()
        let counts: [(ProcessCounter, Double)] = [
            (.riskScored, 65), (.riskFlagged, 30),
            (.riskLabelledTrue, 65), (.riskPositiveTrue, 25),
            (.riskFlaggedPositiveTrue, 20), (.riskFlaggedNegativeTrue, 10),
            (.riskUnflaggedPositiveTrue, 5), (.riskUnflaggedNegativeTrue, 30),
            (.riskLabelledObserved, 32), (.riskPositiveObserved, 6),
            (.riskFlaggedPositiveObserved, 2), (.riskFlaggedNegativeObserved, 2),
            (.riskUnflaggedPositiveObserved, 4), (.riskUnflaggedNegativeObserved, 24),
        ]
        for (counter, value) in counts { cell.counters[counter] = value }
        return cell
    }

    func value(_ metric: MetricID, _ cell: CellTotals) -> Double {
        cell.figure(metric.definition.formula, costPerBedDay: 0).value
    }

    @Test("rates, predictive value and gaps are the hand-computed ones")
    func ratesMatchHandComputation() {
        let cell = Self.cell()
        #expect(value(.riskFlaggedShare, cell) == 30.0 / 65)
        #expect(value(.riskOutcomeRateTrue, cell) == 25.0 / 65)
        #expect(value(.riskFalsePositiveRateTrue, cell) == 10.0 / 40)
        #expect(value(.riskFalseNegativeRateTrue, cell) == 5.0 / 25)
        #expect(value(.riskPositivePredictiveValueTrue, cell) == 20.0 / 30)
        #expect(value(.riskOutcomeRateObserved, cell) == 6.0 / 32)
        #expect(value(.riskFalsePositiveRateObserved, cell) == 2.0 / 26)
        #expect(value(.riskFalseNegativeRateObserved, cell) == 4.0 / 6)
        #expect(value(.riskPositivePredictiveValueObserved, cell) == 2.0 / 4)
        #expect(value(.riskFalsePositiveRateGap, cell) == 10.0 / 40 - 2.0 / 26)
        #expect(value(.riskFalseNegativeRateGap, cell) == 5.0 / 25 - 4.0 / 6)
        #expect(value(.riskOutcomeRateGap, cell) == 25.0 / 65 - 6.0 / 32)
    }

    @Test("without an instrument every risk figure is NaN")
    func emptyCellIsNaN() {
        let cell = CellTotals()
        for metric in MetricID.allCases where metric.rawValue.hasPrefix("risk_") {
            #expect(value(metric, cell).isNaN, "\(metric.rawValue)")
        }
    }

    @Test("a tiny table: one positive in decile 2, negatives in deciles 1 and 2 give an AUC of 0.75")
    func tinyAUC() {
        var cell = CellTotals()
        cell.counters[ProcessCounter.riskDecile(2, positive: true, observed: false)] = 1
        cell.counters[ProcessCounter.riskDecile(1, positive: false, observed: false)] = 1
        cell.counters[ProcessCounter.riskDecile(2, positive: false, observed: false)] = 1
        // The pair (2, 1) is concordant, (2, 2) a tie: (1 + 0.5) / 2.
        #expect(value(.riskAUCTrue, cell) == 0.75)
        #expect(value(.riskAUCObserved, cell).isNaN, "no observed labels")
        #expect(value(.riskOutcomeRateDecile2True, cell) == 0.5)
        #expect(value(.riskOutcomeRateDecile1True, cell) == 0)
        #expect(value(.riskOutcomeRateDecile3True, cell).isNaN)
    }

    @Test("the AUC equals the share of concordant pairs counted one by one")
    func aucCountsPairs() {
        let positives: [Double] = [0, 1, 0, 2, 3, 1, 4, 2, 5, 6]
        let negatives: [Double] = [7, 5, 6, 3, 2, 4, 1, 2, 0, 1]
        var cell = CellTotals()
        for decile in 1...10 {
            cell.counters[ProcessCounter.riskDecile(decile, positive: true, observed: true)] = positives[decile - 1]
            cell.counters[ProcessCounter.riskDecile(decile, positive: false, observed: true)] = negatives[decile - 1]
        }
        // Every (positive, negative) pair, one at a time.
        var concordant = 0.0
        var pairs = 0.0
        for p in 0..<10 {
            for n in 0..<10 {
                for _ in 0..<Int(positives[p]) {
                    for _ in 0..<Int(negatives[n]) {
                        pairs += 1
                        concordant += p > n ? 1 : p == n ? 0.5 : 0
                    }
                }
            }
        }
        #expect(abs(value(.riskAUCObserved, cell) - concordant / pairs) < 1e-12)
        #expect(value(.riskAUCObserved, cell) > 0.5, "positives sit in higher deciles")
    }

    @Test("score deciles: d/10 is in decile d, and the ends are 1 and 10")
    func scoreDeciles() {
        for decile in 1...10 { #expect(PretrialProcess.scoreDecile(Double(decile) / 10) == decile) }
        #expect(PretrialProcess.scoreDecile(0) == 1)
        #expect(PretrialProcess.scoreDecile(0.1000001) == 2)
        #expect(PretrialProcess.scoreDecile(0.95) == 10)
    }

    @Test("every risk counter's decile index is its own")
    func decileCountersAreDistinct() {
        let counters = [false, true].flatMap { observed in
            (1...10).flatMap { decile in
                [true, false].map { ProcessCounter.riskDecile(decile, positive: $0, observed: observed) }
            }
        }
        #expect(Set(counters.map(\.rawValue)).count == 40)
        #expect(ProcessCounter.riskDecile(10, positive: false, observed: true) == .riskDecile10NegativeObserved)
        #expect(ProcessCounter.riskDecile(4, positive: true, observed: false) == .riskDecile4PositiveTrue)
        #expect(ProcessCounter.riskDecile10NegativeObserved.id == "risk_decile_10_negative_observed")
    }
}
