import InboxModel
@testable import InboxUI
import OutreachPolicy
import ScreenKit
import Testing

/// Playback on a fake clock: the app is fed elapsed seconds by hand.
@Suite struct DemoPlaybackTests {
    @Test func startsPlayingAtTheFirstEvent() throws {
        let inbox = try DemoSupport.inbox("the-article")
        let s = AppState(demo: inbox)
        let d = try #require(s.demo)
        #expect(d.clock.time == inbox.events[0].at)
        #expect(!d.clock.isPaused && s.wantsTicks)
        #expect(d.clock.rate == SimulatedClock.defaultRate)
        #expect(d.steps == inbox.events.map(\.at))
        #expect(s.folded.eventCount == 1)
        #expect(s.inbox.now == d.clock.time)
        #expect(d.focus == [try #require(inbox.ref(forPersonID: "everett"))])
        #expect(d.layout == .single)
    }

    @Test(arguments: DemoSupport.names)
    func everyStepIsTheFoldAtItsTime(_ name: String) throws {
        let inbox = try DemoSupport.inbox(name)
        var s = DemoSupport.paused(inbox)
        let steps = try #require(s.demo).steps
        for (k, t) in steps.enumerated() {
            if k > 0 { s.press(.next) }
            let expected = inbox.state(at: t)
            #expect(s.demo?.clock.time == t)
            #expect(s.demo?.currentStep == k)
            #expect(s.folded.eventCount == expected.eventCount)
            #expect(s.folded.threads == expected.threads)
            #expect(s.folded.invitations == expected.invitations)
            #expect(s.folded.connectedSince == expected.connectedSince)
            for p in try #require(s.demo).focus {
                #expect(s.session.threadVerdict(for: p) == Policy().judgeThread(with: p, in: inbox, state: expected))
            }
        }
        s.press(.next)
        #expect(s.demo?.clock.time == steps.last)
        #expect(s.status != nil, "stepping past the end says so")
    }

    @Test(arguments: DemoSupport.names)
    func steppingBackEqualsFoldingAtTheEarlierTime(_ name: String) throws {
        let inbox = try DemoSupport.inbox(name)
        let count = try #require(AppState(demo: inbox).demo).steps.count
        for k in 1..<count {
            var back = DemoSupport.paused(inbox)
            for _ in 0..<k { back.press(.next) }
            back.press(.previous)
            var direct = DemoSupport.paused(inbox)
            for _ in 0..<(k - 1) { direct.press(.next) }
            #expect(back.demo?.clock.time == direct.demo?.clock.time)
            #expect(back.folded.eventCount == direct.folded.eventCount)
            #expect(back.folded.threads == direct.folded.threads)
            #expect(back.demo?.focus.map { back.session.threadVerdict(for: $0) } == direct.demo?.focus.map { direct.session.threadVerdict(for: $0) })
            #expect(back.rows == direct.rows)
            #expect(back.demoSubtitle == direct.demoSubtitle)
            #expect(InboxScreen.render(back) == InboxScreen.render(direct), "step \(k) back differs from step \(k - 1)")
        }
    }

    @Test func previousAtTheStartStaysAndSaysSo() throws {
        var s = DemoSupport.paused(try DemoSupport.inbox("cold-pitch"))
        let t = s.demo?.clock.time
        s.press(.previous)
        #expect(s.demo?.clock.time == t)
        #expect(s.status?.text.contains("first") == true)
    }

    @Test func startAndEndJump() throws {
        let inbox = try DemoSupport.inbox("nudge-storm")
        var s = DemoSupport.paused(inbox)
        s.press(.end)
        #expect(s.demo?.clock.time == inbox.events.last?.at)
        #expect(s.folded.eventCount == inbox.events.count)
        s.press(.start)
        #expect(s.demo?.clock.time == inbox.events.first?.at)
        #expect(s.folded.eventCount == 1)
    }

    /// The thread is flagged from the step whose message crosses the
    /// threshold, not before; the verdict, the timeline and the panel agree.
    @Test(arguments: ["the-article", "cold-pitch", "nudge-storm", "side-by-side"])
    func theFlaggedMomentIsMarked(_ name: String) throws {
        let inbox = try DemoSupport.inbox(name)
        var s = DemoSupport.paused(inbox, width: 120, height: 40)
        let steps = try #require(s.demo).steps
        let bad = try #require(s.demo?.focus.first)
        var flaggedAt: Int?
        for k in steps.indices {
            if k > 0 { s.press(.next) }
            let v = try #require(s.demoVerdict(for: bad))
            if flaggedAt == nil {
                if v.flagged {
                    flaggedAt = k
                    let moment = try #require(v.flaggedAt)
                    #expect(moment.at == steps[k])
                    #expect(inbox.events[try #require(moment.eventIndex)].at == steps[k])
                    #expect(s.demoScreen.contains("FLAGGED here"))
                    #expect(s.demoScreen.contains("» FLAGGED on " + DemoTimeline.stamp(steps[k], demo: try #require(s.demo))))
                } else {
                    #expect(!s.demoScreen.contains("FLAGGED"))
                }
            } else {
                #expect(v.flagged, "once flagged, a thread stays flagged as messages land")
            }
        }
        #expect(flaggedAt != nil, "\(name) never crosses the threshold")
    }

    @Test(arguments: ["a-good-sequence"])
    func aGoodSequenceIsNeverFlagged(_ name: String) throws {
        var s = DemoSupport.paused(try DemoSupport.inbox(name))
        let steps = try #require(s.demo).steps
        for k in steps.indices {
            if k > 0 { s.press(.next) }
            #expect(s.demo?.focus.allSatisfy { s.demoVerdict(for: $0)?.flagged == false } == true)
        }
        #expect(!s.demoScreen.contains("FLAGGED"))
    }

    @Test func stageBadgesLightUpInLadderOrder() throws {
        var s = DemoSupport.paused(try DemoSupport.inbox("the-article"))
        #expect(!s.demoScreen.contains("[FLATTERY]"))
        #expect(s.demoScreen.contains("flattery → meeting → nudge → pitch"))
        s.press(.next, .next, .next)
        #expect(s.demoScreen.contains("[FLATTERY] → meeting → nudge"))
        s.press(.end)
        #expect(s.demoScreen.contains("[FLATTERY] → [MEETING] → [NUDGE] → [PITCH]"))
    }

    // MARK: The clock

    @Test func holdsToReadThenRunsAndSkipsSilentDays() throws {
        let inbox = try DemoSupport.inbox("the-article")
        var d = DemoState(inbox: inbox)
        let steps = d.steps
        // Holds on the first event while its caption is read.
        let hold = d.holdRemaining
        #expect(hold >= DemoState.shortestPause && hold <= DemoState.longestPause)
        d.advance(realSeconds: hold / 2)
        #expect(d.clock.time == steps[0])
        // Three silent days to the invitation: jumped, not waited through.
        d.advance(realSeconds: hold / 2 + 0.01)
        #expect(d.clock.time == steps[1])
        // Two hours to the accept run on the clock at one day per second.
        let hold1 = d.holdRemaining
        d.advance(realSeconds: hold1 + 0.04)
        let expected = steps[1].milliseconds + 3_456_000
        #expect(abs((d.clock.time.milliseconds) - expected) <= 1_000)
        #expect(d.currentStep == 1)
    }

    @Test func pausedClockStandsStill() throws {
        var d = DemoState(inbox: try DemoSupport.inbox("nudge-storm"))
        d.togglePause()
        let t = d.clock.time
        d.advance(realSeconds: 1_000)
        #expect(d.clock.time == t)
    }

    @Test func playsToTheEndThenPausesAndSpaceReplays() throws {
        let inbox = try DemoSupport.inbox("cold-pitch")
        var s = AppState(demo: inbox)
        _ = s.update(.tick(seconds: 1_000))
        #expect(s.demo?.isFinished == true)
        #expect(s.demo?.clock.isPaused == true)
        #expect(!s.wantsTicks)
        #expect(s.folded.eventCount == inbox.events.count)
        #expect(s.demoScreen.contains("■ end"))
        _ = s.update(.key(.char(" ")))
        #expect(s.demo?.clock.time == inbox.events.first?.at)
        #expect(s.wantsTicks)
    }

    @Test func ticksWalkThroughEveryEventInOrder() throws {
        let inbox = try DemoSupport.inbox("the-article")
        var s = AppState(demo: inbox)
        var seen: [Int] = [s.folded.eventCount]
        for _ in 0..<2_000 where s.wantsTicks {
            _ = s.update(.tick(seconds: 0.05))
            if seen.last != s.folded.eventCount { seen.append(s.folded.eventCount) }
        }
        #expect(seen == Array(1...inbox.events.count))
    }

    @Test func speedKeysChangeTheRateAndShortenPauses() throws {
        var s = AppState(demo: try DemoSupport.inbox("the-article"))
        _ = s.update(.key(.char("+")))
        #expect(s.demo?.clock.rate == Double(3 * 86_400))
        #expect(s.demoScreen.contains("▶ 3 days/s"))
        _ = s.update(.key(.char("-")))
        _ = s.update(.key(.char("-")))
        #expect(s.demo?.clock.rate == Double(6 * 3_600))
        #expect(DemoClockText.rate(86_400) == "1 day/s")
        #expect(DemoClockText.rate(7 * 86_400) == "1 week/s")
        #expect(DemoClockText.rate(30 * 86_400) == "30 days/s")
        #expect(DemoClockText.rate(3_600) == "1 hour/s")
        var slow = DemoState(inbox: try DemoSupport.inbox("the-article"))
        var fast = slow
        fast.faster()
        fast.faster()
        slow.jump(toStep: 3)
        fast.jump(toStep: 3)
        #expect(fast.holdRemaining < slow.holdRemaining)
    }

    @Test func theClockCountsDaysFromTheFirstAppearance() throws {
        let inbox = try DemoSupport.inbox("the-article")
        let d = DemoState(inbox: inbox)
        let invite = try Timestamp.parse("2026-03-02T09:00:00Z")
        #expect(d.day(of: invite) == 1)
        #expect(d.day(of: try Timestamp.parse("2026-03-05T10:00:00Z")) == 4)
        #expect(d.day(of: try Timestamp.parse("2026-03-01T23:59:00Z")) == 0)
        #expect(d.day(of: try Timestamp.parse("2026-02-27T08:30:00Z")) == -2)
        #expect(DemoClockText.clock(invite, in: d) == "Day 1 · Mon Mar 2 09:00")
        #expect(DemoClockText.date(try Timestamp.parse("2026-03-03T10:00:00Z")) == "Tue Mar 3 10:00")
        #expect(DemoClockText.date(try Timestamp.parse("1969-12-31T23:00:00Z")) == "Wed Dec 31 23:00")
    }
}

