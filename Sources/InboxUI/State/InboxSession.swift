import InboxModel
import OutreachPolicy

/// Everything derived from the event log, as one value: the log, its fold
/// at the session's time, the policy's verdicts, the rows of each view and
/// the search index. It changes only through `append(_:)` and `move(to:)`,
/// which keep every derived part in step; the UI state (`AppState`) holds
/// none of them, and views read the verdicts here instead of judging.
public struct InboxSession: Sendable {
    /// The log. Its `now` is the session's time.
    public private(set) var inbox: Inbox
    public private(set) var policy: Policy
    /// The log folded at `time`.
    public private(set) var folded: InboxState
    public private(set) var analysis: InboxAnalysis
    public private(set) var rows: Rows
    /// People whose thread verdict is kept even before they have a thread
    /// (a demo's focus people: their panels show from the first frame).
    public let pinned: [PersonRef]
    private var pinnedVerdicts: [ThreadVerdict]
    /// The search index, once the runtime has built it, and what changed since.
    public internal(set) var search: SearchIndexState
    /// Long texts wrapped once per width, for the views (shared by copies:
    /// an event's text never changes, so nothing in it goes stale).
    let wraps = WrapCache()
    /// The owner's own outreach, judged (the Sent filter): made when first
    /// asked for, then kept in step with the log like the other verdicts.
    public private(set) var sent: SentAnalysis?
    /// The coach's verdict on each reply the owner sent in this session,
    /// judged on the thread with the reply in it: the policy's verdict
    /// reads only the other person's messages, so without this a reply the
    /// coach flags would leave the row reading fine.
    public private(set) var replyVerdicts: [PersonRef: CoachFeedback] = [:]

    public init(inbox: Inbox, policy: Policy = Policy(), pinned: [PersonRef] = []) {
        self.inbox = inbox
        self.policy = policy
        self.pinned = pinned
        let folded = inbox.state()
        self.folded = folded
        let analysis = InboxAnalysis(policy: policy, inbox: inbox, state: folded)
        self.analysis = analysis
        self.rows = Rows(inbox: inbox, state: folded, analysis: analysis, flaggedReplies: [])
        self.pinnedVerdicts = pinned.map { policy.judgeThread(with: $0, in: inbox, state: folded) }
        self.search = SearchIndexState()
    }

    /// The simulated present: actions are recorded at this time.
    public var time: Timestamp { inbox.now }

    /// Appends `event` to the log and folds it in. Throws (changing
    /// nothing) when the log refuses it. `reply`: the coach's verdict on a
    /// message the owner sends, kept for its thread's row and header.
    @discardableResult
    public mutating func append(_ event: Event, reply: CoachFeedback? = nil) throws(InboxError) -> Event {
        let index = try inbox.append(event)
        let stored = inbox.events[index]
        if stored.type == .message, stored.actor.isOwner { replyVerdicts[stored.subject] = reply }
        if index == folded.eventCount {
            // The inbox keeps its fold of the whole log current across an
            // append at the end: share it rather than fold the event again
            // (and copy the fold's arrays a second time).
            folded = inbox.state(at: max(folded.time, stored.at))
        } else {
            folded = inbox.state(at: inbox.now)
        }
        rejudge(after: stored)
        search.noteAppended(stored)
        return stored
    }

    /// After the log gained or lost `event`: judge its thread again (and
    /// its pinned and its Sent verdict), and rebuild the rows.
    private mutating func rejudge(after event: Event) {
        if let other = event.counterpart {
            analysis.refresh(person: other, policy: policy, inbox: inbox, state: folded)
            if let i = pinned.firstIndex(of: other) {
                pinnedVerdicts[i] = policy.judgeThread(with: other, in: inbox, state: folded)
            }
            sent?.refresh(person: other, inbox: inbox, state: folded, policy: policy)
        }
        rows = makeRows()
    }

    /// Takes `event`, the log's last, back out (an undone action) and
    /// folds again. Returns false, changing nothing, when it is not last.
    public mutating func removeLast(_ event: Event) -> Bool {
        guard inbox.removeLast(event) else { return false }
        if event.type == .message, event.actor.isOwner { replyVerdicts[event.subject] = nil }
        folded = inbox.state(at: inbox.now)
        rejudge(after: event)
        search.noteRemoved(event)
        return true
    }

    /// Moves the session's time to `t` (a demo's clock). Between events
    /// only the clock moves: the fold and the verdicts are redone only when
    /// an event lands or leaves, so ticks stay cheap even for a large inbox.
    public mutating func move(to t: Timestamp) {
        inbox.now = t
        guard inbox.eventCount(atOrBefore: t) != folded.eventCount else { return }
        folded = inbox.state(at: t)
        analysis = InboxAnalysis(policy: policy, inbox: inbox, state: folded)
        rows = makeRows()
        pinnedVerdicts = pinned.map { policy.judgeThread(with: $0, in: inbox, state: folded) }
        if sent != nil { judgeSent(true) }
    }

    /// Judges everything again with another learned model (the user taught
    /// it something): a teaching moves every feature's weight, so no verdict
    /// can be kept.
    public mutating func relearn(_ model: LearnedModel?) {
        policy.learned = model
        analysis = InboxAnalysis(policy: policy, inbox: inbox, state: folded)
        rows = makeRows()
        pinnedVerdicts = pinned.map { policy.judgeThread(with: $0, in: inbox, state: folded) }
        if sent != nil { judgeSent(true) }
    }

    private func makeRows() -> Rows {
        Rows(inbox: inbox, state: folded, analysis: analysis, flaggedReplies: Set(replyVerdicts.lazy.filter(\.value.flagged).map(\.key)))
    }

    /// Turns the judging of the owner's own outreach on or off.
    public mutating func judgeSent(_ on: Bool) {
        sent = on ? SentAnalysis(inbox: inbox, state: folded, policy: policy) : nil
    }

    /// The thread verdict for `person` at the session's time: pinned
    /// people always have one, others only once they have a thread.
    public func threadVerdict(for person: PersonRef) -> ThreadVerdict? {
        if let i = pinned.firstIndex(of: person) { return pinnedVerdicts[i] }
        return analysis.thread(with: person)
    }
}
