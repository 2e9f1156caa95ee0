import InboxModel
import ScreenKit

/// Row 0: the owner, a tab per view with its count, and the simulated clock.
enum HeaderView {
    /// Below this width the tabs read `1 Inv 6 · 2 Msg 9/3 · 3 Net 13`.
    static let compactWidth = 70

    static func draw(_ state: AppState, into screen: inout Screen, row: Int) {
        screen.fill(Rect(x: 0, y: row, width: screen.width, height: 1), style: Theme.header)
        let compact = screen.width < compactWidth
        let tabs = InboxView.allCases.map { compact ? " \($0.rawValue) \(shortTitle($0)) \(shortCount($0, state)) " : " \($0.rawValue) \($0.title) \(count($0, state)) " }
        let separator = compact ? "·" : ""
        let clock = " " + RelativeTime.stamp(state.inbox.now) + " "
        // The clock says what "3d" in the lists is relative to; it matters
        // more than the program's own name, which goes first when short of room.
        let brand = " thirsty "
        let tabsWidth = tabs.reduce(0) { $0 + $1.displayWidth } + separator.displayWidth * (tabs.count - 1)
        var x = brand.displayWidth + tabsWidth + 1 + clock.displayWidth <= screen.width
            ? screen.put(brand, x: 0, y: row, style: Theme.header)
            : 0
        for (i, (view, label)) in zip(InboxView.allCases, tabs).enumerated() {
            if i > 0 { x += screen.put(separator, x: x, y: row, style: Theme.header) }
            let style = view == state.view ? Theme.tabActive : Theme.tab
            x += screen.put(label, x: x, y: row, style: style)
        }
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

    static func count(_ view: InboxView, _ state: AppState) -> String {
        switch view {
        case .invitations: return "(\(state.rows.invitations.count))"
        case .messages: return "(\(state.rows.threads.count), \(state.analysis.flaggedCount) flagged)"
        case .network: return "(\(state.rows.network.count))"
        }
    }

    static func shortTitle(_ view: InboxView) -> String {
        switch view {
        case .invitations: return "Inv"
        case .messages: return "Msg"
        case .network: return "Net"
        }
    }

    /// Threads/flagged on the Messages tab.
    static func shortCount(_ view: InboxView, _ state: AppState) -> String {
        switch view {
        case .invitations: return "\(state.rows.invitations.count)"
        case .messages: return "\(state.rows.threads.count)/\(state.analysis.flaggedCount)"
        case .network: return "\(state.rows.network.count)"
        }
    }
}
