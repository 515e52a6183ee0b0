import Foundation
import Testing

/// `pretrial census`: the state a run reaches, written as a census file that a scenario reads
/// back, and the shipped census start.
@Suite("pretrial census writes a census a scenario starts from")
struct CensusCommandEndToEndTests {
    @Test("R1's state on day 200 becomes a census file; a scenario with it validates and starts full")
    func censusRoundTrip() throws {
        let folder = try makeTemporaryFolder("census")
        defer { removeTemporaryFolder(folder) }
        let census = folder.appendingPathComponent("r1-census.csv")
        let written = try PretrialExecutable.run([
            "census", RunEndToEndTests.path("scenarios/r1-benchmark.yaml"), "--day", "200", "--output", census.path,
        ])
        try #require(written.status == 0, "\(written.standardError)")
        let text = try String(contentsOf: census, encoding: .utf8)
        #expect(text.hasPrefix("# Model-generated census, not observed"))
        let rows = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(
            rows.first == "status,group,charge_class,count,held_on,bail,days_held,days_since_arrest,court_dates_held")
        #expect(rows.dropFirst().contains { $0.hasPrefix("held,") })

        let scenario = folder.appendingPathComponent("start.yaml")
        let original = try String(
            contentsOf: URL(fileURLWithPath: RunEndToEndTests.path("scenarios/r1-benchmark.yaml")), encoding: .utf8)
        try (original + "\ncensus:\n  file: r1-census.csv\n").write(to: scenario, atomically: true, encoding: .utf8)
        let validated = try PretrialExecutable.run(["validate", scenario.path, "--no-pilot"])
        #expect(validated.status == 0, "\(validated.standardError)")

        let bad = try PretrialExecutable.run([
            "census", RunEndToEndTests.path("scenarios/r1-benchmark.yaml"), "--variant", "nope",
        ])
        #expect(bad.status != 0 && bad.standardError.contains("has no variant 'nope'"))
    }

    @Test("the shipped county census start validates")
    func shippedCensusStartValidates() throws {
        let outcome = try PretrialExecutable.run([
            "validate", RunEndToEndTests.path("scenarios/us-county-census-start.yaml"), "--no-pilot",
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.contains("ok"))
    }
}
