import PretrialModel
import Scenarios
import Testing

/// The keys of how cases end (evidence, dismissal, diversion, pleas at first appearance,
/// court dates by class, sentencing, the courts' response to the backlog): read as written,
/// absent keys leave today's behaviour, and a bad value is one error at its key.
@Suite("Decoding how cases end")
struct CaseEndingKeysTests {
    static let withEndings: String = {
        var text = ScenarioFixtures.replacing(
            "sentence_days: {lognormal: {median: 90, sigma: 1}}",
            with: """
                      sentence_days: {lognormal: {median: 90, sigma: 1}}
                      court_date_interval: {exponential: {mean: 45}}
                      court_dates_before_trial: 6
                      diversion_offer: {released: 0.1, detained: 0.02}
                      first_appearance_plea_offer: 0.05
                """)
        text = ScenarioFixtures.replacing(
            "warrant_delay: {gamma: {shape: 2, scale: 7}}",
            with: """
                  warrant_delay: {gamma: {shape: 2, scale: 7}}
                  evidence: {guilty_mean: 0.7, innocent_mean: 0.4, concentration: 5}
                  dismissal: {evidence_slope: 4, detained_log_odds: -0.5, declination_at_first_appearance: 0.04}
                  diversion: {acceptance: 0.8, court_dates: 2}
                """, in: text)
        text = ScenarioFixtures.replacing(
            "conviction_if_innocent: 0.1",
            with: """
                  conviction_if_innocent: 0.1
                  sentencing: {time_served_when_detained: 0.8}
                  court_response: {reference_backlog: 50, offer_discount_per_backlog_case: 0.001, dismissal_per_backlog_case: 0.0005}
                """, in: text)
        return text
    }()

    @Test("every key is read as written, and the rest take their defaults")
    func keysAreRead() throws {
        let configuration = try ScenarioFixtures.load(Self.withEndings).baseline.configuration
        let felony = configuration.population.chargeClasses[0]
        #expect(felony.courtDateInterval == (try .exponential(mean: 45)))
        #expect(felony.courtDatesBeforeTrial == 6)
        #expect(felony.diversionOfferReleased == 0.1 && felony.diversionOfferDetained == 0.02)
        #expect(felony.firstAppearancePleaOffer == 0.05)
        let misdemeanor = configuration.population.chargeClasses[1]
        #expect(misdemeanor.courtDateInterval == nil && misdemeanor.courtDatesBeforeTrial == nil)
        #expect(misdemeanor.diversionOfferReleased == 0 && misdemeanor.firstAppearancePleaOffer == 0)
        let process = configuration.process
        #expect(process.evidence == EvidenceModel(guiltyMean: 0.7, innocentMean: 0.4, concentration: 5))
        #expect(
            process.dismissal
                == DismissalModel(evidenceSlope: 4, detainedLogOdds: -0.5, declinationAtFirstAppearance: 0.04))
        #expect(process.diversion == DiversionModel(acceptance: 0.8, courtDates: 2))
        #expect(configuration.courts.sentencing == SentencingRules(timeServedWhenDetained: 0.8))
        #expect(
            configuration.courts.response
                == CourtResponse(
                    referenceBacklog: 50, offerDiscountPerBacklogCase: 0.001, dismissalPerBacklogCase: 0.0005))
        #expect(configuration.courts.response.isActive)
    }

    @Test("without the keys, every mechanism is off")
    func absentKeysChangeNothing() throws {
        let configuration = try ScenarioFixtures.load(ScenarioFixtures.valid).baseline.configuration
        #expect(configuration.process.evidence == nil)
        #expect(configuration.process.dismissal.isNeutral)
        #expect(configuration.process.dismissal.declinationAtFirstAppearance == 0)
        #expect(configuration.courts.sentencing.isNeutral)
        #expect(!configuration.courts.response.isActive)
        for chargeClass in configuration.population.chargeClasses {
            #expect(chargeClass.courtDateInterval == nil && chargeClass.courtDatesBeforeTrial == nil)
            #expect(chargeClass.diversionOfferReleased == 0 && chargeClass.diversionOfferDetained == 0)
            #expect(chargeClass.firstAppearancePleaOffer == 0)
        }
    }

    /// A bad value and the key path its one error must name.
    struct Mistake: Sendable, CustomTestStringConvertible {
        var marker: String
        var replacement: String
        var keyPath: String
        var testDescription: String { keyPath }
    }

    static let mistakes = [
        Mistake(
            marker: "evidence:", replacement: "  evidence: {guilty_mean: 1.7, innocent_mean: 0.4, concentration: 5}",
            keyPath: "process.evidence.guilty_mean"),
        Mistake(
            marker: "evidence:", replacement: "  evidence: {guilty_mean: 0.7, innocent_mean: 0.4}",
            keyPath: "process.evidence.concentration"),
        Mistake(
            marker: "dismissal: {", replacement: "  dismissal: {declination_at_first_appearance: 2}",
            keyPath: "process.dismissal.declination_at_first_appearance"),
        Mistake(
            marker: "diversion: {", replacement: "  diversion: {acceptance: 0.8, court_dates: 0}",
            keyPath: "process.diversion.court_dates"),
        Mistake(
            marker: "diversion_offer:", replacement: "      diversion_offer: {released: -0.1}",
            keyPath: "population.charge_classes[0].diversion_offer.released"),
        Mistake(
            marker: "court_dates_before_trial: 6", replacement: "      court_dates_before_trial: 0",
            keyPath: "population.charge_classes[0].court_dates_before_trial"),
        Mistake(
            marker: "sentencing:", replacement: "  sentencing: {probation_when_released: 3}",
            keyPath: "courts.sentencing.probation_when_released"),
        Mistake(
            marker: "court_response:", replacement: "  court_response: {offer_discount_per_backlog_cases: 0.1}",
            keyPath: "courts.court_response.offer_discount_per_backlog_cases"),
    ]

    @Test("a bad value is one error at its key, on its line", arguments: mistakes)
    func badValueIsOneError(_ mistake: Mistake) throws {
        let text = ScenarioFixtures.replacing(mistake.marker, with: mistake.replacement, in: Self.withEndings)
        let error = try #require(ScenarioFixtures.onlyError(text))
        #expect(error.keyPath == mistake.keyPath, "\(error)")
        #expect(error.file == "test.yaml")
        #expect(
            error.line == ScenarioFixtures.line(of: String(mistake.replacement.drop { $0 == " " }.prefix(12)), in: text)
        )
        #expect(!error.fix.isEmpty, "\(error)")
    }
}
