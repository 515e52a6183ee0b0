import Foundation
import GRDB
import Testing

/// `merge` warns when shards differ only by the version of pretrial that made them: they are
/// kept as two runs, and the user is told why and what to do.
@Suite("merge warns about shards of different tool versions")
struct MergeVersionsEndToEndTests {
    @Test("two shards of one run made by different versions merge as two runs, with a warning naming both versions")
    func differentVersions() throws {
        let folder = try makeTemporaryFolder("pretrial-merge-versions")
        defer { removeTemporaryFolder(folder) }
        let common = [
            "run", StoreEndToEndTests.scenario, "--replications", "2", "--seed", "4", "--quiet", "--format", "json",
        ]
        var shards: [String] = []
        for index in 1...2 {
            let store = folder.appendingPathComponent("shard-\(index).sqlite").path
            let outcome = try PretrialExecutable.run(common + ["--shard", "\(index)/2", "--store", store])
            #expect(outcome.status == 0, "\(outcome.standardError)")
            shards.append(store)
        }
        // The second shard as an older pretrial would have left it.
        let queue = try DatabaseQueue(path: shards[1])
        try queue.write { db in try db.execute(sql: "UPDATE runs SET tool_version = '0.0.1-older'") }
        try queue.close()

        let merged = folder.appendingPathComponent("all.sqlite").path
        let merge = try PretrialExecutable.run(["merge", merged] + shards)
        #expect(merge.status == 0, "\(merge.standardError)")
        #expect(merge.standardOutput.contains("2 runs"), "\(merge.standardOutput)")
        #expect(merge.standardError.contains("warning: runs 1 and 2"), "\(merge.standardError)")
        #expect(merge.standardError.contains("and 0.0.1-older"), "\(merge.standardError)")

        // Shards of one version join into one run without a warning.
        let same = folder.appendingPathComponent("same.sqlite").path
        let first = try PretrialExecutable.run(["merge", same, shards[0]])
        #expect(first.status == 0 && !first.standardError.contains("warning"), "\(first.standardError)")
    }
}
