import Foundation
import Testing

/// `pretrial experiment leniency|detention` end to end, and the figures by status at
/// disposition in `run`'s JSON and CSV.
@Suite("pretrial experiment and by_detention_status, end to end")
struct ExperimentEndToEndTests {
    static func path(_ relative: String) -> String { RunEndToEndTests.path(relative) }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("leniency on R1: text, JSON and CSV give the first stage and the Wald estimates")
    func leniency() throws {
        let base = [
            "experiment", "leniency", Self.path("scenarios/r1-benchmark.yaml"), "--replications", "2", "--shift", "0.3",
            "--quiet",
        ]
        let text = try PretrialExecutable.run(base)
        #expect(text.status == 0, "\(text.standardError)")
        #expect(text.standardOutput.contains("Effect of detention [95% CI]"))
        #expect(text.standardOutput.contains("simulation (Monte Carlo) error only"))
        #expect(text.standardOutput.contains("Scenario \"R1 benchmark (stable)\""))
        let outcome = try PretrialExecutable.run(base + ["--format", "json"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let json = try Self.json(outcome.standardOutput)
        #expect(json["experiment"] as? String == "leniency")
        #expect(json["shift"] as? Double == 0.3)
        #expect(json["replications"] as? Int == 2)
        let arms = try #require(json["arms"] as? [[String: Any]])
        #expect(arms.compactMap { $0["name"] as? String } == ["harsher", "lenient"])
        let firstStage = try #require((json["first_stage"] as? [String: Any])?["mean"] as? Double)
        #expect(firstStage > 0.05)
        let effects = try #require(json["effects"] as? [String: [String: Any]])
        #expect(Set(effects.keys) == ["conviction", "guilty_plea", "custodial_sentence", "rearrest"])
        // R1 accepts 0.6 of plea offers when detained and 0.4 when released.
        let plea = try #require((effects["guilty_plea"]?["effect_of_detention"] as? [String: Any])?["mean"] as? Double)
        #expect(plea > 0.1 && plea < 0.3, "\(plea)")
        let notes = try #require(json["notes"] as? [String])
        #expect(notes.contains { $0.contains("delta method") })
        let csv = try PretrialExecutable.run(base + ["--format", "csv"])
        #expect(csv.status == 0, "\(csv.standardError)")
        let lines = csv.standardOutput.split(separator: "\n")
        #expect(lines.first == "section,outcome,label,arm,breakdown,mean,ci95_low,ci95_high,replications,unit")
        #expect(lines.contains { $0.hasPrefix("effect_of_detention,guilty_plea,") })
        #expect(lines.contains { $0.hasPrefix("first_stage,detention,") })
    }

    @Test("detention on the county baseline: differences and the misdemeanour relative rates")
    func detention() throws {
        let outcome = try PretrialExecutable.run([
            "experiment", "detention", Self.path("scenarios/us-county-baseline.yaml"), "--replications", "2",
            "--quiet", "--format", "json",
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let json = try Self.json(outcome.standardOutput)
        let arms = try #require(json["arms"] as? [[String: Any]])
        #expect(arms.compactMap { $0["name"] as? String } == ["held", "released"])
        let firstStage = try #require((json["first_stage"] as? [String: Any])?["mean"] as? Double)
        // Everyone held against everyone released, but for holds, which keep people in jail in both arms.
        #expect(firstStage > 0.6, "\(firstStage)")
        let rates = try #require(json["relative_rates"] as? [[String: Any]])
        #expect(Set(rates.compactMap { $0["outcome"] as? String }) == ["guilty_plea", "custodial_sentence"])
        #expect(rates.allSatisfy { $0["cell"] as? String == "charge_class:misdemeanor" })
        let markdown = try PretrialExecutable.run([
            "experiment", "detention", Self.path("scenarios/r1-benchmark.yaml"), "--replications", "2", "--quiet",
            "--format", "markdown",
        ])
        #expect(markdown.status == 0, "\(markdown.standardError)")
        #expect(markdown.standardOutput.contains("## Experiment detention"))
    }

    @Test(
        "bad input stops with a clear error and a non-zero status",
        arguments: [
            (["--shift", "1.5"], "--shift must be a fraction between 0 and 1"),
            (["--shift", "0"], "--shift must be a fraction between 0 and 1"),
            (["--replications", "1"], "--replications must be at least 2"),
            (["--variant", "nonesuch"], "has no such variant; its variants are baseline"),
            (["--format", "latex"], "is not written by this experiment"),
            (["--converted-bail=-5"], "--converted-bail must be a positive amount"),
        ])
    func badInput(_ arguments: [String], _ message: String) throws {
        let outcome = try PretrialExecutable.run(
            ["experiment", "leniency", Self.path("scenarios/r1-benchmark.yaml"), "--quiet"] + arguments)
        #expect(outcome.status != 0)
        #expect(outcome.standardError.contains(message), "\(outcome.standardError)")
    }

    @Test("a missing scenario file is an error")
    func missingFile() throws {
        let outcome = try PretrialExecutable.run(["experiment", "detention", "/nonexistent/file.yaml", "--quiet"])
        #expect(outcome.status != 0)
        #expect(outcome.standardError.contains("/nonexistent/file.yaml"), "\(outcome.standardError)")
    }

    @Test("run gives figures by status at disposition in JSON and CSV, only for figures counted at disposition")
    func byDetentionStatus() throws {
        let arguments = [
            "run", Self.path("scenarios/r1-benchmark.yaml"), "--replications", "2", "--quiet", "--no-store",
        ]
        let outcome = try PretrialExecutable.run(arguments + ["--format", "json"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let json = try Self.json(outcome.standardOutput)
        let variant = try #require((json["variants"] as? [[String: Any]])?.first)
        let metrics = try #require(variant["metrics"] as? [String: [String: Any]])
        let conviction = try #require(metrics["plea_share"]?["by_detention_status"] as? [String: [String: Any]])
        #expect(Set(conviction.keys) == ["detained", "released"])
        let detained = try #require(conviction["detained"]?["mean"] as? Double)
        let released = try #require(conviction["released"]?["mean"] as? Double)
        #expect(abs(detained - 0.6) < 0.03 && abs(released - 0.4) < 0.03, "R1's plea acceptance")
        #expect(metrics["arrests"]?["by_detention_status"] == nil, "arrests are not counted at disposition")
        let csv = try PretrialExecutable.run(arguments + ["--format", "csv"])
        #expect(csv.standardOutput.contains(",plea_share,Share of cases ended by guilty plea,status:detained,"))
        let text = try PretrialExecutable.run(arguments)
        #expect(text.standardOutput.contains("Figures by pre-trial status at disposition"))
    }
}
