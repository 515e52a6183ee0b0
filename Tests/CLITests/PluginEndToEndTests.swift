import Foundation
import Testing

/// Policy plugins: the example plugin (built with the package) loads, registers its module and
/// runs a scenario; broken plugins fail with clear errors.
@Suite("Run-time policy plugins, end to end")
struct PluginEndToEndTests {
    static var pluginPath: String {
        (PretrialExecutable.url?.deletingLastPathComponent().appendingPathComponent("libAbilityToPayPlugin.so").path)
            ?? "missing"
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
        let outcome = try PretrialExecutable.run([
            "run", scenario, "--plugin", Self.pluginPath, "--replications", "1",
            "--quiet", "--format", "json", "--no-store",
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        let variants = try #require(json["variants"] as? [[String: Any]])
        #expect(variants.map { $0["name"] as? String } == ["baseline", "ability-to-pay-bail"])
        // Bail capped at 80% of means is always affordable: nobody stays held for want of it.
        let unaffordable =
            (((variants[1]["metrics"] as? [String: Any])?["bail_unaffordable_share"] as? [String: Any])?["overall"]
            as? [String: Any])?["mean"] as? Double
        #expect(unaffordable == 0)
    }

    @Test("a missing plugin file, a library without the entry point and a duplicate module are clear errors")
    func brokenPlugins() throws {
        let missing = try PretrialExecutable.run(["policies", "--plugin", "/nonexistent/libNope.so"])
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("no such file"))
        let policyKit =
            (PretrialExecutable.url?.deletingLastPathComponent().appendingPathComponent("libPolicyKit.so").path)!
        let notAPlugin = try PretrialExecutable.run(["policies", "--plugin", policyKit])
        #expect(notAPlugin.status == 1)
        #expect(notAPlugin.standardError.contains("does not export `pretrial_policy_api_version`"))
        let duplicate = try PretrialExecutable.run([
            "policies", "--plugin", Self.pluginPath, "--plugin", Self.pluginPath,
        ])
        #expect(duplicate.status == 1)
        #expect(duplicate.standardError.contains("already registered"))
    }

    @Test("a plugin compiled against another PolicyKit API version is refused, in this (debug) build too")
    func otherAPIVersionIsRefused() throws {
        // A copy of PolicyKit's sources whose API version is 99, compiled into a module
        // interface; a plugin built against it reports what it was compiled with, as a real
        // plugin of an older or newer PolicyKit does. It links the tool's libPolicyKit at
        // run time, which is how a version read from the library at run time would pass.
        let directory = try makeTemporaryFolder("pretrial-other-api")
        defer { removeTemporaryFolder(directory) }
        let sources = RunEndToEndTests.root.appendingPathComponent("PolicyKit/Sources/PolicyKit")
        let copies = directory.appendingPathComponent("PolicyKit")
        try FileManager.default.createDirectory(at: copies, withIntermediateDirectories: true)
        var changed = false
        for name in try FileManager.default.contentsOfDirectory(atPath: sources.path) where name.hasSuffix(".swift") {
            var text = try String(contentsOf: sources.appendingPathComponent(name), encoding: .utf8)
            let lines = text.components(separatedBy: "\n").map { line -> String in
                guard line.hasPrefix("public "), line.contains("policyKitAPIVersion") else { return line }
                changed = true
                return line.replacing(/\b[0-9]+\b/, with: "99")
            }
            text = lines.joined(separator: "\n")
            try text.write(to: copies.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        #expect(changed, "the declaration of policyKitAPIVersion was not found")
        let plugin = directory.appendingPathComponent("plugin.swift")
        try """
        import PolicyKit
        struct BookEveryone: ArrestPolicy {
            func decide(_ defendant: Defendant, random: any RandomSource) -> ArrestDecision { .book }
        }
        @_cdecl("pretrial_policy_api_version")
        public func apiVersion() -> Int32 { policyKitAPIVersion }
        @_cdecl("pretrial_register_policies")
        public func register(_ registrar: UnsafeMutableRawPointer) {
            PluginRegistrar.from(registrar).register(PolicyModule(
                name: "other-version-book-all", decisionPoint: .arrest, summary: "Books everyone.",
                description: "A plugin of another PolicyKit version.", parameters: [], make: { _, _ in .arrest(BookEveryone()) }))
        }
        """.write(to: plugin, atomically: true, encoding: .utf8)
        let sourceFiles = try FileManager.default.contentsOfDirectory(atPath: copies.path).map {
            copies.appendingPathComponent($0).path
        }
        let env = URL(fileURLWithPath: "/usr/bin/env")
        let module = try PretrialExecutable.run(
            executable: env,
            [
                "swiftc", "-emit-module", "-module-name", "PolicyKit", "-swift-version", "6", "-parse-as-library",
                "-emit-module-path", directory.appendingPathComponent("PolicyKit.swiftmodule").path,
            ] + sourceFiles)
        try #require(module.status == 0, "\(module.standardError)")
        let toolDirectory = try #require(PretrialExecutable.url?.deletingLastPathComponent().path)
        let library = directory.appendingPathComponent("libOtherVersion.so").path
        let built = try PretrialExecutable.run(
            executable: env,
            [
                "swiftc", "-emit-library", "-module-name", "OtherVersion", "-swift-version", "6", plugin.path,
                "-I", directory.path, "-L", toolDirectory, "-lPolicyKit", "-o", library,
            ])
        try #require(built.status == 0, "\(built.standardError)")
        let outcome = try PretrialExecutable.run(["policies", "--plugin", library])
        #expect(outcome.status == 1)
        #expect(
            outcome.standardError.contains(
                "was built against PolicyKit API version 99, but this pretrial uses version 5"),
            "\(outcome.standardError)")
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
            let snippet = try #require(
                described.standardOutput.components(separatedBy: "Example (in a scenario file):\n\n").last)
            let file = directory.appendingPathComponent("\(name).yaml")
            try
                ("scenario: {name: example \(name), description: the module's example}\nextends: \(baseline)\n"
                + snippet)
                .write(to: file, atomically: true, encoding: .utf8)
            let validated = try PretrialExecutable.run(["validate", file.path])
            #expect(validated.status == 0, "\(name): \(validated.standardError)")
        }
    }
}
