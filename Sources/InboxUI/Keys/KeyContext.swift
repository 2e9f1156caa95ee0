/// Where a key is pressed: each context has its own bindings in the key
/// table, and its own way with keys the table does not bind.
public enum KeyContext: String, CaseIterable, Sendable {
    /// A list, with the selected row's detail beside it on wide screens.
    case list
    /// A detail (thread, invitation, connection) that has the keys.
    case detail
    /// Typing a search after `/`; unbound keys type.
    case search
    /// Typing a limit query after `l`; unbound keys type.
    case limit
    /// Writing a reply; unbound keys type.
    case compose
    /// The `?` overlay; unbound keys close it.
    case help
    /// A yes/no question; unbound keys do nothing.
    case confirm
    /// A demo playing; unbound keys do nothing.
    case demo
    /// The demo's `?` overlay; any key closes it.
    case demoHelp
    /// Writing an exercise's answer; unbound keys type.
    case practice
    /// An exercise's verdict beside the strong answer.
    case practiceVerdict
    /// The practice session's summary.
    case practiceSummary

    /// The heading of its section in the help overlay.
    public var title: String {
        switch self {
        case .list: return "Browsing"
        case .detail: return "Reading a detail"
        case .search: return "Search (after /)"
        case .limit: return "Limit (after l)"
        case .compose: return "Writing a reply"
        case .help: return "This help"
        case .confirm: return "A question"
        case .demo: return "Playing a demo"
        case .demoHelp: return "The demo's help"
        case .practice: return "Writing an answer"
        case .practiceVerdict: return "The verdict"
        case .practiceSummary: return "The summary"
        }
    }
}

extension AppState {
    /// The context the next key is read in.
    public var keyContext: KeyContext {
        if let p = practice, mode != .help {
            switch p.phase {
            case .writing: return .practice
            case .verdict: return .practiceVerdict
            case .summary: return .practiceSummary
            }
        }
        if demo != nil && mode != .compose && mode != .confirm(.sendFlagged) {
            return mode == .help ? .demoHelp : .demo
        }
        switch mode {
        case .list: return .list
        case .detail: return .detail
        case .search: return .search
        case .limit: return .limit
        case .compose: return .compose
        case .help: return .help
        case .confirm: return .confirm
        }
    }
}
