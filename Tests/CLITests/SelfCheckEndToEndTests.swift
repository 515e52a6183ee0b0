import Foundation
@testable import pretrial
import Testing

/// `pretrial` run as a user runs it: a separate process, its exit status and its output.
@Suite("pretrial command line, end to end")
struct SelfCheckEndToEndTests {
    @Test("selfcheck passes with a small run and prints its table")
    func selfcheckPasses() throws {
        let outcome = try PretrialExecutable.run(["selfcheck", "--replications", "5", "--customers", "5000"])
        #expect(outcome.status == 0, "stderr: \(outcome.standardError)")
        let output = outcome.standardOutput
        #expect(output.contains("selfcheck passed"))
        #expect(output.contains("5 replications × 5000 customers per queue, seed 1"))
        for quantity in ["P(wait)", "mean wait Wq", "mean number waiting Lq", "Little's law: L vs λW"] {
            #expect(output.components(separatedBy: quantity).count - 1 == 2, "\(quantity) once per queue")
        }
        #expect(!output.contains("OUTSIDE"))
    }

    @Test("selfcheck exits with status 1 when the simulation disagrees with theory")
    func selfcheckFails() throws {
        // 100 customers per replication start from an empty system, far from steady state,
        // and 40 replications make the intervals narrow enough to see it.
        let outcome = try PretrialExecutable.run(["selfcheck", "--replications", "40", "--customers", "100"])
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.contains("selfcheck FAILED"))
        #expect(outcome.standardOutput.contains("OUTSIDE"))
    }

    @Test("--version prints the tool's version")
    func version() throws {
        let outcome = try PretrialExecutable.run(["--version"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines) == ToolVersion.current)
        #expect(ToolVersion.current.split(separator: ".").count == 3)
    }

    @Test(
        "invalid options exit with a usage error that says what is wrong",
        arguments: [
            (
                ["selfcheck", "--replications", "1"],
                "--replications must be at least 2 to give a confidence interval (got 1)."
            ),
            (["selfcheck", "--customers", "10"], "--customers must be at least 100 (got 10)."),
            (["selfcheck", "--replications", "many"], "many"),
            (["selfcheck", "--seed=-1"], "-1"),
            (["no-such-command"], "no-such-command"),
        ])
    func invalidOptions(arguments: [String], message: String) throws {
        let outcome = try PretrialExecutable.run(arguments)
        // ArgumentParser exits with EX_USAGE (64) for validation and parsing errors.
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("Error:"))
        #expect(outcome.standardError.contains(message), "stderr: \(outcome.standardError)")
        #expect(!outcome.standardOutput.contains("selfcheck passed"))
    }
}
