/// `prompt keep|clear|erase|erase-all`: the `/` prompt's own keys; every
/// other key types into the query.
enum SearchPrompt: BrowserCommand {
    static let name = "prompt"
    static let summary = "Search prompt: keep the match, clear the search, erase a letter or all"
    static let clearsStatus = false
    static func check(_ args: [String]) -> String? { oneOf(["keep", "clear", "erase", "erase-all"], args) }

    static func run(_ args: [String], on s: inout AppState) -> [Effect] {
        switch args.first {
        case "keep":
            s.mode = .list
            if s.search.waiting != nil { s.status = StatusLine("Searching… (indexing the inbox)") }
            if s.search.failed { s.status = StatusLine("No match for \"\(s.search.query)\"", kind: .warning) }
        case "clear":
            s.search = SearchState()
            s.mode = .list
        case "erase":
            guard !s.search.query.isEmpty else {
                s.mode = .list
                return []
            }
            var q = s.search.query
            q.removeLast()
            return s.searchInput(q)
        default:
            return s.searchInput("")
        }
        return []
    }
}
