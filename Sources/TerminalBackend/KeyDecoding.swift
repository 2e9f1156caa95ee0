import CNCursesW
import ScreenKit
import Shared

/// Maps what `wget_wch` returns to `Key`s.
enum KeyDecoding {
    /// A character read with status OK: a control byte or a printable
    /// character. Nil for things that are not keys (C1 controls, invalid
    /// scalars), which the caller skips.
    static func key(character value: UInt32) -> Key? {
        if value < 0x20 || value == 0x7F { return Key.control(UInt8(value)) }
        if (0x80...0x9F).contains(value) { return nil }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return .char(Character(scalar))
    }

    /// A function-key code read with status KEY_CODE_YES, other than
    /// KEY_RESIZE and KEY_MOUSE which need the terminal's state.
    static func key(code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1: return .end
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case (KEY_F0 + 1)...(KEY_F0 + 63): return .function(Int(code - KEY_F0))
        default: return nil
        }
    }

    /// The codes curses returns for modified keys its terminfo entry names
    /// (`kLFT5`, `kRIT5`), found by asking which code each sequence has.
    /// Sequences it does not know arrive byte by byte and are decoded by
    /// `key(afterEscape:)` instead.
    static func modifiedKeyCodes() -> [Int32: Key] {
        var codes: [Int32: Key] = [:]
        for (body, key) in vtSequences where key == .ctrlLeft || key == .ctrlRight {
            let code = key_defined("\u{1B}" + body)
            if code > 0 { codes[code] = key }
        }
        return codes
    }

    /// What follows an Esc that curses did not recognise as a key, read
    /// byte by byte as it arrived (at most `escapeFollowUpLimit` of them).
    enum AfterEscape: Equatable {
        /// Nothing followed in time: the Esc key itself.
        case alone
        /// One printable character: Alt with it.
        case character(Character)
        /// A CSI (`Esc [`) or SS3 (`Esc O`) sequence, complete or cut off.
        case sequence(String)
    }

    /// Longest sequence read after an Esc; anything longer is not a key.
    static let escapeFollowUpLimit = 32

    /// The key for what followed an Esc. Curses already decoded every
    /// sequence terminfo names, so a sequence here is one it does not know:
    /// the common VT forms terminfo may lack (`Esc [1~` Home when TERM does
    /// not match the terminal) are named, anything else is reported as
    /// unknown rather than taken apart into Esc and keys.
    static func key(afterEscape follow: AfterEscape) -> Key {
        switch follow {
        case .alone:
            return .esc
        case .character(let c):
            return .alt(c)
        case .sequence(let body):
            if let key = vtSequences[body] { return key }
            // Esc then `[` or `O` with nothing after them: Alt with it.
            if body == "[" || body == "O" { return .alt(Character(body)) }
            return .unknownSequence(TerminalText.sanitize("\u{1B}" + body))
        }
    }

    /// Whether `byte` ends a CSI sequence (after `Esc [`): ECMA-48 final bytes.
    static func endsControlSequence(_ value: UInt32) -> Bool { (0x40...0x7E).contains(value) }

    private static let vtSequences: [String: Key] = [
        "[A": .up, "[B": .down, "[C": .right, "[D": .left, "[H": .home, "[F": .end,
        "OA": .up, "OB": .down, "OC": .right, "OD": .left, "OH": .home, "OF": .end,
        "[1;5D": .ctrlLeft, "[1;5C": .ctrlRight, "O5D": .ctrlLeft, "O5C": .ctrlRight,
        "[1~": .home, "[7~": .home, "[4~": .end, "[8~": .end,
        "[2~": .insert, "[3~": .delete, "[5~": .pageUp, "[6~": .pageDown, "[Z": .backTab,
        "OP": .function(1), "OQ": .function(2), "OR": .function(3), "OS": .function(4),
        "[11~": .function(1), "[12~": .function(2), "[13~": .function(3), "[14~": .function(4),
        "[15~": .function(5), "[17~": .function(6), "[18~": .function(7), "[19~": .function(8),
        "[20~": .function(9), "[21~": .function(10), "[23~": .function(11), "[24~": .function(12),
    ]

    /// A mouse report; nil for buttons and motions we do not use.
    static func mouse(_ event: MEVENT) -> Key? {
        let state = event.bstate
        let kind: MouseEvent.Kind
        if state & cn_button4_pressed() != 0 {
            kind = .wheelUp
        } else if state & cn_button5_pressed() != 0 {
            kind = .wheelDown
        } else if state & (cn_button1_pressed() | cn_button1_clicked()) != 0 {
            kind = .press
        } else if state & cn_button1_released() != 0 {
            kind = .release
        } else {
            return nil
        }
        return .mouse(MouseEvent(x: Int(event.x), y: Int(event.y), kind: kind))
    }
}
