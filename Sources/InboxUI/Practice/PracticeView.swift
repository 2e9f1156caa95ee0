import InboxModel
import OutreachPolicy
import Practice
import ScreenKit
import Shared

/// The practice screen. Writing: the scene and the task on top, the
/// answer in the compose editor below, the coach live beside it (above
/// it on narrow screens). After `C-d`: the verdict beside the strong
/// answer, with what the strong answer does that yours doesn't
/// highlighted. After the last exercise or `q`: the summary.
enum PracticeView {
    static func draw(_ state: AppState, into screen: inout Screen) {
        guard let p = state.practice else { return }
        header(p, into: &screen, width: state.width)
        let body = state.layout.body
        switch p.phase {
        case .writing: drawWriting(state, p, into: &screen, in: body)
        case .verdict: drawVerdict(p, into: &screen, in: body)
        case .summary: drawSummary(p, into: &screen, in: body)
        }
        statusBar(state, into: &screen, row: state.height - 1)
        if state.mode == .help { drawHelp(state, into: &screen, in: body) }
    }

    static func header(_ p: PracticeState, into screen: inout Screen, width: Int) {
        screen.fill(Rect(x: 0, y: 0, width: width, height: 1), style: Theme.header)
        var text = " Practice"
        if p.phase == .summary {
            text += " · summary"
        } else {
            text += " · exercise \(p.index + 1) of \(p.scenes.count) · \(p.scene.exercise.kind.title)"
            if p.phase == .verdict { text += " · answer \(p.tries)" }
        }
        screen.put(text, x: 0, y: 0, style: Theme.header, maxWidth: width)
    }

    // MARK: Writing

    static func drawWriting(_ state: AppState, _ p: PracticeState, into screen: inout Screen, in area: Rect) {
        guard let compose = state.compose else { return }
        let wide = state.layout.isWide
        let (top, editorBox, coachArea) = ComposeView.regions(of: area, wide: wide, into: &screen)
        scene(p.scene, width: top.width - 1, height: top.height).draw(into: &screen, in: top.inset(left: 1), scroll: 0)
        ComposeView.drawEditor(compose, person: state.inbox.person(compose.person), into: &screen, in: editorBox)
        CoachPanel.draw(state, into: &screen, in: coachArea, compact: !wide)
    }

    /// The exercise's title and task first (they must always show), then as
    /// much of the person's recent timeline as fits, newest last.
    static func scene(_ scene: PracticeScene, width: Int, height: Int) -> TextBlock {
        var task = TextBlock(width: width)
        task.wrapped(scene.exercise.title, style: Theme.name)
        task.wrapped(scene.exercise.prompt)
        let history = PracticeText.entries(scene, limit: 8)
        var b = TextBlock(width: width)
        for spans in task.lines(0..<task.lineCount) { b.line(spans) }
        var room = height - task.lineCount - 2
        guard !history.isEmpty, room >= 1 else { return b }
        // Whole events, newest first back in time; the newest is cut short
        // rather than left out.
        var shown: [TextBlock] = []
        for entry in history.reversed() {
            var e = TextBlock(width: width)
            e.wrapped(entry, style: Theme.dim, prefix: [Span("· ", style: Theme.dim)])
            if e.lineCount > room && !shown.isEmpty { break }
            shown.insert(e, at: 0)
            room -= e.lineCount
            if room <= 0 { break }
        }
        b.blank()
        b.line("So far with \(scene.inbox.person(scene.person).firstName):", style: Theme.heading)
        for e in shown { for spans in e.lines(0..<e.lineCount) { b.line(spans) } }
        guard b.lineCount > height else { return b }
        var cut = TextBlock(width: width)
        for spans in b.lines(0..<max(0, height - 1)) { cut.line(spans) }
        cut.line("  …", style: Theme.dim)
        return cut
    }

    // MARK: Verdict

