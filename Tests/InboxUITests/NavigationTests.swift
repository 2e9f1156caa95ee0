import InboxModel
import ScreenKit
import Testing
@testable import InboxUI

/// Cursor movement, paging, opening and going back, on a narrow (80x24)
/// and a wide (120x40) screen.
@Suite struct NavigationTests {
    @Test func jAndKMoveAndStopAtTheEnds() throws {
        var s = try BrowserFixtures.seed()
        let count = s.visibleRows.count
        #expect(count > 2)
        try s.send("k")
        #expect(s.list.selected == 0)
        try s.send("jj")
        #expect(s.list.selected == 2)
        _ = s.update(.command(.moveUp))
        #expect(s.list.selected == 1)
        try s.send(String(repeating: "j", count: count + 5))
        #expect(s.list.selected == count - 1)
    }

    @Test func arrowKeysMoveLikeJAndK() throws {
        var s = try BrowserFixtures.seed()
        try s.send("<Down><Down><Up>")
        #expect(s.list.selected == 1)
    }

    @Test func topAndBottom() throws {
        var s = try BrowserFixtures.seed()
        try s.send("3G")
        #expect(s.view == .network)
        #expect(s.list.selected == s.visibleRows.count - 1)
        try s.send("g")
        #expect(s.list.selected == 0)
        _ = s.update(.command(.bottom))
        #expect(s.list.selected == s.visibleRows.count - 1)
        _ = s.update(.command(.top))
        #expect(s.list.selected == 0)
    }

    @Test func pagingMovesByAScreenAndKeepsTheCursorVisible() throws {
        // 12 rows: header, status, and a 10-row list over 13 connections.
        var s = try BrowserFixtures.seed(width: 80, height: 12)
        try s.send("3")
        let count = s.visibleRows.count
        #expect(count > s.listHeight)
        try s.send("<C-f>")
        #expect(s.list.selected == s.listHeight - 1)
        try s.send("<PageDown>")
        #expect(s.list.selected == count - 1)
        #expect(s.list.offset == count - s.listHeight)
        try s.send("<C-b>")
        #expect(s.list.selected == count - 1 - (s.listHeight - 1))
        #expect(s.list.selected >= s.list.offset && s.list.selected < s.list.offset + s.listHeight)
        try s.send("<PageUp><PageUp>")
        #expect(s.list.selected == 0)
        #expect(s.list.offset == 0)
    }

