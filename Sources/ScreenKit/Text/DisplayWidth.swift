import Shared

/// How many terminal columns text occupies.
///
/// Terminals lay text out per code point using tables like these; we use our
/// own rather than libc `wcwidth` so layout (and the golden screens in tests)
/// does not depend on the C library or locale of the machine. Widths are
/// decided per grapheme (Swift `Character`) so an emoji sequence such as a
/// family joined with ZWJ, a flag or a keycap counts as the single two-column
/// glyph that modern terminals draw.
///
/// Text is measured as it will be drawn on one row: what `TerminalText`
/// replaces (controls, bidi controls) counts as its visible stand-in, so
/// `\u{202E}` takes its 8 columns wherever a width is computed, not only
/// where it is drawn; a cell cut to fit then stays inside its column.
public enum DisplayWidth {
    /// Columns taken by one grapheme as drawn on one row: 0, 1 or 2, or the
    /// width of the stand-in for a control (`␛` 1, `\u{202E}` 8).
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        var iterator = scalars.makeIterator()
        guard let first = iterator.next() else { return 0 }
        if let drawn = standInWidth(character, first: first) { return drawn }
        guard let second = iterator.next() else { return of(first) }
        if isEmojiSequence(first: first, second: second, scalars: scalars) { return 2 }
        // Other clusters (a base with combining marks, Hangul jamo, Indic
        // conjuncts) advance the cursor by the sum of their parts.
        var total = 0
        for scalar in scalars { total += of(scalar) }
        return min(total, 2)
    }

    /// The width of what a grapheme is drawn as when `TerminalText`
    /// replaces it; nil when it is drawn as itself. Controls and bidi
    /// controls form graphemes of their own (only CR LF pairs up), so the
    /// first scalar tells; the cheap range check keeps common text off the
    /// slow path, and the rule itself stays `TerminalText`'s.
    private static func standInWidth(_ character: Character, first: Unicode.Scalar) -> Int? {
        let value = first.value
        guard value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x061C || (0x2000...0x206F).contains(value) else {
            return nil
        }
        let text = String(character)
        guard TerminalText.needsSanitizing(text, .singleLine) else { return nil }
        var total = 0
        for piece in TerminalText.sanitize(text, .singleLine) { total += of(piece) }
        return total
    }

    /// Columns taken by one scalar on its own: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        // Printable ASCII and Latin-1 are by far the most common; answer them
        // without consulting any property tables.
        if value >= 0x20 && value < 0x7F { return 1 }
        if value >= 0xA0 && value < 0x300 { return 1 }
        if value < 0xA0 { return 0 }  // C0, DEL, C1: never drawn raw
        if isZeroWidth(scalar) { return 0 }
        if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// Columns taken by a whole string.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var total = 0
        var asciiOnly = true
        for byte in text.utf8 where byte >= 0x7F || byte < 0x20 {
            asciiOnly = false
            break
        }
        if asciiOnly { return text.utf8.count }
        for character in text { total += of(character) }
        return total
    }

    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        // Hangul medial vowels and final consonants join the preceding
        // initial consonant into one syllable block.
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark:
            return true
        case .format:
            return !visibleFormatCharacters.contains(value)
        case .control:
            return true
        default:
            return false
        }
    }

    /// Format characters that terminals nevertheless draw: the soft hyphen
    /// and the prepended concatenation marks of Arabic, Syriac and Kaithi.
    private static let visibleFormatCharacters: Set<UInt32> = [
        0x00AD, 0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x06DD, 0x070F,
        0x0890, 0x0891, 0x08E2, 0x110BD, 0x110CD,
    ]

    static func isWide(_ value: UInt32) -> Bool {
        let table = eastAsianWideRanges
        var low = 0
        var high = table.count - 1
        if value < table[low].lower || value > table[high].upper { return false }
        while low <= high {
            let mid = (low + high) / 2
            let range = table[mid]
            if value < range.lower {
                high = mid - 1
            } else if value > range.upper {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }

    /// Sequences terminals draw as one two-column emoji even when the base
    /// alone would be narrow: VS16 (U+FE0F) after an emoji-capable symbol,
    /// keycaps, regional-indicator flags, skin tones and ZWJ sequences.
    private static func isEmojiSequence(
        first: Unicode.Scalar, second: Unicode.Scalar, scalars: Character.UnicodeScalarView
    ) -> Bool {
        let isASCII = first.isASCII
        if isRegionalIndicator(first) && isRegionalIndicator(second) { return true }
        var sawKeycap = false
        var sawEmojiModifierOrJoiner = false
        var sawVS16 = false
        for scalar in scalars.dropFirst() {
            switch scalar.value {
            case 0x20E3: sawKeycap = true
            case 0xFE0F: sawVS16 = true
            case 0x200D, 0x1F3FB...0x1F3FF: sawEmojiModifierOrJoiner = true
            case 0xE0020...0xE007F: sawEmojiModifierOrJoiner = true  // tag sequences (subdivision flags)
            default: break
            }
        }
        if sawKeycap && (first == "#" || first == "*" || ("0"..."9").contains(first)) { return true }
        // Digits, '#' and '*' carry the Emoji property only for keycaps; with
        // VS16 alone they stay text.
        guard !isASCII, first.properties.isEmoji else { return false }
        return sawVS16 || sawEmojiModifierOrJoiner
    }

    static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }
}

extension Character {
    /// Terminal columns this grapheme occupies (0, 1 or 2).
    public var displayWidth: Int { DisplayWidth.of(self) }
}

extension StringProtocol {
    /// Terminal columns this text occupies drawn on one row, controls and
    /// bidi controls counted as their visible stand-ins (see `DisplayWidth`).
    public var displayWidth: Int { DisplayWidth.of(self) }
}
