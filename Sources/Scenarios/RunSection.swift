import Foundation

/// The `run` section: the arrest window, warm-up and safety stop of the model, and the
/// replications, seed and reference group that all variants share.
struct RunSection {
    /// The keys allowed in `run`.
    static let keys = [
        "arrest_window_days", "warm_up_days", "max_days", "replications", "seed", "reference_group", "series",
    ]

    /// `arrest_window_days`: arrests happen on [0, T).
    var arrestWindowDays: Double?
    /// `warm_up_days` (default 0).
    var warmUpDays: Double?
    /// `max_days`: the safety stop.
    var maximumDays: Double?
    /// `replications`.
    var replications: Int?
    /// `seed`.
    var seed: UInt64?
    /// `reference_group`, if given.
    var referenceGroup: String?
    /// `series` (default false): keep each replication's daily series
    /// (``ModelConfiguration/keepsDailySeries``).
    var keepsSeries = false
    /// The reader of `reference_group`, to report a name that is not a group.
    var referenceGroupReader: NodeReader?

    /// Reads the section, reporting each problem; `nil` if it is not a mapping.
    init?(reading node: NodeReader) {
        guard let fields = node.mapping(allowed: Self.keys) else { return nil }
        arrestWindowDays = fields.number("arrest_window_days", .positive)
        warmUpDays = fields.number("warm_up_days", .nonNegative, default: 0)
        maximumDays = fields.number("max_days", .positive)
        replications = fields.integer("replications", atLeast: 1)
        seed = fields.required("seed").flatMap(Self.seed(_:))
        referenceGroupReader = fields.optional("reference_group")
        referenceGroup = referenceGroupReader?.name()
        keepsSeries = fields.optional("series")?.flag() ?? false

        if let window = arrestWindowDays, let warmUp = warmUpDays, warmUp >= window,
            let reader = fields.optional("warm_up_days")
        {
            reader.error(
                "warm_up_days (\(NumberText.format(warmUp))) is not less than arrest_window_days "
                    + "(\(NumberText.format(window))): no arrest would be counted",
                fix: "make warm_up_days shorter than the arrest window")
            warmUpDays = nil
        }
        if let window = arrestWindowDays, let maximum = maximumDays, maximum < window,
            let reader = fields.optional("max_days")
        {
            reader.error(
                "max_days (\(NumberText.format(maximum))) stops the run before the arrest window "
                    + "(\(NumberText.format(window)) days) closes",
                fix: "make max_days at least arrest_window_days, and longer so that cases can finish")
            maximumDays = nil
        }
    }

    /// A seed: a whole number from 0 to 2⁶⁴ − 1.
    private static func seed(_ reader: NodeReader) -> UInt64? {
        if case .scalar(let text, .integer) = reader.node.value,
            let seed = UInt64(text.replacingOccurrences(of: "_", with: ""))
        {
            return seed
        }
        reader.error(
            "expected a seed (a whole number from 0 to \(UInt64.max)), found \(reader.node.kindDescription)",
            fix: "write a whole number such as 1")
        return nil
    }
}
