/// The key path of a node in a scenario document, as issues print it:
/// `population.groups[1].share` (list items by index, from 0).
struct DocumentPath: Equatable, CustomStringConvertible {
    /// One step: a mapping key or a list index.
    enum Component: Equatable {
        /// A mapping key.
        case key(String)
        /// A list index, from 0.
        case index(Int)
    }

    /// The steps from the document's root.
    var components: [Component] = []

    /// The root of the document.
    static let root = DocumentPath()

    /// This path followed by a mapping key.
    func appending(_ key: String) -> DocumentPath {
        DocumentPath(components: components + [.key(key)])
    }

    /// This path followed by a list index.
    func appending(index: Int) -> DocumentPath {
        DocumentPath(components: components + [.index(index)])
    }

    /// The last mapping key on the path, if any (for messages such as "unknown key in courts").
    var lastKey: String? {
        for component in components.reversed() {
            if case .key(let key) = component { return key }
        }
        return nil
    }

    /// Dotted keys with bracketed indices; empty for the root.
    var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }
}
