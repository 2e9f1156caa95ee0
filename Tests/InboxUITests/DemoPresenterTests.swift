import InboxModel
@testable import InboxUI
import ScreenKit
import Testing

/// Presenter mode on a clock fed by hand: title card, large captions, end
/// card, starting day, speed and stopping at captions.
@Suite struct DemoPresenterTests {
    static func presenting(_ name: String, width: Int = 80, height: Int = 24, rate: Double = SimulatedClock.defaultRate,
                           pauses: Bool = false, startDay: Int64? = nil) throws -> AppState {
        AppState(demo: try DemoSupport.inbox(name), rate: rate,
                 options: DemoOptions(presenting: true, pausesAtCaptions: pauses, startDay: startDay), width: width, height: height)
    }

    /// Plays by feeding the clock tenths of a second until it stops by itself.
    static func playToStop(_ s: inout AppState) {
        var ticks = 0
        while s.wantsTicks, ticks < 100_000 {
            _ = s.update(.tick(seconds: 0.1))
            ticks += 1
        }
    }

    @Test func startsOnTheTitleCardAndWaits() throws {
        var s = try Self.presenting("the-article")
        #expect(s.demo?.card == .title)
        #expect(!s.wantsTicks, "the title card holds the clock")
        let text = s.demoScreen
        #expect(text.contains("The article"))
        #expect(text.contains("Everett"))
        #expect(text.contains("Space starts the story"))
        #expect(text.contains("title card"))
        #expect(s.keys.hints(for: s).contains { $0 == ("Space", "start") })
        _ = s.handle(key: .char(" "))
        #expect(s.demo?.card == nil)
        #expect(s.wantsTicks)
        #expect(s.demo?.currentStep == 0)
    }

