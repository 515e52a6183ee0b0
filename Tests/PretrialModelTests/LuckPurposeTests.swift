@testable import PretrialModel
import Testing

/// The raw values of ``LuckPurpose`` seed every person's sub-streams; they must never move.
@Suite("LuckPurpose raw values are pinned")
struct LuckPurposeTests {
    @Test("every purpose keeps its number")
    func rawValuesArePinned() {
        let pinned: [LuckPurpose: UInt64] = [
            .arrestPolicy: 1, .firstAppearanceDelay: 2, .counselPolicy: 3, .riskInstrument: 4, .releasePolicy: 5,
            .bailPosting: 6, .bailReviewPolicy: 7, .courtDate: 8, .courtDateInterval: 9, .pleaPolicy: 10,
            .newArrest: 11, .warrant: 12, .trial: 13, .rearrestCase: 14, .revocation: 20, .hold: 21, .holdDuration: 22,
            .bondsmanSurrender: 30,
            .evidence: 40, .diversion: 41, .arraignment: 42, .sentence: 43, .declination: 44,
            .riskFactor: 60, .recordedPriors: 61, .riskOutcome: 62, .policyPhaseIn: 70,
            .censusPerson: 75, .censusCase: 76, .censusBailPosting: 77, .censusCourtDate: 78,
            .policeCustodyHours: 85, .stationCounselPolicy: 86, .custodyDecision: 87, .stationAdviceRelease: 88,
            .sendingUp: 80, .custodyLimitExtension: 81,
        ]
        #expect(LuckPurpose.allCases.count == pinned.count, "a new purpose needs its number pinned here")
        for purpose in LuckPurpose.allCases {
            #expect(purpose.rawValue == pinned[purpose], "\(purpose) moved from \(pinned[purpose] ?? 0)")
        }
        #expect(Set(LuckPurpose.allCases.map(\.rawValue)).count == LuckPurpose.allCases.count)
    }
}
