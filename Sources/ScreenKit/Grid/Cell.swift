/// One column of a `Screen`.
///
/// A wide grapheme (CJK, most emoji) occupies two cells: the first holds the
/// grapheme, the second is a continuation that holds nothing and is never
/// drawn on its own.
public struct Cell: Hashable, Sendable {
    /// One grapheme, or "" for the continuation of a wide one.
    public var grapheme: String
    public var style: Style
    public var isContinuation: Bool

    public init(_ grapheme: String, style: Style = .plain) {
        self.grapheme = grapheme
        self.style = style
        self.isContinuation = false
    }

    /// The second column of a wide grapheme.
    public static func continuation(style: Style) -> Cell {
        var cell = Cell("", style: style)
        cell.isContinuation = true
        return cell
    }

    /// A space with the default style.
    public static let blank = Cell(" ")

    /// A space in `style`, as left by `fill` and `clear`.
    public static func blank(_ style: Style) -> Cell { Cell(" ", style: style) }

    /// Columns this cell's grapheme covers: 0 for a continuation, else 1 or 2.
    public var width: Int {
        if isContinuation { return 0 }
        guard let character = grapheme.first else { return 0 }
        return character.displayWidth
    }
}
