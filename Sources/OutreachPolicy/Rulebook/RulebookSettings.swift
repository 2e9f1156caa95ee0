/// Rulebook-wide settings: thresholds and how the built-in text features
/// (question detection) and the ladder-to-article-rule mapping work.
public struct RulebookSettings: Sendable, Equatable {
    /// A thread is flagged when its score reaches this.
    public var threadThreshold: Double = 5
    /// An invitation is ignored when its score reaches this.
    public var invitationThreshold: Double = 5
    /// Thresholds the evaluation report tabulates besides the default.
    public var evaluationThresholds: [Double] = [3, 4, 5, 6, 7]
    /// A sentence ending in `?` is a question when it has at least this many words.
    public var questionMinWords: Int = 5
    /// Rules whose match makes a sentence a question even without `?`
    /// ("I was wondering how…").
    public var questionRules: [String] = []
    /// A question is not genuine when a rule of these categories matches
    /// inside it (a scheduling question, a pitch phrased as a question).
    public var questionExcludedCategories: [RuleCategory] = [.flattery, .meeting, .nudge, .pitch, .value, .sincere]
    /// Further rules that make a question not genuine ("how are you?").
    public var questionExcludedRules: [String] = []
    /// Which article rules reaching each ladder stage breaks.
    public var breaks: [Stage: [ArticleRule]] = [.flattery: [.sincere], .meeting: [.value], .nudge: [.relax], .pitch: [.value]]
    /// A like counts as engaging before a message only when it came at least
    /// this long before it: a like a minute before a pitch is not getting to
    /// know someone. A comment counts as soon as it is written.
    public var engagementLeadMinutes: Double = 60
    /// The coach fails an article rule when the draft's rules in it add up
    /// to at least this; anything less but above zero is a warning.
    public var coachFailAt: Double = 2.0

    public init() {}
}
