import InboxModel
import OutreachPolicy
import ScreenKit
import Shared

/// One person's story as it has unfolded so far: their events and the
/// owner's posts (the openings they could have engaged with), stamped with
/// the demo's day numbers, the newest event highlighted, and the message
/// at which the thread crossed the threshold marked.
enum DemoTimeline {
    static let gutter = 13

    /// "Day 4 10:00", or the date before day 1 ("Feb 27 08:30").
    static func stamp(_ t: Timestamp, demo: DemoState) -> String {
        let day = demo.day(of: t)
        return day >= 1 ? "\(DemoClockText.day(day)) \(t.timeOfDayString)" : RelativeTime.stamp(t)
    }

    /// Event indices this person's column shows, up to the fold.
    static func events(of person: PersonRef, in state: AppState) -> [Int] {
        (0..<state.folded.eventCount).filter { i in
            let e = state.inbox.events[i]
            return e.counterpart == person || (e.type == .post && e.actor.isOwner)
        }
    }

    static func build(_ state: AppState, demo: DemoState, person ref: PersonRef, verdict: ThreadVerdict?, width: Int) -> TextBlock {
        var b = TextBlock(width: width)
        let inbox = state.inbox
        let shown = events(of: ref, in: state)
        let newest = state.demoNewestEvent
        let owner = inbox.owner.firstName
        let first = inbox.person(ref).firstName
        // Narrow columns give message text the width the gutter would take.
        let pad = [Span(String(repeating: " ", count: width < 50 ? 2 : gutter))]
        if shown.isEmpty {
            b.line("Nothing yet.", style: Theme.dim)
            return b
        }
        for i in shown {
            let e = inbox.events[i]
            let isNewest = i == newest
            let stamp = Span(stamp(e.at, demo: demo).padded(toWidth: gutter - 1) + " ", style: isNewest ? Theme.caption : Theme.dim)
            let textStyle: Style = isNewest ? .plain : Theme.dim
            switch e.type {
            case .message:
                var head = [stamp, Span(e.actor.isOwner ? owner : first, style: e.actor.isOwner ? Theme.owner : Theme.name)]
                if let stages = verdict?.stages(atEvent: i), !stages.isEmpty {
                    head.append(Span("  " + stages.map { "[" + $0.rawValue.uppercased() + "]" }.joined(separator: " "), style: Theme.flag))
                }
                b.line(head)
                b.wrapped(e.text, prefix: pad)
                if let moment = verdict?.flaggedAt, moment.eventIndex == i {
                    b.line(pad + [Span("» FLAGGED here: the score crossed \(Findings.format(verdict?.threshold ?? 0))", style: Theme.flag)])
                }
            case .invite:
                let text = e.actor.isOwner ? "\(owner) invited \(first) to connect" : "\(first) invited \(owner) to connect"
                b.line([stamp, Span(text, style: textStyle)])
                b.wrapped(e.text.isEmpty ? "(no note)" : "“" + e.text + "”", style: e.text.isEmpty ? Theme.dim : Theme.evidence, prefix: pad)
            case .accept:
                let text = e.actor.isOwner ? "\(owner) accepted" : "\(first) accepted \(owner)'s invitation"
                b.line([stamp, Span(text, style: textStyle)])
            case .ignore:
                let text = e.actor.isOwner ? "\(owner) ignored the invitation" : "\(first) ignored \(owner)'s invitation"
                b.line([stamp, Span(text, style: textStyle)])
            case .post:
                b.line([stamp, Span("\(e.actor.isOwner ? owner : first) posted ", style: Theme.engagement),
                        Span("“" + e.text.terminalSafe.truncated(toWidth: max(8, width - gutter - owner.count - 10)) + "”", style: Theme.dim)])
            case .like, .comment:
                let target = e.post.map { inbox.post($0) }
                let verb = e.type == .like ? "liked" : "commented on"
                let title = target.map { " “" + $0.text.terminalSafe.truncated(toWidth: max(8, width - gutter - first.count - 28)) + "”" } ?? ""
                b.line([stamp, Span("\(first) \(verb) \(owner)'s post", style: Theme.engagement), Span(title, style: Theme.dim)])
                if e.type == .comment, !e.text.isEmpty { b.wrapped(e.text, prefix: pad) }
            }
        }
        return b
    }

    /// Draws the last lines of `block` that fit: the newest events stay in view.
    static func drawTail(_ block: TextBlock, into screen: inout Screen, in area: Rect) {
        guard area.height > 0, area.width > 0 else { return }
        let start = max(0, block.lines.count - area.height)
        for (i, spans) in block.lines.dropFirst(start).enumerated() {
            screen.put(spans, x: area.x, y: area.y + i, maxWidth: area.width)
        }
    }
}
