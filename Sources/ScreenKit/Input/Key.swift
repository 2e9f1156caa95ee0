/// One input event from the terminal.
public enum Key: Hashable, Sendable {
    /// A printable grapheme, including space.
    case char(Character)
    case enter, esc, tab, backTab
    case up, down, left, right
    /// Ctrl with Left or Right: readline's word motion. Terminals send them
    /// as `Esc [ 1 ; 5 D` and `Esc [ 1 ; 5 C` (xterm and its kin).
    case ctrlLeft, ctrlRight
    case home, end, pageUp, pageDown
    case backspace, delete, insert
    /// Ctrl with a lowercase letter or one of `@ [ \ ] ^ _`. Ctrl-I, Ctrl-M,
    /// Ctrl-H and Ctrl-[ arrive as `.tab`, `.enter`, `.backspace` and `.esc`,
    /// because terminals send the same byte for both.
    case ctrl(Character)
    /// Alt (Meta) with a printable character: the terminal sends Esc and
    /// the character together, which the backend tells from Esc then the
    /// character by how closely they follow each other.
    case alt(Character)
    /// An escape sequence the terminal sent that names no key we know (a
    /// Ctrl-arrow, or a TERM that does not match the terminal), shown with
    /// its escapes visible. It is reported and otherwise ignored, never
    /// taken as Esc followed by keys.
    case unknownSequence(String)
    /// F1, F2, …
    case function(Int)
    /// The terminal changed size; read the new size from the terminal.
    case resize
    case mouse(MouseEvent)

    /// The key a terminal sends as control byte `code` (0x00–0x1F or 0x7F),
    /// the one mapping shared by the backend and by key notation.
    public static func control(_ code: UInt8) -> Key? {
        switch code {
        case 0x09: return .tab
        case 0x0D: return .enter
        case 0x1B: return .esc
        case 0x08, 0x7F: return .backspace
        case 0x00: return .ctrl("@")
        case 0x01...0x1A: return .ctrl(Character(Unicode.Scalar(code + 0x60)))
        case 0x1C...0x1F: return .ctrl(Character(Unicode.Scalar(code + 0x40)))
        default: return nil
        }
    }
}

/// A mouse click or wheel turn at a screen cell (0-based).
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// `doubleClick`: a second press on the same cell soon after the
        /// first (the backend times it; the reducer keeps no clock).
        case press, release, wheelUp, wheelDown, doubleClick
    }

    public var x: Int
    public var y: Int
    public var kind: Kind

    public init(x: Int, y: Int, kind: Kind) {
        self.x = x
        self.y = y
        self.kind = kind
    }
}
