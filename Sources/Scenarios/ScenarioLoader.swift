import Foundation
import PolicyKit
import SimKernel

/// Reads a scenario file, validates it completely and builds the model configuration of the
/// baseline and of each variant — before anything runs.
///
/// Every problem in the file (and in the files it extends) is reported at once, each with its
/// file, line, column, key and fix. The format is described in `scenarios/FORMAT.md`.
public enum ScenarioLoader {
    /// The most replications accepted without `force`, in a file or on a command line: more
    /// is almost always a typo (an extra zero).
    public static let maximumReplications = Int(ScenarioDecoder.maximumReplications)

    /// Loads the scenario file at `path`.
    /// - Parameters:
    ///   - path: The scenario file; an `extends` path in it is resolved from its directory.
    ///   - registry: The policy modules the scenario may name.
    ///   - force: Accept sizes that look like mistakes (more than 50 million expected arrests
    ///     per replication, 100,000 replications, 1,000,000 days or 100,000 courtrooms).
    /// - Returns: The validated scenario; its variants carry any warnings.
    /// - Throws: ``ScenarioError`` with every issue found (errors and warnings) if there is any
    ///   error, or a single issue if the file cannot be read.
    public static func load(path: String, registry: PolicyRegistry, force: Bool = false) throws(ScenarioError)
        -> Scenario
    {
        try load(path: path, registry: registry, force: force, overrides: [])
    }

    /// Loads the scenario file at `path` as if it also set each of `overrides` (applied in
    /// order to the whole document, before the baseline and every variant are decoded; a
    /// variant's own `set` still wins where it sets the same path).
    /// - Parameters:
    ///   - path: The scenario file.
    ///   - registry: The policy modules the scenario may name.
    ///   - force: Accept sizes that look like mistakes.
    ///   - overrides: The values to set; an issue they cause is reported at their origin.
    /// - Returns: The validated scenario; its ``Scenario/sha256`` is the file's, unchanged by
    ///   the overrides (a caller records them beside it).
    /// - Throws: ``ScenarioError`` with every issue found, if there is any error.
    public static func load(
        path: String, registry: PolicyRegistry, force: Bool = false, overrides: [ScenarioOverride]
    ) throws(ScenarioError) -> Scenario {
        let limits = LoaderLimits.limits(force: force)
        switch ScenarioSource.readFile(path, maximumBytes: limits.fileBytes) {
        case .success(let (bytes, text)):
            return try load(
                text: text, bytes: bytes, fileName: path, registry: registry, force: force, overrides: overrides)
        case .failure(let problem):
            throw ScenarioError(issues: [
                ScenarioIssue(
                    file: path, line: 1, column: 1, keyPath: "",
                    message: "cannot read the scenario: \(problem.message)",
                    fix: problem.fix(limits))
            ])
        }
    }

    /// Loads a scenario from its text, as if read from a file called `fileName` (used in
    /// issues, and to resolve `extends`).
    /// - Parameters:
    ///   - text: The YAML text.
    ///   - fileName: The name issues give the text; `extends` is resolved from its directory.
    ///   - registry: The policy modules the scenario may name.
    ///   - force: Accept sizes that look like mistakes.
    /// - Returns: The validated scenario.
    /// - Throws: ``ScenarioError`` with every issue found, if there is any error.
    public static func load(
        text: String, fileName: String = "scenario.yaml", registry: PolicyRegistry,
        force: Bool = false
    ) throws(ScenarioError) -> Scenario {
        try load(text: text, bytes: Data(text.utf8), fileName: fileName, registry: registry, force: force)
    }

    private static func load(
        text: String, bytes: Data, fileName: String, registry: PolicyRegistry,
        force: Bool, overrides: [ScenarioOverride] = []
    ) throws(ScenarioError) -> Scenario {
        GSLErrors.stopAborting()
        let log = IssueLog()
        let limits = LoaderLimits.limits(force: force)
        guard
            var source = ScenarioSource.assemble(
                text: text, bytes: bytes, file: fileName, limits: limits, log: log)
        else {
            throw ScenarioError(issues: log.issues)
        }
        source.root = applying(overrides, to: source.root, limits: limits, log: log)
        guard !log.issues.contains(where: { $0.severity == .error }) else {
            throw ScenarioError(issues: log.issues)
        }
        let decoder = ScenarioDecoder(registry: registry, force: force, log: log)
        let baseline = decoder.decode(source.root)
        let definitions =
            source.root["variants"].flatMap { $0.isNull ? nil : $0 }.map {
                VariantDefinition.readAll(
                    NodeReader(node: $0, path: DocumentPath.root.appending("variants"), log: log),
                    limits: limits)
            } ?? []
        let baselineIssues = log.issues
        var variants: [ScenarioVariant] = []
        var variantIssues: [ScenarioIssue] = []
        for definition in definitions {
            let (variant, issues) = build(
                definition, from: source.root, baselineIssues: baselineIssues,
                registry: registry, force: force)
            variantIssues += issues
            if let variant { variants.append(variant) }
        }

        let issues = sorted(baselineIssues + variantIssues, files: source.files)
        guard !issues.contains(where: { $0.severity == .error }), let configuration = baseline.configuration,
            let settings = baseline.settings, let name = baseline.name
        else { throw ScenarioError(issues: issues) }
        let baselineVariant = ScenarioVariant(
            name: "baseline", description: "the scenario as written",
            configuration: configuration, overrides: [],
            warnings: baselineIssues.filter { $0.severity == .warning })
        return Scenario(
            name: name, description: baseline.description, path: fileName, sha256: source.sha256,
            sourceFiles: source.files, settings: settings, variants: [baselineVariant] + variants)
    }

