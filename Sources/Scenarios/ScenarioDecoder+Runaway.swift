import Foundation
import PretrialModel
import SimKernel

/// Checks for scenarios whose runs would never end: a loop of court dates and warrants at one
/// instant, and new arrests while released that keep people's cases open for longer than the run. The run
/// itself stops such a replication (``PretrialModel/RunawayGuards``); these checks say so
/// before anything runs, with the parameters to change.
extension ScenarioDecoder {
    /// The estimated new arrests per released case from which re-arrest is reported.
    static let supercriticalNewCasesPerCase = 1.0
    /// The chance that a failure to appear leads at once to another one, with no time passing,
    /// from which the loop is reported.
    static let zeroTimeLoopWarningChance = 0.9

    /// Runs both checks on a decoded model.
    func checkRunaways(_ configuration: ModelConfiguration, root: DocumentNode) {
        checkZeroTimeLoop(configuration, root: root)
        checkRearrestGrowth(configuration, root: root)
    }

    /// A released person who fails to appear is arrested on a warrant after `warrant_delay`,
    /// remanded with `remand_after_failure_to_appear`, and otherwise given a new court date
    /// after `court_date_interval`. When both delays are 0, nobody is remanded and the person
    /// always fails to appear, the next court date is at the same instant and so on for ever:
    /// simulated time never moves and `max_days` cannot stop it. Refused when certain (a charge
    /// class whose `failure_to_appear` is 1 before priors), a warning when likely.
    func checkZeroTimeLoop(_ configuration: ModelConfiguration, root: DocumentNode) {
        let process = configuration.process
        let zeroInterval = Self.zeroShare(process.courtDateInterval)
        let zeroWarrant = Self.zeroShare(process.warrantDelay)
        let notRemanded = 1 - configuration.behaviour.remandAfterFailureToAppear
        let sameInstant = zeroInterval * zeroWarrant * notRemanded
        guard sameInstant > 0 else { return }
        let priors = Self.meanPriors(configuration.population)
        for charge in configuration.population.chargeClasses {
            let failure = min(1, charge.failureToAppear * (1 + charge.priorsEffect * priors))
            let chance = failure * sameInstant
            let certain = charge.failureToAppear >= 1 && sameInstant >= 1
            guard certain || chance >= Self.zeroTimeLoopWarningChance else { continue }
            let path = DocumentPath.root.appending("process").appending("court_date_interval")
            let location = root.lookup("process", "court_date_interval")?.location ?? root.location
            let what =
                "a released person charged with '\(QuotedText.short(charge.name))' who fails to appear "
                + "(failure_to_appear \(NumberText.format(charge.failureToAppear))) is arrested on a warrant "
                + "with no delay (process.warrant_delay), is not remanded (behaviour.remand_after_failure_to_appear "
                + "\(NumberText.format(configuration.behaviour.remandAfterFailureToAppear))) and gets the next court "
                + "date with no delay (process.court_date_interval)"
            let fix =
                "give process.court_date_interval and process.warrant_delay delays greater than 0, lower "
                + "failure_to_appear below 1, or raise behaviour.remand_after_failure_to_appear above 0"
            if certain {
                log.error(
                    what + ", and fails to appear again, for ever: simulated time would never move and the run "
                        + "would never end", fix: fix, at: location, path: path)
            } else {
                log.warning(
                    what + ": \(NumberText.format(chance)) of failures lead to another at the same instant, "
                        + "about \(NumberText.grouped(1 / max(1e-9, 1 - chance))) in a row",
                    fix: fix, at: location, path: path)
            }
            return
        }
    }

