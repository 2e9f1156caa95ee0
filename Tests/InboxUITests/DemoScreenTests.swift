import InboxModel
@testable import InboxUI
import ScreenKit
import Testing

/// The demo screen at the sizes people present at, and when squeezed.
@Suite struct DemoScreenTests {
    /// Paused mid-play on the meeting ask: the moment a trainer stops to talk.
    @Test(arguments: [(80, 24), (120, 40)])
    func theArticleMidPlay(_ width: Int, _ height: Int) throws {
        var s = DemoSupport.paused(try DemoSupport.inbox("the-article"), width: width, height: height)
        s.press(.next, .next, .next, .next, .next)
        let text = s.demoScreen
        #expect(text.contains("Day 4 · Thu Mar 5 10:00"))
        #expect(text.contains("❚❚ paused · 1 day/s"))
        #expect(text.contains("[FLATTERY] → [MEETING]"))
        #expect(text.contains("a Zoom ask with no stated purpose"))
        GoldenFile.check(InboxScreen.render(s), named: "demos/the-article-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func sideBySideMidPlay(_ width: Int, _ height: Int) throws {
        var s = DemoSupport.paused(try DemoSupport.inbox("side-by-side"), width: width, height: height)
        for _ in 0..<9 { s.press(.next) }
        let text = s.demoScreen
        #expect(text.contains("Blake Donovan"))
        #expect(text.contains("Ifeoma Eze"))
        #expect(text.split(separator: "\n").filter { $0.contains("│") }.count > height / 2, "two columns")
        GoldenFile.check(InboxScreen.render(s), named: "demos/side-by-side-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func fakeProfileShowsTheRecommendation(_ width: Int, _ height: Int) throws {
        var s = DemoSupport.paused(try DemoSupport.inbox("fake-profile"), width: width, height: height)
        let text = s.demoScreen
        #expect(text.contains("IGNORE (fake)"))
        #expect(text.contains("No profile photo"))
        s.press(.next)
        #expect(s.demoScreen.contains("ACCEPT"))
        GoldenFile.check(InboxScreen.render(s), named: "demos/fake-profile-\(width)x\(height)")
    }

    @Test func tooSmallShowsTheNotice() throws {
        var s = AppState(demo: try DemoSupport.inbox("the-article"), width: 39, height: 10)
        _ = s.update(.resize(width: 39, height: 10))
        #expect(s.demoScreen.contains("Terminal too small"))
    }

    /// Every demo at every step draws within bounds at small and large sizes,
    /// keeping the clock, the subtitle and the key hints.
    @Test(arguments: DemoSupport.names)
    func drawsAtEverySize(_ name: String) throws {
        let inbox = try DemoSupport.inbox(name)
        for (w, h) in [(40, 10), (60, 15), (80, 24), (100, 30), (120, 40), (200, 60)] {
            var s = DemoSupport.paused(inbox, width: w, height: h)
            let count = try #require(s.demo).steps.count
            for k in 0..<count {
                if k > 0 { s.press(.next) }
                let screen = InboxScreen.render(s)
                #expect(screen.lines.count == h)
                #expect(screen.lines.allSatisfy { $0.displayWidth == w })
                let text = screen.text
                #expect(text.contains(" Demo "), "\(name) \(w)x\(h) step \(k)")
                #expect(text.contains("quit"), "\(name) \(w)x\(h) step \(k)")
                if let day = s.demo.map({ $0.day(of: $0.clock.time) }), day >= 1 {
                    #expect(text.contains("Day \(day) · "), "\(name) \(w)x\(h) step \(k)")
                }
            }
        }
    }

    /// The loop ticks while playing and waits for keys while paused.
    @Test func theLoopTicksOnlyWhilePlaying() throws {
        let terminal = RecordingTerminal(size: Size(width: 80, height: 24), script: [
            .timeout, .timeout, .key(.char(" ")), .key(.char("n")), .key(.char("q")),
        ])
        let end = AppLoop().run(AppState(demo: try DemoSupport.inbox("the-article")), on: terminal) { _, _ in nil }
        #expect(terminal.readTimeouts.prefix(3).allSatisfy { $0 != nil })
        #expect(terminal.readTimeouts.suffix(2).allSatisfy { $0 == nil })
        #expect(end.demo?.clock.isPaused == true)
        #expect(terminal.lastFrame?.text.contains("❚❚ paused") == true)
    }
}
