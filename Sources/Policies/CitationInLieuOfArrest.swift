import PolicyKit

/// Citation in lieu of arrest: cite and release for chosen charge classes.
struct CitationInLieuOfArrest: ArrestPolicy {
    var cite: [Bool]
    var maximumPriors: Int

    func decide(_ defendant: Defendant, random: any RandomSource) -> ArrestDecision {
        cite[defendant.chargeClass] && defendant.priors <= maximumPriors ? .citeAndRelease : .book
    }

    /// The module.
    static let module = PolicyModule(
        name: "citation-in-lieu-of-arrest",
        decisionPoint: .arrest,
        summary: "Cite and release for chosen charge classes instead of booking.",
        description: """
            Police issue a citation to appear instead of booking the person into jail, for the \
            listed charge classes and people with at most max_priors recorded priors. Most US \
            states authorise citation for misdemeanours (National Conference of State \
            Legislatures, Citation in Lieu of Arrest, 2019); New York's 2020 reform made \
            appearance tickets mandatory for most misdemeanours and class E felonies.
            """,
        parameters: [
            ParameterSpec(
                "classes", .names, default: .names(["misdemeanor"]),
                help: "Charge classes cited instead of booked."),
            ParameterSpec(
                "max_priors", .integer(0...1000), default: .integer(1000), unit: "priors",
                help: "Only people with at most this many recorded priors are cited."),
        ],
        make: { parameters, population throws(PolicyParameterError) in
            let cite = try population.chargeClassFlags(parameters.names("classes"), parameter: "classes")
            return .arrest(CitationInLieuOfArrest(cite: cite, maximumPriors: parameters.integer("max_priors")))
        }
    )
}
