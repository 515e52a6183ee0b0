import PolicyKit

/// A lawyer at the police station: legal advice for people in police custody before the
/// custody decision, never, on request, or always, with its effects as named parameters.
struct StationLawyer: StationCounselPolicy {
    /// Who is advised.
    enum Mode: String, CaseIterable {
        /// Nobody (no lawyer at the station).
        case never
        /// Those who ask, with probability `requestRate`.
        case onRequest = "on_request"
        /// Everyone held.
        case always
    }

    var mode: Mode
    var requestRate: Double
    var effects: StationAdviceEffects

    func advises(_ defendant: Defendant, random: any RandomSource) -> Bool {
        // Drawn in every mode, so that the same people ask whatever the mode.
        let asks = random.uniform() < requestRate
        switch mode {
        case .never: return false
        case .onRequest: return asks
        case .always: return true
        }
    }

    /// The module.
    static let module = PolicyModule(
        name: "station-lawyer",
        decisionPoint: .stationCounsel,
        summary: "Legal advice in police custody: never, on request, or for everyone held.",
        description: """
            Legal advice for people held in police custody (the scenario's police_custody section), \
            before the custody decision. In England & Wales everyone detained may consult a solicitor \
            free of charge (PACE 1984 s.58 and Code C), but advice must be asked for, and about half \
            of detainees do not: 45% of some 30,000 custody records from 44 police stations in 2009 \
            requested advice and 36% received it (Pleasence, Kemp & Balmer 2011, "The justice \
            lottery? Police station advice 25 years on from PACE", Criminal Law Review; 40% in \
            1995/96, Bucke & Brown 1997, Home Office Research Study 174); EU Directive 2013/48/EU \
            gives a right of access to a lawyer from deprivation of liberty. mode never gives no \
            one advice (US practice: no lawyer is provided at the station), on_request advises a \
            share request_rate of those held (default 0.45, Pleasence, Kemp & Balmer 2011), always \
            advises everyone held. The same people ask under every mode (common random numbers). \
            Effects on those advised, none of them measured for this model (all assumed): \
            release_without_charge_shift is added to the chance of release without charge (no \
            further action) at the end of police custody, taken from the chance of charge (default \
            0.05, assumed); evidence_from_unadvised_statements is the share of a case's evidence \
            strength (process.evidence) that statements made without advice add, which an advised \
            person's case lacks (default 0.1, assumed), so weak cases are declined or dismissed more \
            often; first_appearance_release_shift is the chance that an advised person whom the \
            first-appearance decision would hold (money bail or detention) is released on \
            recognizance instead (default 0.05, assumed).
            """,
        parameters: [
            ParameterSpec(
                "mode", .choice(Mode.allCases.map(\.rawValue)), default: .text(Mode.onRequest.rawValue),
                help: "Who is advised: never, on_request (a share request_rate) or always."),
            ParameterSpec(
                "request_rate", .number(0...1), default: .number(0.45), unit: "probability",
                help: "Share of people held who ask for advice under on_request (Pleasence, Kemp & Balmer 2011)."),
            ParameterSpec(
                "release_without_charge_shift", .number(-1...1), default: .number(0.05), unit: "probability",
                help: "Added to the chance of release without charge for those advised (assumed)."),
            ParameterSpec(
                "evidence_from_unadvised_statements", .number(0...1), default: .number(0.1), unit: "share",
                help: "Share of evidence strength from statements made without advice, absent when advised (assumed)."),
            ParameterSpec(
                "first_appearance_release_shift", .number(0...1), default: .number(0.05), unit: "probability",
                help: "Chance that an advised person held at first appearance is released instead (assumed)."),
        ],
        make: { parameters, _ in
            .stationCounsel(
                StationLawyer(
                    mode: Mode(rawValue: parameters.text("mode")) ?? .onRequest,
                    requestRate: parameters.number("request_rate"),
                    effects: StationAdviceEffects(
                        releaseWithoutChargeShift: parameters.number("release_without_charge_shift"),
                        evidenceFromUnadvisedStatements: parameters.number("evidence_from_unadvised_statements"),
                        firstAppearanceReleaseShift: parameters.number("first_appearance_release_shift"))))
        }
    )
}
