import InboxModel
import ScreenKit

/// Renders the whole browser into a screen: header, list and detail panes,
/// status line, and any overlay. Immediate mode: a fresh grid every frame,
/// which the backend diffs against the last one.
public enum InboxScreen {
    public static func render(_ state: AppState) -> Screen {
        var screen = Screen(width: max(1, state.width), height: max(1, state.height))
        if state.isTooSmall {
            TooSmallView.draw(into: &screen, minWidth: Layout.minWidth, minHeight: Layout.minHeight)
            return screen
        }
        if state.practice != nil {
            PracticeView.draw(state, into: &screen)
            return screen
        }
        if state.demo != nil && state.mode != .compose && state.mode != .confirm(.sendFlagged) {
            DemoView.draw(state, into: &screen)
            return screen
        }
        HeaderView.draw(state, into: &screen, row: 0)
        let body = state.layout.body
        drawBody(state, into: &screen, in: body)
        if state.search.isActive && state.mode != .compose { SearchHighlight.apply(state.search.query, to: &screen, in: body) }
        StatusBarView.draw(state, into: &screen, row: state.height - 1)
        if state.mode == .help { HelpView.draw(state, into: &screen, in: body) }
        return screen
    }

    static func drawBody(_ state: AppState, into screen: inout Screen, in body: Rect) {
        if state.mode == .compose || (state.mode == .confirm(.sendFlagged) && state.compose != nil) {
            ComposeView.draw(state, into: &screen, in: body)
            return
        }
        let layout = state.layout
        if let divider = layout.dividerX {
            ListView.draw(state, into: &screen, in: layout.listPane)
            for y in body.y..<body.maxY { screen.put("│", x: divider, y: y, style: Theme.border) }
            DetailView.draw(state, into: &screen, in: layout.detailPane)
        } else if state.mode == .detail {
            DetailView.draw(state, into: &screen, in: layout.detailPane)
        } else {
            ListView.draw(state, into: &screen, in: layout.listPane)
        }
    }
}

enum TooSmallView {
    static func draw(into screen: inout Screen, minWidth: Int, minHeight: Int) {
        let lines = ["Terminal too small", "\(screen.width)x\(screen.height); need \(minWidth)x\(minHeight)"]
        let top = max(0, screen.height / 2 - 1)
        for (i, line) in lines.enumerated() where top + i < screen.height {
            let w = line.displayWidth
            screen.put(line, x: max(0, (screen.width - w) / 2), y: top + i, style: i == 0 ? Theme.name : Theme.dim)
        }
    }
}
