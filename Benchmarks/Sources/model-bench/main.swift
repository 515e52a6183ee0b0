// model-bench: the R1 benchmark model (docs/R1.md) run through
// PretrialSimulation without the YAML layer, on one core, printing `key=value` lines like
// kernel-bench. Build with `swift build -c release --product model-bench`.
//
//   model-bench r1 [--variant stable|overload] [--replications N] [--first I] [--seed S]
//                  [--window DAYS] [--rate R] [--courtrooms C] [--runs N] [--quiet]
//   model-bench arrests [--arrests N]      one replication with about N arrests (default
//                                          10,000,000: R1 stable, 100 a day for N/100 days)
//   model-bench dump [--model r1|county] [r1 options]   every metric of each replication, to
//                                          17 digits, to diff before and after a change
//   model-bench p2check                    Tally's P² quantiles against GSL's, bit for bit
//
// `r1` runs replications first..first+N-1 (default 0..99) with master seed S (default 1), one
// after another on this thread, times each with the monotonic clock, and prints the model
// events (ReplicationMetrics.modelEvents), the wall time and events per second of each
// replication and of the whole batch, and the means and 95% intervals of the outputs R1 asks
// for, with the analytic shares detained past the hearing. `--runs N` repeats the batch and
// adds a median line. Besides wall time (what R1 asks for), it reports the thread's CPU time
// (CLOCK_THREAD_CPUTIME_ID), which a busy shared machine disturbs less.

import Foundation
import KernelWorkloads
import ModelWorkloads
import PretrialModel
import SimKernel

func fail(_ message: String) -> Never {
    let usage = """
        usage: model-bench r1 [--variant stable|overload] [--replications N] [--first I] [--seed S] \
        [--window DAYS] [--rate R] [--courtrooms C] [--runs N] [--quiet]
               model-bench arrests [--arrests N]
        """
    FileHandle.standardError.write(Data("model-bench: \(message)\n\(usage)\n".utf8))
    exit(2)
}

func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }

func exact(_ value: Double) -> String { String(format: "%.17g", value) }

var command = "r1"
var variant = R1Model.Variant.stable
var replications = 100
var first = 0
var seed: UInt64 = 1
var window = 365.0
var rate = 100.0
var courtrooms = 12
var runs = 1
var quiet = false
var arrests = 10_000_000
var model = "r1"
var arguments = CommandLine.arguments.dropFirst()
if let head = arguments.first, !head.hasPrefix("-") {
    command = head
    arguments = arguments.dropFirst()
}
while let argument = arguments.popFirst() {
    func text() -> String {
        guard let value = arguments.popFirst() else { fail("\(argument) needs a value") }
        return value
    }
    func number() -> Double {
        guard let value = Double(text()), value > 0 else { fail("\(argument) needs a positive number") }
        return value
    }
    func integer() -> Int {
        guard let value = Int(text()), value >= 0 else { fail("\(argument) needs a whole number") }
        return value
    }
    switch argument {
    case "--variant":
        guard let chosen = R1Model.Variant(rawValue: text()) else { fail("--variant is stable or overload") }
        variant = chosen
    case "--replications": replications = max(1, integer())
    case "--first": first = integer()
    case "--seed": seed = UInt64(integer())
    case "--window": window = number()
    case "--rate": rate = number()
    case "--courtrooms": courtrooms = max(1, integer())
    case "--runs": runs = max(1, integer())
    case "--arrests": arrests = max(1, integer())
    case "--quiet": quiet = true
    case "--model": model = text()
    case "-h", "--help": fail("help")
    default: fail("unknown argument \(argument)")
    }
}

