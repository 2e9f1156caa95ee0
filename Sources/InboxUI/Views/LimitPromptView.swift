import ScreenKit

/// The `l` prompt in the status line, and the active limit's tag in the tab bar.
enum LimitPromptView {
    static func draw(_ state: AppState, into screen: inout Screen, line: Rect) {
        screen.fill(line, style: Theme.status)
        let prompt = state.limitPrompt ?? LimitPrompt()
        let x = screen.put("limit: " + DisplayText.line(prompt.text), x: 0, y: line.y, style: Theme.status)
        screen.put(" ", x: x, y: line.y, style: Theme.selected.merged(with: .bold))
        if let error = prompt.error {
            screen.put("  " + error.description, x: x + 1, y: line.y, style: Theme.statusError)
        } else if prompt.text.isEmpty {
            screen.put("  flagged unread stage:pitch score>10 from:NAME before:/after:DATE and or not ( )", x: x + 1, y: line.y, style: Theme.status)
        }
    }

    /// " limit: QUERY (n) " after the tabs while a limit is set, before the
    /// owner's name and the clock (which give way to it); returns the width drawn.
    static func drawTag(_ state: AppState, into screen: inout Screen, x: Int, y: Int, maxX: Int) -> Int {
        guard let limit = state.limit, maxX - x > 12 else { return 0 }
        let tag = " limit: " + DisplayText.line(limit.text) + " (\(state.visibleRows.count)) "
        return screen.put(tag.truncated(toWidth: maxX - x), x: x, y: y, style: Theme.caption.merged(with: .reverse))
    }
}