    /// The document with each override set at its path; a value that is not YAML, a path a
    /// variant may not set, or a path the document cannot take is an error at the override's
    /// origin.
    private static func applying(
        _ overrides: [ScenarioOverride], to root: DocumentNode, limits: LoaderLimits, log: IssueLog
    ) -> DocumentNode {
        var document = root
        for override in overrides {
            let location = SourceLocation(file: override.origin, line: override.line, column: override.column)
            let segments = override.path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard !segments.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
                log.error(
                    "'\(QuotedText.short(override.path))' is not a dotted path",
                    fix: "write keys separated by single dots, such as courts.courtrooms", at: location,
                    path: .root)
                continue
            }
            guard !VariantDefinition.isFixed(override.path) else {
                log.error(
                    "'\(QuotedText.short(override.path))' cannot be set from outside the scenario: it is "
                        + "the scenario's identity or a setting every point shares",
                    fix: "set it in the scenario file instead", at: location, path: .root)
                continue
            }
            guard let value = YAMLText.parse(override.yaml, file: override.origin, limits: limits, log: log) else {
                continue
            }
            do {
                document = try document.setting(value.placed(at: location), at: segments, keyLocation: location)
            } catch {
                log.error(
                    "cannot set '\(override.path)': \(error.message)", fix: error.fix, at: location, path: .root)
            }
        }
        return document
    }

    /// Applies a variant's assignments to the document and decodes the result.
    ///
    /// Issues the baseline has too are left out (they are reported once, for the baseline),
    /// except warnings, which each variant keeps; the other issues name the variant.
    private static func build(
        _ definition: VariantDefinition, from root: DocumentNode, baselineIssues: [ScenarioIssue],
        registry: PolicyRegistry, force: Bool
    )
        -> (variant: ScenarioVariant?, issues: [ScenarioIssue])
    {
        let log = IssueLog()
        var document = root.removing(["variants"])
        for assignment in definition.assignments {
            do {
                document = try document.setting(
                    assignment.value, at: assignment.segments,
                    keyLocation: assignment.keyLocation)
            } catch {
                log.error(
                    "cannot set '\(assignment.path)': \(error.message)", fix: error.fix,
                    at: assignment.keyLocation, path: assignment.reader.path)
            }
        }
        // Decoded even after a bad path, so that the variant's other mistakes show in the same pass.
        let decoded = ScenarioDecoder(registry: registry, force: force, log: log).decode(document)
        let issues = log.issues.compactMap { issue -> ScenarioIssue? in
            if baselineIssues.contains(issue) { return issue.severity == .warning ? issue : nil }
            var named = issue
            named.message = "variant '\(definition.name)': \(issue.message)"
            return relocated(named, to: definition)
        }
        guard let configuration = decoded.configuration, !issues.contains(where: { $0.severity == .error })
        else {
            return (nil, issues)
        }
        let variant = ScenarioVariant(
            name: definition.name, description: definition.description,
            configuration: configuration, overrides: definition.assignments.map(\.path),
            warnings: issues.filter { $0.severity == .warning })
        return (variant, issues.filter { !baselineIssues.contains($0) })
    }

    /// A variant's issue found at a place the variant did not write (a check across fields,
    /// such as group shares that no longer sum to 1 once the variant changed one), moved to
    /// the variant's `set` entry that most likely caused it, with the place of the check in
    /// the message: the user edits the variant, not the base file.
    static func relocated(_ issue: ScenarioIssue, to definition: VariantDefinition) -> ScenarioIssue {
        let written = definition.assignments.contains { assignment in
            assignment.keyLocation.file == issue.file
                && (assignment.keyLocation.line...max(assignment.keyLocation.line, assignment.value.lastLine)).contains(
                    issue.line)
        }
        guard !written, let first = definition.assignments.first else { return issue }
        let section = issue.keyPath.prefix { $0 != "." && $0 != "[" }
        let cause = definition.assignments.first { $0.segments.first.map { $0[...] } == section } ?? first
        var moved = issue
        moved.message += " (found at \(issue.file):\(issue.line):\(issue.column), after the variant set \(cause.path))"
        moved.file = cause.keyLocation.file
        moved.line = cause.keyLocation.line
        moved.column = cause.keyLocation.column
        return moved
    }

    /// Issues in the order of the files read, then of lines and columns; issues at one place
    /// keep the order they were found in.
    private static func sorted(_ issues: [ScenarioIssue], files: [String]) -> [ScenarioIssue] {
        func rank(_ issue: ScenarioIssue) -> Int { files.firstIndex(of: issue.file) ?? files.count }
        return issues.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if rank(x) != rank(y) { return rank(x) < rank(y) }
            if x.line != y.line { return x.line < y.line }
            if x.column != y.column { return x.column < y.column }
            return a.offset < b.offset
        }.map(\.element)
    }
}
