import ScreenKit

/// A style as the configuration writes it: attributes, a colour, and
/// `on COLOUR` for the background ("bold reverse yellow", "plain").
enum StyleWords {
    static let attributes = ["bold", "dim", "italic", "underline", "reverse"]
    static let colors: [(String, Color)] = [
        ("default", .default), ("black", .black), ("red", .red), ("green", .green), ("yellow", .yellow),
        ("blue", .blue), ("magenta", .magenta), ("cyan", .cyan), ("white", .white),
        ("bright-black", .brightBlack), ("bright-red", .brightRed), ("bright-green", .brightGreen),
        ("bright-yellow", .brightYellow), ("bright-blue", .brightBlue), ("bright-magenta", .brightMagenta),
        ("bright-cyan", .brightCyan), ("bright-white", .brightWhite),
    ]

    static func words(_ style: Style) -> String {
        var out: [String] = []
        if style.bold { out.append("bold") }
        if style.dim { out.append("dim") }
        if style.italic { out.append("italic") }
        if style.underline { out.append("underline") }
        if style.reverse { out.append("reverse") }
        if style.fg != .default { out.append(name(style.fg)) }
        if style.bg != .default { out += ["on", name(style.bg)] }
        return out.isEmpty ? "plain" : out.joined(separator: " ")
    }

    static func name(_ color: Color) -> String {
        if let (n, _) = colors.first(where: { $0.1 == color }) { return n }
        return "color\(color.paletteIndex ?? 0)"
    }

    /// The style `text` names, or why it names none.
    static func parse(_ text: String) -> Result<Style, ConfigProblem> {
        var style = Style()
        var background = false
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard !words.isEmpty else { return .failure(.init("empty style; write \"plain\" for none")) }
        for w in words {
            if w == "plain" { continue }
            if w == "on" { background = true; continue }
            if !background, attributes.contains(w) {
                switch w {
                case "bold": style.bold = true
                case "dim": style.dim = true
                case "italic": style.italic = true
                case "underline": style.underline = true
                default: style.reverse = true
                }
                continue
            }
            guard let c = color(w) else {
                let known = attributes + colors.map(\.0) + ["on", "plain", "color0-color255"]
                return .failure(.unknown("colour", w, among: known))
            }
            if background { style.bg = c; background = false } else { style.fg = c }
        }
        if background { return .failure(.init("\"on\" needs a colour after it")) }
        return .success(style)
    }

    private static func color(_ word: String) -> Color? {
        let w = word.replacingOccurrences(of: "_", with: "-")
        if let (_, c) = colors.first(where: { $0.0 == w }) { return c }
        if w.hasPrefix("color"), let n = UInt8(w.dropFirst(5)) { return .indexed(n) }
        return nil
    }
}
