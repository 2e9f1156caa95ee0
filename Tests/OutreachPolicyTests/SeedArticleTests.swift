import InboxModel
import Testing
@testable import OutreachPolicy
import Shared

/// The source article's sequence: an invitation accepted, then flattery,
/// a purposeless Zoom ask, a nudge and a pitch.
@Suite("Seed article")
struct SeedArticleTests {
    static let messages = [
        "Hello. It looks like we know some of the same people. I always like extending my network, and thought this would be a good opportunity for us to introduce ourselves. I deeply value my LinkedIn network and it is truly and honor to be connected to you.",
        "I’m regularly looking for ways to collaborate with my network. I was thinking that it would be good to connect by phone or Zoom meeting sometime. How is the next week looking in your schedule?",
        "Perhaps you did not see my last message. I'm looking for mentorship, advisors, and introductions to investors and partners to grow our startup. Would you like to invest a million dollars in our cannabis company?",
    ]

    static func inbox() -> (Inbox, PersonRef) {
        var b = InboxBuilder()
        let dale = b.person("t1", "Dale Hammond", headline: "Founder & CEO at GreenLeaf Ventures", connections: 2400, mutual: 3)
        b.invite(from: dale, at: InboxBuilder.t(hours: -2), note: "Hi Robin, I'd like to join your network.")
        b.accept(from: dale, at: InboxBuilder.t())
        b.message(from: dale, at: InboxBuilder.t(hours: 2), messages[0])
        b.message(from: dale, at: InboxBuilder.t(days: 3, hours: 2), messages[1])
        b.message(from: dale, at: InboxBuilder.t(days: 10, hours: 2), messages[2])
        return (b.build(), dale)
    }

    @Test func threadIsFlaggedClimbingTheWholeLadder() throws {
        let (inbox, dale) = Self.inbox()
        let verdict = Policy().judgeThread(with: dale, in: inbox, state: inbox.state())
        #expect(verdict.flagged)
        #expect(verdict.stages == [.flattery, .meeting, .nudge, .pitch])
        #expect(verdict.brokenRules == [.relax, .value, .sincere])
        #expect(verdict.score >= verdict.threshold)
        let ids = verdict.findings.map(\.rule)
        for id in ["FLATTERY_HONORED", "FLATTERY_NETWORK", "SINCERE_TEMPLATE", "RELAX_MESSAGED_RIGHT_AWAY",
                   "MEETING_NO_PURPOSE", "NUDGE_FOLLOWUP", "PITCH_INVESTMENT", "PITCH_MENTORSHIP"] {
            #expect(ids.contains(id), "missing \(id) in \(verdict.explanation)")
        }
    }

    @Test func eachMessageIsMarkedWithItsStages() throws {
        let (inbox, dale) = Self.inbox()
        let verdict = Policy().judgeThread(with: dale, in: inbox, state: inbox.state())
        let thread = try #require(inbox.state().thread(with: dale))
        let idx = thread.messages.map(Int.init)
        #expect(verdict.messageStages[idx[0]] == [.flattery])
        #expect(verdict.messageStages[idx[1]] == [.meeting])
        #expect(verdict.messageStages[idx[2]] == [.nudge, .pitch])
    }

    @Test func findingsQuoteTheTextAsWritten() throws {
        let (inbox, dale) = Self.inbox()
        let verdict = Policy().judgeThread(with: dale, in: inbox, state: inbox.state())
        let honored = try #require(verdict.findings.first { $0.rule == "FLATTERY_HONORED" })
        #expect(honored.evidence == "honor to be connected")
        #expect(honored.at == InboxBuilder.t(hours: 2))
        let invest = try #require(verdict.findings.first { $0.rule == "PITCH_INVESTMENT" })
        #expect(invest.evidence.lowercased().contains("invest"))
        #expect(Self.messages[2].contains(invest.evidence))
        let relax = try #require(verdict.findings.first { $0.rule == "RELAX_MESSAGED_RIGHT_AWAY" })
        #expect(relax.evidence == "first message 2 hours after connecting")
        #expect(verdict.explanation.hasPrefix("score=\(formatScore(verdict.score)) required=5.0 tests=FLATTERY_"))
    }

    @Test func flaggedAtMarksTheMessageThatCrossedTheThreshold() throws {
        let (inbox, dale) = Self.inbox()
        let verdict = Policy().judgeThread(with: dale, in: inbox, state: inbox.state())
        let moment = try #require(verdict.flaggedAt)
        let first = try #require(inbox.state().thread(with: dale)?.messages.first)
        #expect(moment.eventIndex == Int(first))
        // Folded before the first message, nothing is flagged yet.
        let early = inbox.state(at: InboxBuilder.t(hours: 1))
        #expect(!Policy().judgeThread(with: dale, in: inbox, state: early).flagged)
    }

    @Test func theSenderIsStillAccepted() throws {
        let (inbox, dale) = Self.inbox()
        let state = inbox.state()
        let verdict = try #require(Policy().judgeInvitation(from: dale, in: inbox, state: state))
        #expect(verdict.decision == .accept)
        #expect(verdict.reasons.isEmpty)
    }
}