    static func drawVerdict(_ p: PracticeState, into screen: inout Screen, in area: Rect) {
        guard let (left, right, divider) = verdictColumns(p, in: area) else { return }
        for y in area.y..<area.maxY { screen.put("│", x: divider, y: y, style: Theme.border) }
        // One scroll for both, so the two sides stay level.
        left.block.draw(into: &screen, in: left.area, scroll: p.scroll)
        right.block.draw(into: &screen, in: right.area, scroll: p.scroll)
    }

    /// The learner's side and the strong side, each with where it goes,
    /// and the divider's column.
    static func verdictColumns(_ p: PracticeState, in area: Rect)
        -> (left: (block: TextBlock, area: Rect), right: (block: TextBlock, area: Rect), divider: Int)? {
        guard let attempt = p.attempt, let verdict = attempt.verdict else { return nil }
        let columns = area.split(leftWidth: (area.width - 1) / 2)
        let left = columns.left.inset(left: 1, right: 1)
        let right = columns.right.inset(left: 2, right: 1)
        let yours = column("Your answer", attempt.answer, verdict, other: nil, width: left.width)
        let theirs = column("A strong answer", p.scene.exercise.example, p.strong ?? verdict, other: verdict,
                            points: p.scene.exercise.strongAnswers, width: right.width)
        return ((yours, left), (theirs, right), columns.right.x)
    }

    /// How far the verdict scrolls before both sides have shown their ends.
    static func verdictMaxScroll(_ state: AppState) -> Int {
        guard let p = state.practice, let (left, right, _) = verdictColumns(p, in: state.layout.body) else { return 0 }
        return max(0, max(left.block.lineCount - left.area.height, right.block.lineCount - right.area.height))
    }

    /// One side of the comparison: the answer, the verdict, each check and
    /// rule. On the strong side (`other` is the learner's verdict), what it
    /// passes and the learner's answer doesn't is highlighted.
    static func column(_ title: String, _ answer: String, _ v: ExerciseVerdict, other: ExerciseVerdict?, points: [String] = [], width: Int) -> TextBlock {
        var b = TextBlock(width: width)
        b.rule(title)
        b.wrapped(answer)
        b.blank()
        if let other {
            let differs = differences(strong: v, yours: other)
            b.line(differs.isEmpty ? "Does what yours does." : "What it does that yours doesn't:", style: Theme.heading)
        } else {
            b.line([Span("Verdict: ", style: Theme.heading), v.passed ? Span("passed", style: Theme.ok.merged(with: .bold)) : Span("not yet", style: Theme.fail)])
        }
        for c in v.checks {
            let gained = other.map { o in c.passed && o.checks.contains { $0.check == c.check && !$0.passed } } ?? false
            b.line(mark(c.passed, c.check.title, highlight: gained))
            if other == nil, let advice = c.advice { b.wrapped(advice, prefix: [Span("  ")]) }
        }
        for rule in v.report.rules {
            let ok = rule.status != .fail
            let gained = other.map { o in ok && o.report.advice(for: rule.rule)?.status == .fail } ?? false
            let label = "\(rule.rule.title): \(rule.status.rawValue)"
            b.line(mark(rule.status == .pass, label, warn: rule.status == .warn, highlight: gained))
            if other == nil && rule.status != .pass { b.wrapped(rule.sentence, style: Theme.dim, prefix: [Span("  ")]) }
        }
        let flagged = v.report.flagged
        let gained = other.map { $0.report.flagged && !flagged } ?? false
        b.line(mark(!flagged, flagged ? "Would be flagged" : "Not flagged", highlight: gained))
        if other != nil {
            b.blank()
            b.line("What strong answers do:", style: Theme.heading)
            for point in points { b.wrapped(point, prefix: [Span("• ")]) }
        }
        return b
    }

