import InboxModel

/// A finding as verdicts keep it: the rule by index and where its evidence
/// comes from. A 300,000-message inbox has about 200,000 findings; their
/// evidence is built into text only when a finding is read (a detail pane,
/// a report), so judging allocates no strings and holds none.
struct PackedFinding: Sendable {
    enum Kind: UInt8, Sendable {
        /// No evidence (a meta rule over rules without any).
        case none
        /// Bytes `lo..<hi` of `source`, as written.
        case quote
        /// Bytes `lo..<hi` of the message text `number` of the analysis
        /// (`RuleNames.quoted`), as written.
        case messageQuote
        /// A sentence about a thread condition: predicate `lo`, must hold
        /// when `hi` is 1, about `number` (see `MessageContext`).
        case timeline
        /// A sentence about the sender's profile: predicate `lo`.
        case profile
    }

    /// The text a quote comes from (the message, note, headline or name,
    /// sharing its storage); empty otherwise.
    var source: String
    var at: Int64
    var number: Int64
    var rule: Int32
    /// -1 for none (a coach draft).
    var eventIndex: Int32
    var lo: Int32
    var hi: Int32
    var kind: Kind
    var hasAt: Bool
    var hasNumber: Bool

    init(rule: Int, eventIndex: Int?, at: Timestamp?) {
        source = ""
        self.at = at?.milliseconds ?? 0
        number = 0
        self.rule = Int32(truncatingIfNeeded: rule)
        self.eventIndex = eventIndex.map { Int32(truncatingIfNeeded: $0) } ?? -1
        lo = 0
        hi = 0
        kind = .none
        self.hasAt = at != nil
        hasNumber = false
    }

    /// Predicates by the index a packed finding stores.
    static let predicates = Condition.Predicate.allCases

    static func index(of p: Condition.Predicate) -> Int32 {
        Int32(truncatingIfNeeded: predicates.firstIndex(of: p) ?? 0)
    }

    /// What the finding's evidence is made from, before it becomes text.
    struct Context {
        /// First name of whoever received the message, for timeline sentences.
        var recipient: String = ""
        var profile: ProfileContext?
    }

    func finding(names: RuleNames, context: Context) -> Finding {
        let r = Int(rule)
        return Finding(
            rule: names.ids[r], score: names.scores[r], category: names.categories[r],
            eventIndex: eventIndex < 0 ? nil : Int(eventIndex), at: hasAt ? Timestamp(milliseconds: at) : nil,
            evidence: evidence(context, quoted: names.quoted))
    }

    func evidence(_ context: Context, quoted: [String]) -> String {
        switch kind {
        case .none:
            return ""
        case .quote:
            return quote(source, Int(lo)..<Int(hi))
        case .messageQuote:
            guard number >= 0 && number < Int64(quoted.count) else { return "" }
            return quote(quoted[Int(number)], Int(lo)..<Int(hi))
        case .timeline:
            let c = Condition(Self.predicates[Int(lo)], Double(hi))
            return MessageContext(evidenceNumber: hasNumber ? number : nil).evidence(for: c, recipient: context.recipient)
        case .profile:
            let c = Condition(Self.predicates[Int(lo)], Double(hi))
            return (context.profile ?? ProfileContext()).evidence(for: c)
        }
    }
}

/// Each rule's id, score and category by index, and the message texts an
/// analysis quotes: what turns a packed finding back into a `Finding`. One
/// per compiled rulebook, shared by all its verdicts, or per analysis
/// with that analysis' texts.
final class RuleNames: Sendable {
    let ids: [String]
    let scores: [Double]
    let categories: [RuleCategory]
    /// What `.messageQuote` findings index.
    let quoted: [String]

    init(ids: [String], scores: [Double], categories: [RuleCategory], quoted: [String] = []) {
        self.ids = ids
        self.scores = scores
        self.categories = categories
        self.quoted = quoted
    }

    /// The same rules, quoting `texts`.
    func quoting(_ texts: [String]) -> RuleNames {
        RuleNames(ids: ids, scores: scores, categories: categories, quoted: texts)
    }
}

/// A verdict's findings: packed as the analyzer made them, or a list
/// someone assigned.
enum FindingStorage: Sendable {
    case packed([PackedFinding], RuleNames)
    case plain([Finding])

    static let empty = FindingStorage.plain([])

    func findings(_ context: PackedFinding.Context) -> [Finding] {
        switch self {
        case .plain(let list): return list
        case .packed(let list, let names): return list.map { $0.finding(names: names, context: context) }
        }
    }

    /// The findings' rule ids and scores, without building their evidence.
    var rulesAndScores: [(rule: String, score: Double)] {
        switch self {
        case .plain(let list): return list.map { ($0.rule, $0.score) }
        case .packed(let list, let names): return list.map { (names.ids[Int($0.rule)], names.scores[Int($0.rule)]) }
        }
    }
}
