import Foundation
import Testing

/// A clone of the repository is all a user has: no tracked file may cite documents or data
/// that live outside it, every `docs/….md` a file cites must exist, and the calibration data
/// in `data/` must be the bytes whose sha256 sums `data/README.md` lists.
@Suite("The repository stands alone")
struct RepositoryStandsAloneTests {
    static let root = RunEndToEndTests.root

    /// Text that cites files a clone does not have: the project's planning folder beside the
    /// repository and the documents kept there. Each is assembled from two parts, so that this
    /// file does not match itself.
    static let outsideReferences = [
        "../" + "shared", "shared/" + "data", "shared/" + "benchmarks", "shared/" + "recipes",
        "DESIGN" + ".md", "FIGURES" + ".md", "PUBLISHED" + ".md",
    ]

    /// The repository's tracked files, relative to its root: `git ls-files`, or, where the
    /// tree is not a git checkout, every file outside build products and local environments.
    static func trackedFiles() throws -> [String] {
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["git", "-C", root.path, "ls-files", "-z"]
        let output = Pipe()
        git.standardOutput = output
        git.standardError = FileHandle.nullDevice
        if (try? git.run()) != nil {
            let listing = output.fileHandleForReading.readDataToEndOfFile()
            git.waitUntilExit()
            if git.terminationStatus == 0 {
                return listing.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            }
        }
        return walkedFiles()
    }

    /// Every file under the root, leaving out what `.gitignore` leaves out (build folders,
    /// SwiftPM's state, Python environments and caches, the notebooks' outputs).
    static func walkedFiles() -> [String] {
        let skipped: Set<String> = [".git", ".swiftpm", ".venv-nb", "__pycache__"]
        guard
            let walk = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey])
        else { return [] }
        var files: [String] = []
        let prefix = root.standardizedFileURL.path + "/"
        for case let url as URL in walk {
            let relative = String(url.standardizedFileURL.path.dropFirst(prefix.count))
            let name = url.lastPathComponent
            if (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true {
                if skipped.contains(name) || name.hasPrefix(".build") || relative == "notebooks/out" {
                    walk.skipDescendants()
                }
                continue
            }
            if !skipped.contains(name) && !name.hasSuffix(".sqlite") && !name.contains(".sqlite-") {
                files.append(relative)
            }
        }
        return files
    }

    @Test("outside a git checkout, walking the tree finds every tracked file")
    func walkFindsTrackedFiles() throws {
        let walked = Set(Self.walkedFiles())
        let unfound = try Self.trackedFiles().filter {
            FileManager.default.fileExists(atPath: Self.root.appendingPathComponent($0).path)
                && !walked.contains($0)
        }
        #expect(unfound.isEmpty, "tracked but skipped by the walk: \(unfound.prefix(10))")
    }

    /// Each tracked text file with its lines (files that are not UTF-8, or are gone from the
    /// work tree, are left out).
    static func textFiles() throws -> [(path: String, lines: [Substring])] {
        try trackedFiles().compactMap { path in
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path),
                let text = String(data: data, encoding: .utf8)
            else { return nil }
            return (path, text.split(separator: "\n", omittingEmptySubsequences: false))
        }
    }

    @Test("no tracked file cites a document or data outside the repository")
    func noOutsideReferences() throws {
        let files = try Self.textFiles()
        #expect(files.count > 100, "the listing of tracked files looks wrong: \(files.count) files")
        var found: [String] = []
        for file in files {
            for (index, line) in file.lines.enumerated() {
                for reference in Self.outsideReferences where line.contains(reference) {
                    found.append("\(file.path):\(index + 1): cites \(reference)")
                }
            }
        }
        #expect(
            found.isEmpty,
            "cite the repository's own docs (docs/, data/) instead:\n\(found.joined(separator: "\n"))")
    }

    @Test("every docs/….md that a tracked file cites exists")
    func citedDocsExist() throws {
        var missing: [String] = []
        for file in try Self.textFiles() {
            for (index, line) in file.lines.enumerated() where line.contains("docs/") {
                for match in line.matches(of: #/docs/[A-Za-z0-9_.-]+\.md/#) {
                    let cited = String(line[match.range])
                    if !FileManager.default.fileExists(atPath: Self.root.appendingPathComponent(cited).path) {
                        missing.append("\(file.path):\(index + 1): \(cited)")
                    }
                }
            }
        }
        #expect(missing.isEmpty, "cited but not in the repository:\n\(missing.joined(separator: "\n"))")
    }

    /// The (file name, sha256) lines of `data/README.md`, written as `sha256sum` prints them.
    static func listedChecksums() throws -> [(name: String, sha256: String)] {
        let readme = try String(contentsOf: root.appendingPathComponent("data/README.md"), encoding: .utf8)
        return readme.split(separator: "\n").compactMap { line in
            guard let match = line.wholeMatch(of: #/([0-9a-f]{64})  ([A-Za-z0-9_.-]+)/#) else { return nil }
            return (String(match.output.2), String(match.output.1))
        }
    }

    @Test("the files in data/ have the sha256 sums data/README.md lists, and every .csv there is listed")
    func dataChecksums() throws {
        let listed = try Self.listedChecksums()
        #expect(!listed.isEmpty, "data/README.md lists no sha256 sums")
        for entry in listed {
            let path = Self.root.appendingPathComponent("data").appendingPathComponent(entry.name).path
            let bytes = try #require(
                FileManager.default.contents(atPath: path), "data/\(entry.name) is listed but missing")
            #expect(
                SHA256.hex([UInt8](bytes)) == entry.sha256,
                "data/\(entry.name) differs from its listed sha256")
        }
        let shipped = try FileManager.default.contentsOfDirectory(
            atPath: Self.root.appendingPathComponent("data").path
        )
        .filter { $0.hasSuffix(".csv") }
        #expect(
            Set(shipped) == Set(listed.map(\.name)), "every .csv in data/ needs its sha256 in data/README.md")
    }

    @Test(
        "SHA256 gives the FIPS 180-4 example digests",
        arguments: [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
            ),
        ])
    func digestExamples(message: String, digest: String) {
        #expect(SHA256.hex(Array(message.utf8)) == digest)
    }
}
