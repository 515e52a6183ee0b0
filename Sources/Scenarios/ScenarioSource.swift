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
    static func assemble(text: String, bytes: Data, file: String, log: IssueLog) -> ScenarioSource? {
        var hash = SHA256()
        var files: [String] = []
        guard let root = assemble(text: text, bytes: bytes, file: file, hash: &hash, files: &files, log: log)
        else {
            return nil
        }
        let digest = hash.finalize().map { String(format: "%02x", $0) }.joined()
        return ScenarioSource(root: root, files: files, sha256: digest)
    }

    private static func assemble(
        text: String, bytes: Data, file: String, hash: inout SHA256, files: inout [String],
        log: IssueLog
    ) -> DocumentNode? {
        hash.update(data: bytes)
        files.append(file)
        guard let root = YAMLText.parse(text, file: file, log: log) else { return nil }
        guard let extendsNode = root["extends"] else { return root }
        let reader = NodeReader(node: extendsNode, path: DocumentPath.root.appending("extends"), log: log)
        guard let relative = reader.name() else { return nil }
        let basePath = resolve(relative, from: file)
        if files.contains(basePath) {
            reader.error(
                "'\(relative)' is already part of this scenario: the files extend each other in a cycle "
                    + "(\((files + [basePath]).joined(separator: " → ")))",
                fix: "remove 'extends' from one of the files")
            return nil
        }
        let baseBytes: Data, baseText: String
        switch readFile(basePath) {
        case .success(let contents):
            (baseBytes, baseText) = contents
        case .failure(let problem):
            reader.error("cannot read the file this scenario extends: \(problem.message)", fix: problem.fix)
            return nil
        }
        guard
            let base = assemble(
                text: baseText, bytes: baseBytes, file: basePath, hash: &hash, files: &files,
                log: log)
        else { return nil }
        return root.removing(["extends"]).merged(over: base.removing(["variants", "extends"]))
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
        /// How to fix it.
        var fix: String
    }

    /// The bytes and UTF-8 text of the file at `path`.
    static func readFile(_ path: String) -> Result<(Data, String), ReadProblem> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(
                ReadProblem(message: "no file at '\(path)'", fix: "check the path and the file's name"))
        }
        guard !isDirectory.boolValue else {
            return .failure(
                ReadProblem(message: "'\(path)' is a directory", fix: "name a scenario file (.yaml)"))
        }
        guard let bytes = FileManager.default.contents(atPath: path) else {
            return .failure(
                ReadProblem(message: "'\(path)' cannot be read", fix: "check the file's permissions"))
        }
        guard let text = String(data: bytes, encoding: .utf8) else {
            return .failure(
                ReadProblem(message: "'\(path)' is not UTF-8 text", fix: "save the file as UTF-8"))
        }
        return .success((bytes, text))
    }
}
