/// The type and allowed values of a policy parameter.
public enum ParameterKind: Sendable, Equatable {
    /// A real number in a range.
    case number(ClosedRange<Double>)
    /// A whole number in a range.
    case integer(ClosedRange<Int>)
    /// True or false.
    case flag
    /// One of a fixed set of words.
    case choice([String])
    /// A list of names (charge classes, groups).
    case names
    /// A number for each of several names (e.g. bail by charge class), each in a range.
    case table(ClosedRange<Double>)

    /// How the kind reads in help text, e.g. "number in [0, 1]".
    public var summary: String {
        switch self {
        case .number(let r):
            "number in [\(ParameterValue.format(r.lowerBound)), \(ParameterValue.format(r.upperBound))]"
        case .integer(let r): "whole number in [\(r.lowerBound), \(r.upperBound)]"
        case .flag: "true or false"
        case .choice(let words): "one of: \(words.joined(separator: ", "))"
        case .names: "list of names"
        case .table(let r):
            "map of name to number in [\(ParameterValue.format(r.lowerBound)), \(ParameterValue.format(r.upperBound))]"
        }
    }
}

/// A value of a policy parameter.
public enum ParameterValue: Sendable, Equatable {
    /// A real number.
    case number(Double)
    /// A whole number.
    case integer(Int)
    /// True or false.
    case flag(Bool)
    /// One word from a choice.
    case text(String)
    /// A list of names.
    case names([String])
    /// A number per name.
    case table([String: Double])

    /// The value as it would be written in a scenario file.
    public var yaml: String {
        switch self {
        case .number(let x): Self.format(x)
        case .integer(let n): "\(n)"
        case .flag(let b): b ? "true" : "false"
        case .text(let s): s
        case .names(let list): "[\(list.joined(separator: ", "))]"
        case .table(let map):
            "{" + map.sorted { $0.key < $1.key }.map { "\($0.key): \(Self.format($0.value))" }.joined(separator: ", ")
                + "}"
        }
    }

    /// A number without a trailing ".0" when it is whole.
    static func format(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return "\(Int(x))" }
        return "\(x)"
    }
}

/// One parameter a policy module accepts.
public struct ParameterSpec: Sendable, Equatable {
    /// The key in the scenario file (snake_case).
    public var name: String
    /// Type and allowed values.
    public var kind: ParameterKind
    /// The value when the scenario does not give one.
    public var defaultValue: ParameterValue
    /// The unit ("days", "dollars", "probability"), or empty.
    public var unit: String
    /// One sentence on what the parameter does.
    public var help: String

    /// Creates a parameter specification.
    public init(
        _ name: String, _ kind: ParameterKind, default defaultValue: ParameterValue, unit: String = "", help: String
    ) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.unit = unit
        self.help = help
    }

    /// Checks `value` against the kind; returns what is wrong, or `nil` when it is valid.
    public func problem(with value: ParameterValue) -> String? {
        switch (kind, value) {
        case (.number(let range), .number(let x)):
            return range.contains(x)
                ? nil
                : "\(ParameterValue.format(x)) is outside [\(ParameterValue.format(range.lowerBound)), \(ParameterValue.format(range.upperBound))]"
        case (.number(let range), .integer(let n)):
            return problem(with: .number(Double(n))).map { _ in
                "\(n) is outside [\(ParameterValue.format(range.lowerBound)), \(ParameterValue.format(range.upperBound))]"
            }
        case (.integer(let range), .integer(let n)):
            return range.contains(n) ? nil : "\(n) is outside [\(range.lowerBound), \(range.upperBound)]"
        case (.flag, .flag):
            return nil
        case (.choice(let words), .text(let word)):
            return words.contains(word) ? nil : "'\(word)' is not one of \(words.joined(separator: ", "))"
        case (.names, .names):
            return nil
        case (.table(let range), .table(let map)):
            for (key, x) in map.sorted(by: { $0.key < $1.key }) where !range.contains(x) {
                return
                    "\(key): \(ParameterValue.format(x)) is outside [\(ParameterValue.format(range.lowerBound)), \(ParameterValue.format(range.upperBound))]"
            }
            return nil
        default:
            return "expected a \(kind.summary)"
        }
    }
}
