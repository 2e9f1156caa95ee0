import InboxModel
import OutreachPolicy
import ScreenKit

/// `thirsty check`: the inbox summary and every verdict. The JSON layout is
/// a contract other tools are written against (see the README): keys are
/// only ever added, never renamed or removed.
struct CheckReport {
    let inbox: Inbox
    let state: InboxState
    let verdicts: InboxVerdicts
    let policy: Policy
    let summary: InboxSummary

    init(inbox: Inbox, state: InboxState, policy: Policy) {
        self.inbox = inbox
        self.state = state
        self.policy = policy
        self.verdicts = policy.analyze(inbox, state: state)
        self.summary = InboxSummary(inbox: inbox, state: state)
    }

    private func id(_ p: PersonRef) -> String { inbox.person(p).id }

    // MARK: JSON

    var json: String {
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
            findings(v.findings, into: &w)
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
            findings(v.findings, into: &w)
            w.endObject()
        }
        w.endArray()
        w.beginObject("summary")
        w.field("title", summary.title)
        w.field("owner", inbox.owner.id)
        w.field("at", summary.time.iso8601)
        w.field("people", summary.people)
        w.field("connections", summary.connections)
        w.field("events", summary.events)
        w.field("invitations_received", summary.invitationsReceived)
        w.field("pending_invitations", summary.pendingInvitations)
        w.field("threads", summary.threads.count)
        w.field("flagged_threads", verdicts.flaggedCount)
        w.field("recommended_ignores", verdicts.ignoreCount)
        w.endObject()
        w.endObject()
        return w.text
    }

    private func findings(_ list: [Finding], into w: inout JSONWriter) {
        w.beginArray("findings")
        for f in list {
            w.beginObject()
            w.field("rule", f.rule)
            w.field("score", number: f.score)
            w.field("category", f.category.rawValue)
            w.field("at", f.at?.iso8601)
            w.field("evidence", f.evidence)
            w.endObject()
        }
        w.endArray()
    }

    // MARK: Text

    /// The same content for people: one block per item, verdict first, then
    /// the rules that fired with their evidence. Fixture text is sanitised.
    var text: String {
        var out = summary.text
        out += "\nINVITATIONS (\(verdicts.invitations.count) received; the policy's recommendation, whatever was done)\n"
        if verdicts.invitations.isEmpty { out += "  none\n" }
        for v in verdicts.invitations {
            let p = inbox.person(v.from)
            let verdict = v.decision == .accept ? "ACCEPT" : "IGNORE (\(v.reasons.map(\.rawValue).joined(separator: ", ")))"
            out += "\n\(verdict)  \(p.name.terminalSafe) (\(p.id.terminalSafe))  invited \(v.at.iso8601)\n"
            out += "  \(v.explanation.terminalSafe)\n"
            for s in v.signals where s.weak { out += "  weak signal: \(s.sentence.terminalSafe)\n" }
            out += findingLines(v.findings)
        }
        out += "\nTHREADS (\(verdicts.threads.count); \(verdicts.flaggedCount) flagged)\n"
        if verdicts.threads.isEmpty { out += "  none\n" }
        for v in verdicts.threads {
            let p = inbox.person(v.counterpart)
            let count = state.thread(with: v.counterpart)?.messages.count ?? 0
            var head = (v.flagged ? "FLAGGED" : "ok") + "  \(p.name.terminalSafe) (\(p.id.terminalSafe))  \(count) message\(count == 1 ? "" : "s")"
            if !v.stages.isEmpty { head += "  stages: " + v.stages.map(\.rawValue).joined(separator: " → ") }
            if !v.brokenRules.isEmpty { head += "  broke: " + v.brokenRules.map(\.rawValue).joined(separator: ", ") }
            out += "\n" + head + "\n"
            out += "  \(v.explanation.terminalSafe)\n"
            out += findingLines(v.findings)
        }
        // Each fixture string was made single-line where it was inserted, so
        // a newline in a name cannot forge a line of the report.
        return out
    }

    private func findingLines(_ list: [Finding]) -> String {
        var out = ""
        for f in list {
            var line = "    \(f.rule.terminalSafe) \(f.score >= 0 ? "+" : "")\(JSONWriter.number(f.score))"
            if let at = f.at { line += "  \(at.iso8601)" }
            if !f.evidence.isEmpty { line += "  “\(TerminalText.sanitize(f.evidence))”" }
            out += line + "\n"
        }
        return out
    }
}
