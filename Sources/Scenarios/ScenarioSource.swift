import Crypto
import Foundation

/// The text of a scenario made whole: the file parsed, merged over the file it `extends` (and
/// that one over its own base, and so on), with the list of files read and their hash.
struct ScenarioSource {
    /// The merged document, without `extends`; its `variants` are the scenario file's own.
    var root: DocumentNode
    /// Every file read, the scenario file first.
    var files: [String]
    /// SHA-256 of the bytes of every file read, in the order of ``files``, as lowercase hex.
    var sha256: String

    /// Parses `text`, read from `file`, and merges it over the files it extends.
    /// - Returns: The source, or `nil` after reporting why there is none.
    static func assemble(
        text: String, bytes: Data, file: String, limits: LoaderLimits = .standard, log: IssueLog
    ) -> ScenarioSource? {
        var chain = Chain(limits: limits)
        guard bytes.count <= limits.fileBytes else {
            log.error(
                "the scenario is \(NumberText.grouped(Double(bytes.count))) bytes, more than the "
                    + "\(NumberText.grouped(Double(limits.fileBytes))) a scenario file may have",
                fix: "check that this is the scenario file, "
                    + limits.howToRaise(\.fileBytes, unit: "bytes"),
                at: SourceLocation(file: file, line: 1, column: 1), path: .root)
            return nil
        }
        guard let root = assemble(text: text, bytes: bytes, file: file, namedBy: nil, chain: &chain, log: log)
        else {
            return nil
        }
        let digest = chain.hash.finalize().map { String(format: "%02x", $0) }.joined()
        return ScenarioSource(root: root, files: chain.files, sha256: digest)
    }

    /// The files read so far, and their hash.
    private struct Chain {
        let limits: LoaderLimits
        var hash = SHA256()
        /// The files, as issues name them.
        var files: [String] = []
        /// The same files with symbolic links resolved, to find a cycle however it is written.
        var canonical: [String] = []

        init(limits: LoaderLimits) { self.limits = limits }
    }

    /// Parses one file of the chain and merges it over the ones it extends; `namedBy` is the
    /// `extends` of the file that names this one (`nil` for the scenario file itself).
    private static func assemble(
        text: String, bytes: Data, file: String, namedBy: NodeReader?, chain: inout Chain, log: IssueLog
    ) -> DocumentNode? {
        chain.hash.update(data: bytes)
        chain.files.append(file)
        chain.canonical.append(canonicalPath(file))
        guard let root = YAMLText.parse(text, file: file, limits: chain.limits, log: log) else { return nil }
        // A file named by `extends` may be any file at all (`extends: /etc/shadow`): unless it
        // looks like a scenario, it is refused without a word of what it holds. The scenario
        // file itself is the user's own, decoded as it is (with quotes cut short).
        if let namedBy, let reason = notAScenario(root) {
            namedBy.error(
                "cannot extend '\(QuotedText.short(file))': it is not a scenario file (\(reason))",
                fix: "name the scenario file this one is based on")
            return nil
        }
        guard let extendsNode = root["extends"] else { return root }
        let reader = NodeReader(node: extendsNode, path: DocumentPath.root.appending("extends"), log: log)
        guard let relative = reader.name() else { return nil }
        let basePath = resolve(relative, from: file)
        let quoted = QuotedText.short(relative)
        if chain.files.contains(basePath) || chain.canonical.contains(canonicalPath(basePath)) {
            let cycle = (chain.files + [basePath]).map { QuotedText.short($0) }
            reader.error(
                "'\(quoted)' is already part of this scenario: the files extend each other in a cycle "
                    + "(\(cycle.joined(separator: " → ")))",
                fix: "remove 'extends' from one of the files")
            return nil
        }
        guard chain.files.count < chain.limits.extendsDepth else {
            reader.error(
                "'\(quoted)' would be file \(chain.files.count + 1) of a chain of files each extending the "
                    + "next; a scenario may be built of at most \(chain.limits.extendsDepth)",
                fix: "merge some of the files into the ones they extend (this is the limit even with --force)")
            return nil
        }
        let baseBytes: Data, baseText: String
        switch readFile(basePath, maximumBytes: chain.limits.fileBytes) {
        case .success(let contents):
            (baseBytes, baseText) = contents
        case .failure(let problem):
            reader.error(
                "cannot read the file this scenario extends: \(problem.message)",
                fix: problem.fix(chain.limits))
            return nil
        }
        guard
            let base = assemble(
                text: baseText, bytes: baseBytes, file: basePath, namedBy: reader, chain: &chain, log: log)
        else { return nil }
        return root.removing(["extends"]).merged(over: base.removing(["variants", "extends"]))
    }

