import InboxModel
import OutreachPolicy
import ScreenKit

/// A conversation as a timeline — messages both ways, the invitation, and
/// likes and comments on the owner's posts, with the gaps between them —
/// followed by the policy panel.
enum ThreadDetail {
    /// `withPolicy`: the policy panel below the timeline (by default when
    /// it is shown; false when it has a column of its own).
    static func build(_ state: AppState, person ref: PersonRef, width: Int, withPolicy: Bool? = nil) -> TextBlock {
        var b = TextBlock(width: width, cache: state.session.wraps)
        let person = state.inbox.person(ref)
        let verdict = state.threadVerdict(with: ref)
        DetailView.title(person, into: &b)
        if let verdict { addVerdict(verdict, into: &b) }
        if let mine = state.session.replyVerdicts[ref] { addOwnVerdict(mine, into: &b) }
        b.blank()
        Timeline.add(state, person: ref, verdict: verdict, into: &b)
        if withPolicy ?? state.showPolicyPanel, let verdict {
            b.blank()
            PolicyPanel.add(verdict, person: person, breaks: state.policy.rulebook.settings.breaks, into: &b)
        }
        if state.showsSentCoach(for: ref) { SentCoachView.add(state, person: ref, into: &b) }
        if let draft = state.drafts[ref], !draft.isEmpty {
            b.blank()
            b.wrapped(draft, style: Theme.dim, prefix: [Span("Draft: ", style: Theme.warn)], indent: 2)
        }
        return b
    }

    /// The verdict line, or when it is wider than the pane, the score on
    /// one line and the stages wrapped below (never cut mid-number).
    static func addVerdict(_ v: ThreadVerdict, into b: inout TextBlock) {
        let line = verdictLine(v)
        guard v.flagged, line.reduce(0, { $0 + $1.text.displayWidth }) > b.width else {
            b.line(line)
            return
        }
        b.line([Span("FLAGGED", style: Theme.flag), Span(" thirsty · " + score(v), style: Theme.dim)])
        b.wrapped(v.stages.map { $0.rawValue }.joined(separator: " → "), style: Theme.dim, prefix: [Span("  ")])
    }

    /// The coach's verdict on the thread with the reply sent, since the
    /// policy's verdict above judges only the other person's messages.
    static func addOwnVerdict(_ f: CoachFeedback, into b: inout TextBlock) {
        let score = "score \(Findings.format(f.score)) / \(Findings.format(f.threshold))"
        let broken = f.brokenRules.map(\.rawValue).joined(separator: ", ")
        let label = f.flagged ? Span("Your reply: FLAGGED", style: Theme.flag) : Span("Your reply: not flagged", style: Theme.ok)
        b.wrapped("with your reply · " + score + (broken.isEmpty ? "" : " · breaks " + broken), style: Theme.dim, prefix: [label, Span(" ")], indent: 2)
    }

    static func score(_ v: ThreadVerdict) -> String {
        "score \(Findings.format(v.score)) / \(Findings.format(v.threshold))"
    }

    static func verdictLine(_ v: ThreadVerdict) -> [Span] {
        let score = score(v)
        if v.flagged {
            return [Span("FLAGGED", style: Theme.flag), Span(" thirsty · " + v.stages.map { $0.rawValue }.joined(separator: " → ") + " · " + score, style: Theme.dim)]
        }
        return [Span("Not flagged", style: Theme.ok), Span(" · " + score, style: Theme.dim)]
    }
}

