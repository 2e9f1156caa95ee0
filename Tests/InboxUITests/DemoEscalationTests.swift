import InboxModel
@testable import InboxUI
import OutreachPolicy
import ScreenKit
import Testing

/// The escalation a demo exists to show: a meter that keeps growing past
/// the threshold, the score day by day, the ladder lighting in order, and
/// the day the thread was flagged.
@Suite struct DemoEscalationTests {
    /// A verdict with just the numbers the meter reads.
    static func verdict(score: Double, threshold: Double = 5) throws -> ThreadVerdict {
        let inbox = try DemoSupport.inbox("the-article")
        let person = try #require(inbox.ref(forPersonID: "everett"))
        var v = Policy().judgeThread(with: person, in: inbox, state: inbox.state())
        v.score = score
        v.threshold = threshold
        v.flagged = score >= threshold
        return v
    }

    static func text(_ spans: [Span]) -> String { spans.map(\.text).joined() }

    @Test func theMeterKeepsGrowingPastTheThreshold() throws {
        let nine = Self.text(DemoPolicyView.scoreLine(try Self.verdict(score: 9), scale: 28, width: 60))
        let twentyEight = Self.text(DemoPolicyView.scoreLine(try Self.verdict(score: 28), scale: 28, width: 60))
        let three = Self.text(DemoPolicyView.scoreLine(try Self.verdict(score: 3), scale: 28, width: 60))
        func filled(_ s: String) -> Int { s.filter { $0 == "█" }.count }
        #expect(filled(three) < filled(nine))
        #expect(filled(nine) < filled(twentyEight))
        #expect(filled(twentyEight) >= 3 * filled(nine) - 2, "28 is about three times 9: \(nine) / \(twentyEight)")
        // The threshold mark sits at the same place on every meter of the demo.
        let mark = { (s: String) in s.firstIndex(of: "┃").map { s.distance(from: s.startIndex, to: $0) } }
        #expect(mark(nine) != nil && mark(nine) == mark(twentyEight) && mark(nine) == mark(three))
        // Below the line, nothing fills past the mark; above it, something does.
        #expect(three.split(separator: "┃")[1].hasPrefix("░"))
        #expect(nine.split(separator: "┃")[1].hasPrefix("█"))
        #expect(twentyEight.contains("28.0 / 5.0 FLAGGED"))
        #expect(!twentyEight.contains("░"), "the peak fills the meter: \(twentyEight)")
    }

    @Test func theMeterHasOneWidthWhateverTheScore() throws {
        let base = try Self.verdict(score: 0)
        for width in [20, 38, 45, 80] {
            let widths = [-2.0, 0, 0.5, 4.9, 5, 9, 28, 40].map { score in
                var v = base
                v.score = score
                v.flagged = score >= v.threshold
                return Self.text(DemoPolicyView.scoreLine(v, scale: 28, width: width)).prefix { $0 == "█" || $0 == "░" || $0 == "┃" }.count
            }
            #expect(Set(widths).count == 1, "\(width): \(widths)")
        }
    }

    @Test func theLadderLightsInOrderWithArrows() throws {
        var s = DemoSupport.paused(try DemoSupport.inbox("the-article"))
        for _ in 0..<5 { s.press(.next) }
        let v = try #require(s.demo.flatMap { d in d.focus.first.flatMap { s.demoVerdict(for: $0) } })
        let line = DemoPolicyView.badges(v, width: 60).map(Self.text).joined(separator: "|")
        #expect(line == "[FLATTERY] → [MEETING] → nudge → pitch")
    }

    /// The scale is the highest score any focus person reaches in the demo,
    /// and the daily series carries each day's last score over quiet days.
    @Test(arguments: DemoSupport.names)
    func theHistoryAgreesWithThePolicyAtEveryStep(_ name: String) throws {
        let inbox = try DemoSupport.inbox(name)
        var s = DemoSupport.paused(inbox)
        let d = try #require(s.demo)
        let history = try #require(d.history)
        var peak = 0.0
        for k in 0..<d.steps.count {
            if k > 0 { s.press(.next) }
            for p in d.focus where s.folded.thread(with: p) != nil {
                let score = try #require(s.demoVerdict(for: p)).score
                #expect(history.scores[p]?[k] == score)
                peak = max(peak, score)
            }
        }
        #expect(history.peak == max(0, peak))
        #expect(history.scale >= history.threshold * 1.5 || history.scale == peak)
        for p in d.focus {
            let (first, days) = history.daily(p, upTo: d.steps.count - 1, demo: d)
            #expect(Int64(days.count) == d.lastDay - first + 1)
            let lastScore = history.scores[p]?.last ?? nil
            #expect(days.last == lastScore)
        }
    }

    @Test func theSparklineMarksTheFlaggedDay() throws {
        var s = DemoSupport.paused(try DemoSupport.inbox("the-article"))
        s.press(.end)
        let d = try #require(s.demo)
        let v = try #require(d.focus.first.flatMap { s.demoVerdict(for: $0) })
        let moment = try #require(v.flaggedAt)
        let lines = DemoPolicyView.sparkLines(v, demo: d, width: 60).map(Self.text)
        try #require(lines.count == 2)
        #expect(lines[0].hasPrefix(DemoPolicyView.sparkLabel))
        let day = d.day(of: moment.at)
        #expect(lines[1].contains("▲ flagged Day \(day)"))
        let column = lines[1].distance(from: lines[1].startIndex, to: try #require(lines[1].firstIndex(of: "▲")))
        let (first, _) = try #require(d.history).daily(v.counterpart, upTo: d.steps.count - 1, demo: d)
        #expect(column == DemoPolicyView.sparkLabel.count + Int(day - first), "the marker stands under its day")
        // Days from the flagged one on are drawn in the flag style.
        let spans = DemoPolicyView.sparkLines(v, demo: d, width: 60)[0].dropFirst()
        #expect(spans.suffix(Int(d.lastDay - day + 1)).allSatisfy { $0.style == Theme.flag })
        #expect(spans.prefix(Int(day - first)).allSatisfy { $0.style != Theme.flag })
    }

    @Test func aLongStoryKeepsTheLatestDays() throws {
        var s = DemoSupport.paused(try DemoSupport.inbox("nudge-storm"))
        s.press(.end)
        let d = try #require(s.demo)
        let v = try #require(d.focus.first.flatMap { s.demoVerdict(for: $0) })
        for width in [14, 20, 30] {
            let lines = DemoPolicyView.sparkLines(v, demo: d, width: width)
            for line in lines { #expect(Self.text(line).displayWidth <= width, "\(width): \(Self.text(line))") }
        }
    }

    /// The end of the article's story at the sizes people present at: the
    /// meter full, the ladder lit, the score by day with the flag marked.
    @Test(arguments: [(80, 24), (120, 40)])
    func theArticleAtTheEnd(_ width: Int, _ height: Int) throws {
        var s = DemoSupport.paused(try DemoSupport.inbox("the-article"), width: width, height: height)
        s.press(.end)
        let text = s.demoScreen
        #expect(text.contains("┃"))
        #expect(text.contains("By day"))
        #expect(text.contains("▲ flagged Day"))
        GoldenFile.check(InboxScreen.render(s), named: "demos/the-article-end-\(width)x\(height)")
    }
}
