import Experiments
import Foundation
import PretrialModel
import Results

/// Small made-up runs and a throwaway store file for the store's tests.
enum StoreFixtures {
    static let cells: [BreakdownCell] =
        [.overall, .group("A"), .group("B"), .chargeClass("felony"), .chargeClass("misdemeanor")]
        + (1...5).map { .incomeQuintile($0) }

    /// A run of `variants` variants, `replications` each.
    static func description(
        variants: Int = 2, replications: Int = 5, seed: UInt64 = 7, sha: String = "abc123",
        plugins: [RunIdentity.Plugin] = []
    ) -> RunIdentity {
        RunIdentity(
            scenarioName: "Test county", scenarioPath: "scenarios/test.yaml", scenarioSHA256: sha, seed: seed,
            replications: replications, referenceGroup: "A",
            variants: (0..<variants).map {
                .init(name: $0 == 0 ? "baseline" : "reform \($0)", description: "variant \($0)")
            },
            toolVersion: "0.0.1", plugins: plugins)
    }

    /// A plugin record whose library content is named by `digest`.
    static func plugin(_ digest: String) -> RunIdentity.Plugin {
        RunIdentity.Plugin(
            path: "/opt/plugins/lib\(digest).so", sha256: digest, modules: ["module-\(digest)", "other-\(digest)"])
    }

    /// An outcome whose figures depend on the pair, with a NaN in a few cells (no
    /// denominator) and values that do not round nicely.
    static func outcome(variant: Int, replication: Int) -> ReplicationOutcome {
        var values: [MetricID: [Double]] = [:]
        for (m, metric) in MetricID.allCases.enumerated() {
            values[metric] = cells.indices.map { cell in
                if metric == .guiltyPleaShareReleased && cell == 2 { return .nan }
                return Double(m) / 3 + Double(cell) * 0.1 + Double(variant) * 10 + Double(replication) / 7
            }
        }
        // Rates and means carry their counts: a numerator and a denominator of 100 + cell.
        var numerators: [MetricID: [Double]] = [:], denominators: [MetricID: [Double]] = [:]
        for metric in MetricID.allCases where metric.definition.formula.parts != nil {
            denominators[metric] = cells.indices.map { Double(100 + $0) }
            numerators[metric] = cells.indices.map { values[metric]![$0] * Double(100 + $0) }
        }
        let metrics = ReplicationMetrics(
            cells: cells, values: values, numerators: numerators, denominators: denominators,
            modelEvents: 1000 + replication, endTime: 365.25 + Double(variant))
        return ReplicationOutcome(
            variant: variant, replication: replication, metrics: metrics, wallSeconds: 0.125 * Double(replication + 1))
    }

    /// A store in a new temporary folder, removed by `body`'s caller through the returned URL.
    static func withStore<T>(_ body: (ResultStore, URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "pretrial-results-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try ResultStore.open(path: folder.appendingPathComponent("store.sqlite").path)
        return try body(store, folder)
    }

    /// Whether two figures are equal, NaN counting as equal to NaN.
    static func same(_ a: Double, _ b: Double) -> Bool { a == b || (a.isNaN && b.isNaN) }

    /// Whether two outcomes hold the same figures (and, unless `countsToo` is false, the same
    /// numerators and denominators), NaN for NaN.
    static func same(_ a: ReplicationOutcome, _ b: ReplicationOutcome, countsToo: Bool = true) -> Bool {
        guard a.variant == b.variant, a.replication == b.replication, a.wallSeconds == b.wallSeconds,
            a.metrics.cells == b.metrics.cells, a.metrics.modelEvents == b.metrics.modelEvents,
            a.metrics.endTime == b.metrics.endTime, Set(a.metrics.values.keys) == Set(b.metrics.values.keys)
        else { return false }
        func sameColumns(_ x: [MetricID: [Double]], _ y: [MetricID: [Double]]) -> Bool {
            Set(x.keys) == Set(y.keys)
                && x.allSatisfy { metric, values in
                    guard let other = y[metric], other.count == values.count else { return false }
                    return zip(values, other).allSatisfy { same($0, $1) }
                }
        }
        guard sameColumns(a.metrics.values, b.metrics.values) else { return false }
        return !countsToo
            || sameColumns(a.metrics.numerators, b.metrics.numerators)
                && sameColumns(a.metrics.denominators, b.metrics.denominators)
    }
}
