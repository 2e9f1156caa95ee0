extension StringProtocol {
    /// Soft-wraps text into lines of at most `width` columns.
    ///
    /// Lines break at spaces; the spaces at a break are dropped, those inside
    /// a line (and a paragraph's leading indentation) are kept. A word longer
    /// than a line is broken between graphemes. Each `\n` starts a new line,
    /// so an empty paragraph yields an empty line. A single grapheme wider
    /// than `width` still gets a line of its own rather than vanishing.
    /// Text is expected to be sanitised already (no tabs or controls).
    public func wrapped(toWidth width: Int) -> [String] {
        let width = Swift.max(1, width)
        var lines: [String] = []
        for paragraph in self.split(separator: "\n", omittingEmptySubsequences: false) {
            var wrapper = WordWrapper(width: width)
            wrapper.wrap(paragraph, into: &lines)
        }
        return lines
    }
}

private struct WordWrapper {
    let width: Int
    private var line = ""
    private var lineWidth = 0
    /// Spaces seen since the last word, written only if another word follows on the same line.
    private var pendingSpaces = 0

    init(width: Int) {
        self.width = width
    }

    mutating func wrap<S: StringProtocol>(_ paragraph: S, into lines: inout [String]) {
        var word = ""
        var wordWidth = 0
        for character in paragraph {
            if character == " " {
                if !word.isEmpty {
                    place(word, width: wordWidth, into: &lines)
                    word = ""
                    wordWidth = 0
                }
                pendingSpaces += 1
            } else {
                word.append(character)
                wordWidth += character.displayWidth
            }
        }
        if !word.isEmpty { place(word, width: wordWidth, into: &lines) }
        lines.append(line)
    }

    private mutating func place(_ word: String, width wordWidth: Int, into lines: inout [String]) {
        if lineWidth + pendingSpaces + wordWidth <= width {
            line += String(repeating: " ", count: pendingSpaces) + word
            lineWidth += pendingSpaces + wordWidth
            pendingSpaces = 0
            return
        }
        if lineWidth > 0 {
            lines.append(line)
            line = ""
            lineWidth = 0
        }
        pendingSpaces = 0
        if wordWidth <= width {
            line = word
            lineWidth = wordWidth
            return
        }
        // Too long for any line: fill lines grapheme by grapheme.
        for character in word {
            let w = character.displayWidth
            if lineWidth + w > width && lineWidth > 0 {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            line.append(character)
            lineWidth += w
        }
    }
}
