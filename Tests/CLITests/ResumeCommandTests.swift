@testable import pretrial
import Testing

/// The command an interrupted run prints to finish it: `--resume` added, and for a
/// `--precision` run (which `--resume` refuses) the precision options replaced by a fixed
/// `--replications`.
@Suite("The resume command printed after an interruption")
struct ResumeCommandTests {
    @Test("an ordinary run gets --resume and keeps its options")
    func ordinaryRun() {
        let command = RunRecording.resumeCommand(
            arguments: ["run", "a b.yaml", "--replications", "40", "--store", "s.sqlite"],
            replicationsForPrecisionRun: 10)
        #expect(command == "pretrial run 'a b.yaml' --replications 40 --store s.sqlite --resume")
    }

    @Test("a --precision run is resumed with a fixed --replications instead")
    func precisionRun() {
        let command = RunRecording.resumeCommand(
            arguments: [
                "run", "x.yaml", "--precision", "0.01", "--max-replications=200", "--replications", "5", "--quiet",
            ],
            replicationsForPrecisionRun: 30)
        #expect(command == "pretrial run x.yaml --quiet --replications 30 --resume")
    }
}
