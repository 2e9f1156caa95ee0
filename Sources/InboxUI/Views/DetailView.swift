import InboxModel
import OutreachPolicy
import ScreenKit
import Shared

/// The detail pane of the selected row: an invitation with its profile
/// signals, a thread's timeline with the policy panel, or a connection.
enum DetailView {
    static func draw(_ state: AppState, into screen: inout Screen, in area: Rect) {
        guard area.width > 0, area.height > 0 else { return }
        guard let person = state.selectedPerson else {
            screen.put(ListView.emptyText(state), x: area.x, y: area.y + 1, style: Theme.dim, maxWidth: area.width)
            return
        }
        let block: TextBlock
        switch state.view {
        case .invitations: block = InvitationDetail.build(state, person: person, width: area.width)
        case .messages: block = ThreadDetail.build(state, person: person, width: area.width)
        case .network: block = NetworkDetail.build(state, person: person, width: area.width)
        }
        block.draw(into: &screen, in: area, scroll: state.detailScroll)
    }

    /// Name and headline, the first lines of every detail.
    static func title(_ person: Person, into block: inout TextBlock) {
        block.line([Span(person.name, style: Theme.name)])
        if !person.headline.isEmpty { block.wrapped(person.headline, style: Theme.dim) }
    }
}

enum InvitationDetail {
    static func build(_ state: AppState, person ref: PersonRef, width: Int) -> TextBlock {
        var b = TextBlock(width: width)
        let person = state.inbox.person(ref)
        DetailView.title(person, into: &b)
        guard let inv = state.folded.invitation(with: ref) else { return b }
        let ago = RelativeTime.ago(seconds: inv.at.seconds(until: state.inbox.now))
        b.line("Invited you \(RelativeTime.stamp(inv.at)) (\(ago))", style: Theme.dim)
        b.blank()
        let note = state.inbox.events[inv.event].text
        if note.isEmpty {
            b.line("No note.", style: Theme.dim)
        } else {
            b.wrapped(note + "”", style: Theme.evidence, prefix: [Span("“")], indent: 1)
        }
        b.blank()
        guard let v = state.analysis.invitation(from: ref) else { return b }
        if v.decision == .accept {
            b.line([Span("Recommendation: ", style: Theme.name), Span("ACCEPT", style: Theme.accept)])
            b.wrapped("Accept almost anyone: nothing inappropriate in the note, and the profile looks like a real person.", style: Theme.dim)
        } else {
            let why = v.reasons.map(\.rawValue).joined(separator: " and ")
            b.line([Span("Recommendation: ", style: Theme.name), Span("IGNORE (\(why))", style: Theme.ignore)])
            // One sentence per reason: with both, the fake profile went unexplained.
            var because: [String] = []
            if v.reasons.contains(.inappropriate) { because.append("The note itself is inappropriate.") }
            if v.reasons.contains(.fake) { because.append("Several weak profile signals together suggest this person might not be real.") }
            b.wrapped(because.joined(separator: " "), style: Theme.dim)
        }
        b.blank()
        b.rule("Profile signals")
        for s in v.signals {
            b.wrapped(s.sentence, style: s.weak ? Theme.warn : .plain, prefix: [Span(s.weak ? "✗ " : "✓ ", style: s.weak ? Theme.fail : Theme.ok)])
        }
        if !v.findings.isEmpty {
            b.blank()
            b.rule("Why")
            for f in v.findings { Findings.add(f, into: &b) }
        }
        b.blank()
        b.wrapped(Findings.foldable(v.explanation), style: Theme.dim)
        return b
    }
}

/// Shared rendering of one fired rule.
enum Findings {
    static func add(_ f: Finding, into b: inout TextBlock) {
        let score = (f.score >= 0 ? "+" : "") + format(f.score)
        b.wrapped(f.evidence.isEmpty ? "" : "“" + f.evidence + "”", style: Theme.evidence,
                  prefix: [Span(f.rule, style: Theme.name), Span(" \(score) ", style: f.score > 0 ? Theme.fail : Theme.ok)], indent: 2)
    }

    /// The SpamAssassin-style summary with a space after each comma, so
    /// it wraps between rules (as mail headers fold it), not inside a name.
    static func foldable(_ explanation: String) -> String {
        explanation.replacingOccurrences(of: ",", with: ", ")
    }

    /// Scores on screen read as in reports (`formatScore`).
    static func format(_ x: Double) -> String { formatScore(x) }
}

enum NetworkDetail {
    static func build(_ state: AppState, person ref: PersonRef, width: Int) -> TextBlock {
        var b = TextBlock(width: width)
        let person = state.inbox.person(ref)
        DetailView.title(person, into: &b)
        if let since = state.folded.connectedSince[Int(ref.index)] {
            b.line("Connected \(RelativeTime.stamp(since)) (\(RelativeTime.ago(seconds: since.seconds(until: state.inbox.now))))", style: Theme.dim)
        }
        b.blank()
        let engagement = state.folded.engagement(by: ref, in: state.inbox)
        b.line("\(engagement.count) like\(engagement.count == 1 ? "" : "s")/comment\(engagement.count == 1 ? "" : "s") on your posts", style: Theme.engagement)
        if let t = state.folded.thread(with: ref) {
            b.line("\(t.messages.count) message\(t.messages.count == 1 ? "" : "s") — press 2 to read the thread", style: Theme.dim)
        } else {
            b.line("No messages yet. Press r to write the first one, with the coach.", style: Theme.dim)
        }
        return b
    }
}
