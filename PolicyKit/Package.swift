// swift-tools-version: 6.2
import PackageDescription

// The plugin API of pretrial: the value types a policy sees and one protocol per decision
// point. A dynamic library in its own package, so the tool and every plugin link one shared
// copy and protocol casts across a dlopen'ed plugin hold (see docs/ARCHITECTURE.md).
let package = Package(
    name: "PolicyKit",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "PolicyKit", type: .dynamic, targets: ["PolicyKit"])
    ],
    targets: [
        .target(
            name: "PolicyKit",
            swiftSettings: [.swiftLanguageMode(.v6), .treatAllWarnings(as: .error)]
        )
    ]
)
