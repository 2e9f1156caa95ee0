import InboxModel
import OutreachPolicy
import ScreenKit
import Shared

/// The demo screen: title and play state, the clock, the thread (or two,
/// side by side) with its live policy panel, the subtitle, and key hints.
enum DemoView {
    /// Wide enough to give the policy panel its own column.
    static let panelWidth = 46
    /// Narrower than this, a side-by-side demo shows one column at a time.
    static let columnsMinWidth = 60

    static func draw(_ state: AppState, into screen: inout Screen) {
        guard let demo = state.demo else { return }
        let w = screen.width, h = screen.height
        drawHeader(demo, into: &screen, width: w)
        drawClock(demo, into: &screen, width: w)
        drawHints(state, demo: demo, into: &screen, row: h - 1)
        if let card = demo.card {
            DemoCardView.draw(card, state, demo: demo, into: &screen, in: Rect(x: 0, y: 2, width: w, height: max(0, h - 3)))
            if state.mode == .help { DemoHelpView.draw(state.keys, into: &screen, in: Rect(x: 0, y: 1, width: w, height: h - 2)) }
            return
        }

        let separate = h >= 16
        let subtitleTop: Int
        if demo.presenting {
            subtitleTop = drawLargeCaption(state, demo: demo, into: &screen, bottom: h - 1)
        } else {
            let maxSubtitle = h >= 20 ? 4 : (h >= 14 ? 3 : 2)
            let subtitle = subtitleLines(state, demo: demo, width: w - 2, max: maxSubtitle)
            subtitleTop = h - 1 - subtitle.count
            for (i, line) in subtitle.enumerated() {
                screen.put(line, x: 1, y: subtitleTop + i, style: Theme.caption, maxWidth: w - 2)
            }
        }
        if separate { screen.put(String(repeating: "─", count: w), x: 0, y: subtitleTop - 1, style: Theme.border) }
        let bodyBottom = subtitleTop - (separate ? 1 : 0)
        let body = Rect(x: 0, y: 2, width: w, height: max(0, bodyBottom - 2))

        if demo.layout == .sideBySide && w >= columnsMinWidth {
            drawColumns(state, demo: demo, into: &screen, in: body)
        } else if let person = state.demoCurrentPerson {
            if demo.isAboutThreads {
                drawThread(state, demo: demo, person: person, into: &screen, in: body)
            } else {
                drawInvitation(state, demo: demo, person: person, into: &screen, in: body)
            }
        }
        if state.mode == .help { DemoHelpView.draw(state.keys, into: &screen, in: Rect(x: 0, y: 1, width: w, height: h - 2)) }
    }

    // MARK: Chrome

    static func drawHeader(_ demo: DemoState, into screen: inout Screen, width: Int) {
        screen.fill(Rect(x: 0, y: 0, width: width, height: 1), style: Theme.header)
        let state = " " + playState(demo) + " "
        var x = screen.put(" Demo ", x: 0, y: 0, style: Theme.tabActive)
        x += screen.put(" ", x: x, y: 0, style: Theme.header)
        let room = width - x - state.displayWidth - 1
        if room > 3 { screen.put(demo.title.terminalSafe.truncated(toWidth: room), x: x, y: 0, style: Theme.header) }
        screen.put(state, x: max(x, width - state.displayWidth), y: 0, style: Theme.header)
    }

    /// "▶ 1 day/s", "❚❚ paused · 1 day/s", "■ end", "title card".
    static func playState(_ demo: DemoState) -> String {
        let rate = DemoClockText.rate(demo.clock.rate)
        if demo.card == .title { return "title card · " + rate }
        if demo.card == .end { return "■ end card" }
        if demo.heldAtCaption { return "❚❚ caption · " + rate }
        if demo.isFinished && demo.clock.isPaused { return "■ end" }
        return demo.clock.isPaused ? "❚❚ paused · " + rate : "▶ " + rate
    }

