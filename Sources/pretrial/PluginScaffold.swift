import Foundation
import PolicyKit

/// Writes the package of a new policy plugin: checks the name and the folder, then writes the
/// files of ``PluginTemplates``.
struct PluginScaffold {
    /// Why the package was not written.
    struct Refusal: Error, CustomStringConvertible {
        /// What is wrong and how to fix it.
        var description: String
    }

    /// The package's name.
    var name: String
    /// The decision point of its policy.
    var decisionPoint: DecisionPoint
    /// The folder to write the package into (created; must not exist or be empty).
    var folder: URL
    /// The PolicyKit package to depend on.
    var policyKit: URL

    /// The policy module's name: `name` in kebab-case (`MyPolicies` → `my-policies`).
    static func moduleName(for name: String) -> String {
        var words: [String] = []
        var word = ""
        let characters = Array(name)
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            // A capital starts a word after a lower-case letter or digit, or before one
            // (the `P` of `HTTPPolicy`).
            let startsWord =
                character.isUppercase && !word.isEmpty
                && (word.last!.isLowercase || word.last!.isNumber || (next?.isLowercase ?? false))
            if character == "_" || startsWord {
                if !word.isEmpty { words.append(word) }
                word = character == "_" ? "" : String(character)
            } else {
                word.append(character)
            }
        }
        if !word.isEmpty { words.append(word) }
        return words.map { $0.lowercased() }.joined(separator: "-")
    }

    /// The files, as ``PluginTemplates`` writes them.
    var templates: PluginTemplates {
        PluginTemplates(
            name: name, moduleName: Self.moduleName(for: name),
            template: .forPoint(decisionPoint), policyKitPath: policyKit.path)
    }

    /// Checks the name, the folder and PolicyKit; nothing is written.
    /// - Parameter checkouts: source checkouts the package must not be written into (the
    ///   tool's own, and the one PolicyKit is in).
    func check(outside checkouts: [URL]) throws(Refusal) {
        guard let first = name.first, first.isASCII, first.isLetter,
            name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
        else {
            throw Refusal(
                description:
                    "'\(name)' cannot name a Swift package and module: use letters, digits and _, starting with a letter (e.g. MyPolicies)"
            )
        }
        guard name != templates.template.typeName, name != "PolicyKit" else {
            throw Refusal(description: "'\(name)' is the name of a type the package uses; choose another name")
        }
        guard PluginPolicyKitLocation.isPolicyKit(policyKit) else {
            throw Refusal(
                description:
                    "\(policyKit.path) is not a PolicyKit package (no Package.swift naming PolicyKit); pass --policykit with the PolicyKit folder of a pretrial checkout"
            )
        }
        let target = folder.standardizedFileURL.resolvingSymlinksInPath().path
        for checkout in checkouts.map({ $0.standardizedFileURL.resolvingSymlinksInPath().path })
        where target == checkout || target.hasPrefix(checkout + "/") {
            throw Refusal(
                description:
                    "\(folder.path) is inside pretrial's source checkout (\(checkout)); write the plugin's package somewhere else with --output DIR"
            )
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw Refusal(description: "\(folder.path) is a file; choose a new folder with --output DIR")
            }
            let contents = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            guard contents.isEmpty else {
                throw Refusal(
                    description:
                        "\(folder.path) exists and is not empty; nothing was written. Choose a new or empty folder with --output DIR"
                )
            }
        }
    }

    /// Writes the package.
    /// - Returns: the paths written, relative to ``folder``.
    func write() throws -> [String] {
        var written: [String] = []
        for file in templates.files {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.text.utf8).write(to: url, options: .withoutOverwriting)
            written.append(file.path)
        }
        return written
    }
}