    @Test func pagingALongListDrawsOnlyTheWindowAndShowsThePosition() throws {
        var s = try BrowserFixtures.state(yaml: Self.manyInvitations(300), width: 80, height: 24)
        try s.send("<C-f><C-f>")
        #expect(s.list.selected == 2 * (s.listHeight - 1))
        let lines = s.screenText.split(separator: "\n")
        // The position is in the status line, not drawn over a row.
        #expect(lines.last?.hasSuffix(" \(s.list.selected + 1)/300 ") == true)
        #expect(lines.dropLast().allSatisfy { !$0.contains("/300") })
        #expect(s.screenText.contains(s.selectedName ?? "?"))
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func enterOpensAndEscGoesBack(width: Int, height: Int) throws {
        var s = try BrowserFixtures.seed(width: width, height: height)
        try s.send("j")
        let selected = s.selectedName
        try s.send("<Enter>")
        #expect(s.mode == .detail)
        #expect(s.selectedName == selected)
        // In the detail, j scrolls the text instead of moving the cursor.
        try s.send("jj")
        #expect(s.detailScroll == 2)
        #expect(s.selectedName == selected)
        try s.send("<Esc>")
        #expect(s.mode == .list)
        #expect(s.selectedName == selected)
        try s.send("<Right>h")
        #expect(s.mode == .list)
        _ = s.update(.command(.open))
        #expect(s.mode == .detail)
        _ = s.update(.command(.back))
        #expect(s.mode == .list)
    }

    @Test func narrowDetailFillsTheScreenAndWideKeepsTheList() throws {
        var narrow = try BrowserFixtures.seed(width: 80, height: 24)
        try narrow.send("<Enter>")
        let selected = try #require(narrow.selectedName)
        let others = narrow.listedNames.filter { $0 != selected }
        #expect(!others.contains { narrow.screenText.contains($0) })

        var wide = try BrowserFixtures.seed(width: 120, height: 40)
        try wide.send("<Enter>")
        #expect(wide.listedNames.allSatisfy { wide.screenText.contains($0.prefix(10)) })
        #expect(wide.screenText.contains("│"))
    }

    @Test func openingAThreadMarksItRead() throws {
        var s = try BrowserFixtures.seed()
        try s.send("2")
        let person = try #require(s.selectedPerson)
        #expect(!s.readThreads.contains(person))
        try s.send("<Enter>")
        #expect(s.readThreads.contains(person))
    }

    @Test func openingAnEmptyListSaysSo() throws {
        var s = try BrowserFixtures.state(yaml: BrowserFixtures.small)
        try s.send("aaa")
        #expect(s.visibleRows.isEmpty)
        try s.send("<Enter>")
        #expect(s.mode == .list)
        #expect(s.status?.text == "Nothing to open here")
        #expect(s.screenText.contains("No pending invitations."))
    }

    @Test func detailScrollStopsAtTopAndGoesToBottom() throws {
        var s = try BrowserFixtures.seed(width: 80, height: 24)
        try s.send("2<Enter>kk")
        #expect(s.detailScroll == 0)
        try s.send("G")
        #expect(s.detailScroll > 0)
        try s.send("g")
        #expect(s.detailScroll == 0)
    }

    @Test func unboundKeysSayHowToGetHelp() throws {
        var s = try BrowserFixtures.seed()
        let before = s.list
        let effects = try s.send("z")
        #expect(effects.isEmpty)
        #expect(s.list == before)
        #expect(s.status?.text == "z is not bound; press ? for help")
    }

    /// An inbox of `n` pending invitations, for paging and large lists.
    static func manyInvitations(_ n: Int) -> String {
        var people = ""
        var events = ""
        for i in 0..<n {
            people += "  - {id: p\(i), name: Person Number \(i), headline: \"Engineer\", connections: 100, joined: 2015-01-01, mutual: 3}\n"
            let minute = i % 60, hour = (i / 60) % 24, day = 1 + i / 1440
            events += "  - {type: invite, at: 2026-03-\(String(format: "%02d", day))T\(String(format: "%02d:%02d", hour, minute)):00Z, from: p\(i), to: me, note: \"Hello number \(i)\"}\n"
        }
        return """
        version: 1
        owner: {id: me, name: Robin Okafor}
        now: 2026-03-20T09:00:00Z
        people:
        \(people)events:
        \(events)
        """
    }
}

/// `q` leaves whatever is open, and quits only from a list.
@Suite struct QuitTests {
    @Test func qQuitsFromTheList() throws {
        var s = try BrowserFixtures.seed()
        #expect(try s.send("q") == [.quit])
        #expect(s.update(.command(.quit)) == [.quit])
    }

    @Test(arguments: ["<Enter>", "?", "2<Enter>"])
    func qFromASubViewGoesBack(opening: String) throws {
        var s = try BrowserFixtures.seed()
        try s.send(opening)
        #expect(s.mode != .list)
        #expect(try s.send("q").isEmpty)
        #expect(s.mode == .list)
    }

    @Test func qInTheSearchPromptIsText() throws {
        var s = try BrowserFixtures.seed()
        try s.send("/q")
        #expect(s.mode == .search)
        #expect(s.search.query == "q")
    }

    @Test func quitCommandFromSearchCancelsIt() throws {
        var s = try BrowserFixtures.seed()
        try s.send("/ra")
        #expect(s.update(.command(.quit)).isEmpty)
        #expect(s.mode == .list)
        #expect(s.search.query.isEmpty)
    }

    @Test func qAnswersNoToAQuestion() throws {
        var s = try BrowserFixtures.seed()
        try s.send("A")
        guard case .confirm = s.mode else {
            Issue.record("A did not ask")
            return
        }
        #expect(try s.send("q").isEmpty)
        #expect(s.mode == .list)
        #expect(s.status?.text == "Nothing changed")
    }
}
