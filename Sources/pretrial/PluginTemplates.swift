import PolicyKit

/// The files of the package `pretrial plugin new` writes, as text: a dynamic library with one
/// policy module, its test, a scenario that uses it and a README.
struct PluginTemplates {
    /// The package, library and Swift module name (e.g. `MyPolicies`).
    var name: String
    /// The policy module's name in scenario files, in kebab-case (e.g. `my-policies`).
    var moduleName: String
    /// The rule written for the chosen decision point.
    var template: PluginPolicyTemplate
    /// The absolute path of the PolicyKit package the plugin depends on.
    var policyKitPath: String

    /// Every file, by its path relative to the package's folder.
    var files: [(path: String, text: String)] {
        [
            ("Package.swift", packageManifest),
            ("Sources/\(name)/\(template.typeName).swift", policySource),
            ("Sources/\(name)/PluginEntryPoints.swift", entryPoints),
            ("Tests/\(name)Tests/\(template.typeName)Tests.swift", testSource),
            ("scenario.yaml", scenario),
            ("README.md", readme),
            (".gitignore", "/.build\n/.swiftpm\nPackage.resolved\n"),
        ]
    }

    /// `text` as the contents of a Swift string literal.
    static func swiftString(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// `text` with every line indented by `spaces`.
    static func indent(_ text: String, _ spaces: Int) -> String {
        let pad = String(repeating: " ", count: spaces)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : pad + $0 }
            .joined(separator: "\n")
    }

    var packageManifest: String {
        """
        // swift-tools-version: 6.2
        import PackageDescription

        /// Swift 6 language mode, and no warning may pass unnoticed (as in pretrial itself).
        let strict: [SwiftSetting] = [
            .swiftLanguageMode(.v6),
            .treatAllWarnings(as: .error),
        ]

        /// A pretrial policy plugin: a dynamic library that `pretrial --plugin` loads.
        let package = Package(
            name: \(Self.swiftString(name)),
            platforms: [.macOS(.v15)],
            products: [
                .library(name: \(Self.swiftString(name)), type: .dynamic, targets: [\(Self.swiftString(name))]),
            ],
            dependencies: [
                // The PolicyKit of the pretrial the plugin is loaded into: its API version must
                // match the tool's (`pretrial plugin policykit-path` prints where it is).
                .package(name: "PolicyKit", path: \(Self.swiftString(policyKitPath))),
            ],
            targets: [
                .target(
                    name: \(Self.swiftString(name)),
                    dependencies: [.product(name: "PolicyKit", package: "PolicyKit")],
                    swiftSettings: strict
                ),
                .testTarget(
                    name: \(Self.swiftString(name + "Tests")),
                    dependencies: [\(Self.swiftString(name)), .product(name: "PolicyKit", package: "PolicyKit")],
                    swiftSettings: strict
                ),
            ]
        )

        """
    }

    var policySource: String {
        let parameters =
            template.parameters.isEmpty ? "[]" : "[\n" + Self.indent(template.parameters, 4) + "\n        ]"
        return """
            import PolicyKit

            \(template.policy)

            extension \(template.typeName) {
                /// The module scenarios name as `\(moduleName)` under `policies.\(template.decisionPoint.rawValue)`.
                static let module = PolicyModule(
                    name: \(Self.swiftString(moduleName)),
                    decisionPoint: .\(template.decisionPoint),
                    summary: \(Self.swiftString(template.summary)),
                    description: \"\"\"
            \(Self.indent(template.description, 12))
                        \"\"\",
                    parameters: \(parameters),
                    make: { parameters, population throws(PolicyParameterError) in
            \(Self.indent(template.make, 4))
                    }
                )
            }

            """
    }

    var entryPoints: String {
        """
        import PolicyKit

        /// Reports the PolicyKit API version this plugin was compiled against; pretrial refuses
        /// a plugin whose version is not its own.
        @_cdecl("pretrial_policy_api_version")
        public func pretrialPolicyAPIVersion() -> Int32 { policyKitAPIVersion }

        /// Registers this plugin's policy modules with pretrial.
        @_cdecl("pretrial_register_policies")
        public func pretrialRegisterPolicies(_ registrar: UnsafeMutableRawPointer) {
            PluginRegistrar.from(registrar).register(\(template.typeName).module)
        }

        """
    }

    var testSource: String {
        """
        import Foundation
        import PolicyKit
        import Testing
        @testable import \(name)

        /// A random source that always draws the middle of each distribution, so a test knows
        /// every draw.
        final class MiddleDraws: RandomSource {
            func uniform() -> Double { 0.5 }
            func bernoulli(_ p: Double) -> Bool { p > 0.5 }
            func normal(mean: Double, sd: Double) -> Double { mean }
            func lognormal(mu: Double, sigma: Double) -> Double { exp(mu) }
            func exponential(mean: Double) -> Double { mean * 0.6931471805599453 }
        }

        /// A defendant in group 0, charge class 0 and age band 0 with `priors` prior arrests,
        /// detained for `detainedDays` days if given, otherwise released.
        func defendant(priors: Int, detainedDays: Double? = nil) -> Defendant {
            Defendant(person: 0, group: 0, abilityToPay: 1000, chargeClass: 0, priors: priors, ageBand: 0,
                      isDetained: detainedDays != nil, daysDetained: detainedDays ?? 0,
                      daysSinceArrest: detainedDays ?? 0, arrestDay: 0, hasCounsel: false, riskScore: nil,
                      isRearrest: false)
        }

        @Suite struct \(template.typeName)Tests {
            let population = PopulationInfo(groups: ["A", "B"], chargeClasses: ["any"], ageBands: ["all"])
            let random = MiddleDraws()

            @Test(\(Self.swiftString(template.testName)))
            func rule() throws {
                let policy = try #require(try \(template.typeName).module.instantiate([:], population: population).policy
                                              as? any \(template.protocolName))
        \(Self.indent(template.test, 4))
            }
        }

        """
    }

