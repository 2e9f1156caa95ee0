import InboxModel
import OutreachPolicy

/// What the coach panel and `thirsty practice` show for a draft: the
/// article's three rules, each passed, warned about or failed with the
/// sentences that say what to change, and how the engine would judge the
/// thread if the draft were sent.
public struct CoachFeedback: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable {
        case pass, warn, fail

        /// A mark that reads without colour.
        public var mark: String {
            switch self {
            case .pass: return "✓"
            case .warn: return "!"
            case .fail: return "✗"
            }
        }
    }

    public struct RuleLine: Sendable, Equatable {
        public var rule: ArticleRule
        public var status: Status
        /// For a warning or a failure, the specific sentences that say what
        /// to change; for a pass, what the draft does right (or nothing).
        public var advice: [String]

        public init(rule: ArticleRule, status: Status, advice: [String]) {
            self.rule = rule
            self.status = status
            self.advice = advice
        }
    }

    /// Always relax, value, sincere, in that order.
    public var rules: [RuleLine]
    /// Whether the thread, with the draft as the owner's next message,
    /// reaches the engine's threshold: "you'd be flagged for the same".
    public var flagged: Bool
    public var score: Double
    public var threshold: Double
    /// Ladder stages the draft reaches.
    public var stages: [Stage]
    /// The scored rules that fired on the draft, with their evidence.
    public var findings: [Finding]
    /// The policy's own report, for its JSON rendering; nil for feedback
    /// built by hand.
    public var report: CoachReport?

    public init(rules: [RuleLine], flagged: Bool, score: Double, threshold: Double, stages: [Stage], findings: [Finding] = []) {
        self.rules = rules
        self.flagged = flagged
        self.score = score
        self.threshold = threshold
        self.stages = stages
        self.findings = findings
    }

    /// The coach's report as the panel shows it.
    public init(_ report: CoachReport) {
        rules = report.rules.map { r in
            let status = Status(rawValue: r.status.rawValue) ?? .fail
            return RuleLine(rule: r.rule, status: status, advice: status == .pass ? [r.sentence] : r.sentences)
        }
        flagged = report.flagged
        score = report.score
        threshold = report.threshold
        stages = report.stages
        findings = report.findings
        self.report = report
    }

    public func line(for rule: ArticleRule) -> RuleLine? { rules.first { $0.rule == rule } }

    public func status(of rule: ArticleRule) -> Status { line(for: rule)?.status ?? .pass }

    /// Article rules the draft breaks (warned or failed), in rule order.
    public var brokenRules: [ArticleRule] { rules.filter { $0.status != .pass }.map(\.rule) }

    /// What to change: the sentences of the rules that fail, then of those
    /// that warn.
    public var advice: [String] {
        [Status.fail, .warn].flatMap { s in rules.filter { $0.status == s }.flatMap(\.advice) }
    }
}
