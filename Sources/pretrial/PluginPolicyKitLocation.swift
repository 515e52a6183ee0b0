import Foundation

/// Where the PolicyKit package this tool was built with is: the `PolicyKit` folder of the
/// tool's source checkout. A plugin must be built against it (its API version must match).
enum PluginPolicyKitLocation {
    /// The source checkout's root at build time: this file is `Sources/pretrial/` in it.
    static let buildTimeRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Whether `folder` holds a PolicyKit package.
    static func isPolicyKit(_ folder: URL) -> Bool {
        let manifest = folder.appendingPathComponent("Package.swift")
        guard let text = try? String(contentsOf: manifest, encoding: .utf8) else { return false }
        return text.contains("name: \"PolicyKit\"")
    }

    /// The PolicyKit folder: the build-time checkout's if it is still there, otherwise one found
    /// by walking up from the executable (`<checkout>/.build/<configuration>/pretrial`), or
    /// `nil` when the tool was installed away from its sources.
    static func find() -> URL? {
        var candidates = [buildTimeRoot.appendingPathComponent("PolicyKit")]
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        while folder.pathComponents.count > 1 {
            candidates.append(folder.appendingPathComponent("PolicyKit"))
            folder.deleteLastPathComponent()
        }
        return candidates.first(where: isPolicyKit)?.standardizedFileURL
    }

    /// What to do when ``find()`` finds nothing.
    static let notFoundAdvice = """
        cannot find the PolicyKit package this pretrial was built with (it looked in \
        \(buildTimeRoot.appendingPathComponent("PolicyKit").path) and above the executable). \
        Pass --policykit PATH: the PolicyKit folder of the pretrial source checkout the tool was built from.
        """
}
