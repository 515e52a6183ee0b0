import Foundation
import PretrialModel
import SimKernel

/// Checks for scenarios whose runs would never end: a loop of court dates and warrants at one
/// instant, and new arrests while released that open cases faster than cases end. The run
/// itself stops such a replication (``PretrialModel/RunawayGuards``); these checks say so
/// before anything runs, with the parameters to change.
extension ScenarioDecoder {
    /// The estimated new cases per case from which re-arrest is reported as runaway growth.
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

    /// Each released case leads to new arrests while released, at `new_arrest_per_day` (raised
    /// by `priors_effect` per prior) for the days at liberty before disposition; each new
    /// arrest is a case of its own, which may be released too. With one or more new cases per
    /// case the cases multiply without end (a supercritical branching process) and the run
    /// stops at its cap on open cases. Reported as a warning: whether the new cases are
    /// released depends on the policies.
    ///
    /// The days at liberty are estimated as the court-date intervals a case is expected to
    /// live through, each court date ending it by dismissal or a plea (offered at each date,
    /// accepted as by a released defendant at a 40% discount, as ``checkTrialWorkload(_:root:)``
    /// estimates), plus a trial; revocation on a new arrest ends a case's new arrests with its
    /// probability.
    func checkRearrestGrowth(_ configuration: ModelConfiguration, root: DocumentNode) {
        let population = configuration.population
        let liberty = Self.expectedDaysAtLiberty(configuration)
        let priors = Self.meanPriors(population)
        let revocation = configuration.behaviour.revocationOnNewArrest
        let perCase = population.chargeClasses.map { charge -> Double in
            let hazard = charge.newArrestPerDay * (1 + charge.priorsEffect * priors)
            let arrests = hazard * liberty
            // New arrests until the case ends or one of them revokes release.
            return revocation > 0 ? -expm1(-revocation * arrests) / revocation : arrests
        }
        var worst: (group: String, newCases: Double, charge: Int)?
        for group in population.groups {
            let newCases = zip(group.chargeMix, perCase).reduce(0) { $0 + $1.0 * $1.1 }
            guard newCases >= Self.supercriticalNewCasesPerCase, newCases > (worst?.newCases ?? 0)
            else { continue }
            let charge =
                zip(group.chargeMix, perCase).map { $0 * $1 }.enumerated().max { $0.element < $1.element }?.offset ?? 0
            worst = (group.name, newCases, charge)
        }
        guard let worst else { return }
        let charge = population.chargeClasses[worst.charge]
        let node = root.lookup("population", "charge_classes")?.items.flatMap { items in
            worst.charge < items.count ? items[worst.charge]["new_arrest_per_day"] : nil
        }
        let path = DocumentPath.root.appending("population").appending("charge_classes")
            .appending(index: worst.charge).appending("new_arrest_per_day")
        let keepsBelow = liberty > 0 ? " (below about \(NumberText.format(1 / liberty)) a day keeps it under one)" : ""
        log.warning(
            "each released case of group '\(QuotedText.short(worst.group))' leads to about "
                + "\(NumberText.oneDecimal(worst.newCases)) new arrests while released (new_arrest_per_day "
                + "\(NumberText.format(charge.newArrestPerDay)) for '\(QuotedText.short(charge.name))' over about "
                + "\(NumberText.oneDecimal(liberty)) days at liberty before disposition): if most new cases are "
                + "released too, cases multiply without end and each replication stops at its cap on open cases",
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
