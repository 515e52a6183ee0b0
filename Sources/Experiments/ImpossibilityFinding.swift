import Foundation
import PretrialModel
import SimKernel

/// The impossibility result (Kleinberg, Mullainathan & Raghavan 2016; Chouldechova 2017) read
/// on a threshold sweep's own numbers, on the true outcomes: when the groups' base rates differ,
/// a score calibrated within groups cannot give them equal false-positive and false-negative
/// rates (except by perfect prediction). For each group against the reference group it reports
/// the base rates, the thresholds at which calibration within groups holds within simulation
/// error (the outcome rate of every score decile equal across the two groups; and, for the
/// flag itself, equal positive predictive value), the error-rate gaps there, and where the gaps
/// are smallest. "Holds" and "equal" mean only that the 95% interval of the paired gap includes
/// zero: with few replications that is weak evidence, and the sentences say which it is.
public struct ImpossibilityFinding: Sendable {
    /// One threshold's gaps between a group and the reference group.
    public struct PointGaps: Sendable {
        /// The sweep's threshold.
        public var threshold: Double
        /// The share of scored cases flagged, overall.
        public var flaggedShare: Double
        /// Positive predictive value, group − reference.
        public var positivePredictiveValue: GroupGap?
        /// False-positive rate, group − reference.
        public var falsePositiveRate: GroupGap?
        /// False-negative rate, group − reference.
        public var falseNegativeRate: GroupGap?
        /// The outcome rate of each score decile both groups have, group − reference.
        public var calibration: [(decile: Int, gap: GroupGap)]

        /// Whether every decile's outcome rate is equal across the groups within simulation
        /// error (and at least one decile could be compared).
        public var calibrated: Bool { !calibration.isEmpty && calibration.allSatisfy { $0.gap.withinSimulationError } }
        /// Whether the flag's positive predictive value is equal within simulation error.
        public var predictiveParity: Bool { positivePredictiveValue?.withinSimulationError ?? false }
        /// Whether both error rates are equal within simulation error.
        public var equalErrorRates: Bool {
            (falsePositiveRate?.withinSimulationError ?? false) && (falseNegativeRate?.withinSimulationError ?? false)
        }
        /// The decile with the largest calibration gap.
        public var worstDecile: (decile: Int, gap: GroupGap)? {
            calibration.max { abs($0.gap.gap.mean) < abs($1.gap.gap.mean) }
        }
        /// Whether (nearly) everyone or no one is flagged, where error rates are equal trivially.
        public var degenerate: Bool { flaggedShare >= 0.995 || flaggedShare <= 0.005 }
    }

    /// A group against the reference group.
    public struct Comparison: Sendable {
        /// The group.
        public var group: String
        /// The reference group.
        public var reference: String
        /// The threshold at which the base rates are read (the sweep's middle point: the true
        /// outcome exists for everyone, so it barely moves with the threshold).
        public var baseRateThreshold: Double
        /// The group's true base rate.
        public var groupBaseRate: Estimate
        /// The reference group's.
        public var referenceBaseRate: Estimate
        /// Group − reference.
        public var baseRateGap: GroupGap?
        /// The gaps at each threshold.
        public var points: [PointGaps]

        /// Whether the base rates differ beyond simulation error.
        public var unequalBaseRates: Bool { baseRateGap.map { !$0.withinSimulationError } ?? false }
    }

    /// The outcomes the finding is read on (the true ones).
    public static let kind = FairnessFigure.Kind.truth
    /// One per group other than the reference group.
    public var comparisons: [Comparison]
    /// Replications per threshold.
    public var replications: Int

