import Foundation

/// The learned rule's classifier, ready to judge: multinomial naive Bayes
/// over words and bigrams, as one weight per feature (the log of how much
/// likelier it is in a thirsty thread than in a sincere one) in a flat
/// open-addressing table keyed by the hash the tokenizer already computed,
/// so scoring a message costs one or two probes per word.
public final class LearnedModel: Sendable {
    public let counts: LearnedCounts
    /// Log prior odds of thirsty.
    let prior: Double
    let slots: [LearnedSlot]
    /// Rules out most words and bigrams of a message before `slots` is probed.
    let filter: HashBitFilter
    /// Per feature (the `counts.features` index): its weight, and what a
    /// person reads as evidence ("" when it should never be quoted).
    let weights: [Float]
    let quotable: [String]

    /// Laplace smoothing: a feature never seen in a class is as if seen once.
    static let smoothing = 1.0

    public init(counts: LearnedCounts) {
        self.counts = counts
        let v = Double(max(counts.features.count, 1))
        let a = Self.smoothing
        let t = Double(counts.thirstyTotal) + a * v, s = Double(counts.sincereTotal) + a * v
        prior = log((Double(counts.thirstyThreads) + 1) / (Double(counts.sincereThreads) + 1))
        var weights: [Float] = []
        var quotable: [String] = []
        weights.reserveCapacity(counts.features.count)
        var capacity = 64
        while capacity < counts.features.count * 2 { capacity <<= 1 }
        var slots = [LearnedSlot](repeating: LearnedSlot(), count: capacity)
        var filter = HashBitFilter()
        let mask = capacity - 1
        for (i, f) in counts.features.enumerated() {
            let w = log((Double(f.thirsty) + a) / t) - log((Double(f.sincere) + a) / s)
            weights.append(Float(w))
            quotable.append(Self.isQuotable(f.words) ? f.display : "")
            let key = Self.hash(f.words)
            filter.insert(key)
            var j = LearnedSlot.home(key, mask)
            while slots[j].key != 0 && slots[j].key != key { j = (j &+ 1) & mask }
            // Two spellings that normalise alike hash alike: the first keeps the slot.
            if slots[j].key == key { continue }
            let tracked = Self.isQuotable(f.words) && i < Int(LearnedMessageScore.none)
            slots[j] = LearnedSlot(key: key, weight: Float(w), feature: tracked ? Int32(i) : -1)
        }
        self.slots = slots
        self.filter = filter
        self.weights = weights
        self.quotable = quotable
    }

    /// The model that ships inside the binary; nil only if its file is
    /// damaged, which the test suite rules out.
    public static let shipped: LearnedModel? = {
        guard let counts = try? LearnedModelFile.decode(String(decoding: PackageResources.model_tsv, as: UTF8.self)) else { return nil }
        return LearnedModel(counts: counts)
    }()

    /// The shipped counts with the user's teachings added on top.
    public func teaching(_ taught: LearnedCounts) -> LearnedModel {
        taught.features.isEmpty && taught.thirstyThreads == 0 && taught.sincereThreads == 0 ? self : LearnedModel(counts: counts.adding(taught))
    }

    static func hash(_ words: [String]) -> UInt64 {
        let first = WordHash.of(words[0].utf8)
        return words.count == 1 ? first : LearnedFeatures.bigram(first, WordHash.of(words[1].utf8))
    }

    /// Words a person would underline: not a number, and not starting or
    /// ending on a function word ("a", "for", "the").
    static func isQuotable(_ words: [String]) -> Bool {
        guard let first = words.first, let last = words.last else { return false }
        if functionWords.contains(first) || functionWords.contains(last) { return false }
        return words.allSatisfy { w in w.unicodeScalars.contains { $0.properties.isAlphabetic } && !w.contains("0") }
    }

    static let functionWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "so", "if", "as", "of", "to", "for", "in", "on", "at", "by", "from",
        "with", "about", "into", "over", "than", "then", "that", "this", "these", "those", "it", "its", "is", "are", "was",
        "were", "be", "been", "am", "do", "does", "did", "have", "has", "had", "i", "im", "ive", "id", "ill", "me", "my",
        "we", "us", "our", "you", "your", "youre", "he", "she", "him", "her", "his", "they", "them", "their", "there",
        "what", "which", "who", "whom", "when", "where", "how", "will", "would", "can", "could", "should", "just", "not",
        "no", "yes", "up", "out", "all", "any", "some", "very", "also", "too", "here", "hi", "hello", "dear",
    ]

    /// Probability that a sender whose messages sum to `logOdds` is thirsty.
    public func probability(logOdds: Double) -> Double {
        let x = prior + logOdds
        return 1 / (1 + exp(-x))
    }

    /// The log odds and the strongest quotable features of one message's tokens.
    func score(_ tokens: UnsafeBufferPointer<Token>) -> LearnedMessageScore {
        var tops = LearnedMessageScore.Tops()
        var sum: Float = 0
        let filter = self.filter
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count &- 1
            LearnedFeatures.forEach(tokens) { key, _, _ in
                if !filter.mayContain(key) { return }
                var j = LearnedSlot.home(key, mask)
                while true {
                    let s = slots[j]
                    if s.key == key {
                        sum += s.weight
                        if s.feature >= 0 { tops.consider(UInt16(truncatingIfNeeded: s.feature), s.weight) }
                        return
                    }
                    if s.key == 0 { return }
                    j = (j &+ 1) & mask
                }
            }
        }
        return LearnedMessageScore(logOdds: sum, tops: tops)
    }

    /// Log odds and features of a text, tokenised here (tests and tools;
    /// the analysis scores the tokens its scan already made).
    func score(text: String) -> LearnedMessageScore {
        var tokens = TokenizedText()
        tokens.tokenize(text)
        return tokens.withTokens { score($0) }
    }
}

struct LearnedSlot: Sendable {
    var key: UInt64 = 0
    var weight: Float = 0
    var feature: Int32 = -1

    @inline(__always) static func home(_ hash: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 31)) & mask
    }
}
