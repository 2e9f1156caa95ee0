import ScreenKit
import Testing
@testable import InboxUI

/// Clicks on tabs and panes, double clicks and the wheel, as synthetic
/// mouse events through the reducer; every hit is the `Layout`'s answer.
@Suite struct MouseTests {
    static func click(_ s: inout AppState, _ x: Int, _ y: Int, _ kind: MouseEvent.Kind = .press) {
        _ = s.update(.key(.mouse(MouseEvent(x: x, y: y, kind: kind))))
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func clickingATabSwitchesToIt(width: Int, height: Int) throws {
        var s = try BrowserFixtures.seed(width: width, height: height)
        let spans = s.layout.tabSpans(s.tabLabels, clockWidth: s.clockLabel.displayWidth)
        // The spans are where the header draws each tab.
        let header = try #require(s.screenText.split(separator: "\n", omittingEmptySubsequences: false).first)
        for (view, span) in zip(InboxView.allCases, spans) {
            let drawn = String(Array(header)[span]).trimmingCharacters(in: .whitespaces)
            #expect(drawn.hasPrefix("\(view.rawValue) \(view.title)"), "\(drawn)")
        }
        Self.click(&s, spans[1].lowerBound + 2, 0)
        #expect(s.view == .messages)
        Self.click(&s, spans[2].upperBound - 2, 0)
        #expect(s.view == .network)
        Self.click(&s, spans[0].lowerBound + 1, 0)
        #expect(s.view == .invitations)
    }

    @Test func clickingTheDetailPaneGivesItTheKeys() throws {
        var s = try BrowserFixtures.seed(width: 120, height: 40)
        try s.send("2")
        #expect(s.mode == .list)
        let detail = s.layout.detailPane
        Self.click(&s, detail.x + 5, detail.y + 3)
        #expect(s.mode == .detail)
        try s.send("j")
        #expect(s.detailScroll == 1, "j now scrolls the thread")
        Self.click(&s, 5, 3)
        #expect(s.mode == .list)
    }

    @Test func doubleClickOpensTheRow() throws {
        var s = try BrowserFixtures.seed(width: 80, height: 24)
        try s.send("2")
        Self.click(&s, 10, 3)
        #expect(s.mode == .list)
        Self.click(&s, 10, 3, .doubleClick)
        #expect(s.mode == .detail)
        #expect(s.list.selected == 2)
    }

    @Test func theWheelScrollsThePaneUnderThePointerEvenWhenTheOtherHasTheKeys() throws {
        var s = try BrowserFixtures.seed(width: 120, height: 40)
        try s.send("2<Enter>")
        #expect(s.mode == .detail)
        let detail = s.layout.detailPane
        Self.click(&s, detail.x + 5, detail.y + 5, .wheelDown)
        #expect(s.detailScroll == 3)
        Self.click(&s, 5, 5, .wheelDown)
        #expect(s.list.selected == 3)
    }
}
