import ScreenKit

/// The frame around a pane, lazygit's way: a title set into the top edge,
/// the position or scroll set into the bottom edge (never over a line of
/// content), and the focused pane drawn heavy and in its own colour, so
/// focus shows at every width and without colour.
enum PaneFrame {
    /// `mark` goes at the right of the bottom edge, `note` (a hint) at its left when there is room for both.
    static func draw(_ box: Rect, title: String, focused: Bool, mark: String? = nil, note: String? = nil, into screen: inout Screen) {
        guard box.width >= 2, box.height >= 2 else { return }
        let style = focused ? Theme.borderFocus : Theme.border
        screen.box(box, style: style, border: focused ? .heavy : .single, title: title,
                   titleStyle: focused ? Theme.borderFocus.merged(with: .bold) : Theme.heading)
        var markWidth = 0
        if let mark, !mark.isEmpty {
            let text = " " + mark + " "
            // Room left for the corners and the title's share of the edge.
            if text.displayWidth <= box.width - 4 {
                markWidth = screen.put(text, x: box.maxX - 2 - text.displayWidth, y: box.maxY - 1, style: style)
            }
        }
        if let note, !note.isEmpty {
            let room = box.width - 4 - markWidth - 1
            let text = " " + note + " "
            if text.displayWidth <= room { screen.put(text, x: box.x + 2, y: box.maxY - 1, style: Theme.caption) }
        }
    }

    /// "42%" or "end" for a block scrolled `scroll` of `maxScroll` lines; nil when it all fits.
    static func scrollMark(scroll: Int, maxScroll: Int) -> String? {
        guard maxScroll > 0 else { return nil }
        return scroll >= maxScroll ? "end" : "\(scroll * 100 / maxScroll)%"
    }
}
