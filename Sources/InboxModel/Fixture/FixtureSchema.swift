/// The keys format v1 allows where, for unknown-key errors and suggestions.
enum FixtureSchema {
    static let version = 1
    static let topKeys = ["version", "title", "owner", "now", "source", "engagement", "people", "events"]
    static let personKeys = ["id", "name", "headline", "photo", "connections", "joined", "mutual", "connected", "label", "kind"]
    static let ownerKeys = ["id", "name", "headline", "photo", "connections", "joined", "mutual"]
    static let commonEventKeys = ["type", "at", "caption"]

    /// Keys each event type takes besides `type`, `at` and `caption`;
    /// the first list is required, the second optional.
    static func eventKeys(_ type: EventType) -> (required: [String], optional: [String]) {
        switch type {
        case .invite: return (["from", "to"], ["note", "label"])
        case .accept, .ignore: return (["by", "from"], [])
        case .message: return (["from", "to", "body"], [])
        case .post: return (["by", "id", "text"], [])
        case .comment: return (["by", "post", "text"], [])
        case .like: return (["by", "post"], [])
        }
    }

    static let allEventKeys = ["type", "at", "caption", "from", "to", "by", "note", "label", "body", "id", "text", "post"]

    /// "unknown key "conections"; did you mean "connections"?"
    static func unknownKey(_ key: String, known: [String]) -> String {
        var message = "unknown key \"\(shown(key))\""
        if let best = closest(to: key, in: known) { message += "; did you mean \"\(best)\"?" }
        return message
    }

    /// User-written text as errors quote it: a hostile file can make a key
    /// or id megabytes long, and the error must stay a readable line.
    static func shown(_ text: some StringProtocol) -> String {
        text.utf8.count <= 40 ? String(text) : String(text.prefix(40))
    }

    /// The candidate within a small edit distance of `word`, if any.
    static func closest(to word: String, in candidates: [String]) -> String? {
        let w = Array(word.lowercased())
        guard w.count <= 64 else { return nil }
        var best: (String, Int)?
        for c in candidates {
            let d = editDistance(w, Array(c))
            if d <= max(2, c.count / 3), d < (best?.1 ?? .max) { best = (c, d) }
        }
        return best?.0
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count)
        var cur = prev
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }
}

extension EventType {
    /// "an invite", "a message": the type as error messages name it.
    var withArticle: String {
        let vowel = rawValue.first.map { "aeiou".contains($0) } ?? false
        return (vowel ? "an " : "a ") + rawValue
    }
}
