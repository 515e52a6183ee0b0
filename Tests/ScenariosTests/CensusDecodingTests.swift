import Foundation
import PolicyKit
import PretrialModel
import Scenarios
import Testing

/// The `census` section: rows in the scenario or a CSV file it names, checked against the
/// population, with every problem at its file and line.
@Suite("Census on day 0 (census)")
struct CensusDecodingTests {
    /// The test scenario with `census` appended.
    static func scenario(_ census: String) -> String {
        ScenarioFixtures.valid + "\ncensus:\n" + census
    }

    /// Loads the scenario `census` makes, beside `files` (name: contents).
    static func load(_ census: String, files: [String: String] = [:]) throws(ScenarioError) -> Scenario {
        var all = files
        all["county.yaml"] = scenario(census)
        let directory: URL
        do { directory = try ExtendsTests.directory(all) } catch {
            preconditionFailure("cannot write the test files: \(error)")
        }
        return try ScenarioLoader.load(
            path: directory.appendingPathComponent("county.yaml").path, registry: TestPolicies.registry())
    }

    /// The errors loading reports.
    static func errors(_ census: String, files: [String: String] = [:]) -> [ScenarioIssue] {
        do {
            _ = try load(census, files: files)
            return []
        } catch {
            return error.issues.filter { $0.severity == .error }
        }
    }

    @Test("a scenario without a census starts empty")
    func absentIsEmpty() throws {
        let configuration = try ScenarioFixtures.load(ScenarioFixtures.valid).baseline.configuration
        #expect(configuration.census.isEmpty && configuration.census.entries.isEmpty)
    }

