import InboxModel
import Testing
@testable import OutreachPolicy

/// The coach judges the owner's draft as the owner's next message, with the
/// rulebook the engine applies to everyone else.
@Suite("Coach")
struct CoachTests {
    typealias B = InboxBuilder

    struct Scene {
        var inbox: Inbox
        var hana: PersonRef
        func review(_ draft: String, at: Timestamp) -> CoachReport {
            Coach.review(draft: draft, to: hana, in: inbox, state: inbox.state(at: at), at: at)
        }
    }

    /// Hana connected at t = 0 and posted about pricing two days before.
    static func scene(_ build: (inout InboxBuilder, PersonRef) -> Void = { _, _ in }) -> Scene {
        var b = InboxBuilder()
        let hana = b.person("hana", "Hana Sato", headline: "Pricing lead at Fernway")
        b.post(by: hana, id: "pricing", at: B.t(days: -2), "Three pricing experiments that failed and what we learned")
        b.connect(hana, at: B.t())
        build(&b, hana)
        return Scene(inbox: b.build(now: B.t(days: 60)), hana: hana)
    }

    @Test func relaxFailsRightAfterConnectingWithoutEngaging() throws {
        let r = Self.scene().review("Hi Hana, great to connect!", at: B.t(minutes: 4))
        let relax = try #require(r.advice(for: .relax))
        #expect(relax.status == .fail)
        #expect(relax.sentence == "You connected 4 minutes ago and haven't engaged with any of Hana's posts; comment on 'Three pricing experiments that failed and…' first")
    }

    @Test func relaxWarnsInTheFirstWeekAndPassesAfterEngaging() throws {
        let early = Self.scene().review("Hi Hana, how did you pick the anchor price in the second experiment?", at: B.t(days: 3))
        #expect(early.advice(for: .relax)?.status == .warn)
        let engaged = Self.scene { b, hana in
            let post = PostRef(0)
            b.like(by: .owner, post: post, at: B.t(days: 1))
            b.comment(by: .owner, post: post, at: B.t(days: 1, hours: 1), "The anchoring result matches ours.")
        }.review("Hi Hana, how did you pick the anchor price in the second experiment?", at: B.t(days: 3))
        let relax = try #require(engaged.advice(for: .relax))
        #expect(relax.status == .pass)
        #expect(relax.sentence == "You've engaged with Hana's posts before writing")
        #expect(engaged.findings.contains { $0.rule == "CREDIT_ENGAGED_FIRST" })
    }

    @Test func relaxFailsOnTheThirdMessageWithoutAReply() throws {
        let s = Self.scene { b, hana in
            b.message(from: .owner, to: hana, at: B.t(days: 20), "Hi Hana, how did you pick the anchor price in the second experiment?")
            b.message(from: .owner, to: hana, at: B.t(days: 27), "Following up on my question above.")
        }
        let r = s.review("Just checking in again!", at: B.t(days: 35))
        let relax = try #require(r.advice(for: .relax))
        #expect(relax.status == .fail)
        #expect(relax.sentences.contains("This is your third message in a row without a reply; give Hana room"))
        #expect(r.stages == [.nudge])
    }

    @Test func valueFailsOnAPurposelessCallAndWarnsOnSmallTalk() throws {
        let call = Self.scene().review("Let's hop on a quick call next week.", at: B.t(days: 30))
        let value = try #require(call.advice(for: .value))
        #expect(value.status == .fail)
        #expect(value.sentence.contains("'quick call' gives Hana no reason to say yes"))
        #expect(call.stages == [.meeting])

        let hello = Self.scene().review("Hi Hana, thanks for connecting.", at: B.t(days: 30))
        let nothing = try #require(hello.advice(for: .value))
        #expect(nothing.status == .warn)
        #expect(nothing.sentence.hasPrefix("No question and no concrete offer"))
    }

