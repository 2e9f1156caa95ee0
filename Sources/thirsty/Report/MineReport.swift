import InboxModel
import InboxUI
import OutreachPolicy
import ScreenKit
import Shared

/// `thirsty check --mine`: the owner's own outreach judged by the same
/// policy, as the browser's Sent filter shows it (`SentAnalysis`).
struct MineReport {
    let inbox: Inbox
    let state: InboxState
    let sent: SentAnalysis

    init(inbox: Inbox, state: InboxState, policy: Policy) {
        self.inbox = inbox
        self.state = state
        self.sent = SentAnalysis(inbox: inbox, state: state, policy: policy)
    }

    var summaryLine: String { sent.summaryLine }

    private func messages(_ p: PersonRef) -> Int { state.thread(with: p)?.messages.count ?? 0 }

    var text: String {
        var out = summaryLine + "\n"
        if !inbox.engagementKnown {
            out += "(The data does not say which posts you liked or commented on; rules about engaging first were not applied.)\n"
        }
        for e in sent.entries {
            let p = inbox.person(e.person)
            let v = e.verdict
            let n = messages(e.person)
            var head = (v.flagged ? "FLAGGED" : "ok") + "  to \(p.name.terminalSafe) (\(p.id.terminalSafe))  \(n) message\(n == 1 ? "" : "s")"
            if !v.stages.isEmpty { head += "  stages: " + v.stages.map(\.rawValue).joined(separator: " → ") }
            if !v.brokenRules.isEmpty { head += "  broke: " + v.brokenRules.map(\.rawValue).joined(separator: ", ") }
            out += "\n" + head + "\n  \(v.explanation.terminalSafe)\n"
            for f in v.findings {
                var line = "    \(f.rule.terminalSafe) \(f.score >= 0 ? "+" : "")\(JSONWriter.score(f.score))"
                if let at = f.at { line += "  \(at.iso8601)" }
                if !f.evidence.isEmpty { line += "  “\(TerminalText.sanitize(f.evidence))”" }
                out += line + "\n"
            }
        }
        return out
    }

    var json: String {
        var w = JSONWriter()
        w.beginObject()
        w.field("version", 1)
        w.beginObject("mine")
        w.field("wrote_first", sent.entries.count)
        w.field("flagged", sent.flaggedCount)
        w.field("summary", summaryLine)
        w.field("engagement_known", inbox.engagementKnown)
        w.beginArray("threads")
        for e in sent.entries {
            let v = e.verdict
            w.beginObject()
            w.field("with", inbox.person(e.person).id)
            w.field("name", inbox.person(e.person).name)
            w.field("flagged", v.flagged)
            w.field("score", number: v.score)
            w.field("required", number: v.threshold)
            w.field("stages", strings: v.stages.map(\.rawValue))
            w.field("rules", strings: v.brokenRules.map(\.rawValue))
            w.field("messages", messages(e.person))
            w.field("flagged_at", v.flaggedAt?.at.iso8601)
            w.field("explanation", v.explanation)
            w.beginArray("findings")
            for f in v.findings {
                w.beginObject()
                w.field("rule", f.rule)
                w.field("score", number: f.score)
                w.field("at", f.at?.iso8601)
                w.field("evidence", f.evidence)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.endObject()
        return w.text
    }
}
