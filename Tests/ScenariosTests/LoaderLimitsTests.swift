import Foundation
import Scenarios
import Testing

/// Files written to exhaust the loader — an alias bomb, aliases nested thousands deep, an
/// `extends` chain of thousands of files, devices and non-scenario files — are refused at once
/// with an error at a file and line, naming the limit, and without quoting what a file that is
/// not a scenario holds.
@Suite("Loader limits")
struct LoaderLimitsTests {
    /// The "billion laughs": nine anchors each repeating the one before nine times, 9⁹ values
    /// once expanded, in 11 lines.
    static let billionLaughs: String = {
        var lines = ["scenario: {name: laughs}", #"a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            lines.append(
                "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
            previous = name
        }
        lines.append("run: *i")
        return lines.joined(separator: "\n") + "\n"
    }()

    /// 130 anchors, each a list nested 60 deep around the one before: each line is within
    /// libyaml's own nesting limit, the whole is about 7,900 levels deep once expanded (16 KB).
    static let aliasChain: String = {
        var lines = ["scenario: {name: deep}"]
        for index in 0..<130 {
            let inner = index == 0 ? "x" : "*a\(index - 1)"
            lines.append(
                "a\(index): &a\(index) " + String(repeating: "[", count: 60) + inner + String(repeating: "]", count: 60)
            )
        }
        lines.append("run: *a129")
        return lines.joined(separator: "\n") + "\n"
    }()

    /// The errors of loading `text`, each checked to name a file and a line.
    static func errors(_ text: String, force: Bool = false, sourceLocation: SourceLocation = #_sourceLocation)
        -> [ScenarioIssue]
    {
        let errors = ScenarioFixtures.issues(text, force: force).filter { $0.severity == .error }
        for error in errors {
            #expect(
                !error.file.isEmpty && error.line >= 1 && error.column >= 1, "\(error)", sourceLocation: sourceLocation)
        }
        return errors
    }

    @Test("a billion laughs of 11 lines is refused at the alias that passes 100,000 values")
    func billionLaughs() {
        #expect(Self.billionLaughs.split(separator: "\n").count == 11)
        #expect(Self.billionLaughs.utf8.count < 420)
        let errors = Self.errors(Self.billionLaughs)
        #expect(errors.count == 1)
        #expect(errors.first?.message.contains("more than 100,000 values once each alias") == true)
        #expect(errors.first?.fix.contains("--force (up to 1,600,000 values)") == true)
        // Raising the limit does not let the bomb through either.
        #expect(Self.errors(Self.billionLaughs, force: true).first?.message.contains("1,600,000 values") == true)
    }

