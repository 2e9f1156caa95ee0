/// The header's words, for the view that draws them and the mouse that
/// clicks them: one tab label per view with its count, and the clock.
extension AppState {
    /// Below `Layout.compactTabsWidth` the tabs read `1 Inv 6 · 2 Msg 9/3 · 3 Net 13`.
    public var tabLabels: [String] {
        layout.compactTabs
            ? InboxView.allCases.map { " \($0.rawValue) \($0.shortTitle) \(shortTabCount($0)) " }
            : InboxView.allCases.map { " \($0.rawValue) \($0.title) \(tabCount($0)) " }
    }

    /// Threads/flagged on the Messages tab.
    func shortTabCount(_ view: InboxView) -> String {
        switch view {
        case .invitations: return "\(rows.invitations.count)"
        case .messages: return pending == nil ? "\(rows.threads.count)/\(rows.flaggedThreads.count)" : "…"
        case .network: return "\(rows.network.count)"
        }
    }

    public var clockLabel: String { " " + RelativeTime.stamp(inbox.now) + " " }

    func tabCount(_ view: InboxView) -> String {
        switch view {
        case .invitations: return "(\(rows.invitations.count))"
        case .messages: return pending == nil ? "(\(rows.threads.count), \(rows.flaggedThreads.count) flagged)" : "(reading…)"
        case .network: return "(\(rows.network.count))"
        }
    }
}

extension InboxView {
    var shortTitle: String {
        switch self {
        case .invitations: return "Inv"
        case .messages: return "Msg"
        case .network: return "Net"
        }
    }
}
