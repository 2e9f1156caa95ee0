import InboxModel
import OutreachPolicy
import ScreenKit
import Shared

/// The detail pane of the selected row: an invitation with its profile
/// signals, a thread's timeline with the policy panel, or a connection.
enum DetailView {
    /// Draws the selected row's detail into `area` (inside the detail
    /// frame) and, on three-column screens, its second half into `side`;
    /// returns each pane's scroll mark for its frame.
    @discardableResult
    static func draw(_ state: AppState, into screen: inout Screen, in area: Rect, side: Rect? = nil) -> (main: String?, side: String?) {
        guard area.width > 0, area.height > 0 else { return (nil, nil) }
        guard let person = state.selectedPerson else {
            // Beside the list, the list's own empty message is the one empty state.
            if !state.layout.isWide {
                screen.put(ListView.emptyText(state), x: area.x, y: area.y, style: Theme.dim, maxWidth: area.width)
            }
            return (nil, nil)
        }
        let split = side != nil
        let block: TextBlock
        switch state.view {
        case .invitations: block = InvitationDetail.build(state, person: person, width: area.width, withSignals: !split)
        case .messages: block = ThreadDetail.build(state, person: person, width: area.width, withPolicy: state.showPolicyPanel && !split)
        case .network: block = NetworkDetail.build(state, person: person, width: area.width)
        }
        var scroll = state.detailScroll
        if state.detailAnchor == .timelineEnd, state.view == .messages {
            let rows = ThreadDetail.build(state, person: person, width: area.width, withPolicy: false).lineCount
            scroll += max(0, rows - area.height)
        }
        let used = block.draw(into: &screen, in: area, scroll: scroll, mark: false)
        let mainMark = PaneFrame.scrollMark(scroll: used, maxScroll: max(0, block.lineCount - area.height))
        guard let side, side.width > 0, side.height > 0 else { return (mainMark, nil) }
        let second = sideBlock(state, person: person, width: side.width)
        let sideUsed = second.draw(into: &screen, in: side, scroll: state.detailScroll, mark: false)
        return (mainMark, PaneFrame.scrollMark(scroll: sideUsed, maxScroll: max(0, second.lineCount - side.height)))
    }

    /// The third column: the policy's side of the selected row.
    static func sideBlock(_ state: AppState, person ref: PersonRef, width: Int) -> TextBlock {
        switch state.view {
        case .invitations:
            var b = TextBlock(width: width)
            if let v = state.analysis.invitation(from: ref) { InvitationDetail.addSignals(v, into: &b) }
            return b
        case .messages, .network:
            var b = TextBlock(width: width, cache: state.session.wraps)
            guard let verdict = state.threadVerdict(with: ref) else {
                b.wrapped("No messages with \(state.inbox.person(ref).firstName) yet, so nothing to judge.", style: Theme.dim)
                return b
            }
            guard state.showPolicyPanel || state.view == .network else {
                b.wrapped("The policy panel is hidden; press e to show it.", style: Theme.dim)
                return b
            }
            PolicyPanel.add(verdict, person: state.inbox.person(ref), breaks: state.policy.rulebook.settings.breaks, heading: false, into: &b)
            return b
        }
    }

    /// The frame titles of the detail and its third column.
    static func titles(_ view: InboxView) -> (main: String, side: String) {
        switch view {
        case .invitations: return ("Invitation", "Profile signals")
        case .messages: return ("Thread", "Policy")
        case .network: return ("Connection", "Policy")
        }
    }

    /// Name and headline, the first lines of every detail.
    static func title(_ person: Person, into block: inout TextBlock) {
        block.line([Span(DisplayText.line(person.name), style: Theme.name)])
        if !person.headline.isEmpty { block.wrapped(DisplayText.line(person.headline), style: Theme.dim) }
    }
}

enum InvitationDetail {
    /// `withSignals`: the profile signals and the rules below the
    /// recommendation (false when the third column shows them).
    static func build(_ state: AppState, person ref: PersonRef, width: Int, withSignals: Bool = true) -> TextBlock {
        var b = TextBlock(width: width, cache: state.session.wraps)
        let person = state.inbox.person(ref)
        DetailView.title(person, into: &b)
        guard let inv = state.folded.invitation(with: ref) else { return b }
        let ago = RelativeTime.ago(seconds: inv.at.seconds(until: state.inbox.now))
        b.line("Invited you \(RelativeTime.stamp(inv.at)) (\(ago))", style: Theme.dim)
        b.blank()
        let invite = state.inbox.events[inv.event]
        if invite.text.isEmpty {
            b.line("No note.", style: Theme.dim)
        } else {
            b.wrapped(invite.text + "”", style: Theme.evidence, prefix: [Span("“")], indent: 1, event: .init(sequence: invite.sequence, form: .note))
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
        guard withSignals else { return b }
        b.blank()
        addSignals(v, into: &b)
        return b
    }

    /// Profile signals, the rules that fired and the summary.
    static func addSignals(_ v: InvitationVerdict, into b: inout TextBlock) {
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
            if let v = state.threadVerdict(with: ref) { ThreadDetail.addVerdict(v, into: &b) }
            b.line("\(t.messages.count) message\(t.messages.count == 1 ? "" : "s") — press 2 to read the thread", style: Theme.dim)
        } else {
            b.line("No messages yet. Press r to write the first one, with the coach.", style: Theme.dim)
        }
        return b
    }
}
