import SimKernel

/// Reading probability distributions: `{family: {parameter: value, ...}}`, `{constant: 3}` or
/// a bare number (a constant).
extension NodeReader {
    /// The families a scenario may name, with their parameter keys, in the order messages list
    /// them.
    static let distributionFamilies: [(family: String, parameters: [String])] = [
        ("constant", []),
        ("exponential", ["mean"]),
        ("gamma", ["shape", "scale"]),
        ("lognormal", ["mu", "median", "sigma"]),
        ("weibull", ["shape", "scale"]),
        ("normal", ["mean", "sd"]),
        ("truncated_normal", ["mean", "sd", "lower", "upper"]),
        ("uniform", ["lower", "upper"]),
        ("bernoulli", ["p"]),
        ("poisson", ["mean"]),
        ("binomial", ["n", "p"]),
        ("empirical", ["values", "weights"]),
    ]

    /// The node as a distribution of a quantity that cannot be negative (every distribution in
    /// the model is one: delays, durations, dollars, priors, sentences).
    func distribution() -> Distribution? {
        let example = "such as {exponential: {mean: 30}} or a number"
        if case .scalar(_, let kind) = node.value, kind == .integer || kind == .float {
            return number().flatMap { value in
                build(family: "constant", at: self) { () throws(DistributionError) in
                    try .constant(value)
                }
            }
        }
        guard let entries = node.entries else {
            typeError(expected: "a distribution \(example)", fix: "write a distribution \(example)")
            return nil
        }
        let families = Self.distributionFamilies.map(\.family)
        guard entries.count == 1, let entry = entries.first else {
            let found = entries.isEmpty ? "none" : entries.map(\.key).joined(separator: ", ")
            error(
                "a distribution has exactly one key, its family; found \(found)",
                fix: "write one of \(families.joined(separator: ", ")) with its parameters, \(example)")
            return nil
        }
        guard let parameters = Self.distributionFamilies.first(where: { $0.family == entry.key })?.parameters
        else {
            log.error(
                "unknown distribution '\(entry.key)'\(Suggestion.didYouMean(entry.key, among: families))",
                fix: "use one of \(families.joined(separator: ", "))", at: entry.keyLocation,
                path: path.appending(entry.key))
            return nil
        }
        let body = child(entry.value, key: entry.key)
        if entry.key == "constant" {
            return body.number().flatMap { value in
                build(family: "constant", at: body) { () throws(DistributionError) in
                    try .constant(value)
                }
            }
        }
        guard let fields = body.mapping(allowed: parameters) else { return nil }
        return family(entry.key, fields: fields)
    }