    /// A person at liberty is arrested again at `new_arrest_per_day` (raised by `priors_effect`
    /// per prior), one hazard per person; each new arrest opens a case of its own, so while
    /// the person has a case open new ones keep coming. A person's open cases are then an
    /// M/G/∞ queue: with `a` new arrests expected over one case's days at liberty, the person
    /// stays in the system for about (eᵃ − 1) / hazard days before their last case ends (the
    /// mean busy period of that queue). When that outlasts `run.max_days`, the run stops with
    /// cases still open, and figures of disposed cases leave out the people arrested most.
    /// Reported as a warning: whether the new cases are released depends on the policies.
    ///
    /// The days at liberty are estimated as the court-date intervals a case is expected to
    /// live through, each court date ending it by dismissal or a plea (offered at each date,
    /// accepted as by a released defendant at a 40% discount), plus a trial; revocation is
    /// left out, so the estimate errs towards warning.
    func checkRearrestGrowth(_ configuration: ModelConfiguration, root: DocumentNode) {
        let population = configuration.population
        let liberty = Self.expectedDaysAtLiberty(configuration)
        let priors = Self.meanPriors(population)
        var worst: (charge: Int, arrests: Double, staysDays: Double)?
        for (index, charge) in population.chargeClasses.enumerated() {
            let hazard = charge.newArrestPerDay * (1 + charge.priorsEffect * priors)
            guard hazard > 0 else { continue }
            let arrests = hazard * liberty
            let staysDays = expm1(min(arrests, 700)) / hazard
            guard arrests >= Self.supercriticalNewCasesPerCase, staysDays > (worst?.staysDays ?? 0) else { continue }
            worst = (index, arrests, staysDays)
        }
        guard let worst else { return }
        let charge = population.chargeClasses[worst.charge]
        let node = root.lookup("population", "charge_classes")?.items.flatMap { items in
            worst.charge < items.count ? items[worst.charge]["new_arrest_per_day"] : nil
        }
        let path = DocumentPath.root.appending("population").appending("charge_classes")
            .appending(index: worst.charge).appending("new_arrest_per_day")
        let keepsBelow = liberty > 0 ? " (below about \(NumberText.format(1 / liberty)) a day keeps it under one)" : ""
        let outlasts =
            worst.staysDays > configuration.maximumDays
            ? ", longer than run.max_days (\(NumberText.grouped(configuration.maximumDays))): replications stop with "
                + "cases open"
            : ""
        log.warning(
            "a released person charged with '\(QuotedText.short(charge.name))' is arrested again about "
                + "\(NumberText.oneDecimal(worst.arrests)) times before a case ends (new_arrest_per_day "
                + "\(NumberText.format(charge.newArrestPerDay)) over about \(NumberText.oneDecimal(liberty)) days "
                + "at liberty): new arrests while released keep their cases open, and such a person stays in the "
                + "system for about \(NumberText.grouped(worst.staysDays)) days\(outlasts)",
            fix: "lower new_arrest_per_day\(keepsBelow), or raise behaviour.revocation_on_new_arrest",
            at: node?.location ?? root.location, path: path)
    }

    /// Days a released case is expected to spend at liberty before its disposition.
    static func expectedDaysAtLiberty(_ configuration: ModelConfiguration) -> Double {
        let process = configuration.process
        let plea = configuration.behaviour.plea
        let acceptance = min(1, max(0, plea.released + plea.discountEffect * 0.4))
        let survival = (1 - process.dismissalPerCourtDate) * (1 - acceptance)
        let interval = process.courtDateInterval.mean
        var days = 0.0
        var reached = 1.0
        for _ in 0..<process.courtDatesBeforeTrial {
            days += reached * interval
            reached *= survival
        }
        return days + reached * configuration.courts.trialDuration.mean
    }

    /// The mean number of priors of the arrested population.
    static func meanPriors(_ population: PopulationProfile) -> Double {
        population.groups.reduce(0) { $0 + $1.share * max(0, $1.priors.mean) }
    }

    /// The share of draws of `distribution` that are exactly 0.
    static func zeroShare(_ distribution: Distribution) -> Double {
        switch distribution.kind {
        case .constant(let value): return value == 0 ? 1 : 0
        case .empirical(let table):
            let total = table.weights.reduce(0, +)
            let zero = zip(table.values, table.weights).reduce(0) { $0 + ($1.0 == 0 ? $1.1 : 0) }
            return total > 0 ? zero / total : 0
        case .bernoulli(let p): return 1 - p
        case .poisson(let mean): return exp(-mean)
        case .binomial(let n, let p): return pow(1 - p, Double(n))
        case .exponential, .gamma, .lognormal, .weibull, .normal, .truncatedNormal, .uniform: return 0
        }
    }
}