    static func drawClock(_ demo: DemoState, into screen: inout Screen, width: Int) {
        let t = demo.clock.time
        let day = demo.day(of: t)
        var x = 1
        if day >= 1 { x += screen.put(DemoClockText.day(day) + " · ", x: x, y: 1, style: Theme.name) }
        x += screen.put(DemoClockText.date(t), x: x, y: 1, style: Theme.name)
        if let step = demo.currentStep {
            screen.put("   event \(step + 1) of \(demo.steps.count)", x: x, y: 1, style: Theme.dim, maxWidth: width - x)
        }
    }

    static func drawHints(_ state: AppState, demo: DemoState, into screen: inout Screen, row: Int) {
        let line = Rect(x: 0, y: row, width: screen.width, height: 1)
        if let status = state.status {
            let style = status.kind == .error || status.kind == .warning ? Theme.statusError : Theme.status
            screen.fill(line, style: style)
            screen.put(" " + status.text, x: 0, y: row, style: style)
            return
        }
        screen.fill(line, style: Theme.status)
        let hints = state.keys.hints(for: state)
        var x = 0
        for (keys, what) in hints {
            guard x < screen.width else { break }
            x += screen.put(" " + keys + " ", x: x, y: row, style: Theme.key)
            x += screen.put(" " + what + " ", x: x, y: row, style: Theme.status)
        }
    }

    /// The caption (or narration) of the newest event, wrapped; the last
    /// line ends in "…" when it does not all fit.
    static func subtitleLines(_ state: AppState, demo: DemoState, width: Int, max: Int) -> [String] {
        guard let text = state.demoSubtitle, width > 0, max > 0 else { return [] }
        let lines = TerminalText.sanitize(text, .multiLine).wrapped(toWidth: width)
        guard lines.count > max else { return lines }
        var kept = Array(lines.prefix(max))
        kept[max - 1] = (kept[max - 1] + " " + lines[max]).truncated(toWidth: width)
        return kept
    }

    /// Presenter captions: bold, centred, wrapped short enough to read
    /// from the back of a room, with a blank line above and below when the
    /// screen has the height. Returns the top row of the caption band.
    static func drawLargeCaption(_ state: AppState, demo: DemoState, into screen: inout Screen, bottom: Int) -> Int {
        let w = screen.width, h = screen.height
        let roomy = h >= 20
        let maxLines = h >= 36 ? 6 : (h >= 20 ? 4 : 2)
        let lines = subtitleLines(state, demo: demo, width: min(w - 8, 60), max: maxLines)
        let band = lines.count + (roomy && !lines.isEmpty ? 2 : 0)
        let top = bottom - band
        let first = top + (roomy && !lines.isEmpty ? 1 : 0)
        for (i, line) in lines.enumerated() {
            let x = max(0, (w - line.displayWidth) / 2)
            screen.put(line, x: x, y: first + i, style: largeCaption, maxWidth: w - x)
        }
        return top
    }

    static var largeCaption: Style {
        var style = Theme.caption
        style.bold = true
        return style
    }

    // MARK: Bodies

    static func drawThread(_ state: AppState, demo: DemoState, person: PersonRef, into screen: inout Screen, in area: Rect) {
        guard area.height > 0 else { return }
        guard let verdict = state.demoVerdict(for: person) else { return }
        var main = area
        if area.width >= Layout.wideWidth {
            let split = area.split(rightWidth: panelWidth + 1)
            main = split.left
            for y in split.right.y..<split.right.maxY { screen.put("│", x: split.right.x, y: y, style: Theme.border) }
            DemoPolicyView.panel(verdict, demo: demo, width: panelWidth - 1)
                .draw(into: &screen, in: split.right.inset(left: 2), scroll: 0)
        } else {
            var y = main.y
            let inner = main.width - 2
            let lines = DemoPolicyView.badges(verdict, width: inner)
                + [DemoPolicyView.scoreLine(verdict, scale: DemoPolicyView.scale(verdict, demo: demo), width: inner)]
                + DemoPolicyView.sparkLines(verdict, demo: demo, width: inner)
            for line in lines {
                guard y < main.maxY else { break }
                screen.put(line, x: main.x + 1, y: y, maxWidth: main.width - 2)
                y += 1
            }
            if y < main.maxY {
                var x = main.x + 1
                x += screen.put(DemoPolicyView.rulesLine(verdict), x: x, y: y, maxWidth: main.width - 2)
                if let flagged = DemoPolicyView.flaggedLine(verdict, demo: demo) {
                    let room = main.maxX - x - 1
                    let full = [Span("   ")] + flagged
                    // Squeezed, the marker keeps its word and drops the date.
                    let fits = full.reduce(0) { $0 + $1.text.displayWidth } <= room
                    screen.put(fits ? full : [Span("  "), Span("» FLAGGED", style: Theme.flag)], x: x, y: y, maxWidth: room)
                }
                y += 1
            }
            main = Rect(x: main.x, y: y, width: main.width, height: main.maxY - y)
        }
        drawStory(state, demo: demo, person: person, verdict: verdict, into: &screen, in: main, marked: false)
    }

