import InboxModel
import OutreachPolicy
import ScreenKit

/// The live policy panel of a demo: four stage badges that light up along
/// the ladder, a score meter that keeps growing past the threshold, the
/// score day by day, the article's three rules, and the moment the thread
/// became flagged. Lit and unlit badges differ in words (`[FLATTERY]`
/// against `flattery`), not only in colour, so they read on monochrome
/// terminals and in captured text.
enum DemoPolicyView {
    static let lit = Style(bold: true, reverse: true).fg(.red)

    /// The ladder `[FLATTERY] → [MEETING] → nudge → pitch`, flowed over as
    /// many lines as `width` needs; an arrow lights once the step after it has.
    static func badges(_ v: ThreadVerdict, width: Int) -> [[Span]] {
        var spans: [Span] = []
        for stage in Stage.allCases {
            let on = v.stages.contains(stage)
            if !spans.isEmpty { spans.append(Span("→", style: on ? Theme.flag : Theme.dim)) }
            spans.append(on ? Span("[" + stage.rawValue.uppercased() + "]", style: lit) : Span(stage.rawValue, style: Theme.dim))
        }
        return flow(spans, width: width)
    }

    /// Where the meter ends: the highest score of the whole demo, so a
    /// thread at 28 fills it while one at 9 stops a third of the way.
    static func scale(_ v: ThreadVerdict, demo: DemoState) -> Double {
        demo.history?.scale ?? max(v.score, v.threshold * 1.5, 1)
    }

    /// `█████┃████░░░░░░░░░░ 9.0 / 5.0 FLAGGED`: the meter from 0 to
    /// `scale`, the threshold marked `┃`, the part past it in the flag style.
    static func scoreLine(_ v: ThreadVerdict, scale: Double, width: Int) -> [Span] {
        let numbers = " " + Findings.format(v.score) + " / " + Findings.format(v.threshold)
        let verdict = v.flagged ? " FLAGGED" : ""
        // Room for the widest figures, so every meter of a demo is one width.
        let cells = max(7, min(32, width - 21))
        let top = max(scale, v.score, v.threshold, 1)
        let mark = min(cells - 1, max(1, Int((v.threshold / top * Double(cells)).rounded())))
        var filled = Int((max(0, v.score) / top * Double(cells)).rounded(.down))
        if v.score > 0 { filled = max(1, filled) }
        if v.score >= v.threshold, v.score > 0 { filled = max(mark + 1, filled) }
        filled = min(cells, filled)
        let below = min(filled, mark), above = max(0, filled - mark)
        return [
            Span(String(repeating: "█", count: below), style: Theme.warn),
            Span(String(repeating: "░", count: mark - below), style: Theme.dim),
            Span("┃", style: v.flagged ? Theme.flag : Theme.name),
            Span(String(repeating: "█", count: above), style: Theme.flag),
            Span(String(repeating: "░", count: cells - mark - above), style: Theme.dim),
            Span(numbers, style: Theme.name),
            Span(verdict, style: Theme.flag),
        ]
    }

    static let sparkLabel = "By day    "
    static let levels = Array("▁▂▃▄▅▆▇█")

    /// `By day    ▁▁▃▃▅▇█ `: the score at the end of each day so far, on
    /// the meter's scale; then, once flagged, `▲ flagged Day 9` under that day.
    static func sparkLines(_ v: ThreadVerdict, demo: DemoState, width: Int) -> [[Span]] {
        guard let history = demo.history, let step = demo.currentStep else { return [] }
        let (firstDay, days) = history.daily(v.counterpart, upTo: step, demo: demo)
        let room = width - sparkLabel.count
        guard !days.isEmpty, room >= 4 else { return [] }
        let flaggedDay = v.flaggedAt.map { demo.day(of: $0.at) }
        let shown = days.count > room ? room - 1 : days.count
        let startDay = firstDay + Int64(days.count - shown)
        var line = [Span(sparkLabel, style: Theme.dim)]
        if shown < days.count { line.append(Span("…", style: Theme.dim)) }
        for (i, score) in days.suffix(shown).enumerated() {
            let day = startDay + Int64(i)
            line.append(spark(score, scale: history.scale, flagged: flaggedDay.map { day >= $0 } ?? false))
        }
        guard let flaggedDay else { return [line] }
        let text = "flagged Day \(flaggedDay)"
        guard flaggedDay >= startDay else { return [line, [Span(("◂ " + text).truncated(toWidth: width), style: Theme.flag)]] }
        let column = sparkLabel.count + (shown < days.count ? 1 : 0) + Int(flaggedDay - startDay)
        let marker = column + 2 + text.count <= width
            ? [Span(String(repeating: " ", count: column) + "▲ ", style: Theme.flag), Span(text, style: Theme.flag)]
            : [Span((String(repeating: " ", count: max(0, column - text.count - 1)) + text + " ▲").truncated(toWidth: width), style: Theme.flag)]
        return [line, marker]
    }