    /// Reads the finding from `result`; no comparisons when the run has no fairness figures.
    public init(_ result: ThresholdSweepResult) {
        replications = result.replications
        guard result.hasFairnessFigures, !result.points.isEmpty else {
            comparisons = []
            return
        }
        let kind = Self.kind
        let middle = result.points[result.points.count / 2]
        let baseRate = FairnessFigure(.outcomeRate, kind).metric
        comparisons = result.comparedGroups.map { group in
            let reference = result.referenceGroup
            let points = result.points.map { point in
                PointGaps(
                    threshold: point.threshold, flaggedShare: point.estimate(FairnessFigure.flaggedShare).mean,
                    positivePredictiveValue: point.gap(
                        FairnessFigure(.positivePredictiveValue, kind).metric, group: group, reference: reference),
                    falsePositiveRate: point.gap(
                        FairnessFigure(.falsePositiveRate, kind).metric, group: group, reference: reference),
                    falseNegativeRate: point.gap(
                        FairnessFigure(.falseNegativeRate, kind).metric, group: group, reference: reference),
                    calibration: (1...10).compactMap { decile in
                        point.gap(FairnessFigure.decile(decile, kind), group: group, reference: reference).map {
                            (decile, $0)
                        }
                    })
            }
            return Comparison(
                group: group, reference: reference, baseRateThreshold: middle.threshold,
                groupBaseRate: middle.estimate(baseRate, .group(group)),
                referenceBaseRate: middle.estimate(baseRate, .group(reference)),
                baseRateGap: middle.gap(baseRate, group: group, reference: reference), points: points)
        }
    }

    /// The finding in sentences, group by group (empty when the run has no fairness figures).
    public var sentences: [String] { comparisons.flatMap { sentences(for: $0) } }

    /// The sentences for one comparison.
    func sentences(for c: Comparison) -> [String] {
        let pair = "\(c.group) against \(c.reference)"
        var out: [String] = []
        let baseRates =
            "Base rates (true outcome, at t=\(c.baseRateThreshold)): \(c.group) \(Self.figure(c.groupBaseRate)), "
            + "\(c.reference) \(Self.figure(c.referenceBaseRate))"
        guard let baseGap = c.baseRateGap else {
            return [baseRates + "; the gap has too few replications to compare (\(pair))."]
        }
        if c.unequalBaseRates {
            out.append(
                baseRates + "; gap \(Self.gap(baseGap)): unequal beyond simulation error, so calibration within groups "
                    + "and equal false-positive and false-negative rates cannot all hold at once (\(pair)).")
        } else {
            out.append(
                baseRates + "; gap \(Self.gap(baseGap)): not distinguishable from equal within simulation error, so "
                    + "the impossibility result need not bind for \(pair).")
        }
        let calibrated = c.points.filter(\.calibrated)
        let parity = c.points.filter(\.predictiveParity)
        if calibrated.isEmpty {
            let worst = c.points.compactMap { point in point.worstDecile.map { (point.threshold, $0) } }
                .max { abs($0.1.gap.gap.mean) < abs($1.1.gap.gap.mean) }
            out.append(
                "Calibration within groups (true outcome rate by score decile) holds at no threshold of the sweep "
                    + "for \(pair)"
                    + (worst.map { " (largest gap: decile \($0.1.decile) at t=\($0.0), \(Self.gap($0.1.gap)))" } ?? "")
                    + ".")
        } else {
            let widest = calibrated.flatMap(\.calibration).map(\.gap.gap.halfWidth).filter(\.isFinite).max() ?? .nan
            out.append(
                "Calibration within groups (true outcome rate by score decile) holds within simulation error for "
                    + "\(pair) at " + Self.list(calibrated.map(\.threshold))
                    + (widest.isFinite
                        ? " (the decile gaps' intervals are up to ±\(Self.fixed(widest)) wide over \(replications) "
                            + "replications: a smaller miscalibration would not show)" : "")
                    + ".")
        }
        out.append(
            parity.isEmpty
                ? "Equal positive predictive value (the flag calibrated) holds at no threshold for \(pair)."
                : "Equal positive predictive value (the flag calibrated) holds within simulation error for \(pair) at "
                    + Self.list(parity.map(\.threshold)) + ".")
        let calibratedPoints = calibrated.isEmpty ? parity : calibrated
        let which = calibrated.isEmpty ? "equal positive predictive value" : "calibration"
        let trivial = calibratedPoints.filter(\.degenerate)
        let informativeCalibrated = calibratedPoints.filter { !$0.degenerate }
        if !informativeCalibrated.isEmpty {
            let unequal = informativeCalibrated.filter { !$0.equalErrorRates }
            let words = informativeCalibrated.map { point in
                "t=\(point.threshold): FPR gap \(point.falsePositiveRate.map(Self.gap) ?? "—"), FNR gap "
                    + (point.falseNegativeRate.map(Self.gap) ?? "—")
            }
            out.append(
                "Where \(which) holds and the flag separates anyone, the error rates "
                    + (unequal.count == informativeCalibrated.count
                        ? "are unequal beyond simulation error at every such threshold"
                        : unequal.isEmpty
                            ? "are also equal within simulation error at every such threshold"
                            : "are unequal beyond simulation error at " + Self.list(unequal.map(\.threshold)))
                    + ": " + words.joined(separator: "; ") + ".")
        }
        if !trivial.isEmpty {
            out.append(
                "At " + Self.list(trivial.map(\.threshold)) + " (nearly) everyone or no one is flagged, so the error "
                    + "rates are equal only trivially (a false-positive rate of 1 or 0 for every group).")
        }
        let informative = c.points.filter { !$0.degenerate }
        if let fpr = Self.smallest(informative, \.falsePositiveRate),
            let fnr = Self.smallest(informative, \.falseNegativeRate)
        {
            out.append(
                "Among thresholds that flag some but not all, the FPR gap is smallest at t=\(fpr.threshold) "
                    + "(\(fpr.falsePositiveRate.map(Self.gap) ?? "—")"
                    + (fpr.predictiveParity
                        ? ", PPV equal there" : ", PPV gap \(fpr.positivePredictiveValue.map(Self.gap) ?? "—")")
                    + ") and the FNR gap at t=\(fnr.threshold) (\(fnr.falseNegativeRate.map(Self.gap) ?? "—")"
                    + (fnr.predictiveParity
                        ? ", PPV equal there" : ", PPV gap \(fnr.positivePredictiveValue.map(Self.gap) ?? "—")")
                    + ").")
        }
        let all = c.points.filter { ($0.calibrated || $0.predictiveParity) && $0.equalErrorRates && !$0.degenerate }
        if all.isEmpty {
            out.append(
                "At no threshold that flags some but not all do calibration (or equal PPV) and equal FPR and FNR hold "
                    + "together within simulation error for \(pair).")
        } else {
            out.append(
                "At " + Self.list(all.map(\.threshold)) + " calibration (or equal PPV) and equal FPR and FNR all hold "
                    + "within simulation error for \(pair): the theorem concerns exact equality, and with "
                    + "\(replications) replications these intervals cannot tell apart gaps smaller than their width "
                    + (c.unequalBaseRates ? "" : "(and the base rates here are not distinguishable either)")
                    + "; more replications would.")
        }
        return out
    }

