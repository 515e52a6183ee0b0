import ArgumentParser
import PolicyKit

/// `pretrial policies [NAME]`: lists the policy modules or describes one.
struct PoliciesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policies",
        abstract: "List the policy modules, or describe one with its parameters and an example."
    )

    @Argument(help: "A module to describe.")
    var name: String?

    @OptionGroup var plugins: PluginOptions

    func run() throws {
        let registry = try plugins.registry()
        guard let name else {
            print(PolicyCatalog.list(registry))
            return
        }
        guard let module = registry.module(named: name) else {
            let names = registry.all.map(\.name)
            let hint = ClosestName.suggestion(for: name, among: names).map { " Did you mean '\($0)'?" } ?? ""
            printError("no policy module named '\(name)'.\(hint) Run `pretrial policies` to list them.")
            throw ExitCode(1)
        }
        print(PolicyCatalog.describe(module))
    }
}
