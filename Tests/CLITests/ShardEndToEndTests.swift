import Foundation
import Testing

/// `pretrial run --shard k/N` in separate jobs, then `pretrial merge` and `pretrial report`:
/// the merged run gives the figures of the run done in one piece.
@Suite("pretrial run --shard and merge, end to end")
struct ShardEndToEndTests {
    /// The JSON document without the fields that differ between two runs of the same figures
    /// (dates, wall times), re-serialised with sorted keys.
    static func figures(_ text: String) throws -> Data {
        func strip(_ value: Any) -> Any {
            if let object = value as? [String: Any] {
                return object.filter { !["date", "wall_seconds", "scenario_path"].contains($0.key) }.mapValues(strip)
            }
            if let array = value as? [Any] { return array.map(strip) }
            return value
        }
        return try JSONSerialization.data(
            withJSONObject: strip(try JSONSerialization.jsonObject(with: Data(text.utf8))),
            options: [.sortedKeys])
    }

    @Test("two shards merged give the same report as one run of every replication")
    func shardsMergeToTheWhole() throws {
        let folder = try makeTemporaryFolder("pretrial-shards")
        defer { removeTemporaryFolder(folder) }
        let scenario = RunEndToEndTests.path("scenarios/reforms/plea-safeguards.yaml")
        let common = ["run", scenario, "--replications", "3", "--seed", "4", "--quiet", "--format", "json"]

        let whole = try PretrialExecutable.run(common + ["--no-store"])
        #expect(whole.status == 0, "\(whole.standardError)")
        var shards: [String] = []
        for (index, environment) in [
            (1, [:]), (2, ["SLURM_ARRAY_TASK_ID": "2", "SLURM_ARRAY_TASK_MIN": "1", "SLURM_ARRAY_TASK_COUNT": "2"]),
        ] {
            let store = folder.appendingPathComponent("shard-\(index).sqlite").path
            let shard = index == 1 ? "1/2" : "auto"
            let outcome = try PretrialExecutable.run(
                common + ["--shard", shard, "--store", store], environment: environment)
            #expect(outcome.status == 0, "\(outcome.standardError)")
            let document = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
            let replications = document.flatMap { ($0["variants"] as? [[String: Any]])?.first?["replications"] as? Int }
            #expect(
                replications == (index == 1 ? 2 : 1), "shard \(index) runs replications \(index == 1 ? "0 and 2" : "1")"
            )
            #expect(document?["shard"] as? String == "\(index)/2", "a shard's JSON names its shard")
            shards.append(store)
        }
        let merged = folder.appendingPathComponent("all.sqlite").path
        let merge = try PretrialExecutable.run(["merge", merged] + shards)
        #expect(merge.status == 0, "\(merge.standardError)")
        let runs = try PretrialExecutable.run(["runs", "--store", merged])
        let lines = runs.standardOutput.split(separator: "\n")
        #expect(lines.count == 2, "one run: \(runs.standardOutput)")
        #expect(
            lines.last?.contains("complete") == true && lines.last?.contains(" all ") == true, "\(runs.standardOutput)")

        let report = try PretrialExecutable.run(["report", "--store", merged, "--format", "json"])
        #expect(report.status == 0, "\(report.standardError)")
        #expect(try Self.figures(report.standardOutput) == Self.figures(whole.standardOutput))
    }

    @Test("a shard that cannot be, or with --precision, is refused with the fix")
    func badShards() throws {
        let scenario = RunEndToEndTests.path("scenarios/r1-benchmark.yaml")
        let tooHigh = try PretrialExecutable.run(["run", scenario, "--shard", "3/2", "--no-store", "--quiet"])
        #expect(tooHigh.status != 0)
        #expect(
            tooHigh.standardError.contains("shard 3 of 2 does not exist; shards are numbered 1 to 2"),
            "\(tooHigh.standardError)")
        let empty = try PretrialExecutable.run([
            "run", scenario, "--shard", "5/8", "--replications", "3", "--no-store", "--quiet",
        ])
        #expect(empty.status != 0)
        #expect(empty.standardError.contains("--shard 5/8 holds no replications of 3"), "\(empty.standardError)")
        let precision = try PretrialExecutable.run([
            "run", scenario, "--shard", "1/2", "--precision", "0.05", "--no-store", "--quiet",
        ])
        #expect(precision.status != 0)
        #expect(
            precision.standardError.contains("--shard cannot be combined with --precision"),
            "\(precision.standardError)")
    }
}
