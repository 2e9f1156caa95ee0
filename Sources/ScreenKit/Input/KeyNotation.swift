/// A key-notation string that could not be parsed.
public struct KeyNotationError: Error, Equatable, CustomStringConvertible {
    public enum Problem: Equatable, Sendable {
        /// `<name>` with a name that is not a key.
        case unknownName(String)
        /// A `<` with no `>` after it.
        case unterminated(String)
    }

    public var problem: Problem
    /// The whole notation string, for the message.
    public var notation: String

    public var description: String {
        switch problem {
        case .unknownName(let name):
            return "unknown key <\(name)> in \"\(notation)\" (write <lt> for a literal '<')"
        case .unterminated(let rest):
            return "'<' without a closing '>' at \"\(rest)\" in \"\(notation)\" (write <lt> for a literal '<')"
        }
    }
}

extension Key {
    /// Parses vim-style key notation, as used by replay scripts and tests:
    /// plain characters stand for themselves and `<Name>` for a special key,
    /// e.g. `"jj<Enter><C-d><S-Tab><lt>"`. Names are case-insensitive;
    /// aliases such as `<CR>`, `<Return>`, `<PgDn>` and `<Escape>` work;
    /// `<M-b>` (or `<A-b>`) is Alt with a character.
    public static func parse(_ notation: String) throws(KeyNotationError) -> [Key] {
        var keys: [Key] = []
        var rest = notation[...]
        while let first = rest.first {
            guard first == "<" else {
                keys.append(.char(first))
                rest = rest.dropFirst()
                continue
            }
            guard let close = rest.firstIndex(of: ">") else {
                throw KeyNotationError(problem: .unterminated(String(rest)), notation: notation)
            }
            let name = rest[rest.index(after: rest.startIndex)..<close]
            guard let key = named(String(name)) else {
                throw KeyNotationError(problem: .unknownName(String(name)), notation: notation)
            }
            keys.append(key)
            rest = rest[rest.index(after: close)...]
        }
        return keys
    }

    /// The key for a name written between `<` and `>`, or nil.
    static func named(_ name: String) -> Key? {
        let lower = name.lowercased()
        if let key = namedKeys[lower] { return key }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...24).contains(number) {
            return .function(number)
        }
        if lower.hasPrefix("m-") || lower.hasPrefix("a-"), let target = name.dropFirst(2).first, name.count == 3 {
            return .alt(target)
        }
        if lower.hasPrefix("c-") {
            let target = lower.dropFirst(2)
            if target == "space" { return control(0x00) }
            guard target.count == 1, let scalar = target.unicodeScalars.first,
                  target.unicodeScalars.count == 1 else { return nil }
            switch scalar.value {
            case 0x61...0x7A: return control(UInt8(scalar.value - 0x60))
            case 0x40, 0x5B...0x5F: return control(UInt8(scalar.value - 0x40))
            default: return nil
            }
        }
        return nil
    }

    private static let namedKeys: [String: Key] = [
        "enter": .enter, "cr": .enter, "return": .enter,
        "esc": .esc, "escape": .esc,
        "tab": .tab, "s-tab": .backTab,
        "up": .up, "down": .down, "left": .left, "right": .right,
        "c-left": .ctrlLeft, "c-right": .ctrlRight,
        "home": .home, "end": .end,
        "pageup": .pageUp, "pgup": .pageUp, "pagedown": .pageDown, "pgdn": .pageDown,
        "bs": .backspace, "backspace": .backspace,
        "del": .delete, "delete": .delete,
        "ins": .insert, "insert": .insert,
        "space": .char(" "), "lt": .char("<"), "gt": .char(">"),
        "bar": .char("|"), "bslash": .char("\\"),
        "resize": .resize,
    ]

    /// This key in the notation `parse` reads (`<C-d>`, `<lt>`, `j`).
    /// Mouse events have no notation and come out as `<Mouse>`.
    public var notation: String {
        switch self {
        case .char("<"): return "<lt>"
        case .char(" "): return "<Space>"
        case .char(let c): return String(c)
        case .mouse: return "<Mouse>"
        case .unknownSequence: return "<Unknown>"
        default: return "<\(displayName)>"
        }
    }

    /// A short name for help screens and status lines: `Enter`, `C-d`,
    /// `PgDn`, `Space`, `j`.
    public var displayName: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .enter: return "Enter"
        case .esc: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .ctrlLeft: return "C-Left"
        case .ctrlRight: return "C-Right"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .backspace: return "BS"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .ctrl(let c): return "C-\(c)"
        case .alt(let c): return "M-\(c)"
        case .unknownSequence(let text): return text
        case .function(let n): return "F\(n)"
        case .resize: return "Resize"
        case .mouse: return "Mouse"
        }
    }
}

extension Key: CustomStringConvertible {
    public var description: String { notation }
}
