import PolicyKit

/// "Did you mean …?" hints for misspelt keys and names, from ``PolicyKit/ClosestName``.
enum Suggestion {
    /// "; did you mean 'x'?" when a candidate is close to `word`, else "".
    static func didYouMean(_ word: String, among candidates: [String]) -> String {
        ClosestName.suggestion(for: word, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// The names as a list for a message: "a, b, c", or "none".
    static func list(_ names: [String]) -> String {
        names.isEmpty ? "none" : names.joined(separator: ", ")
    }
}
