/// A pattern of the rulebook in the form the matcher looks for: one or more
/// segments (split at `~` gaps), each a list of phrases, each phrase a list
/// of word hashes. Spelling variants are added when words get ids.
struct CompiledPattern: Equatable {
    var segments: [[[UInt64]]]
    /// `gaps[i]`: most words allowed between segment i and i + 1.
    var gaps: [Int]
}

/// Turns one pattern into what the matcher looks for: gaps split off,
/// syntax expanded, each phrase tokenised exactly like message text.
enum PatternCompiler {
    static let defaultGap = 3

    /// `words` collects the text of every word hash seen, for the vocabulary.
    static func compile(_ pattern: String, words: inout [UInt64: String]) throws(PatternError) -> CompiledPattern {
        let parts = try splitGaps(pattern)
        var out = CompiledPattern(segments: [], gaps: [])
        for (i, part) in parts.enumerated() {
            let expansion = try PatternSyntax.expand(part.text)
            if i > 0 && expansion.anchoredStart { throw PatternError(message: "`^` is allowed only at the start of a pattern") }
            if i < parts.count - 1 && expansion.anchoredEnd { throw PatternError(message: "`$` is allowed only at the end of a pattern") }
            out.segments.append(try phrases(expansion, words: &words))
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

    private static func phrases(_ expansion: PatternSyntax.Expansion, words: inout [UInt64: String]) throws(PatternError) -> [[UInt64]] {
        var text = TokenizedText(recordWords: true)
        var out: [[UInt64]] = []
        var seen = Set<[UInt64]>()
        for phrase in expansion.phrases {
            text.tokenize(phrase)
            let n = text.tokens.count
            // Drop the start and end tokens unless the pattern is anchored.
            guard n > 2 else {
                if expansion.phrases.count == 1 { throw PatternError(message: "pattern has no words to match") }
                throw PatternError(message: "one of the pattern's alternatives (\"\(phrase)\") has no words; use [optional] instead of an empty alternative")
            }
            let lo = expansion.anchoredStart ? 0 : 1
            let hi = expansion.anchoredEnd ? n : n - 1
            var hashes: [UInt64] = []
            hashes.reserveCapacity(hi - lo)
            for k in lo..<hi {
                let h = text.tokens[k].hash
                hashes.append(h)
                if words[h] == nil { words[h] = String(decoding: text.words[k], as: UTF8.self) }
            }
            if seen.insert(hashes).inserted { out.append(hashes) }
        }
        return out
    }
}
