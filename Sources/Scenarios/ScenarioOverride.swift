/// One value set on a scenario from outside its file — a sweep's design point, a calibration's
/// candidate, a draw of an uncertain parameter — at the same dotted path a variant's `set`
/// uses (`courts.courtrooms`, `population.groups.B.share`).
///
/// ``ScenarioLoader/load(path:registry:force:overrides:)`` applies the overrides to the
/// document before the baseline and every variant are decoded, so a point changes the baseline
/// and each variant alike, and it is validated exactly as if the file said it.
public struct ScenarioOverride: Sendable, Equatable {
    /// The dotted path, e.g. `courts.courtrooms`.
    public var path: String
    /// The value as YAML text: `14`, `0.35`, `{gamma: {shape: 2, scale: 3}}`.
    public var yaml: String
    /// Where the value comes from, for issues about it: a file, or a name such as
    /// "sweep point 3" (then line and column are those of the entry that made it).
    public var origin: String
    /// The line of ``origin`` issues point at, from 1.
    public var line: Int
    /// The column of ``origin`` issues point at, from 1.
    public var column: Int

    /// Creates an override.
    /// - Parameters:
    ///   - path: The dotted path.
    ///   - yaml: The value as YAML text.
    ///   - origin: Where the value comes from, for issues about it.
    ///   - line: The line issues point at.
    ///   - column: The column issues point at.
    public init(path: String, yaml: String, origin: String, line: Int = 1, column: Int = 1) {
        self.path = path
        self.yaml = yaml
        self.origin = origin
        self.line = line
        self.column = column
    }

    /// An override that sets a number, written so that YAML reads back exactly that `Double`
    /// (an integral value is written without a fraction, so it fits a whole-number key).
    public init(path: String, number: Double, origin: String, line: Int = 1, column: Int = 1) {
        let text =
            number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : "\(number)"
        self.init(path: path, yaml: text, origin: origin, line: line, column: column)
    }
}