    /// The `policies` section: the benchmark's release and plea rules, with the plugin's
    /// module at its decision point (in place of the benchmark's, for release and plea).
    var policiesSection: String {
        let parameters = template.scenarioParameters.isEmpty ? "" : ", parameters: \(template.scenarioParameters)"
        var entries: [(DecisionPoint, String)] = [
            (.release, "{module: r1-release, parameters: {ror_probability: 0.3, bail_median: 2000, bail_sigma: 0.8}}"),
            (.plea, "{module: standard-plea}"),
        ]
        if template.decisionPoint == .risk {
            // A score is used only by a release rule that reads it.
            entries[0].1 = "{module: risk-assessment-release}"
        }
        let plugin = "{module: \(moduleName)\(parameters)}   # the plugin's module"
        if let index = entries.firstIndex(where: { $0.0 == template.decisionPoint }) {
            entries[index].1 = plugin
        } else {
            entries.append((template.decisionPoint, plugin))
        }
        return entries.map { "  \($0.0.rawValue): \($0.1)" }.joined(separator: "\n")
    }

    var scenario: String {
        """
        # A small complete scenario that uses the plugin's module `\(moduleName)` (\(template.decisionPoint.rawValue)).
        # Build the plugin, then run it with the plugin loaded:
        #   swift build
        #   pretrial run scenario.yaml --plugin .build/debug/lib\(name).so
        # It has the shape of pretrial's benchmark scenario: Poisson arrests, a bail hearing, one
        # plea offer, trials in 12 courtrooms; every key is described in pretrial's scenarios/FORMAT.md.
        scenario:
          name: \(name) plugin example
          description: >
            Two groups of arrested people with different means and arrest records; the
            \(template.decisionPoint.rawValue) decision is made by the plugin's module \(moduleName).
        run:
          arrest_window_days: 365
          warm_up_days: 0
          max_days: 100000
          replications: 10
          seed: 1
          reference_group: A
        population:
          charge_classes:
            - name: any
              guilt_probability: 0.9
              failure_to_appear: 0.05
              new_arrest_per_day: 0
              priors_effect: 0
              sentence_days: {constant: 30}
          age_bands: [all]
          groups:
            - name: A
              share: 0.6
              ability_to_pay: {lognormal: {median: 1500, sigma: 1.0}}
              charge_mix: {any: 1}
              priors: {gamma: {shape: 0.6, scale: 4}}
              age_mix: {all: 1}
            - name: B
              share: 0.4
              ability_to_pay: {lognormal: {median: 800, sigma: 1.0}}
              charge_mix: {any: 1}
              priors: {gamma: {shape: 0.6, scale: 6}}
              age_mix: {all: 1}
        arrests:
          rate_per_day: 100
        process:
          first_appearance_delay: {exponential: {mean: 1.0}}
          court_date_interval: {exponential: {mean: 30}}
          court_dates_before_trial: 1
          dismissal_per_court_date: 0
          warrant_delay: {exponential: {mean: 14}}
        behaviour:
          bondsman_premium_share: null
          later_posting_probability: 0
          later_posting_mean_days: 10
          remand_after_failure_to_appear: 0
          revocation_on_new_arrest: 0
          plea_acceptance: {detained: 0.6, released: 0.4}
        courts:
          courtrooms: 12
          trial_duration: {gamma: {shape: 2, scale: 0.1}}
          conviction_if_guilty: 1
          conviction_if_innocent: 0
        policies:
        \(policiesSection)
        cost_per_bed_day: 0

        """
    }

    var readme: String {
        """
        # \(name)

        A policy plugin for pretrial, the simulation of pre-trial detention policy. It adds one policy module for the **\(template.decisionPoint.rawValue)** decision point:

        - `\(moduleName)`: \(template.summary)

        The rule is in `Sources/\(name)/\(template.typeName).swift`; the two C entry points pretrial
        looks for (`pretrial_policy_api_version`, `pretrial_register_policies`) are in
        `Sources/\(name)/PluginEntryPoints.swift`. Register more modules there.

        ## Build, test, run

        ```sh
        swift build                     # the plugin is .build/debug/lib\(name).so (.dylib on macOS)
        swift test                      # the rule's test
        pretrial policies \(moduleName) --plugin .build/debug/lib\(name).so   # its parameters
        pretrial validate scenario.yaml --plugin .build/debug/lib\(name).so
        pretrial run scenario.yaml --plugin .build/debug/lib\(name).so
        ```

        ## PolicyKit

        The package depends on the PolicyKit package at
        `\(policyKitPath)`
        — the one the `pretrial` that wrote it was built with (`pretrial plugin policykit-path`
        prints it). A plugin must be built against the PolicyKit of the pretrial that loads it:
        pretrial refuses a plugin of another PolicyKit API version with a clear error. After
        updating pretrial, change the path in `Package.swift` if it moved, and rebuild.

        """
    }
}