    @Test("rows written in the scenario become entries, with their defaults")
    func inlineRows() throws {
        let census = try Self.load(
            """
              held:
                - {group: A, charge_class: felony, count: 12, held_on: bail, bail: 2500, days_held: 30}
                - {group: B, charge_class: misdemeanor, held_on: no_bail, days_held: {exponential: {mean: 20}}, court_dates_held: 2}
                - {group: A, charge_class: misdemeanor, count: 3, held_on: first_appearance, days_held: 0}
                - {group: A, charge_class: felony, count: 2, held_on: hold, days_held: 9}
              at_liberty:
                - {group: B, charge_class: felony, count: 40, days_since_arrest: 60}

            """
        ).baseline.configuration.census
        #expect(census.entries.count == 5)
        #expect(census.peopleHeld == 18 && census.peopleAtLiberty == 40)
        #expect(census.entries[3].holding == .hold)
        let bail = census.entries[0]
        #expect(bail.group == 0 && bail.chargeClass == 0 && bail.holding == .bail(amount: 2500))
        #expect(census.entries[1].count == 1, "count defaults to 1")
        #expect(census.entries[1].courtDatesHeld == 2 && census.entries[1].holding == .noBail)
        #expect(census.entries[2].holding == .awaitingFirstAppearance)
        let free = census.entries[4]
        #expect(free.holding == .atLiberty && free.group == 1)
        if case .exactly(let days) = free.daysHeld { #expect(days == 0) } else { Issue.record("days held") }
    }

    @Test("a census file, relative to the scenario, is read with comments and empty cells")
    func fileRows() throws {
        let file = """
            # model-generated
            status,group,charge_class,count,held_on,bail,days_held,days_since_arrest,court_dates_held
            held,A,felony,5,bail,1000,10,,
            at_liberty,B,misdemeanor,7,,,2,30,1

            """
        let census = try Self.load("  file: data/census.csv\n", files: ["data/census.csv": file])
            .baseline.configuration.census
        #expect(census.peopleHeld == 5 && census.peopleAtLiberty == 7)
        #expect(census.entries[1].courtDatesHeld == 1 && census.entries[0].courtDatesHeld == nil)
    }

    @Test("a census written by CensusFile reads back as the same census")
    func writtenFileReadsBack() throws {
        let info = PopulationInfo(
            groups: ["A", "B"], chargeClasses: ["felony", "misdemeanor"], ageBands: ["18-24", "25-34", "35+"])
        let original = Census(entries: [
            CensusEntry(
                group: 1, chargeClass: 0, count: 3, holding: .bail(amount: 750), daysHeld: .exactly(4),
                daysSinceArrest: .exactly(4), courtDatesHeld: 0),
            CensusEntry(
                group: 0, chargeClass: 1, count: 2, holding: .atLiberty, daysHeld: .exactly(1),
                daysSinceArrest: .exactly(33), courtDatesHeld: 1),
        ])
        let text = CensusFile.text(original, info: info, comment: ["test"])
        let census = try Self.load("  file: census.csv\n", files: ["census.csv": text]).baseline.configuration.census
        #expect(census.entries.map(\.holding) == original.entries.map(\.holding))
        #expect(census.entries.map(\.count) == [3, 2] && census.entries.map(\.courtDatesHeld) == [0, 1])
    }

    @Test("unknown names, bad counts and missing days are errors at their keys, with the fix")
    func inlineErrors() {
        let errors = Self.errors(
            """
              held:
                - {group: C, charge_class: felony, count: 2, held_on: no_bail, days_held: 3}
                - {group: A, charge_class: felonyy, count: -1, held_on: no_bail, days_held: 3}
                - {group: A, charge_class: felony, held_on: bail, days_held: 3}
                - {group: A, charge_class: felony, held_on: jail, days_held: -2}
                - {group: A, charge_class: felony, held_on: no_bail}
              at_liberty:
                - {group: A, charge_class: felony, held_on: bail}

            """)
        let messages = errors.map(\.message)
        #expect(messages.contains { $0.hasPrefix("unknown group 'C'") })
        #expect(messages.contains("must be at least 0, found -1"))
        #expect(messages.contains("a row held on bail needs the bail amount (dollars, more than 0)"))
        #expect(messages.contains { $0.hasPrefix("must be from 0 to 100,000 days") })
        #expect(messages.contains("a held row needs the days its people have been held"))
        #expect(errors.contains { $0.message.hasPrefix("unknown key 'held_on'") || $0.keyPath.hasSuffix("held_on") })
        #expect(errors.allSatisfy { $0.keyPath.hasPrefix("census") })
        #expect(errors.allSatisfy { $0.file.hasSuffix("county.yaml") })
    }

    @Test("a census file that is missing names the file and the fix")
    func missingFile() {
        let errors = Self.errors("  file: nowhere.csv\n")
        #expect(errors.count == 1)
        #expect(errors.first?.message.hasPrefix("cannot read the census file 'nowhere.csv': no file at") == true)
        #expect(errors.first?.message.contains("nowhere.csv") == true, "\(errors)")
        #expect(errors.first?.fix.contains("status,group,charge_class,count") == true)
        #expect(errors.first?.keyPath == "census.file")
    }

    @Test("a malformed census file is reported at its own lines")
    func malformedFile() {
        let file = """
            status,group,charge_clas,count
            held,A,felony,2

            """
        let header = Self.errors("  file: c.csv\n", files: ["c.csv": file])
        #expect(header.contains { $0.message.hasPrefix("unknown column 'charge_clas'") && $0.line == 1 })
        #expect(header.contains { $0.message == "the header has no column 'charge_class'" })
        #expect(header.allSatisfy { $0.file.hasSuffix("c.csv") })

        let rows = """
            status,group,charge_class,count,held_on,bail,days_held
            held,A,felony,2,no_bail,,3
            jailed,A,felony,2,no_bail,,3
            held,B,misdemeanor,2.5,no_bail,,3
            held,B,misdemeanour,2,no_bail,,3
            held,A,felony,1,bail,,3
            at_liberty,A,felony,1,,,
            held,A,felony

            """
        let errors = Self.errors("  file: c.csv\n", files: ["c.csv": rows])
        let byLine = Dictionary(grouping: errors, by: \.line).mapValues { $0.map(\.message) }
        #expect(byLine[2] == nil)
        #expect(byLine[3]?.first?.hasPrefix("status must be held or at_liberty, found 'jailed'") == true)
        #expect(byLine[4] == ["count must be a whole number of at least 0, found '2.5'"])
        #expect(byLine[5]?.first?.hasPrefix("unknown charge class 'misdemeanour'") == true)
        #expect(byLine[6] == ["a row held on bail needs the bail amount (dollars, more than 0)"])
        #expect(byLine[7] == ["a row at liberty needs the days since its people's arrest"])
        #expect(byLine[8] == ["expected 7 fields, as the header has, found 3"])
        #expect(errors.allSatisfy { $0.file.hasSuffix("c.csv") && $0.keyPath == "census.file" })
    }
}
