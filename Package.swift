// swift-tools-version: 6.2
import PackageDescription

/// Settings every target of this package is built with: Swift 6 language mode, and no warning
/// may pass unnoticed.
let strict: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "pretrial",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "pretrial", targets: ["pretrial"]),
        .library(name: "SimKernel", targets: ["SimKernel"]),
        .library(name: "PretrialModel", targets: ["PretrialModel"]),
        .library(name: "Policies", targets: ["Policies"]),
        .library(name: "Experiments", targets: ["Experiments"]),
        // An example run-time plugin, loaded by the CLI tests with --plugin.
        .library(name: "AbilityToPayPlugin", type: .dynamic, targets: ["AbilityToPayPlugin"]),
        // A plugin whose modules return nonsense (NaN or infinite bail, a risk score of 1e9, ...),
        // loaded by the CLI tests to check that the process stops on them.
        .library(name: "NonsensePlugin", type: .dynamic, targets: ["NonsensePlugin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", from: "0.2.0"),
        .package(name: "PolicyKit", path: "PolicyKit"),
    ],
    targets: [
        .systemLibrary(
            name: "CGSL",
            pkgConfig: "gsl",
            providers: [.apt(["libgsl-dev"])]
        ),
        .target(
            name: "SimKernel",
            dependencies: [
                "CGSL",
                .product(name: "DequeModule", package: "swift-collections"),
                .product(name: "Histogram", package: "hdrhistogram-swift"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "PretrialModel",
            dependencies: ["SimKernel", .product(name: "PolicyKit", package: "PolicyKit")],
            swiftSettings: strict
        ),
        .target(
            name: "Policies",
            dependencies: [.product(name: "PolicyKit", package: "PolicyKit")],
            swiftSettings: strict
        ),
        .target(
            name: "Scenarios",
            dependencies: [
                "PretrialModel", "SimKernel",
                .product(name: "PolicyKit", package: "PolicyKit"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "Experiments",
            dependencies: ["PretrialModel", "SimKernel", .product(name: "PolicyKit", package: "PolicyKit")],
            swiftSettings: strict
        ),
        .target(
            name: "Reports",
            dependencies: ["Experiments", "PretrialModel", "SimKernel"],
            swiftSettings: strict
        ),
        .target(
            name: "Results",
            dependencies: [
                "Experiments", "PretrialModel", "SimKernel",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "pretrial",
            dependencies: [
                "SimKernel", "PretrialModel", "Policies", "Scenarios", "Experiments", "Reports", "Results",
                .product(name: "PolicyKit", package: "PolicyKit"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "AbilityToPayPlugin",
            dependencies: [.product(name: "PolicyKit", package: "PolicyKit")],
            path: "Examples/AbilityToPayPlugin",
            exclude: ["ability-to-pay.yaml"],
            swiftSettings: strict
        ),
        .target(
            name: "NonsensePlugin",
            dependencies: [.product(name: "PolicyKit", package: "PolicyKit")],
            path: "Tests/Fixtures/NonsensePlugin",
            swiftSettings: strict
        ),
        .testTarget(name: "SimKernelTests", dependencies: ["SimKernel"], swiftSettings: strict),
        .testTarget(
            name: "PretrialModelTests",
            dependencies: [
                "PretrialModel", "Policies", "Experiments", .product(name: "PolicyKit", package: "PolicyKit"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ScenariosTests",
            dependencies: ["Scenarios", "Policies", .product(name: "PolicyKit", package: "PolicyKit")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ExperimentsTests",
            dependencies: [
                "Experiments", "Scenarios", "Policies", "Reports", "PretrialModel", "SimKernel",
                .product(name: "PolicyKit", package: "PolicyKit"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ResultsTests",
            dependencies: ["Results", "Experiments", "PretrialModel", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ReportsTests", dependencies: ["Reports", "Experiments", "PretrialModel", "SimKernel"],
            swiftSettings: strict),
        .testTarget(
            name: "CLITests",
            dependencies: ["pretrial", "Experiments", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict
        ),
    ]
)
