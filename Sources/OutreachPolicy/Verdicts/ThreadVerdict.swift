import InboxModel

/// The policy's verdict on one thread: the counterpart's messages to the
/// owner (or, for the coach, the owner's to the counterpart).
public struct ThreadVerdict: Sendable, Equatable {
    public var counterpart: PersonRef
    public var flagged: Bool
    public var score: Double
    public var threshold: Double
    /// Ladder stages reached, in the order first reached.
    public var stages: [Stage]
    /// Article rules broken, always in the order relax, value, sincere.
    public var brokenRules: [ArticleRule]
    /// Each scored rule once, at the message where it first fired.
    public var findings: [Finding]
    /// Stages each of the sender's messages reached, by event index.
    public var messageStages: [Int: [Stage]]
    /// The message at which the running score first reached the threshold.
    public var flaggedAt: Moment?

    /// `score=9.5 required=5.0 tests=FLATTERY_HONORED(2.0),MEETING_NO_PURPOSE(2.5),…`
    public var explanation: String { OutreachPolicy.explanation(score: score, required: threshold, findings: findings) }

    public struct Moment: Sendable, Equatable {
        /// Event index of the message; nil for a coach draft.
        public var eventIndex: Int?
        public var at: Timestamp
    }
}
