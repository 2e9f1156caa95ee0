import InboxModel
import Testing
@testable import InboxUI

/// 1/2/3, Tab and S-Tab, the counts in the header, and the flagged-only filter.
@Suite struct ViewSwitchingTests {
    @Test func startsOnInvitationsWhenThereAreAny() throws {
        let s = try BrowserFixtures.seed()
        #expect(s.view == .invitations)
        #expect(s.mode == .list)
    }

    @Test func startsOnMessagesWhenNoInvitationsArePending() throws {
        let yaml = """
        version: 1
        owner: {id: me, name: Robin Okafor}
        now: 2026-03-20T09:00:00Z
        people:
          - {id: hana, name: Hana Sato, connected: 2020-01-01}
        events:
          - {type: message, at: 2026-03-19T10:00:00Z, from: hana, to: me, body: "Hello"}
        """
        let s = try BrowserFixtures.state(yaml: yaml)
        #expect(s.view == .messages)
    }

    @Test func numberKeysSwitchViews() throws {
        var s = try BrowserFixtures.seed()
        try s.send("2")
        #expect(s.view == .messages)
        try s.send("3")
        #expect(s.view == .network)
        try s.send("1")
        #expect(s.view == .invitations)
    }

    @Test func tabCyclesForwardAndShiftTabBack() throws {
        var s = try BrowserFixtures.seed()
        var seen: [InboxView] = []
        for _ in 0..<3 {
            try s.send("<Tab>")
            seen.append(s.view)
        }
        #expect(seen == [.messages, .network, .invitations])
        seen = []
        for _ in 0..<3 {
            try s.send("<S-Tab>")
            seen.append(s.view)
        }
        #expect(seen == [.network, .messages, .invitations])
    }

    @Test func switchingViewsLeavesTheDetailAndKeepsEachViewsCursor() throws {
        var s = try BrowserFixtures.seed()
        try s.send("jj2j<Enter>")
        #expect(s.mode == .detail)
        try s.send("1")
        #expect(s.mode == .list)
        #expect(s.list.selected == 2)
        try s.send("2")
        #expect(s.list.selected == 1)
    }

    @Test func headerCountsEachView() throws {
        let s = try BrowserFixtures.state(yaml: BrowserFixtures.small)
        #expect(s.rows.invitations.count == 3)
        #expect(s.rows.threads.count == 3)
        // Dario (accepted before he wrote), Hana and Kwame.
        #expect(s.rows.network.count == 3)
        let header = try #require(s.screenText.split(separator: "\n").first)
        #expect(header.contains("1 Invitations (3)"))
        #expect(header.contains("2 Messages (3, \(s.analysis.flaggedCount) flagged)"))
        #expect(header.contains("3 Network (3)"))
    }

    @Test func theArticlesSequenceIsFlagged() throws {
        let s = try BrowserFixtures.seed()
        let dario = try #require(s.inbox.ref(forPersonID: "dario"))
        #expect(s.analysis.isFlagged(dario))
        #expect(s.rows.flaggedThreads.contains { s.folded.threads[$0].counterpart == dario })
    }

    @Test func flaggedOnlyShowsOnlyFlaggedThreads() throws {
        var s = try BrowserFixtures.seed()
        try s.send("2")
        let all = s.visibleRows.count
        try s.send("f")
        #expect(s.flaggedOnly)
        let shown = s.visibleRows
        #expect(!shown.isEmpty && shown.count < all)
        #expect(shown.allSatisfy { s.analysis.isFlagged(s.folded.threads[$0].counterpart) })
        #expect(s.status?.text == "Showing flagged threads only (\(shown.count))")
        try s.send("f")
        #expect(!s.flaggedOnly)
        #expect(s.visibleRows.count == all)
        #expect(s.status?.text == "Showing all threads")
    }

    @Test func flaggedOnlyKeepsTheCursorOnTheSameThread() throws {
        var s = try BrowserFixtures.seed()
        try s.send("2")
        let dario = try #require(s.inbox.ref(forPersonID: "dario"))
        while s.selectedPerson != dario && s.list.selected < s.visibleRows.count - 1 { try s.send("j") }
        #expect(s.selectedPerson == dario)
        try s.send("f")
        #expect(s.selectedPerson == dario)
        try s.send("f")
        #expect(s.selectedPerson == dario)
    }

    @Test func flaggedOnlyWorksOnlyInMessages() throws {
        var s = try BrowserFixtures.seed()
        let before = s.visibleRows
        try s.send("f")
        #expect(!s.flaggedOnly)
        #expect(s.visibleRows == before)
        #expect(s.status?.text == "The flagged filter applies to Messages (press 2)")
        try s.send("3f")
        #expect(!s.flaggedOnly)
    }

    @Test func anEmptyFlaggedListSaysHowToGetBack() throws {
        let yaml = """
        version: 1
        owner: {id: me, name: Robin Okafor}
        now: 2026-03-20T09:00:00Z
        people:
          - {id: hana, name: Hana Sato, connected: 2020-01-01}
        events:
          - {type: message, at: 2026-03-18T10:00:00Z, from: me, to: hana, body: "Hi Hana, how do you run critiques?"}
          - {type: message, at: 2026-03-19T10:00:00Z, from: hana, to: me, body: "Weekly, thirty minutes."}
        """
        var s = try BrowserFixtures.state(yaml: yaml)
        try s.send("f")
        #expect(s.visibleRows.isEmpty)
        #expect(s.selectedPerson == nil)
        #expect(s.screenText.contains("No flagged threads. Press f to show all."))
    }
}
