import Foundation

/// The values a number in a scenario may take, and how to say so when it is outside them.
struct NumberRule: Sendable {
    /// What the number must satisfy, completing "must …": "be between 0 and 1".
    let requirement: String
    /// How to fix a value outside the rule.
    let fix: String
    /// Whether a value satisfies the rule.
    let accepts: @Sendable (Double) -> Bool

    /// Any finite number.
    static let finite = NumberRule(requirement: "be a finite number", fix: "write an ordinary number") {
        $0.isFinite
    }

    /// A probability: from 0 to 1.
    static let probability = NumberRule(
        requirement: "be between 0 and 1 (a probability)",
        fix: "use a probability from 0 to 1"
    ) { $0 >= 0 && $0 <= 1 }

    /// A number greater than 0.
    static let positive = NumberRule(requirement: "be greater than 0", fix: "use a number greater than 0") {
        $0 > 0 && $0.isFinite
    }

    /// A number from `lower` to `upper`, where a larger value has no meaning (a cost per bed
    /// day of a trillion dollars) and would only overflow the figures derived from it.
    static func between(_ lower: Double, _ upper: Double, _ unit: String) -> NumberRule {
        let range = "\(NumberText.grouped(lower)) to \(NumberText.grouped(upper))\(unit.isEmpty ? "" : " \(unit)")"
        return NumberRule(requirement: "be from \(range)", fix: "use a number from \(range)") {
            $0 >= lower && $0 <= upper
        }
    }

    /// A number of 0 or more.
    static let nonNegative = NumberRule(requirement: "be 0 or more", fix: "use a number of 0 or more") {
        $0 >= 0 && $0.isFinite
    }
}

/// Numbers as scenario messages print them: whole numbers without ".0", others with at most
/// six decimals ("0.9", not "0.8999999999999999").
enum NumberText {
    /// `x` for a message.
    static func format(_ x: Double) -> String {
        guard x.isFinite else { return "\(x)" }
        if x == x.rounded(), abs(x) < 1e15 { return "\(Int(x))" }
        if abs(x) >= 1e15 { return String(format: "%g", x) }
        if abs(x) < 1e-4 { return String(format: "%g", x) }
        var text = String(format: "%.6f", x)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// `x` with one decimal ("101.6", "2.0"), for estimates.
    static func oneDecimal(_ x: Double) -> String {
        String(format: "%.1f", x)
    }

    /// `x` with thousands separators ("73,000,000"), for counts; from 10¹⁵ on, and for
    /// infinities, as `format(_:)` gives it ("1e+19"), since no integer holds every double.
    static func grouped(_ x: Double) -> String {
        guard x.isFinite, abs(x) < 1e15 else { return x.isFinite ? String(format: "%g", x) : "\(x)" }
        let digits = String(Int(x.rounded()))
        var result = ""
        for (offset, character) in digits.reversed().enumerated() {
            if offset > 0, offset % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return String(result.reversed())
    }
}
