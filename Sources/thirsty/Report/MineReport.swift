import InboxModel
import OutreachPolicy
import ScreenKit

/// `thirsty check --mine`: the owner's own outreach judged by the same
/// policy. Each thread the owner started is mirrored (see
/// `Inbox.mirrored(thread:in:)`) so the owner's messages are the ones judged.
struct MineReport {
    struct Entry {
        var person: PersonRef
        var verdict: ThreadVerdict
        var messages: Int
        /// The mirrored inbox the verdict's findings point into.
        var mirror: Inbox
    }

    let inbox: Inbox
    let entries: [Entry]

    init(inbox: Inbox, state: InboxState, policy: Policy) {
        self.inbox = inbox
        let people = inbox.threadsOwnerStarted(in: state)
        let mirrors = people.map { inbox.mirrored(thread: $0, in: state) }
        let verdicts = policy.analyzeAll(mirrors.map { m in
            var at = m
            // Each mirror judged at the fold's time, not its own end.
            at.now = state.time
            return at
        })
        var entries: [Entry] = []
        for (k, p) in people.enumerated() {
            guard let v = verdicts[k].threads.first else { continue }
            var verdict = v
            verdict.counterpart = p
            entries.append(Entry(person: p, verdict: verdict, messages: state.thread(with: p)?.messages.count ?? 0, mirror: mirrors[k]))
        }
        self.entries = entries
    }

    var flaggedCount: Int { entries.filter(\.verdict.flagged).count }

    /// "You wrote first to 41 people; 6 of those threads would be flagged."
    var summaryLine: String {
        let n = entries.count
        return "You wrote first to \(n) \(n == 1 ? "person" : "people"); \(flaggedCount) of those threads would be flagged."
    }

    var text: String {
        var out = summaryLine + "\n"
        if !inbox.engagementKnown {
            out += "(The data does not say which posts you liked or commented on; rules about engaging first were not applied.)\n"
        }
        for e in entries {
            let p = inbox.person(e.person)
            let v = e.verdict
            var head = (v.flagged ? "FLAGGED" : "ok") + "  to \(p.name.terminalSafe) (\(p.id.terminalSafe))  \(e.messages) message\(e.messages == 1 ? "" : "s")"
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
        w.field("wrote_first", entries.count)
        w.field("flagged", flaggedCount)
        w.field("summary", summaryLine)
        w.field("engagement_known", inbox.engagementKnown)
        w.beginArray("threads")
        for e in entries {
            let v = e.verdict
            w.beginObject()
            w.field("with", inbox.person(e.person).id)
            w.field("name", inbox.person(e.person).name)
            w.field("flagged", v.flagged)
            w.field("score", number: v.score)
            w.field("required", number: v.threshold)
            w.field("stages", strings: v.stages.map(\.rawValue))
            w.field("rules", strings: v.brokenRules.map(\.rawValue))
            w.field("messages", e.messages)
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
