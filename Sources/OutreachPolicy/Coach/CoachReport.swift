import InboxModel
import Shared

/// How one of the article's rules fares in a draft.
public struct RuleAdvice: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable, Comparable {
        case pass, warn, fail

        public static func < (a: Status, b: Status) -> Bool { a.order < b.order }
        private var order: Int { Status.allCases.firstIndex(of: self) ?? 0 }
    }

    public var rule: ArticleRule
    public var status: Status
    /// One specific, actionable sentence that uses the timeline ("You
    /// connected 4 minutes ago and haven't engaged with any of Hana's posts;
    /// comment on 'Three pricing experiments…' first"); for a pass, what
    /// the draft does right.
    public var sentence: String
    /// Every sentence for this rule, the main one first (a draft can break
    /// a rule in several ways).
    public var sentences: [String]
    /// The draft's findings behind the status.
    public var findings: [Finding]
}

/// The coach's review of a draft: the article's three rules, the ladder
/// stages the draft reaches, and how the engine would judge the owner's
/// side of the thread if the draft were sent.
public struct CoachReport: Sendable, Equatable {
    public var to: PersonRef
    public var at: Timestamp
    /// Always relax, value, sincere, in that order.
    public var rules: [RuleAdvice]
    /// Ladder stages the draft reaches.
    public var stages: [Stage]
    /// The score of the owner's messages in this thread with the draft added,
    /// judged exactly as the engine judges everyone else's.
    public var score: Double
    public var threshold: Double
    public var flagged: Bool
    /// Scored rules that fired on the draft, with their evidence (a rule
    /// that already fired on an earlier message is listed again).
    public var findings: [Finding]

    /// Article rules the draft breaks (warned or failed), in rule order.
    public var brokenRules: [ArticleRule] { rules.filter { $0.status != .pass }.map(\.rule) }

    public func advice(for rule: ArticleRule) -> RuleAdvice? { rules.first { $0.rule == rule } }

    /// Every sentence of the rules that warn or fail, worst first.
    public var advice: [String] {
        [RuleAdvice.Status.fail, .warn].flatMap { s in rules.filter { $0.status == s }.flatMap(\.sentences) }
    }

    /// `{"with": …, "rules": ["value"], "stages": [], "score": 1.5, "flagged": false, …}`:
    /// the same key names as the check report (see `VerdictReport` for both shapes).
    public func json(inbox: Inbox) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("version", 1)
        w.field("with", inbox.person(to).id)
        w.field("at", at.iso8601)
        w.field("rules", strings: brokenRules.map(\.rawValue))
        w.field("stages", strings: stages.map(\.rawValue))
        w.field("score", number: score)
        w.field("required", number: threshold)
        w.field("flagged", flagged)
        w.beginObject("status")
        for r in rules { w.field(r.rule.rawValue, r.status.rawValue) }
        w.endObject()
        VerdictReport.findings(findings, into: &w, withEvents: true)
        w.field("advice", strings: advice)
        w.endObject()
        return w.text
    }
}