    @Test("aliases nested about 7,900 levels deep are refused at the 64th level")
    func aliasChain() {
        #expect(Self.aliasChain.utf8.count > 15_000 && Self.aliasChain.utf8.count < 20_000)
        let errors = Self.errors(Self.aliasChain)
        #expect(errors.count == 1)
        #expect(
            errors.first?.message.contains("nested more than 64 levels deep here (counting the levels aliases repeat)")
                == true)
        #expect(errors.first?.line == 3)
    }

    @Test("lists nested deeper than 64 levels in the text itself are refused")
    func deepText() {
        let text = "scenario: " + String(repeating: "[", count: 900) + String(repeating: "]", count: 900) + "\n"
        let errors = Self.errors(text)
        #expect(errors.count == 1)
        #expect(errors.first?.message.contains("nested more than 64 levels deep") == true)
    }

    @Test("a scalar longer than 64 KiB is refused, naming the limit and --force")
    func longScalar() {
        let text = ScenarioFixtures.replacing(
            "description: A small", with: "  description: " + String(repeating: "x", count: 70_000))
        let errors = Self.errors(text)
        #expect(errors.count == 1)
        #expect(errors.first?.message.contains("70,000 characters is longer than the 65,536") == true)
        #expect(errors.first?.line == 3)
        #expect(Self.errors(text, force: true).isEmpty)
    }

    @Test("text of more than 1 MiB is refused before it is parsed")
    func largeText() {
        let text = ScenarioFixtures.valid + "\n# " + String(repeating: "x", count: 1 << 20) + "\n"
        let errors = Self.errors(text)
        #expect(errors.count == 1)
        #expect(errors.first?.message.contains("more than the 1,048,576 a scenario file may have") == true)
    }

    @Test("a file of more than 1 MiB is refused, with the way to raise the limit")
    func largeFile() throws {
        let text = ScenarioFixtures.valid + "\n# " + String(repeating: "x", count: 1 << 20) + "\n"
        let directory = try ExtendsTests.directory(["big.yaml": text])
        let path = directory.appendingPathComponent("big.yaml").path
        #expect {
            _ = try ScenarioLoader.load(path: path, registry: TestPolicies.registry())
        } throws: { error in
            guard let error = error as? ScenarioError, error.issues.count == 1, let issue = error.issues.first else {
                return false
            }
            return issue.file == path && issue.line == 1 && issue.message.contains("bytes, more than the 1,048,576")
                && issue.fix.contains("--force")
        }
    }

    @Test("an extends chain of 10,000 files is refused at the 16th")
    func extendsChain() throws {
        let directory = try ExtendsTests.directory([:])
        for index in 0..<10_000 {
            let text = "scenario: {name: s\(index)}\nextends: s\(index + 1).yaml\n"
            #expect(
                FileManager.default.createFile(
                    atPath: directory.appendingPathComponent("s\(index).yaml").path, contents: Data(text.utf8)))
        }
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("s0.yaml").path
        #expect {
            _ = try ScenarioLoader.load(path: path, registry: TestPolicies.registry())
        } throws: { error in
            guard let error = error as? ScenarioError, error.errors.count == 1, let issue = error.errors.first else {
                return false
            }
            return issue.file.hasSuffix("s15.yaml") && issue.line == 2 && issue.keyPath == "extends"
                && issue.message.contains("would be file 17 of a chain") && issue.message.contains("at most 16")
        }
    }

    @Test("a cycle through a symbolic link is found")
    func cycleThroughLink() throws {
        let directory = try ExtendsTests.directory([
            "a.yaml": "scenario: {name: a}\nextends: link.yaml\n", "b.yaml": "scenario: {name: b}\nextends: a.yaml\n",
        ])
        try FileManager.default.createSymbolicLink(
            atPath: directory.appendingPathComponent("link.yaml").path, withDestinationPath: "b.yaml")
        let issues = Self.issues(loading: directory.appendingPathComponent("a.yaml").path)
        #expect(issues.count == 1)
        #expect(issues.first?.message.contains("cycle") == true)
    }

    /// The issues of loading the file at `path` (empty if it loads).
    static func issues(loading path: String) -> [ScenarioIssue] {
        do {
            _ = try ScenarioLoader.load(path: path, registry: TestPolicies.registry())
            return []
        } catch {
            return error.issues
        }
    }

    /// The one error of loading a scenario that extends `target` (written as given).
    static func extendsError(_ target: String, in directory: URL) -> ScenarioIssue? {
        let scenario = directory.appendingPathComponent("child.yaml")
        try? Data("scenario: {name: child}\nextends: \(target)\n".utf8).write(to: scenario)
        do {
            _ = try ScenarioLoader.load(path: scenario.path, registry: TestPolicies.registry())
        } catch {
            #expect(error.errors.count == 1, "\(error)")
            return error.errors.first
        }
        Issue.record("the scenario loaded")
        return nil
    }

    @Test("extending a file that is not a scenario never shows what it holds")
    func secretFile() throws {
        let secret = "root:$6$s3cretHashThatMustNotLeak:19000:0:99999:7:::"
        let directory = try ExtendsTests.directory([
            "shadow": secret + "\ndaemon:*:19000:0:99999:7:::\n", "one-line": secret + "\n",
            "plain": "s3cretHashThatMustNotLeak\n",
            "list.yaml": "- s3cretHashThatMustNotLeak\n",
        ])
        for name in ["shadow", "one-line", "plain", "list.yaml"] {
            let issue = Self.extendsError(name, in: directory)
            #expect(issue?.line == 2)
            #expect(issue?.keyPath == "extends")
            #expect(issue?.description.contains("s3cret") == false, "\(String(describing: issue))")
            #expect(issue?.message.contains("is not a scenario file") == true, "\(String(describing: issue))")
        }
    }

    @Test(
        "extending a device, a pipe or a directory is refused without reading it",
        arguments: ["/dev/zero", "/dev/null", "fifo", "."])
    func notRegular(target: String) throws {
        let directory = try ExtendsTests.directory([:])
        if target == "fifo" { #expect(mkfifo(directory.appendingPathComponent("fifo").path, 0o600) == 0) }
        let issue = Self.extendsError(target, in: directory)
        #expect(issue?.line == 2)
        #expect(
            issue?.message.contains("is not a regular file") == true
                || issue?.message.contains("is a directory") == true,
            "\(String(describing: issue))")
    }

    @Test("quoted values are cut to 40 characters")
    func shortQuotes() {
        let long = String(repeating: "abcdefghij", count: 50)
        let errors = Self.errors(ScenarioFixtures.replacing("courtrooms: 12", with: "  courtrooms: \(long)"))
        #expect(errors.count == 1)
        #expect(errors.first?.message.contains(String(long.prefix(40)) + "…") == true)
        #expect(errors.first?.message.contains(String(long.prefix(41))) == false)
    }

    @Test("more variants than the limit are refused")
    func manyVariants() {
        let variants = (0..<501).map { "  - {name: v\($0), set: {courts.courtrooms: 13}}" }.joined(separator: "\n")
        let errors = Self.errors(ScenarioFixtures.valid + "\nvariants:\n" + variants + "\n")
        #expect(errors.count == 1)
        #expect(errors.first?.message.contains("501 variants are more than the 500") == true)
    }
}
