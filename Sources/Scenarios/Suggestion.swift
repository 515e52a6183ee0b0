import PolicyKit

/// "Did you mean …?" hints for misspelt keys and names, from ``PolicyKit/ClosestName``.
enum Suggestion {
    /// "; did you mean 'x'?" when a candidate is close to `word`, else "". A word much longer
    /// than every candidate is no misspelling of one (and comparing it would cost its length
    /// times theirs).
    static func didYouMean(_ word: String, among candidates: [String]) -> String {
        guard isComparable(word, with: candidates) else { return "" }
        return ClosestName.suggestion(for: word, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Whether `word` is short enough to be a misspelling of one of `candidates`.
    static func isComparable(_ word: String, with candidates: [String]) -> Bool {
        word.utf8.count <= 2 * (candidates.map(\.utf8.count).max() ?? 0) + 8
    }

    /// The names as a list for a message: "a, b, c", or "none".
    static func list(_ names: [String]) -> String {
        names.isEmpty ? "none" : names.joined(separator: ", ")
    }
}