enum Timeline {
    static func add(_ state: AppState, person ref: PersonRef, verdict: ThreadVerdict?, into b: inout TextBlock) {
        let inbox = state.inbox
        let first = inbox.person(ref).firstName
        var previous: Timestamp?
        for i in state.folded.activity[Int(ref.index)] {
            let e = inbox.events[Int(i)]
            if let previous, let gap = RelativeTime.gap(from: previous, to: e.at), previous.seconds(until: e.at) >= 3600 {
                b.line("              · \(gap)", style: Theme.dim)
            }
            previous = e.at
            let stamp = Span(RelativeTime.stamp(e.at) + "  ", style: Theme.dim)
            let who = e.actor.isOwner ? "You" : (e.actor == ref ? first : inbox.person(e.actor).firstName)
            let whoStyle = e.actor.isOwner ? Theme.owner : Theme.name
            switch e.type {
            case .message:
                var head = [stamp, Span(who, style: whoStyle)]
                if let stages = verdict?.stages(atEvent: Int(i)), !stages.isEmpty {
                    head.append(Span("  " + stages.map { "[" + $0.rawValue.uppercased() + "]" }.joined(separator: " "), style: Theme.flag))
                }
                b.line(head)
                b.wrapped(e.text, prefix: [Span(String(repeating: " ", count: 14))], event: .init(sequence: e.sequence, form: .plain))
            case .invite:
                let text = e.actor.isOwner ? "You invited \(first) to connect" : "\(who) invited you to connect"
                b.line([stamp, Span(text, style: Theme.dim)])
                if !e.text.isEmpty { b.wrapped("“" + e.text + "”", style: Theme.evidence, prefix: [Span(String(repeating: " ", count: 14))], event: .init(sequence: e.sequence, form: .quoted)) }
            case .accept:
                b.line([stamp, Span(e.actor.isOwner ? "You accepted \(first)'s invitation" : "\(who) accepted your invitation", style: Theme.dim)])
            case .ignore:
                b.line([stamp, Span(e.actor.isOwner ? "You ignored \(first)'s invitation" : "\(who) ignored your invitation", style: Theme.dim)])
            case .post:
                b.line([stamp, Span("\(who) posted", style: Theme.engagement)])
                b.wrapped("“" + e.text + "”", style: Theme.dim, prefix: [Span(String(repeating: " ", count: 14))], event: .init(sequence: e.sequence, form: .quoted))
            case .like, .comment:
                let target = e.post.map { inbox.post($0) }
                let whose = e.subject.isOwner ? "your" : (e.subject == ref ? "\(first)'s" : "a")
                let verb = e.type == .like ? "liked" : "commented on"
                let what = "\(who) \(verb) \(whose) post"
                // The post's title gets what the pane has left, cut with "…".
                let room = min(42, b.width - stamp.text.displayWidth - what.displayWidth - 1)
                let title = target.map { " " + ("“" + DisplayText.line($0.text) + "”").truncatedAtWord(toWidth: room) } ?? ""
                b.line([stamp, Span(what, style: Theme.engagement), Span(room > 3 ? title : "", style: Theme.dim)])
                if e.type == .comment, !e.text.isEmpty {
                    b.wrapped(e.text, prefix: [Span(String(repeating: " ", count: 14))], event: .init(sequence: e.sequence, form: .plain))
                }
            }
        }
    }
}

enum PolicyPanel {
    /// `breaks`: which article rules each ladder stage breaks, so a rule
    /// broken by, say, flattery shows that flattery as its evidence.
    /// `heading`: false in the third column, whose frame already says "Policy".
    static func add(_ v: ThreadVerdict, person: Person, breaks: [Stage: [ArticleRule]] = [:], heading: Bool = true, into b: inout TextBlock) {
        if heading { b.rule("Policy") }
        ThreadDetail.addVerdict(v, into: &b)
        if let moment = v.flaggedAt {
            b.line("Crossed the threshold \(RelativeTime.stamp(moment.at))", style: Theme.dim)
        }
        b.blank()
        for rule in ArticleRule.allCases {
            let broken = v.brokenRules.contains(rule)
            var seen: Set<String> = []
            let evidence = v.findings.filter { f in
                f.score > 0 && (f.category.articleRule == rule || f.category.stage.map { breaks[$0]?.contains(rule) ?? false } == true)
                    && seen.insert(f.evidence).inserted
            }
            let head = [Span(broken ? "✗ " : "✓ ", style: broken ? Theme.fail : Theme.ok),
                        Span(rule.title.padded(toWidth: 8), style: Theme.name)]
            if let first = evidence.first {
                b.wrapped(first.evidence, style: Theme.evidence, prefix: head, indent: 10)
                for more in evidence.dropFirst() { b.wrapped(more.evidence, style: Theme.evidence, prefix: [Span(String(repeating: " ", count: 10))]) }
            } else {
                b.line(head + [Span(broken ? "" : passText(rule), style: Theme.dim)])
            }
        }
        let credits = v.findings.filter { $0.category == .credit }
        if !credits.isEmpty {
            b.blank()
            b.line("Credits", style: Theme.name)
            for f in credits { Findings.add(f, into: &b) }
        }
        if v.flagged {
            b.blank()
            b.line("Would anyone do this face to face?", style: Theme.caption)
        }
        b.blank()
        b.line("Rules that fired", style: Theme.name)
        let fired = v.findings.filter { $0.category != .credit }
        if fired.isEmpty { b.line("none", style: Theme.dim) }
        for f in fired { Findings.add(f, into: &b) }
        b.blank()
        b.wrapped(Findings.foldable(v.explanation), style: Theme.dim)
    }

    static func passText(_ rule: ArticleRule) -> String {
        switch rule {
        case .relax: return "took their time, or engaged first"
        case .value: return "a genuine question or something of value"
        case .sincere: return "no flattery or template phrasing"
        }
    }
}
