import ScreenKit
import Shared

/// A small multi-line editor over graphemes: the cursor moves and deletes
/// by user-perceived character, so "👩‍💻", "日本" and a combining "ï" each
/// behave as one. Lines soft-wrap at word boundaries for display.
public struct TextEditor: Equatable, Sendable {
    public private(set) var characters: [Character]
    /// Index into `characters` (0...count).
    public private(set) var cursor: Int
    /// Column the cursor wants to keep when moving up and down.
    private var goalColumn: Int?
    /// What C-k, C-w and C-u cut last, for C-y to put back (readline's kill ring, one deep).
    public private(set) var killed = ""

    public init(text: String = "") {
        characters = Array(Self.clean(text))
        cursor = characters.count
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }
    public var count: Int { characters.count }

    public mutating func replaceAll(with text: String) {
        characters = Array(Self.clean(text))
        cursor = characters.count
        goalColumn = nil
    }

    /// Inserts typed or pasted text at the cursor. CRLF and CR become LF,
    /// tabs become spaces, and control characters are dropped, so pasted
    /// text keeps its lines and nothing typed can act on the terminal.
    public mutating func insert(_ text: String) {
        let cleaned = Self.clean(text)
        guard !cleaned.isEmpty else { return }
        let start = cursor
        characters.insert(contentsOf: cleaned, at: cursor)
        cursor += cleaned.count
        goalColumn = nil
        resegment(from: start, to: cursor)
    }

    public mutating func backspace() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
        goalColumn = nil
        resegment(from: cursor, to: cursor)
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
        goalColumn = nil
        resegment(from: cursor, to: cursor)
    }

    /// Ctrl-W: deletes back to the start of the previous word (and the
    /// spaces after it), as shells do.
    public mutating func deleteWordBackward() {
        kill(wordStart(before: cursor)..<cursor)
    }

    /// C-k: cuts from the cursor to the end of its line (the newline itself
    /// when the cursor is already there), as readline does.
    public mutating func killToLineEnd() {
        var end = cursor
        while end < characters.count, characters[end] != "\n" { end += 1 }
        if end == cursor, end < characters.count { end += 1 }
        kill(cursor..<end)
    }

    /// C-u: cuts the whole draft (C-y brings it back).
    public mutating func killAll() {
        kill(0..<characters.count)
    }

    /// C-y: puts back what was cut last.
    public mutating func yank() {
        insert(killed)
    }

    /// M-b: to the start of this or the previous word.
    public mutating func moveWordBackward() {
        cursor = wordStart(before: cursor)
        goalColumn = nil
    }

    /// M-f: to the end of this or the next word.
    public mutating func moveWordForward() {
        var i = cursor
        while i < characters.count, !isWordCharacter(characters[i]) { i += 1 }
        while i < characters.count, isWordCharacter(characters[i]) { i += 1 }
        cursor = i
        goalColumn = nil
    }

    private func wordStart(before index: Int) -> Int {
        var i = index
        while i > 0, !isWordCharacter(characters[i - 1]) { i -= 1 }
        while i > 0, isWordCharacter(characters[i - 1]) { i -= 1 }
        return i
    }

    private func isWordCharacter(_ c: Character) -> Bool { !c.isWhitespace && !c.isPunctuation }

    private mutating func kill(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        killed = String(characters[range])
        characters.removeSubrange(range)
        cursor = range.lowerBound
        goalColumn = nil
        resegment(from: cursor, to: cursor)
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

    /// Up/Down: the same column on the previous or next visual line; past
    /// the first or last line, the start or end of the text.
    public mutating func moveVertically(by delta: Int, width: Int) {
        let lines = layout(width: width)
        let (row, column) = position(in: lines)
        let goal = goalColumn ?? column
        let target = row + delta
        guard target >= 0, target < lines.count else {
            cursor = delta < 0 ? 0 : characters.count
            goalColumn = nil
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
        public init(start: Int, end: Int) {
            self.start = start
            self.end = end
        }
    }

    /// Soft-wraps the text at word boundaries to `width` columns; words
    /// longer than a line break by grapheme. The last column stays free for
    /// the cursor. Always at least one line.
    public func layout(width: Int) -> [Line] {
        let room = max(2, width) - 1
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
            if col + cw > room && i > start && c != " " {
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
            if c == " " {
                // A space past the edge is where the line breaks; it is
                // never drawn, so it doesn't push a word onto its own line.
                if col + cw > room && i > start {
                    lines.append(Line(start: start, end: i))
                    start = i + 1
                    col = 0
                    lastBreak = nil
                    i += 1
                    continue
                }
                lastBreak = i
            }
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
            if cursor >= line.start && cursor <= line.end && (cursor < nextStart || isLast) {
                return (r, width(from: line.start, to: cursor))
            }
        }
        let last = lines.count - 1
        return (last, width(from: lines[last].start, to: min(cursor, lines[last].end)))
    }

    public func string(of line: Line) -> String { String(characters[line.start..<line.end]) }

    private func width(from a: Int, to b: Int) -> Int {
        var w = 0
        var k = a
        while k < b {
            w += characters[k].displayWidth
            k += 1
        }
        return w
    }

    /// Joins the edited range with one grapheme either side and splits it
    /// again, so a combining mark typed after "i", a zero-width joiner
    /// between two emoji, or a flag's second half merge as a string would.
    private mutating func resegment(from lo: Int, to hi: Int) {
        let a = max(0, lo - 1), b = min(characters.count, hi + 1)
        guard b - a >= 2 else { return }
        let window = characters[a..<b]
        let merged = Array(String(window))
        guard merged.count != window.count || !merged.elementsEqual(window) else { return }
        // Keep the cursor after the same scalars, or after the grapheme
        // that now spans its old place.
        let scalarsBefore = cursor >= a && cursor <= b ? String(characters[a..<cursor]).unicodeScalars.count : nil
        characters.replaceSubrange(a..<b, with: merged)
        if let scalarsBefore {
            var seen = 0
            var k = 0
            while k < merged.count && seen < scalarsBefore {
                seen += merged[k].unicodeScalars.count
                k += 1
            }
            cursor = a + k
        } else if cursor > b {
            cursor += merged.count - window.count
        }
    }

    /// Line breaks as LF, tabs as spaces, and no control characters or
    /// invisible direction overrides (they would draw as escape text and
    /// throw the cursor's column off).
    static func clean(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "\r\n", "\r", "\n": out.append("\n")
            case "\t": out += String(repeating: " ", count: TerminalText.tabWidth)
            default:
                let s = String(c)
                if !TerminalText.needsSanitizing(s, .multiLine) { out.append(c) }
            }
        }
        return out
    }
}
