/// `toggle-panel`: shows or hides the policy panel under a thread.
enum TogglePanel: BrowserCommand {
    static let name = "toggle-panel"
    static let summary = "Show or hide the policy panel"
    static func run(_ args: [String], on s: inout AppState) -> [Effect] {
        s.showPolicyPanel.toggle()
        s.status = StatusLine(s.showPolicyPanel ? "Policy panel shown" : "Policy panel hidden")
        return []
    }
}
