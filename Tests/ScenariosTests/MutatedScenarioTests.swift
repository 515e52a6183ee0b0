import Foundation
import Policies
import Scenarios
import Testing

/// The shipped scenarios, mutated a few hundred times in the ways a hurried edit or a
/// malicious file would (lines deleted or repeated, numbers set to 0, −1, 1e308, nan or
/// infinity, keys swapped), are validated in-process: none crashes, and every issue names a
/// file, a line and a column.
@Suite("Mutated shipped scenarios")
struct MutatedScenarioTests {
    /// SplitMix64: a fixed seed gives the same mutations on every run.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Numbers that have trapped, hung or overflowed somewhere.
    static let extremes = [
        "0", "-1", "1e308", "-1e308", "nan", ".nan", ".inf", "1e19", "1e-320", "0.001", "4294967296",
        "99999999999999999999",
    ]

    /// `text` with one mutation.
    static func mutate(_ text: String, _ random: inout Generator) -> String {
        var lines = text.components(separatedBy: "\n")
        guard lines.count > 2 else { return text }
        let index = Int.random(in: 0..<lines.count, using: &random)
        switch Int.random(in: 0..<5, using: &random) {
        case 0:
            lines.remove(at: index)
        case 1:
            lines.insert(lines[index], at: index)
        case 2, 3:
            // A number on the line (or the value after its colon) becomes an extreme.
            let extreme = extremes.randomElement(using: &random) ?? "0"
            let line = lines[index]
            if let range = line.range(of: #"-?[0-9][0-9_.eE+-]*"#, options: .regularExpression) {
                lines[index] = line.replacingCharacters(in: range, with: extreme)
            } else if let colon = line.firstIndex(of: ":") {
                lines[index] = String(line[...colon]) + " " + extreme
            }
        default:
            // Two lines' keys exchanged.
            let other = Int.random(in: 0..<lines.count, using: &random)
            func split(_ line: String) -> (String, String)? {
                guard let colon = line.firstIndex(of: ":") else { return nil }
                return (String(line[..<colon]), String(line[colon...]))
            }
            if let (keyA, restA) = split(lines[index]), let (keyB, restB) = split(lines[other]) {
                lines[index] = keyB + restA
                lines[other] = keyA + restB
            }
        }
        return lines.joined(separator: "\n")
    }

    @Test("300 mutations of the shipped scenarios: no crash, every issue at a file and line")
    func mutations() throws {
        let registry = BuiltInPolicies.registry()
        let files = ShippedScenarioTests.files
        #expect(files.count >= 3)
        var random = Generator(state: 2026)
        var failures = 0, loaded = 0
        for round in 0..<300 {
            let path = files[round % files.count]
            var text = try String(contentsOfFile: path, encoding: .utf8)
            for _ in 0...Int.random(in: 0..<3, using: &random) { text = Self.mutate(text, &random) }
            do {
                _ = try ScenarioLoader.load(text: text, fileName: path, registry: registry)
                loaded += 1
            } catch {
                failures += 1
                #expect(!error.errors.isEmpty, "a failed load gives at least one error")
                for issue in error.issues {
                    #expect(!issue.file.isEmpty && issue.line >= 1 && issue.column >= 1, "\(issue)")
                }
            }
        }
        // The mutations are neither all harmless nor all fatal.
        #expect(failures > 30)
        #expect(loaded > 30)
    }
}