    /// One day's bar: `·` before the thread, `▁` at zero or below.
    static func spark(_ score: Double?, scale: Double, flagged: Bool) -> Span {
        guard let score else { return Span("·", style: Theme.dim) }
        let level = score <= 0 ? 0 : min(levels.count - 1, 1 + Int(score / max(scale, 1) * Double(levels.count - 2)))
        return Span(String(levels[level]), style: flagged ? Theme.flag : Theme.warn)
    }

    /// `✗ Relax  ✓ Value  ✗ Sincere`.
    static func rulesLine(_ v: ThreadVerdict) -> [Span] {
        var spans: [Span] = []
        for rule in ArticleRule.allCases {
            let broken = v.brokenRules.contains(rule)
            if !spans.isEmpty { spans.append(Span("  ")) }
            spans.append(Span(broken ? "✗ " : "✓ ", style: broken ? Theme.fail : Theme.ok))
            spans.append(Span(rule.title, style: broken ? Theme.name : Theme.dim))
        }
        return spans
    }

    /// "» FLAGGED on Day 11 10:00", or nil while the thread is under the line.
    static func flaggedLine(_ v: ThreadVerdict, demo: DemoState) -> [Span]? {
        guard let moment = v.flaggedAt else { return nil }
        return [Span("» FLAGGED ", style: Theme.flag), Span("on " + DemoTimeline.stamp(moment.at, demo: demo), style: Theme.name)]
    }

    /// The full panel for wide screens: everything above plus the evidence.
    static func panel(_ v: ThreadVerdict, demo: DemoState, width: Int) -> TextBlock {
        var b = TextBlock(width: width)
        b.rule("Policy")
        for line in badges(v, width: width) { b.line(line) }
        b.line(scoreLine(v, scale: scale(v, demo: demo), width: width))
        for line in sparkLines(v, demo: demo, width: width) { b.line(line) }
        if let flagged = flaggedLine(v, demo: demo) {
            b.line(flagged)
        } else {
            b.line("Not flagged", style: Theme.ok)
        }
        b.blank()
        for rule in ArticleRule.allCases {
            let broken = v.brokenRules.contains(rule)
            let head = [Span(broken ? "✗ " : "✓ ", style: broken ? Theme.fail : Theme.ok),
                        Span(rule.title.padded(toWidth: 8), style: Theme.name)]
            let evidence = v.findings.filter { $0.category.articleRule == rule }
            if let first = evidence.first, broken {
                b.wrapped(first.evidence, style: Theme.evidence, prefix: head, indent: 10)
            } else {
                b.wrapped(broken ? "" : PolicyPanel.passText(rule), style: Theme.dim, prefix: head, indent: 10)
            }
        }
        let fired = v.findings.filter { $0.category != .credit }
        if !fired.isEmpty {
            b.blank()
            b.line("Rules that fired", style: Theme.name)
            for f in fired { add(f, into: &b) }
        }
        let credits = v.findings.filter { $0.category == .credit }
        if !credits.isEmpty {
            b.blank()
            b.line("Credits", style: Theme.name)
            for f in credits { add(f, into: &b) }
        }
        return b
    }

    /// `+2.0 FLATTERY_HONORED` over its evidence, so long rule names leave
    /// the evidence the whole width.
    static func add(_ f: Finding, into b: inout TextBlock) {
        let score = (f.score >= 0 ? "+" : "") + Findings.format(f.score)
        b.line([Span(score.padded(toWidth: 5), style: f.score > 0 ? Theme.fail : Theme.ok), Span(" " + f.rule, style: Theme.name)])
        if !f.evidence.isEmpty { b.wrapped("“" + f.evidence + "”", style: Theme.evidence, prefix: [Span("      ")]) }
    }

    /// Lays spans out left to right, one space apart, starting a new line
    /// when the next would not fit.
    static func flow(_ spans: [Span], width: Int) -> [[Span]] {
        var lines: [[Span]] = [[]]
        var used = 0
        for span in spans {
            let w = span.text.displayWidth
            if used > 0 && used + 1 + w > width {
                lines.append([])
                used = 0
            }
            if used > 0 {
                lines[lines.count - 1].append(Span(" "))
                used += 1
            }
            lines[lines.count - 1].append(span)
            used += w
        }
        return lines
    }
}
