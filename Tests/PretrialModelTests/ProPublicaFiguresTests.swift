import Foundation
import Testing

/// The figures `data/propublica.py` computes from the Broward records reproduce ProPublica's.
///
/// ProPublica's values: "How We Analyzed the COMPAS Recidivism Algorithm" (J. Larson, S. Mattu,
/// L. Kirchner and J. Angwin, ProPublica, 23 May 2016), which reports that Black defendants who
/// did not reoffend were labelled higher risk 44.9% of the time against 23.5% for white ones,
/// and white reoffenders labelled lower risk 47.7% of the time against 28.0% for Black ones;
/// the analysis notebook `Compas Analysis.ipynb` of github.com/propublica/compas-analysis
/// (commit bafff5d) prints them to two decimals (44.85, 23.45, 47.72, 27.99) on all 7,214 rows
/// of the file, 3,696 Black and 2,454 white defendants, "higher risk" being decile 5 or more.
@Suite("ProPublica's COMPAS figures from the records")
struct ProPublicaFiguresTests {
    /// ProPublica's published rates (percent), as printed by their notebook.
    static let published: [String: [String: Double]] = [
        "false_positive_rate": ["African-American": 44.85, "Caucasian": 23.45],
        "false_negative_rate": ["African-American": 27.99, "Caucasian": 47.72],
    ]

    @Test("all 7,214 rows (the article's sample) give ProPublica's error rates within 0.5 pp")
    func articleSample() throws {
        let figures = try BrowardRecords.figures()
        #expect(try BrowardRecords.number(figures, "all_rows", "rows") == 7214)
        for (rate, byRace) in Self.published {
            for (race, value) in byRace {
                let computed = try BrowardRecords.number(figures, "all_rows", "error_rates", race, rate)
                #expect(abs(computed - value) <= 0.5, "\(rate) \(race): \(computed) against ProPublica's \(value)")
            }
        }
        #expect(try BrowardRecords.number(figures, "all_rows", "error_rates", "African-American", "n") == 3696)
        #expect(try BrowardRecords.number(figures, "all_rows", "error_rates", "Caucasian", "n") == 2454)
    }

    @Test("ProPublica's filtered sample (6,172 rows) is within 3 pp of the article (it leaves out 1,042 people)")
    func filteredSample() throws {
        let figures = try BrowardRecords.figures()
        #expect(try BrowardRecords.number(figures, "filtered", "rows") == 6172)
        for (rate, byRace) in Self.published {
            for (race, value) in byRace {
                let computed = try BrowardRecords.number(figures, "filtered", "error_rates", race, rate)
                #expect(abs(computed - value) <= 3, "\(rate) \(race): \(computed) against ProPublica's \(value)")
            }
        }
        let black = try BrowardRecords.number(
            figures, "filtered", "error_rates", "African-American", "false_positive_rate")
        let white = try BrowardRecords.number(figures, "filtered", "error_rates", "Caucasian", "false_positive_rate")
        #expect(black / white > 1.8, "Black non-reoffenders flagged nearly twice as often as white ones")
    }

    @Test("recidivism by decile rises with the decile for both races, and the cells hold the sample")
    func recidivismByDecile() throws {
        let figures = try BrowardRecords.figures()
        var total = 0.0
        for race in ["African-American", "Caucasian"] {
            let rates = try BrowardRecords.numbers(figures, "filtered", "recidivism_by_decile", race, "rate")
            let counts = try BrowardRecords.numbers(figures, "filtered", "recidivism_by_decile", race, "n")
            #expect(rates.count == 10 && counts.count == 10)
            #expect(rates[9] - rates[0] > 40, "\(race): decile 10 reoffends far more than decile 1")
            total += counts.reduce(0, +)
        }
        let error =
            try BrowardRecords.number(figures, "filtered", "error_rates", "African-American", "n")
            + BrowardRecords.number(figures, "filtered", "error_rates", "Caucasian", "n")
        #expect(total == error)
    }
}
