import Foundation
import PretrialModel

/// Checks across sections: sizes that look like mistakes, and a trial queue that cannot keep
/// up.
extension ScenarioDecoder {
    /// Largest expected arrests per replication accepted without `force`.
    static let maximumArrests = 50_000_000.0
    /// Largest replications accepted without `force` (in a file, or from the command line).
    static let maximumReplications = 100_000.0
    /// Largest `max_days` accepted without `force`.
    static let maximumDays = 1_000_000.0
    /// Largest number of courtrooms accepted without `force`.
    static let maximumCourtrooms = 100_000.0

    /// Refuses absurd sizes unless `force`: they are almost always a typo (an extra zero), and
    /// would run for days or exhaust memory before anyone noticed.
    func checkSizes(root: DocumentNode) {
        guard !force else { return }
        let forceFix = "pass --force if this is intended"
        if let rateNode = root.lookup("arrests", "rate_per_day"), let rate = rateNode.number,
            let window = root.lookup("run", "arrest_window_days")?.number, rate * window > Self.maximumArrests
        {
            log.error(
                "expected \(NumberText.grouped(rate * window)) arrests per replication "
                    + "(\(NumberText.format(rate)) a day for \(NumberText.format(window)) days) is more than "
                    + "the 50 million accepted without --force",
                fix: "lower rate_per_day or run.arrest_window_days, or \(forceFix)",
                at: rateNode.location, path: DocumentPath.root.appending("arrests").appending("rate_per_day"))
        }
        let limits: [(section: String, key: String, limit: Double, what: String)] = [
            ("run", "replications", Self.maximumReplications, "replications"),
            ("run", "max_days", Self.maximumDays, "days of simulated time"),
            ("courts", "courtrooms", Self.maximumCourtrooms, "courtrooms"),
        ]
        for (section, key, limit, what) in limits {
            guard let node = root.lookup(section, key), let value = node.number, value > limit else {
                continue
            }
            log.error(
                "\(NumberText.grouped(value)) \(what) is more than the \(NumberText.grouped(limit)) "
                    + "accepted without --force",
                fix: "lower \(key), or \(forceFix)", at: node.location,
                path: DocumentPath.root.appending(section).appending(key))
        }
    }

    /// Warns when the trials the courts are offered each day need at least as many courtrooms
    /// as there are: the queue then has no steady state and grows for as long as arrests go on.
    ///
    /// Offered load = arrests a day × (1 − dismissal)ⁿ × (1 − p̄)ⁿ × mean trial length, with
    /// n court dates before trial and p̄ the mean of the detained and released plea
    /// acceptance plus its discount effect at an offer of 60% of the trial sentence (the
    /// standard-plea default) — a rough estimate that ignores citations, warrants and policy
    /// effects; the run itself reports the real backlog.
    func checkTrialWorkload(_ configuration: ModelConfiguration, root: DocumentNode) {
        let n = Double(configuration.process.courtDatesBeforeTrial)
        let plea = configuration.behaviour.plea
        let meanAcceptance = min(1, (plea.detained + plea.released) / 2 + plea.discountEffect * 0.4)
        let trialsPerDay =
            configuration.arrests.ratePerDay
            * pow(1 - configuration.process.dismissalPerCourtDate, n) * pow(1 - meanAcceptance, n)
        let meanDuration = configuration.courts.trialDuration.mean
        let workload = trialsPerDay * meanDuration
        let courtrooms = configuration.courts.courtrooms
        guard workload >= Double(courtrooms) else { return }
        let location = root.lookup("courts", "courtrooms")?.location ?? root.location
        log.warning(
            "estimated trial workload \(NumberText.oneDecimal(workload)) courtroom-days per day "
                + "\(workload > Double(courtrooms) ? "exceeds" : "equals") \(courtrooms) courtroom"
                + "\(courtrooms == 1 ? "" : "s"): the trial backlog will grow without limit "
                + "(about \(NumberText.oneDecimal(trialsPerDay)) trials a day × "
                + "\(NumberText.oneDecimal(meanDuration)) days each)",
            fix:
                "add courtrooms or shorten trials; if the overload is intended (as in r1-overload.yaml), ignore this warning",
            at: location, path: DocumentPath.root.appending("courts").appending("courtrooms"))
    }
}
