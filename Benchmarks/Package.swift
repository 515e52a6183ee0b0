// swift-tools-version: 6.2
import PackageDescription

/// The kernel's benchmarks, in a package of their own so that `swift build` and `swift test`
/// of the root package never resolve or compile ordo-one/benchmark and its dependencies.
///
/// - `kernel-bench`: a plain, deterministic runner (hold model at 1,000 and 100,000 pending
///   events, and the M/M/c engine benchmark) that `run.sh` times against C++ and C.
/// - `KernelBenchmarks`: the same workloads under ordo-one/benchmark
///   (`swift package benchmark --no-progress`).
/// - `model-bench`: the R1 benchmark model (stable and overload) through PretrialSimulation,
///   built in code without the YAML layer, and the 10-million-arrest memory run.

let settings: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        // Name the root explicitly: a path dependency is otherwise named after its folder,
        // and a clone may live in a folder of any name.
        .package(name: "pretrial", path: "../"),
        // The policy API, which the R1 model's builder uses; the same package the root uses.
        .package(name: "PolicyKit", path: "../PolicyKit"),
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
        // GSL for the benchmark package's own checks (the root's CGSL is not a product).
        .systemLibrary(name: "BenchGSL", pkgConfig: "gsl"),
        .target(
            name: "ModelWorkloads",
            dependencies: [
                .product(name: "PretrialModel", package: "pretrial"),
                .product(name: "Policies", package: "pretrial"),
                .product(name: "SimKernel", package: "pretrial"),
                .product(name: "PolicyKit", package: "PolicyKit"),
            ],
            swiftSettings: settings
        ),
        .executableTarget(
            name: "model-bench",
            dependencies: [
                "KernelWorkloads", "ModelWorkloads", "BenchGSL",
                .product(name: "PretrialModel", package: "pretrial"),
                .product(name: "SimKernel", package: "pretrial"),
            ],
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
