import CNCursesW
import ScreenKit

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
