import ScreenKit

/// Screen geometry, computed from the terminal size alone: the one answer
/// to "where does it go" for the views (drawing), the reducer (paging,
/// scrolling, the editor's wrap width) and the mouse (which row was hit).
public struct Layout: Equatable, Sendable {
    public static let wideWidth = 100
    public static let minWidth = 40
    public static let minHeight = 10
    /// Header line + status line.
    public static let chromeRows = 2
    /// The coach's column beside the editor on wide screens.
    public static let coachWidth = 44

    public let width: Int
    public let height: Int

    public init(width: Int, height: Int) {
        self.width = max(1, width)
        self.height = max(1, height)
    }

    /// Share of a wide screen given to the list pane.
    public static func listWidth(total: Int) -> Int { max(36, min(total * 2 / 5, 64)) }

    /// Whether list and detail sit side by side.
    public var isWide: Bool { width >= Self.wideWidth }
    public var isTooSmall: Bool { width < Self.minWidth || height < Self.minHeight }

    /// Between the header and the status line.
    public var body: Rect { Rect(x: 0, y: 1, width: width, height: max(0, height - Self.chromeRows)) }
    /// Rows of the list pane (screen height less header and status line).
    public var listHeight: Int { max(1, height - Self.chromeRows) }

    /// The list pane: the left of a wide screen (a blank column before the
    /// divider, so the age column doesn't touch it), else the whole body.
    public var listPane: Rect {
        isWide ? body.split(leftWidth: Self.listWidth(total: width)).left.inset(right: 1) : body
    }

    /// The detail pane: right of the divider, or the whole body with a margin.
    public var detailPane: Rect {
        isWide ? body.split(leftWidth: Self.listWidth(total: width)).right.inset(left: 2) : body.inset(left: 1, right: 1)
    }

    /// Column of the divider on a wide screen.
    public var dividerX: Int? { isWide ? body.split(leftWidth: Self.listWidth(total: width)).right.x : nil }

    /// Text width of the reply editor.
    public var editorWidth: Int { isWide ? width - Self.coachWidth - 3 : width - 2 }

    /// The list row under a click at `(x, y)`, counted from the first shown
    /// row, when the click is on the list (`listShown`: the list is on screen).
    public func listRow(atX x: Int, y: Int, listShown: Bool) -> Int? {
        guard isOverList(x: x, listShown: listShown), y >= body.y, y < body.maxY else { return nil }
        return y - body.y
    }

    /// Whether a point is over the list (for the wheel and for focus).
    public func isOverList(x: Int, listShown: Bool) -> Bool {
        listShown && x < (isWide ? Self.listWidth(total: width) : width)
    }

    /// The program's name at the left of the header, when there is room.
    public static let brand = " thirsty "

    /// Columns of the header's tabs: after the program's name when the
    /// name, the tabs and the clock all fit (the clock says what "3d" in
    /// the lists is relative to, so the name gives way first), else from
    /// the left edge.
    public func tabSpans(_ labels: [String], clockWidth: Int) -> [Range<Int>] {
        let widths = labels.map(\.displayWidth)
        let brandWidth = Self.brand.displayWidth
        var x = brandWidth + widths.reduce(0, +) + 1 + clockWidth <= width ? brandWidth : 0
        return widths.map { w in
            defer { x += w }
            // Tabs past a narrow screen's edge are empty: nothing to click.
            let start = min(x, width)
            return start..<max(start, min(width, x + w))
        }
    }

    /// The view whose tab is at column `x` of the header row.
    public func tab(atX x: Int, y: Int, labels: [String], clockWidth: Int) -> InboxView? {
        guard y == body.y - 1 else { return nil }
        for (i, span) in tabSpans(labels, clockWidth: clockWidth).enumerated() where span.contains(x) {
            return InboxView(rawValue: i + 1)
        }
        return nil
    }

    /// Whether a point is over the detail pane of a split screen.
    public func isOverDetail(x: Int, y: Int) -> Bool {
        guard let divider = dividerX else { return false }
        return x > divider && y >= body.y && y < body.maxY
    }

    /// The help overlay's box for `lines` lines of help.
    public func helpBox(lines: Int, textWidth: Int) -> Rect {
        let w = min(body.width - 2, max(50, textWidth + 4))
        return body.centered(width: w, height: min(body.height, lines + 2))
    }

    /// How far `lines` lines of help scroll in their box.
    public func helpMaxScroll(lines: Int) -> Int {
        let inner = min(body.height, lines + 2) - 2
        return max(0, lines - inner)
    }
}
