import ScreenKit
import Shared

/// Lines of styled text laid out for a pane of a given width, drawn with a
/// scroll offset. Detail panes build one and let it handle wrapping.
struct TextBlock {
    private(set) var lines: [[Span]] = []
    let width: Int

    init(width: Int) { self.width = max(1, width) }

    mutating func line(_ spans: [Span]) { lines.append(spans) }
    mutating func line(_ text: String, style: Style = .plain) { lines.append([Span(text, style: style)]) }
    mutating func blank() { lines.append([]) }

    /// Untrusted text, sanitised and soft-wrapped at word boundaries, with
    /// `prefix` on the first line and the same width of spaces on the rest.
    mutating func wrapped(_ text: String, style: Style = .plain, prefix: [Span] = [], indent: Int? = nil) {
        let prefixWidth = prefix.reduce(0) { $0 + $1.text.displayWidth }
        let pad = indent ?? prefixWidth
        let room = max(8, width - max(prefixWidth, pad))
        let safe = TerminalText.sanitize(text, .multiLine)
        let parts = safe.isEmpty ? [""] : safe.wrapped(toWidth: room)
        for (i, part) in parts.enumerated() {
            let lead = i == 0 ? prefix : [Span(String(repeating: " ", count: pad))]
            lines.append(lead + [Span(part, style: style)])
        }
    }

    /// A heading rule: `── Title ─────`.
    mutating func rule(_ title: String) {
        let head = "── " + title + " "
        let rest = max(0, width - head.displayWidth)
        lines.append([Span(head, style: Theme.heading), Span(String(repeating: "─", count: rest), style: Theme.border)])
    }

    /// Draws lines from `scroll` into `area`; returns the scroll actually
    /// used (clamped so the last line can reach the bottom, no further).
    @discardableResult
    func draw(into screen: inout Screen, in area: Rect, scroll: Int) -> Int {
        let maxScroll = max(0, lines.count - area.height)
        let s = max(0, min(scroll, maxScroll))
        for (i, spans) in lines.dropFirst(s).prefix(area.height).enumerated() {
            screen.put(spans, x: area.x, y: area.y + i, maxWidth: area.width)
        }
        if maxScroll > 0 && area.width > 10 {
            let mark = s >= maxScroll ? " end " : " \(s * 100 / maxScroll)% "
            screen.put(mark, x: area.maxX - mark.count, y: area.maxY - 1, style: Theme.dim)
        }
        return s
    }
}
