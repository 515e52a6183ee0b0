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
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGSL",
            pkgConfig: "gsl",
            providers: [.apt(["libgsl-dev"])]
        ),
        .target(
            name: "SimKernel",
            dependencies: ["CGSL", .product(name: "DequeModule", package: "swift-collections")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "pretrial",
            dependencies: [
                "SimKernel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "SimKernelTests", dependencies: ["SimKernel"], swiftSettings: strict),
    ]
)
