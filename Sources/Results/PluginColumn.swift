import Experiments
import Foundation

/// The `runs.plugins` column: a run's plugins as a JSON array of `{"path", "sha256",
/// "modules"}` objects, in the order they were loaded (`[]` for none, and for runs stored
/// before the column existed).
enum PluginColumn {
    /// The column's text for `plugins`.
    static func text(_ plugins: [RunIdentity.Plugin]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(plugins), as: UTF8.self)
    }

    /// The plugins the column's `text` lists.
    /// - Throws: if the text is not such a list (a store edited by hand).
    static func plugins(_ text: String) throws -> [RunIdentity.Plugin] {
        try JSONDecoder().decode([RunIdentity.Plugin].self, from: Data(text.utf8))
    }
}
