/// A pattern of the rulebook in the form the matcher looks for: one or more
/// segments (split at `~` gaps), each a list of phrases, each phrase a list
/// of normalised words. Spelling variants are added when words get ids.
struct CompiledPattern: Equatable {
    var segments: [[[String]]]
    /// `gaps[i]`: most words allowed between segment i and i + 1.
    var gaps: [Int]
}

/// Turns one pattern into what the matcher looks for: gaps split off,
/// syntax expanded, each phrase tokenised exactly like message text.
enum PatternCompiler {
    static let defaultGap = 3

    static func compile(_ pattern: String) throws(PatternError) -> CompiledPattern {
        let parts = try splitGaps(pattern)
        var out = CompiledPattern(segments: [], gaps: [])
        for (i, part) in parts.enumerated() {
            let expansion = try PatternSyntax.expand(part.text)
            if i > 0 && expansion.anchoredStart { throw PatternError(message: "`^` is allowed only at the start of a pattern") }
            if i < parts.count - 1 && expansion.anchoredEnd { throw PatternError(message: "`$` is allowed only at the end of a pattern") }
            out.segments.append(try phrases(expansion))
            if let gap = part.gapAfter { out.gaps.append(gap) }
        }
        return out
    }

    /// Splits at top-level `~` (up to three words) and `~N` (up to N words).
    private static func splitGaps(_ pattern: String) throws(PatternError) -> [(text: String, gapAfter: Int?)] {
        var parts: [(String, Int?)] = []
        var current = ""
        var depth = 0
        var chars = Array(pattern)[...]
        while let c = chars.popFirst() {
            switch c {
            case "\\":
                current.append(c)
                if let next = chars.popFirst() { current.append(next) }
            case "(", "[":
                depth += 1
                current.append(c)
            case ")", "]":
                depth -= 1
                current.append(c)
            case "~":
                guard depth == 0 else { throw PatternError(message: "`~` cannot be used inside brackets") }
                var gap = defaultGap
                if let d = chars.first, let n = d.wholeNumberValue {
                    gap = n
                    chars.removeFirst()
                }
                guard !current.allSatisfy({ $0 == " " }) else { throw PatternError(message: "`~` needs words on both sides") }
                parts.append((current, gap))
                current = ""
            default:
                current.append(c)
            }
        }
        guard !current.allSatisfy({ $0 == " " }) || parts.isEmpty else { throw PatternError(message: "`~` needs words on both sides") }
        parts.append((current, nil))
        return parts
    }

    private static func phrases(_ expansion: PatternSyntax.Expansion) throws(PatternError) -> [[String]] {
        var text = TokenizedText(recordWords: true)
        var out: [[String]] = []
        var seen = Set<[String]>()
        for phrase in expansion.phrases {
            text.tokenize(phrase)
            // Drop the start and end tokens unless the pattern is anchored.
            var words = text.words.map { String(decoding: $0, as: UTF8.self) }
            let inner = words.count - 2
            guard inner > 0 else {
                if expansion.phrases.count == 1 { throw PatternError(message: "pattern has no words to match") }
                throw PatternError(message: "one of the pattern's alternatives (\"\(phrase)\") has no words; use [optional] instead of an empty alternative")
            }
            if !expansion.anchoredEnd { words.removeLast() }
            if !expansion.anchoredStart { words.removeFirst() }
            if seen.insert(words).inserted { out.append(words) }
        }
        return out
    }
}
