import ScreenKit

/// The styles views draw with. The backend drops colours (keeping bold and
/// reverse) on monochrome terminals and under NO_COLOR, so every meaning
/// here is also carried by an attribute or a word, never by colour alone.
enum Theme {
    static let header = Style(bold: true, reverse: true)
    static let tabActive = Style(bold: true, reverse: true).fg(.yellow)
    static let tab = Style(reverse: true)
    static let selected = Style(reverse: true)
    static let selectedDim = Style(bold: true, reverse: true)
    static let name = Style(bold: true)
    static let dim = Style(dim: true)
    static let heading = Style(bold: true, underline: true)
    static let accept = Style(bold: true).fg(.green)
    static let ignore = Style(bold: true).fg(.red)
    static let flag = Style(bold: true).fg(.red)
    static let ok = Style().fg(.green)
    static let warn = Style(bold: true).fg(.yellow)
    static let fail = Style(bold: true).fg(.red)
    static let owner = Style().fg(.cyan)
    static let engagement = Style().fg(.blue)
    static let evidence = Style(italic: true)
    static let status = Style(reverse: true)
    static let statusError = Style(bold: true, reverse: true).fg(.red)
    static let statusSuccess = Style(reverse: true).fg(.green)
    static let key = Style(bold: true, reverse: true)
    static let border = Style(dim: true)
    static let caption = Style(bold: true).fg(.yellow)
    static let unread = Style(bold: true).fg(.cyan)
}
