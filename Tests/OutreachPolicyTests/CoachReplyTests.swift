import InboxModel
import Testing
@testable import OutreachPolicy

/// Replies are judged as strictly as first messages, in their thread:
/// answering someone is no licence to flatter, brush off, lecture or sell.
@Suite("Coach on replies")
struct CoachReplyTests {
    typealias B = InboxBuilder

    /// Ines wrote first with a real question, two days after connecting.
    static func afterQuestion(_ question: String = "Hi Robin, how do you split the school-garden budget between seeds and tools each term?") -> (Inbox, PersonRef) {
        var b = InboxBuilder()
        let ines = b.person("ines", "Ines Achterberg", headline: "Teacher at Heron Lane Primary")
        b.connect(ines, at: B.t())
        b.message(from: ines, at: B.t(days: 2), question)
        return (b.build(now: B.t(days: 3)), ines)
    }

    static func review(_ draft: String) -> CoachReport {
        let (inbox, ines) = Self.afterQuestion()
        return Coach.review(draft: draft, to: ines, in: inbox, state: inbox.state(), at: B.t(days: 3))
    }

    @Test(arguments: [
        "You are the wisest teacher in the county, honestly a treasure.",
        "Let's get on a video call sometime next week.",
        "Later.",
        "Did you even read the council guidance before asking? Pro tip: google it.",
        "Would you like to book my garden-planning package for $300?",
        "Our planning app helps schools like yours cut costs by 30%. Want a demo?",
    ])
    func aBadReplyFailsARule(_ draft: String) {
        let r = Self.review(draft)
        #expect(!r.failedRules.isEmpty, "\(draft): \(r.rules.map { "\($0.rule.rawValue)=\($0.status.rawValue)" })")
        #expect(r.judgedBad)
    }

    @Test(arguments: [
        "Thanks for asking, Ines, but I'm not taking on any garden-planning consultancy this term.",
        "Roughly two thirds seeds, one third tools; we reuse tools for three years and buy seed in bulk with two other schools. Happy to send our spreadsheet.",
    ])
    func aGoodReplyPasses(_ draft: String) {
        let r = Self.review(draft)
        #expect(r.failedRules.isEmpty, "\(draft): \(r.findings.map(\.rule))")
        #expect(!r.judgedBad)
    }

    /// A decline must decline: a maybe to an offer neither takes it nor refuses it.
    @Test func aMaybeInAnswerToAnOfferIsNotADecline() {
        var b = InboxBuilder()
        let tomas = b.person("tomas", "Tomás Ferreira")
        b.connect(tomas, at: B.t(days: -30))
        b.message(from: tomas, at: B.t(days: 1), "Our varnish subscription is 40 per month. Shall I sign you up for the spring batch?")
        let inbox = b.build(now: B.t(days: 2))
        func review(_ draft: String) -> CoachReport {
            Coach.review(draft: draft, to: tomas, in: inbox, state: inbox.state(), at: B.t(days: 2))
        }
        let hedge = review("Hmm, perhaps another time, I'll have a think.")
        #expect(hedge.findings.contains { $0.rule == "VALUE_UNCLEAR_DECLINE" }, "\(hedge.findings.map(\.rule))")
        #expect(!hedge.failedRules.isEmpty)
        let refusal = review("Thanks, but no, we varnish in house.")
        #expect(!refusal.findings.contains { $0.rule == "VALUE_UNCLEAR_DECLINE" })
        let when = review("Let me think about it and I'll answer by Friday 6 March.")
        #expect(!when.findings.contains { $0.rule == "VALUE_UNCLEAR_DECLINE" })
    }

    @Test func warningsAreNotListedAsRulesBroken() throws {
        var b = InboxBuilder()
        let ines = b.person("ines", "Ines Achterberg")
        b.connect(ines, at: B.t())
        let inbox = b.build(now: B.t(days: 3))
        let r = Coach.review(draft: "Hi Ines, how do you keep the seed budget stable when class sizes change?", to: ines, in: inbox, state: inbox.state(), at: B.t(days: 3))
        let json = r.json(inbox: inbox)
        #expect(r.advice(for: .relax)?.status == .warn)
        #expect(json.contains("\"rules\": []") || json.contains("\"rules\":[]"), "\(json)")
        #expect(json.contains("\"warnings\": [\"relax\"]") || json.contains("\"warnings\":[\"relax\"]"), "\(json)")
    }
}
