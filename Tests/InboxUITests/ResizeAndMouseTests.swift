import ScreenKit
import Testing
@testable import InboxUI

/// A resize keeps the selection; a click selects, the wheel scrolls.
@Suite struct ResizeAndMouseTests {
    @Test func resizeKeepsTheSelectionVisible() throws {
        var s = try BrowserFixtures.seed(width: 120, height: 40)
        try s.send("3jjjjjjjjjj")
        let selected = s.selectedName
        _ = s.update(.resize(width: 50, height: 12))
        #expect(!s.isWide)
        #expect(s.selectedName == selected)
        #expect(s.list.selected >= s.list.offset && s.list.selected < s.list.offset + s.listHeight)
        #expect(s.screenText.contains(try #require(selected)))
        _ = s.update(.resize(width: 120, height: 40))
        #expect(s.isWide)
        #expect(s.selectedName == selected)
    }

    @Test func resizeKeepsTheModeAndADetailSurvivesGoingNarrow() throws {
        var s = try BrowserFixtures.seed(width: 120, height: 40)
        try s.send("2<Enter>")
        _ = s.update(.resize(width: 80, height: 24))
        #expect(s.mode == .detail)
        #expect(s.screenText.contains(try #require(s.selectedName)))
    }

    @Test func tooSmallShowsANoticeAndRecovers() throws {
        var s = try BrowserFixtures.seed()
        _ = s.update(.resize(width: 30, height: 8))
        #expect(s.isTooSmall)
        #expect(s.screenText.contains("Terminal too small"))
        #expect(s.screenText.contains("30x8; need 40x10"))
        // Keys still work, so q still quits.
        #expect(try s.send("q") == [.quit])
        _ = s.update(.resize(width: 80, height: 24))
        #expect(!s.isTooSmall)
        #expect(s.screenText.contains("Invitations"))
    }

    @Test func degenerateSizesDoNotCrash() throws {
        var s = try BrowserFixtures.seed()
        for (w, h) in [(0, 0), (1, 1), (-5, 3), (40, 10), (2000, 3), (3, 500)] {
            _ = s.update(.resize(width: w, height: h))
            let screen = InboxScreen.render(s)
            #expect(screen.width == max(1, w) && screen.height == max(1, h))
        }
    }

    @Test func clickSelectsTheRowUnderThePointer() throws {
        var s = try BrowserFixtures.seed(width: 80, height: 24)
        // Row 0 is the header, row 1 the list's frame; list row i is on screen row i + 2.
        _ = s.update(.key(.mouse(MouseEvent(x: 10, y: 5, kind: .press))))
        #expect(s.list.selected == 3)
        #expect(s.mode == .list)
        // The header, the status line and empty rows below the list do nothing.
        _ = s.update(.key(.mouse(MouseEvent(x: 10, y: 0, kind: .press))))
        _ = s.update(.key(.mouse(MouseEvent(x: 10, y: 23, kind: .press))))
        _ = s.update(.key(.mouse(MouseEvent(x: 10, y: 20, kind: .press))))
        #expect(s.list.selected == 3)
    }

    @Test func clickOnAScrolledListCountsFromTheFirstVisibleRow() throws {
        var s = try BrowserFixtures.state(yaml: NavigationTests.manyInvitations(100), width: 80, height: 24)
        try s.send("<C-f><C-f>")
        let offset = s.list.offset
        #expect(offset > 0)
        _ = s.update(.key(.mouse(MouseEvent(x: 5, y: 2, kind: .press))))
        #expect(s.list.selected == offset)
    }

    @Test func wheelScrollsTheListOrTheDetailUnderThePointer() throws {
        var s = try BrowserFixtures.seed(width: 120, height: 40)
        try s.send("3")
        _ = s.update(.key(.mouse(MouseEvent(x: 5, y: 5, kind: .wheelDown))))
        #expect(s.list.selected == 3)
        _ = s.update(.key(.mouse(MouseEvent(x: 5, y: 5, kind: .wheelUp))))
        #expect(s.list.selected == 0)
        // 2 from a connection opens that person's thread.
        try s.send("2")
        let selected = s.list.selected
        _ = s.update(.key(.mouse(MouseEvent(x: 100, y: 5, kind: .wheelDown))))
        #expect(s.list.selected == selected)
        #expect(s.detailScroll == 3)
    }

    @Test func clickingTheListOfASplitScreenGivesItTheKeysBack() throws {
        var s = try BrowserFixtures.seed(width: 120, height: 40)
        try s.send("2<Enter>")
        #expect(s.mode == .detail)
        _ = s.update(.key(.mouse(MouseEvent(x: 5, y: 4, kind: .press))))
        #expect(s.mode == .list)
        #expect(s.list.selected == 2)
    }

    @Test func theMouseIsIgnoredInOverlays() throws {
        var s = try BrowserFixtures.seed()
        try s.send("?")
        _ = s.update(.key(.mouse(MouseEvent(x: 5, y: 3, kind: .press))))
        #expect(s.mode == .help)
        #expect(s.list.selected == 0)
    }
}
