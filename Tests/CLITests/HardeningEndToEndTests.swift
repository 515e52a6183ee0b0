import Foundation
import Testing

/// The reproducers of the hardening issue, run through the tool: each gives a clear error at a
/// file and line (or, for a run that would never end, an error naming the cause and the
/// parameter) and exit status 1, instead of a crash, a hang or memory growing without end.
@Suite("Hostile and unlucky scenarios, end to end")
struct HardeningEndToEndTests {
    /// `scenarios/r1-benchmark.yaml` with each `(old, new)` replacement made once.
    static func r1(_ replacements: [(String, String)]) throws -> String {
        var text = try String(contentsOfFile: RunEndToEndTests.path("scenarios/r1-benchmark.yaml"), encoding: .utf8)
        for (old, new) in replacements {
            let range = try #require(text.range(of: old), "'\(old)' is not in r1-benchmark.yaml")
            text.replaceSubrange(range, with: new)
        }
        return text
    }

    /// Runs the tool with `arguments` (`FILE` replaced by the path of `text` written to a
    /// temporary folder, with `files` beside it).
    static func run(_ arguments: [String], text: String, files: [String: String] = [:]) throws
        -> PretrialExecutable.Outcome
    {
        let folder = try makeTemporaryFolder("pretrial-hardening")
        defer { removeTemporaryFolder(folder) }
        for (name, contents) in files {
            try Data(contents.utf8).write(to: folder.appendingPathComponent(name))
        }
        let path = folder.appendingPathComponent("scenario.yaml").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return try PretrialExecutable.run(arguments.map { $0 == "FILE" ? path : $0 })
    }

