import ScreenKit

/// Every key binding, per input mode, in one table: the contract that tests
/// and scripted demos (`--keys`) rely on, and the source of the help screen.
public enum KeyBindings {
    public struct Binding: Sendable {
        public var keys: [Key]
        public var command: Command
    }

    /// Bindings while browsing a list or a full-screen detail.
    public static let browse: [Binding] = [
        Binding(keys: [.char("j"), .down], command: .moveDown),
        Binding(keys: [.char("k"), .up], command: .moveUp),
        Binding(keys: [.char("g"), .home], command: .top),
        Binding(keys: [.char("G"), .end], command: .bottom),
        Binding(keys: [.pageDown, .ctrl("f")], command: .pageDown),
        Binding(keys: [.pageUp, .ctrl("b")], command: .pageUp),
        Binding(keys: [.enter, .char("l"), .right], command: .open),
        Binding(keys: [.esc, .char("h"), .left], command: .back),
        Binding(keys: [.char("1")], command: .showInvitations),
        Binding(keys: [.char("2")], command: .showMessages),
        Binding(keys: [.char("3")], command: .showNetwork),
        Binding(keys: [.tab], command: .nextView),
        Binding(keys: [.backTab], command: .previousView),
        Binding(keys: [.char("/")], command: .search),
        Binding(keys: [.char("n")], command: .searchNext),
        Binding(keys: [.char("N")], command: .searchPrevious),
        Binding(keys: [.char("f")], command: .toggleFlaggedOnly),
        Binding(keys: [.char("s")], command: .toggleSentOnly),
        Binding(keys: [.char("a")], command: .accept),
        Binding(keys: [.char("i")], command: .ignore),
        Binding(keys: [.char("A")], command: .applyPolicyToAll),
        Binding(keys: [.char("e")], command: .togglePolicyPanel),
        Binding(keys: [.char("r")], command: .reply),
        Binding(keys: [.char("?"), .function(1)], command: .help),
        Binding(keys: [.char("q")], command: .quit),
    ]

    /// Bindings while the help overlay is open (anything else closes it).
    public static let help: [Binding] = [
        Binding(keys: [.char("j"), .down], command: .moveDown),
        Binding(keys: [.char("k"), .up], command: .moveUp),
        Binding(keys: [.char("?"), .char("q"), .esc], command: .help),
    ]

    /// Bindings for a yes/no question.
    public static let confirm: [Binding] = [
        Binding(keys: [.char("y"), .char("Y")], command: .confirmYes),
        Binding(keys: [.char("n"), .char("N"), .esc, .char("q")], command: .confirmNo),
    ]

    /// Bindings while composing; every other key edits the draft.
    public static let compose: [Binding] = [
        Binding(keys: [.ctrl("d")], command: .send),
        Binding(keys: [.esc], command: .closeCompose),
        Binding(keys: [.ctrl("e")], command: .editExternally),
    ]

    static let browseTable = table(browse)
    static let helpTable = table(help)
    static let confirmTable = table(confirm)
    static let composeTable = table(compose)

    static func table(_ bindings: [Binding]) -> [Key: Command] {
        var t: [Key: Command] = [:]
        for b in bindings { for k in b.keys where t[k] == nil { t[k] = b.command } }
        return t
    }

    /// The command a key runs in `mode`, if it is bound.
    public static func command(for key: Key, in mode: InputMode) -> Command? {
        switch mode {
        case .list, .detail: return browseTable[key]
        case .help: return helpTable[key]
        case .confirm: return confirmTable[key]
        case .compose: return composeTable[key]
        case .search: return nil
        }
    }

    /// "j, Down" — how the help screen and hints name a binding's keys.
    public static func names(_ keys: [Key]) -> String { keys.map(\.displayName).joined(separator: ", ") }
}
