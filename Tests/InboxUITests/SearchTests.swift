import Testing
@testable import InboxUI

/// `/` searches names and text of the current view as you type; n/N go on.
@Suite struct SearchTests {
    @Test func slashOpensThePromptAndTypingJumpsAsYouGo() throws {
        var s = try BrowserFixtures.seed()
        try s.send("2/")
        #expect(s.mode == .search)
        #expect(s.screenText.split(separator: "\n").last?.hasPrefix("/") == true)
        try s.send("dar")
        #expect(s.search.query == "dar")
        #expect(s.selectedName == "Dario Mendes")
        #expect(s.screenText.contains("/dar"))
        try s.send("<Enter>")
        #expect(s.mode == .list)
        #expect(s.selectedName == "Dario Mendes")
        // Which match of how many (Dario's name, and a message naming him).
        #expect(s.status?.text.hasPrefix("/dar  1/") == true)
    }

    @Test func searchMatchesMessageTextCaseInsensitively() throws {
        var s = try BrowserFixtures.state(yaml: BrowserFixtures.small)
        try s.send("2/CANNABIS<Enter>")
        #expect(s.selectedName == "Dario Mendes")
    }

    @Test func nAndShiftNCycleThroughMatchesAndWrap() throws {
        var s = try BrowserFixtures.state(yaml: BrowserFixtures.small)
        // Of the connections, only Hana works at Kitemark.
        try s.send("3/kitemark<Enter>")
        #expect(s.selectedName == "Hana Sato")
        // Ana's and Ben's notes say Robin; the fake advisor's has no note.
        try s.send("1/robin<Enter>")
        #expect(s.selectedName == "Ana Souza")
        try s.send("n")
        #expect(s.selectedName == "Ben Adler")
        try s.send("n")
        #expect(s.selectedName == "Ana Souza")
        try s.send("N")
        #expect(s.selectedName == "Ben Adler")
    }

    @Test func backspaceEditsAndSearchesAgainFromTheStart() throws {
        var s = try BrowserFixtures.seed()
        try s.send("2/darx")
        #expect(s.search.failed)
        try s.send("<BS>")
        #expect(!s.search.failed)
        #expect(s.selectedName == "Dario Mendes")
        try s.send("<BS><BS><BS>")
        #expect(s.search.query.isEmpty)
        #expect(s.mode == .search)
        try s.send("<BS>")
        #expect(s.mode == .list)
    }

    @Test func noMatchSaysSoAndKeepsTheCursor() throws {
        var s = try BrowserFixtures.seed()
        try s.send("2j")
        try s.send("/~~~")
        #expect(s.search.failed)
        #expect(s.list.selected == 1)
        #expect(s.screenText.contains("no match"))
        try s.send("<Enter>")
        #expect(s.status?.text == "No match for \"~~~\"")
        try s.send("n")
        #expect(s.status?.text == "No match for \"~~~\"")
        #expect(s.list.selected == 1)
    }

    @Test func escClearsTheSearch() throws {
        var s = try BrowserFixtures.seed()
        try s.send("2/dar<Esc>")
        #expect(s.mode == .list)
        #expect(s.search.query.isEmpty)
        try s.send("n")
        #expect(s.status?.text == "No search yet; press / to search")
    }

    @Test func ctrlUEmptiesTheQuery() throws {
        var s = try BrowserFixtures.seed()
        try s.send("/dar<C-u>")
        #expect(s.mode == .search)
        #expect(s.search.query.isEmpty)
    }

    @Test func searchIsPerViewAndSeesOnlyFlaggedRowsWhenFiltered() throws {
        var s = try BrowserFixtures.seed()
        // Hana is a thread, not an invitation.
        try s.send("/hana sato<Enter>")
        #expect(s.search.failed)
        try s.send("2f/hana sato<Enter>")
        #expect(s.search.failed)
        try s.send("f/hana sato<Enter>")
        #expect(!s.search.failed)
        #expect(s.selectedName == "Hana Sato")
    }
}
