import ArgumentParser

/// `pretrial plugin policykit-path`: prints the PolicyKit folder this tool was built with.
struct PluginPolicyKitPathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policykit-path",
        abstract: "Print the folder of the PolicyKit package this pretrial was built with.",
        discussion: "A plugin's Package.swift depends on it by path: `.package(name: \"PolicyKit\", path: \"…\")`."
    )

    func run() throws {
        guard let folder = PluginPolicyKitLocation.find() else {
            printError(PluginPolicyKitLocation.notFoundAdvice)
            throw ExitCode(1)
        }
        print(folder.path)
    }
}
