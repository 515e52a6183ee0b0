import ArgumentParser
import PolicyKit

/// A decision point as `--decision` takes it: its scenario key with hyphens (`bail-review`)
/// or underscores (`bail_review`).
extension DecisionPoint: @retroactive ExpressibleByArgument {
    /// The decision point named `argument` (`bail-review` or `bail_review`).
    public init?(argument: String) {
        self.init(rawValue: argument.replacingOccurrences(of: "-", with: "_"))
    }

    /// The spelling `--decision` shows in its help.
    public var defaultValueDescription: String { rawValue.replacingOccurrences(of: "_", with: "-") }

    /// Every spelling, for the help text.
    public static var allValueStrings: [String] { allCases.map(\.defaultValueDescription) }
}
