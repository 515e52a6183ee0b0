import PretrialModel
import Scenarios
import Testing

/// `run.series`: whether a scenario keeps its daily series.
@Suite("Scenario key run.series")
struct SeriesKeyTests {
    @Test("absent, the series is off; true turns it on for every variant")
    func onAndOff() throws {
        let plain = try ScenarioFixtures.load(ScenarioFixtures.replacing("warm_up_days:", with: "  warm_up_days: 30"))
        #expect(plain.variants.allSatisfy { !$0.configuration.keepsDailySeries })
        let text = ScenarioFixtures.replacing("warm_up_days:", with: "  warm_up_days: 30\n  series: true")
        let kept = try ScenarioFixtures.load(text)
        #expect(kept.variants.allSatisfy { $0.configuration.keepsDailySeries })
    }

    @Test("a value that is not true or false is an error naming the key, its line and the fix")
    func notAFlag() throws {
        let text = ScenarioFixtures.replacing("warm_up_days:", with: "  warm_up_days: 30\n  series: daily")
        let error = try #require(ScenarioFixtures.onlyError(text))
        #expect(error.keyPath == "run.series", "\(error)")
        #expect(error.description.contains("true or false"), "\(error)")
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
            $0.contains("series: daily")
        }
        #expect(error.line == line.map { $0 + 1 }, "\(error)")
    }
}
