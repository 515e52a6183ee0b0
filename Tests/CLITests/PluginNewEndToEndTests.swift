import Foundation
import Testing

/// `pretrial plugin new` writes a package that builds as it stands and whose scenario validates
/// with the built plugin; it refuses to write where it should not.
@Suite("pretrial plugin new, end to end")
struct PluginNewEndToEndTests {
    static let env = URL(fileURLWithPath: "/usr/bin/env")

    @Test("the written package builds with swift build, and its scenario validates with the plugin")
    func buildsAndValidates() throws {
        let directory = try makeTemporaryFolder("pretrial-plugin-new")
        defer { removeTemporaryFolder(directory) }
        let package = directory.appendingPathComponent("PriorsRelease")
        let written = try PretrialExecutable.run(["plugin", "new", "PriorsRelease", "--output", package.path])
        try #require(written.status == 0, "\(written.standardError)")
        #expect(written.standardOutput.contains(RunEndToEndTests.path("PolicyKit")), "it says which PolicyKit it uses")
        let manifest = try String(contentsOf: package.appendingPathComponent("Package.swift"), encoding: .utf8)
        #expect(manifest.contains("path: \"\(RunEndToEndTests.path("PolicyKit"))\""))
        // Only the library: the test target would double the time.
        let built = try PretrialExecutable.run(
            executable: Self.env, ["swift", "build", "--product", "PriorsRelease"],
            in: package)
        try #require(built.status == 0, "\(built.standardOutput)\n\(built.standardError)")
        let library = package.appendingPathComponent(".build/debug/libPriorsRelease.so").path
        let validated = try PretrialExecutable.run([
            "validate", package.appendingPathComponent("scenario.yaml").path,
            "--plugin", library,
        ])
        #expect(validated.status == 0, "\(validated.standardError)")
        #expect(validated.standardOutput.contains("ok"))
        let described = try PretrialExecutable.run(["policies", "priors-release", "--plugin", library])
        #expect(described.standardOutput.contains("max_priors"))
    }

    @Test(
        "every decision point's policy source type-checks against this PolicyKit without warnings",
        arguments: [
            "release", "plea", "arrest", "counsel", "risk", "bail-review", "scheduling", "custody-limit",
            "station-counsel",
        ])
    func everyDecisionTypeChecks(decision: String) throws {
        let directory = try makeTemporaryFolder("pretrial-plugin-\(decision)")
        defer { removeTemporaryFolder(directory) }
        let package = directory.appendingPathComponent("Example")
        let written = try PretrialExecutable.run([
            "plugin", "new", "Example", "--decision", decision, "--output", package.path,
        ])
        try #require(written.status == 0, "\(written.standardError)")
        let scenario = try String(contentsOf: package.appendingPathComponent("scenario.yaml"), encoding: .utf8)
        #expect(scenario.contains("  \(decision.replacingOccurrences(of: "-", with: "_")): {module: example"))
        let sources = package.appendingPathComponent("Sources/Example")
        let files = try FileManager.default.contentsOfDirectory(atPath: sources.path).map {
            sources.appendingPathComponent($0).path
        }
        let modules = try #require(
            PretrialExecutable.url?.deletingLastPathComponent().appendingPathComponent("Modules").path)
        let checked = try PretrialExecutable.run(
            executable: Self.env,
            [
                "swiftc", "-typecheck", "-swift-version", "6", "-warnings-as-errors", "-module-name", "Example", "-I",
                modules,
            ] + files)
        #expect(checked.status == 0, "\(checked.standardError)")
    }

    @Test("it refuses a non-empty folder, a folder inside the checkout and a name that is not an identifier")
    func refusals() throws {
        let directory = try makeTemporaryFolder("pretrial-plugin-refusals")
        defer { removeTemporaryFolder(directory) }
        try Data("keep".utf8).write(to: directory.appendingPathComponent("notes.txt"))
        let occupied = try PretrialExecutable.run(["plugin", "new", "Mine", "--output", directory.path])
        #expect(occupied.status == 1)
        #expect(occupied.standardError.contains("exists and is not empty"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["notes.txt"])
        let inside = RunEndToEndTests.path("Mine-plugin-test")
        let inCheckout = try PretrialExecutable.run(["plugin", "new", "Mine", "--output", inside])
        #expect(inCheckout.status == 1)
        #expect(inCheckout.standardError.contains("inside pretrial's source checkout"))
        #expect(!FileManager.default.fileExists(atPath: inside))
        let badName = try PretrialExecutable.run([
            "plugin", "new", "my-policies", "--output", directory.appendingPathComponent("x").path,
        ])
        #expect(badName.status == 1)
        #expect(badName.standardError.contains("cannot name a Swift package"))
    }

    @Test("plugin policykit-path prints the PolicyKit folder of the checkout the tool was built from")
    func policyKitPath() throws {
        let outcome = try PretrialExecutable.run(["plugin", "policykit-path"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput == RunEndToEndTests.path("PolicyKit") + "\n")
    }
}
