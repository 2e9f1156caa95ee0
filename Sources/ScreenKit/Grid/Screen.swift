import Shared

/// An in-memory grid of cells that views draw into each frame.
///
/// Views render the whole frame immediate-mode; the terminal backend diffs
/// it against the previous frame and sends only changed cells. Tests read
/// `lines` or `text` and compare whole screens.
///
/// Everything written through `put` is sanitised first (see `TerminalText`),
/// so no control character or bidi override can reach the terminal whatever
/// a view forgets to clean.
public struct Screen: Hashable, Sendable {
    public let width: Int
    public let height: Int
    /// Row-major, `width * height` cells.
    public private(set) var cells: [Cell]
    /// Where the terminal's own cursor should stand (column, row), or nil to
    /// hide it. Set by views with an insertion point (compose), so the
    /// terminal shows a real cursor where typing goes: screen readers and
    /// input methods follow it.
    public var cursor: (x: Int, y: Int)? {
        get { cursorPosition.map { ($0 % max(1, width), $0 / max(1, width)) } }
        set {
            guard let newValue, newValue.x >= 0, newValue.x < width, newValue.y >= 0, newValue.y < height else {
                cursorPosition = nil
                return
            }
            cursorPosition = newValue.y * width + newValue.x
        }
    }
    /// The cursor as a cell index, so the screen stays Hashable.
    private var cursorPosition: Int?

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public init(size: Size) {
        self.init(width: size.width, height: size.height)
    }

    public var size: Size { Size(width: width, height: height) }
    public var bounds: Rect { Rect(size) }

    /// The cell at a column and row; a blank outside the grid.
    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, x < width, y >= 0, y < height else { return .blank }
        return cells[y * width + x]
    }

    /// Writes `text` on row `y` from column `x`, and returns the columns it
    /// took (so the next piece can go at `x + result`).
    ///
    /// Stops at the right edge or after `maxWidth` columns, whichever comes
    /// first. A wide grapheme is never split: if only its first column fits,
    /// that column is left blank (in `style`) and counted.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = maxWidth.map { min(width, x + max(0, $0)) } ?? width
        guard x < limit else { return 0 }
        var column = x
        for character in TerminalText.sanitize(text, .singleLine) {
            let w = character.displayWidth
            // A zero-width grapheme here is a stray mark with nothing to attach to.
            if w == 0 { continue }
            if column + w > limit {
                if column >= 0 && column < limit {
                    place(" ", width: 1, x: column, y: y, style: style)
                    column += 1
                }
                break
            }
            if column >= 0 {
                place(String(character), width: w, x: column, y: y, style: style)
            } else if column + w > 0 {
                // A wide grapheme straddling the left edge: show its visible half blank.
                place(" ", width: 1, x: 0, y: y, style: style)
            }
            column += w
        }
        return column - x
    }

    /// Writes styled pieces one after another; returns the columns taken.
    @discardableResult
    public mutating func put(_ spans: [Span], x: Int, y: Int, maxWidth: Int? = nil) -> Int {
        var used = 0
        for span in spans {
            let remaining = maxWidth.map { $0 - used }
            if let remaining, remaining <= 0 { break }
            used += put(span.text, x: x + used, y: y, style: span.style, maxWidth: remaining)
        }
        return used
    }

    /// Blanks every cell in `rect` (clipped to the screen) with `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        fill(rect, with: " ", style: style)
    }

    /// Fills `rect` with a narrow grapheme such as `·` or `─`. A wide or
    /// zero-width `character` fills with spaces instead.
    public mutating func fill(_ rect: Rect, with character: Character, style: Style = .plain) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let grapheme = character.displayWidth == 1 ? TerminalText.sanitize(String(character)) : " "
        for row in area.y..<area.maxY {
            breakWidePairs(x: area.x, width: area.width, y: row)
            for column in area.x..<area.maxX {
                cells[row * width + column] = Cell(grapheme, style: style)
            }
        }
    }

    /// Changes the style of every cell in `rect`, keeping its text; for
    /// highlighting a selected row after drawing it.
    public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX {
                cells[row * width + column].style = transform(cells[row * width + column].style)
            }
        }
    }

    /// Sets the style of every cell in `rect`, keeping its text.
    public mutating func setStyle(_ style: Style, in rect: Rect) {
        restyle(rect) { _ in style }
    }

    /// Every cell blank with the default style.
    public mutating func clear() {
        for index in cells.indices { cells[index] = .blank }
    }

    /// The rows as plain text. A wide grapheme is one string position but
    /// two columns, so each line's display width equals `width`.
    public var lines: [String] {
        (0..<height).map { row in
            var line = ""
            for cell in cells[row * width..<(row + 1) * width] where !cell.isContinuation {
                line += cell.grapheme
            }
            return line
        }
    }

    /// `lines` joined with newlines, for golden files.
    public var text: String { lines.joined(separator: "\n") }

    /// One grapheme at a column, keeping neighbouring wide pairs whole.
    private mutating func place(_ grapheme: String, width w: Int, x: Int, y: Int, style: Style) {
        guard x >= 0, x + w <= width else { return }
        breakWidePairs(x: x, width: w, y: y)
        let base = y * width + x
        cells[base] = Cell(grapheme, style: style)
        if w == 2 { cells[base + 1] = .continuation(style: style) }
    }

    /// Before columns `x..<x+width` are overwritten: a wide grapheme that
    /// only partly overlaps them would be left half drawn, so blank its
    /// other half.
    private mutating func breakWidePairs(x: Int, width w: Int, y: Int) {
        let row = y * width
        if x > 0 && cells[row + x].isContinuation {
            cells[row + x - 1] = .blank(cells[row + x - 1].style)
        }
        let after = x + w
        if after < width && cells[row + after].isContinuation {
            cells[row + after] = .blank(cells[row + after].style)
        }
    }
}

/// A piece of text in one style, for rows that mix styles.
public struct Span: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }
}
