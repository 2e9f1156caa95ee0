/// The header's words, for the view that draws them and the mouse that
/// clicks them: one tab label per view with its count, and the clock.
extension AppState {
    public var tabLabels: [String] {
        InboxView.allCases.map { " \($0.rawValue) \($0.title) \(tabCount($0)) " }
    }

    public var clockLabel: String { " " + RelativeTime.stamp(inbox.now) + " " }

    func tabCount(_ view: InboxView) -> String {
        switch view {
        case .invitations: return "(\(rows.invitations.count))"
        case .messages: return "(\(rows.threads.count), \(analysis.flaggedCount) flagged)"
        case .network: return "(\(rows.network.count))"
        }
    }
}
