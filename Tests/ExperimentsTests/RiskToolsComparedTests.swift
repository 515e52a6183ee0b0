import Experiments
import PretrialModel
import SimKernel
import Testing

/// `scenarios/reforms/risk-tools-compared.yaml`: the same people under cash bail, risk-assessment
/// release and no money bail, with the same instrument scoring everyone.
@Suite("Reform scenarios: risk tools compared")
struct RiskToolsComparedTests {
    @Test(
        "detention falls from cash bail to risk assessment to no money bail; the true error rates stay the instrument's"
    )
    func directions() async throws {
        let evidence = try await ReformDirectionTests.run("risk-tools-compared.yaml")
        #expect(evidence.summaries.map(\.name) == ["baseline", "risk-assessment", "no-money-bail"])
        for variant in 1...2 {
            let change = try ReformDirectionTests.difference(
                evidence, variant: variant, .detainedPastFirstAppearanceShare)
            #expect(change.upper < 0, "variant \(variant): \(change.mean) ± \(change.halfWidth)")
        }
        let detained = evidence.summaries.map { $0.estimate(.detainedPastFirstAppearanceShare)?.mean ?? .nan }
        #expect(detained[2] < detained[1], "\(detained)")
        let fpr = evidence.summaries.map { summary in
            (
                Black: summary.estimate(.riskFalsePositiveRateTrue, .group("Black"))?.mean ?? .nan,
                white: summary.estimate(.riskFalsePositiveRateTrue, .group("white"))?.mean ?? .nan
            )
        }
        for rates in fpr {
            // More recorded priors, more often flagged among those who would not offend (ProPublica's finding).
            #expect(rates.Black > rates.white, "\(fpr)")
        }
        // The same instrument, threshold and people: the truth does not depend on who is released.
        let overall = evidence.summaries.map { $0.estimate(.riskFalsePositiveRateTrue)?.mean ?? .nan }
        #expect(overall.max()! - overall.min()! < 0.02, "\(overall)")
    }
}
