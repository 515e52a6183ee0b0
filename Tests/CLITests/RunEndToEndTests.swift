import Foundation
import Testing

/// The CLI end to end: shipped scenarios run, reports parse back, bad input fails clearly.
@Suite("pretrial run, validate and report formats, end to end")
struct RunEndToEndTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    @Test("a shipped scenario runs and prints the evidence table with its provenance")
    func runText() throws {
        let outcome = try PretrialExecutable.run([
            "run", Self.path("scenarios/r1-benchmark.yaml"), "--replications", "2",
            "--quiet", "--no-store",
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.contains("Share detained past first appearance"))
        #expect(outcome.standardOutput.contains("Scenario \"R1 benchmark (stable)\""))
        #expect(outcome.standardOutput.contains("seed 1; 2 replications per variant"))
    }

    @Test("--format json parses and holds every metric overall and by group")
    func runJSON() throws {
        let outcome = try PretrialExecutable.run([
            "run", Self.path("scenarios/r1-benchmark.yaml"), "--replications", "2",
            "--quiet", "--format", "json", "--seed", "5", "--no-store",
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        #expect(json["scenario"] as? String == "R1 benchmark (stable)")
        #expect(json["seed"] as? Int == 5)
        let variants = try #require(json["variants"] as? [[String: Any]])
        #expect(variants.first?["name"] as? String == "baseline")
        #expect(variants.first?["replications"] as? Int == 2)
        let metrics = try #require(variants.first?["metrics"] as? [String: Any])
        for id in [
            "detained_past_first_appearance_share", "pretrial_detention_days", "jail_population_average",
            "trial_wait_days", "model_events",
        ] {
            let metric = try #require(metrics[id] as? [String: Any], "missing \(id)")
            let overall = try #require(metric["overall"] as? [String: Any])
            #expect(overall["mean"] is Double || overall["mean"] is Int)
        }
        let byGroup = try #require(
            (metrics["detained_past_first_appearance_share"] as? [String: Any])?["by_group"] as? [String: Any])
        #expect(Set(byGroup.keys) == ["A", "B"])
        let byQuintile = try #require(
            (metrics["arrests"] as? [String: Any])?["by_income_quintile"] as? [String: [String: Any]])
        #expect(Set(byQuintile.keys) == ["1", "2", "3", "4", "5"])
        let overallArrests = try #require(
            ((metrics["arrests"] as? [String: Any])?["overall"] as? [String: Any])?["mean"] as? Double)
        let quintileArrests = try byQuintile.values.map { try #require($0["mean"] as? Double) }
        #expect(abs(quintileArrests.reduce(0, +) - overallArrests) <= 1e-9 * overallArrests)
        // A figure with no value (model events exist only overall) still has its "mean" key, as null.
        let eventsByGroup = try #require(
            (metrics["model_events"] as? [String: Any])?["by_group"] as? [String: [String: Any]])
        #expect(eventsByGroup["A"]?.keys.contains("mean") == true)
        #expect(eventsByGroup["A"]?["mean"] is NSNull)
    }

    @Test("--jobs 1 and --jobs 2 print the same JSON, byte for byte, but for the date and wall times")
    func jobsGiveSameJSON() throws {
        func figures(_ jobs: String) throws -> Data {
            let outcome = try PretrialExecutable.run([
                "run", Self.path("scenarios/r1-benchmark.yaml"), "--replications", "4",
                "--quiet", "--format", "json", "--jobs", jobs, "--no-store",
            ])
            #expect(outcome.status == 0, "\(outcome.standardError)")
            func strip(_ value: Any) -> Any {
                if let object = value as? [String: Any] {
                    return object.filter { $0.key != "date" && $0.key != "wall_seconds" }.mapValues(strip)
                }
                if let array = value as? [Any] { return array.map(strip) }
                return value
            }
            let json = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8))
            return try JSONSerialization.data(withJSONObject: strip(json), options: [.sortedKeys])
        }
        let one = try figures("1"), two = try figures("2")
        #expect(one.count > 10_000)
        #expect(one == two)
    }

    @Test("the terminal table shows the income quintiles, least able to pay first")
    func runIncomeQuintileTable() throws {
        let outcome = try PretrialExecutable.run([
            "run", Self.path("scenarios/r1-benchmark.yaml"), "--replications", "2",
            "--quiet", "--seed", "5", "--no-store",
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let text = outcome.standardOutput
        #expect(text.contains("Figures by income quintile"))
        let first = try #require(text.range(of: "income quintile 1 (least)"))
        let last = try #require(text.range(of: "income quintile 5 (most)"))
        #expect(first.lowerBound < last.lowerBound)
        // R1 has one charge class: no table by charge class.
        #expect(!text.contains("Figures by charge class"))
    }

    @Test("CSV and JSON reports of the same run agree")
    func csvMatchesJSON() throws {
        let arguments = [
            "run", Self.path("scenarios/r1-benchmark.yaml"), "--replications", "3", "--quiet", "--no-store",
        ]
        let csv = try PretrialExecutable.run(arguments + ["--format", "csv"])
        let json = try PretrialExecutable.run(arguments + ["--format", "json"])
        #expect(csv.status == 0 && json.status == 0)
        let rows = csv.standardOutput.split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        #expect(
            rows.first == [
                "section", "variant", "metric", "label", "breakdown", "mean", "ci95_low", "ci95_high", "replications",
                "note", "unit", "numerator_total", "denominator_total",
            ])
        let row = try #require(
            rows.first {
                $0.count > 5 && $0[0] == "estimate" && $0[2] == "pretrial_detention_days" && $0[4] == "overall"
            })
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let variant = try #require((document["variants"] as? [[String: Any]])?.first)
        let mean = try #require(
            (((variant["metrics"] as? [String: Any])?["pretrial_detention_days"] as? [String: Any])?["overall"]
                as? [String: Any])?["mean"] as? Double)
        #expect(abs(try #require(Double(row[5])) - mean) <= 1e-9 * max(1, abs(mean)))
        // The provenance closes the CSV too, with the JSON's sha256 and seed.
        let provenance = Dictionary(
            rows.filter { $0.count > 3 && $0[0] == "provenance" }.map { ($0[2], $0[3]) },
            uniquingKeysWith: { first, _ in first })
        #expect(provenance["scenario_sha256"] == document["scenario_sha256"] as? String)
        #expect(provenance["seed"] == "1")
        #expect(provenance["replications"] == "3")
        #expect(rows.last(where: { $0.count > 1 })?[0] == "provenance")
    }

    @Test("--precision says so when it stops at --max-replications short of its target")
    func precisionMissed() throws {
        let outcome = try PretrialExecutable.run([
            "run", Self.path("scenarios/r1-benchmark.yaml"), "--precision", "0.0001",
            "--max-replications", "10", "--no-store", "--format", "markdown",
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(
            outcome.standardError.contains("warning: --precision 0.0001 was not reached: at the cap of 10 replications")
        )
        #expect(outcome.standardOutput.contains("Note: --precision 0.0001 was not reached"))
    }

    @Test("Markdown and LaTeX reports carry the table and the provenance")
    func markdownAndLaTeX() throws {
        let arguments = [
            "run", Self.path("scenarios/r1-benchmark.yaml"), "--replications", "2", "--quiet", "--no-store",
        ]
        let markdown = try PretrialExecutable.run(arguments + ["--format", "markdown"])
        #expect(markdown.standardOutput.contains("| Figure | baseline |"))
        #expect(markdown.standardOutput.contains("sha256"))
        let latex = try PretrialExecutable.run(arguments + ["--format", "latex"])
        #expect(latex.standardOutput.contains("\\begin{tabular}"))
        #expect(latex.standardOutput.contains("\\toprule"))
    }

    @Test("validate reports every error with file, line and fix, and exits non-zero")
    func validateErrors() throws {
        let directory = try makeTemporaryFolder("pretrial-cli")
        defer { removeTemporaryFolder(directory) }
        let original = try String(contentsOfFile: Self.path("scenarios/r1-benchmark.yaml"), encoding: .utf8)
        let broken =
            original
            .replacingOccurrences(of: "  courtrooms: 12", with: "  courtroms: 12")
            .replacingOccurrences(of: "      share: 0.4", with: "      share: 0.3")
            .replacingOccurrences(of: "module: r1-release", with: "module: r1-releese")
        let file = directory.appendingPathComponent("broken.yaml")
        try broken.write(to: file, atomically: true, encoding: .utf8)
        let outcome = try PretrialExecutable.run(["validate", file.path])
        #expect(outcome.status == 1)
        let errors = outcome.standardError
        #expect(errors.contains("broken.yaml:"))
        #expect(errors.contains("did you mean 'courtrooms'"))
        #expect(errors.contains("r1-release"))
        #expect(errors.contains("sum"))
        #expect(errors.contains("nothing was run"))
    }

    @Test("validate accepts every shipped scenario")
    func validateShipped() throws {
        let folder = Self.path("scenarios")
        var files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.map {
            "\(folder)/\($0)"
        }
        files += try FileManager.default.contentsOfDirectory(atPath: "\(folder)/reforms").filter {
            $0.hasSuffix(".yaml")
        }
        .map { "\(folder)/reforms/\($0)" }
        #expect(files.count >= 10)
        for file in files {
            let outcome = try PretrialExecutable.run(["validate", file])
            #expect(outcome.status == 0, "\(file): \(outcome.standardError)")
        }
    }

    @Test("an --output that cannot be written is refused before anything runs")
    func unwritableOutput() throws {
        let missing = try PretrialExecutable.run([
            "run", Self.path("scenarios/r1-benchmark.yaml"), "--no-store",
            "--output", "/nonexistent-folder/out.csv",
        ])
        #expect(missing.status == 1)
        #expect(
            missing.standardError.contains("the folder /nonexistent-folder does not exist"), "\(missing.standardError)")
        let folder = FileManager.default.temporaryDirectory.path
        let isFolder = try PretrialExecutable.run([
            "run", Self.path("scenarios/r1-benchmark.yaml"), "--no-store", "--output", folder,
        ])
        #expect(isFolder.status == 1)
        #expect(isFolder.standardError.contains("it is a folder"), "\(isFolder.standardError)")
    }

    @Test("--output through a symbolic link or to /dev/null writes through it instead of replacing it with a file")
    func outputThroughLinkOrDevice() throws {
        let folder = try makeTemporaryFolder("pretrial-output")
        defer { removeTemporaryFolder(folder) }
        let target = folder.appendingPathComponent("target.csv").path
        try "old text that is longer than nothing\n".write(toFile: target, atomically: true, encoding: .utf8)
        let link = folder.appendingPathComponent("link.csv").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let arguments = [
            "run", Self.path("scenarios/r1-benchmark.yaml"), "--replications", "2", "--quiet", "--no-store",
            "--format", "csv",
        ]
        let viaLink = try PretrialExecutable.run(arguments + ["--output", link])
        #expect(viaLink.status == 0, "\(viaLink.standardError)")
        let attributes = try FileManager.default.attributesOfItem(atPath: link)
        #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink, "the link must stay a link")
        let written = try String(contentsOfFile: target, encoding: .utf8)
        #expect(written.hasPrefix("section,variant,"))
        #expect(!written.contains("old text"), "the target is truncated before writing")

        let toNull = try PretrialExecutable.run(arguments + ["--output", "/dev/null"])
        #expect(toNull.status == 0, "\(toNull.standardError)")
        let null = try FileManager.default.attributesOfItem(atPath: "/dev/null")
        #expect(null[.type] as? FileAttributeType == .typeCharacterSpecial, "/dev/null must stay a device")
    }

    @Test("--replications above the size limit needs --force, as in a file")
    func replicationsLimit() throws {
        let outcome = try PretrialExecutable.run([
            "run", Self.path("scenarios/r1-benchmark.yaml"), "--no-store",
            "--replications", "200000",
        ])
        #expect(outcome.status == 64)
        #expect(
            outcome.standardError.contains("--replications 200000 is more than the 100,000 accepted without --force"))
    }

    @Test("a missing scenario file is a clear error")
    func missingFile() throws {
        let outcome = try PretrialExecutable.run(["run", "/nonexistent/scenario.yaml", "--no-store"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("/nonexistent/scenario.yaml"))
    }
}
