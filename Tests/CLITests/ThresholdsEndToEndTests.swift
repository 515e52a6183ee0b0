import Foundation
import Testing

/// `pretrial experiment thresholds` end to end, on a small, fast copy of the shipped reform file
/// `risk-tools-compared.yaml` (its risk-assessment release, five months of arrests at 40 a day).
@Suite("pretrial experiment thresholds, end to end")
struct ThresholdsEndToEndTests {
    /// A small scenario: the reform file's baseline with its risk-assessment release, a short run.
    static func smallScenario(in folder: URL) throws -> String {
        let reform = RunEndToEndTests.path("scenarios/reforms/risk-tools-compared.yaml")
        let text = """
            scenario: {name: Small risk tools}
            extends: \(reform)
            run: {arrest_window_days: 150, warm_up_days: 60, max_days: 1500, replications: 3}
            arrests: {rate_per_day: 40}
            policies:
              release: {module: risk-assessment-release, parameters: {threshold: 0.6, bail_amount: 5000}}

            """
        let file = folder.appendingPathComponent("small.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// A point's figure (`overall` or a group), from the JSON document.
    static func figure(_ point: [String: Any], _ metric: String, group: String? = nil) -> Double? {
        guard let figure = (point["figures"] as? [String: Any])?[metric] as? [String: Any] else { return nil }
        let value = group.map { (figure["by_group"] as? [String: Any])?[$0] } ?? figure["overall"]
        return (value as? [String: Any])?["mean"] as? Double
    }

    static let thresholds = ["--thresholds", "0.3,0.5,0.7,0.9"]

    @Test(
        "JSON: detention, the flagged share and the true FPR fall as the threshold rises; the finding reads base rates")
    func monotone() throws {
        let folder = try makeTemporaryFolder("pretrial-thresholds")
        defer { removeTemporaryFolder(folder) }
        let scenario = try Self.smallScenario(in: folder)
        let outcome = try PretrialExecutable.run(
            ["experiment", "thresholds", scenario, "--quiet", "--format", "json"] + Self.thresholds)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let json = try Self.json(outcome.standardOutput)
        #expect(json["experiment"] as? String == "thresholds")
        #expect(json["release_moves"] as? Bool == true)
        #expect(json["reference_group"] as? String == "white")
        let points = try #require(json["points"] as? [[String: Any]])
        #expect(points.compactMap { $0["threshold"] as? Double } == [0.3, 0.5, 0.7, 0.9])
        func series(_ metric: String, group: String? = nil) throws -> [Double] {
            let values = points.compactMap { Self.figure($0, metric, group: group) }
            try #require(values.count == points.count, "\(metric) \(group ?? "overall"): \(values)")
            return values
        }
        // The same people with the same luck at every threshold: a higher threshold holds no one more
        // (up to the few cases that rearrests of the released add).
        let detention = try series("detained_past_first_appearance_share")
        for (low, high) in zip(detention, detention.dropFirst()) { #expect(high <= low + 0.002, "\(detention)") }
        #expect(detention.first! - detention.last! > 0.05, "the sweep must move detention: \(detention)")
        for group in [nil, "Black", "white"] {
            let flagged = try series("risk_flagged_share", group: group)
            for (low, high) in zip(flagged, flagged.dropFirst()) { #expect(high < low, "\(group ?? ""): \(flagged)") }
            let fpr = try series("risk_false_positive_rate_true", group: group)
            for (low, high) in zip(fpr, fpr.dropFirst()) { #expect(high <= low + 0.002, "\(group ?? ""): \(fpr)") }
            let fnr = try series("risk_false_negative_rate_true", group: group)
            for (low, high) in zip(fnr, fnr.dropFirst()) { #expect(high >= low - 0.002, "\(group ?? ""): \(fnr)") }
        }
        let finding = try #require(json["finding"] as? [String: Any])
        #expect(finding["outcomes"] as? String == "true")
        let comparisons = try #require(finding["comparisons"] as? [[String: Any]])
        let black = try #require(comparisons.first { $0["group"] as? String == "Black" })
        // The outcome model is fitted to the Broward records, whose base rates differ (0.52 against 0.39).
        #expect(black["unequal_base_rates"] as? Bool == true)
        let sentences = try #require(finding["sentences"] as? [String])
        #expect(sentences.contains { $0.hasPrefix("Base rates (true outcome") && $0.contains("Black") })
        #expect(sentences.contains { $0.contains("FPR gap is smallest at t=") })
        let gaps = try #require(points[0]["gaps"] as? [String: [String: Any]])
        #expect(gaps["risk_false_positive_rate_true"]?["Black"] != nil)
        #expect(gaps["risk_false_positive_rate_true"]?["white"] == nil, "white is the reference group")
        let notes = try #require(json["notes"] as? [String])
        #expect(notes.contains { $0.contains("simulation (Monte Carlo) error") })
        #expect(notes.contains { $0.contains("Not in a steady state") }, "a five-month run is flagged")
    }

    @Test("a group threshold holds that group's figures while the others' move")
    func groupThreshold() throws {
        let folder = try makeTemporaryFolder("pretrial-thresholds")
        defer { removeTemporaryFolder(folder) }
        let scenario = try Self.smallScenario(in: folder)
        let outcome = try PretrialExecutable.run([
            "experiment", "thresholds", scenario, "--quiet", "--format", "json", "--thresholds", "0.3,0.8",
            "--group-threshold", "white=0.5", "--replications", "2",
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let points = try #require(try Self.json(outcome.standardOutput)["points"] as? [[String: Any]])
        let white = points.compactMap { Self.figure($0, "risk_flagged_share", group: "white") }
        let black = points.compactMap { Self.figure($0, "risk_flagged_share", group: "Black") }
        try #require(white.count == 2 && black.count == 2)
        #expect(abs(white[0] - white[1]) < 0.01, "\(white)")
        #expect(black[0] - black[1] > 0.3, "\(black)")
        let detainedWhite = points.compactMap {
            Self.figure($0, "detained_past_first_appearance_share", group: "white")
        }
        #expect(abs(detainedWhite[0] - detainedWhite[1]) < 0.01, "\(detainedWhite)")
        #expect((points[0]["group_thresholds"] as? [String: Double])?["white"] == 0.5)
        #expect((points[0]["group_thresholds"] as? [String: Double])?["Black"] == 0.3)
    }

    @Test("CSV has its columns and the figures by group; HTML is well-formed with line charts; text states the result")
    func formats() throws {
        let folder = try makeTemporaryFolder("pretrial-thresholds")
        defer { removeTemporaryFolder(folder) }
        let scenario = try Self.smallScenario(in: folder)
        let base = ["experiment", "thresholds", scenario, "--quiet", "--replications", "2", "--thresholds", "0.4,0.7"]
        let csv = try PretrialExecutable.run(base + ["--format", "csv"])
        #expect(csv.status == 0, "\(csv.standardError)")
        let lines = csv.standardOutput.split(separator: "\n")
        #expect(lines.first == "section,threshold,metric,label,breakdown,mean,ci95_low,ci95_high,replications,unit")
        #expect(
            lines.contains { $0.hasPrefix("figure,0.4,risk_false_positive_rate_true,") && $0.contains(",group:Black,") }
        )
        #expect(lines.contains { $0.hasPrefix("gap,0.7,risk_positive_predictive_value_true,") })
        #expect(lines.contains { $0.hasPrefix("finding,,sentence,") })
        #expect(lines.contains { $0.hasPrefix("provenance,,seed,") })
        let html = try PretrialExecutable.run(base + ["--format", "html"])
        #expect(html.status == 0, "\(html.standardError)")
        let counts = try #require(HTMLReportEndToEndTests.elementCounts(html.standardOutput), "well-formed XML")
        #expect(counts["svg"] == 6, "the frontier, detention by group, three true error figures, observed FPR")
        #expect((counts["polyline"] ?? 0) >= 6)
        #expect(!html.standardOutput.contains("<script"))
        #expect(html.standardOutput.contains("The impossibility result on these numbers"))
        for format in ["text", "markdown"] {
            let outcome = try PretrialExecutable.run(base + ["--format", format])
            #expect(outcome.status == 0, "\(outcome.standardError)")
            #expect(outcome.standardOutput.contains("The impossibility result on these numbers"))
            #expect(outcome.standardOutput.contains("Calibration at t=0.7"))
        }
    }

    @Test(
        "bad flags stop with a clear error before anything runs",
        arguments: [
            (["--thresholds", "0.5,1.5"], "a threshold must be a risk score between 0 and 1"),
            (["--thresholds", "0.5,high"], "'high' is not a number"),
            (["--thresholds", "0.5,0.5"], "is given twice"),
            (["--thresholds", "0.5", "--from", "0.2"], "give either --thresholds or --from/--to/--step"),
            (["--from", "0.8", "--to", "0.2"], "--to must be above --from"),
            (["--step", "0"], "--step must be a positive number"),
            (["--from", "0", "--to", "1", "--step", "0.001"], "more than the 101 a sweep runs"),
            (["--group-threshold", "Black"], "is not GROUP=VALUE"),
            (["--group-threshold", "Black=2"], "is not a risk score between 0 and 1"),
            (["--group-threshold", "Martian=0.5"], "the scenario has no such group; its groups are Black, white"),
            (["--group-threshold", "Black=0.5", "--group-threshold", "Black=0.6"], "is given twice"),
            (["--format", "latex"], "is not written by this experiment"),
            (["--replications", "1"], "--replications must be at least 2"),
        ])
    func badFlags(_ arguments: [String], _ message: String) throws {
        let folder = try makeTemporaryFolder("pretrial-thresholds")
        defer { removeTemporaryFolder(folder) }
        let scenario = try Self.smallScenario(in: folder)
        let outcome = try PretrialExecutable.run(["experiment", "thresholds", scenario, "--quiet"] + arguments)
        #expect(outcome.status != 0)
        #expect(outcome.standardError.contains(message), "\(outcome.standardError)")
    }

    @Test("a variant without a risk instrument is refused")
    func noInstrument() throws {
        let outcome = try PretrialExecutable.run([
            "experiment", "thresholds", RunEndToEndTests.path("scenarios/r1-benchmark.yaml"), "--quiet",
        ])
        #expect(outcome.status != 0)
        #expect(outcome.standardError.contains("has no risk instrument (policies.risk)"), "\(outcome.standardError)")
    }

    @Test("the shipped reform file, shortened, runs all three variants with the fairness figures of each")
    func reformRuns() throws {
        let folder = try makeTemporaryFolder("pretrial-thresholds")
        defer { removeTemporaryFolder(folder) }
        // The reform file itself, with its base named by absolute path and a short run appended.
        let reform = URL(fileURLWithPath: RunEndToEndTests.path("scenarios/reforms/risk-tools-compared.yaml"))
        var text = try String(contentsOf: reform, encoding: .utf8)
        let base = reform.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("us-county-baseline.yaml").path
        text = text.replacingOccurrences(of: "extends: ../us-county-baseline.yaml", with: "extends: \(base)")
        text += "run: {arrest_window_days: 150, warm_up_days: 60, max_days: 1500, replications: 2}\n"
        text += "arrests: {rate_per_day: 40}\n"
        let file = folder.appendingPathComponent("reform.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let outcome = try PretrialExecutable.run(["run", file.path, "--quiet", "--no-store", "--format", "json"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let variants = try #require(try Self.json(outcome.standardOutput)["variants"] as? [[String: Any]])
        #expect(variants.compactMap { $0["name"] as? String } == ["baseline", "risk-assessment", "no-money-bail"])
        var falsePositiveRates: [Double] = []
        for variant in variants {
            let metrics = try #require(variant["metrics"] as? [String: [String: Any]])
            let fpr = try #require(metrics["risk_false_positive_rate_true"])
            let byGroup = try #require(fpr["by_group"] as? [String: [String: Any]], "\(fpr.keys)")
            for group in ["Black", "white"] {
                #expect((byGroup[group]?["mean"] as? Double).map { $0 > 0 && $0 < 1 } == true, "\(group)")
            }
            falsePositiveRates.append(try #require((fpr["overall"] as? [String: Any])?["mean"] as? Double))
            #expect(metrics["detained_past_first_appearance_share"] != nil)
        }
        // The same instrument scores the same people in every variant, flagging at the same threshold.
        #expect(falsePositiveRates.max()! - falsePositiveRates.min()! < 0.03, "\(falsePositiveRates)")
    }
}
