import InboxModel
import OutreachPolicy
import ScreenKit
import Shared

/// The presenter's cards: the title card before the story, and the end
/// card that sums up what the audience saw (each person's score curve,
/// the stages they reached, the verdict) and leaves them with a question.
enum DemoCardView {
    static func draw(_ card: DemoState.Card, _ state: AppState, demo: DemoState, into screen: inout Screen, in area: Rect) {
        guard area.width > 10, area.height > 2 else { return }
        var lines: [(spans: [Span], centred: Bool)]
        switch card {
        case .title: lines = titleLines(state, demo: demo, width: area.width - 4).map { ($0, true) }
        case .end: lines = endLines(state, demo: demo, width: area.width - 4)
        }
        if lines.count > area.height { lines = Array(lines.prefix(area.height)) }
        let top = area.y + (area.height - lines.count) / 2
        let blockWidth = lines.filter { !$0.centred }.map { spanWidth($0.spans) }.max() ?? 0
        let left = area.x + max(2, (area.width - blockWidth) / 2)
        for (i, line) in lines.enumerated() {
            let x = line.centred ? area.x + max(0, (area.width - spanWidth(line.spans)) / 2) : left
            screen.put(line.spans, x: x, y: top + i, maxWidth: area.maxX - x)
        }
    }

    static func spanWidth(_ spans: [Span]) -> Int { spans.reduce(0) { $0 + $1.text.displayWidth } }

    // MARK: Title card

    static func titleLines(_ state: AppState, demo: DemoState, width: Int) -> [[Span]] {
        let inbox = state.inbox
        var out: [[Span]] = TerminalText.sanitize(demo.title, .singleLine).wrapped(toWidth: min(width, 60))
            .map { [Span($0, style: Theme.heading)] }
        out.append([])
        let days = demo.lastDay - max(1, demo.steps.first.map { demo.day(of: $0) } ?? 1) + 1
        let events = inbox.events.count
        let about = "\(inbox.owner.name)'s inbox · \(days) day\(days == 1 ? "" : "s") · \(events) event\(events == 1 ? "" : "s")"
        out.append([Span(about.terminalSafe.truncated(toWidth: width), style: Theme.dim)])
        out.append([])
        let people = demo.focus.prefix(4)
        for (i, p) in people.enumerated() {
            if demo.layout == .sideBySide, i == 1 { out.append([Span("and", style: Theme.dim)]) }
            let person = inbox.person(p)
            let line = person.name + (person.headline.isEmpty ? "" : " · " + person.headline)
            out.append([Span(line.terminalSafe.truncated(toWidth: width), style: Theme.name)])
        }
        if demo.focus.count > people.count { out.append([Span("and \(demo.focus.count - people.count) more", style: Theme.dim)]) }
        out.append([])
        out.append([Span(startLine(demo), style: Theme.caption)])
        return out
    }

    static func startLine(_ demo: DemoState) -> String {
        guard let step = demo.currentStep, step > 0 else { return "Space starts the story" }
        return "Space starts the story at " + DemoClockText.day(demo.day(of: demo.steps[step]))
    }

    // MARK: End card

    static let chartHeight = 5

    static func endLines(_ state: AppState, demo: DemoState, width: Int) -> [(spans: [Span], centred: Bool)] {
        var out: [(spans: [Span], centred: Bool)] = [([Span("What we saw", style: Theme.heading)], true), ([], true)]
        let people = demo.focus.filter { state.demoVerdict(for: $0) != nil && state.folded.thread(with: $0) != nil }
        if !demo.isAboutThreads || people.isEmpty {
            let roster = DemoView.invitationRoster(state, demo: demo, current: .owner)
            out += roster.map { ($0, false) }
            out.append(([], true))
            out.append(([Span("Which of these would you accept?", style: Theme.caption)], true))
            return out
        }
        let shown = Array(people.prefix(demo.layout == .sideBySide ? 2 : 4))
        let columns = shown.count == 2 && width >= 2 * 30 + 4
        let columnWidth = columns ? (width - 4) / 2 : min(width, 72)
        let blocks = shown.map { summary(state, demo: demo, person: $0, width: columnWidth) }
        if columns {
            let height = blocks.map(\.count).max() ?? 0
            for row in 0..<height {
                let left = row < blocks[0].count ? blocks[0][row] : []
                let right = row < blocks[1].count ? blocks[1][row] : []
                let pad = columnWidth - spanWidth(left) + 4
                out.append((left + [Span(String(repeating: " ", count: max(1, pad)))] + right, false))
            }
        } else {
            for (i, block) in blocks.enumerated() {
                if i > 0 { out.append(([], false)) }
                out += block.map { ($0, false) }
            }
        }
        out.append(([], true))
        let question = shown.count == 1
            ? "Would you take a call from \(state.inbox.person(shown[0]).firstName.terminalSafe)?"
            : "Which one would you take a call from?"
        out.append(([Span(question, style: Theme.caption)], true))
        return out
    }

