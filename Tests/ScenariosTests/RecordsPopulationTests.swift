import Foundation
import PolicyKit
import PretrialModel
import Scenarios
import Testing

/// `population.records`: a CSV of defendants that arrested people are drawn from, read
/// relative to the scenario file, with every problem reported at the CSV's own line.
@Suite("Records population (population.records)")
struct RecordsPopulationTests {
    /// The test scenario with groups that give only a name and an ability to pay, reading
    /// `records.csv` next to it.
    static let scenario: String = {
        let start = ScenarioFixtures.valid.range(of: "  groups:\n")!
        let end = ScenarioFixtures.valid.range(of: "arrests:\n")!
        return ScenarioFixtures.valid.replacingCharacters(
            in: start.lowerBound..<end.lowerBound,
            with: """
                  records: data/records.csv
                  groups:
                    - name: A
                      ability_to_pay: {lognormal: {median: 1500, sigma: 1.0}}
                    - name: B
                      ability_to_pay: {lognormal: {median: 800, sigma: 1.0}}

                """)
    }()

    static let goodRecords = """
        group,age_band,charge_class,priors
        A,18-24,felony,0
        A,35+,misdemeanor,3
        A,25-34,misdemeanor,1
        B,35+,felony,12

        """

    /// Loads `scenario` from a temporary directory holding it and `data/records.csv`.
    static func load(_ scenario: String = scenario, records: String?) throws(ScenarioError) -> Scenario {
        var files = ["county.yaml": scenario]
        if let records { files["data/records.csv"] = records }
        let directory: URL
        do { directory = try ExtendsTests.directory(files) } catch {
            preconditionFailure("cannot write the test files: \(error)")
        }
        return try ScenarioLoader.load(
            path: directory.appendingPathComponent("county.yaml").path, registry: TestPolicies.registry())
    }

    /// The errors loading with `records` reports.
    static func errors(_ scenario: String = scenario, records: String?) -> [ScenarioIssue] {
        do {
            _ = try load(scenario, records: records)
            return []
        } catch {
            return error.issues.filter { $0.severity == .error }
        }
    }

    @Test("the rows become the population's records, and the groups' shares and mixes are the rows'")
    func rowsAndDerivedGroups() throws {
        let population = try Self.load(records: Self.goodRecords).baseline.configuration.population
        let records = try #require(population.records)
        #expect(
            records == [
                RecordedPerson(group: 0, ageBand: 0, chargeClass: 0, priors: 0),
                RecordedPerson(group: 0, ageBand: 2, chargeClass: 1, priors: 3),
                RecordedPerson(group: 0, ageBand: 1, chargeClass: 1, priors: 1),
                RecordedPerson(group: 1, ageBand: 2, chargeClass: 0, priors: 12),
            ])
        #expect(population.groups.map(\.share) == [0.75, 0.25])
        #expect(population.groups[0].chargeMix == [1.0 / 3, 2.0 / 3])
        #expect(population.groups[1].ageMix == [0, 0, 1])
        #expect(abs(population.groups[0].priors.mean - 4.0 / 3) < 1e-12)
        #expect(population.groups[1].priors.mean == 12)
    }

    @Test("a scenario without records has none (the per-group draws)")
    func absentByDefault() throws {
        let scenario = try ScenarioFixtures.load(ScenarioFixtures.valid)
        #expect(scenario.baseline.configuration.population.records == nil)
    }

    @Test("a missing file is an error at the records key")
    func missingFile() {
        let errors = Self.errors(records: nil)
        #expect(errors.count == 1)
        #expect(errors.first?.message.contains("cannot read the records file: no file at") == true)
        #expect(errors.first?.file.hasSuffix("county.yaml") == true)
        #expect(errors.first?.line == ScenarioFixtures.line(of: "records:", in: Self.scenario))
        #expect(errors.first?.keyPath == "population.records")
    }

    @Test("a bad header is an error at line 1 of the records file")
    func badHeader() {
        let errors = Self.errors(records: "group,age,charge_class,priors\nA,18-24,felony,0\n")
        #expect(errors.contains { $0.message == "unknown column 'age' in the header" })
        #expect(errors.contains { $0.message == "the header has no column 'age_band'" })
        #expect(errors.allSatisfy { $0.file.hasSuffix("data/records.csv") && $0.line == 1 })
    }

    @Test("unknown names and bad priors are errors at their line, with the scenario's names")
    func unknownNames() {
        let records = """
            group,age_band,charge_class,priors
            A,18-24,felony,0
            C,18-24,felony,0
            A,18-25,felony,0
            A,18-24,felonyy,0
            A,18-24,felony,-1
            A,18-24,felony

            """
        let errors = Self.errors(records: records)
        let byLine = Dictionary(grouping: errors, by: \.line).mapValues { $0.map(\.message) }
        #expect(byLine[3]?.first?.hasPrefix("unknown group 'C'") == true)
        #expect(byLine[4]?.first?.hasPrefix("unknown age band '18-25'") == true)
        #expect(byLine[5]?.first?.hasPrefix("unknown charge class 'felonyy'") == true)
        #expect(byLine[6] == ["priors must be a whole number of at least 0, found '-1'"])
        #expect(byLine[7] == ["expected 4 fields, found 3"])
        #expect(errors.allSatisfy { $0.file.hasSuffix("data/records.csv") })
        #expect(errors.first { $0.line == 3 }?.fix.contains("population.groups") == true)
    }

    @Test("a group's share or mixes given with records, or a group without rows, is an error")
    func groupKeysAndEmptyGroups() {
        let withShare = Self.scenario.replacingOccurrences(
            of: "    - name: B\n", with: "    - name: B\n      share: 0.4\n")
        let errors = Self.errors(withShare, records: Self.goodRecords)
        #expect(errors.count == 1)
        #expect(errors.first?.keyPath == "population.groups[1].share")
        #expect(errors.first?.message.hasPrefix("'share' cannot be given with population.records") == true)

        let noB = Self.errors(records: "group,age_band,charge_class,priors\nA,18-24,felony,0\n")
        #expect(noB.map(\.message) == ["no row of population.records is in group 'B'"])
    }

    @Test("the first ten problems are reported, then one line saying there are more")
    func issueLimit() {
        let rows = (0..<30).map { _ in "Z,18-24,felony,0" }.joined(separator: "\n")
        let errors = Self.errors(records: "group,age_band,charge_class,priors\n" + rows + "\n")
        #expect(errors.count == 11)
        #expect(errors.last?.message.hasPrefix("more problems in the records file") == true)
    }
}
