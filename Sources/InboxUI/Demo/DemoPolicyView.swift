import InboxModel
import OutreachPolicy
import ScreenKit

/// The live policy panel of a demo: four stage badges that light up in
/// ladder order, a score bar climbing toward the threshold, the article's
/// three rules, and the moment the thread became flagged. Lit and unlit
/// badges differ in words (`[FLATTERY]` against `flattery`), not only in
/// colour, so they read on monochrome terminals and in captured text.
enum DemoPolicyView {
    static let lit = Style(bold: true, reverse: true).fg(.red)

    /// The badges, flowed over as many lines as `width` needs.
    static func badges(_ v: ThreadVerdict, width: Int) -> [[Span]] {
        let spans = Stage.allCases.map { stage in
            v.stages.contains(stage)
                ? Span("[" + stage.rawValue.uppercased() + "]", style: lit)
                : Span(" " + stage.rawValue + " ", style: Theme.dim)
        }
        return flow(spans, width: width)
    }

    /// `██████░░░░ 3.5 / 5.0` and, once over the line, `FLAGGED`.
    static func scoreLine(_ v: ThreadVerdict, width: Int) -> [Span] {
        let numbers = " " + Findings.format(v.score) + " / " + Findings.format(v.threshold)
        let verdict = v.flagged ? " FLAGGED" : ""
        let barWidth = max(4, min(20, width - numbers.count - verdict.count - 1))
        let share = v.threshold > 0 ? max(0, min(1, v.score / v.threshold)) : (v.score > 0 ? 1 : 0)
        let filled = Int((share * Double(barWidth)).rounded(.down))
        return [
            Span(String(repeating: "█", count: filled), style: v.flagged ? Theme.flag : Theme.warn),
            Span(String(repeating: "░", count: barWidth - filled), style: Theme.dim),
            Span(numbers, style: Theme.name),
            Span(verdict, style: Theme.flag),
        ]
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
        b.line(scoreLine(v, width: width))
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