    /// A person's name rule and their timeline, newest at the bottom.
    static func drawStory(_ state: AppState, demo: DemoState, person: PersonRef, verdict: ThreadVerdict?, into screen: inout Screen, in area: Rect, marked: Bool) {
        guard area.height > 0 else { return }
        let p = state.inbox.person(person)
        let title = (marked ? "▸ " : "") + p.name + (p.headline.isEmpty ? "" : " · " + p.headline)
        var y = area.y
        if area.height >= 3 {
            let head = "── " + title.terminalSafe.truncated(toWidth: max(1, area.width - 5)) + " "
            let used = screen.put(head, x: area.x, y: y, style: Theme.heading, maxWidth: area.width)
            if used < area.width { screen.put(String(repeating: "─", count: area.width - used), x: area.x + used, y: y, style: Theme.border) }
            y += 1
        }
        let story = DemoTimeline.build(state, demo: demo, person: person, verdict: verdict, width: area.width - 2)
        DemoTimeline.drawTail(story, into: &screen, in: Rect(x: area.x + 1, y: y, width: area.width - 2, height: area.maxY - y))
    }

    static func drawInvitation(_ state: AppState, demo: DemoState, person: PersonRef, into screen: inout Screen, in area: Rect) {
        guard area.height > 0 else { return }
        let roster = invitationRoster(state, demo: demo, current: person)
        var detailArea = area.inset(left: 1, right: 1)
        if area.width >= Layout.wideWidth {
            let split = area.split(rightWidth: panelWidth + 1)
            detailArea = split.left.inset(left: 1, right: 1)
            for y in split.right.y..<split.right.maxY { screen.put("│", x: split.right.x, y: y, style: Theme.border) }
            let side = split.right.inset(left: 2)
            for (i, line) in roster.enumerated() where i < side.height {
                screen.put(line, x: side.x, y: side.y + i, maxWidth: side.width)
            }
            let below = side.inset(top: roster.count + 1)
            drawStory(state, demo: demo, person: person, verdict: nil, into: &screen, in: Rect(x: below.x - 1, y: below.y, width: below.width + 1, height: below.height), marked: false)
        } else {
            for (i, line) in roster.enumerated() where i < detailArea.height {
                screen.put(line, x: detailArea.x, y: detailArea.y + i, maxWidth: detailArea.width)
            }
            detailArea = detailArea.inset(top: roster.count + (roster.isEmpty ? 0 : 1))
        }
        InvitationDetail.build(state, person: person, width: detailArea.width)
            .draw(into: &screen, in: detailArea, scroll: 0)
    }

