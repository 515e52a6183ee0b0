import SimKernel

/// The running totals of one combination of group, charge class and income quintile that are
/// not plain counters: the histogram of detention days and the jail population over time.
/// (The counters are in the process's ``CounterBlock`` memory.)
struct CombinationTotals {
    /// Detention days per case, for the median and 90th percentile.
    var detentionDays = QuantileHistogram()
    /// Money bail set at first appearance (dollars), for the median.
    var bailAmounts = QuantileHistogram.dollars()
    /// Days from arrest to disposition per disposed case, for the median.
    var dispositionDays = QuantileHistogram()
    /// The number held pre-trial over time.
    var jail = TimeWeightedAverage()
    /// ``jail``'s average between the warm-up and the end of the arrest window, once known.
    var jailAverage = Double.nan
}

/// The totals of one breakdown cell when the figures are read: the sum of the totals of every
/// combination of group, charge class and quintile in it.
struct CellTotals {
    var counters = CounterBlock()
    var detentionDays = QuantileHistogram()
    var bailAmounts = QuantileHistogram.dollars()
    var dispositionDays = QuantileHistogram()
    /// The time-average jail population adds up too: every combination is averaged over the
    /// same interval.
    var jailAverage = 0.0

    /// Adds one combination's counters (a block of ``ProcessCounter/count`` values) and totals.
    mutating func add(counters block: UnsafePointer<Double>, _ combination: CombinationTotals) {
        counters.add(block)
        detentionDays.add(combination.detentionDays)
        bailAmounts.add(combination.bailAmounts)
        dispositionDays.add(combination.dispositionDays)
        jailAverage += combination.jailAverage
    }

    /// The cell's value of a figure made by `formula`, with its numerator and denominator for
    /// a rate, a mean or a share of a sum (the sum is the denominator); NaN for other figures.
    func figure(_ formula: MetricFormula, costPerBedDay: Double, countedDays: Double = .nan) -> (
        value: Double, numerator: Double, denominator: Double
    ) {
        switch formula {
        case .count(let counter):
            return (counters[counter], .nan, .nan)
        case .share(let part, let whole), .mean(let part, let whole):
            let (numerator, denominator) = (counters[part], counters[whole])
            return (denominator == 0 ? .nan : numerator / denominator, numerator, denominator)
        case .shareOfSum(let part, let other):
            let (numerator, denominator) = (counters[part], counters[part] + counters[other])
            return (denominator > 0 ? numerator / denominator : .nan, numerator, denominator)
        case .costOf(let counter):
            return (counters[counter] * costPerBedDay, .nan, .nan)
        case .detentionQuantile(let p):
            return (detentionDays.quantile(p), .nan, .nan)
        case .bailQuantile(let p):
            return (bailAmounts.quantile(p), .nan, .nan)
        case .dispositionQuantile(let p):
            return (dispositionDays.quantile(p), .nan, .nan)
        case .jailPopulationAverage:
            return (jailAverage, .nan, .nan)
        case .replicationWide:
            return (.nan, .nan, .nan)
        case .riskAreaUnderCurve(let observed):
            let positives = (1...RiskCurve.deciles).map {
                counters[ProcessCounter.riskDecile($0, positive: true, observed: observed)]
            }
            let negatives = (1...RiskCurve.deciles).map {
                counters[ProcessCounter.riskDecile($0, positive: false, observed: observed)]
            }
            return (RiskCurve.areaUnderCurve(positives: positives, negatives: negatives), .nan, .nan)
        case .detentionLengthShare(let above, let atMost, let among):
            let remanded = detentionDays.count - detentionDays.count(atMost: among)
            let inBand = detentionDays.count(atMost: atMost) - detentionDays.count(atMost: above)
            return (remanded > 0 ? Double(inBand) / Double(remanded) : .nan, Double(inBand), Double(remanded))
        case .perCountedDay(let counter):
            return (countedDays > 0 ? counters[counter] / countedDays : .nan, .nan, .nan)
        case .pretrialShareWith(let counter):
            let other = countedDays > 0 ? counters[counter] / countedDays : .nan
            let whole = jailAverage + other
            return (whole > 0 ? jailAverage / whole : .nan, .nan, .nan)
        case .difference(let first, let second):
            let value =
                figure(first, costPerBedDay: costPerBedDay, countedDays: countedDays).value
                - figure(second, costPerBedDay: costPerBedDay, countedDays: countedDays).value
            return (value, .nan, .nan)
        }
    }
}

extension QuantileHistogram {
    /// An empty histogram of dollar amounts: whole dollars up to $100 million.
    static func dollars() -> QuantileHistogram { QuantileHistogram(resolution: 1, highest: 1e8) }
}
