#if canImport(Glibc)
import Glibc
#endif
import CNCursesW

/// What to hand curses for one grapheme so that curses' idea of its width
/// matches the `Screen`'s.
///
/// Curses stores a cell as one spacing character plus at most four
/// combining ones, and measures it with libc `wcwidth`, which knows nothing
/// of emoji sequences. Drawing a ZWJ family, a flag or a VS16 emoji as-is
/// would make curses and the terminal disagree about where the following
/// columns are. So sequences curses cannot hold are drawn as their closest
/// stand-in of the right width: a ZWJ family as its first wide emoji, a flag
/// as its two-letter region code, a skin-toned hand as the plain hand, `☺️`
/// as `☺` and a space. Other clusters (an Indic conjunct) are drawn as the
/// curses cells they split into, as the terminal would lay them out.
enum CursesGlyph {
    /// Part of a grapheme drawn with one curses call, `column` columns
    /// right of the grapheme's first column.
    struct Piece: Equatable {
        var column: Int
        /// Zero-terminated.
        var chars: [wchar_t]
    }

    static func pieces(for grapheme: String, width: Int) -> [Piece] {
        let scalars = grapheme.unicodeScalars
        guard let first = scalars.first, width > 0 else { return [] }
        if first.value >= 0x20 && first.value < 0x7F && scalars.count == 1 {
            return [Piece(column: 0, chars: [wchar_t(first.value), 0])]
        }

        // Split as curses would: each spacing character starts a cell, the
        // zero-width ones after it join that cell (up to its capacity).
        var cells: [[wchar_t]] = []
        var widths: [Int] = []
        var isEmojiSequence = false
        for scalar in scalars {
            let value = scalar.value
            if isEmojiSequencePart(value) { isEmojiSequence = true }
            let w = Int(wcwidth(wchar_t(value)))
            // libc does not know it (newer Unicode than the C library).
            if w < 0 { return replacement(width: width) }
            if w > 0 || cells.isEmpty {
                cells.append([wchar_t(value)])
                widths.append(w)
            } else if cells[cells.count - 1].count < maxCharsPerCell {
                cells[cells.count - 1].append(wchar_t(value))
            }
        }
        if widths[0] == 0 { return replacement(width: width) }
        if !isEmojiSequence { return fit(cells, widths: widths, width: width) }

        // An emoji sequence: one glyph, cut before the first joiner or tag
        // so nothing dangles that the terminal could join to the next cell.
        var base = cells[0].prefix { $0 != 0x200D && !(0xE0000...0xE007F).contains(UInt32($0)) }
        if widths[0] == width { return [Piece(column: 0, chars: Array(base) + [0])] }
        guard width == 2, widths[0] == 1 else { return replacement(width: width) }
        if let flag = regionLetters(scalars) { return flag }
        // A wide emoji later in the sequence (the rainbow of a rainbow flag)
        // stands in for the whole.
        if let wide = widths.firstIndex(of: 2) {
            return [Piece(column: 0, chars: [cells[wide][0], 0])]
        }
        // VS16 and the keycap mark ask the terminal for a wide emoji that
        // curses would count as narrow: show the text form and a space.
        base = base.filter { $0 != 0xFE0F && $0 != 0x20E3 }
        return [Piece(column: 0, chars: Array(base) + [0]), Piece(column: 1, chars: [0x20, 0])]
    }

    /// Cells side by side, as many as fit in `width`, then spaces.
    private static func fit(_ cells: [[wchar_t]], widths: [Int], width: Int) -> [Piece] {
        var pieces: [Piece] = []
        var column = 0
        for (cell, w) in zip(cells, widths) where w > 0 {
            if column + w > width { break }
            pieces.append(Piece(column: column, chars: cell + [0]))
            column += w
        }
        while column < width {
            pieces.append(Piece(column: column, chars: [0x20, 0]))
            column += 1
        }
        return pieces
    }

    private static func replacement(width: Int) -> [Piece] {
        [Piece(column: 0, chars: [0xFFFD, 0])] + (1..<max(1, width)).map { Piece(column: $0, chars: [0x20, 0]) }
    }

    private static func isEmojiSequencePart(_ value: UInt32) -> Bool {
        switch value {
        case 0x200D, 0xFE0F, 0x20E3, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F, 0x1F1E6...0x1F1FF: return true
        default: return false
        }
    }

    /// 🇯🇵 → "J", "P".
    private static func regionLetters(_ scalars: String.UnicodeScalarView) -> [Piece]? {
        let letters = scalars.map(\.value)
        guard letters.count == 2, letters.allSatisfy({ (0x1F1E6...0x1F1FF).contains($0) }) else { return nil }
        return letters.enumerated().map { Piece(column: $0.offset, chars: [wchar_t($0.element - 0x1F1E6 + 0x41), 0]) }
    }

    /// CCHARW_MAX in curses.h.
    static let maxCharsPerCell = 5
}
