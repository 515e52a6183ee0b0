import Crypto
import Experiments
import Foundation

extension RunIdentity.Plugin {
    /// The record of a plugin library loaded from `path` that registered `modules`: its path
    /// made absolute with symbolic links resolved, and the SHA-256 of the file's bytes.
    /// - Throws: if the file cannot be read (it was just loaded, so only if it changed since).
    init(loadedFrom path: String, modules: [String]) throws {
        let url = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        let digest = SHA256.hash(data: try Data(contentsOf: url))
        self.init(path: url.path, sha256: digest.map { String(format: "%02x", $0) }.joined(), modules: modules)
    }
}