    /// Why `root` is not the top of a scenario file, or `nil` if it is: a scenario's top level
    /// is a mapping with at least one of its sections. Nothing of the file is quoted, since
    /// it may be any file at all (`extends: /etc/shadow`).
    private static func notAScenario(_ root: DocumentNode) -> String? {
        guard let entries = root.entries else {
            return "its top level is not a mapping of sections (scenario:, run:, population:, ...)"
        }
        guard entries.contains(where: { ScenarioDecoder.topLevelKeys.contains($0.key) }) else {
            return "none of its top-level keys is a scenario section (scenario:, run:, population:, ...)"
        }
        return nil
    }

    /// `path` with symbolic links, `.` and `..` resolved, or as it is if it does not exist.
    private static func canonicalPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `relative` resolved against the directory of `file`, kept relative when `file` is, with
    /// `.` and `dir/..` removed so that issues name `scenarios/base.yaml`, not
    /// `scenarios/reforms/../base.yaml`.
    static func resolve(_ relative: String, from file: String) -> String {
        let directory = (file as NSString).deletingLastPathComponent
        let joined =
            relative.hasPrefix("/") || directory.isEmpty
            ? relative : (directory as NSString).appendingPathComponent(relative)
        var components: [String] = []
        for component in joined.split(separator: "/", omittingEmptySubsequences: false).map(String.init) {
            if component == "." { continue }
            if component == "..", let last = components.last, !last.isEmpty, last != ".." {
                components.removeLast()
            } else {
                components.append(component)
            }
        }
        return components.joined(separator: "/")
    }

    /// Why a file could not be read.
    struct ReadProblem: Error {
        /// What went wrong, naming the path.
        var message: String
        /// How to fix it, given the limits that apply.
        var fix: @Sendable (LoaderLimits) -> String
    }

    /// The bytes and UTF-8 text of the regular file at `path`, if it has at most
    /// `maximumBytes`.
    ///
    /// The file is opened without blocking and checked to be a regular file before anything is
    /// read, so that a device (`/dev/zero`), a pipe or a socket named by mistake or on purpose
    /// is refused at once instead of being read for ever.
    static func readFile(_ path: String, maximumBytes: Int) -> Result<(Data, String), ReadProblem> {
        let quoted = QuotedText.short(path)
        func failure(_ message: String, _ fix: @escaping @Sendable (LoaderLimits) -> String) -> Result<
            (Data, String), ReadProblem
        > {
            .failure(ReadProblem(message: message, fix: fix))
        }
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == EACCES {
                return failure("'\(quoted)' cannot be read") { _ in "check the file's permissions" }
            }
            return failure("no file at '\(quoted)'") { _ in "check the path and the file's name" }
        }
        if status.st_mode & S_IFMT == S_IFDIR {
            return failure("'\(quoted)' is a directory") { _ in "name a scenario file (.yaml)" }
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            return failure("'\(quoted)' is not a regular file (it is a device, a pipe or a socket)") { _ in
                "name a scenario file (.yaml)"
            }
        }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            return failure("'\(quoted)' cannot be read") { _ in "check the file's permissions" }
        }
        defer { close(descriptor) }
        // Checked again on the file opened, in case the path changed in between.
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            return failure("'\(quoted)' is not a regular file") { _ in "name a scenario file (.yaml)" }
        }
        guard let bytes = readAll(descriptor, maximumBytes: maximumBytes) else {
            return failure("'\(quoted)' cannot be read") { _ in "check the file's permissions" }
        }
        guard bytes.count <= maximumBytes else {
            let size = max(Int(status.st_size), bytes.count)
            return failure(
                "'\(quoted)' is \(size > maximumBytes + 1 ? NumberText.grouped(Double(size)) : "more than \(NumberText.grouped(Double(maximumBytes)))") bytes, "
                    + "more than the \(NumberText.grouped(Double(maximumBytes))) a scenario file may have"
            ) { limits in
                "check that this is the scenario file, " + limits.howToRaise(\.fileBytes, unit: "bytes")
            }
        }
        guard let text = String(data: bytes, encoding: .utf8) else {
            return failure("'\(quoted)' is not UTF-8 text") { _ in "save the file as UTF-8" }
        }
        return .success((bytes, text))
    }

    /// Up to `maximumBytes` + 1 bytes of the open file (one more than allowed, to tell that it
    /// is too large), or `nil` on a read error.
    private static func readAll(_ descriptor: Int32, maximumBytes: Int) -> Data? {
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while data.count <= maximumBytes {
            let wanted = min(chunk.count, maximumBytes + 1 - data.count)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, wanted) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { break }
            data.append(contentsOf: chunk[0..<count])
        }
        return data
    }
}
