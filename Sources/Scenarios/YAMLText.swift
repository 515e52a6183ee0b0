import Yams

/// Turns the text of a scenario file into a ``DocumentNode`` tree, reporting YAML syntax
/// errors with the line and column that Yams (libyaml) found them at.
enum YAMLText {
    /// Parses `text`, read from `file`, once ``YAMLMeasure`` has found it within `limits`.
    /// - Returns: The root node, or `nil` after reporting why there is none.
    static func parse(_ text: String, file: String, limits: LoaderLimits, log: IssueLog) -> DocumentNode? {
        if let problem = YAMLMeasure.check(text, limits: limits) {
            log.error(
                problem.message, fix: problem.fix,
                at: SourceLocation(file: file, line: problem.line, column: problem.column), path: .root)
            return nil
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            report(error, file: file, text: text, log: log)
            return nil
        } catch {
            log.error(
                "cannot read the file as YAML: \(error)", fix: "check that it is a YAML text file",
                at: SourceLocation(file: file, line: 1, column: 1), path: .root)
            return nil
        }
        guard let root else {
            log.error(
                "the file is empty", fix: "write the scenario's sections (see scenarios/FORMAT.md)",
                at: SourceLocation(file: file, line: 1, column: 1), path: .root)
            return nil
        }
        return convert(root, file: file, log: log)
    }

    /// Converts a Yams node (aliases already resolved by the composer).
    private static func convert(_ node: Node, file: String, log: IssueLog) -> DocumentNode {
        let location = place(node.mark, file: file)
        switch node {
        case .scalar(let scalar):
            return DocumentNode(
                value: .scalar(scalar.string, kind(of: scalar, node: node)), location: location)
        case .sequence(let sequence):
            return DocumentNode(
                value: .sequence(sequence.map { convert($0, file: file, log: log) }),
                location: location)
        case .mapping(let mapping):
            var entries: [DocumentNode.Entry] = []
            for (key, value) in mapping {
                let keyLocation = place(key.mark, file: file)
                guard case .scalar(let scalar) = key else {
                    log.error(
                        "a key must be a plain name, not \(key.sequence != nil ? "a list" : "a mapping")",
                        fix: "write the key as a word", at: keyLocation, path: .root)
                    continue
                }
                entries.append(
                    DocumentNode.Entry(
                        key: scalar.string, keyLocation: keyLocation,
                        value: convert(value, file: file, log: log)))
            }
            return DocumentNode(value: .mapping(entries), location: location)
        case .alias:
            // The composer replaces aliases by the nodes they name; keep a null if one remains.
            return DocumentNode(value: .scalar("", .null), location: location)
        }
    }

    /// What YAML's core schema makes of a scalar; quoted scalars are always text.
    private static func kind(of scalar: Node.Scalar, node: Node) -> DocumentNode.ScalarKind {
        switch scalar.style {
        case .singleQuoted, .doubleQuoted, .literal, .folded: return .text
        case .any, .plain: break
        }
        switch node.tag.description {
        case Tag.Name.null.rawValue: return .null
        case Tag.Name.bool.rawValue: return .bool
        case Tag.Name.int.rawValue: return .integer
        case Tag.Name.float.rawValue: return .float
        default: return Double(scalar.string) != nil ? .float : .text
        }
    }

    private static func place(_ mark: Mark?, file: String) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// Records a Yams error as an issue at the place libyaml reported.
    private static func report(_ error: YamlError, file: String, text: String, log: IssueLog) {
        let fix = "check the indentation, colons, brackets and quotes at this place"
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let contextText =
                context.map { " (\($0.text) at line \($0.mark.line), column \($0.mark.column))" } ?? ""
            log.error(
                "YAML syntax error: \(problem)\(contextText)", fix: fix, at: place(mark, file: file),
                path: .root)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\(QuotedText.short($0))'" }.joined(separator: ", ")
            log.error(
                "the key \(keys) appears twice in one mapping", fix: "keep only one of them",
                at: place(context.mark, file: file), path: .root)
        case .reader(let problem, let offset, _, _):
            log.error(
                "the file cannot be read as text: \(problem)", fix: "save the file as UTF-8",
                at: location(ofCharacter: offset ?? 0, in: text, file: file), path: .root)
        default:
            log.error(
                "YAML error: \(error)", fix: fix, at: SourceLocation(file: file, line: 1, column: 1),
                path: .root)
        }
    }

    /// Line and column of the character at `offset`.
    private static func location(ofCharacter offset: Int, in text: String, file: String) -> SourceLocation {
        var line = 1, column = 1
        for character in text.prefix(offset) {
            if character == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}
