import Experiments
import PretrialModel
import SimKernel
import Testing

/// Each shipped reform scenario, run against its baseline: the direction of effect must come
/// out as the sources report. Arrest windows are shortened so the debug build stays fast;
/// common random numbers make the paired differences sharp even with few replications.
@Suite("Reform scenarios: directions of effect")
struct ReformDirectionTests {
    static func run(_ file: String, replications: Int = 3, window: Double? = 150, warmUp: Double? = 30) async throws
        -> Evidence
    {
        let scenario = try ShippedScenario.load("scenarios/reforms/\(file)")
        let plan = ShippedScenario.plan(
            scenario, replications: replications, arrestWindowDays: window, warmUpDays: warmUp)
        return try await ShippedScenario.evidence(plan, referenceGroup: scenario.settings.referenceGroup)
    }

    static func difference(_ evidence: Evidence, variant: Int, _ metric: MetricID, _ cell: BreakdownCell = .overall)
        throws -> Estimate
    {
        try #require(evidence.comparisons[variant - 1].first { $0.metric == metric && $0.cell == cell }).difference
    }

    @Test("New York 2020 lowers the share detained past first appearance")
    func newYork() async throws {
        let evidence = try await Self.run("new-york-2020.yaml")
        let change = try Self.difference(evidence, variant: 1, .detainedPastFirstAppearanceShare)
        #expect(change.upper < 0, "change \(change.mean) ± \(change.halfWidth)")
    }

    /// (That nothing changes before the reform's day is a property of the process,
    /// `PolicyTimelineTests`: here the counted figures of any window include new arrests after
    /// the window, which meet the rule of their own date.)
    @Test("New York 2020 from day 365: a fall in detention that grows over the phase-in")
    func newYorkFromDay365() async throws {
        let file = "new-york-2020-from-day-365.yaml"
        let early = try Self.difference(
            try await Self.run(file, replications: 2, window: 395, warmUp: 365), variant: 1,
            .detainedPastFirstAppearanceShare)
        let late = try Self.difference(
            try await Self.run(file, replications: 2, window: 455, warmUp: 425), variant: 1,
            .detainedPastFirstAppearanceShare)
        #expect(early.upper < 0, "first month: \(early.mean) ± \(early.halfWidth)")
        #expect(late.mean < early.mean - late.halfWidth - early.halfWidth, "early \(early.mean), late \(late.mean)")
    }

    @Test("Illinois PFA lowers the share detained and the Black/white gap in it")
    func illinois() async throws {
        let evidence = try await Self.run("illinois-pfa-2023.yaml")
        #expect(try Self.difference(evidence, variant: 1, .detainedPastFirstAppearanceShare).upper < 0)
        let gap = { (variant: Int) in
            evidence.disparities[variant].first {
                $0.metric == .detainedPastFirstAppearanceShare && $0.group == "Black"
            }!.difference.mean
        }
        #expect(gap(1) < gap(0))
    }

    @Test("counsel at first appearance lowers detention")
    func counsel() async throws {
        let evidence = try await Self.run("counsel-at-first-appearance.yaml")
        #expect(try Self.difference(evidence, variant: 1, .detainedPastFirstAppearanceShare).upper < 0)
    }

    @Test("custody time limits release people and cut long stays")
    func custodyLimits() async throws {
        let evidence = try await Self.run("custody-time-limits.yaml", window: 300, warmUp: 30)
        for variant in 1...2 {
            #expect(try Self.difference(evidence, variant: variant, .custodyLimitReleases).lower > 0)
            #expect(try Self.difference(evidence, variant: variant, .bedDays).upper < 0)
        }
    }

    @Test("detained-first scheduling shortens detention")
    func detainedFirst() async throws {
        // The file's own two years after a six-month warm-up: the trial backlog builds up
        // over months.
        let evidence = try await Self.run("detained-first-scheduling.yaml", replications: 5, window: nil, warmUp: nil)
        let days = try Self.difference(evidence, variant: 1, .pretrialDetentionDays)
        let bedDays = try Self.difference(evidence, variant: 1, .bedDays)
        #expect(days.upper < 0, "mean days \(days.mean) ± \(days.halfWidth)")
        #expect(bedDays.upper < 0, "bed-days \(bedDays.mean) ± \(bedDays.halfWidth)")
    }

    @Test("a biased risk instrument raises the Black/white detention-rate ratio")
    func biasedInstrument() async throws {
        let evidence = try await Self.run("risk-assessment-biased-inputs.yaml")
        let ratio = { (variant: Int) in
            evidence.disparities[variant].first {
                $0.metric == .detainedPastFirstAppearanceShare && $0.group == "Black"
            }!.ratio
        }
        #expect(ratio(2).mean > ratio(1).mean * 1.03, "biased \(ratio(2).mean) vs unbiased \(ratio(1).mean)")
        // Only Black defendants' inputs change, so (common random numbers) white defendants
        // meet exactly the same decisions under both instruments, while more Black
        // defendants are detained.
        let black1 = try Self.difference(evidence, variant: 1, .detainedPastFirstAppearanceShare, .group("Black"))
        let black2 = try Self.difference(evidence, variant: 2, .detainedPastFirstAppearanceShare, .group("Black"))
        let white1 = try Self.difference(evidence, variant: 1, .detainedPastFirstAppearanceShare, .group("white"))
        let white2 = try Self.difference(evidence, variant: 2, .detainedPastFirstAppearanceShare, .group("white"))
        #expect(black2.mean > black1.mean + 0.01)
        #expect(white1.mean == white2.mean)
    }

    @Test("plea safeguards reduce pleas by innocent people")
    func pleaSafeguards() async throws {
        let evidence = try await Self.run("plea-safeguards.yaml")
        #expect(try Self.difference(evidence, variant: 1, .innocentPleas).upper < 0)
    }

    @Test("citation keeps misdemeanour arrests out of jail; bail review shortens stays")
    func citationAndReview() async throws {
        let evidence = try await Self.run("citation-and-bail-review.yaml")
        #expect(try Self.difference(evidence, variant: 1, .bookedShare).upper < 0)
        #expect(try Self.difference(evidence, variant: 2, .bedDays).upper < 0)
    }

    @Test("paired intervals are narrower than unpaired ones on a reform scenario")
    func pairedNarrower() async throws {
        let evidence = try await Self.run("new-york-2020.yaml", replications: 4)
        let comparison = try #require(
            evidence.comparisons[0].first { $0.metric == .pretrialDetentionDays && $0.cell == .overall })
        #expect(comparison.difference.halfWidth < comparison.unpairedHalfWidth)
    }
}
