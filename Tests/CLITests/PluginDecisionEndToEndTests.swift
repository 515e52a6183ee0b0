import Foundation
import Testing

/// A plugin's nonsense decisions (Tests/Fixtures/NonsensePlugin, built with the package) stop
/// the run with exit code 1 and an error naming the plugin, its module, the person and the day,
/// before the nonsense can change a figure.
@Suite("Nonsense decisions of a plugin stop the run")
struct PluginDecisionEndToEndTests {
    static var pluginPath: String {
        (PretrialExecutable.url?.deletingLastPathComponent().appendingPathComponent("libNonsensePlugin.so").path)
            ?? "missing"
    }

    /// Each module of the nonsense plugin, the decision point it serves and the words of the
    /// problem the error must give.
    static let cases: [(module: String, point: String, problem: String)] = [
        ("nan-bail", "release", "money bail of nan dollars"),
        ("infinite-bail", "release", "money bail of inf dollars"),
        ("zero-bail", "release", "money bail of 0.0 dollars"),
        ("negative-bail", "release", "money bail of -500.0 dollars"),
        ("nan-conditions", "release", "FTA reduction of nan"),
        ("huge-risk-score", "risk", "a risk score of 1000000000.0"),
        ("negative-custody-limit", "custody_limit", "a custody limit of -3.0 days"),
        ("nan-counsel", "counsel", "recognizance-instead-of-bail probability nan"),
        ("nan-plea-share", "plea", "sentence share nan"),
    ]

    @Test("each kind of nonsense stops the run with the plugin, module, person and day", arguments: cases.map(\.module))
    func stops(module: String) throws {
        let (_, point, problem) = try #require(Self.cases.first { $0.module == module })
        let folder = try makeTemporaryFolder("pretrial-nonsense")
        defer { removeTemporaryFolder(folder) }
        let scenario = folder.appendingPathComponent("\(module).yaml")
        try """
        scenario:
          name: nonsense from \(module)
        extends: \(RunEndToEndTests.path("scenarios/us-county-baseline.yaml"))
        run:
          replications: 1
        policies:
          \(point): \(module)
        """.write(to: scenario, atomically: true, encoding: .utf8)
        let outcome = try PretrialExecutable.run([
            "run", scenario.path, "--plugin", Self.pluginPath, "--quiet", "--no-store",
        ])
        #expect(outcome.status == 1, "\(outcome.standardError)")
        #expect(outcome.standardOutput.isEmpty, "no figures are printed")
        let message = outcome.standardError
        #expect(message.contains("the \(point) policy module '\(module)'"), "\(message)")
        #expect(message.contains("libNonsensePlugin.so"), "\(message)")
        #expect(message.contains(problem), "\(message)")
        #expect(
            message.contains(/for person [0-9]+ on day [0-9.]+ \(replication 0, variant 'baseline'\)/), "\(message)")
    }
}
