import ScreenKit

/// What a key does during demo playback.
public enum DemoAction: String, CaseIterable, Sendable {
    case togglePause, next, previous, start, end, faster, slower, practise, help, quit

    /// One line for the demo's help overlay.
    public var summary: String {
        switch self {
        case .togglePause: return "Pause or resume (at the end: play again)"
        case .next: return "Next event"
        case .previous: return "Previous event"
        case .start: return "Jump to the start"
        case .end: return "Jump to the end"
        case .faster: return "Faster"
        case .slower: return "Slower"
        case .practise: return "Pause, then write the reply it deserves"
        case .help: return "This help"
        case .quit: return "Quit"
        }
    }
}

/// The demo's key table: the source of its help overlay and the contract
/// `--keys` replays rely on.
public enum DemoKeys {
    public static let bindings: [(keys: [Key], action: DemoAction)] = [
        ([.char(" ")], .togglePause),
        ([.char("n"), .right], .next),
        ([.char("p"), .left], .previous),
        ([.char("g"), .home], .start),
        ([.char("G"), .end], .end),
        ([.char("+"), .char("=")], .faster),
        ([.char("-"), .char("_")], .slower),
        ([.char("r")], .practise),
        ([.char("?"), .function(1)], .help),
        ([.char("q")], .quit),
    ]

    static let table: [Key: DemoAction] = {
        var t: [Key: DemoAction] = [:]
        for b in bindings { for k in b.keys where t[k] == nil { t[k] = b.action } }
        return t
    }()

    public static func action(for key: Key) -> DemoAction? { table[key] }
}