    /// Check titles and rules the strong answer passes and yours fails.
    static func differences(strong: ExerciseVerdict, yours: ExerciseVerdict) -> [String] {
        var out: [String] = []
        for c in strong.checks where c.passed && yours.checks.contains(where: { $0.check == c.check && !$0.passed }) { out.append(c.check.title) }
        for r in strong.report.rules where r.status != .fail && yours.report.advice(for: r.rule)?.status == .fail { out.append(r.rule.title) }
        if yours.report.flagged && !strong.report.flagged { out.append("flagged") }
        return out
    }

    static func mark(_ ok: Bool, _ text: String, warn: Bool = false, highlight: Bool) -> [Span] {
        let status: CoachFeedback.Status = ok ? .pass : (warn ? .warn : .fail)
        let markSpan = Span(status.mark + " ", style: CoachPanel.style(status))
        if highlight { return [Span("▶", style: Theme.caption), markSpan, Span(text, style: Theme.selected)] }
        return [Span(" "), markSpan, Span(text)]
    }

    // MARK: Summary

    static func drawSummary(_ p: PracticeState, into screen: inout Screen, in area: Rect) {
        summary(p, width: area.width - 2).draw(into: &screen, in: area.inset(left: 1, right: 1), scroll: p.scroll)
    }

    static func summaryMaxScroll(_ state: AppState) -> Int {
        guard let p = state.practice else { return 0 }
        let area = state.layout.body
        return max(0, summary(p, width: area.width - 2).lineCount - area.height)
    }

    static func summary(_ p: PracticeState, width: Int) -> TextBlock {
        var b = TextBlock(width: width)
        b.rule("Session summary")
        let s = p.summary
        let n = s.attempts.count
        if n == 0 {
            b.line("No answers were scored.")
        } else {
            b.line("\(n) answer\(n == 1 ? "" : "s"); \(s.passedExercises) did what the exercise asked, \(s.flagged) would be flagged.")
            b.blank()
            for rule in ArticleRule.allCases {
                let t = s.tally(for: rule)
                let filled = t.total == 0 ? 0 : Int((t.passRate * 20).rounded())
                b.line([
                    Span("  " + rule.title.padded(toWidth: 9)),
                    Span(String(repeating: "█", count: filled), style: Theme.ok),
                    Span(String(repeating: "░", count: 20 - filled), style: Theme.dim),
                    Span("  \(t.pass)/\(t.total) passed"),
                ])
            }
            b.blank()
            for a in s.attempts {
                b.line([Span(" "), Span((a.passed ? "✓ " : "✗ "), style: a.passed ? Theme.ok : Theme.fail), Span(a.exercise.title)])
            }
        }
        b.blank()
        if p.savesProgress {
            b.wrapped("\(p.saved) result\(p.saved == 1 ? "" : "s") saved to your progress; see them with `thirsty practice --progress`.", style: Theme.dim)
        } else {
            b.wrapped("Results of this session are not saved.", style: Theme.dim)
        }
        return b
    }

    // MARK: Status and help

    static func statusBar(_ state: AppState, into screen: inout Screen, row: Int) {
        StatusBarView.drawStatusOrHints(state.status, hints: state.keys.hints(for: state), into: &screen, row: row)
    }

    /// The practice contexts' keys, then the editing keys the answer is
    /// written with, all from the key table.
    static func helpLines(_ keys: KeyTable) -> [(String, String)] {
        var lines = keys.helpLines([.practice, .practiceVerdict, .practiceSummary])
        lines.append(("", ""))
        lines.append(("", "Editing the answer (as in compose)"))
        for b in keys.bindings(in: .compose) where ObjectIdentifier(b.command.action) == ObjectIdentifier(EditDraft.self) {
            lines.append((KeyTable.names(b.keys), b.help))
        }
        return lines
    }

    static func drawHelp(_ state: AppState, into screen: inout Screen, in body: Rect) {
        HelpView.drawOverlay(helpLines(state.keys), scroll: state.helpScroll, layout: state.layout, into: &screen)
    }
}