    /// One line per invitation so far: the policy's recommendation lit up
    /// and what the owner did. `▸` marks the one shown in detail.
    static func invitationRoster(_ state: AppState, demo: DemoState, current: PersonRef) -> [[Span]] {
        let shown = demo.focus.filter { state.folded.invitation(with: $0) != nil }
        let nameWidth = min(22, shown.map { state.inbox.person($0).name.terminalSafe.displayWidth }.max() ?? 0)
        return shown.map { p in
            var line = [Span(p == current ? "▸ " : "  ", style: Theme.caption),
                        Span(state.inbox.person(p).name.terminalSafe.fitted(toWidth: nameWidth) + "  ", style: Theme.name)]
            if let v = state.analysis.invitation(from: p) {
                line.append(v.decision == .accept
                    ? Span("ACCEPT".padded(toWidth: 14), style: Theme.accept)
                    : Span(("IGNORE (" + v.reasons.map(\.rawValue).joined(separator: ", ") + ")").padded(toWidth: 14), style: Theme.ignore))
            }
            line.append(contentsOf: decisionLine(state, demo: demo, person: p) ?? [])
            return line
        }
    }

    /// "accepted on Day 2 08:00", or "pending".
    static func decisionLine(_ state: AppState, demo: DemoState, person: PersonRef) -> [Span]? {
        guard let inv = state.folded.invitation(with: person) else { return nil }
        switch inv.status {
        case .pending: return [Span(" pending", style: Theme.dim)]
        case .accepted(let at): return [Span(" accepted ", style: Theme.accept), Span("on " + DemoTimeline.stamp(at, demo: demo), style: Theme.dim)]
        case .ignored(let at): return [Span(" ignored ", style: Theme.ignore), Span("on " + DemoTimeline.stamp(at, demo: demo), style: Theme.dim)]
        }
    }

    /// Two threads in two columns on one clock, each with its own score.
    static func drawColumns(_ state: AppState, demo: DemoState, into screen: inout Screen, in area: Rect) {
        guard area.height > 0, demo.focus.count == 2 else { return }
        let leftWidth = (area.width - 1) / 2
        let (left, rest) = area.split(leftWidth: leftWidth)
        for y in rest.y..<rest.maxY { screen.put("│", x: rest.x, y: y, style: Theme.border) }
        let right = rest.inset(left: 2)
        let current = state.demoCurrentPerson
        for (person, column) in zip(demo.focus, [left.inset(left: 1), right]) {
            guard let verdict = state.demoVerdict(for: person) else { continue }
            let inner = column.width - 1
            var y = column.y
            var lines = DemoPolicyView.badges(verdict, width: inner)
            lines.append(DemoPolicyView.scoreLine(verdict, scale: DemoPolicyView.scale(verdict, demo: demo), width: inner))
            lines += DemoPolicyView.sparkLines(verdict, demo: demo, width: inner)
            lines.append(DemoPolicyView.rulesLine(verdict))
            lines.append(DemoPolicyView.flaggedLine(verdict, demo: demo) ?? [Span("Not flagged", style: Theme.ok)])
            for line in lines where y < column.maxY {
                screen.put(line, x: column.x, y: y, maxWidth: inner)
                y += 1
            }
            let story = Rect(x: column.x - 1, y: y, width: column.width + 1, height: column.maxY - y)
            drawStory(state, demo: demo, person: person, verdict: verdict, into: &screen, in: story, marked: person == current)
        }
    }
}

extension AppState {
    /// The thread verdict the demo shows for `person` at the clock's time:
    /// the session keeps one for every focus person.
    func demoVerdict(for person: PersonRef) -> ThreadVerdict? { session.threadVerdict(for: person) }

    /// The caption of the newest event at this step that has one, or a
    /// narration of the newest event; nil before anything has happened.
    var demoSubtitle: String? {
        guard let d = demo, let newest = demoNewestEvent else { return nil }
        let at = inbox.events[newest].at
        var i = newest
        while i >= 0, inbox.events[i].at == at {
            if let caption = inbox.events[i].caption, !caption.isEmpty { return caption }
            i -= 1
        }
        let e = inbox.events[newest]
        let person = e.counterpart
        let context = DemoNarration.Context(
            thread: person.flatMap { demoVerdict(for: $0) },
            invitation: person.flatMap { analysis.invitation(from: $0) },
            namePerson: d.layout == .sideBySide
        )
        return DemoNarration.narrate(newest, in: inbox, demo: d, context: context)
    }
}
