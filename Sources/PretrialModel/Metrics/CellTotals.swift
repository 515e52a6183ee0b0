import SimKernel

/// Running totals for one breakdown cell during a replication.
///
/// The process keeps one set of totals for each combination of group, charge class and
/// income quintile, so that an event updates one set instead of four (overall, group, class,
/// quintile); the cells of the breakdown are sums of these (``add(_:)``) when the figures are
/// read.
struct CellTotals {
    var arrests = 0
    var booked = 0
    var cited = 0
    var detainedPastFirstAppearance = 0
    var detainedPast3Days = 0
    /// Cases held at first appearance whose detention went past 3 days.
    var heldPast3DaysFromFirstAppearance = 0
    var firstAppearances = 0
    var moneyBail = 0
    var bailUnaffordable = 0
    /// Detention days per case, for the median and 90th percentile.
    var detentionDays = QuantileHistogram()
    var detentionCases = 0
    var bedDays = 0.0
    /// Days of jail sentences (a year or less) still to serve after credit for time served.
    var sentencedJailDays = 0.0
    var jail = TimeWeightedAverage()
    var jailAverage = Double.nan
    var offersDetained = 0
    var pleasDetained = 0
    var offersReleased = 0
    var pleasReleased = 0
    var disposed = 0
    var pleas = 0
    var convictions = 0
    var innocentConvictions = 0
    var innocentPleas = 0
    var innocentConvictionsAtTrial = 0
    var courtDatesReleased = 0
    var failuresToAppear = 0
    var releasedCases = 0
    var newArrests = 0
    var timeToDispositionSum = 0.0
    var tried = 0
    var trialWaitSum = 0.0
    var custodyLimitReleases = 0
    var longerThanSentence = 0
    var openAtEnd = 0

    /// Creates empty totals.
    init() {}

    /// Records the pre-trial detention of one case.
    /// - Parameter heldAtFirstAppearance: whether the case was in custody right after its
    ///   first-appearance decision.
    @inline(__always)
    mutating func recordDetention(_ days: Double, heldAtFirstAppearance: Bool) {
        detentionCases += 1
        bedDays += days
        if days > 3 {
            detainedPast3Days += 1
            if heldAtFirstAppearance { heldPast3DaysFromFirstAppearance += 1 }
        }
        detentionDays.record(days)
    }

    /// Adds the totals of `other` (another combination of group, charge class and quintile)
    /// to these.
    /// The time-average jail population adds up too: every set is averaged over the same
    /// interval.
    mutating func add(_ other: CellTotals) {
        arrests += other.arrests
        booked += other.booked
        cited += other.cited
        detainedPastFirstAppearance += other.detainedPastFirstAppearance
        detainedPast3Days += other.detainedPast3Days
        heldPast3DaysFromFirstAppearance += other.heldPast3DaysFromFirstAppearance
        firstAppearances += other.firstAppearances
        moneyBail += other.moneyBail
        bailUnaffordable += other.bailUnaffordable
        detentionCases += other.detentionCases
        detentionDays.add(other.detentionDays)
        bedDays += other.bedDays
        sentencedJailDays += other.sentencedJailDays
        jailAverage += other.jailAverage
        offersDetained += other.offersDetained
        pleasDetained += other.pleasDetained
        offersReleased += other.offersReleased
        pleasReleased += other.pleasReleased
        disposed += other.disposed
        pleas += other.pleas
        convictions += other.convictions
        innocentConvictions += other.innocentConvictions
        innocentPleas += other.innocentPleas
        innocentConvictionsAtTrial += other.innocentConvictionsAtTrial
        courtDatesReleased += other.courtDatesReleased
        failuresToAppear += other.failuresToAppear
        releasedCases += other.releasedCases
        newArrests += other.newArrests
        timeToDispositionSum += other.timeToDispositionSum
        tried += other.tried
        trialWaitSum += other.trialWaitSum
        custodyLimitReleases += other.custodyLimitReleases
        longerThanSentence += other.longerThanSentence
        openAtEnd += other.openAtEnd
    }

    /// The cell's figures.
    func values(costPerBedDay: Double) -> [MetricID: Double] {
        func share(_ part: Int, _ whole: Int) -> Double { whole == 0 ? .nan : Double(part) / Double(whole) }
        func mean(_ sum: Double, _ count: Int) -> Double { count == 0 ? .nan : sum / Double(count) }
        return [
            .arrests: Double(arrests),
            .bookedShare: share(booked, arrests),
            .citedShare: share(cited, arrests),
            .detainedPastFirstAppearanceShare: share(detainedPastFirstAppearance, arrests),
            .detainedPast3DaysShare: share(detainedPast3Days, arrests),
            .heldAtFirstAppearancePast3DaysShare: share(heldPast3DaysFromFirstAppearance, arrests),
            .moneyBailShare: share(moneyBail, firstAppearances),
            .bailUnaffordableShare: share(bailUnaffordable, moneyBail),
            .pretrialDetentionDays: mean(bedDays, detentionCases),
            .pretrialDetentionDaysMedian: detentionDays.quantile(0.5),
            .pretrialDetentionDaysP90: detentionDays.quantile(0.9),
            .bedDays: bedDays,
            .jailPopulationAverage: jailAverage,
            .pretrialShareOfJailDays: bedDays + sentencedJailDays > 0 ? bedDays / (bedDays + sentencedJailDays) : .nan,
            .guiltyPleaShareDetained: share(pleasDetained, offersDetained),
            .guiltyPleaShareReleased: share(pleasReleased, offersReleased),
            .pleaShare: share(pleas, disposed),
            .convictionShare: share(convictions, disposed),
            .innocentConvictions: Double(innocentConvictions),
            .innocentPleas: Double(innocentPleas),
            .innocentConvictionsAtTrial: Double(innocentConvictionsAtTrial),
            .casesDisposed: Double(disposed),
            .failureToAppearRate: share(failuresToAppear, courtDatesReleased),
            .newArrestRate: share(newArrests, releasedCases),
            .timeToDispositionDays: mean(timeToDispositionSum, disposed),
            .casesTried: Double(tried),
            .trialWaitDays: mean(trialWaitSum, tried),
            .custodyLimitReleases: Double(custodyLimitReleases),
            .detainedLongerThanSentence: Double(longerThanSentence),
            .costDollars: bedDays * costPerBedDay,
            .openCasesAtEnd: Double(openAtEnd),
        ]
    }
}