    @Test func captionsAreLargeCentredAndBold() throws {
        var s = try Self.presenting("side-by-side", width: 120, height: 40)
        s.press(.next)
        for _ in 0..<4 { s.press(.next) }
        let caption = try #require(s.demoSubtitle)
        let screen = InboxScreen.render(s)
        let rows = screen.lines.enumerated().filter { !$0.element.trimmingCharacters(in: .whitespaces).isEmpty && caption.hasPrefix($0.element.trimmingCharacters(in: .whitespaces)) }
        let (row, line) = try #require(rows.last)
        let lead = line.prefix { $0 == " " }.count
        let trail = line.reversed().prefix { $0 == " " }.count
        #expect(abs(lead - trail) <= 1, "centred: \(lead) vs \(trail)")
        #expect(line.trimmingCharacters(in: .whitespaces).displayWidth <= 60)
        #expect(screen[lead, row].style.bold)
        GoldenFile.check(screen, named: "demos/present-side-by-side-caption-120x40")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func theEndCardOfSideBySideAsksTheQuestion(_ width: Int, _ height: Int) throws {
        var s = try Self.presenting("side-by-side", width: width, height: height)
        _ = s.handle(key: .char(" "))
        Self.playToStop(&s)
        #expect(s.demo?.card == .end)
        let text = s.demoScreen
        #expect(text.contains("What we saw"))
        #expect(text.contains("Blake Donovan"))
        #expect(text.contains("Ifeoma Eze"))
        #expect(text.contains("Which one would you take a call from?"))
        #expect(text.contains("FLAGGED on"))
        #expect(text.contains("never flagged"))
        #expect(text.contains("[FLATTERY]"))
        #expect(text.contains("┤"), "score curves")
        GoldenFile.check(InboxScreen.render(s), named: "demos/present-side-by-side-end-\(width)x\(height)")
        // p goes back to the last event; n brings the card back.
        s.press(.previous)
        #expect(s.demo?.card == nil)
        s.press(.next)
        #expect(s.demo?.card == .end)
        // Space replays from the first event.
        _ = s.handle(key: .char(" "))
        #expect(s.demo?.card == nil && s.demo?.currentStep == 0 && s.wantsTicks)
    }

    @Test func theTitleCardGolden() throws {
        let s = try Self.presenting("side-by-side", width: 80, height: 24)
        GoldenFile.check(InboxScreen.render(s), named: "demos/present-side-by-side-title-80x24")
    }

    @Test(arguments: DemoSupport.names)
    func everyDemoHasBothCardsAtEverySize(_ name: String) throws {
        for (w, h) in [(40, 10), (60, 15), (80, 24), (200, 60)] {
            var s = try Self.presenting(name, width: w, height: h)
            var screen = InboxScreen.render(s)
            #expect(screen.lines.allSatisfy { $0.displayWidth == w })
            _ = s.run(Command(ShowCard.self, "end"))
            #expect(s.demo?.card == .end)
            screen = InboxScreen.render(s)
            #expect(screen.lines.allSatisfy { $0.displayWidth == w })
            if h >= 24 { #expect(screen.text.contains("What we saw"), "\(name) \(w)x\(h)") }
            _ = s.run(Command(ShowCard.self, "end"))
            #expect(s.demo?.card == nil, "e again goes back to the story")
            // Every step with large captions stays within the screen and keeps the hints.
            s.press(.start)
            #expect(s.demo?.clock.isPaused == true)
            let count = s.demo?.steps.count ?? 0
            for k in 0..<count {
                if k > 0 { s.press(.next) }
                let frame = InboxScreen.render(s)
                #expect(frame.lines.count == h && frame.lines.allSatisfy { $0.displayWidth == w }, "\(name) \(w)x\(h) step \(k)")
                #expect(frame.text.contains("quit"), "\(name) \(w)x\(h) step \(k)")
            }
        }
    }

    @Test func startAtADayLandsOnItsFirstEvent() throws {
        let inbox = try DemoSupport.inbox("the-article")
        let s = AppState(demo: inbox, options: DemoOptions(startDay: 4))
        let d = try #require(s.demo)
        let step = try #require(d.currentStep)
        #expect(d.day(of: d.steps[step]) >= 4)
        #expect(step == 0 || d.day(of: d.steps[step - 1]) < 4)
        #expect(s.demoScreen.contains("Day \(d.day(of: d.steps[step])) · "))
        #expect(s.folded.eventCount == inbox.state(at: d.steps[step]).eventCount)
        // On the title card, the start says where it will begin.
        let p = try Self.presenting("the-article", startDay: 4)
        #expect(p.demoScreen.contains("Space starts the story at Day"))
    }

    @Test func speedSetsTheRateAndTheClockFollowsIt() throws {
        let inbox = try DemoSupport.inbox("the-article")
        var s = AppState(demo: inbox, rate: 2 * 86_400)
        #expect(s.demoScreen.contains("▶ 2 days/s"))
        var d = try #require(s.demo)
        // Past the first reading pause, a real second moves two simulated days.
        d.holdRemaining = 0
        let before = d.clock.time
        d.clock.tick(realSeconds: 0.5)
        #expect(before.seconds(until: d.clock.time) == 86_400)
        s.press(.faster)
        #expect(s.demo.map { DemoClockText.rate($0.clock.rate) } == "3 days/s")
    }

    @Test func pauseAtCaptionsStopsAtEachCaptionedEvent() throws {
        let inbox = try DemoSupport.inbox("side-by-side")
        var s = AppState(demo: inbox, options: DemoOptions(pausesAtCaptions: true))
        let d = try #require(s.demo)
        let captioned = d.captioned.indices.filter { d.captioned[$0] }
        #expect(captioned.count >= 3)
        var stops: [Int] = []
        if s.demo?.heldAtCaption == true, let k = s.demo?.currentStep { stops.append(k) }
        while stops.count < captioned.count {
            if !s.wantsTicks {
                #expect(s.keys.hints(for: s).contains { $0 == ("Space", "continue") })
                #expect(s.demoScreen.contains("❚❚ caption"))
                _ = s.handle(key: .char(" "))
            }
            Self.playToStop(&s)
            guard let k = s.demo?.currentStep, s.demo?.heldAtCaption == true else { break }
            stops.append(k)
        }
        #expect(stops == captioned)
    }

    @Test func theCardKeysAreInTheHelpAndTheStatusLine() throws {
        let s = try Self.presenting("the-article")
        let help = HelpContent.demoLines(s.keys)
        #expect(help.contains { $0.0 == "t" && $0.1.contains("title card") })
        #expect(help.contains { $0.0 == "e" && $0.1.contains("end card") })
        let hints = s.keys.hints(for: s)
        #expect(hints.contains { $0 == ("t", "title") })
        #expect(hints.contains { $0 == ("e", "end card") })
        // Outside presenter mode the status line keeps to the playing keys.
        let plain = AppState(demo: try DemoSupport.inbox("the-article"))
        #expect(!plain.keys.hints(for: plain).contains { $0.0 == "t" || $0.0 == "e" })
    }
}
