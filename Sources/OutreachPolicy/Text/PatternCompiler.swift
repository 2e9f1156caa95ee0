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
        // Most patterns have no gap; without a `~` byte there is no `~`
        // character either, and the pattern is one part as written.
        if !pattern.utf8.contains(UInt8(ascii: "~")) { return [(pattern, nil)] }
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
        // Phrases are tokenised on the fast path, which gives hashes only;
        // a phrase with a word not seen before is tokenised again keeping
        // the words' text, which the vocabulary needs. Most phrases of an
        // alternation repeat words already seen.
        var text = TokenizedText()
        var recorded = TokenizedText(recordWords: true)
        var out: [[UInt64]] = []
        var seen = Set<PhraseKey>(minimumCapacity: expansion.phrases.count)
        for phrase in expansion.phrases {
            var bytes = phrase
            let hashes = bytes.withUTF8 { utf8 -> [UInt64]? in
                text.tokenize(utf8: utf8)
                return text.withTokens { tokens -> [UInt64]? in
                    let n = tokens.count
                    // Drop the start and end tokens unless the pattern is anchored.
                    guard n > 2 else { return nil }
                    let lo = expansion.anchoredStart ? 0 : 1
                    let hi = expansion.anchoredEnd ? n : n - 1
                    var hashes: [UInt64] = []
                    hashes.reserveCapacity(hi - lo)
                    var unseen = false
                    for k in lo..<hi {
                        hashes.append(tokens[k].hash)
                        if words[tokens[k].hash] == nil { unseen = true }
                    }
                    if unseen {
                        recorded.tokenize(utf8: utf8)
                        recorded.withTokens { again in
                            for k in lo..<hi where words[again[k].hash] == nil {
                                words[again[k].hash] = String(decoding: recorded.words[k], as: UTF8.self)
                            }
                        }
                    }
                    return hashes
                }
            }
            guard let hashes else {
                if expansion.phrases.count == 1 { throw PatternError(message: "pattern has no words to match") }
                throw PatternError(message: "one of the pattern's alternatives (\"\(phrase)\") has no words; use [optional] instead of an empty alternative")
            }
            if seen.insert(PhraseKey(hashes)).inserted { out.append(hashes) }
        }
        return out
    }
}

/// A phrase's word hashes as a set member, hashed by folding the (already
/// well mixed) word hashes: hashing the whole array with the standard
/// hasher cost more than tokenising the phrase.
private struct PhraseKey: Hashable {
    let hashes: [UInt64]
    init(_ hashes: [UInt64]) { self.hashes = hashes }

    func hash(into hasher: inout Hasher) {
        var h = UInt64(truncatingIfNeeded: hashes.count)
        for w in hashes { h = (h ^ w) &* 0x9e37_79b9_7f4a_7c15 }
        hasher.combine(h)
    }
}
