/// A terminal colour. The backend maps these to what the terminal supports:
/// bright variants fall back to the base colour plus bold on 8-colour
/// terminals, and everything falls back to `.default` without colour.
public enum Color: Hashable, Sendable {
    /// Whatever the terminal's own foreground or background is.
    case `default`
    case black, red, green, yellow, blue, magenta, cyan, white
    case brightBlack, brightRed, brightGreen, brightYellow
    case brightBlue, brightMagenta, brightCyan, brightWhite
    /// A colour from the 256-colour palette.
    case indexed(UInt8)

    /// The palette index (0–255), or nil for the terminal default.
    public var paletteIndex: Int? {
        switch self {
        case .default: return nil
        case .black: return 0
        case .red: return 1
        case .green: return 2
        case .yellow: return 3
        case .blue: return 4
        case .magenta: return 5
        case .cyan: return 6
        case .white: return 7
        case .brightBlack: return 8
        case .brightRed: return 9
        case .brightGreen: return 10
        case .brightYellow: return 11
        case .brightBlue: return 12
        case .brightMagenta: return 13
        case .brightCyan: return 14
        case .brightWhite: return 15
        case .indexed(let index): return Int(index)
        }
    }
}
