import InboxModel
import OutreachPolicy
import ScreenKit
import Shared

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

    /// The contract's JSON, written by the policy layer's `VerdictReport`.
    var json: String { VerdictReport(inbox: inbox, state: state, verdicts: verdicts).json }

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
            var line = "    \(f.rule.terminalSafe) \(f.score >= 0 ? "+" : "")\(JSONWriter.score(f.score))"
            if let at = f.at { line += "  \(at.iso8601)" }
            if !f.evidence.isEmpty { line += "  “\(TerminalText.sanitize(f.evidence))”" }
            out += line + "\n"
        }
        return out
    }
}
