/// `toggle-flagged`: Messages shows only flagged threads, or all again.
enum ToggleFlagged: BrowserCommand {
    static let name = "toggle-flagged"
    static let summary = "Show only flagged threads"
    static func run(_ args: [String], on s: inout AppState) -> [Effect] {
        s.toggleFlagged()
        return []
    }
}
