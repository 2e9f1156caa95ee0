/// Turns successive frames into the bytes a VT100/xterm-style terminal needs
/// to show them, without a terminal: for recordings (asciicast) and for
/// anything else that replays output elsewhere.
///
/// The first frame (and any frame of a new size) clears the screen and draws
/// every row; later frames send only the runs that changed. Cell text is
/// already sanitised by `Screen.put`, so no control character from untrusted
/// input can be in what this emits except the escapes it writes itself.
public struct ANSIRenderer: Sendable {
    private var previous: Screen?

    public init() {}

    /// What to write to go from the previous frame to `screen`.
    public mutating func render(_ screen: Screen) -> String {
        var out = ""
        let changes: [ScreenChange]
        if let previous, previous.size == screen.size {
            changes = screen.diff(from: previous)
        } else {
            // Hide the cursor: recordings show the frame, not a cursor parked on it.
            out += "\u{1B}[?25l\u{1B}[0m\u{1B}[H\u{1B}[2J"
            changes = screen.fullRedraw
        }
        var current = Style.plain
        var styled = false
        for change in changes {
            out += Self.moveTo(x: change.x, y: change.y)
            var column = change.x
            for cell in change.cells where !cell.isContinuation {
                if cell.style != current || !styled {
                    out += Self.sgr(cell.style)
                    current = cell.style
                    styled = true
                }
                out += cell.grapheme
                column += max(1, cell.width)
                // Terminals may disagree with our width tables about emoji
                // and clusters; an absolute move keeps the next cell in its column.
                if cell.width != 1 || cell.grapheme.unicodeScalars.count > 1, column < screen.width {
                    out += Self.moveTo(x: column, y: change.y)
                }
            }
        }
        if styled { out += "\u{1B}[0m" }
        previous = screen
        return out
    }

    /// Puts the terminal back the way a shell expects it (cursor shown, plain style).
    public static let reset = "\u{1B}[0m\u{1B}[?25h"

    static func moveTo(x: Int, y: Int) -> String {
        "\u{1B}[\(y + 1);\(x + 1)H"
    }

    /// The full select-graphic-rendition sequence for `style`, starting from a reset.
    static func sgr(_ style: Style) -> String {
        var codes = ["0"]
        if style.bold { codes.append("1") }
        if style.dim { codes.append("2") }
        if style.italic { codes.append("3") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        if let fg = style.fg.paletteIndex { codes.append(colour(fg, base: 30, bright: 90, extended: 38)) }
        if let bg = style.bg.paletteIndex { codes.append(colour(bg, base: 40, bright: 100, extended: 48)) }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    private static func colour(_ index: Int, base: Int, bright: Int, extended: Int) -> String {
        if index < 8 { return String(base + index) }
        if index < 16 { return String(bright + index - 8) }
        return "\(extended);5;\(index)"
    }
}
