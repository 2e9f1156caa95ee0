import ScreenKit
import Shared

/// Lines of styled text laid out for a pane of a given width, drawn with a
/// scroll offset. Detail panes build one and let it handle wrapping.
/// Wrapped text is kept as a run of lines (shared with the wrap cache),
/// so building a block costs one step per piece of text, not per line,
/// and drawing touches only the lines on screen.
struct TextBlock {
    private enum Segment {
        case line([Span])
        /// Wrapped lines; the first gets `prefix`, the rest `pad` spaces.
        case wrapped([String], style: Style, prefix: [Span], pad: Int)

        var count: Int {
            switch self {
            case .line: return 1
            case .wrapped(let parts, _, _, _): return parts.count
            }
        }

        func line(_ i: Int) -> [Span] {
            switch self {
            case .line(let spans): return spans
            case .wrapped(let parts, let style, let prefix, let pad):
                let lead = i == 0 ? prefix : [Span(String(repeating: " ", count: pad))]
                return lead + [Span(parts[i], style: style)]
            }
        }
    }

    private var segments: [Segment] = []
    private(set) var lineCount = 0
    let width: Int
    /// Where long text is wrapped once and kept; nil wraps every time.
    let cache: WrapCache?

    init(width: Int, cache: WrapCache? = nil) {
        self.width = max(1, width)
        self.cache = cache
    }

    /// Every line, built: for small blocks (the coach, a demo's story).
    var lines: [[Span]] { (0..<lineCount).map(line) }

    mutating func line(_ spans: [Span]) { append(.line(spans)) }
    mutating func line(_ text: String, style: Style = .plain) { append(.line([Span(text, style: style)])) }
    mutating func blank() { append(.line([])) }

    private mutating func append(_ s: Segment) {
        segments.append(s)
        lineCount += s.count
    }

    /// Untrusted text, bounded, sanitised and soft-wrapped at word
    /// boundaries, with `prefix` on the first line and the same width of
    /// spaces on the rest. `event` (an event's sequence, and which form of
    /// its text this is) lets the cache keep it; then `text` is only
    /// evaluated when the cache does not have it.
    mutating func wrapped(_ text: @autoclosure () -> String, style: Style = .plain, prefix: [Span] = [], indent: Int? = nil,
                          event: WrapCache.Source? = nil) {
        let prefixWidth = prefix.reduce(0) { $0 + $1.text.displayWidth }
        let pad = indent ?? prefixWidth
        let room = max(8, width - max(prefixWidth, pad))
        let parts: [String]
        if let cache, let event {
            parts = cache.wrapped(text(), source: event, width: room)
        } else {
            parts = WrapCache.wrap(text(), width: room).0
        }
        append(.wrapped(parts, style: style, prefix: prefix, pad: pad))
    }

    /// A heading rule: `── Title ─────`.
    mutating func rule(_ title: String) {
        let head = "── " + title + " "
        let rest = max(0, width - head.displayWidth)
        append(.line([Span(head, style: Theme.heading), Span(String(repeating: "─", count: rest), style: Theme.border)]))
    }

    /// Line `i` of the block.
    func line(_ i: Int) -> [Span] {
        var rest = i
        for s in segments {
            if rest < s.count { return s.line(rest) }
            rest -= s.count
        }
        return []
    }

    /// Lines `range` of the block, walking the segments once.
    func lines(_ range: Range<Int>) -> [[Span]] {
        var out: [[Span]] = []
        var start = 0
        for s in segments {
            let end = start + s.count
            if end > range.lowerBound && start < range.upperBound {
                for i in max(start, range.lowerBound)..<min(end, range.upperBound) { out.append(s.line(i - start)) }
            }
            if end >= range.upperBound { break }
            start = end
        }
        return out
    }

    /// Draws lines from `scroll` into `area`; returns the scroll actually
    /// used (clamped so the last line can reach the bottom, no further).
    /// `mark`: the scroll position over the last line's end, for panes
    /// without a frame to put it in (`PaneFrame` takes it otherwise).
    @discardableResult
    func draw(into screen: inout Screen, in area: Rect, scroll: Int, mark: Bool = true) -> Int {
        let maxScroll = max(0, lineCount - area.height)
        let s = max(0, min(scroll, maxScroll))
        for (i, spans) in lines(s..<min(lineCount, s + max(0, area.height))).enumerated() {
            // A line wider than the pane (wrapped text never is) ends in "…", not mid-word.
            let wide = spans.reduce(0) { $0 + $1.text.displayWidth } > area.width
            let used = screen.put(spans, x: area.x, y: area.y + i, maxWidth: wide ? area.width - 1 : area.width)
            if wide, area.width > 1 { screen.put("…", x: area.x + used, y: area.y + i, style: Theme.dim) }
        }
        if mark, maxScroll > 0, area.width > 10 {
            let mark = s >= maxScroll ? " end " : " \(s * 100 / maxScroll)% "
            screen.put(mark, x: area.maxX - mark.count, y: area.maxY - 1, style: Theme.dim)
        }
        return s
    }
}
