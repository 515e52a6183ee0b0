import CYaml

/// Measures a YAML text event by event with libyaml before it is composed into a tree, and
/// finds the first place where it exceeds the ``LoaderLimits``.
///
/// Yams composes an alias as a shared reference to its anchor's node, so a 412-byte "billion
/// laughs" composes in a moment; but everything that walks the tree afterwards (its conversion
/// into ``DocumentNode``, hashing of mapping keys, decoding) visits each alias's whole node
/// again, a billion nodes in all, and a chain of anchors each nesting the one before goes deep
/// enough to overflow the stack. Here each anchor's expanded size (values, nesting levels,
/// characters) is remembered as its node ends, and each alias adds its anchor's size, so the
/// expanded document is measured in one pass over the text's own events, without expanding
/// anything. Nothing recurses, so no depth of nesting can overflow the stack here.
///
/// libyaml's own syntax errors are left to the composer, which reports them with their place.
enum YAMLMeasure {
    /// A limit exceeded, and where.
    struct Problem: Equatable {
        /// What is too large, naming the limit.
        var message: String
        /// How to fix it, and how to raise the limit where `--force` does.
        var fix: String
        /// Line of the value that crossed the limit, from 1.
        var line: Int
        /// Its column, from 1.
        var column: Int
    }

    /// The first limit `text` exceeds, or `nil` if it stays within `limits` (or has a syntax
    /// error before it exceeds any).
    static func check(_ text: String, limits: LoaderLimits) -> Problem? {
        var bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return nil }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeMutableBufferPointer { buffer -> Problem? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var tally = Tally(limits: limits)
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                let mark = (line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
                let outcome: Tally.Outcome
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return nil
                case YAML_SCALAR_EVENT:
                    outcome = tally.scalar(
                        length: Int(event.data.scalar.length), anchor: name(event.data.scalar.anchor))
                case YAML_ALIAS_EVENT:
                    outcome = tally.alias(name(event.data.alias.anchor))
                case YAML_SEQUENCE_START_EVENT:
                    outcome = tally.open(anchor: name(event.data.sequence_start.anchor))
                case YAML_MAPPING_START_EVENT:
                    outcome = tally.open(anchor: name(event.data.mapping_start.anchor))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    outcome = tally.close()
                default:
                    outcome = .within
                }
                if case .exceeded(let message, let fix) = outcome {
                    return Problem(message: message, fix: fix, line: mark.line, column: mark.column)
                }
            }
            return nil
        }
    }

    /// An anchor's name from libyaml, if there is one.
    private static func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafePointer($0)) }
    }

    /// The running sizes of the document and of its open lists and mappings.
    private struct Tally {
        /// The size of a value once its aliases are replaced.
        struct Size {
            /// Values: scalars, lists and mappings, counted each time an alias repeats them.
            var nodes: Int
            /// Levels of lists and mappings (0 for a scalar).
            var levels: Int
            /// Characters of its scalars.
            var bytes: Int
        }

        /// A list or mapping not yet closed.
        struct Open {
            var size: Size
            var anchor: String?
        }

        /// Whether a value keeps the document within the limits.
        enum Outcome {
            case within
            case exceeded(message: String, fix: String)
        }

        let limits: LoaderLimits
        var open: [Open] = []
        var anchors: [String: Size] = [:]
        var total = Size(nodes: 0, levels: 0, bytes: 0)
        var aliasesSeen = false

        init(limits: LoaderLimits) { self.limits = limits }

        mutating func scalar(length: Int, anchor: String?) -> Outcome {
            guard length <= limits.scalarBytes else {
                return .exceeded(
                    message: "a value of \(NumberText.grouped(Double(length))) characters is longer than the "
                        + "\(NumberText.grouped(Double(limits.scalarBytes))) a scenario value may have",
                    fix: "shorten it, \(limits.howToRaise(\.scalarBytes, unit: "characters"))")
            }
            let size = Size(nodes: 1, levels: 0, bytes: length)
            if let anchor { anchors[anchor] = size }
            return add(size)
        }

        mutating func alias(_ anchor: String?) -> Outcome {
            aliasesSeen = true
            // An alias of an anchor not yet closed (or never defined) is the composer's error.
            let size = anchor.flatMap { anchors[$0] } ?? Size(nodes: 1, levels: 0, bytes: 0)
            return add(size)
        }

        mutating func open(anchor: String?) -> Outcome {
            open.append(Open(size: Size(nodes: 1, levels: 0, bytes: 0), anchor: anchor))
            return count(Size(nodes: 1, levels: open.count, bytes: 0))
        }

        mutating func close() -> Outcome {
            guard let closed = open.popLast() else { return .within }
            var size = closed.size
            size.levels += 1
            if let anchor = closed.anchor { anchors[anchor] = size }
            if !open.isEmpty { merge(size) }
            return .within
        }

        /// Adds a finished value (a scalar or an alias) to the document and to the list or
        /// mapping it is in.
        private mutating func add(_ size: Size) -> Outcome {
            let outcome = count(Size(nodes: size.nodes, levels: open.count + size.levels, bytes: size.bytes))
            if !open.isEmpty { merge(size) }
            return outcome
        }

        private mutating func merge(_ size: Size) {
            let last = open.count - 1
            open[last].size.nodes += size.nodes
            open[last].size.bytes += size.bytes
            open[last].size.levels = max(open[last].size.levels, size.levels)
        }

        /// Counts `added` into the document's totals; `added.levels` is the depth it reaches.
        private mutating func count(_ added: Size) -> Outcome {
            total.nodes += added.nodes
            total.bytes += added.bytes
            let expanded =
                aliasesSeen ? " once each alias (*name) is replaced by the value its anchor (&name) names" : ""
            if added.levels > limits.depth {
                return .exceeded(
                    message: "lists and mappings are nested more than \(limits.depth) levels deep here"
                        + (aliasesSeen ? " (counting the levels aliases repeat)" : ""),
                    fix: "nest them less deeply: a scenario needs fewer than ten levels "
                        + "\(limits.howToRaise(\.depth, unit: "levels"))")
            }
            if total.nodes > limits.expandedNodes {
                return .exceeded(
                    message: "the file holds more than \(NumberText.grouped(Double(limits.expandedNodes))) values"
                        + expanded + " (the largest shipped scenario holds a few thousand)",
                    fix: "write fewer values" + (aliasesSeen ? " or fewer aliases" : "") + ", "
                        + limits.howToRaise(\.expandedNodes, unit: "values"))
            }
            if total.bytes > limits.expandedScalarBytes {
                return .exceeded(
                    message: "the file's values hold more than "
                        + "\(NumberText.grouped(Double(limits.expandedScalarBytes))) characters" + expanded,
                    fix: "write shorter values" + (aliasesSeen ? " or fewer aliases" : "") + ", "
                        + limits.howToRaise(\.expandedScalarBytes, unit: "characters"))
            }
            return .within
        }
    }
}