switch command {
case "r1":
    let configuration = try R1Model.make(
        trialScale: variant.trialScale, arrestWindowDays: window, rate: rate,
        courtrooms: courtrooms)
    var batchSeconds: [Double] = []
    var cpuSeconds: [Double] = []
    var totalEvents = 0
    for run in 1...runs {
        var results: [ReplicationMetrics] = []
        var elapsedTotal = 0.0
        var cpuTotal = 0.0
        var events = 0
        for replication in first..<(first + replications) {
            let start = monotonicSeconds()
            let cpuStart = threadCPUSeconds()
            let metrics = try PretrialSimulation.run(configuration, seed: seed, replication: replication)
            let elapsed = monotonicSeconds() - start
            cpuTotal += threadCPUSeconds() - cpuStart
            elapsedTotal += elapsed
            events += metrics.modelEvents
            results.append(metrics)
            if !quiet {
                print(
                    "bench=r1 variant=\(variant) run=\(run) replication=\(replication) events=\(metrics.modelEvents)",
                    "seconds=\(fixed(elapsed, 6)) Mevents_per_s=\(fixed(Double(metrics.modelEvents) / elapsed / 1e6, 3))",
                    "backlog_at_window_end=\(Int(metrics.overall(.trialBacklogAtWindowEnd)))",
                    "end_day=\(fixed(metrics.endTime, 1))")
            }
        }
        batchSeconds.append(elapsedTotal)
        cpuSeconds.append(cpuTotal)
        totalEvents = events
        print(
            "bench=r1 variant=\(variant) run=\(run) replications=\(replications) seed=\(seed) events=\(events)",
            "seconds=\(fixed(elapsedTotal, 4)) Mevents_per_s=\(fixed(Double(events) / elapsedTotal / 1e6, 3))",
            "ns_per_event=\(fixed(elapsedTotal / Double(events) * 1e9, 1))",
            "cpu_seconds=\(fixed(cpuTotal, 4)) cpu_Mevents_per_s=\(fixed(Double(events) / cpuTotal / 1e6, 3))")
        if run == 1 {
            func estimate(_ metric: MetricID, _ cell: BreakdownCell = .overall) -> String {
                let e = Estimate(samples: results.map { $0.value(metric, cell) })
                return "\(fixed(e.mean, 4))±\(fixed(e.halfWidth, 4))"
            }
            print(
                "outputs: arrests=\(estimate(.arrests))",
                "detained_past_hearing_A=\(estimate(.detainedPastFirstAppearanceShare, .group("A")))",
                "(analytic \(fixed(R1Model.expectedDetainedShare(abilityMedian: 1500), 4)))",
                "detained_past_hearing_B=\(estimate(.detainedPastFirstAppearanceShare, .group("B")))",
                "(analytic \(fixed(R1Model.expectedDetainedShare(abilityMedian: 800), 4)))")
            print(
                "outputs: detention_days=\(estimate(.pretrialDetentionDays))",
                "A=\(estimate(.pretrialDetentionDays, .group("A"))) B=\(estimate(.pretrialDetentionDays, .group("B")))",
                "cases_tried=\(estimate(.casesTried)) trial_wait_days=\(estimate(.trialWaitDays))",
                "jail_average=\(estimate(.jailPopulationAverage))",
                "backlog_at_window_end=\(estimate(.trialBacklogAtWindowEnd))")
            // Exact figures of the first replication: they change only when the draws or the
            // order of events change.
            let r = results[0]
            print(
                "replication \(first) exact: events=\(r.modelEvents) end_day=\(exact(r.endTime))",
                "detention_days=\(exact(r.overall(.pretrialDetentionDays)))",
                "median=\(exact(r.overall(.pretrialDetentionDaysMedian)))",
                "trial_wait=\(exact(r.overall(.trialWaitDays))) tried=\(Int(r.overall(.casesTried)))")
        }
    }
    if runs > 1 {
        let m = median(batchSeconds)
        let mc = median(cpuSeconds)
        print(
            "bench=r1 variant=\(variant) median_of=\(runs) replications=\(replications) events=\(totalEvents)",
            "seconds=\(fixed(m, 4)) Mevents_per_s=\(fixed(Double(totalEvents) / m / 1e6, 3))",
            "cpu_seconds=\(fixed(mc, 4)) cpu_Mevents_per_s=\(fixed(Double(totalEvents) / mc / 1e6, 3))")
    }
case "arrests":
    let days = Double(arrests) / 100
    let configuration = try R1Model.make(arrestWindowDays: days, rate: 100, maximumDays: days * 2 + 10_000)
    let start = monotonicSeconds()
    let metrics = try PretrialSimulation.run(configuration, seed: seed, replication: first)
    let elapsed = monotonicSeconds() - start
    print(
        "bench=arrests arrests=\(Int(metrics.overall(.arrests))) window_days=\(fixed(days, 0))",
        "events=\(metrics.modelEvents) seconds=\(fixed(elapsed, 3))",
        "Mevents_per_s=\(fixed(Double(metrics.modelEvents) / elapsed / 1e6, 3))",
        "open_at_end=\(Int(metrics.overall(.openCasesAtEnd))) end_day=\(fixed(metrics.endTime, 1))")
case "dump":
    // Every metric of every cell of replications first..first+N-1, to 17 digits, for diffing
    // before and after a change to the process.
    let configuration =
        model == "county"
        ? try CountyModel.make()
        : try R1Model.make(trialScale: variant.trialScale, arrestWindowDays: window, rate: rate, courtrooms: courtrooms)
    for replication in first..<(first + replications) {
        let metrics = try PretrialSimulation.run(configuration, seed: seed, replication: replication)
        print("model=\(model) replication=\(replication) events=\(metrics.modelEvents) end=\(exact(metrics.endTime))")
        for metric in MetricID.allCases {
            guard let values = metrics.values[metric] else { continue }
            print("  \(metric.rawValue):", values.map(exact).joined(separator: " "))
        }
    }
case "p2check":
    exit(checkP2AgainstGSL() == 0 ? 0 : 1)
default:
    fail("unknown command \(command)")
}