    /// Reads the parameters of `family` and builds it.
    private func family(_ family: String, fields: MappingReader) -> Distribution? {
        func numbers(_ keys: String...) -> [Double]? {
            let values = keys.map { fields.number($0, .finite) }
            return values.contains { $0 == nil } ? nil : values.compactMap { $0 }
        }
        let body = fields.reader
        switch family {
        case "exponential":
            guard let v = numbers("mean") else { return nil }
            return build(family: family, at: body) { () throws(DistributionError) in
                try .exponential(mean: v[0])
            }
        case "gamma":
            guard let v = numbers("shape", "scale") else { return nil }
            return build(family: family, at: body) { () throws(DistributionError) in
                try .gamma(shape: v[0], scale: v[1])
            }
        case "lognormal":
            return lognormal(fields)
        case "weibull":
            guard let v = numbers("shape", "scale") else { return nil }
            return build(family: family, at: body) { () throws(DistributionError) in
                try .weibull(shape: v[0], scale: v[1])
            }
        case "normal":
            guard let v = numbers("mean", "sd") else { return nil }
            return build(family: family, at: body) { () throws(DistributionError) in
                try .normal(mean: v[0], sd: v[1])
            }
        case "truncated_normal":
            guard let v = numbers("mean", "sd", "lower", "upper") else { return nil }
            return build(family: family, at: body) { () throws(DistributionError) in
                try .truncatedNormal(mean: v[0], sd: v[1], lower: v[2], upper: v[3])
            }
        case "uniform":
            guard let v = numbers("lower", "upper") else { return nil }
            return build(family: family, at: body) { () throws(DistributionError) in
                try .uniform(lower: v[0], upper: v[1])
            }
        case "bernoulli":
            guard let v = numbers("p") else { return nil }
            return build(family: family, at: body) { () throws(DistributionError) in try .bernoulli(p: v[0]) }
        case "poisson":
            guard let v = numbers("mean") else { return nil }
            return build(family: family, at: body) { () throws(DistributionError) in try .poisson(mean: v[0])
            }
        case "binomial":
            let n = fields.integer("n", atLeast: 0)
            guard let n, let p = numbers("p") else { return nil }
            return build(family: family, at: body) { () throws(DistributionError) in
                try .binomial(n: n, p: p[0])
            }
        default:
            let values = fields.required("values")?.numbers()
            let weights =
                fields.optional("weights").map { $0.numbers() } ?? values.map { $0.map { _ in 1.0 } }
            guard let values, let weights else { return nil }
            return build(family: family, at: body) { () throws(DistributionError) in
                try .empirical(values: values, weights: weights)
            }
        }
    }

    /// A lognormal given by `mu` or by `median`, and `sigma`.
    private func lognormal(_ fields: MappingReader) -> Distribution? {
        let body = fields.reader
        switch (fields.has("mu"), fields.has("median")) {
        case (true, true):
            body.error("give either 'mu' or 'median', not both", fix: "remove one of them")
            return nil
        case (true, false):
            let mu = fields.number("mu", .finite), sigma = fields.number("sigma", .finite)
            guard let mu, let sigma else { return nil }
            return build(family: "lognormal", at: body) { () throws(DistributionError) in
                try .lognormal(mu: mu, sigma: sigma)
            }
        default:
            let median = fields.number("median", .finite), sigma = fields.number("sigma", .finite)
            guard let median, let sigma else { return nil }
            return build(family: "lognormal", at: body) { () throws(DistributionError) in
                try .lognormal(median: median, sigma: sigma)
            }
        }
    }

    /// Calls a distribution factory; reports its error at the parameter it names, and refuses
    /// a distribution that can give negative values.
    private func build(
        family: String, at body: NodeReader,
        _ make: () throws(DistributionError) -> Distribution
    ) -> Distribution? {
        let distribution: Distribution
        do {
            distribution = try make()
        } catch {
            let parameterNode =
                body.node[error.parameter].map { body.child($0, key: error.parameter) } ?? body
            let requirement = error.requirement
            let fix =
                requirement.hasPrefix("be ")
                ? "make '\(error.parameter)' \(requirement.dropFirst(3))"
                : "change '\(error.parameter)' to \(requirement)"
            parameterNode.error(error.description, fix: fix)
            return nil
        }
        if let lowest = Self.lowestValue(of: distribution), lowest < 0 {
            error(
                "\(family) can give negative values (down to \(NumberText.format(lowest))), but \(path.lastKey ?? "this") cannot be negative",
                fix:
                    "use a distribution on [0, ∞) (exponential, gamma, lognormal, weibull) or truncated_normal with lower: 0"
            )
            return nil
        }
        return distribution
    }

    /// The smallest value `distribution` can give.
    static func lowestValue(of distribution: Distribution) -> Double? {
        switch distribution.kind {
        case .constant(let value): value
        case .normal: -Double.infinity
        case .truncatedNormal(_, _, let lower, _): lower
        case .uniform(let lower, _): lower
        case .empirical(let table): table.values.min()
        case .exponential, .gamma, .lognormal, .weibull, .bernoulli, .poisson, .binomial: 0
        }
    }
}
