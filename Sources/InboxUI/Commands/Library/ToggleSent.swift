/// `toggle-sent`: Messages shows only the threads the owner started, each
/// judged as the owner's own outreach, or all threads again.
enum ToggleSent: BrowserCommand {
    static let name = "toggle-sent"
    static let summary = "Sent: threads you started, judged as your outreach"
    static let needsWholeInbox = true
    static func run(_ args: [String], on s: inout AppState) -> [Effect] {
        s.toggleSent()
        return []
    }
}
