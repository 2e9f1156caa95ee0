import ScreenKit

/// Screen geometry, computed from the terminal size (and which view is
/// shown) alone: the one answer to "where does it go" for the views
/// (drawing), the reducer (paging, scrolling, the editor's wrap width) and
/// the mouse (which row was hit).
///
/// Every pane is a framed box; its content goes inside the frame. Wide
/// screens put the list and the detail side by side; from
/// `threeColumnWidth` on, the detail's second half (the policy panel, an
/// invitation's profile signals) gets a column of its own instead of
/// leaving a wide pane mostly empty.
public struct Layout: Equatable, Sendable {
    public static let wideWidth = 100
    public static let threeColumnWidth = 160
    public static let minWidth = 40
    public static let minHeight = 10
    /// Header line + status line.
    public static let chromeRows = 2
    /// The coach's column beside the editor on wide screens.
    public static let coachWidth = 44

    /// How the list shares a wide screen with the detail: the details of
    /// Network and Invitations are a few short lines (a profile, a note, the
    /// signals), so their lists (headlines, notes) get the larger share.
    public enum Share: Equatable, Sendable {
        case standard, listFirst
    }

    public let width: Int
    public let height: Int
    public let share: Share

    public init(width: Int, height: Int, share: Share = .standard) {
        self.width = max(1, width)
        self.height = max(1, height)
        self.share = share
    }

    /// Width of the list's box on a wide screen: two fifths, but from 100
    /// to 120 columns up to 48, since at two fifths of 100 a row kept only
    /// a dozen characters of its preview beside the name and the FLAGGED
    /// column, while the detail's text reads fine at 55.
    public static func listWidth(total: Int, share: Share = .standard) -> Int {
        switch share {
        case .standard: return max(36, min(max(total * 2 / 5, min(total * 9 / 20, 48)), 64))
        case .listFirst: return max(36, min(total * 3 / 5, 96))
        }
    }

    public var listWidth: Int { Self.listWidth(total: width, share: share) }

    /// Whether list and detail sit side by side.
    public var isWide: Bool { width >= Self.wideWidth }
    /// Whether the detail's second half has a column of its own.
    public var isThreeColumn: Bool { width >= Self.threeColumnWidth }
    public var isTooSmall: Bool { width < Self.minWidth || height < Self.minHeight }

    /// Between the header and the status line.
    public var body: Rect { Rect(x: 0, y: 1, width: width, height: max(0, height - Self.chromeRows)) }

    /// Width of the third column's box.
    var sideWidth: Int { isThreeColumn ? max(50, (width - listWidth) * 2 / 5) : 0 }

    /// The list's framed box: the left of a wide screen, else the whole body.
    public var listBox: Rect { isWide ? Rect(x: body.x, y: body.y, width: listWidth, height: body.height) : body }

    /// The detail's framed box: beside the list, or the whole body.
    public var detailBox: Rect {
        guard isWide else { return body }
        return Rect(x: body.x + listWidth, y: body.y, width: width - listWidth - sideWidth, height: body.height)
    }

    /// The third column's framed box, on screens that have one.
    public var sideBox: Rect? {
        guard isThreeColumn else { return nil }
        return Rect(x: width - sideWidth, y: body.y, width: sideWidth, height: body.height)
    }

    /// Inside the list's frame: one row per list row, the cursor mark in
    /// the first column.
    public var listPane: Rect { listBox.inset(by: 1) }

    /// Inside a detail frame, with a blank column each side so text never
    /// touches the frame.
    public static func content(of box: Rect) -> Rect { box.inset(top: 1, left: 2, bottom: 1, right: 2) }

    public var detailPane: Rect { Self.content(of: detailBox) }
    public var sidePane: Rect? { sideBox.map(Self.content(of:)) }

    /// Rows of the list pane (inside its frame).
    public var listHeight: Int { max(1, listPane.height) }

    /// Text width of the reply editor.
    public var editorWidth: Int { isWide ? width - Self.coachWidth - 3 : width - 2 }

    /// The list row under a click at `(x, y)`, counted from the first shown
    /// row, when the click is on the list (`listShown`: the list is on screen).
    public func listRow(atX x: Int, y: Int, listShown: Bool) -> Int? {
        let pane = listPane
        guard isOverList(x: x, listShown: listShown), y >= pane.y, y < pane.maxY else { return nil }
        return y - pane.y
    }

    /// Whether a point is over the list's box (for the wheel and for focus).
    public func isOverList(x: Int, listShown: Bool) -> Bool {
        listShown && x < listBox.maxX
    }

    /// The program's name at the left of the header, when there is room.
    public static let brand = " thirsty "
    /// Below this width the tabs are compact and set apart by a dot.
    public static let compactTabsWidth = 70
    public var compactTabs: Bool { width < Self.compactTabsWidth }
    /// What stands between two tabs.
    public var tabSeparator: String { compactTabs ? "·" : "" }

    /// Columns of the header's tabs: after the program's name when the
    /// name, the tabs and the clock all fit (the clock says what "3d" in
    /// the lists is relative to, so the name gives way first), else from
    /// the left edge.
    public func tabSpans(_ labels: [String], clockWidth: Int) -> [Range<Int>] {
        let widths = labels.map(\.displayWidth)
        let gap = tabSeparator.displayWidth
        let brandWidth = Self.brand.displayWidth
        let tabsWidth = widths.reduce(0, +) + gap * max(0, widths.count - 1)
        var x = brandWidth + tabsWidth + 1 + clockWidth <= width ? brandWidth : 0
        return widths.map { w in
            defer { x += w + gap }
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

    /// Whether a point is over the detail (or, on three columns, the side
    /// column beside it) of a split screen.
    public func isOverDetail(x: Int, y: Int) -> Bool {
        guard isWide else { return false }
        return x >= detailBox.x && y >= body.y && y < body.maxY
    }

    /// The help overlay's box for `lines` lines of help.
    public func helpBox(lines: Int, textWidth: Int) -> Rect {
        // Up to the full width: a narrower box would leave the frames behind it showing at its sides.
        let w = min(body.width, max(50, textWidth + 4))
        return body.centered(width: w, height: min(body.height, lines + 2))
    }

    /// How far `lines` lines of help scroll in their box.
    public func helpMaxScroll(lines: Int) -> Int {
        let inner = min(body.height, lines + 2) - 2
        return max(0, lines - inner)
    }
}
