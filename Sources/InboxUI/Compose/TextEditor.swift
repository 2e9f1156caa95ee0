import ScreenKit

/// A small multi-line editor over graphemes: the cursor moves and deletes
/// by user-perceived character, so "👩‍💻", "日本" and a combining "ï" each
/// behave as one. Lines soft-wrap at word boundaries for display.
public struct TextEditor: Equatable, Sendable {
    public private(set) var characters: [Character]
    /// Index into `characters` (0...count).
    public private(set) var cursor: Int
    /// Column the cursor wants to keep when moving up and down.
    private var goalColumn: Int?

    public init(text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    public mutating func replaceAll(with text: String) {
        characters = Array(text)
        cursor = characters.count
        goalColumn = nil
    }

    /// Inserts typed or pasted text at the cursor. CRLF and CR become LF and
    /// tabs become spaces, so pasted text keeps its lines.
    public mutating func insert(_ text: String) {
        let cleaned = text.replacingCRLF()
        characters.insert(contentsOf: cleaned, at: cursor)
        cursor += cleaned.count
        goalColumn = nil
    }

    public mutating func backspace() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
        goalColumn = nil
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
        goalColumn = nil
    }

    /// Ctrl-W: deletes back to the start of the previous word.
    public mutating func deleteWordBackward() {
        var i = cursor
        while i > 0, characters[i - 1].isWhitespace { i -= 1 }
        while i > 0, !characters[i - 1].isWhitespace { i -= 1 }
        characters.removeSubrange(i..<cursor)
        cursor = i
        goalColumn = nil
    }

    public mutating func moveLeft() {
        cursor = max(0, cursor - 1)
        goalColumn = nil
    }

    public mutating func moveRight() {
        cursor = min(characters.count, cursor + 1)
        goalColumn = nil
    }

    /// Home/End: the start or end of the visual line the cursor is on.
    public mutating func moveToLineStart(width: Int) {
        let lines = layout(width: width)
        let (row, _) = position(in: lines)
        cursor = lines[row].start
        goalColumn = nil
    }

    public mutating func moveToLineEnd(width: Int) {
        let lines = layout(width: width)
        let (row, _) = position(in: lines)
        cursor = lines[row].end
        goalColumn = nil
    }

    /// Up/Down: the same column on the previous or next visual line.
    public mutating func moveVertically(by delta: Int, width: Int) {
        let lines = layout(width: width)
        let (row, column) = position(in: lines)
        let goal = goalColumn ?? column
        let target = row + delta
        guard target >= 0, target < lines.count else {
            cursor = delta < 0 ? 0 : characters.count
            return
        }
        let line = lines[target]
        var col = 0
        var i = line.start
        while i < line.end {
            let w = characters[i].displayWidth
            if col + w > goal { break }
            col += w
            i += 1
        }
        cursor = i
        goalColumn = goal
    }

    /// A visual line: characters `start..<end` (a trailing newline or the
    /// space it wrapped at is not part of it).
    public struct Line: Equatable, Sendable {
        public var start: Int
        public var end: Int
    }

    /// Soft-wraps the text at word boundaries to `width` columns; words
    /// longer than a line break by grapheme. Always at least one line.
    public func layout(width: Int) -> [Line] {
        let w = max(2, width)
        var lines: [Line] = []
        var start = 0
        var col = 0
        var lastBreak: Int?
        var i = 0
        while i < characters.count {
            let c = characters[i]
            if c == "\n" {
                lines.append(Line(start: start, end: i))
                start = i + 1
                col = 0
                lastBreak = nil
                i += 1
                continue
            }
            let cw = c.displayWidth
            if col + cw > w - 1 && i > start {
                if let b = lastBreak, b > start {
                    lines.append(Line(start: start, end: b))
                    start = b + 1
                    col = 0
                    for k in start..<i { col += characters[k].displayWidth }
                } else {
                    lines.append(Line(start: start, end: i))
                    start = i
                    col = 0
                }
                lastBreak = nil
            }
            if c == " " { lastBreak = i }
            col += cw
            i += 1
        }
        lines.append(Line(start: start, end: characters.count))
        return lines
    }

    /// The cursor's visual row and column in `lines`.
    public func position(in lines: [Line]) -> (row: Int, column: Int) {
        for (r, line) in lines.enumerated() {
            let isLast = r == lines.count - 1
            let nextStart = isLast ? Int.max : lines[r + 1].start
            if cursor >= line.start && (cursor <= line.end && (cursor < nextStart || isLast)) {
                var col = 0
                for k in line.start..<cursor { col += characters[k].displayWidth }
                return (r, col)
            }
        }
        let last = lines.count - 1
        var col = 0
        for k in lines[last].start..<min(cursor, lines[last].end) { col += characters[k].displayWidth }
        return (last, col)
    }

    public func string(of line: Line) -> String { String(characters[line.start..<line.end]) }
}

private extension String {
    func replacingCRLF() -> String {
        // "\r\n" is one Character in Swift, so each case is a whole grapheme.
        var out = ""
        out.reserveCapacity(utf8.count)
        for c in self {
            switch c {
            case "\r\n", "\r": out.append("\n")
            case "\t": out.append("    ")
            default: out.append(c)
            }
        }
        return out
    }
}
