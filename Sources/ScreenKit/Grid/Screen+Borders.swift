/// The line-drawing set a box or rule is drawn with.
public enum BorderStyle: Sendable {
    case single, rounded, double, heavy

    var glyphs: (horizontal: String, vertical: String, topLeft: String, topRight: String, bottomLeft: String, bottomRight: String) {
        switch self {
        case .single: return ("─", "│", "┌", "┐", "└", "┘")
        case .rounded: return ("─", "│", "╭", "╮", "╰", "╯")
        case .double: return ("═", "║", "╔", "╗", "╚", "╝")
        case .heavy: return ("━", "┃", "┏", "┓", "┗", "┛")
        }
    }
}

extension Screen {
    /// A horizontal rule `length` columns long, clipped to the screen.
    public mutating func horizontalLine(x: Int, y: Int, length: Int, style: Style = .plain, border: BorderStyle = .single) {
        guard length > 0 else { return }
        fill(Rect(x: x, y: y, width: length, height: 1), with: Character(border.glyphs.horizontal), style: style)
    }

    /// A vertical rule `length` rows tall, clipped to the screen.
    public mutating func verticalLine(x: Int, y: Int, length: Int, style: Style = .plain, border: BorderStyle = .single) {
        guard length > 0 else { return }
        fill(Rect(x: x, y: y, width: 1, height: length), with: Character(border.glyphs.vertical), style: style)
    }

    /// A frame around the edge of `rect`, with an optional title set into
    /// the top edge (`┌ Title ──┐`). The inside is left as it was; draw into
    /// `rect.inset(by: 1)`. Rectangles smaller than 2×2 draw nothing.
    public mutating func box(
        _ rect: Rect, style: Style = .plain, border: BorderStyle = .single,
        title: String? = nil, titleStyle: Style? = nil
    ) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let g = border.glyphs
        horizontalLine(x: rect.x + 1, y: rect.y, length: rect.width - 2, style: style, border: border)
        horizontalLine(x: rect.x + 1, y: rect.maxY - 1, length: rect.width - 2, style: style, border: border)
        verticalLine(x: rect.x, y: rect.y + 1, length: rect.height - 2, style: style, border: border)
        verticalLine(x: rect.maxX - 1, y: rect.y + 1, length: rect.height - 2, style: style, border: border)
        put(g.topLeft, x: rect.x, y: rect.y, style: style)
        put(g.topRight, x: rect.maxX - 1, y: rect.y, style: style)
        put(g.bottomLeft, x: rect.x, y: rect.maxY - 1, style: style)
        put(g.bottomRight, x: rect.maxX - 1, y: rect.maxY - 1, style: style)
        if let title, !title.isEmpty, rect.width >= 5 {
            // Room for a corner, a space each side of the title, and a corner.
            let label = " " + title.truncated(toWidth: rect.width - 4) + " "
            put(label, x: rect.x + 1, y: rect.y, style: titleStyle ?? style, maxWidth: rect.width - 2)
        }
    }
}
