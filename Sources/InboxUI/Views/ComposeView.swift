import InboxModel
import ScreenKit

/// Compose: the thread's timeline on top, the editor under it, and the
/// coach beside it on wide screens (above the editor on narrow ones).
enum ComposeView {
    static let editorRows = 7
    static var coachWidth: Int { Layout.coachWidth }

    /// Where what goes on an editing screen (compose, and practice): the
    /// part above the editor, the editor, and the coach, beside them on wide
    /// screens behind a drawn divider, else between them.
    static func regions(of area: Rect, wide: Bool, into screen: inout Screen) -> (top: Rect, editor: Rect, coach: Rect) {
        var main = area
        var coachArea = Rect.zero
        if wide {
            let split = area.split(rightWidth: coachWidth + 1)
            main = split.left
            // A blank column each side: the coach's text never touches the divider or the edge.
            coachArea = split.right.inset(left: 2, right: 1)
            for y in split.right.y..<split.right.maxY { screen.put("│", x: split.right.x, y: y, style: Theme.border) }
        }
        let editorHeight = min(editorRows, max(3, main.height / 2))
        var (top, editorBox) = main.split(bottomHeight: editorHeight + 1)
        if !wide {
            let coachHeight = min(CoachPanel.compactHeight, max(0, top.height - 3))
            let split = top.split(bottomHeight: coachHeight)
            top = split.top
            coachArea = split.bottom
        }
        return (top, editorBox, coachArea)
    }

    static func draw(_ state: AppState, into screen: inout Screen, in area: Rect) {
        guard let compose = state.compose else { return }
        let wide = state.layout.isWide
        let (top, editorBox, coachArea) = regions(of: area, wide: wide, into: &screen)
        let person = state.inbox.person(compose.person)
        var timeline = TextBlock(width: top.width - 1, cache: state.session.wraps)
        DetailView.title(person, into: &timeline)
        timeline.blank()
        Timeline.add(state, person: compose.person, verdict: state.analysis.thread(with: compose.person), into: &timeline)
        // Show the end of the timeline: the message being answered.
        timeline.draw(into: &screen, in: top.inset(left: 1), scroll: Int.max / 2)
        drawEditor(compose, person: person, into: &screen, in: editorBox)
        CoachPanel.draw(state, into: &screen, in: coachArea, compact: !wide)
    }

    static func drawEditor(_ compose: ComposeState, person: Person, into screen: inout Screen, in box: Rect) {
        guard box.height >= 2 else { return }
        let title = "── To \(person.name) "
        screen.put(title, x: box.x, y: box.y, style: Theme.heading, maxWidth: box.width)
        let rest = box.width - title.displayWidth
        if rest > 0 { screen.put(String(repeating: "─", count: rest), x: box.x + title.displayWidth, y: box.y, style: Theme.border) }
        let area = Rect(x: box.x + 1, y: box.y + 1, width: box.width - 2, height: box.height - 1)
        let lines = compose.editor.layout(width: area.width)
        let (row, column) = compose.editor.position(in: lines)
        let first = max(0, row - area.height + 1)
        if compose.editor.isEmpty {
            screen.put("Write your message… (Enter: new line)", x: area.x, y: area.y, style: Theme.dim, maxWidth: area.width)
        }
        for (i, line) in lines.dropFirst(first).prefix(area.height).enumerated() {
            screen.put(compose.editor.string(of: line), x: area.x, y: area.y + i, maxWidth: area.width)
        }
        // The cursor is drawn as a reversed cell so it shows in tests and in
        // terminals that hide the real one; the real one stands on it too.
        let cy = area.y + row - first
        let cx = area.x + min(column, max(0, area.width - 1))
        if cy >= area.y, cy < area.maxY, cx < screen.width {
            screen.cursor = (cx, cy)
            let cell = screen[cx, cy]
            let glyph = cell.isContinuation || cell.grapheme.isEmpty ? " " : cell.grapheme
            screen.put(glyph, x: cx, y: cy, style: cell.style.merged(with: Theme.selected))
        }
    }
}
