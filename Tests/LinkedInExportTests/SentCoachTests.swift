import InboxModel
import InboxUI
import LinkedInExport
import OutreachPolicy
import Testing

/// The coach in the Sent view: each of the owner's own messages reviewed
/// as the editor's coach would have reviewed it as a draft, at the moment
/// it was sent, against the thread as it stood before it.
@Suite struct SentCoachTests {
    static let policy = Policy()

    static func ownerMessages(to person: PersonRef, in inbox: Inbox) -> [Event] {
        inbox.events.filter { $0.type == .message && $0.actor.isOwner && $0.subject == person }
    }

    @Test func everyOwnMessageOfAThirstyThreadIsReviewed() throws {
        let inbox = MineAndEngagementTests.thirstyOwner()
        let dario = try #require(inbox.ref(forPersonID: "dario-mendes"))
        let state = inbox.state()
        let notes = SentAnalysis.coachNotes(for: dario, inbox: inbox, state: state, policy: Self.policy)
        let mine = Self.ownerMessages(to: dario, in: inbox)
        #expect(notes.map(\.at) == mine.map(\.at))
        // Each is what the editor's coach says about that text as a draft then.
        for (note, message) in zip(notes, mine) {
            let before = inbox.events.filter { $0.at < message.at }
            var earlier = Inbox(title: nil, owner: inbox.owner, people: Array(inbox.others), posts: inbox.posts, events: before, now: message.at)
            earlier.engagementKnown = inbox.engagementKnown
            let direct = Coach.review(draft: message.text, to: dario, in: earlier, state: earlier.state(), at: message.at, policy: Self.policy)
            #expect(note.feedback == CoachFeedback(direct))
        }
        // The flattering opener breaks "be sincere"; the last message
        // (a nudge and a pitch) is flagged and fails a rule.
        #expect(notes.first?.feedback.status(of: .sincere) != .pass)
        let last = try #require(notes.last)
        #expect(last.feedback.flagged)
        #expect(last.feedback.rules.contains { $0.status == .fail })
        #expect(!last.feedback.advice.isEmpty)
    }

    @Test func onAnExport() throws {
        let (inbox, _) = try ExportReader.inbox(from: SampleInbox.files(.y2026))
        let hana = try #require(inbox.ref(forPersonID: "hana-sato"))
        let notes = SentAnalysis.coachNotes(for: hana, inbox: inbox, state: inbox.state(), policy: Self.policy)
        #expect(notes.map(\.at) == Self.ownerMessages(to: hana, in: inbox).map(\.at))
        #expect(notes.count == 2)
        // A genuine question, answered: nothing the coach fails it on.
        let first = try #require(notes.first)
        #expect(!first.feedback.flagged)
        #expect(first.feedback.rules.allSatisfy { $0.status != .fail })

        var state = AppState(inbox: inbox, width: 120, height: 40)
        _ = state.update(.key(.char("2")))
        _ = state.update(.key(.char("s")))
        _ = state.update(.key(.enter))
        let screen = InboxScreen.render(state).lines.joined(separator: "\n")
        #expect(screen.contains("Coach on your messages"))
    }

    @Test func notShownOutsideTheSentFilter() throws {
        let inbox = MineAndEngagementTests.thirstyOwner()
        var state = AppState(inbox: inbox, width: 120, height: 80)
        _ = state.update(.key(.char("2")))
        _ = state.update(.key(.char("/")))
        for c in "dario" { _ = state.update(.key(.char(c))) }
        _ = state.update(.key(.enter))
        _ = state.update(.key(.enter))
        #expect(!InboxScreen.render(state).lines.joined(separator: "\n").contains("Coach on your messages"))
    }

    @Test func groupsAndSponsoredThreadsHaveNone() throws {
        let (inbox, _) = try ExportReader.inbox(from: SampleInbox.files(.y2024))
        let state = inbox.state()
        for (k, p) in inbox.people.enumerated() where k > 0 && p.kind != .person {
            #expect(SentAnalysis.coachNotes(for: PersonRef(k), inbox: inbox, state: state, policy: Self.policy).isEmpty)
        }
    }
}
