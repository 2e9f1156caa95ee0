import InboxModel

/// The `thirsty check --format json` report: every invitation the owner
/// received and every thread, as one line of JSON with a fixed key order.
/// The layout is a contract: keys are only ever added, never renamed or
/// removed. See `Report/README.md` for the shape.
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
            w.field("event", v.eventIndex)
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
            w.field("flagged_event", v.flaggedAt?.eventIndex)
            w.field("explanation", v.explanation)
            Self.findings(v.findings, into: &w)
            w.endObject()
        }
        w.endArray()
        w.beginObject("summary")
        w.field("title", inbox.title)
        w.field("owner", inbox.owner.id)
        w.field("at", state.time.iso8601)
        w.field("invitations_received", verdicts.invitations.count)
        w.field("pending_invitations", state.pendingIncoming.count)
        w.field("threads", verdicts.threads.count)
        w.field("flagged_threads", verdicts.flaggedCount)
        w.field("recommended_ignores", verdicts.ignoreCount)
        w.endObject()
        w.endObject()
        return w.text
    }

    static func findings(_ list: [Finding], into w: inout JSONWriter) {
        w.beginArray("findings")
        for f in list {
            w.beginObject()
            w.field("rule", f.rule)
            w.field("score", number: f.score)
            w.field("category", f.category.rawValue)
            w.field("event", f.eventIndex)
            w.field("at", f.at?.iso8601)
            w.field("evidence", f.evidence)
            w.endObject()
        }
        w.endArray()
    }
}
