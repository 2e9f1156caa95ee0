import ScreenKit
import Testing
@testable import InboxUI

/// One layout answers where things are for drawing, for the reducer and
/// for the mouse, so they cannot disagree.
@Suite struct LayoutTests {
    @Test(arguments: [(80, 24), (120, 40), (40, 10)])
    func aClickSelectsTheRowDrawnUnderIt(width: Int, height: Int) throws {
        var s = try BrowserFixtures.seed(width: width, height: height)
        try s.send("2")
        let layout = s.layout
        let pane = layout.listPane
        for y in pane.y..<min(pane.maxY, pane.y + s.visibleRows.count) {
            _ = s.update(.key(.mouse(MouseEvent(x: pane.x + 2, y: y, kind: .press))))
            let screen = InboxScreen.render(s)
            // The selected row is drawn reversed, exactly where the click was.
            #expect(screen[pane.x + 2, y].style.reverse, "\(width)x\(height) row at y=\(y)")
            #expect(s.list.selected == s.list.offset + (y - pane.y))
        }
        // Below the list and on the header nothing is hit.
        #expect(layout.listRow(atX: pane.x, y: 0, listShown: true) == nil)
        #expect(layout.listRow(atX: pane.x, y: height - 1, listShown: true) == nil)
    }

    @Test func theDetailPaneIsWhereTheDetailIsDrawn() throws {
        var s = try BrowserFixtures.seed(width: 120, height: 40)
        try s.send("2/dario<Enter>")
        let pane = s.layout.detailPane
        let screen = InboxScreen.render(s)
        let name = try #require(s.selectedName)
        let row = (pane.x..<pane.maxX).map { screen[$0, pane.y].grapheme }.joined()
        #expect(row.hasPrefix(name))
        #expect(s.layout.editorWidth == 120 - Layout.coachWidth - 3)
        #expect(Layout(width: 80, height: 24).editorWidth == 78)
    }
}
