import ArgumentParser
import SimKernel

/// `pretrial selfcheck`: simulates reference queues and compares them with queueing theory.
struct SelfCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "selfcheck",
        abstract: "Check the simulation kernel against queueing theory (Erlang C, Little's law).",
        discussion: """
            Simulates an M/M/12 queue (the engine benchmark of R1) and an M/M/1 queue, and \
            prints each simulated figure with its confidence interval beside the exact value. \
            The intervals are simultaneous 95% intervals (Bonferroni), so a correct kernel \
            passes for about 19 seeds in 20. Exits with status 1 if any exact value lies \
            outside its interval.
            """
    )

    @Option(help: "Independent replications per queue (at least 2).")
    var replications = 20

    @Option(help: "Customers per replication.")
    var customers = 100_000

    @Option(help: "Master seed.")
    var seed: UInt64 = 1

    func validate() throws {
        guard replications >= 2 else {
            throw ValidationError(
                "--replications must be at least 2 to give a confidence interval (got \(replications)).")
        }
        guard customers >= 100 else {
            throw ValidationError("--customers must be at least 100 (got \(customers)).")
        }
    }

    func run() throws {
        let rows = KernelSelfCheck.run(replications: replications, customers: customers, seed: seed)
        print(SelfCheckTable.render(rows, replications: replications, customers: customers, seed: seed))
        if rows.contains(where: { !$0.passed }) {
            throw ExitCode(1)
        }
    }
}
