// swift-tools-version: 6.2
import PackageDescription

/// A libFuzzer target for the scenario loader, in a package of its own so that the root's
/// `swift build` and `swift test` never build it. `Fuzz/run.sh` builds it with
/// `-sanitize=fuzzer` and runs it.
///
/// `Sources/FuzzedScenarios` is a symbolic link to the root's `Sources/Scenarios`: the root
/// does not export that module as a product, and the fuzzer needs it compiled with coverage
/// instrumentation anyway. It is compiled here under another module name, so the two never
/// meet in one build.
/// As the root's targets: Swift 6, warnings are errors.
let strict: [SwiftSetting] = [.swiftLanguageMode(.v6), .treatAllWarnings(as: .error)]

let package = Package(
    name: "fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "pretrial", path: "../"),
        .package(name: "PolicyKit", path: "../PolicyKit"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .target(
            name: "FuzzedScenarios",
            dependencies: [
                .product(name: "PretrialModel", package: "pretrial"),
                .product(name: "SimKernel", package: "pretrial"),
                .product(name: "PolicyKit", package: "PolicyKit"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .target(name: "FuzzerDriver"),
        .executableTarget(
            name: "scenario-fuzzer",
            dependencies: [
                "FuzzedScenarios", "FuzzerDriver",
                .product(name: "Policies", package: "pretrial"),
            ],
            swiftSettings: strict
        ),
    ]
)
