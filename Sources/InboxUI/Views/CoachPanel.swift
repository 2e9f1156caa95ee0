import InboxModel
import OutreachPolicy
import ScreenKit
import Shared

/// The coach beside the editor: the three rules, re-scored on every key,
/// each with a mark and a word (✓ pass, ! warn, ✗ fail) so it reads without
/// colour, and the advice that says what to change.
enum CoachPanel {
    /// Rows the panel takes on narrow screens.
    static let compactHeight = 5

    static func draw(_ state: AppState, into screen: inout Screen, in area: Rect, compact: Bool) {
        guard area.width > 0, area.height > 0, let compose = state.compose, let feedback = compose.feedback else { return }
        let name = state.inbox.person(compose.person).firstName
        if compact {
            drawCompact(feedback, name: name, isEmpty: compose.editor.isEmpty, into: &screen, in: area)
        } else {
            let block = build(feedback, name: name, isEmpty: compose.editor.isEmpty, width: area.width)
            block.draw(into: &screen, in: area, scroll: 0)
        }
    }

    /// The wide panel: a heading, each rule with its advice, and the verdict.
    static func build(_ feedback: CoachFeedback, name: String, isEmpty: Bool, width: Int) -> TextBlock {
        var b = TextBlock(width: width)
        b.line([Span("Coach", style: Theme.heading), Span(" · your next message to \(name)", style: Theme.dim)])
        if isEmpty { b.wrapped("Start typing; every key is re-scored.", style: Theme.dim) }
        b.blank()
        for line in feedback.rules {
            b.line(head(line))
            for advice in line.advice {
                b.wrapped(advice, style: line.status == .pass ? Theme.dim : .plain, prefix: [Span("  ")])
            }
            b.blank()
        }
        b.line(verdict(feedback))
        if !feedback.stages.isEmpty {
            b.wrapped("Stages: " + feedback.stages.map(\.rawValue).joined(separator: " → "), style: Theme.dim)
        }
        return b
    }

    /// Narrow screens: one row of marks, then the worst advice first, then
    /// the verdict, in `compactHeight` rows.
    static func drawCompact(_ feedback: CoachFeedback, name: String, isEmpty: Bool, into screen: inout Screen, in area: Rect) {
        var x = area.x
        x += screen.put("Coach ", x: x, y: area.y, style: Theme.heading, maxWidth: area.maxX - x)
        for line in feedback.rules where x < area.maxX {
            x += screen.put(head(line) + [Span("  ")], x: x, y: area.y, maxWidth: area.maxX - x)
        }
        guard area.height > 1 else { return }
        let rows = max(0, area.height - 2)
        let worstFirst = [CoachFeedback.Status.fail, .warn].flatMap { s in feedback.rules.filter { $0.status == s } }
        let items = worstFirst.flatMap { line in line.advice.map { (line.status, $0) } }
        var b = TextBlock(width: area.width)
        for (status, advice) in items {
            b.wrapped(advice, prefix: [Span(status.mark + " ", style: style(status))])
        }
        if b.lines.count > rows {
            // Not enough room to wrap: one row per piece of advice, so no
            // rule's advice is pushed out by another's.
            b = TextBlock(width: area.width)
            for (status, advice) in items {
                let text = TerminalText.sanitize(advice).truncated(toWidth: max(1, area.width - 2))
                b.line([Span(status.mark + " ", style: style(status)), Span(text)])
            }
        }
        if items.isEmpty {
            b.line(isEmpty ? "Start typing; every key is re-scored." : "All three rules pass.", style: Theme.dim)
        }
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: rows)
        var shown = TextBlock(width: area.width)
        for spans in b.lines.prefix(rows) { shown.line(spans) }
        shown.draw(into: &screen, in: body, scroll: 0)
        screen.put(verdict(feedback), x: area.x, y: area.maxY - 1, maxWidth: area.width)
    }

    static func head(_ line: CoachFeedback.RuleLine) -> [Span] {
        [Span(line.status.mark + " " + line.rule.title, style: style(line.status)), Span(" " + line.status.rawValue, style: Theme.dim)]
    }

    static func verdict(_ f: CoachFeedback) -> [Span] {
        let score = "score \(Findings.format(f.score)) / \(Findings.format(f.threshold))"
        if f.flagged {
            return [Span("FLAGGED", style: Theme.flag), Span(" you'd be flagged for the same · " + score, style: Theme.dim)]
        }
        return [Span("Not flagged", style: Theme.ok), Span(" · " + score, style: Theme.dim)]
    }

    static func style(_ status: CoachFeedback.Status) -> Style {
        switch status {
        case .pass: return Theme.ok
        case .warn: return Theme.warn
        case .fail: return Theme.fail
        }
    }
}
