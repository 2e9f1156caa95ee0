import CNCursesW
import ScreenKit

/// Turns a `Style` into curses attributes and a colour pair, allocating
/// pairs as new colour combinations appear.
struct CursesStyles {
    /// Colours are used only when the terminal has them and NO_COLOR is unset.
    let useColor: Bool
    /// False when the terminal refused `use_default_colors`, so "default"
    /// has to be spelled out as white on black.
    let hasDefaultColors: Bool
    private let colorCount: Int
    private let pairLimit: Int
    private var pairs: [PairKey: Int32] = [:]
    private var nextPair: Int32 = 1

    private struct PairKey: Hashable {
        var fg: Int32
        var bg: Int32
    }

    init(useColor: Bool, hasDefaultColors: Bool, colorCount: Int, pairLimit: Int) {
        self.useColor = useColor
        self.hasDefaultColors = hasDefaultColors
        self.colorCount = colorCount
        self.pairLimit = pairLimit
    }

    mutating func attributes(for style: Style) -> (attrs: attr_t, pair: Int32) {
        var attrs = cn_a_normal()
        var bold = style.bold
        var reverse = style.reverse
        var pair: Int32 = 0
        if useColor {
            let (fg, brightFg) = colorNumber(style.fg, isForeground: true)
            let (bg, _) = colorNumber(style.bg, isForeground: false)
            // On 8-colour terminals bold is how bright foregrounds are shown.
            bold = bold || brightFg
            pair = pairNumber(fg: fg, bg: bg)
        } else if style.bg != .default {
            // A background colour marks something (a selection, a badge);
            // without colour, reverse video keeps it visible.
            reverse = true
        }
        if bold { attrs |= cn_a_bold() }
        if style.dim { attrs |= cn_a_dim() }
        if reverse { attrs |= cn_a_reverse() }
        if style.underline { attrs |= cn_a_underline() }
        if style.italic { attrs |= cn_a_italic() }
        return (attrs, pair)
    }

    /// The curses colour number (-1 for the terminal default) and whether a
    /// bright colour was approximated by its base colour.
    private func colorNumber(_ color: Color, isForeground: Bool) -> (Int32, Bool) {
        guard let index = color.paletteIndex else {
            if hasDefaultColors { return (-1, false) }
            return (isForeground ? 7 : 0, false)
        }
        if index < colorCount { return (Int32(index), false) }
        if index < 16 { return (Int32(index - 8), true) }
        return (hasDefaultColors ? -1 : (isForeground ? 7 : 0), false)
    }

    private mutating func pairNumber(fg: Int32, bg: Int32) -> Int32 {
        if fg == -1 && bg == -1 { return 0 }
        let key = PairKey(fg: fg, bg: bg)
        if let pair = pairs[key] { return pair }
        // Out of pairs: fall back to the default colours rather than fail.
        guard Int(nextPair) < pairLimit, init_extended_pair(nextPair, fg, bg) != ERR else { return 0 }
        pairs[key] = nextPair
        nextPair += 1
        return pairs[key] ?? 0
    }
}
