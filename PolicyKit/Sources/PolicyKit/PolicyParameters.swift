/// A parameter value was missing, of the wrong type, out of range or unknown.
public struct PolicyParameterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The parameter's key.
    public var parameter: String
    /// What is wrong and, where possible, how to fix it.
    public var message: String

    /// Creates an error.
    public init(parameter: String, message: String) {
        self.parameter = parameter
        self.message = message
    }

    /// "parameter 'x': message".
    public var description: String { "parameter '\(parameter)': \(message)" }
}

/// The checked parameter values of one policy, defaults filled in.
public struct PolicyParameters: Sendable, Equatable {
    /// Values by key.
    public private(set) var values: [String: ParameterValue]

    /// Creates the values from `given` and the defaults of `specs`.
    /// - Throws: ``PolicyParameterError`` for an unknown key (with the closest known one) or a
    ///   value that ``ParameterSpec/problem(with:)`` rejects.
    public init(_ given: [String: ParameterValue], specs: [ParameterSpec]) throws(PolicyParameterError) {
        var values: [String: ParameterValue] = [:]
        for key in given.keys.sorted() where !specs.contains(where: { $0.name == key }) {
            let known = specs.map(\.name)
            let hint = ClosestName.suggestion(for: key, among: known).map { "did you mean '\($0)'? " } ?? ""
            throw PolicyParameterError(
                parameter: key,
                message:
                    "unknown parameter; \(hint)known parameters: \(known.isEmpty ? "none" : known.joined(separator: ", "))"
            )
        }
        for spec in specs {
            var value = given[spec.name] ?? spec.defaultValue
            if case .number = spec.kind, case .integer(let n) = value { value = .number(Double(n)) }
            if let problem = spec.problem(with: value) {
                throw PolicyParameterError(parameter: spec.name, message: problem)
            }
            values[spec.name] = value
        }
        self.values = values
    }

    /// The number for `key` (a declared `.number` parameter).
    public func number(_ key: String) -> Double {
        switch values[key] {
        case .number(let x): x
        case .integer(let n): Double(n)
        default: preconditionFailure("policy parameter '\(key)' is not a declared number")
        }
    }

    /// The whole number for `key`.
    public func integer(_ key: String) -> Int {
        guard case .integer(let n) = values[key] else {
            preconditionFailure("policy parameter '\(key)' is not a declared integer")
        }
        return n
    }

    /// The flag for `key`.
    public func flag(_ key: String) -> Bool {
        guard case .flag(let b) = values[key] else {
            preconditionFailure("policy parameter '\(key)' is not a declared flag")
        }
        return b
    }

    /// The chosen word for `key`.
    public func text(_ key: String) -> String {
        guard case .text(let s) = values[key] else {
            preconditionFailure("policy parameter '\(key)' is not a declared choice")
        }
        return s
    }

    /// The names for `key`.
    public func names(_ key: String) -> [String] {
        guard case .names(let list) = values[key] else {
            preconditionFailure("policy parameter '\(key)' is not a declared name list")
        }
        return list
    }

    /// The table for `key`.
    public func table(_ key: String) -> [String: Double] {
        guard case .table(let map) = values[key] else {
            preconditionFailure("policy parameter '\(key)' is not a declared table")
        }
        return map
    }
}