    /// The point whose `gap` is smallest in absolute value.
    static func smallest(_ points: [PointGaps], _ gap: KeyPath<PointGaps, GroupGap?>) -> PointGaps? {
        points.filter { $0[keyPath: gap]?.gap.mean.isFinite ?? false }
            .min { abs($0[keyPath: gap]!.gap.mean) < abs($1[keyPath: gap]!.gap.mean) }
    }

    /// "t=0.3, t=0.4 and t=0.5".
    static func list(_ thresholds: [Double]) -> String {
        let names = thresholds.map { "t=\($0)" }
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    /// An estimate for prose: "0.412 [0.398, 0.426]".
    static func figure(_ e: Estimate) -> String {
        guard e.mean.isFinite else { return "—" }
        guard e.halfWidth.isFinite else { return fixed(e.mean) }
        return "\(fixed(e.mean)) [\(fixed(e.lower)), \(fixed(e.upper))]"
    }

    /// A gap for prose, signed: "+0.112 [0.090, 0.134]".
    static func gap(_ g: GroupGap) -> String {
        let e = g.gap
        guard e.mean.isFinite else { return "—" }
        let sign = e.mean > 0 ? "+" : ""
        guard e.halfWidth.isFinite else { return sign + fixed(e.mean) }
        return "\(sign)\(fixed(e.mean)) [\(fixed(e.lower)), \(fixed(e.upper))]"
    }

    /// Three decimals, with a true minus sign.
    static func fixed(_ value: Double) -> String {
        let text = String(format: "%.3f", value)
        return text == "-0.000" ? "0.000" : text.replacingOccurrences(of: "-", with: "−")
    }
}