    /// Whether standard error holds an error at `scenario.yaml:LINE:COLUMN` containing `message`.
    static func errorAtFileAndLine(_ outcome: PretrialExecutable.Outcome, _ message: String) -> Bool {
        outcome.standardError.split(separator: "\n").contains { line in
            line.contains("scenario.yaml:") && line.contains(": error: ") && line.contains(message)
                && line.range(of: #"scenario\.yaml:[0-9]+:[0-9]+: error"#, options: .regularExpression) != nil
        }
    }

    static let reproducers: [(name: String, replacements: [(String, String)], message: String)] = [
        ("replications: 1e19", [("replications: 100", "replications: 1e19")], "far larger than any whole number"),
        ("rate_per_day: 1e17", [("rate_per_day: 100", "rate_per_day: 1e17")], "arrests per replication"),
        (
            "a product of two huge numbers",
            [
                ("rate_per_day: 100", "rate_per_day: 1e200"), ("arrest_window_days: 365", "arrest_window_days: 1e200"),
                ("max_days: 100000", "max_days: 1e300"),
            ], "expected inf arrests"
        ),
        (
            "cost_per_bed_day: 1e308", [("cost_per_bed_day: 0", "cost_per_bed_day: 1e308")],
            "must be from 0 to 1,000,000 dollars"
        ),
        (
            "Poisson priors of mean 1e10", [("priors: {constant: 0}", "priors: {poisson: {mean: 1e10}}")],
            "at most 1,000,000,000"
        ),
        (
            "a Weibull shape of 0.001",
            [
                (
                    "trial_duration: {gamma: {shape: 2, scale: 0.1}}",
                    "trial_duration: {weibull: {shape: 0.001, scale: 0.1}}"
                )
            ], "must be at least 0.05"
        ),
        (
            "court dates and warrants with no delay and FTA 1",
            [
                ("court_date_interval: {exponential: {mean: 30}}", "court_date_interval: 0"),
                ("failure_to_appear: 0", "failure_to_appear: 1"),
                ("warrant_delay: {exponential: {mean: 14}}", "warrant_delay: 0"),
            ], "simulated time would never move"
        ),
    ]

    @Test("a number that trapped or a loop at one instant is an error at its line", arguments: 0..<7)
    func reproducer(index: Int) throws {
        let reproducer = Self.reproducers[index]
        let outcome = try Self.run(["validate", "FILE"], text: try Self.r1(reproducer.replacements))
        #expect(outcome.status == 1, "\(reproducer.name): \(outcome.standardError)")
        #expect(Self.errorAtFileAndLine(outcome, reproducer.message), "\(reproducer.name): \(outcome.standardError)")
    }

    @Test("a billion laughs and a 7,900-level alias chain are refused at once")
    func aliasBombs() throws {
        var laughs = ["scenario: {name: laughs}", #"a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
        for (name, previous) in zip(
            ["b", "c", "d", "e", "f", "g", "h", "i"], ["a", "b", "c", "d", "e", "f", "g", "h"])
        {
            laughs.append(
                "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
        }
        laughs.append("run: *i")
        let bomb = try Self.run(["validate", "FILE"], text: laughs.joined(separator: "\n"))
        #expect(bomb.status == 1)
        #expect(Self.errorAtFileAndLine(bomb, "more than 100,000 values"), "\(bomb.standardError)")

        var chain = ["scenario: {name: deep}"]
        for index in 0..<130 {
            let inner = index == 0 ? "x" : "*a\(index - 1)"
            chain.append(
                "a\(index): &a\(index) " + String(repeating: "[", count: 60) + inner + String(repeating: "]", count: 60)
            )
        }
        chain.append("run: *a129")
        let deep = try Self.run(["validate", "FILE"], text: chain.joined(separator: "\n"))
        #expect(deep.status == 1)
        #expect(Self.errorAtFileAndLine(deep, "nested more than 64 levels deep"), "\(deep.standardError)")
    }

    @Test("an extends chain longer than 16 files and a file that is not a scenario are refused")
    func extendsChainAndSecrets() throws {
        var files: [String: String] = ["secret": "root:$6$s3cretHash:19000:0:99999:7:::\n"]
        for index in 1..<100 { files["s\(index).yaml"] = "scenario: {name: s\(index)}\nextends: s\(index + 1).yaml\n" }
        let chain = try Self.run(["validate", "FILE"], text: "scenario: {name: s0}\nextends: s1.yaml\n", files: files)
        #expect(chain.status == 1)
        #expect(
            chain.standardError.contains("s15.yaml:2:10: error: extends: 's16.yaml' would be file 17"),
            "\(chain.standardError)")

        for target in ["secret", "/dev/zero"] {
            let outcome = try Self.run(
                ["validate", "FILE"], text: "scenario: {name: x}\nextends: \(target)\n", files: files)
            #expect(outcome.status == 1)
            #expect(Self.errorAtFileAndLine(outcome, "extends: "), "\(outcome.standardError)")
            #expect(!outcome.standardError.contains("s3cret") && !outcome.standardOutput.contains("s3cret"))
        }
    }

    @Test("new arrests that keep a person's cases open beyond max_days: validate warns, the run still ends")
    func supercriticalRearrest() throws {
        // One hazard per person at liberty (not per case), so cases no longer multiply: a
        // person's open cases are bounded, but such a person stays in the system for years.
        let text = try Self.r1([
            ("new_arrest_per_day: 0", "new_arrest_per_day: 0.25"), ("rate_per_day: 100", "rate_per_day: 1"),
            ("max_days: 100000", "max_days: 2000"),
        ])
        let validation = try Self.run(["validate", "FILE"], text: text)
        #expect(validation.status == 0)
        #expect(validation.standardError.contains("arrested again about"), "\(validation.standardError)")
        #expect(validation.standardError.contains("longer than run.max_days"), "\(validation.standardError)")
        let run = try Self.run(["run", "FILE", "--replications", "1", "--no-store", "--quiet"], text: text)
        #expect(run.status == 0, "\(run.standardError)")
    }

    @Test("a loop at one instant that validation can only warn of stops the run, naming the parameters")
    func loopAtOneInstant() throws {
        // failure_to_appear 0.5 doubled by one prior each: certain, but only through priors.
        let text = try Self.r1([
            ("court_date_interval: {exponential: {mean: 30}}", "court_date_interval: 0"),
            ("failure_to_appear: 0", "failure_to_appear: 0.5"),
            ("priors_effect: 0", "priors_effect: 1"), ("priors: {constant: 0}", "priors: {constant: 1}"),
            ("priors: {constant: 0}", "priors: {constant: 1}"),
            ("warrant_delay: {exponential: {mean: 14}}", "warrant_delay: 0"),
            ("rate_per_day: 100", "rate_per_day: 1"),
        ])
        let validation = try Self.run(["validate", "FILE"], text: text)
        #expect(validation.status == 0)
        #expect(validation.standardError.contains("at the same instant"), "\(validation.standardError)")
        let run = try Self.run(["run", "FILE", "--replications", "1", "--no-store", "--quiet"], text: text)
        #expect(run.status == 1)
        #expect(run.standardError.contains("without simulated time moving"), "\(run.standardError)")
        #expect(run.standardError.contains("process.court_date_interval"))
    }
}