    @Test func valuePassesWithAGenuineQuestionOrAStatedPurpose() throws {
        let q = Self.scene().review("Hi Hana, how did you pick the anchor price in the second experiment?", at: B.t(days: 30))
        #expect(q.advice(for: .value)?.status == .pass)
        #expect(q.advice(for: .value)?.sentence == "Asks Hana a genuine question")
        let purpose = Self.scene().review("Could we set up a call to discuss your post on pricing experiments?", at: B.t(days: 30))
        #expect(purpose.advice(for: .value)?.status == .pass)
    }

    @Test func sincereFailsOnFlatteryAndQuotesIt() throws {
        let r = Self.scene().review("It is truly an honour to be connected with you.", at: B.t(days: 30))
        let sincere = try #require(r.advice(for: .sincere))
        #expect(sincere.status == .fail)
        #expect(sincere.sentence == "'honour to be connected' reads as flattery; say something specific about Hana's work instead")
        #expect(r.stages == [.flattery])
        #expect(r.brokenRules.contains(.sincere))
        #expect(Self.scene().review("Thanks, that helped a lot.", at: B.t(days: 30)).advice(for: .sincere)?.status == .pass)
    }

    @Test func aPoliteDeclineOfAPitchScoresWell() throws {
        let s = Self.scene { b, hana in
            b.message(from: hana, at: B.t(hours: 1), "Hi Robin! Our platform helps teams like yours double conversion. Can I book a demo for Thursday?")
        }
        let r = s.review("Thanks for thinking of me, Hana, but this isn't a fit for us right now. Best of luck with the launch!", at: B.t(days: 1))
        #expect(r.rules.allSatisfy { $0.status == .pass })
        #expect(!r.flagged)
        #expect(r.score <= 0)
        #expect(r.advice.isEmpty)
    }

    @Test func aThirstyDraftWouldBeFlaggedLikeAnyoneElse() {
        let r = Self.scene().review(
            "It is truly an honour to connect! I'm raising our seed round; would you consider investing? How does your week look for a quick Zoom?",
            at: B.t(minutes: 10))
        #expect(r.flagged)
        #expect(r.stages == [.flattery, .meeting, .pitch])
        #expect(r.brokenRules == [.relax, .value, .sincere])
        #expect(r.advice.count >= 3)
    }

    @Test func jsonUsesTheCheckReportNames() {
        let s = Self.scene()
        let r = s.review("Let's hop on a quick call next week.", at: B.t(days: 30))
        let json = r.json(inbox: s.inbox)
        #expect(json.hasPrefix(#"{"version": 1, "with": "hana", "at": ""#))
        // `rules` are the rules broken (failed); a rule that only warns is under `warnings`.
        #expect(json.contains(#""rules": ["value"], "warnings": ["relax"], "stages": ["meeting"], "score": 7.5, "required": 5.0, "flagged": true"#))
        #expect(json.contains(#""status": {"relax": "warn", "value": "fail", "sincere": "pass"}, "findings": [{"rule": "MEETING_NO_PURPOSE""#))
        #expect(json.contains(#""advice": ["Say what the call is for"#))
    }

    @Test func reviewingALongDraftIsCheap() {
        let s = Self.scene { b, hana in
            for i in 0..<10 { b.message(from: i % 2 == 0 ? hana : .owner, to: i % 2 == 0 ? .owner : hana, at: B.t(days: Double(i + 1)), "Message \(i) about pricing tiers and anchors?") }
        }
        let draft = String(repeating: "Could you share how the second pricing experiment was set up? ", count: 33)
        #expect(draft.utf8.count >= 2000)
        let state = s.inbox.state(at: B.t(days: 30))
        let clock = ContinuousClock()
        var best = Duration.seconds(1)
        for _ in 0..<5 {
            let t = clock.measure { _ = Coach.review(draft: draft, to: s.hana, in: s.inbox, state: state, at: B.t(days: 30)) }
            best = min(best, t)
        }
        // A few hundred microseconds in a release build; debug builds are far slower.
        #expect(best < .milliseconds(50))
    }
}
