import InboxModel
import Shared

/// The `thirsty check --format json` report: every invitation the owner
/// received and every thread, as one line of JSON with a fixed key order.
/// The layout is a contract: keys are only ever added, never renamed or
/// removed.
///
/// # Report formats
///
/// Both reports are single-line JSON objects with a fixed key order, written by
/// `JSONWriter` (strings escaped as JSON requires, plus every character the
/// escape rule calls unsafe; scores with one decimal, `formatScore`: `6.0`,
/// `2.3`).
/// Keys are only ever added, never renamed or removed.
///
/// ## `thirsty check --format json` (`VerdictReport.json`)
///
/// ```json
/// {"version": 1,
///  "invitations": [
///    {"from": "i4", "name": "Brent Holloway", "decision": "ignore", "reasons": ["inappropriate"],
///     "score": 8.0, "required": 5.0, "at": "2025-08-21T10:05:00Z",
///     "explanation": "score=8.0 required=5.0 tests=INAPPROPRIATE_SCAM(8.0)",
///     "findings": [{"rule": "INAPPROPRIATE_SCAM", "score": 8.0, "category": "inappropriate",
///                   "at": "2025-08-21T10:05:00Z", "evidence": "You have been selected for"}],
///     "signals": [{"kind": "photo", "weak": false, "text": "Has a profile photo"}, …]}],
///  "threads": [
///    {"with": "t1", "name": "Dale Hammond", "flagged": true, "score": 9.5, "required": 5.0,
///     "stages": ["flattery", "meeting", "nudge", "pitch"], "rules": ["relax", "value", "sincere"],
///     "messages": 3, "flagged_at": "2026-03-01T11:00:00Z",
///     "explanation": "score=9.5 required=5.0 tests=FLATTERY_HONORED(2.0),…",
///     "findings": [{"rule": "FLATTERY_HONORED", "score": 2.0, "category": "flattery",
///                   "at": "2026-03-01T11:00:00Z", "evidence": "honor to be connected"}, …]}],
///  "summary": {"title": "…", "owner": "me", "at": "…", "people": 12, "connections": 5, "events": 40,
///              "invitations_received": 4, "pending_invitations": 2, "threads": 6, "flagged_threads": 3,
///              "recommended_ignores": 1}}
/// ```
///
/// - `invitations`: every invitation the owner received, in arrival order;
///   `decision` is the policy's recommendation whatever the owner actually did;
///   `reasons` is empty when accepting, else `inappropriate` and/or `fake`;
///   `signals` describes the sender's profile (`photo`, `connections`,
///   `account_age`, `mutuals`, `headline`, `name`), `weak` when a rule counted it.
/// - `threads`: every person the owner exchanged at least one message with, in
///   the order the threads started; the verdict judges that person's messages.
///   `stages` are in the order first reached; `rules` (broken article rules) are
///   always in the order relax, value, sincere; `flagged_at` marks the message
///   at which the running score first reached `required` (null when not
///   flagged).
/// - `findings`: each scored rule once, at the message (`at`) where it
///   first fired; `evidence` is the matched text as written, or a sentence about
///   the timeline ("first message 4 minutes after connecting").
///
/// ## `thirsty coach --format json` (`CoachReport.json(inbox:)`)
///
/// ```json
/// {"version": 1, "with": "hana", "at": "2026-03-31T09:00:00Z",
///  "rules": ["value"], "stages": ["meeting"], "score": 4.5, "required": 5.0, "flagged": false,
///  "status": {"relax": "pass", "value": "fail", "sincere": "pass"},
///  "findings": [{"rule": "MEETING_NO_PURPOSE", "score": 2.5, "category": "meeting", "event": null,
///                "at": "2026-03-31T09:00:00Z", "evidence": "quick call"}, …],
///  "advice": ["Say what the call is for, or ask your question in writing: 'quick call' gives Hana no reason to say yes", …]}
/// ```
///
/// `rules` lists the article rules the draft breaks (warned or failed) with the
/// same names as `check`; `stages` the ladder stages the draft reaches; `score`
/// and `flagged` judge the owner's side of the thread with the draft added;
/// `findings` are the rules that fired on the draft (`event` is null: the draft
/// is not in the log); `advice` holds the sentences, worst rule first.
///
public struct VerdictReport: Sendable {
    public let inbox: Inbox
    public let state: InboxState
    public let verdicts: InboxVerdicts

    public init(inbox: Inbox, state: InboxState, verdicts: InboxVerdicts) {
        self.inbox = inbox
        self.state = state
        self.verdicts = verdicts
    }

    public init(inbox: Inbox, state: InboxState, policy: Policy = Policy()) {
        self.init(inbox: inbox, state: state, verdicts: policy.analyze(inbox, state: state))
    }

    private func id(_ p: PersonRef) -> String { inbox.person(p).id }

    public var json: String {
        var w = JSONWriter()
        w.beginObject()
        w.field("version", 1)
        w.beginArray("invitations")
        for v in verdicts.invitations {
            w.beginObject()
            w.field("from", id(v.from))
            w.field("name", inbox.person(v.from).name)
            w.field("decision", v.decision.rawValue)
            w.field("reasons", strings: v.reasons.map(\.rawValue))
            w.field("score", number: v.score)
            w.field("required", number: v.threshold)
            w.field("at", v.at.iso8601)
            w.field("explanation", v.explanation)
            Self.findings(v.findings, into: &w)
            w.beginArray("signals")
            for s in v.signals {
                w.beginObject()
                w.field("kind", s.kind.rawValue)
                w.field("weak", s.weak)
                w.field("text", s.sentence)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.beginArray("threads")
        for v in verdicts.threads {
            w.beginObject()
            w.field("with", id(v.counterpart))
            w.field("name", inbox.person(v.counterpart).name)
            w.field("flagged", v.flagged)
            w.field("score", number: v.score)
            w.field("required", number: v.threshold)
            w.field("stages", strings: v.stages.map(\.rawValue))
            w.field("rules", strings: v.brokenRules.map(\.rawValue))
            w.field("messages", state.thread(with: v.counterpart)?.messages.count ?? 0)
            w.field("flagged_at", v.flaggedAt?.at.iso8601)
            w.field("explanation", v.explanation)
            Self.findings(v.findings, into: &w)
            w.endObject()
        }
        w.endArray()
        w.beginObject("summary")
        w.field("title", inbox.title)
        w.field("owner", inbox.owner.id)
        w.field("at", state.time.iso8601)
        w.field("people", inbox.people.count - 1)
        w.field("connections", state.connectionCount)
        w.field("events", state.eventCount)
        w.field("invitations_received", state.incoming.count)
        w.field("pending_invitations", state.pendingIncoming.count)
        w.field("threads", state.threads.count)
        w.field("flagged_threads", verdicts.flaggedCount)
        w.field("recommended_ignores", verdicts.ignoreCount)
        w.endObject()
        w.endObject()
        return w.text
    }

    /// `withEvents` adds each finding's `event` index (null for a draft),
    /// as the coach's report has it.
    static func findings(_ list: [Finding], into w: inout JSONWriter, withEvents: Bool = false) {
        w.beginArray("findings")
        for f in list {
            w.beginObject()
            w.field("rule", f.rule)
            w.field("score", number: f.score)
            w.field("category", f.category.rawValue)
            if withEvents { w.field("event", f.eventIndex) }
            w.field("at", f.at?.iso8601)
            w.field("evidence", f.evidence)
            w.endObject()
        }
        w.endArray()
    }
}
