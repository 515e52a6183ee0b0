import Foundation
import PretrialModel

/// Reads a targets file (YAML, `scenarios/FORMAT.md`, "Targets files"): published figures the model should
/// reproduce, for `pretrial check`.
///
/// Like ``ScenarioLoader``, it validates the whole file before returning and reports every
/// problem at once, each with its file, line, column, key and fix. A figure id the catalog
/// does not have is only a warning: the target is kept with ``Target/metric`` `nil`, so a
/// file can name figures the model does not produce yet.
public enum TargetsLoader {
    /// Loads the targets file at `path`.
    /// - Parameter path: The file.
    /// - Returns: The targets, with any warnings.
    /// - Throws: ``ScenarioError`` with every issue found if there is any error.
    public static func load(path: String) throws(ScenarioError) -> TargetsFile {
        let limits = LoaderLimits.standard
        switch ScenarioSource.readFile(path, maximumBytes: limits.fileBytes) {
        case .success(let (_, text)):
            return try load(text: text, fileName: path)
        case .failure(let problem):
            throw ScenarioError(issues: [
                ScenarioIssue(
                    file: path, line: 1, column: 1, keyPath: "",
                    message: "cannot read the targets file: \(problem.message)", fix: problem.fix(limits))
            ])
        }
    }

    /// Loads targets from `text`, as if read from a file called `fileName`.
    /// - Parameters:
    ///   - text: The YAML text.
    ///   - fileName: The name issues give the text.
    /// - Returns: The targets, with any warnings.
    /// - Throws: ``ScenarioError`` with every issue found if there is any error.
    public static func load(text: String, fileName: String = "targets.yaml") throws(ScenarioError) -> TargetsFile {
        let log = IssueLog()
        guard let root = YAMLText.parse(text, file: fileName, limits: .standard, log: log) else {
            throw ScenarioError(issues: log.issues)
        }
        let decoded = decode(NodeReader(node: root, path: .root, log: log))
        guard !log.hasErrors, let decoded else { throw ScenarioError(issues: log.issues) }
        return TargetsFile(
            jurisdiction: decoded.jurisdiction, targets: decoded.targets,
            warnings: log.issues.filter { $0.severity == .warning }, path: fileName)
    }

    /// The keys of the top level.
    static let topKeys = ["targets"]
    /// The keys of the `targets` section.
    static let sectionKeys = ["jurisdiction", "items"]

    private static func decode(_ root: NodeReader) -> (jurisdiction: String, targets: [Target])? {
        guard let top = root.mapping(allowed: topKeys),
            let section = top.required("targets")?.mapping(allowed: sectionKeys)
        else { return nil }
        let jurisdiction = section.required("jurisdiction")?.name()
        guard let itemsReader = section.required("items"), let items = itemsReader.list() else { return nil }
        if items.isEmpty {
            itemsReader.error("the list of targets is empty", fix: "add at least one target under items")
        }
        var targets: [Target] = []
        var seen: [String: Int] = [:]
        for item in items {
            let (target, named) = TargetItem.read(item)
            if let (name, nameReader) = named {
                if let first = seen[name] {
                    nameReader.error(
                        "the name '\(QuotedText.short(name))' is used twice (first at line \(first))",
                        fix: "give each target a name of its own")
                    continue
                }
                seen[name] = nameReader.node.location.line
            }
            if let target { targets.append(target) }
        }
        guard let jurisdiction else { return nil }
        return (jurisdiction, targets)
    }
}
