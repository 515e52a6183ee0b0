import Experiments
import Foundation
import Policies
import PretrialModel
import Scenarios

/// Loads the scenario files shipped in `scenarios/`, for tests that run them.
enum ShippedScenario {
    /// The package's root folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The scenario at `path` (relative to the package root), validated with the built-in modules.
    static func load(_ path: String) throws -> Scenario {
        try ScenarioLoader.load(path: root.appendingPathComponent(path).path, registry: BuiltInPolicies.registry())
    }

    /// A plan for `scenario`'s variants, optionally with a shorter arrest window (and warm-up)
    /// so that debug-build tests stay fast.
    static func plan(
        _ scenario: Scenario, replications: Int, seed: UInt64? = nil, arrestWindowDays: Double? = nil,
        warmUpDays: Double? = nil
    ) -> ReplicationPlan {
        ReplicationPlan(
            variants: scenario.variants.map { variant in
                var configuration = variant.configuration
                if let arrestWindowDays { configuration.arrestWindowDays = arrestWindowDays }
                if let warmUpDays { configuration.warmUpDays = warmUpDays }
                return .init(name: variant.name, description: variant.description, configuration: configuration)
            },
            replications: replications, seed: seed ?? scenario.settings.seed)
    }

    /// Runs `plan` on two threads and builds its evidence.
    static func evidence(_ plan: ReplicationPlan, referenceGroup: String?) async throws -> Evidence {
        let outcomes = try await ReplicationRunner.run(plan, jobs: 2) { _ in }
        return Evidence(plan: plan, outcomes: outcomes, referenceGroup: referenceGroup)
    }
}
