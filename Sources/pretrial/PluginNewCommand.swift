import ArgumentParser
import Foundation
import PolicyKit

/// `pretrial plugin new NAME`: writes a Swift package for a policy plugin, ready to build.
struct PluginNewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a new policy plugin package: one policy module, its test, and a scenario that uses it.",
        discussion: """
            The package depends on PolicyKit by path (by default the PolicyKit this pretrial was \
            built with) and builds with `swift build` as it stands; its README says how to run it.
            """
    )

    @Argument(help: "The package and library name, e.g. MyPolicies (the module is then my-policies).")
    var name: String

    @Option(help: "The decision point of the policy (\(DecisionPoint.allValueStrings.joined(separator: ", "))).")
    var decision: DecisionPoint = .release

    @Option(help: "The folder to create (default: NAME in the current folder); it must be new or empty.")
    var output: String?

    @Option(help: "The PolicyKit package folder to depend on (default: the one this pretrial was built with).")
    var policykit: String?

    func run() throws {
        guard let policyKit = policykit.map({ URL(fileURLWithPath: $0) }) ?? PluginPolicyKitLocation.find() else {
            printError(PluginPolicyKitLocation.notFoundAdvice)
            throw ExitCode(1)
        }
        let folder = URL(fileURLWithPath: output ?? name)
        let scaffold = PluginScaffold(
            name: name, decisionPoint: decision, folder: folder,
            policyKit: policyKit.standardizedFileURL)
        do {
            try scaffold.check(outside: [
                PluginPolicyKitLocation.buildTimeRoot, policyKit.standardizedFileURL.deletingLastPathComponent(),
            ])
        } catch {
            printError("plugin new: \(error.description)")
            throw ExitCode(1)
        }
        let written = try scaffold.write()
        let library = "lib\(name).so"
        print(
            """
            Wrote the plugin package \(name) in \(folder.path):
            \(written.map { "  \($0)" }.joined(separator: "\n"))
            Its \(decision.rawValue) module is '\(scaffold.templates.moduleName)'. It depends on PolicyKit at
              \(policyKit.standardizedFileURL.path)
            Next:
              cd \(folder.path)
              swift build && swift test
              pretrial run scenario.yaml --plugin .build/debug/\(library)
            """)
    }
}
