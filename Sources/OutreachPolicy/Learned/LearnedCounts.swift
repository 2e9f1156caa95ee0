/// What the learned rule knows, as counts: how often each feature occurred
/// in the thirsty and in the sincere threads it was taught, and how many
/// of each it saw. Counts, not weights, are what ships and what the user's
/// teachings add to, so teaching is an addition and never a retraining.
public struct LearnedCounts: Sendable, Equatable {
    public struct Feature: Sendable, Equatable {
        /// The normalised words (one for a word, two for a bigram).
        public var words: [String]
        /// How a person would read it: the most common spelling seen.
        public var display: String
        public var thirsty: Int
        public var sincere: Int
    }

    public var thirstyThreads = 0
    public var sincereThreads = 0
    /// Feature occurrences in each class, pruned features included.
    public var thirstyTotal = 0
    public var sincereTotal = 0
    /// Sorted by `words`, each once.
    public var features: [Feature] = []

    public init() {}

    /// `self` plus `other`, feature by feature.
    public func adding(_ other: LearnedCounts) -> LearnedCounts {
        var out = self
        out.thirstyThreads += other.thirstyThreads
        out.sincereThreads += other.sincereThreads
        out.thirstyTotal += other.thirstyTotal
        out.sincereTotal += other.sincereTotal
        var merged: [Feature] = []
        merged.reserveCapacity(features.count + other.features.count)
        var i = 0, j = 0
        let a = features, b = other.features
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i].words.lexicographicallyPrecedes(b[j].words)) {
                merged.append(a[i]); i += 1
            } else if i == a.count || b[j].words.lexicographicallyPrecedes(a[i].words) {
                merged.append(b[j]); j += 1
            } else {
                var f = a[i]
                f.thirsty += b[j].thirsty
                f.sincere += b[j].sincere
                merged.append(f)
                i += 1; j += 1
            }
        }
        out.features = merged
        return out
    }
}