/// Keys during playback: the demo's own, and the way into practice.
@Suite struct DemoKeyTests {
    @Test func browsingKeysCannotChangeTheStory() throws {
        let inbox = try DemoSupport.inbox("fake-profile")
        var s = DemoSupport.paused(inbox)
        for key in [Key.char("a"), .char("i"), .char("A"), .char("j"), .enter, .char("1")] {
            _ = s.update(.key(key))
        }
        #expect(s.inbox.events.count == inbox.events.count)
        #expect(s.status?.text.contains("does nothing in a demo") == true)
        #expect(s.mode == .list)
    }

    @Test func arrowsStepLikeNAndP() throws {
        var s = DemoSupport.paused(try DemoSupport.inbox("nudge-storm"))
        _ = s.update(.key(.right))
        _ = s.update(.key(.right))
        #expect(s.demo?.currentStep == 2)
        _ = s.update(.key(.left))
        #expect(s.demo?.currentStep == 1)
        _ = s.update(.key(.char("G")))
        #expect(s.demo?.currentStep == (s.demo?.steps.count ?? 0) - 1)
        _ = s.update(.key(.char("g")))
        #expect(s.demo?.currentStep == 0)
    }

    @Test func helpListsEveryDemoKeyAndAnyKeyClosesIt() throws {
        var s = DemoSupport.paused(try DemoSupport.inbox("the-article"), width: 100, height: 30)
        _ = s.update(.key(.char("?")))
        #expect(s.mode == .help)
        let screen = s.demoScreen
        #expect(screen.contains("Demo keys"))
        let demoKeys = KeyTable.standard.bindings(in: .demo)
        #expect(demoKeys.filter { $0.command.name == Playback.name }.count == DemoAction.allCases.count)
        #expect(demoKeys.filter { $0.command.name == ShowCard.name }.count == 2, "the presenter's two cards")
        for b in demoKeys { #expect(screen.contains(b.help), "\(b.command) missing from help") }
        let t = s.demo?.clock.time
        _ = s.update(.key(.char("n")))
        #expect(s.mode == .list)
        #expect(s.demo?.clock.time == t, "the key that closes help does nothing else")
    }

    @Test func quitLeaves() throws {
        var s = AppState(demo: try DemoSupport.inbox("the-article"))
        #expect(s.update(.key(.char("q"))) == [.quit])
    }

    @Test func replyWhilePausedComposesAtThatMoment() throws {
        let inbox = try DemoSupport.inbox("the-article")
        var s = DemoSupport.paused(inbox)
        s.press(.next, .next, .next, .next, .next)
        let t = try #require(s.demo?.clock.time)
        _ = s.update(.key(.char("r")))
        #expect(s.mode == .compose)
        #expect(s.compose?.person == inbox.ref(forPersonID: "everett"))
        #expect(s.inbox.now == t, "the coach judges the moment on screen")
        #expect(!s.wantsTicks)
        #expect(!s.demoScreen.contains(" Demo "), "compose has the screen")
        // Ticks while composing don't move the story on.
        _ = s.update(.tick(seconds: 100))
        #expect(s.demo?.clock.time == t)
        _ = s.update(.key(.esc))
        #expect(s.mode == .list)
        #expect(s.demo?.clock.time == t)
        #expect(s.demoScreen.contains(" Demo "))
    }

    @Test func replyWhilePlayingPausesFirst() throws {
        var s = AppState(demo: try DemoSupport.inbox("cold-pitch"))
        _ = s.update(.key(.char("G")))
        _ = s.update(.key(.char("r")))
        #expect(s.demo?.clock.isPaused == true)
        #expect(s.mode == .compose)
    }

    @Test func aSentReplyJoinsTheStory() throws {
        let inbox = try DemoSupport.inbox("the-article")
        var s = DemoSupport.paused(inbox)
        s.press(.next, .next, .next)
        _ = s.update(.key(.char("r")))
        for c in "Thanks, but what would the call be about?" { _ = s.update(.key(.char(c))) }
        _ = s.answering(.key(.ctrl("d")))
        #expect(s.mode == .list)
        #expect(s.inbox.events.count == inbox.events.count + 1)
        #expect(s.demoScreen.contains("what would the call be"))
        _ = s.update(.key(.char("n")))
        #expect(s.demo?.steps.count == inbox.events.count, "the reply landed at an existing step's time")
        #expect(s.folded.eventCount == 6)
    }

    @Test func replyToSomeoneNotConnectedExplains() throws {
        var s = DemoSupport.paused(try DemoSupport.inbox("fake-profile"))
        _ = s.update(.key(.char("r")))
        #expect(s.mode == .list)
        #expect(s.status?.text.contains("not connected") == true)
    }
}
