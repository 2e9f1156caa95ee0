import InboxModel
import InboxUI
import LinkedInExport
import OutreachPolicy
import ScreenKit
import Testing

/// `s` in Messages: only the threads the owner started, with the owner's
/// own verdicts, and the one-line summary; again, and everything is back.
@Suite struct SentViewTests {
    @Test func sentFilterShowsTheOwnersVerdicts() throws {
        let inbox = MineAndEngagementTests.thirstyOwner()
        var state = AppState(inbox: inbox, width: 120, height: 40)
        _ = state.update(.key(.char("2")))
        let all = state.visibleRows.count
        _ = state.update(.key(.char("s")))
        #expect(state.sentOnly)
        #expect(state.visibleRows.count == 2)
        #expect(state.status?.text == "Sent: You wrote first to 2 people; 1 of those threads would be flagged.")
        let dario = try #require(inbox.ref(forPersonID: "dario-mendes"))
        let mine = try #require(state.threadVerdict(with: dario))
        #expect(mine.flagged)
        // Its messages point at the owner's messages in this inbox.
        for (event, _) in mine.messageStages { #expect(state.inbox.events[event].actor.isOwner) }
        let screen = InboxScreen.render(state).lines.joined(separator: "\n")
        #expect(screen.contains("Dario Mendes"))
        #expect(!screen.contains("Kwame Asante"), "a thread the owner did not start")
        _ = state.update(.key(.char("s")))
        #expect(!state.sentOnly)
        #expect(state.visibleRows.count == all)
    }

    @Test func onAnExport() throws {
        let (inbox, _) = try ExportReader.inbox(from: SampleInbox.files(.y2024))
        var state = AppState(inbox: inbox, width: 120, height: 40)
        _ = state.update(.key(.char("2")))
        _ = state.update(.key(.char("s")))
        // Hana's thread only: the group is not one person's outreach.
        #expect(state.visibleRows.count == 1)
        #expect(state.status?.text.hasPrefix("Sent: You wrote first to 1 person;") == true)
    }
}
