// swift-tools-version: 6.2
import PackageDescription

/// The kernel's benchmarks, in a package of their own so that `swift build` and `swift test`
/// of the root package never resolve or compile ordo-one/benchmark and its dependencies.
///
/// - `kernel-bench`: a plain, deterministic runner (hold model at 1,000 and 100,000 pending
///   events, and the M/M/c engine benchmark) that `run.sh` times against C++ and C.
/// - `KernelBenchmarks`: the same workloads under ordo-one/benchmark
///   (`swift package benchmark --no-progress`).

let settings: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        // Name the root explicitly: a path dependency is otherwise named after its folder,
        // and a clone may live in a folder of any name.
        .package(name: "pretrial", path: "../"),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .target(
            name: "KernelWorkloads",
            dependencies: [.product(name: "SimKernel", package: "pretrial")],
            swiftSettings: settings
        ),
        .executableTarget(
            name: "kernel-bench",
            dependencies: ["KernelWorkloads", .product(name: "SimKernel", package: "pretrial")],
            swiftSettings: settings
        ),
        .executableTarget(
            name: "KernelBenchmarks",
            dependencies: [
                "KernelWorkloads",
                .product(name: "SimKernel", package: "pretrial"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/KernelBenchmarks",
            swiftSettings: settings,
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
