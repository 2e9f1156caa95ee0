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
        // The keys scroll the detail after Enter (mode .detail), else move the list.
        let detailFocused = state.mode == .detail
        if layout.isWide {
            drawList(state, focused: !detailFocused, into: &screen)
            drawDetail(state, focused: detailFocused, into: &screen)
        } else if detailFocused {
            drawDetail(state, focused: true, into: &screen)
        } else {
            drawList(state, focused: true, into: &screen)
        }
    }

    static func drawList(_ state: AppState, focused: Bool, into screen: inout Screen) {
        let layout = state.layout
        ListView.draw(state, into: &screen, in: layout.listPane)
        // Where the cursor is in a list longer than the pane (neomutt's "3/300").
        let count = state.visibleRows.count
        let mark = count > layout.listHeight ? "\(min(count, state.list.selected + 1))/\(count)" : nil
        PaneFrame.draw(layout.listBox, title: ListView.title(state), focused: focused, mark: mark, note: ListView.hint(state), into: &screen)
    }

    static func drawDetail(_ state: AppState, focused: Bool, into screen: inout Screen) {
        let layout = state.layout
        let marks = DetailView.draw(state, into: &screen, in: layout.detailPane, side: layout.sidePane)
        let titles = DetailView.titles(state.view)
        PaneFrame.draw(layout.detailBox, title: titles.main, focused: focused, mark: marks.main, into: &screen)
        if let side = layout.sideBox {
            PaneFrame.draw(side, title: titles.side, focused: focused, mark: marks.side, into: &screen)
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
