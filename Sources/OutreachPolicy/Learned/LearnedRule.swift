import InboxModel

/// The learned classifier as one scored rule, SpamAssassin's `BAYES_*`
/// way: the probability that the sender's messages are thirsty falls in a
/// band, and each band is a rule id with its own score. Confident bands
/// weigh like one solid rule, never like a whole ladder, so the learned
/// rule can tip a borderline thread but not judge one alone. The scores
/// were set on the first-score runs of blind rounds the model had not been
/// trained on, where the model was right more often than the rules: see
/// the README's evaluation section.
public struct LearnedBand: Sendable, Equatable {
    public var id: String
    public var score: Double
    /// The band holds probabilities in `lower..<upper`.
    public var lower: Double
    public var upper: Double

    public static let all: [LearnedBand] = [
        LearnedBand(id: "LEARNED_SINCERE_99", score: -2.5, lower: 0, upper: 0.01),
        LearnedBand(id: "LEARNED_SINCERE_95", score: -1.5, lower: 0.01, upper: 0.05),
        LearnedBand(id: "LEARNED_SINCERE_80", score: -0.5, lower: 0.05, upper: 0.20),
        LearnedBand(id: "LEARNED_THIRSTY_80", score: 0.5, lower: 0.80, upper: 0.95),
        LearnedBand(id: "LEARNED_THIRSTY_95", score: 1.5, lower: 0.95, upper: 0.99),
        LearnedBand(id: "LEARNED_THIRSTY_99", score: 3.5, lower: 0.99, upper: 1.0000001),
    ]

    /// The band `p` falls in; nil in the undecided middle.
    public static func index(of p: Double) -> Int? {
        all.firstIndex { p >= $0.lower && p < $0.upper }
    }

    var isThirsty: Bool { score > 0 }
}

/// The learned rule as the analysis applies it: one model, and the rule
/// names of a rulebook with the bands after its own rules, so a learned
/// finding packs like any other.
struct LearnedRule: Sendable {
    let model: LearnedModel
    let names: RuleNames
    /// Index of the first band among the names.
    let firstBand: Int

    init(model: LearnedModel, book: CompiledRulebook) {
        self.model = model
        firstBand = book.count
        let bands = LearnedBand.all
        names = RuleNames(
            ids: book.names.ids + bands.map(\.id), scores: book.names.scores + bands.map(\.score),
            categories: book.names.categories + bands.map { $0.isThirsty ? RuleCategory.sincere : .credit })
    }

    /// How many features a finding quotes.
    static let evidenceCount = 4

    /// The sum over a thread's messages, with the strongest features seen.
    struct Tally {
        var logOdds: Double = 0
        var thirsty = InlineArray<4, UInt16>(repeating: LearnedMessageScore.none)
        var sincere = InlineArray<4, UInt16>(repeating: LearnedMessageScore.none)
        /// The weights of the features kept, beside them: this runs for
        /// every message, and looking each one up again in the model's
        /// weights is a load (often a cache miss) per comparison.
        private var thirstyWeights = InlineArray<4, Float>(repeating: 0)
        private var sincereWeights = InlineArray<4, Float>(repeating: 0)

        mutating func add(_ m: LearnedMessageScore, weights: [Float]) {
            logOdds += Double(m.logOdds)
            Self.keep(m.thirsty.0, in: &thirsty, kept: &thirstyWeights, weights: weights, sign: 1)
            Self.keep(m.thirsty.1, in: &thirsty, kept: &thirstyWeights, weights: weights, sign: 1)
            Self.keep(m.sincere.0, in: &sincere, kept: &sincereWeights, weights: weights, sign: -1)
            Self.keep(m.sincere.1, in: &sincere, kept: &sincereWeights, weights: weights, sign: -1)
        }

        /// Inserts `f` into `list`, kept strongest first and free of repeats.
        private static func keep(
            _ f: UInt16, in list: inout InlineArray<4, UInt16>, kept: inout InlineArray<4, Float>, weights: [Float], sign: Float
        ) {
            guard f != LearnedMessageScore.none else { return }
            var f = f
            var w = weights[Int(f)]
            for i in 0..<4 {
                let here = list[i]
                if here == f { return }
                if here == LearnedMessageScore.none {
                    list[i] = f
                    kept[i] = w
                    return
                }
                if w * sign > kept[i] * sign {
                    list[i] = f
                    f = here
                    swap(&w, &kept[i])
                }
            }
        }
    }

    /// The band the thread's tally falls in, with its evidence: the
    /// features that weighed most toward the band's side.
    func judge(_ tally: Tally) -> (band: Int, evidence: String)? {
        let p = model.probability(logOdds: tally.logOdds)
        guard let band = LearnedBand.index(of: p) else { return nil }
        let list = LearnedBand.all[band].isThirsty ? tally.thirsty : tally.sincere
        // Written straight into one string: this runs for every thread,
        // and a list of words joined after cost more than the rest of it.
        var evidence = ""
        for i in 0..<4 where list[i] != LearnedMessageScore.none {
            let shown = model.quotable[Int(list[i])]
            guard !shown.isEmpty else { continue }
            if !evidence.isEmpty { evidence += ", " }
            evidence += shown
        }
        return (band, evidence)
    }
}

extension LearnedRule {
    /// Adds the band the thread falls in to its score and findings, at the
    /// sender's last message (the rule reads all of them).
    func apply(
        _ tally: Tally, eventIndex: Int?, at: Timestamp, threshold: Double,
        score: inout Double, findings: inout [PackedFinding], broken: inout UInt8, flaggedAt: inout ThreadVerdict.Moment?
    ) {
        guard let (band, evidence) = judge(tally) else { return }
        var f = PackedFinding(rule: firstBand + band, eventIndex: eventIndex, at: at)
        f.kind = .quote
        f.source = evidence
        f.hi = Int32(truncatingIfNeeded: evidence.utf8.count)
        findings.append(f)
        let b = LearnedBand.all[band]
        score += b.score
        // Reading like the thirsty threads it learned from is a failure of
        // the article's third rule: template phrasing.
        if b.isThirsty, let bit = ArticleRule.allCases.firstIndex(of: .sincere) { broken |= 1 << UInt8(bit) }
        if flaggedAt == nil && roundScore(score) >= threshold { flaggedAt = ThreadVerdict.Moment(eventIndex: eventIndex, at: at) }
    }
}
