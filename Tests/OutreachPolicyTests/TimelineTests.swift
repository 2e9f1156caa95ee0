import InboxModel
import Testing
@testable import OutreachPolicy

/// The credits and penalties that come from the timeline rather than the words.
@Suite("Thread timeline")
struct TimelineTests {
    typealias B = InboxBuilder

    static func verdict(_ build: (inout InboxBuilder, PersonRef) -> Void) -> ThreadVerdict {
        var b = InboxBuilder()
        let hana = b.person("hana", "Hana Sato", headline: "Pricing lead at Fernway")
        build(&b, hana)
        let inbox = b.build()
        return Policy().judgeThread(with: hana, in: inbox, state: inbox.state())
    }

    static let question = "Hi Robin, how did you choose the price points for the second experiment in your pricing post?"

    @Test func messagingMinutesAfterConnectingBreaksRelax() {
        let v = Self.verdict { b, hana in
            b.connect(hana, at: B.t())
            b.message(from: hana, at: B.t(minutes: 4), Self.question)
        }
        #expect(v.findings.contains { $0.rule == "RELAX_MESSAGED_RIGHT_AWAY" })
        #expect(v.brokenRules.contains(.relax))
        #expect(!v.flagged)
    }

    @Test func weeksOfEngagementFirstEarnACredit() throws {
        let hurried = Self.verdict { b, hana in
            b.connect(hana, at: B.t())
            b.message(from: hana, at: B.t(minutes: 4), "Would love to hop on a quick call next week.")
        }
        let relaxed = Self.verdict { b, hana in
            b.connect(hana, at: B.t())
            let post = b.post(by: .owner, id: "p1", at: B.t(days: 2), "Three pricing experiments that failed")
            b.like(by: hana, post: post, at: B.t(days: 3))
            b.comment(by: hana, post: post, at: B.t(days: 3, hours: 1), "The anchoring result surprised me too.")
            b.message(from: hana, at: B.t(days: 21), "Would love to hop on a quick call next week.")
        }
        #expect(!relaxed.findings.contains { $0.rule == "RELAX_MESSAGED_RIGHT_AWAY" })
        #expect(relaxed.findings.contains { $0.rule == "CREDIT_ENGAGED_FIRST" })
        #expect(relaxed.score < hurried.score - 3)
        #expect(hurried.flagged)
        #expect(!relaxed.flagged)
    }

    @Test func aLikeAMinuteBeforeTheMessageIsNotEngagement() {
        let v = Self.verdict { b, hana in
            b.connect(hana, at: B.t())
            let post = b.post(by: .owner, id: "p1", at: B.t(days: -5), "Three pricing experiments that failed")
            b.like(by: hana, post: post, at: B.t(minutes: 5))
            b.message(from: hana, at: B.t(minutes: 6), "Our platform helps teams like yours cut churn. Worth a quick call?")
        }
        #expect(!v.findings.contains { $0.rule == "CREDIT_ENGAGED_FIRST" })
        #expect(v.flagged)
    }

    @Test func theOwnerReplyingMakesItAConversation() {
        let v = Self.verdict { b, hana in
            b.connect(hana, at: B.t(days: -40))
            b.message(from: hana, at: B.t(), Self.question)
            b.message(from: .owner, to: hana, at: B.t(hours: 3), "We tested three anchors. Happy to compare notes on a call if useful.")
            b.message(from: hana, at: B.t(hours: 4), "That would be great. How does Thursday at 3pm work?")
        }
        #expect(v.findings.contains { $0.rule == "CREDIT_RECIPIENT_REPLIED" })
        #expect(v.findings.contains { $0.rule == "CREDIT_MEETING_REQUESTED" })
        #expect(!v.findings.contains { $0.rule == "MEETING_NO_PURPOSE" })
        #expect(!v.flagged)
    }

    @Test func aCallTheOwnerAskedForIsNotThirsty() {
        let v = Self.verdict { b, hana in
            b.message(from: .owner, to: hana, at: B.t(), "Hi Hana, could we jump on a quick call next week about your pricing tool?")
            b.message(from: hana, at: B.t(hours: 1), "Sure! Here is my Calendly, pick any slot that works.")
        }
        #expect(v.findings.contains { $0.rule == "CREDIT_RECIPIENT_STARTED" })
        #expect(!v.stages.contains(.meeting))
        #expect(!v.flagged)
    }

    @Test func aLongStandingConnectionEarnsACredit() {
        let v = Self.verdict { b, hana in
            b.message(from: hana, at: B.t(), "Robin! Long time. Coffee sometime?")
        }
        #expect(!v.findings.contains { $0.rule == "CREDIT_LONG_CONNECTION" })
        var b = InboxBuilder()
        let old = b.person("old", "Ola Berg", connectedDaysBefore: 800)
        b.message(from: old, at: B.t(), "Robin! Long time. Coffee sometime?")
        let inbox = b.build()
        let w = Policy().judgeThread(with: old, in: inbox, state: inbox.state())
        #expect(w.findings.contains { $0.rule == "CREDIT_LONG_CONNECTION" })
        #expect(w.score < v.score)
        #expect(!w.flagged)
    }

    @Test func onePoliteFollowUpToAGenuineQuestionIsFine() {
        let v = Self.verdict { b, hana in
            b.connect(hana, at: B.t(days: -30))
            b.message(from: hana, at: B.t(), Self.question)
            b.message(from: hana, at: B.t(days: 10), "Just following up on my question above in case it got buried. No rush at all!")
        }
        #expect(!v.findings.contains { $0.rule == "NUDGE_FOLLOWUP" })
        #expect(!v.flagged)
    }

    @Test func followUpsWithoutRepliesClimbToNudge() {
        let v = Self.verdict { b, hana in
            b.connect(hana, at: B.t(days: -30))
            b.message(from: hana, at: B.t(), "Would love to connect over a quick Zoom sometime.")
            b.message(from: hana, at: B.t(days: 4), "Just bumping this to the top of your inbox.")
            b.message(from: hana, at: B.t(days: 9), "Hi again!")
        }
        #expect(v.stages == [.meeting, .nudge])
        #expect(v.findings.contains { $0.rule == "NUDGE_FOLLOWUP" })
        #expect(v.findings.contains { $0.rule == "NUDGE_REPEATED" && $0.evidence == "third message in a row without a reply" })
        #expect(v.flagged)
    }

    @Test func aColdPitchIsFlaggedEvenWeeksAfterConnecting() {
        let v = Self.verdict { b, hana in
            b.connect(hana, at: B.t(days: -20))
            b.message(from: hana, at: B.t(), "Hi Robin, our platform helps product teams like yours double conversion. Can I book a demo with you for Thursday?")
        }
        #expect(v.stages.contains(.pitch))
        #expect(v.brokenRules.contains(.value))
        #expect(v.flagged)
    }

    @Test func theVerdictIsTheSameInParallel() {
        var b = InboxBuilder()
        for i in 0..<120 {
            let p = b.person("p\(i)", "Person \(i)")
            b.connect(p, at: B.t(minutes: Double(i)))
            b.message(from: p, at: B.t(minutes: Double(i) + 5), i % 2 == 0 ? Self.question : "Honoured to connect! Quick call next week?")
        }
        let inbox = b.build()
        let state = inbox.state()
        let parallel = Policy().analyze(inbox, state: state, parallel: true)
        let serial = Policy().analyze(inbox, state: state, parallel: false)
        #expect(parallel.threads == serial.threads)
        #expect(parallel.invitations == serial.invitations)
        #expect(parallel.flaggedCount == 60)
        #expect(parallel.invitations.count == 120)
    }
}
