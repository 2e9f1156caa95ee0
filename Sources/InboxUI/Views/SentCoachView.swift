import InboxModel
import OutreachPolicy
import ScreenKit

/// Under a thread the owner started, while the Sent filter is on: the
/// coach's review of each of the owner's own messages, as the editor's
/// coach would have given it before sending (✓ pass, ! warn, ✗ fail).
enum SentCoachView {
    static func add(_ state: AppState, person ref: PersonRef, into b: inout TextBlock) {
        let notes = SentAnalysis.coachNotes(for: ref, inbox: state.inbox, state: state.folded, policy: state.policy)
        guard !notes.isEmpty else { return }
        b.blank()
        b.rule("Coach on your messages")
        let pad = [Span(String(repeating: " ", count: 14))]
        for note in notes {
            var head = [Span(RelativeTime.stamp(note.at) + "  ", style: Theme.dim)]
            for line in note.feedback.rules {
                head += CoachPanel.head(line) + [Span("  ")]
            }
            b.line(head)
            let worstFirst = [CoachFeedback.Status.fail, .warn].flatMap { s in note.feedback.rules.filter { $0.status == s } }
            for line in worstFirst {
                for advice in line.advice {
                    b.wrapped(advice, prefix: pad + [Span(line.status.mark + " ", style: CoachPanel.style(line.status))])
                }
            }
            if worstFirst.isEmpty { b.line(pad + [Span("All three rules pass.", style: Theme.dim)]) }
        }
    }
}
