/// `search`: opens the `/` prompt, searching from the selected row.
enum StartSearch: BrowserCommand {
    static let name = "search"
    static let summary = "Search names and text"
    static let clearsStatus = false
    static func run(_ args: [String], on s: inout AppState) -> [Effect] {
        s.search = SearchState()
        s.search.origin = s.list.selected
        s.mode = .search
        return []
    }
}
