import Shared

/// The keys format v1 allows where, for unknown-key errors and suggestions.
enum FixtureSchema {
    static let version = 1
    static let topKeys = ["version", "title", "owner", "now", "source", "engagement", "people", "events"]
    static let personKeys = ["id", "name", "headline", "photo", "connections", "joined", "mutual", "connected", "label", "kind"]
    static let ownerKeys = ["id", "name", "headline", "photo", "connections", "joined", "mutual"]
    // The event keys are made from `EventFields` (EventFields.swift).

    /// "unknown key "conections"; did you mean "connections"?"
    static func unknownKey(_ key: String, known: [String]) -> String {
        var message = "unknown key \"\(shown(key))\""
        if let best = closest(to: key, in: known) { message += "; did you mean \"\(best)\"?" }
        return message
    }

    /// User-written text as errors quote it: a hostile file can make a key
    /// or id megabytes long (even one grapheme), and the error must stay a
    /// readable line, so the excerpt is capped in bytes.
    static func shown(_ text: some StringProtocol) -> String { TerminalText.excerpt(text, maxBytes: 40) }

    /// The candidate within a small edit distance of `word`, if any (see
    /// `DidYouMean`).
    static func closest(to word: String, in candidates: [String]) -> String? { DidYouMean.closest(to: word, in: candidates) }
}

extension EventType {
    /// "an invite", "a message": the type as error messages name it.
    var withArticle: String {
        let vowel = rawValue.first.map { "aeiou".contains($0) } ?? false
        return (vowel ? "an " : "a ") + rawValue
    }
}
