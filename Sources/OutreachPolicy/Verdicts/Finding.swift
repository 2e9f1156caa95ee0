import InboxModel
import Shared

/// A rule that fired, with what made it fire.
public struct Finding: Sendable, Equatable {
    public var rule: String
    public var score: Double
    public var category: RuleCategory
    /// The message (or invitation) event it fired on; nil for a coach draft.
    public var eventIndex: Int?
    public var at: Timestamp?
    /// The matched text as written, or a sentence describing the timeline
    /// fact ("first message 3 minutes after connecting").
    public var evidence: String

    public init(rule: String, score: Double, category: RuleCategory, eventIndex: Int?, at: Timestamp?, evidence: String) {
        self.rule = rule
        self.score = score
        self.category = category
        self.eventIndex = eventIndex
        self.at = at
        self.evidence = evidence
    }
}

/// `score=9.5 required=5.0 tests=FLATTERY_HONORED(2.0),MEETING_NO_PURPOSE(2.5)`,
/// SpamAssassin's summary line.
func explanation(score: Double, required: Double, findings: [Finding]) -> String {
    explanation(score: score, required: required, tests: findings.map { ($0.rule, $0.score) })
}

func explanation(score: Double, required: Double, tests list: [(rule: String, score: Double)]) -> String {
    let tests = list.map { "\($0.rule)(\(formatScore($0.score)))" }.joined(separator: ",")
    return "score=\(formatScore(score)) required=\(formatScore(required)) tests=\(tests.isEmpty ? "none" : tests)"
}

/// Sums of rule scores, kept free of binary fractions' noise.
func roundScore(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
