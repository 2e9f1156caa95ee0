/// The top-level views, switched with 1/2/3 or Tab.
public enum InboxView: Int, CaseIterable, Sendable {
    case invitations = 1
    case messages = 2
    case network = 3

    public var title: String {
        switch self {
        case .invitations: return "Invitations"
        case .messages: return "Messages"
        case .network: return "Network"
        }
    }

    var next: InboxView { InboxView(rawValue: rawValue % InboxView.allCases.count + 1) ?? .invitations }
}

/// What has the keyboard. Each mode has its own key bindings.
public enum InputMode: Equatable, Sendable {
    /// Browsing a list (and, on wide screens, its detail pane).
    case list
    /// The detail of the selected row fills the screen (narrow terminals).
    case detail
    /// Typing a search query after `/`.
    case search
    /// Typing a limit query after `l`.
    case limit
    /// The `?` overlay.
    case help
    /// A yes/no question, such as applying the policy to every invitation.
    case confirm(Confirmation)
    /// Writing a reply with the coach beside it.
    case compose
}

public enum Confirmation: Equatable, Sendable {
    case applyPolicyToAll(accept: Int, ignore: Int)
    /// Sending a draft the coach would flag, or that breaks one of the rules.
    case sendFlagged
}
