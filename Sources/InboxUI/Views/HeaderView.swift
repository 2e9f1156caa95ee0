import InboxModel
import ScreenKit

/// Row 0: the owner, a tab per view with its count, and the simulated clock.
enum HeaderView {
    static func draw(_ state: AppState, into screen: inout Screen, row: Int) {
        screen.fill(Rect(x: 0, y: row, width: screen.width, height: 1), style: Theme.header)
        let tabs = state.tabLabels
        let clock = state.clockLabel
        // Placed by the layout, which the mouse asks which tab was clicked.
        let spans = state.layout.tabSpans(tabs, clockWidth: clock.displayWidth)
        if (spans.first?.lowerBound ?? 0) > 0 { screen.put(Layout.brand, x: 0, y: row, style: Theme.header) }
        var x = spans.first?.lowerBound ?? 0
        for (view, label) in zip(InboxView.allCases, tabs) {
            let style = view == state.view ? Theme.tabActive : Theme.tab
            x += screen.put(label, x: x, y: row, style: style)
        }
        x += LimitPromptView.drawTag(state, into: &screen, x: x, y: row, maxX: screen.width)
        let right = max(x + 1, screen.width - clock.displayWidth)
        if right + clock.displayWidth <= screen.width {
            screen.put(clock, x: right, y: row, style: Theme.header)
            let owner = state.inbox.owner.name
            let room = right - x - 2
            if room >= 8 {
                let text = owner.truncated(toWidth: room)
                screen.put(text, x: right - text.displayWidth - 1, y: row, style: Theme.header)
            }
        }
    }
}
