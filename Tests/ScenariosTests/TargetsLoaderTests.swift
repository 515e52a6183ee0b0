import Foundation
import PretrialModel
import Scenarios
import Testing

/// Reading targets files: a good file gives its targets with defaults filled in; each mistake
/// is reported at its file, line and column with its key and a fix, all of them at once.
@Suite("Targets files")
struct TargetsLoaderTests {
    static let good = """
        targets:
          jurisdiction: Broward County, Florida
          items:
            - name: stay_median_all
              figure: pretrial_detention_days_median
              observed: 1.3
              source: ProPublica
              citation: compas-scores-two-years.csv
              years: 2013–2014
              tolerance: {absolute: 0.5}
              role: calibration
            - name: stay_over_30_black
              figure: pretrial_detention_past_30_days_share
              cell: group:African-American
              observed: 0.18
              uncertainty: {counts: [665, 3696]}
              source: ProPublica
              citation: compas-scores-two-years.csv
              tolerance: {relative: 0.2}
              role: validation
            - name: reform_effect
              figure: jail_population_average
              change: {from: baseline, to: reform, kind: relative}
              observed: -0.15
              uncertainty: {interval: [-0.2, -0.1]}
              source: a study
              citation: a study, 2020
              tolerance: {absolute: 0.05}
              role: validation

        """

    @Test("a good file loads, with defaults and an unknown figure kept as a warning")
    func goodFile() throws {
        let file = try TargetsLoader.load(text: Self.good, fileName: "t.yaml")
        #expect(file.jurisdiction == "Broward County, Florida")
        #expect(file.targets.map(\.name) == ["stay_median_all", "stay_over_30_black", "reform_effect"])
        let median = file.targets[0]
        #expect(median.metric == .pretrialDetentionDaysMedian)
        #expect(median.cell == .overall)
        #expect(median.quantity == .level(variant: "baseline"))
        #expect(median.uncertainty == .unknown)
        #expect(median.tolerance == .absolute(0.5))
        #expect(median.role == .calibration)
        #expect(median.years == "2013–2014")
        let share = file.targets[1]
        #expect(share.metric == nil)
        #expect(share.cell == .group("African-American"))
        #expect(share.uncertainty == .counts(successes: 665, trials: 3696))
        #expect(file.targets[2].quantity == .relativeChange(from: "baseline", to: "reform"))
        #expect(file.targets[2].uncertainty == .interval(lower: -0.2, upper: -0.1))
        let warning = try #require(file.warnings.first)
        #expect(file.warnings.count == 1)
        #expect(warning.line == 13)
        #expect(warning.keyPath == "targets.items[1].figure")
        #expect(warning.severity == .warning)
    }

    /// The issues of `text`, which must fail to load.
    static func issues(_ text: String) throws -> [ScenarioIssue] {
        do {
            _ = try TargetsLoader.load(text: text, fileName: "bad.yaml")
        } catch {
            return error.errors
        }
        Issue.record("the file loaded")
        return []
    }

    /// `good` with `old` replaced by `new`.
    static func good(replacing old: String, with new: String) -> String {
        precondition(good.contains(old))
        return good.replacingOccurrences(of: old, with: new)
    }

    @Test("every mistake at once, each with its place, key and fix")
    func mistakes() throws {
        var text = Self.good(replacing: "name: reform_effect", with: "name: stay_median_all")
        text = text.replacingOccurrences(of: "tolerance: {absolute: 0.5}", with: "tolerance: {absolute: 0}")
        text = text.replacingOccurrences(of: "cell: group:African-American", with: "cell: race:African-American")
        text = text.replacingOccurrences(of: "interval: [-0.2, -0.1]", with: "interval: [-0.1, -0.2]")
        text = text.replacingOccurrences(of: "      role: calibration\n", with: "")
        let issues = try Self.issues(text)
        let byKey = Dictionary(grouping: issues, by: \.keyPath)
        #expect(issues.count == 5, "\(issues)")
        let tolerance = try #require(byKey["targets.items[0].tolerance.absolute"]?.first)
        #expect(tolerance.line == 10)
        #expect(tolerance.file == "bad.yaml")
        #expect(tolerance.message.contains("greater than 0"))
        #expect(!tolerance.fix.isEmpty)
        let missing = try #require(byKey["targets.items[0].role"]?.first)
        #expect(missing.message == "missing required key 'role'")
        #expect(missing.fix.contains("add 'role: …'"))
        let cell = try #require(byKey["targets.items[1].cell"]?.first)
        #expect(cell.line == 13)
        #expect(cell.fix.contains("group:<name>"))
        let interval = try #require(byKey["targets.items[2].uncertainty.interval"]?.first)
        #expect(interval.message.contains("above its upper end"))
        #expect(interval.fix.contains("[-0.2, -0.1]"))
        let duplicate = try #require(byKey["targets.items[2].name"]?.first)
        #expect(duplicate.message.contains("used twice (first at line 4)"))
        #expect(duplicate.description.hasPrefix("bad.yaml:\(duplicate.line):"))
    }

    @Test("an unknown key is an error with the closest key allowed")
    func unknownKey() throws {
        let issues = try Self.issues(Self.good(replacing: "observed: 1.3", with: "observd: 1.3"))
        let issue = try #require(issues.first)
        #expect(issues.count == 1, "\(issues)")
        #expect(issue.line == 6)
        #expect(issue.message.contains("did you mean 'observed'?"))
    }

    @Test("variant and change together, and a bad role, are errors")
    func exclusiveKeys() throws {
        let text = Self.good(
            replacing: "      change: {from: baseline, to: reform, kind: relative}",
            with: "      variant: reform\n      change: {from: baseline, to: reform, kind: relative}"
        ).replacingOccurrences(of: "role: validation", with: "role: validaton")
        let issues = try Self.issues(text)
        #expect(issues.contains { $0.keyPath == "targets.items[2].variant" && $0.fix.contains("remove") })
        #expect(issues.contains { $0.message.contains("did you mean 'validation'?") })
    }

    @Test("the shipped Broward targets load: two calibration targets, a warning per figure the catalog lacks")
    func shippedBroward() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let file = try TargetsLoader.load(path: root.appendingPathComponent("data/targets/broward.yaml").path)
        #expect(file.jurisdiction == "Broward County, Florida")
        #expect(file.targets.filter { $0.role == .calibration }.map(\.name) == ["stay_median_all", "stay_mean_all"])
        let unknown = file.targets.filter { $0.metric == nil }
        #expect(unknown.count == file.warnings.count)
        #expect(unknown.allSatisfy { $0.figure == "pretrial_detention_over_30_days_share" })
        let cells = Set(file.targets.map(\.cell))
        #expect(cells.contains(.group("African-American")) && cells.contains(.chargeClass("misdemeanour")))
    }

    @Test("a file that cannot be read names itself")
    func missingFile() throws {
        #expect(throws: ScenarioError.self) { try TargetsLoader.load(path: "/nonexistent/targets.yaml") }
    }
}
