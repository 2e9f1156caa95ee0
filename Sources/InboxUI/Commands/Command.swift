/// Every action the browser can take has a name. Key bindings, `--keys`
/// replay, the help screen and scripted demos all go through these, so a
/// key does nothing a command can't (aerc's model).
public enum Command: String, CaseIterable, Sendable {
    // Navigation
    case moveDown, moveUp, top, bottom, pageDown, pageUp, open, back
    // Views
    case showInvitations, showMessages, showNetwork, nextView, previousView
    // Search
    case search, searchNext, searchPrevious
    // Filters and panels
    case toggleFlaggedOnly, toggleSentOnly, togglePolicyPanel
    // Invitations
    case accept, ignore, applyPolicyToAll, confirmYes, confirmNo
    // Replies
    case reply, send, closeCompose, editExternally
    // Help and leaving
    case help, quit

    /// One line for the help screen.
    public var summary: String {
        switch self {
        case .moveDown: return "Move down"
        case .moveUp: return "Move up"
        case .top: return "Go to the top"
        case .bottom: return "Go to the bottom"
        case .pageDown: return "Page down"
        case .pageUp: return "Page up"
        case .open: return "Open the selected item"
        case .back: return "Back to the list"
        case .showInvitations: return "Invitations"
        case .showMessages: return "Messages"
        case .showNetwork: return "Network (your connections)"
        case .nextView: return "Next view"
        case .previousView: return "Previous view"
        case .search: return "Search names and text"
        case .searchNext: return "Next match"
        case .searchPrevious: return "Previous match"
        case .toggleFlaggedOnly: return "Show only flagged threads"
        case .toggleSentOnly: return "Sent: threads you started, as your outreach"
        case .togglePolicyPanel: return "Show or hide the policy panel"
        case .accept: return "Accept the invitation"
        case .ignore: return "Ignore the invitation"
        case .applyPolicyToAll: return "Apply the policy to every pending invitation"
        case .confirmYes: return "Yes"
        case .confirmNo: return "No"
        case .reply: return "Reply, with the coach watching"
        case .send: return "Send the reply"
        case .closeCompose: return "Close (the draft is kept)"
        case .editExternally: return "Edit in $VISUAL / $EDITOR"
        case .help: return "This help"
        case .quit: return "Quit (from a sub-view: back)"
        }
    }
}
