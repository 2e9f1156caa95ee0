import InboxModel
import Testing
@testable import OutreachPolicy
import Shared

/// Accept almost anyone: ignore only inappropriate notes and fake-looking profiles.
@Suite("Invitations")
struct InvitationTests {
    typealias B = InboxBuilder

    static func verdict(note: String = "", photo: Bool = true, connections: Int? = 400, joinedDaysBefore: Double? = 1500,
                        mutual: Int? = 12, headline: String = "Engineer", name: String = "Hana Sato") throws -> InvitationVerdict {
        var b = InboxBuilder()
        let p = b.person("x", name, headline: headline, photo: photo, connections: connections, joinedDaysBefore: joinedDaysBefore, mutual: mutual)
        b.invite(from: p, at: B.t(), note: note)
        let inbox = b.build()
        let state = inbox.state()
        return try #require(Policy().judgeInvitation(from: p, in: inbox, state: state))
    }

    @Test func salespeopleAndStrangersAreAccepted() throws {
        #expect(try Self.verdict(note: "Hi Robin, I help product teams with pricing software. Would love to connect.").decision == .accept)
        #expect(try Self.verdict(mutual: 0).decision == .accept)
    }

    @Test func aStudentWhoJoinedLastWeekIsAccepted() throws {
        let v = try Self.verdict(note: "Hi! I'm a student and loved your talk on pricing.", connections: 12, joinedDaysBefore: 7, mutual: 0,
                                 headline: "CS student at Leeds")
        #expect(v.decision == .accept)
        let age = try #require(v.signals.first { $0.kind == .accountAge })
        #expect(age.weak)
        #expect(age.sentence == "Account is 7 days old")
    }

    @Test func severalWeakSignalsTogetherLookFake() throws {
        let v = try Self.verdict(photo: false, connections: 3, joinedDaysBefore: 4, mutual: 0, headline: "")
        #expect(v.decision == .ignore)
        #expect(v.reasons == [.fake])
        #expect(v.signals.filter(\.weak).map(\.kind) == [.photo, .connections, .accountAge, .mutuals, .headline])
        #expect(v.signals.first { $0.kind == .accountAge }?.sentence == "Account is 4 days old")
        #expect(v.signals.first { $0.kind == .photo }?.sentence == "No profile photo")
        #expect(v.explanation.hasPrefix("score=\(formatScore(v.score)) required=5.0 tests=FAKE_NO_PHOTO(1.5)"))
    }

    @Test func aJobTitleForANameAndBaitInTheHeadline() throws {
        let v = try Self.verdict(connections: 40, mutual: 0, headline: "Crypto & Forex trader | Billionaire mentor | DM me", name: "Crypto Trader")
        #expect(v.decision == .ignore)
        #expect(v.reasons == [.fake])
        #expect(v.signals.first { $0.kind == .name }?.weak == true)
        #expect(v.signals.first { $0.kind == .headline }?.weak == true)
    }

    @Test func anInappropriateNoteAloneIsEnough() throws {
        for note in ["Hi beautiful, are you single?", "You are an idiot and I know where you work.",
                     "Guaranteed returns of 30% weekly, contact me on WhatsApp."] {
            let v = try Self.verdict(note: note, mutual: 30)
            #expect(v.decision == .ignore, "\(note)")
            #expect(v.reasons == [.inappropriate])
            #expect(v.findings.contains { !$0.evidence.isEmpty && note.contains($0.evidence) })
        }
    }

    @Test func unknownProfileFactsAreNotWeak() throws {
        let v = try Self.verdict(connections: nil, joinedDaysBefore: nil, mutual: nil)
        #expect(v.decision == .accept)
        #expect(v.signals.filter(\.weak).isEmpty)
        #expect(v.signals.first { $0.kind == .accountAge }?.sentence == "Account age unknown")
    }
}
