#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import SimKernel

/// How figures are written in tables: enough significant digits to compare, no more. Every
/// human format (terminal, Markdown, LaTeX, HTML) writes a ``ReportCell`` as ``text(_:)``
/// gives it, escaped its own way.
public enum NumberFormat {
    /// A cell as text: an estimate as "mean ± half-width", a comparison as "+difference
    /// [lower, upper]; ×ratio" (or one of the two with its interval), a value as ``figure(_:)``,
    /// "–" for a missing value, "" for an empty cell.
    public static func text(_ cell: ReportCell) -> String {
        switch cell {
        case .estimate(let estimate, _): withHalfWidth(estimate)
        case .comparison(let difference?, let ratio?, _):
            withInterval(difference, signed: true) + "; ×" + figure(ratio.mean)
        case .comparison(let difference?, nil, _): withInterval(difference, signed: true)
        case .comparison(nil, let ratio?, _): withInterval(ratio, signed: false)
        case .comparison(nil, nil, _), .missing: "–"
        case .value(let value, _): figure(value)
        case .text(let words): words
        case .empty: ""
        }
    }

    /// "mean ± half-width", the mean alone without an interval, "–" without a value.
    public static func withHalfWidth(_ estimate: Estimate) -> String {
        guard estimate.count > 0, estimate.mean.isFinite else { return "–" }
        guard estimate.halfWidth.isFinite else { return figure(estimate.mean) }
        return "\(figure(estimate.mean)) ± \(figure(estimate.halfWidth))"
    }

    /// "mean [lower, upper]" (the mean with an explicit sign if `signed`), the mean alone
    /// without an interval.
    public static func withInterval(_ estimate: Estimate, signed: Bool) -> String {
        let mean = signed ? self.signed(estimate.mean) : figure(estimate.mean)
        guard estimate.halfWidth.isFinite else { return mean }
        return "\(mean) [\(figure(estimate.lower)), \(figure(estimate.upper))]"
    }

    /// ``figure(_:)`` with a "+" before a positive number.
    public static func signed(_ value: Double) -> String {
        value.isFinite && value > 0 ? "+" + figure(value) : figure(value)
    }

    /// `value` with about four significant digits (fewer for large numbers), "–" for NaN.
    public static func figure(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "–" : (value > 0 ? "∞" : "-∞") }
        let magnitude = abs(value)
        // From 10¹⁵ on a double need not fit an Int (1e308 does not): three significant digits.
        if magnitude >= 1e15 {
            var buffer = [CChar](repeating: 0, count: 64)
            _ = withVaList([value]) { vsnprintf(&buffer, buffer.count, "%.3g", $0) }
            return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        if magnitude >= 1000 { return grouped(Int(value.rounded())) }
        let decimals = magnitude >= 100 ? 1 : magnitude >= 10 ? 2 : magnitude >= 1 ? 3 : 4
        return fixed(value, decimals: decimals)
    }

    /// `value` with exactly `decimals` digits after the point.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return figure(value) }
        var buffer = [CChar](repeating: 0, count: 64)
        _ = withVaList([value]) { vsnprintf(&buffer, buffer.count, "%.\(decimals)f", $0) }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// A whole number with thousands separators: 12,345.
    public static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return value < 0 ? "-" + out : out
    }
}
