// kernel-bench: a plain, deterministic runner for the kernel's engine benchmarks, printing one
// `key=value` line per run and one per median, in the same format as cpp/hold and c/mmc so
// that run.sh can time them side by side. Build with `swift build -c release`.
//
//   kernel-bench [hold1k|hold100k|hold PENDING|mmc|all] [--runs N] [--holds N] [--customers N]
//   kernel-bench calendarcheck     EventCalendar against a sorted reference (both of its modes)
//
// Defaults: all, 5 runs, 10,000,000 holds, 1,000,000 customers. Timing covers the holds only
// (not the pre-loading of the calendar), and the whole M/M/c replication.

import Foundation
import KernelWorkloads
import SimKernel

func fail(_ message: String) -> Never {
    let usage = "usage: kernel-bench [hold1k|hold100k|hold PENDING|mmc|all] [--runs N] [--holds N] [--customers N]"
    FileHandle.standardError.write(Data("kernel-bench: \(message)\n\(usage)\n".utf8))
    exit(2)
}

func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }

func exact(_ value: Double) -> String { String(format: "%.17g", value) }

var workloads: [String] = []
var runs = 5
var holds = 10_000_000
var customers = EngineBenchmark.customers
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    func number() -> Int {
        guard let text = arguments.popFirst(), let value = Int(text), value > 0 else {
            fail("\(argument) needs a positive integer")
        }
        return value
    }
    switch argument {
    case "--runs": runs = number()
    case "--holds": holds = number()
    case "--customers": customers = number()
    case "hold1k": workloads.append("hold:1000")
    case "hold100k": workloads.append("hold:100000")
    case "hold": workloads.append("hold:\(number())")
    case "mmc": workloads.append("mmc")
    case "all": workloads += ["hold:1000", "hold:100000", "mmc"]
    case "calendarcheck": exit(CalendarCheck.run() == 0 ? 0 : 1)
    case "-h", "--help": fail("help")
    default: fail("unknown argument \(argument)")
    }
}
if workloads.isEmpty { workloads = ["hold:1000", "hold:100000", "mmc"] }

for workload in workloads {
    var seconds: [Double] = []
    if workload.hasPrefix("hold:") {
        let pending = Int(workload.dropFirst(5))!
        let layout = HoldModel.entryLayout
        for run in 1...runs {
            var model = HoldModel(pending: pending, seed: 1)
            let start = monotonicSeconds()
            model.hold(holds)
            let elapsed = monotonicSeconds() - start
            seconds.append(elapsed)
            print(
                "lang=swift bench=hold pending=\(pending) run=\(run) holds=\(holds) seconds=\(fixed(elapsed, 6))",
                "Mevents_per_s=\(fixed(Double(holds) / elapsed / 1e6, 3)) clock=\(exact(model.clock))",
                "entry_size=\(layout.size) entry_stride=\(layout.stride)")
        }
        let m = median(seconds)
        print(
            "lang=swift bench=hold pending=\(pending) median_of=\(runs) holds=\(holds) seconds=\(fixed(m, 6))",
            "Mevents_per_s=\(fixed(Double(holds) / m / 1e6, 3))")
    } else {
        var events = 0
        for run in 1...runs {
            let start = monotonicSeconds()
            let result = EngineBenchmark.run(customers: customers)
            let elapsed = monotonicSeconds() - start
            seconds.append(elapsed)
            events = result.events
            print(
                "lang=swift bench=mmc run=\(run) customers=\(result.customers) events=\(result.events)",
                "seconds=\(fixed(elapsed, 6)) Mevents_per_s=\(fixed(Double(result.events) / elapsed / 1e6, 3))",
                "mean_wait=\(fixed(result.meanWait, 6)) erlang_c_wait=\(fixed(EngineBenchmark.queue.meanWait, 6))",
                "p_wait=\(fixed(result.probabilityOfWaiting, 4))")
        }
        let m = median(seconds)
        print(
            "lang=swift bench=mmc median_of=\(runs) events=\(events) seconds=\(fixed(m, 6))",
            "Mevents_per_s=\(fixed(Double(events) / m / 1e6, 3))")
    }
}
