import Shared

/// What is wrong with one setting, before it is placed in the file.
struct ConfigProblem: Error {
    var message: String

    init(_ message: String) { self.message = message }

    /// "unknown colour "purpel"; did you mean purple?" — or the choices.
    static func unknown(_ what: String, _ word: String, among known: [String]) -> ConfigProblem {
        let quoted = "\"\(TerminalText.excerpt(word))\""
        if let near = DidYouMean.closest(to: word, in: known) {
            return ConfigProblem("unknown \(what) \(quoted); did you mean \(near)?")
        }
        let list = known.count <= 12 ? known.joined(separator: ", ") : known.prefix(12).joined(separator: ", ") + ", …"
        return ConfigProblem("unknown \(what) \(quoted) (known: \(list))")
    }
}
