import InboxModel

/// The policy's recommendation for one received invitation.
public struct InvitationVerdict: Sendable, Equatable {
    public enum Decision: String, Sendable, Equatable { case accept, ignore }

    public var from: PersonRef
    /// Index of the `invite` event.
    public var eventIndex: Int
    public var at: Timestamp
    public var decision: Decision
    /// Why to ignore it; empty when accepting.
    public var reasons: [InvitationReason]
    public var score: Double
    public var threshold: Double
    public var findings: [Finding]
    public var signals: [ProfileSignal]

    /// `score=6.0 required=5.0 tests=INAPPROPRIATE_SCAM(6.0)`
    public var explanation: String { OutreachPolicy.explanation(score: score, required: threshold, findings: findings) }
}
