import InboxModel
import OutreachPolicy

/// The one place the UI asks the policy's coach about a draft, so the
/// compose pane, `thirsty practice` and `thirsty coach` agree.
public enum DraftCoach {
    /// Reviews `draft` as the owner's next message to `person` at `at`,
    /// with the same rulebook the engine applies to everyone else.
    public static func review(
        _ draft: String, to person: PersonRef, in inbox: Inbox, state: InboxState, at: Timestamp, policy: Policy
    ) -> CoachFeedback {
        CoachFeedback(Coach.review(draft: draft, to: person, in: inbox, state: state, at: at, policy: policy))
    }
}
