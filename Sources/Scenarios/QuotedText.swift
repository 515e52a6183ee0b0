/// Text from a file as a message quotes it: short, on one line, and cut with "…".
///
/// A scenario may hold long texts, and a file named by `extends` may not be a scenario at all;
/// messages then quote at most a few words of it, never whole lines of whatever it holds.
enum QuotedText {
    /// The most characters quoted.
    static let maximumCharacters = 40

    /// `text` cut to ``maximumCharacters`` (with "…" when cut), control characters and line
    /// breaks shown as "?".
    static func short(_ text: String) -> String {
        var result = ""
        for (offset, character) in text.enumerated() {
            if offset == maximumCharacters {
                result.append("…")
                break
            }
            let isControl = character.unicodeScalars.contains { $0.properties.generalCategory == .control }
            result.append(isControl ? "?" : character)
        }
        return result
    }
}
