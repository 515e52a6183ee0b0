// The kernel's engine benchmarks under ordo-one/benchmark:
//   cd Benchmarks && swift package benchmark --no-progress
// The same workloads as `kernel-bench` (see ../../README.md), reported as distributions.

import Benchmark
import KernelWorkloads
import SimKernel

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal],
        warmupIterations: 1,
        maxDuration: .seconds(3),
        maxIterations: 1_000
    )

    // Hold model: each iteration is 1,000,000 holds (scaled), so throughput reads in M holds/s
    // once divided by 10^6 (the table shows it as K or M per second).
    for pending in [1_000, 100_000] {
        Benchmark(
            "hold model, \(pending) pending events",
            configuration: .init(scalingFactor: .mega)
        ) { benchmark in
            var model = HoldModel(pending: pending, seed: 1)
            benchmark.startMeasurement()
            model.hold(benchmark.scaledIterations.count)
            benchmark.stopMeasurement()
            blackHole(model.clock)
        }
    }

    // M/M/c of R1: 1,000,000 customers, 2,000,000 model events per iteration.
    Benchmark(
        "M/M/c engine benchmark (1M customers)",
        configuration: .init(
            metrics: [
                .wallClock, .mallocCountTotal,
                .custom("model events/s", polarity: .prefersLarger, useScalingFactor: false),
            ],
            maxIterations: 20
        )
    ) { benchmark in
        let start = monotonicSeconds()
        let result = EngineBenchmark.run()
        let elapsed = monotonicSeconds() - start
        benchmark.measurement(
            .custom("model events/s", polarity: .prefersLarger, useScalingFactor: false),
            Int(Double(result.events) / elapsed)
        )
        blackHole(result.meanWait)
    }
}
