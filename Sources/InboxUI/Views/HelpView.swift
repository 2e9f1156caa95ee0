import ScreenKit

/// What the `?` overlay lists: every binding of the browser's contexts,
/// generated from the key table so it can never disagree with the keys.
enum HelpContent {
    static func lines(_ keys: KeyTable) -> [(String, String)] {
        var lines = keys.helpLines([.list, .detail, .search, .limit, .compose])
        lines.append(("", ""))
        lines.append(("", "Mouse: click selects a row, a tab or a pane; double click opens; the wheel scrolls."))
        lines.append(("", ""))
        lines += legend
        return lines
    }

    /// What every marker on the screen means.
    static let legend: [(String, String)] = [
        ("", "Markers"),
        ("▸ ●", "the cursor's row · unread: their last message waits for you"),
        ("FLAGGED fine", "the verdict on a thread: thirsty, or not (with your reply in it, once you sent one)"),
        ("[PITCH]", "the stage a message reached: flattery, meeting, nudge, pitch"),
        ("ACCEPT IGNORE", "the policy's advice on an invitation"),
        ("✓ ✗", "a rule or profile signal kept or broken"),
        ("heavy frame", "the pane the keys act on"),
    ]

    /// The demo's overlay: playing, and writing a reply after `r`.
    static func demoLines(_ keys: KeyTable) -> [(String, String)] {
        var lines = keys.helpLines([.demo])
        lines.append(("", ""))
        lines += keys.helpLines([.compose], brief: true)
        lines.append(("", "Esc: back to the demo, paused where you left it."))
        return lines
    }
}

/// The `?` overlay.
enum HelpView {
    static func draw(_ state: AppState, into screen: inout Screen, in body: Rect) {
        drawOverlay(HelpContent.lines(state.keys), scroll: state.helpScroll, layout: state.layout, into: &screen)
    }

    /// A framed box of key lines (a line with no key is a heading), centred
    /// over what is behind it and scrolled by `scroll`; the browser's, the
    /// practice screen's and any other help draw through it.
    static func drawOverlay(_ lines: [(String, String)], scroll wanted: Int, layout: Layout, into screen: inout Screen) {
        let keyWidth = min(22, lines.map { $0.0.displayWidth }.max() ?? 10)
        // Wide enough for the longest line, so no summary is cut short.
        let textWidth = lines.map { $0.0.isEmpty ? $0.1.displayWidth : keyWidth + 2 + $0.1.displayWidth }.max() ?? 0
        let box = layout.helpBox(lines: lines.count, textWidth: textWidth)
        screen.fill(box)
        // A full frame: with only top and bottom rules the list behind
        // showed through on both sides and ran into the key names.
        screen.box(box, style: Theme.border)
        let title = " Keys — press ? or q to close "
        screen.put(title, x: box.x + max(0, (box.width - title.displayWidth) / 2), y: box.y, style: Theme.heading)
        let inner = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
        let maxScroll = max(0, lines.count - inner.height)
        let scroll = min(wanted, maxScroll)
        drawEntries(lines.dropFirst(scroll).prefix(inner.height), keyWidth: keyWidth, in: inner, into: &screen)
        if maxScroll > 0 {
            let mark = scroll >= maxScroll ? " end " : " more: j "
            screen.put(mark, x: box.maxX - 2 - mark.displayWidth, y: box.maxY - 1, style: Theme.dim)
        }
    }

    /// Key lines from the top of `inner`: a key and its summary, or a
    /// heading where the key is empty.
    static func drawEntries(_ lines: ArraySlice<(String, String)>, keyWidth: Int, in inner: Rect, into screen: inout Screen) {
        for (i, entry) in lines.enumerated() {
            let y = inner.y + i
            if entry.0.isEmpty {
                screen.put(entry.1, x: inner.x, y: y, style: Theme.name, maxWidth: inner.width)
            } else {
                screen.put(entry.0.fitted(toWidth: keyWidth), x: inner.x, y: y, style: Theme.key)
                screen.put(entry.1, x: inner.x + keyWidth + 2, y: y, maxWidth: inner.width - keyWidth - 2)
            }
        }
    }
}
