/// Cursor and scroll position of a list pane. Only the visible window is
/// ever drawn, so moving costs the same at 30 rows or 30,000.
public struct ListState: Equatable, Sendable {
    public var selected: Int = 0
    /// First visible row.
    public var offset: Int = 0

    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// Moves the cursor by `delta` rows within `count`, scrolling so it stays
    /// within `visible` rows.
    public mutating func move(by delta: Int, count: Int, visible: Int) {
        guard count > 0 else {
            self = ListState()
            return
        }
        selected = max(0, min(count - 1, selected + delta))
        scrollToSelection(visible: visible)
    }

    public mutating func select(_ row: Int, count: Int, visible: Int) {
        move(by: row - selected, count: count, visible: visible)
    }

    /// Keeps selection and scroll valid after the row count or height changed.
    public mutating func clamp(count: Int, visible: Int) {
        move(by: 0, count: count, visible: visible)
    }

    public mutating func scrollToSelection(visible: Int) {
        let v = max(1, visible)
        if selected < offset { offset = selected }
        if selected >= offset + v { offset = selected - v + 1 }
        offset = max(0, offset)
    }
}