    /// A person's name, their score curve by day, the verdict and the stages they reached.
    static func summary(_ state: AppState, demo: DemoState, person: PersonRef, width: Int) -> [[Span]] {
        guard let v = state.demoVerdict(for: person) else { return [] }
        var out: [[Span]] = [[Span(state.inbox.person(person).name.terminalSafe.truncated(toWidth: width), style: Theme.name)]]
        if let history = demo.history, let step = demo.currentStep {
            let (firstDay, days) = history.daily(person, upTo: step, demo: demo)
            out += chart(days, firstDay: firstDay, scale: history.scale, threshold: v.threshold,
                         flaggedDay: v.flaggedAt.map { demo.day(of: $0.at) }, width: width)
        }
        let score = Findings.format(v.score)
        if let moment = v.flaggedAt {
            out.append([Span("Score \(score) · ", style: Theme.name), Span("FLAGGED on " + DemoTimeline.stamp(moment.at, demo: demo), style: Theme.flag)])
        } else {
            out.append([Span("Score \(score) · ", style: Theme.name), Span("never flagged", style: Theme.ok)])
        }
        out += stageLines(v, inbox: state.inbox, demo: demo, width: width)
        return out
    }

    /// `flattery Day 1 → meeting Day 4 → pitch Day 11`, or "no ladder stage".
    static func stageLines(_ v: ThreadVerdict, inbox: Inbox, demo: DemoState, width: Int) -> [[Span]] {
        guard !v.stages.isEmpty else { return [[Span("No ladder stage reached", style: Theme.ok)]] }
        let firstAt = v.messageStages.sorted { $0.key < $1.key }
        var spans: [Span] = []
        for stage in v.stages {
            if !spans.isEmpty { spans.append(Span("→", style: Theme.flag)) }
            spans.append(Span("[" + stage.rawValue.uppercased() + "]", style: DemoPolicyView.lit))
            if let index = firstAt.first(where: { $0.value.contains(stage) })?.key {
                spans.append(Span(DemoClockText.day(demo.day(of: inbox.events[index].at)), style: Theme.dim))
            }
        }
        return DemoPolicyView.flow(spans, width: width)
    }

    /// The score curve: a bar per day, in eighths of a cell, the threshold
    /// a dashed row, days after the thread was flagged in the flag style.
    static func chart(_ days: [Double?], firstDay: Int64, scale: Double, threshold: Double, flaggedDay: Int64?, width: Int) -> [[Span]] {
        let axis = 6
        guard !days.isEmpty, width > axis + 4 else { return [] }
        let room = width - axis
        let shown = Array(days.suffix(room))
        let startDay = firstDay + Int64(days.count - shown.count)
        let cell = max(1, min(3, room / shown.count))
        let h = chartHeight
        let eighths = Double(h * 8)
        let thresholdRow = min(h - 1, max(0, Int(threshold / max(scale, 1) * Double(h))))
        var rows: [[Span]] = []
        for row in stride(from: h - 1, through: 0, by: -1) {
            let label = row == h - 1 ? Findings.format(scale) : (row == thresholdRow ? Findings.format(threshold) : "")
            var line = [Span(label.padded(toWidth: axis - 2, alignment: .right) + " ┤", style: Theme.dim)]
            for (i, score) in shown.enumerated() {
                let units = Int(((score ?? 0) / max(scale, 1) * eighths).rounded())
                let fill = units - row * 8
                let day = startDay + Int64(i)
                let style = flaggedDay.map { day >= $0 } == true ? Theme.flag : Theme.warn
                let text: String
                if score != nil, fill >= 8 {
                    text = "█"
                } else if score != nil, fill > 0 {
                    text = String(DemoPolicyView.levels[fill - 1])
                } else {
                    text = row == thresholdRow ? "╌" : " "
                }
                line.append(Span(String(repeating: text, count: cell), style: text == "╌" || text == " " ? Theme.dim : style))
            }
            rows.append(line)
        }
        let first = DemoClockText.day(startDay)
        let last = DemoClockText.day(startDay + Int64(shown.count - 1))
        let span = shown.count * cell
        let gap = max(1, span - first.count - last.count)
        rows.append([Span(String(repeating: " ", count: axis) + first + (shown.count > 1 ? String(repeating: " ", count: gap) + last : ""), style: Theme.dim)])
        return rows
    }
}
