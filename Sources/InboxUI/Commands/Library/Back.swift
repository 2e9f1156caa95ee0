/// `back`: from a detail (or the search prompt) back to the list.
enum Back: BrowserCommand {
    static let name = "back"
    static let summary = "Back to the list"
    static func run(_ args: [String], on s: inout AppState) -> [Effect] {
        s.back()
        return []
    }
}
