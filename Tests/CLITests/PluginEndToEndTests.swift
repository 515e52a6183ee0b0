import Foundation
import Testing

/// Policy plugins: the example plugin (built with the package) loads, registers its module and
/// runs a scenario; broken plugins fail with clear errors.
@Suite("Run-time policy plugins, end to end")
struct PluginEndToEndTests {
    static var pluginPath: String {
        (PretrialExecutable.url?.deletingLastPathComponent().appendingPathComponent("libAbilityToPayPlugin.so").path) ?? "missing"
    }

    @Test("the example plugin's module is listed and described")
    func listed() throws {
        let list = try PretrialExecutable.run(["policies", "--plugin", Self.pluginPath])
        #expect(list.status == 0, "\(list.standardError)")
        #expect(list.standardOutput.contains("ability-to-pay-bail"))
        let described = try PretrialExecutable.run(["policies", "ability-to-pay-bail", "--plugin", Self.pluginPath])
        #expect(described.standardOutput.contains("In re Humphrey"))
        #expect(described.standardOutput.contains("affordable_share"))
    }

    @Test("a scenario using the plugin's module runs, and its bail is affordable")
    func runsScenario() throws {
        let scenario = RunEndToEndTests.path("Examples/AbilityToPayPlugin/ability-to-pay.yaml")
        let withoutPlugin = try PretrialExecutable.run(["validate", scenario])
        #expect(withoutPlugin.status == 1)
        #expect(withoutPlugin.standardError.contains("ability-to-pay-bail"))
        let outcome = try PretrialExecutable.run(["run", scenario, "--plugin", Self.pluginPath, "--replications", "1",
                                                  "--quiet", "--format", "json", "--no-store"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        let variants = try #require(json["variants"] as? [[String: Any]])
        #expect(variants.map { $0["name"] as? String } == ["baseline", "ability-to-pay-bail"])
        // Bail capped at 80% of means is always affordable: nobody stays held for want of it.
        let unaffordable = (((variants[1]["metrics"] as? [String: Any])?["bail_unaffordable_share"] as? [String: Any])?["overall"] as? [String: Any])?["mean"] as? Double
        #expect(unaffordable == 0)
    }

    @Test("a missing plugin file, a library without the entry point and a duplicate module are clear errors")
    func brokenPlugins() throws {
        let missing = try PretrialExecutable.run(["policies", "--plugin", "/nonexistent/libNope.so"])
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("no such file"))
        let policyKit = (PretrialExecutable.url?.deletingLastPathComponent().appendingPathComponent("libPolicyKit.so").path)!
        let notAPlugin = try PretrialExecutable.run(["policies", "--plugin", policyKit])
        #expect(notAPlugin.status == 1)
        #expect(notAPlugin.standardError.contains("does not export `pretrial_policy_api_version`"))
        let duplicate = try PretrialExecutable.run(["policies", "--plugin", Self.pluginPath, "--plugin", Self.pluginPath])
        #expect(duplicate.status == 1)
        #expect(duplicate.standardError.contains("already registered"))
    }

    @Test("every built-in module's example snippet validates in a scenario")
    func examplesValidate() throws {
        let list = try PretrialExecutable.run(["policies"])
        let names = list.standardOutput.split(separator: "\n").filter { $0.hasPrefix("  ") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(names.count >= 17)
        let directory = try makeTemporaryFolder("pretrial-examples")
        defer { removeTemporaryFolder(directory) }
        let baseline = RunEndToEndTests.path("scenarios/us-county-baseline.yaml")
        for name in names {
            let described = try PretrialExecutable.run(["policies", name])
            #expect(described.status == 0)
            let snippet = try #require(described.standardOutput.components(separatedBy: "Example (in a scenario file):\n\n").last)
            let file = directory.appendingPathComponent("\(name).yaml")
            try ("scenario: {name: example \(name), description: the module's example}\nextends: \(baseline)\n" + snippet)
                .write(to: file, atomically: true, encoding: .utf8)
            let validated = try PretrialExecutable.run(["validate", file.path])
            #expect(validated.status == 0, "\(name): \(validated.standardError)")
        }
    }
}
