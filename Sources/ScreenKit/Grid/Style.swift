/// How a cell is drawn: colours and attributes.
public struct Style: Hashable, Sendable {
    public var fg: Color
    public var bg: Color
    public var bold: Bool
    public var dim: Bool
    public var reverse: Bool
    public var underline: Bool
    public var italic: Bool

    public init(
        fg: Color = .default, bg: Color = .default, bold: Bool = false, dim: Bool = false,
        reverse: Bool = false, underline: Bool = false, italic: Bool = false
    ) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
        self.italic = italic
    }

    /// The terminal's default colours, no attributes.
    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let dim = Style(dim: true)
    public static let reverse = Style(reverse: true)
    public static let underline = Style(underline: true)

    /// This style with a different foreground.
    public func fg(_ color: Color) -> Style {
        var copy = self
        copy.fg = color
        return copy
    }

    /// This style with a different background.
    public func bg(_ color: Color) -> Style {
        var copy = self
        copy.bg = color
        return copy
    }

    /// This style with attributes switched on; colours are taken from
    /// `other` where it sets them.
    public func merged(with other: Style) -> Style {
        Style(
            fg: other.fg == .default ? fg : other.fg,
            bg: other.bg == .default ? bg : other.bg,
            bold: bold || other.bold, dim: dim || other.dim, reverse: reverse || other.reverse,
            underline: underline || other.underline, italic: italic || other.italic
        )
    }
}
